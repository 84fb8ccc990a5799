#!/usr/bin/env python3
"""Quantities on the seed article against its hand-made gold (../shared/seed).

Runs `hearsay extract --format json --published DATE` on article.txt and matches
each gold quantity (paragraph + text) to an extracted one whose span covers the
gold text in that paragraph. Prints, per gold quantity, what was found, then
the counts: found, value+qualifier right, counts right, where right, source
right, all three right, and extracted quantities not in the gold. Names are
compared ignoring case and curly/straight apostrophes. Skips (exit 0) when
../shared is absent.

Usage: python3 bench/eval_quantities.py [--hearsay PATH] [--min-value-qualifier N]
                                        [--min-counts-where N] [--min-source N]
"""
import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(REPO, "..", "shared", "seed")


def norm(s):
    if s is None:
        return None
    return s.replace("\u2019", "'").strip().lower()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--min-value-qualifier", type=int, default=0)
    ap.add_argument("--min-counts-where", type=int, default=0)
    ap.add_argument("--min-source", type=int, default=0)
    args = ap.parse_args()
    article = os.path.join(SEED, "article.txt")
    gold_path = os.path.join(SEED, "gold.json")
    if not os.path.exists(article) or not os.path.exists(gold_path):
        print("eval_quantities: ../shared/seed absent; skipped")
        return 0
    gold = json.load(open(gold_path, encoding="utf-8"))
    out = subprocess.run([args.hearsay, "extract", "--format", "json", "--published", gold["published"], article],
                         check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    text = doc["text"]
    # Paragraphs are lines.
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    found = vq = counts = where = source = all3 = 0
    used = set()
    for g in gold["quantities"]:
        p = g["paragraph"]
        pstart = starts[p]
        pend = starts[p + 1] - 1 if p + 1 < len(starts) else len(text)
        at = text.find(g["text"], pstart, pend)
        match = None
        for k, q in enumerate(doc["quantities"]):
            if k in used or at < 0:
                continue
            if q["start"] <= at + len(g["text"]) and at < q["end"] and pstart <= q["start"] < pend:
                match = k
                break
        if match is None:
            print(f"MISSING  p{p} {g['text']!r}")
            continue
        used.add(match)
        q = doc["quantities"][match]
        found += 1
        ok_vq = q["value"] == g["value"] and q["qualifier"] == g["qualifier"]
        ok_c = norm(q["counts"]) == norm(g.get("counts"))
        ok_w = norm(q["where"]) == norm(g.get("where"))
        ok_s = norm(q["source"]) == norm(g.get("source"))
        vq += ok_vq
        counts += ok_c
        where += ok_w
        source += ok_s
        all3 += ok_c and ok_w and ok_s
        marks = "".join("+" if b else "-" for b in (ok_vq, ok_c, ok_w, ok_s))
        print(f"{marks}  p{p} {q['text']!r}: {q['value']} {q['qualifier']} counts={q['counts']!r} "
              f"where={q['where']!r} source={q['source']!r}"
              + ("" if ok_c and ok_w and ok_s else
                 f"   [gold counts={g.get('counts')!r} where={g.get('where')!r} source={g.get('source')!r}]"))
    extra = [q for k, q in enumerate(doc["quantities"]) if k not in used]
    for q in extra:
        print(f"EXTRA    {q['text']!r} {q['value']} {q['qualifier']} counts={q['counts']!r}")
    n = len(gold["quantities"])
    print(f"seed quantities: found {found}/{n}, value+qualifier {vq}/{n}, counts {counts}/{n}, "
          f"where {where}/{n}, source {source}/{n}, counts+where+source {all3}/{n}, extra {len(extra)}")
    cw = min(counts, where)
    if vq < args.min_value_qualifier or cw < args.min_counts_where or source < args.min_source:
        print("eval_quantities: below the required minimum", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
