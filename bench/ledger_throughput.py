#!/usr/bin/env python3
"""What the ledger costs: `hearsay ingest --jobs 1` against `hearsay extract` on one core.

Builds a JSON Lines corpus (PolNeAR train+dev articles when ../shared is
present, else the bundled examples repeated), then times, pinned to one core:
  extract: hearsay extract --input jsonl --format jsonl CORPUS > /dev/null
  ingest:  hearsay ingest --jobs 1 --db NEW.db CORPUS
and prints documents per CPU-second for both and the ledger's overhead
(ingest / extract - 1), from the CPU time (user + system) of each run.

CPU time swings by 10-20 points when other work shares the machine (caches,
hyper-threads). --instructions also runs both under valgrind's callgrind and
prints the overhead in instructions executed, which does not move with load
(user space only: the kernel's share of writing the file is in CPU time).

Usage: python3 bench/ledger_throughput.py [--hearsay PATH] [--docs 3000] [--runs 3]
                                          [--instructions] [--instruction-docs 1000]
"""
import argparse
import glob
import json
import os
import re
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


def instructions(cmd):
    """Instructions executed by `cmd` (all threads), counted by callgrind."""
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not m:
        sys.exit(f"ledger_throughput: callgrind on {' '.join(cmd)} failed:\n{run.stderr[-2000:]}")
    return int(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hearsay", default=os.path.join(REPO, "build", "release", "bin", "hearsay"))
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with callgrind (about 50x slower than a timed run)")
    ap.add_argument("--instruction-docs", type=int, default=1000,
                    help="documents for the instruction count (the first N of the corpus)")
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
        if args.instructions:
            if not shutil.which("valgrind"):
                sys.exit("ledger_throughput: --instructions needs valgrind")
            n = min(args.instruction_docs, args.docs)
            small = os.path.join(tmp, "small.jsonl")
            with open(corpus, encoding="utf-8") as f, open(small, "w", encoding="utf-8") as out:
                for _, line in zip(range(n), f):
                    out.write(line)
            fresh_db()
            e = instructions([args.hearsay, "extract", "--input", "jsonl", "--format", "jsonl", small])
            i = instructions([args.hearsay, "ingest", "--jobs", "1", "--db", db, small])
            print(f"instructions ({n} documents, callgrind): extract {e / n / 1e6:.1f} M/document, "
                  f"ingest {i / n / 1e6:.1f} M/document; the ledger adds {100 * (i / e - 1):.1f}%")


if __name__ == "__main__":
    main()
