#!/usr/bin/env python3
"""End-to-end throughput of `hearsay extract --input jsonl --format jsonl` on one core.

Builds a JSON Lines corpus of about --mb megabytes of article text (the PolNeAR
news articles in ../shared/data/polnear when present, else the bundled
examples/), runs the binary pinned to one core (taskset) with output to
/dev/null, and prints megabytes of article text per second, best of --runs.

Usage: python3 bench/extract_throughput.py [--hearsay PATH] [--mb 40] [--runs 3]
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus_texts():
    pattern = os.path.join(REPO, "..", "shared", "data", "polnear", "*", "text", "*.txt")
    files = sorted(glob.glob(pattern))
    source = "PolNeAR train+dev"
    if not files:
        files = sorted(glob.glob(os.path.join(REPO, "examples", "*.txt")))
        source = "examples/"
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts.append((os.path.basename(f), fh.read()))
    return source, texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--mb", type=float, default=40.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not os.path.exists(args.hearsay):
        sys.exit(f"extract_throughput: no binary at {args.hearsay} (build first)")
    source, texts = corpus_texts()
    target = int(args.mb * 1e6)
    text_bytes = 0
    docs = 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        path = out.name
        while text_bytes < target:
            for name, text in texts:
                out.write(json.dumps({"id": f"{docs}-{name}", "text": text, "published": "2016-10-01"}))
                out.write("\n")
                text_bytes += len(text.encode("utf-8"))
                docs += 1
                if text_bytes >= target:
                    break
    try:
        cmd = [args.hearsay, "extract", "--input", "jsonl", "--format", "jsonl", path]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0"] + cmd
        best = None
        for _ in range(args.runs):
            start = time.perf_counter()
            with open(os.devnull, "w") as devnull:
                rc = subprocess.run(cmd, stdout=devnull).returncode
            elapsed = time.perf_counter() - start
            if rc != 0:
                sys.exit(f"extract_throughput: hearsay exited {rc}")
            best = elapsed if best is None else min(best, elapsed)
        file_mb = os.path.getsize(path) / 1e6
        print(f"hearsay extract jsonl->jsonl on one core: {text_bytes / 1e6 / best:.1f} MB/s of article text "
              f"({file_mb / best:.1f} MB/s of JSONL input; {docs} documents from {source}, "
              f"{text_bytes / 1e6:.1f} MB in {best:.2f}s, best of {args.runs})")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
