#!/usr/bin/env python3
"""Crash test of `hearsay ingest`: kill it at random moments, then finish.

Writes a corpus of distinct articles as JSON Lines, runs `hearsay ingest`
on it KILLS times, each killed with SIGKILL after a random delay, then runs it
once more to completion. Checks that the ledger holds every document exactly
once, that each document is whole (the same sentences, attributions and
quantities as in a ledger built without interruption) and that SQLite's
`PRAGMA integrity_check` passes.

Usage: crash_test.py HEARSAY_BINARY [--kills 25] [--docs 2000] [--seed 7]
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

SOURCES = ["the ministry", "Olena Kovalchuk", "a State Department spokesperson", "regional officials"]
PLACES = ["Kursk", "Lviv", "Kharkiv", "Odesa", "Dnipro"]


def article(i, rng):
    source = rng.choice(SOURCES)
    place = rng.choice(PLACES)
    n = rng.randint(10, 90000)
    paragraphs = [f"Report number {i} from {place}",
                  f"More than {n:,} people were evacuated near {place} on Monday, {source} said.",
                  f"\u201cWe expect the water to recede by Wednesday,\u201d said Olena Kovalchuk, a spokesperson "
                  f"for the regional administration. She added that about {i % 97 + 3} homes had been destroyed."]
    for k in range(rng.randint(0, 6)):
        paragraphs.append(f"Paragraph {k} of story {i}: officials counted {rng.randint(1, 500)} damaged bridges.")
    return "\n\n".join(paragraphs) + "\n"


def counts(db):
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT d.doc_key, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),"
            " (SELECT count(*) FROM attributions a WHERE a.document_id = d.id),"
            " (SELECT count(*) FROM quantities q WHERE q.document_id = d.id) FROM documents d").fetchall()
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return rows, integrity


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("hearsay")
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for i in range(args.docs):
                f.write(json.dumps({"id": f"story-{i}", "text": article(i, rng), "published": "2024-11-05"}) + "\n")
        reference = os.path.join(tmp, "reference.db")
        start = time.monotonic()
        subprocess.run([args.hearsay, "ingest", "--db", reference, "--jobs", "2", corpus], check=True,
                       stderr=subprocess.DEVNULL)
        full = time.monotonic() - start
        db = os.path.join(tmp, "crashed.db")
        killed = 0
        for _ in range(args.kills):
            proc = subprocess.Popen([args.hearsay, "ingest", "--db", db, "--jobs", "2", corpus],
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, full * 1.2))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
        subprocess.run([args.hearsay, "ingest", "--db", db, "--jobs", "2", corpus], check=True,
                       stderr=subprocess.DEVNULL)
        want, _ = counts(reference)
        got, integrity = counts(db)
        problems = []
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        keys = [r[0] for r in got]
        if len(keys) != len(set(keys)):
            problems.append(f"{len(keys) - len(set(keys))} documents stored more than once")
        if sorted(got) != sorted(want):
            missing = set(r[0] for r in want) - set(keys)
            problems.append(f"ledger differs from the uninterrupted one ({len(missing)} documents missing, "
                            f"{len(set(got) - set(want))} rows differ)")
        print(f"crash test: {killed} of {args.kills} runs killed mid-ingest; {len(got)} documents stored "
              f"(expected {len(want)}); integrity {integrity}")
        for p in problems:
            print("  " + p)
        if killed < 20 and args.kills >= 20:
            print("  warning: fewer than 20 runs were killed before finishing")
        print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
