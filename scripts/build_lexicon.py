#!/usr/bin/env python3
"""Builds models/word_lexicon.tsv: what an English dictionary and WordNet know
of each word, for the POS and NER taggers (src/tagger/word_lexicon.h).

Sources, both Debian packages that scripts/setup.sh installs:
  * wamerican (SCOWL word list, /usr/share/dict/american-english): whether a
    word is written in lower case ("rose"), capitalised ("Rose", "Paris"), or
    in capitals ("NATO");
  * wordnet-base (WordNet 3.0, /usr/share/wordnet): the parts of speech a word
    can have (its lemma found by WordNet's morphy: exception lists, then the
    detachment rules), and whether it is part of the name of a WordNet
    instance (a specific person, place, organisation or other thing: Lincoln,
    Kyiv, Interpol, Hegira), by the instance synset's lexicographer file;
  * faker (its person and company data, Expat licence): given names and
    family names of 26 European locales (Latin script, also without
    accents), and the words of company suffixes (Inc, GmbH, and Sons);
  * iso-codes (ISO 3166-2, LGPL-2.1+): the words of the names of the
    world's 5,000 subdivisions (Bayern, Leicestershire, Tamil Nadu).

One line per lower-cased word (digits as 0, as the taggers key words):
WORD<TAB>BITS, BITS a decimal of the bit values below. Deterministic: the same
packages give the same bytes.

    python3 scripts/build_lexicon.py [--dict PATH] [--wordnet DIR] [--out PATH]
"""

import argparse
import hashlib
import importlib
import json
import os
import re
import sys
import unicodedata

# Bit values (keep in sync with LexiconBit in src/tagger/word_lexicon.h).
DICT_LOWER = 1 << 0      # the dictionary has it in lower case
DICT_CAPITAL = 1 << 1    # ... capitalised (Rose, Paris)
DICT_UPPER = 1 << 2      # ... in capitals (NATO)
WN_NOUN = 1 << 3
WN_VERB = 1 << 4
WN_ADJ = 1 << 5
WN_ADV = 1 << 6
INST_PERSON = 1 << 7     # a word of a WordNet instance in noun.person
INST_LOCATION = 1 << 8   # noun.location
INST_GROUP = 1 << 9      # noun.group (organisations, peoples, teams)
INST_OTHER = 1 << 10     # any other instance (events, works, artifacts ...)
GIVEN_NAME = 1 << 11     # faker: a given name
FAMILY_NAME = 1 << 12    # faker: a family name
SUBDIVISION = 1 << 13    # a word of an ISO 3166-2 subdivision name
COMPANY_SUFFIX = 1 << 14 # a word of a company suffix

FAKER_LOCALES = ["en_US", "en_GB", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "es_ES", "es_MX", "it_IT",
                 "nl_NL", "pt_BR", "pt_PT", "pl_PL", "sv_SE", "cs_CZ", "hu_HU", "ro_RO", "tr_TR", "fi_FI", "dk_DK",
                 "no_NO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE"]

NAME_FUNCTION_WORDS = {"the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "de", "la", "le", "el", "du",
                       "von", "van", "der", "den"}
LEXFILE = {18: INST_PERSON, 15: INST_LOCATION, 14: INST_GROUP}
POS_BIT = {"n": WN_NOUN, "v": WN_VERB, "a": WN_ADJ, "s": WN_ADJ, "r": WN_ADV}
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's morphy detachment rules.
RULES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def lower_form(word):
    """The taggers' key: lower case, every digit 0 (features.cc LowerForm)."""
    return re.sub(r"\d", "0", word.lower())


