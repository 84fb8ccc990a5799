#!/usr/bin/env python3
"""Attribution extraction on PolNeAR dev: content P/R/F1, exact spans, sources, cues.

Runs `hearsay extract --input jsonl --format jsonl` over
../shared/data/polnear/dev/text (one .ann per text: the first by name) and
matches predicted to gold attributions one to one, greedily by the Jaccard
similarity of their contents' lower-cased \\w+ tokens (a match needs >= 0.5).
Reports precision, recall and F1, broken down by kind (precision by the
predicted kind, recall by the gold kind), and on matched pairs: the share
with exactly the gold content span (ignoring quote marks, punctuation and
space at the edges), source right (the predicted source mention overlaps
the gold Source span; pairs whose gold has a source), cue right (the
predicted cue overlaps the gold Cue).

A split quote ("A," X said. "B.") is one gold content in two ranges, and two
attributions in hearsay's output, the second `continues` the first: they are
scored as one, with both ranges, when the first's cue stands between them
(--no-join scores each part alone).

A gold content's kind: direct when it is all inside one pair of double quote
marks, mixed when it holds a quoted part, indirect otherwise.

Skips (exit 0) when ../shared/data/polnear is absent. With --min-f1 /
--min-source it fails (exit 1) below those figures, as a regression guard.

Usage: python3 bench/eval_attributions.py [--hearsay PATH | --driver build/X/bench/attribution_benchmark]
                                         [--split dev] [--errors N]
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+")
DQ = set("\"“”«»„")
EDGE = set(" \t\n\r.,;:!?\"“”«»„‘’'()—–-")


def parse_ann(path):
    spans = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0] or parts[0][0] not in "TE" or not parts[0][1:].isdigit():
                continue
            if parts[0][0] == "T":
                head = parts[1].split(" ", 1)
                if len(head) < 2:
                    continue
                ranges = []
                for r in head[1].split(";"):
                    a, b = r.split()
                    ranges.append((int(a), int(b)))
                spans[parts[0]] = (head[0], ranges)
            else:
                roles = collections.defaultdict(list)
                for item in parts[1].split():
                    role, _, tid = item.partition(":")
                    roles[re.sub(r"\d+$", "", role)].append(tid)
                events.append(roles)
    out = []
    for roles in events:
        content = []
        for tid in roles.get("Content", []):
            if tid in spans:
                content += spans[tid][1]
        if not content:
            continue
        source = [r for tid in roles.get("Source", []) if tid in spans for r in spans[tid][1]]
        cue = [r for tid in roles.get("Cue", []) if tid in spans for r in spans[tid][1]]
        out.append({"content": sorted(content), "source": source, "cue": cue})
    return out


def split_parts(text, ranges):
    """The parts of a discontinuous gold content, as the contract writes split
    quotes: fragments separated by only space, punctuation or quote marks
    join; fragments separated by words (the cue and source) stay apart."""
    parts = [[ranges[0]]]
    for a, b in ranges[1:]:
        gap = text[parts[-1][-1][1]:a]
        if all(c in EDGE for c in gap):
            parts[-1].append((a, b))
        else:
            parts.append([(a, b)])
    return parts


def tokens(text, ranges):
    s = set()
    for a, b in ranges:
        s.update(w.lower() for w in WORD.findall(text[a:b]))
    return s


def gold_kind(text, ranges):
    a = min(r[0] for r in ranges)
    b = max(r[1] for r in ranges)
    inner = text[a:b]
    stripped = inner.strip(" .,;:!?\n")
    before = text[a - 1] if a > 0 else ""
    after = text[b] if b < len(text) else ""
    opens = (stripped[:1] in DQ) or before in DQ
    closes = (stripped[-1:] in DQ) or after in DQ
    body = stripped[1:-1] if stripped[:1] in DQ and stripped[-1:] in DQ else stripped
    inner_marks = sum(1 for c in body if c in DQ)
    if opens and closes and inner_marks == 0:
        return "direct"
    if any(c in DQ for c in inner):
        return "mixed"
    return "indirect"


def join_split_quotes(preds):
    """Folds each later part of a split quote into its first part: a part
    `continues` an attribution whose cue stands between the two contents."""
    out, where = [], {}
    for i, p in enumerate(preds):
        t = p.get("continues")
        head = where.get(t) if t is not None else None
        if head is not None:
            h = out[head]
            cue = h["cue"]
            if cue and h["ranges"][-1][1] <= cue["start"] and cue["end"] <= p["content"]["start"]:
                h["ranges"].append((p["content"]["start"], p["content"]["end"]))
                where[i] = head
                continue
        where[i] = len(out)
        out.append(p)
    return out


def edge_strip(text, a, b):
    while a < b and text[a] in EDGE:
        a += 1
    while b > a and text[b - 1] in EDGE:
        b -= 1
    return a, b


def overlaps(a, b, ranges):
    return any(a < y and x < b for x, y in ranges)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data", "polnear"))
    ap.add_argument("--driver", help="run this model-free extractor (bench/attribution_benchmark --extract) instead")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-source", type=float, default=0.0)
    ap.add_argument("--no-join", action="store_true",
                    help="score the parts of a split quote (an attribution that `continues` another across its cue) "
                         "apart")
    ap.add_argument("--split-gold", action="store_true",
                    help="score split quotes as the contract writes them: each part of a discontinuous gold "
                         "content separated by its cue and source is its own gold item")
    args = ap.parse_args()
    text_dir = os.path.join(args.data, args.split, "text")
    if not os.path.isdir(text_dir):
        print(f"eval_attributions: {text_dir} absent, skipped")
        return 0
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(text_dir, "*.txt")))
    docs = {}
    lines = []
    for n in names:
        anns = sorted(glob.glob(os.path.join(args.data, args.split, "attributions", n + "_*.ann")))
        if not anns:
            continue
        with open(os.path.join(text_dir, n + ".txt"), encoding="utf-8") as f:
            text = f.read()
        # Some wires write a double quote as two apostrophes (''); for telling
        # kinds apart, read them as double marks (same length, offsets kept).
        kinds_text = text.replace("''", '""')
        gold = parse_ann(anns[0])
        if args.split_gold:
            gold = [dict(g, content=part) for g in gold for part in split_parts(text, g["content"])]
        docs[n] = (text, gold, kinds_text)
        lines.append(json.dumps({"id": n, "text": text}))
    cmd = [args.driver, "--extract"] if args.driver else [args.hearsay, "extract", "--input", "jsonl", "--format", "jsonl", "-"]
    proc = subprocess.run(cmd,
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"eval_attributions: hearsay failed: {proc.stderr[:500]}")
    kinds = ["direct", "indirect", "mixed"]
    pred_n = collections.Counter()
    gold_n = collections.Counter()
    match_p = collections.Counter()
    match_g = collections.Counter()
    exact = src_ok = src_n = cue_ok = cue_n = matched = 0
    src_ok_k = collections.Counter()
    src_n_k = collections.Counter()
    errors = []
    for line in proc.stdout.splitlines():
        out = json.loads(line)
        text, gold, kinds_text = docs[out["id"]]
        # hearsay's text equals the input here (no repair needed); offsets are code points.
        preds = [dict(p, ranges=[(p["content"]["start"], p["content"]["end"])]) for p in out.get("attributions", [])]
        if not args.no_join and not args.split_gold:
            preds = join_split_quotes(preds)
        gtoks = [tokens(text, g["content"]) for g in gold]
        gk = [gold_kind(kinds_text, g["content"]) for g in gold]
        ptoks = [tokens(text, p["ranges"]) for p in preds]
        for k in gk:
            gold_n[k] += 1
        for p in preds:
            pred_n[p["kind"]] += 1
        pairs = []
        for i, pt in enumerate(ptoks):
            for j, gt in enumerate(gtoks):
                if not pt or not gt:
                    continue
                inter = len(pt & gt)
                if inter == 0:
                    continue
                jac = inter / len(pt | gt)
                if jac >= 0.5:
                    pairs.append((jac, i, j))
        pairs.sort(reverse=True)
        used_p, used_g = set(), set()
        for jac, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], gold[j]
            matched += 1
            match_p[p["kind"]] += 1
            match_g[gk[j]] += 1
            pa, pb = edge_strip(text, p["ranges"][0][0], p["ranges"][-1][1])
            ga, gb = edge_strip(text, g["content"][0][0], g["content"][-1][1])
            exact += (pa, pb) == (ga, gb)
            if g["source"]:
                src_n += 1
                src_n_k[gk[j]] += 1
                m = p["source"]["mention"]
                ok = m is not None and overlaps(m["start"], m["end"], g["source"])
                src_ok += ok
                src_ok_k[gk[j]] += ok
                if not ok and len(errors) < 10 * args.errors:
                    errors.append(("SOURCE", out["id"], text[p["content"]["start"]:p["content"]["end"]][:100],
                                   p["source"]["mention"]["text"] if m else None,
                                   " | ".join(text[a:b] for a, b in g["source"])))
            if g["cue"]:
                cue_n += 1
                c = p["cue"]
                cue_ok += c is not None and overlaps(c["start"], c["end"], g["cue"])
        if args.errors:
            for j, g in enumerate(gold):
                if j not in used_g and len(errors) < 10 * args.errors:
                    errors.append(("MISS", out["id"], gk[j], " | ".join(text[a:b] for a, b in g["content"])[:160],
                                   " | ".join(text[a:b] for a, b in g["cue"])))
            for i, p in enumerate(preds):
                if i not in used_p and len(errors) < 10 * args.errors:
                    errors.append(("FALSE", out["id"], p["kind"], p["content"]["text"][:160],
                                   p["cue"]["text"] if p["cue"] else None, p["source"]["name"]))

    def prf(mp, mg, np_, ng):
        p = mp / np_ if np_ else 0.0
        r = mg / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    total_p, total_g = sum(pred_n.values()), sum(gold_n.values())
    P, R, F = prf(matched, matched, total_p, total_g)
    note = " (split quotes as separate contents)" if args.split_gold else ""
    print(f"PolNeAR {args.split}{note}: {len(docs)} texts, {total_g} gold attributions, {total_p} predicted")
    print(f"  content (Jaccard >= 0.5)  P {P:.3f}  R {R:.3f}  F1 {F:.3f}")
    for k in kinds:
        p, r, f = prf(match_p[k], match_g[k], pred_n[k], gold_n[k])
        sk = src_ok_k[k] / src_n_k[k] if src_n_k[k] else 0.0
        print(f"    {k:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (pred {pred_n[k]}, gold {gold_n[k]}, source right {sk:.3f})")
    print(f"  exact span share {exact / matched if matched else 0:.3f} of {matched} matched")
    print(f"  source right {src_ok / src_n if src_n else 0:.3f} of {src_n} matched with a gold source")
    print(f"  cue right    {cue_ok / cue_n if cue_n else 0:.3f} of {cue_n} matched with a gold cue")
    for e in errors[: 3 * args.errors]:
        print("  ", *e, sep="  ")
    src_share = src_ok / src_n if src_n else 0.0
    if F < args.min_f1 or src_share < args.min_source:
        print(f"eval_attributions: below the guard (F1 {F:.3f} < {args.min_f1} or source {src_share:.3f} < {args.min_source})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
