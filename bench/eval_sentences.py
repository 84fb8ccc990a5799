#!/usr/bin/env python3
"""Evaluate hearsay's sentence splitter against UD English EWT (dev split).

The CoNLL-U file is turned back into running text, one document per
``# newdoc id``: the ``# text = ...`` lines of a paragraph (``# newpar id``;
a new document also starts a new paragraph) are joined by a single space and
paragraphs are joined by a blank line.  The gold boundaries of a document are
the code-point offsets just after the last character of each sentence.

All documents are sent to the binary in a single run::

    hearsay extract --input jsonl --format jsonl -

one JSON line per document (``{"id": ..., "text": ...}``) on stdin.  Every
output line must carry the same ``id`` and ``text`` plus ``sentences``, a list
of ``{"start": ..., "end": ...}`` code-point offsets into ``text``.  A
predicted boundary is a sentence's ``end`` moved left over trailing
whitespace.  Precision, recall and F1 are computed over the boundaries of all
documents together (the end of each document counts as a boundary on both
sides).

Usage::

    python3 bench/eval_sentences.py [--hearsay BINARY] [--conllu PATH]
                                    [--errors N] [--min-f1 X]

Exit status: 0 on success (or when the data is not available), 1 when F1 is
below ``--min-f1``, 2 on any error (missing binary, binary failure, malformed
or mismatching output).

Only the Python 3 standard library is used.
"""

import argparse
import json
import os
import subprocess
import sys
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(REPO_ROOT, "build", "release", "bin", "hearsay")
DEFAULT_CONLLU = os.path.join(
    REPO_ROOT, os.pardir, "shared", "data", "ud-ewt", "en_ewt-ud-dev.conllu"
)
CONTEXT = 60  # characters of context shown on each side of an error


class EvalError(Exception):
    """A problem that makes the evaluation impossible (exit status 2)."""


# --------------------------------------------------------------------------
# Gold standard
# --------------------------------------------------------------------------

def read_documents(path):
    """Rebuild the documents of a CoNLL-U file.

    Returns a list of ``(doc_id, text, gold_boundaries)`` where
    ``gold_boundaries`` is the sorted list of sentence end offsets.
    """
    docs = []  # each: [doc_id, paragraphs]; paragraphs: list of list of str

    def start_doc(doc_id):
        docs.append([doc_id, []])

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.startswith("#"):
                continue
            key, sep, value = line[1:].partition("=")
            if not sep:
                continue
            key, value = key.strip(), value.strip()
            if key == "newdoc id":
                start_doc(value)
                docs[-1][1].append([])
            elif key == "newpar id":
                if not docs:
                    start_doc("doc-1")
                paragraphs = docs[-1][1]
                # A newdoc already opened a paragraph; do not add an empty one.
                if not paragraphs or paragraphs[-1]:
                    paragraphs.append([])
            elif key == "text":
                if not docs:
                    start_doc("doc-1")
                if not docs[-1][1]:
                    docs[-1][1].append([])
                if value:
                    docs[-1][1][-1].append(value)

    result = []
    seen = set()
    for doc_id, paragraphs in docs:
        if doc_id in seen:
            raise EvalError("duplicate document id %r in %s" % (doc_id, path))
        seen.add(doc_id)
        pieces, gold, offset = [], [], 0
        for para in (p for p in paragraphs if p):
            if pieces:
                pieces.append("\n\n")
                offset += 2
            for i, sentence in enumerate(para):
                if i:
                    pieces.append(" ")
                    offset += 1
                pieces.append(sentence)
                offset += len(sentence)
                gold.append(offset)
        if pieces:
            result.append((doc_id, "".join(pieces), gold))
    return result


# --------------------------------------------------------------------------
# Prediction
# --------------------------------------------------------------------------