def read_wordnet(wn_dir):
    lemmas = {p: set() for p in FILES}   # lower-case lemmas (spaces as _) per POS
    instance_words = {}                  # lower-case word -> instance bits
    for p, name in FILES.items():
        with open(os.path.join(wn_dir, "data." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # licence header
                fields = line.split(" ")
                lexfile = int(fields[1])
                count = int(fields[3], 16)
                words = [fields[4 + 2 * i] for i in range(count)]
                rest = fields[4 + 2 * count:]
                pointers = int(rest[0])
                is_instance = any(rest[1 + 4 * i] == "@i" for i in range(pointers))
                for w in words:
                    w = re.sub(r"\(.*\)$", "", w)  # adjective markers: (a) (p) (ip)
                    lemmas[p].add(w.lower())
                    if is_instance:
                        bit = LEXFILE.get(lexfile, INST_OTHER)
                        for part in w.split("_"):
                            # Capitalised words only, not the articles and
                            # prepositions of names (The_Hague, Battle_of_Hastings).
                            if part[:1].isupper() and part.lower() not in NAME_FUNCTION_WORDS:
                                key = lower_form(part)
                                instance_words[key] = instance_words.get(key, 0) | bit
    exceptions = {p: {} for p in FILES}
    for p, name in FILES.items():
        with open(os.path.join(wn_dir, name + ".exc"), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    exceptions[p].setdefault(parts[0], []).extend(parts[1:])
    return lemmas, exceptions, instance_words


def wordnet_pos(word, lemmas, exceptions):
    """POS bits of `word` (lower case): those of its lemmas by morphy."""
    bits = 0
    for p in FILES:
        found = word in lemmas[p] or any(l in lemmas[p] for l in exceptions[p].get(word, []))
        if not found:
            for suffix, ending in RULES[p]:
                if word.endswith(suffix) and len(word) > len(suffix):
                    if word[: len(word) - len(suffix)] + ending in lemmas[p]:
                        found = True
                        break
        if found:
            bits |= POS_BIT[p]
    return bits


def latin_words(name):
    """The capitalised Latin-script words of `name`, each also without accents."""
    out = []
    for part in re.split(r"[\s\-/]+", name):
        part = part.strip(".,()'")
        if not part[:1].isupper() or part.lower() in NAME_FUNCTION_WORDS:
            continue
        if not all(c.isalpha() or c in "'." for c in part):
            continue
        if not all(unicodedata.name(c, "").startswith("LATIN") or c in "'." for c in part):
            continue
        out.append(part)
        folded = "".join(c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c))
        if folded != part:
            out.append(folded)
    return out


def read_faker():
    """(given names, family names, company suffix words) of FAKER_LOCALES."""
    given, family, suffixes = set(), set(), set()
    for loc in FAKER_LOCALES:
        try:
            person = importlib.import_module("faker.providers.person." + loc).Provider
        except ImportError:
            continue
        for attr, into in (("first_names", given), ("first_names_male", given), ("first_names_female", given),
                           ("last_names", family)):
            for name in getattr(person, attr, ()):
                into.update(latin_words(name))
    for loc in FAKER_LOCALES:
        try:
            company = importlib.import_module("faker.providers.company." + loc).Provider
        except ImportError:
            continue
        for suffix in getattr(company, "company_suffixes", ()):
            suffixes.update(latin_words(suffix))
    return given, family, suffixes


def read_subdivisions(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for entry in json.load(f)["3166-2"]:
            words.update(latin_words(entry["name"]))
    return words


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-2.json")
    ap.add_argument("--faker", default="/usr/lib/python3/dist-packages",
                    help="directory holding the faker package (Debian faker)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "models", "word_lexicon.tsv"))
    args = ap.parse_args()

    bits = {}
    with open(args.dict, "rb") as f:
        raw = f.read()
    dict_sha = hashlib.sha256(raw).hexdigest()
    for w in raw.decode("utf-8").split("\n"):
        w = w.strip()
        if not w or w.endswith("'s"):
            continue
        key = lower_form(w)
        if w.islower() or not any(c.isalpha() for c in w):
            b = DICT_LOWER
        elif w.isupper() and len(w) > 1:
            b = DICT_UPPER
        else:
            b = DICT_CAPITAL
        bits[key] = bits.get(key, 0) | b

    lemmas, exceptions, instance_words = read_wordnet(args.wordnet)
    single = set()
    for p in FILES:
        single.update(l for l in lemmas[p] if "_" not in l)
    for word in sorted(set(bits) | single | set(instance_words)):
        key = lower_form(word)
        b = bits.get(key, 0) | wordnet_pos(word, lemmas, exceptions) | instance_words.get(key, 0)
        bits[key] = bits.get(key, 0) | b

    sys.path.insert(0, args.faker)
    given, family, suffixes = read_faker()
    if not given or not family:
        sys.exit("build_lexicon.py: faker's name data not found under " + args.faker)
    for words, bit in ((given, GIVEN_NAME), (family, FAMILY_NAME), (suffixes, COMPANY_SUFFIX),
                       (read_subdivisions(args.iso_codes), SUBDIVISION)):
        for w in words:
            key = lower_form(w)
            bits[key] = bits.get(key, 0) | bit

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# hearsay word lexicon, GENERATED BY scripts/build_lexicon.py; DO NOT EDIT.\n")
        out.write("# from Debian wamerican (SCOWL), american-english sha256 %s, wordnet-base (WordNet 3.0),\n"
                  "# faker (person and company data) and iso-codes (ISO 3166-2)\n" % dict_sha)
        out.write("# bits: 1 dict lower, 2 dict capitalised, 4 dict capitals, 8 noun, 16 verb, 32 adj, 64 adv,\n")
        out.write("#       128 person instance, 256 location instance, 512 group instance, 1024 other instance,\n")
        out.write("#       2048 given name, 4096 family name, 8192 subdivision word, 16384 company suffix word\n")
        out.write("# word bits\n")
        for key in sorted(bits):
            if bits[key] and "\t" not in key and " " not in key:
                out.write("%s\t%d\n" % (key, bits[key]))
    print("wrote %s: %d words" % (args.out, sum(1 for k in bits if bits[k])), file=sys.stderr)


if __name__ == "__main__":
    main()
