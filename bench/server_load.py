#!/usr/bin/env python3
"""Load test of `hearsay serve` on 127.0.0.1: bounded, localhost only.

Builds a ledger of the example articles (plus numbered variants of them, so
that search and claims have some rows to go through), starts `hearsay serve`
on a free port, and sends a fixed number of requests (default 10,000) from 16
concurrent clients (processes, one keep-alive connection each), mixed across
the API:

  25% GET /api/claims?about=...      5% GET /api/claims (every claim)
  15% GET /api/documents?q=...       15% GET /api/documents/{row}
  10% GET /api/sources               10% POST /api/extract (an article)
   5% POST /api/documents (one of 50 short articles: 201 the first time, 200 after)
  10% GET / and /app.js              5% GET /api/documents/{unknown} (404 expected)

Prints requests/s, p50/p90/p99/max latency, errors (anything but the expected
status), and the server's resident memory before and after (and after a
second round with another draw, to tell growth from warm-up), with
latency percentiles per route.

    python3 bench/server_load.py [--binary build/release/bin/hearsay] [--requests 10000] [--clients 16]
"""
import argparse
import http.client
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def make_ledger(binary, db, variants):
    articles = [json.loads(line) for line in open(os.path.join(ROOT, "examples", "articles.jsonl"), encoding="utf-8")]
    path = os.path.join(os.path.dirname(db), "input.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for i in range(variants):
            for a in articles:
                b = dict(a)
                b["id"] = f"{i}-{a['id']}"
                b["text"] = a["text"] + f"\n(Updated {i}.)\n"
                out.write(json.dumps(b, ensure_ascii=False) + "\n")
    subprocess.run([binary, "ingest", "--db", db, "--jobs", "2", path], check=True, stderr=subprocess.DEVNULL)


SHORT = ("Rescuers pulled {n} people from the river on Monday, officials said.\n\n"
         "\"We are still searching,\" said Maria Lopez, a spokeswoman for the fire service in Town {k}.\n")


def plan(n, seed, rows, article):
    rnd = random.Random(seed)
    words = ["troops", "dam", "strike", "vaccine", "border", "officials", "river", "port", "Kyiv", "union"]
    about = ["troops", "people", "homes", "workers", "soldiers"]
    requests = []
    for i in range(n):
        r = rnd.random()
        if r < 0.25:
            requests.append(("claims?about", f"GET", f"/api/claims?about={rnd.choice(about)}", None, {200}))
        elif r < 0.30:
            requests.append(("claims (all)", "GET", "/api/claims", None, {200}))
        elif r < 0.45:
            requests.append(("documents?q", "GET", f"/api/documents?q={rnd.choice(words)}", None, {200}))
        elif r < 0.60:
            requests.append(("documents/{row}", "GET", f"/api/documents/{rnd.choice(rows)}", None, {200}))
        elif r < 0.70:
            requests.append(("sources", "GET", "/api/sources", None, {200}))
        elif r < 0.80:
            requests.append(("POST extract", "POST", "/api/extract?published=2025-01-01", article, {200}))
        elif r < 0.85:
            # One of 50 short articles: stored the first time (201), found after (200), so
            # the ledger stops growing and memory can be compared between rounds.
            k = rnd.randrange(50)
            requests.append(("POST documents", "POST", "/api/documents?published=2025-01-02",
                             SHORT.format(n=k + 2, k=k), {200, 201}))
        elif r < 0.95:
            requests.append(("page", "GET", rnd.choice(["/", "/app.js"]), None, {200}))
        else:
            requests.append(("documents/unknown", "GET", "/api/documents/99999999", None, {404}))
    return requests


def client(args):
    port, requests = args
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies, errors = [], []
    for route, method, path, body, expected in requests:
        start = time.perf_counter()
        try:
            headers = {"Content-Type": "text/plain; charset=utf-8"} if body is not None else {}
            conn.request(method, path, body=body.encode() if body is not None else None, headers=headers)
            res = conn.getresponse()
            res.read()
            status = res.status
            if res.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        except Exception as e:  # noqa: BLE001 -- every failure counts as an error
            status = repr(e)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies.append((route, time.perf_counter() - start))
        if status not in expected:
            errors.append(f"{method} {path}: {status} (expected {expected})")
    conn.close()
    return latencies, errors


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def round_(port, rows, article, n, clients, seed):
    requests = plan(n, seed, rows, article)
    shares = [requests[i::clients] for i in range(clients)]
    with multiprocessing.Pool(clients) as pool:
        start = time.perf_counter()
        results = pool.map(client, [(port, s) for s in shares])
        elapsed = time.perf_counter() - start
    by_route = {}
    for r in results:
        for route, l in r[0]:
            by_route.setdefault(route, []).append(l)
    latencies = sorted(l for ls in by_route.values() for l in ls)
    errors = [e for r in results for e in r[1]]
    return elapsed, latencies, errors, {k: sorted(v) for k, v in by_route.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "release", "bin", "hearsay"))
    ap.add_argument("--requests", type=int, default=10000)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--variants", type=int, default=50, help="copies of each example article in the ledger")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"server_load: no binary at {args.binary} (build first, or pass --binary)")
    args.requests = min(args.requests, 100000)  # bounded, whatever is asked
    tmp = tempfile.mkdtemp(prefix="hearsay_load_")
    server = None
    try:
        db = os.path.join(tmp, "ledger.db")
        make_ledger(args.binary, db, args.variants)
        server = subprocess.Popen([args.binary, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0"],
                                  stderr=subprocess.PIPE, text=True)
        line = server.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            sys.exit(f"server_load: the server did not start: {line}")
        port = int(m.group(1))
        # Drain the request log so the server never blocks on a full pipe.
        log_lines = []
        import threading
        threading.Thread(target=lambda: log_lines.extend(iter(server.stderr.readline, "")), daemon=True).start()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/documents?limit=500")
        rows = [d["row"] for d in json.loads(conn.getresponse().read())]
        conn.close()
        article = open(os.path.join(ROOT, "examples", "border-troops.txt"), encoding="utf-8").read()
        rss0 = rss_kib(server.pid)
        print(f"ledger: {len(rows)}+ documents; server pid {server.pid}, port {port}; "
              f"{args.requests} requests from {args.clients} clients per round")
        rss = [rss0]
        for r in range(2):
            elapsed, lat, errors, by_route = round_(port, rows, article, args.requests, args.clients, seed=r)
            rss.append(rss_kib(server.pid))
            print(f"round {r + 1}: {len(lat)} requests in {elapsed:.2f}s = {len(lat) / elapsed:.0f} requests/s; "
                  f"latency p50 {percentile(lat, 50) * 1e3:.2f} ms, p90 {percentile(lat, 90) * 1e3:.2f} ms, "
                  f"p99 {percentile(lat, 99) * 1e3:.2f} ms, max {lat[-1] * 1e3:.1f} ms; errors {len(errors)}")
            for e in errors[:10]:
                print("  error:", e)
            for route, ls in sorted(by_route.items()):
                print(f"  {route:18} {len(ls):5d}  p50 {percentile(ls, 50) * 1e3:7.2f} ms  p99 {percentile(ls, 99) * 1e3:7.2f} ms")
        print(f"server RSS: {rss[0] / 1024:.1f} MiB before, {rss[1] / 1024:.1f} MiB after round 1, "
              f"{rss[2] / 1024:.1f} MiB after round 2")
        print(f"request log lines: {len(log_lines)}")
    finally:
        if server:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