def run_hearsay(binary, docs):
    """Run the binary once over all documents.

    Returns ``({doc_id: predicted_boundaries}, seconds)``.
    """
    payload = "".join(
        json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
        for doc_id, text, _ in docs
    )
    cmd = [binary, "extract", "--input", "jsonl", "--format", "jsonl", "-"]
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, input=payload, capture_output=True, text=True, encoding="utf-8"
        )
    except OSError as e:
        raise EvalError("cannot run %s: %s" % (binary, e))
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise EvalError(
            "%s exited with status %d\n%s"
            % (" ".join(cmd), proc.returncode, proc.stderr.strip())
        )

    texts = {doc_id: text for doc_id, text, _ in docs}
    predicted = {}
    # Split on "\n" only: str.splitlines() would also break on U+2028 etc.
    for lineno, line in enumerate(proc.stdout.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise EvalError("output line %d is not valid JSON: %s" % (lineno, e))
        if not isinstance(obj, dict):
            raise EvalError("output line %d is not a JSON object" % lineno)
        doc_id = obj.get("id")
        if doc_id not in texts:
            raise EvalError("output line %d has unknown id %r" % (lineno, doc_id))
        if doc_id in predicted:
            raise EvalError("output line %d repeats id %r" % (lineno, doc_id))
        text = texts[doc_id]
        if obj.get("text") != text:
            raise EvalError(
                "document %r: returned text differs from input text%s"
                % (doc_id, describe_difference(text, obj.get("text")))
            )
        predicted[doc_id] = predicted_boundaries(doc_id, text, obj.get("sentences"))

    missing = [doc_id for doc_id, _, _ in docs if doc_id not in predicted]
    if missing:
        raise EvalError(
            "%d document(s) missing from the output, first: %r"
            % (len(missing), missing[0])
        )
    return predicted, seconds


def describe_difference(expected, got):
    """Say briefly where two texts start to differ."""
    if not isinstance(got, str):
        return " (got %s instead of a string)" % type(got).__name__
    i = 0
    while i < min(len(expected), len(got)) and expected[i] == got[i]:
        i += 1
    return " (lengths %d vs %d, first difference at offset %d: %r vs %r)" % (
        len(expected), len(got), i, expected[i:i + 20], got[i:i + 20],
    )


def predicted_boundaries(doc_id, text, sentences):
    """Sentence ends of one document, moved left over trailing whitespace."""
    if not isinstance(sentences, list):
        raise EvalError("document %r: \"sentences\" is missing or not a list" % doc_id)
    ends = set()
    for k, sentence in enumerate(sentences):
        try:
            start, end = sentence["start"], sentence["end"]
        except (TypeError, KeyError):
            raise EvalError("document %r: sentence %d lacks start/end" % (doc_id, k))
        if not (isinstance(start, int) and isinstance(end, int)
                and 0 <= start <= end <= len(text)):
            raise EvalError(
                "document %r: sentence %d has bad offsets [%r, %r) (text length %d)"
                % (doc_id, k, start, end, len(text))
            )
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:  # a whitespace-only "sentence" marks no boundary
            ends.add(end)
    return sorted(ends)


# --------------------------------------------------------------------------
# Scoring and report
# --------------------------------------------------------------------------

def show(text, pos):
    """One-line view of ``text`` around ``pos``, the position marked by ' | '."""
    left = text[max(0, pos - CONTEXT):pos]
    right = text[pos:pos + CONTEXT]
    clean = lambda s: s.replace("\n", "\\n").replace("\t", "\\t")
    return "%s | %s" % (clean(left), clean(right))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Sentence-boundary precision/recall of hearsay on UD-EWT dev."
    )
    parser.add_argument("--hearsay", default=DEFAULT_BINARY, metavar="PATH",
                        help="hearsay binary (default: %(default)s)")
    parser.add_argument("--conllu", default=DEFAULT_CONLLU, metavar="PATH",
                        help="CoNLL-U file (default: %(default)s)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N false positives and N false negatives")
    parser.add_argument("--min-f1", type=float, default=None, metavar="X",
                        help="exit with status 1 if F1 is below X")
    args = parser.parse_args(argv)

    if not os.path.isfile(args.conllu):
        print("eval_sentences: SKIP (../shared/data/ud-ewt not found)")
        return 0
    if not os.path.isfile(args.hearsay):
        print("eval_sentences: error: hearsay binary not found: %s "
              "(build it or pass --hearsay)" % args.hearsay, file=sys.stderr)
        return 2

    try:
        docs = read_documents(args.conllu)
        predicted, seconds = run_hearsay(args.hearsay, docs)
    except (EvalError, OSError) as e:
        print("eval_sentences: error: %s" % e, file=sys.stderr)
        return 2

    n_gold = n_pred = n_correct = 0
    false_pos, false_neg = [], []
    for doc_id, text, gold in docs:
        gold_set, pred_set = set(gold), set(predicted[doc_id])
        n_gold += len(gold_set)
        n_pred += len(pred_set)
        n_correct += len(gold_set & pred_set)
        false_pos.extend((doc_id, text, p) for p in sorted(pred_set - gold_set))
        false_neg.extend((doc_id, text, p) for p in sorted(gold_set - pred_set))

    precision = n_correct / n_pred if n_pred else 0.0
    recall = n_correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    name = os.path.basename(args.conllu)
    split = "dev" if "dev" in name else os.path.splitext(name)[0]
    print("sentence boundaries on UD-EWT %s: P=%.3f R=%.3f F1=%.3f "
          "(gold %d, predicted %d, correct %d) in %.2fs"
          % (split, precision, recall, f1, n_gold, n_pred, n_correct, seconds))

    if args.errors > 0:
        for label, errors in (("false positives", false_pos),
                              ("false negatives", false_neg)):
            shown = errors[:args.errors]
            print("\n%s (%d of %d):" % (label, len(shown), len(errors)))
            for doc_id, text, pos in shown:
                print("  [%s @%d] %s" % (doc_id, pos, show(text, pos)))

    if args.min_f1 is not None and f1 < args.min_f1:
        print("eval_sentences: FAIL (F1 %.3f < %.3f)" % (f1, args.min_f1),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
