#!/usr/bin/env python3
"""Attributions on the seed article against its hand-made gold (../shared/seed).

For each gold direct quote: a predicted direct attribution whose content
overlaps it (Dice of lower-cased \\w+ tokens >= 0.5: the gold spans are a
reader's cut, often shorter than the clause) with the gold speaker as
source name, and, where the gold gives them, the same role and affiliation.
For each gold reported statement: a predicted attribution whose content
matches (same rule) with the gold source as source name (one prediction per statement, paired
greedily by similarity). Names compare
case-insensitively, ignoring a leading "the" and typographic apostrophes.

Skips (exit 0) when ../shared/seed is absent; exits 1 below --min-direct or
--min-reported.

Usage: python3 bench/eval_seed_attributions.py [--hearsay PATH | --driver PATH]
"""
import argparse
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+")


def toks(s):
    return {w.lower() for w in WORD.findall(s)}


def jac(a, b):
    a, b = toks(a), toks(b)
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def norm(s):
    s = (s or "").replace("\u2019", "'").strip().lower()
    return s[4:] if s.startswith("the ") else s


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--driver", help="model-free extractor (bench/attribution_benchmark --extract)")
    ap.add_argument("--seed", default=os.path.join(REPO, "..", "shared", "seed"))
    ap.add_argument("--min-direct", type=int, default=0)
    ap.add_argument("--min-reported", type=int, default=0)
    args = ap.parse_args()
    article = os.path.join(args.seed, "article.txt")
    if not os.path.exists(article):
        print("eval_seed_attributions: no seed article, skipped")
        return 0
    gold = json.load(open(os.path.join(args.seed, "gold.json"), encoding="utf-8"))
    if args.driver:
        line = json.dumps({"id": "article.txt", "text": open(article, encoding="utf-8").read(),
                           "published": gold.get("published")})
        out = subprocess.run([args.driver, "--extract"], input=line + "\n", capture_output=True, text=True, check=True)
    else:
        out = subprocess.run([args.hearsay, "extract", "--format", "json", "--published", gold.get("published", ""),
                              article], capture_output=True, text=True, check=True)
    preds = json.loads(out.stdout)["attributions"]

    def best(content, kinds):
        cands = [(jac(content, p["content"]["text"]), p) for p in preds if p["kind"] in kinds]
        cands = [c for c in cands if c[0] >= 0.5]
        return max(cands, key=lambda c: c[0])[1] if cands else None

    direct_ok = 0
    for g in gold["direct_quotes"]:
        p = best(g["text"], {"direct"})
        ok = p is not None and norm(p["source"]["name"]) == norm(g["speaker"])
        for key in ("role", "affiliation"):
            if ok and key in g:
                ok = norm(p["source"][key]) == norm(g[key])
        direct_ok += ok
        if not ok:
            print("  direct miss:", g["text"][:60], "->", p and (p["source"]["name"], p["source"]["role"],
                                                                  p["source"]["affiliation"]))
    # Reported statements: one prediction per statement, greedily by similarity.
    pairs = sorted(((jac(g["content"], p["content"]["text"]), gi, pi) for gi, g in enumerate(gold["reported_statements"])
                    for pi, p in enumerate(preds)), reverse=True)
    match, used = {}, set()
    for score, gi, pi in pairs:
        if score >= 0.5 and gi not in match and pi not in used:
            match[gi] = preds[pi]
            used.add(pi)
    reported_ok = 0
    for gi, g in enumerate(gold["reported_statements"]):
        p = match.get(gi)
        ok = p is not None and norm(p["source"]["name"]) == norm(g["source"])
        reported_ok += ok
        if not ok:
            print("  reported miss:", g["content"][:60], "->", p and p["source"]["name"])
    nd, nr = len(gold["direct_quotes"]), len(gold["reported_statements"])
    print(f"seed: direct quotes right {direct_ok}/{nd} (speaker, role, affiliation); "
          f"reported statements right {reported_ok}/{nr} (source)")
    return 1 if direct_ok < args.min_direct or reported_ok < args.min_reported else 0


if __name__ == "__main__":
    sys.exit(main())
