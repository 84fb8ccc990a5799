#!/usr/bin/env python3
"""Evaluate hearsay's HTML article-body extraction on the article-extraction
benchmark (../shared/data/article-extraction: 121 pages with gold bodies).

All pages are sent to the binary in one run, as the gzip files they are::

    hearsay extract --input html --format jsonl PAGE.html.gz ...

and the ``text`` of each output line is scored against the page's gold
``articleBody`` with the benchmark's own metric (scrapinghub's evaluate.py):
tokens are ``\\w+`` matches, each text becomes a multiset of 4-token
shingles, per page TP/FP/FN are the multiset overlaps normalised by their
sum; precision is averaged over pages with TP+FP > 0, recall over pages with
TP+FN > 0, and F1 is computed from the two averages.  Accuracy is the share
of pages whose token sequence equals the gold one exactly.

The benchmark has no gold titles or dates, so those are checked against the
page's URL, where it has them: a title is right when it holds at least 60% of
the words of the URL's slug (URLs whose last path segment has 3+ words), a
date is right when it is within a day of a date in the URL path (timezones).

With --throughput BINARY (bench's html_throughput), also prints the HTML ->
body throughput on one core (pinned with taskset when available).

Usage::

    python3 bench/eval_article_extraction.py [--hearsay BINARY] [--data DIR]
        [--errors N] [--min-f1 X] [--throughput BINARY]

Exit status: 0 on success (or SKIP when the data is absent), 1 when F1 is
below --min-f1, 2 on any error.  Only the Python 3 standard library is used.
"""

import argparse
import collections
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(REPO_ROOT, "build", "release", "bin", "hearsay")
DEFAULT_DATA = os.path.join(REPO_ROOT, os.pardir, "shared", "data", "article-extraction")

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return TOKEN_RE.findall(text or "")


def shingles(text, n=4):
    tokens = tokenize(text)
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result.append(shingle)
    return collections.Counter(result)


def shingle_matching(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def url_date(url):
    m = re.search(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)", url) or \
        re.search(r"[/-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/-]|$)", url)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def slug_words(url):
    path = re.sub(r"[?#].*", "", url).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.(html?|php|aspx?)$", "", last)
    words = [w.lower() for w in re.split(r"[-_]+", last) if w and not w.isdigit()]
    return words if len(words) >= 3 else None


def title_matches(title, words):
    have = set(w.lower() for w in tokenize(title))
    return sum(1 for w in words if w in have) >= 0.6 * len(words)


def run_hearsay(binary, files):
    cmd = [binary, "extract", "--input", "html", "--format", "jsonl"] + files
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit("eval: hearsay failed (%d): %s" % (proc.returncode, proc.stderr.decode()[-2000:]))
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = obj
    return out, elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hearsay", default=DEFAULT_BINARY)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--errors", type=int, default=0, help="show the N worst pages")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--throughput", help="html_throughput binary: also measure MB/s on one core")
    args = ap.parse_args()

    truth_path = os.path.join(args.data, "ground-truth.json")
    if not os.path.exists(truth_path):
        print("SKIP: %s not found" % truth_path)
        return 0
    if not os.path.exists(args.hearsay):
        print("eval: no binary at %s" % args.hearsay, file=sys.stderr)
        return 2
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    ids = sorted(truth)
    files = [os.path.join(args.data, "html", i + ".html.gz") for i in ids]
    out, elapsed = run_hearsay(args.hearsay, files)

    rows = []
    titles = [0, 0, 0]  # pages with a slug, right, pages with any title
    dates = [0, 0, 0]
    for i, path in zip(ids, files):
        doc = out.get(path, {})
        gold = truth[i]["articleBody"]
        pred = doc.get("text", "")
        tp, fp, fn = shingle_matching(gold, pred)
        rows.append((i, tp, fp, fn, tokenize(gold) == tokenize(pred)))
        url = truth[i].get("url", "")
        title = doc.get("title") or ""
        titles[2] += bool(title)
        words = slug_words(url)
        if words:
            titles[0] += 1
            titles[1] += title_matches(title, words)
        dates[2] += bool(doc.get("published"))
        want = url_date(url)
        if want:
            dates[0] += 1
            got = doc.get("published")
            if got:
                try:
                    d = datetime.date.fromisoformat(got)
                    dates[1] += abs((d - want).days) <= 1
                except ValueError:
                    pass

    precision = statistics.mean(precision_score(tp, fp, fn) for _, tp, fp, fn, _ in rows if tp + fp > 0)
    recall = statistics.mean(recall_score(tp, fp, fn) for _, tp, fp, fn, _ in rows if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(1 for r in rows if r[4]) / len(rows)
    mb = sum(os.path.getsize(p) for p in files) / 1e6  # compressed; the HTML size is below
    print("article-extraction: %d pages" % len(rows))
    print("  precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f" % (precision, recall, f1, accuracy))
    print("  titles: %d/%d agree with the URL slug (%d pages have a title)" % (titles[1], titles[0], titles[2]))
    print("  dates:  %d/%d agree with the URL date (%d pages have a date)" % (dates[1], dates[0], dates[2]))
    print("  hearsay extract end to end (pipeline included): %.2f s for %.1f MB of gzip" % (elapsed, mb))
    if args.errors:
        worst = sorted(rows, key=lambda r: 2 * r[1] / (2 * r[1] + r[2] + r[3]) if r[1] + r[2] + r[3] else 1.0)
        for i, tp, fp, fn, _ in worst[:args.errors]:
            print("  %-12s P %.2f R %.2f  %s" % (i[:12], precision_score(tp, fp, fn), recall_score(tp, fp, fn),
                                                truth[i]["url"]))
    if args.throughput:
        cmd = [args.throughput, os.path.join(args.data, "html"), "3"]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0"] + cmd
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        print("  " + (proc.stdout.decode().strip() or proc.stderr.decode().strip()))
    if f1 < args.min_f1:
        print("eval: F1 %.4f is below %.4f" % (f1, args.min_f1), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
