#!/usr/bin/env python3
"""What the ledger costs: `hearsay ingest --jobs 1` against `hearsay extract` on one core.

Builds a JSON Lines corpus (PolNeAR train+dev articles when ../shared is
present, else the bundled examples repeated), then times, pinned to one core:
  extract: hearsay extract --input jsonl --format jsonl CORPUS > /dev/null
  ingest:  hearsay ingest --jobs 1 --db NEW.db CORPUS
and prints documents per CPU-second for both and the ledger's overhead
(ingest / extract - 1), from the CPU time (user + system) of each run.

Usage: python3 bench/ledger_throughput.py [--hearsay PATH] [--docs 3000] [--runs 3]
"""
import argparse
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts():
    files = sorted(glob.glob(os.path.join(REPO, "..", "shared", "data", "polnear", "*", "text", "*.txt")))
    source = "PolNeAR train+dev"
    if not files:
        files = sorted(glob.glob(os.path.join(REPO, "examples", "*.txt")))
        source = "examples/"
    return source, [open(f, encoding="utf-8").read() for f in files]


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best_time(cmd, runs, before=None):
    """Best CPU time (user + system) of `runs` runs: steadier than wall time on a shared machine."""
    best = None
    for _ in range(runs):
        if before:
            before()
        start = cpu_seconds()
        with open(os.devnull, "w") as devnull:
            rc = subprocess.run(cmd, stdout=devnull, stderr=devnull).returncode
        elapsed = cpu_seconds() - start
        if rc != 0:
            sys.exit(f"ledger_throughput: {' '.join(cmd)} exited {rc}")
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not os.path.exists(args.hearsay):
        sys.exit(f"ledger_throughput: no binary at {args.hearsay}")
    source, pool = texts()
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for i in range(args.docs):
                # Distinct texts, so that every document is stored.
                text = pool[i % len(pool)] + f"\n\nEdition {i}.\n"
                f.write(json.dumps({"id": i, "text": text, "published": "2016-10-01"}) + "\n")
        mb = os.path.getsize(corpus) / 1e6
        db = os.path.join(tmp, "bench.db")

        def fresh_db():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.unlink(db + suffix)

        extract = best_time(pin + [args.hearsay, "extract", "--input", "jsonl", "--format", "jsonl", corpus],
                            args.runs)
        ingest = best_time(pin + [args.hearsay, "ingest", "--jobs", "1", "--db", db, corpus], args.runs, fresh_db)
        print(f"ledger on one core ({args.docs} documents, {mb:.1f} MB of JSONL from {source}): "
              f"extract {args.docs / extract:.0f} documents/s, ingest {args.docs / ingest:.0f} documents/s (CPU time); "
              f"the ledger adds {100 * (ingest / extract - 1):.0f}% to extract time")


if __name__ == "__main__":
    main()
