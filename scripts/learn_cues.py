#!/usr/bin/env python3
"""Learns the attribution cue lexicon (data/cues.tsv) from PolNeAR train.

Every `Cue` span in ../shared/data/polnear/train/attributions is lower-cased
and its words lemmatised (a small rule-based English verb lemmatiser checked
against the corpus vocabulary). A verb lemma qualifies when it is the head of
at least MIN_COUNT cues and, over all occurrences of its inflected forms in the
train texts, is a cue at least MIN_PRECISION of the time. A hand-written list
(MANUAL below: speech, report and estimate verbs the corpus has too few of)
is added. Every inflected form of each lemma is written out, so the C++ side
matches a word form and learns its lemma in one lookup.

Columns of data/cues.tsv: form <TAB> lemma <TAB> class <TAB> origin
  class: speech (say, tell, add), report (report, cite, quote), estimate
         (estimate, expect, believe), weak (ask, show, hope, want: a cue only
         with an explicit source and a clause, see WEAK_OK), phrase
         (multi-word: according to, pointed out).
  origin: polnear:CUES/PRECISION (cue count; share of the lemma's
          occurrences in train that are cues) or manual.
Lemmas the rules get wrong are fixed by LEMMA_FIX; learned heads that are not
cues in general news (nouns, adjectives) are dropped by REJECT and STOP.

Usage: python3 scripts/learn_cues.py [--polnear DIR] > data/cues.tsv
"""
import argparse
import collections
import glob
import os
import re
import sys

MIN_COUNT = 3
MIN_PRECISION = 0.15

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "thought": "think", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "felt": "feel", "sought": "seek", "spoke": "speak", "spoken": "speak", "taught": "teach",
    "gave": "give", "given": "give", "made": "make", "held": "hold", "meant": "mean",
    "heard": "hear", "brought": "bring", "found": "find", "began": "begin", "begun": "begin",
    "understood": "understand", "forgot": "forget", "forgotten": "forget", "swore": "swear",
    "sworn": "swear", "foresaw": "foresee", "foreseen": "foresee", "put": "put", "read": "read",
    "predicted": "predict", "led": "lead", "lied": "lie", "shown": "show", "drew": "draw",
    "drawn": "draw", "fought": "fight", "withheld": "withhold", "overheard": "overhear",
    "bet": "bet", "quipped": "quip", "admitted": "admit", "committed": "commit",
    "referred": "refer", "preferred": "prefer", "regretted": "regret", "vetted": "vet",
}
IRREGULAR_FORMS = collections.defaultdict(set)
for form, lemma in IRREGULAR.items():
    IRREGULAR_FORMS[lemma].add(form)

# Lemma -> class, for the hand-written part and for classifying learned lemmas.
MANUAL = {
    "speech": """say tell add state declare announce claim insist warn stress explain note
        remark reply respond comment argue assert contend maintain acknowledge admit concede
        confirm deny reiterate repeat recall quip joke tweet write post testify vow pledge
        promise urge ask suggest propose recommend caution complain charge allege accuse
        predict boast brag mock shout yell scream whisper mutter exclaim emphasize emphasise
        underline point_out put_it go_on continue conclude counter retort rebut dismiss reject
        dispute challenge question criticize criticise blame praise describe call hint signal
        concur agree disagree lament lambast slam decry denounce condemn threaten demand
        inform brief advise disclose reveal divulge indicate specify affirm aver avow profess
        relate recount narrate observe opine muse speculate theorize posit guess clarify
        elaborate stipulate answer request advise compare""",
    "report": """report show find reveal suggest indicate learn confirm document cite quote
        publish air broadcast record""",
    "estimate": """estimate expect believe think project forecast calculate reckon assess
        anticipate fear hope worry doubt suspect figure gauge judge conclude realize notice assume
        imagine""",
}
PHRASES = [
    ("according to", "according to"), ("in the words of", "in the words of"),
    ("quoted as saying", "quote"), ("pointed out", "point out"), ("points out", "point out"),
    ("point out", "point out"), ("pointing out", "point out"), ("put it", "put it"),
    ("puts it", "put it"), ("went on to say", "go on"), ("made clear", "make clear"),
    ("makes clear", "make clear"), ("making clear", "make clear"), ("make clear", "make clear"),
    ("spelled out", "spell out"), ("summed up", "sum up"),
]
# Lemmas whose forms are too often something else in news to be cues on their own.
STOP = {"be", "have", "do", "in", "for", "to", "of", "on", "about", "by", "with", "at", "as",
        "from", "that", "go", "get", "come", "take", "give", "make", "let", "see", "look",
        "call", "read", "say_of", "lead", "hold", "continue", "name", "mean", "use", "keep",
        "want", "like", "need", "try", "support", "oppose", "seem", "appear", "feel", "know",
        "hope", "plan", "refuse", "decline", "seek", "offer", "help", "face", "attack", "back",
        "win", "lose", "push", "ask", "find", "show", "describe", "note", "point", "agree",
        "praise", "defend", "endorse", "sign", "fear", "open", "vote", "run", "raise", "work",
        "put", "set", "turn", "stand"}
