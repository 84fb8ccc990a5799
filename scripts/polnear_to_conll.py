#!/usr/bin/env python3
"""Writes PolNeAR attributions as token-level tags, for `hearsay train attribution`.

Tokenizes and splits every text of ../shared/data/polnear/SPLIT/text with
`hearsay extract --tokens` (so the tokens are the ones hearsay sees at run
time) and tags each token from the first .ann file of its text (by name):
CUE, SRC or CON (content), in IOB2, one sentence per block, CoNLL-2003 style
(`WORD TAG`), a -DOCSTART- line per text. Where spans overlap, a cue wins over
a source and a source over a content; of two contents, the first to claim a
token (the longest) keeps it. Discontinuous contents give one span per
fragment. Deterministic: the same texts and binary give the same bytes.

Usage: python3 scripts/polnear_to_conll.py [--split train] [--hearsay PATH] > FILE
"""
import argparse
import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench"))
from eval_attributions import parse_ann  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data", "polnear"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    args = ap.parse_args()
    text_dir = os.path.join(args.data, args.split, "text")
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(text_dir, "*.txt")))
    lines, gold = [], {}
    for n in names:
        anns = sorted(glob.glob(os.path.join(args.data, args.split, "attributions", n + "_*.ann")))
        if not anns:
            continue
        with open(os.path.join(text_dir, n + ".txt"), encoding="utf-8") as f:
            text = f.read()
        gold[n] = parse_ann(anns[0])
        lines.append(json.dumps({"id": n, "text": text}))
    proc = subprocess.run([args.hearsay, "extract", "--tokens", "--input", "jsonl", "--format", "jsonl", "-"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    out = sys.stdout
    for line in proc.stdout.splitlines():
        doc = json.loads(line)
        toks = doc["tokens"]
        starts = [t["start"] for t in toks]
        label = [None] * len(toks)

        def mark(ranges, typ, overwrite):
            for a, b in ranges:
                first = True
                for i, t in enumerate(toks):
                    if t["end"] <= a or t["start"] >= b:
                        continue
                    if label[i] is not None and not overwrite(label[i]):
                        first = False
                        continue
                    label[i] = ("B-" if first else "I-") + typ
                    first = False

        atts = sorted(gold[doc["id"]], key=lambda g: -sum(b - a for a, b in g["content"]))
        for g in atts:
            mark(g["content"], "CON", lambda old: False)
        for g in atts:
            mark(g["source"], "SRC", lambda old: old.endswith("CON"))
        for g in atts:
            mark(g["cue"], "CUE", lambda old: not old.endswith("CUE"))
        # A span cut by a higher-priority one restarts with B- after the cut.
        for i in range(len(toks)):
            if label[i] and label[i].startswith("I-") and (i == 0 or label[i - 1] is None or label[i - 1][2:] != label[i][2:]):
                label[i] = "B-" + label[i][2:]
        out.write("-DOCSTART- O\n\n")
        for s in doc["sentences"]:
            words = [i for i, t in enumerate(toks) if t["start"] >= s["start"] and t["end"] <= s["end"]]
            if not words:
                continue
            for i in words:
                w = "".join("_" if c.isspace() else c for c in toks[i]["text"]) or "_"
                tag = label[i] or "O"
                # A sentence break inside a span restarts it.
                if i == words[0] and tag.startswith("I-"):
                    tag = "B-" + tag[2:]
                out.write(f"{w} {tag}\n")
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
