#!/usr/bin/env python3
"""Evaluate hearsay's named entities against CoNLL-2003 English (dev split).

Each Reuters article (``-DOCSTART-``) becomes one document: the tokens of a
sentence joined by single spaces, sentences joined by newlines. All documents
go through the binary in one run::

    hearsay extract --input jsonl --format jsonl -

and the ``entities`` of each output line (code-point offsets) are compared
with the gold entities: an entity is correct when its start, end and label all
match (conlleval's exact-span criterion). Precision, recall and F1 are given
overall and per type; ``--errors N`` prints N missed and N spurious entities
with context. Predicted entities whose edges fall inside a gold token (where
hearsay's tokenizer split differently) are counted separately.

Usage::

    python3 bench/eval_ner.py [--hearsay BINARY] [--conll PATH] [--errors N] [--min-f1 X]

Exit status: 0 on success (or when the data is absent), 1 when F1 is below
``--min-f1``, 2 on error. Standard library only.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read_conll(path):
    """Returns documents as lists of sentences of (token, tag)."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            cols = line.split(" ")
            if cols[0] == "-DOCSTART-":
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                doc = []
                continue
            sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def build(doc):
    """Text of a document, gold entity spans, and the set of token edges."""
    parts, spans, edges = [], [], set()
    pos = 0
    for si, sent in enumerate(doc):
        if si:
            parts.append("\n")
            pos += 1
        open_span = None
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                parts.append(" ")
                pos += 1
            start, end = pos, pos + len(tok)
            edges.add(start)
            edges.add(end)
            parts.append(tok)
            pos = end
            kind, typ = (tag[0], tag[2:]) if tag != "O" else ("O", None)
            if kind == "B" or (kind == "I" and (open_span is None or open_span[2] != typ)):
                if open_span:
                    spans.append(tuple(open_span))
                open_span = [start, end, typ]
            elif kind == "I":
                open_span[1] = end
            else:
                if open_span:
                    spans.append(tuple(open_span))
                open_span = None
        if open_span:
            spans.append(tuple(open_span))
    return "".join(parts), spans, edges


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hearsay", default=os.path.join(ROOT, "build", "release", "bin", "hearsay"))
    ap.add_argument("--conll", default=os.path.join(ROOT, "..", "shared", "data", "conll2003", "dev.txt"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--min-f1", type=float, default=0.0)
    args = ap.parse_args()
    if not os.path.exists(args.conll):
        print("eval_ner: %s not found; skipped" % args.conll)
        return 0
    if not os.path.exists(args.hearsay):
        print("eval_ner: no binary at %s" % args.hearsay, file=sys.stderr)
        return 2
    docs = read_conll(args.conll)
    texts, golds, edge_sets = [], [], []
    lines = []
    for i, d in enumerate(docs):
        text, spans, edges = build(d)
        texts.append(text)
        golds.append(spans)
        edge_sets.append(edges)
        lines.append(json.dumps({"id": i, "text": text}))
    started = time.time()
    proc = subprocess.run([args.hearsay, "extract", "--input", "jsonl", "--format", "jsonl", "-"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    elapsed = time.time() - started
    if proc.returncode != 0:
        print("eval_ner: hearsay failed (%d): %s" % (proc.returncode, proc.stderr[:500]), file=sys.stderr)
        return 2
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(docs):
        print("eval_ner: %d documents in, %d out" % (len(docs), len(out)), file=sys.stderr)
        return 2
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, predicted, gold
    misaligned = 0
    missed, spurious = [], []
    for i, o in enumerate(out):
        if o.get("id") != i or o.get("text") != texts[i]:
            print("eval_ner: output %d does not match its input" % i, file=sys.stderr)
            return 2
        pred = {(e["start"], e["end"], e["label"]) for e in o["entities"]}
        gold = set(golds[i])
        for s in pred:
            counts[s[2]][1] += 1
            if s in gold:
                counts[s[2]][0] += 1
            else:
                spurious.append((i, s))
            if s[0] not in edge_sets[i] or s[1] not in edge_sets[i]:
                misaligned += 1
        for s in gold:
            counts[s[2]][2] += 1
            if s not in pred:
                missed.append((i, s))
    tokens = sum(len(s) for d in docs for s in d)
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    p, r, f = prf(*total)
    print("NER on %s: %d documents, %d tokens, %d gold entities, %.1f s through hearsay extract"
          % (os.path.relpath(args.conll), len(docs), tokens, total[2], elapsed))
    print("%-6s %9s %9s %9s %7s %7s" % ("type", "precision", "recall", "F1", "gold", "found"))
    for typ in sorted(counts):
        tp, np_, ng = counts[typ]
        pp, rr, ff = prf(tp, np_, ng)
        print("%-6s %8.2f%% %8.2f%% %8.2f%% %7d %7d" % (typ, 100 * pp, 100 * rr, 100 * ff, ng, np_))
    print("%-6s %8.2f%% %8.2f%% %8.2f%% %7d %7d" % ("all", 100 * p, 100 * r, 100 * f, total[2], total[1]))
    print("predicted entities with an edge inside a gold token (tokenization differs): %d" % misaligned)

    def show(kind, items):
        for i, (s, e, typ) in items[: args.errors]:
            t = texts[i]
            print("  %s %s %r in ...%s[%s]%s..." % (kind, typ, t[s:e], t[max(0, s - 40):s].replace("\n", " / "),
                                                   t[s:e], t[e:e + 40].replace("\n", " / ")))
    if args.errors:
        show("missed", missed)
        show("spurious", spurious)
    if f < args.min_f1:
        print("eval_ner: F1 %.4f below --min-f1 %.4f" % (f, args.min_f1), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