# Stop lemmas that are still cues in the lexicon with a weaker class: they
# need an explicit source before them and a clause after them.
WEAK_OK = {"ask", "find", "show", "describe", "note", "agree", "praise", "defend", "fear", "hope",
           "know", "want", "feel", "call", "point", "plan", "refuse", "decline", "support",
           "oppose", "attack", "endorse", "offer", "seek", "back", "push"}


# Lemmas the rules get wrong, and learned heads that are not cues in general news.
LEMMA_FIX = {"allud": "allude", "chid": "chide", "decri": "decry", "eviscerat": "eviscerate",
             "teas": "tease", "sparr": "spar", "alleges": "allege", "queries": "query",
             "sued": "sue", "tying": "tie", "ruling": "rule"}
REJECT = {"misl", "rattl", "void", "title", "shore", "restrict", "revel", "lay", "paint", "tie",
          "rule", "sue", "introduce", "publish", "coin", "complaint", "spar", "prefer", "title",
          "appear", "seem", "accord", "knock", "rip", "shrug", "jab", "attribute"}


def lemma_candidates(w):
    if w in IRREGULAR:
        return [IRREGULAR[w]]
    c = []
    if w.endswith("ies") and len(w) > 4:
        c.append(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        c.append(w[:-3] + "y")
    if w.endswith("ing") and len(w) > 5:
        b = w[:-3]
        c += [b, b + "e"]
        if len(b) > 2 and b[-1] == b[-2]:
            c.append(b[:-1])
    if w.endswith("ed") and len(w) > 4:
        b = w[:-2]
        c += [b, w[:-1]]
        if len(b) > 2 and b[-1] == b[-2]:
            c.append(b[:-1])
    if w.endswith("es") and len(w) > 4:
        c += [w[:-2], w[:-1]]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        c.append(w[:-1])
    c.append(w)
    return c


def lemmatize(w, vocab):
    cands = lemma_candidates(w)
    if w in IRREGULAR:
        return cands[0]
    known = [c for c in cands if c != w and vocab.get(c, 0) > 0]
    if known:
        # hoping -> hope, not hop; adding -> add, not ad (the undoubled form is a last resort)
        first = [c for c in known[:2] if c in cands[:2]] or known
        return max(first, key=lambda c: vocab[c])
    if w.endswith("ed") and len(w) > 4:
        # An unseen base: a soft ending keeps its e (alleged -> allege).
        return w[:-1] if w[-3] in "gvcszu" else w[:-2]
    if w.endswith("ing") and len(w) > 5:
        return w[:-3] + "e" if w[-4] in "gvcszu" else w[:-3]
    return w


def verb_like(w, manual):
    """True if `w` looks like an inflected or base verb rather than a noun, adjective or adverb."""
    if w in IRREGULAR or w in manual:
        return True
    if w.endswith("ly"):
        return False
    return w.endswith(("ed", "ing", "s")) and not w.endswith(("ness", "ss", "ous", "ics"))


# Two-syllable verbs stressed on the last syllable (spelling does not show it).
STRESSED_FINAL_SYLLABLE = {
    "refer", "admit", "regret", "prefer", "rebut", "omit", "submit", "commit", "compel", "control", "occur",
    "confer", "deter", "defer", "infer", "transfer", "permit", "acquit", "concur", "aver", "propel", "repel",
    "excel", "forbid", "forget", "upset", "equip", "abet", "allot", "patrol", "remit", "emit", "transmit",
    "recur", "incur", "demur", "outstrip", "dispel", "expel", "impel", "rebel", "extol", "enrol", "instil"}


def inflect(lemma):
    if " " in lemma:
        return {lemma}
    forms = {lemma} | IRREGULAR_FORMS.get(lemma, set())
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        if lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms.add(lemma + "es")
        else:
            forms.add(lemma + "s")
        if lemma.endswith("e"):
            forms |= {lemma + "d", lemma[:-1] + "ing"}
        else:
            forms |= {lemma + "ed", lemma + "ing"}
            # A stressed final CVC syllable doubles the consonant: quip -> quipped, and the
            # two-syllable words stressed at the end (refer -> referring, admit -> admitting).
            if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma) or lemma in STRESSED_FINAL_SYLLABLE:
                forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if not any(f in IRREGULAR and IRREGULAR[f] == lemma and f != lemma for f in forms):
        pass
    # Irregular past forms replace the regular ones.
    if any(IRREGULAR.get(f) == lemma and f != lemma and not f.endswith("s") for f in forms):
        forms -= {lemma + "ed", lemma + "d"}
    return forms


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--polnear", default=os.path.join(here, "..", "shared", "data", "polnear"))
    args = ap.parse_args()
    train = os.path.join(args.polnear, "train")
    token_re = re.compile(r"[a-z]+")
    vocab = collections.Counter()
    for path in glob.glob(os.path.join(train, "text", "*.txt")):
        with open(path, encoding="utf-8") as f:
            vocab.update(token_re.findall(f.read().lower()))
    manual = {w for words in MANUAL.values() for w in words.split()}
    cue_count = collections.Counter()
    for path in glob.glob(os.path.join(train, "attributions", "*.ann")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or not parts[1].startswith("Cue "):
                    continue
                words = token_re.findall(parts[2].lower())
                # The head of a cue: the first word that is not an auxiliary or adverb.
                for w in words:
                    if w in ("has", "have", "had", "is", "was", "were", "are", "be", "been", "also",
                             "would", "will", "not", "did", "does", "do", "later", "then", "just",
                             "still", "repeatedly", "publicly", "previously", "again", "further"):
                        continue
                    if verb_like(w, manual):
                        cue_count[lemmatize(w, vocab)] += 1
                    break
    lemma_occ = collections.Counter()
    for w, n in vocab.items():
        lemma = lemmatize(w, vocab)
        lemma_occ[LEMMA_FIX.get(lemma, lemma)] += n
    classes = {}
    for cls, words in MANUAL.items():
        for w in words.split():
            classes.setdefault(w.replace("_", " "), cls)
    rows = {}
    fixed = collections.Counter()
    for lemma, n in cue_count.items():
        fixed[LEMMA_FIX.get(lemma, lemma)] += n
    cue_count = fixed
    for lemma, n in cue_count.items():
        if lemma in REJECT:
            continue
        prec = n / max(1, lemma_occ[lemma])
        if n < MIN_COUNT or prec < MIN_PRECISION or len(lemma) < 3:
            continue
        if lemma in STOP and lemma not in WEAK_OK:
            continue
        cls = classes.get(lemma, "speech")
        if lemma in WEAK_OK:
            cls = "weak"
        rows[lemma] = (cls, f"polnear:{n}/{prec:.2f}")
    for lemma, cls in classes.items():
        if " " in lemma:
            continue
        if lemma in WEAK_OK:
            cls = "weak"
        rows.setdefault(lemma, (cls, "manual"))
    print("# GENERATED BY scripts/learn_cues.py FROM ../shared/data/polnear/train; DO NOT EDIT.")
    print("# Attribution cues: every inflected form of each cue lemma.")
    print("# Columns: form <TAB> lemma <TAB> class <TAB> origin")
    print("# class: speech | report | estimate | weak (a cue only with an explicit source) | phrase")
    print("# origin: polnear:CUES/PRECISION (learned) or manual (scripts/learn_cues.py MANUAL)")
    out = []
    for lemma, (cls, origin) in rows.items():
        for form in inflect(lemma):
            out.append((form, lemma, cls, origin))
    for form, lemma in PHRASES:
        out.append((form, lemma, "phrase", "manual"))
    seen = set()
    for form, lemma, cls, origin in sorted(out):
        if form in seen:
            continue
        seen.add(form)
        print(f"{form}\t{lemma}\t{cls}\t{origin}")


if __name__ == "__main__":
    main()
