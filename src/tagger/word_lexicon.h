// WordLexicon: what an English dictionary and WordNet say about a word, for
// the taggers.
//
// Loaded from models/word_lexicon.tsv (built by scripts/build_lexicon.py from
// the Debian packages wamerican and wordnet-base; licences in models/NOTICE):
// for about 120,000 lower-cased words, whether the dictionary writes the word
// in lower case, capitalised or in capitals, the parts of speech WordNet
// gives it, whether it is part of the name of a WordNet person, place,
// group or other instance, and whether it is a given or family name (faker's
// name lists), a word of a region's name (ISO 3166-2, from iso-codes: Leicestershire) or of a
// company suffix. A word the training corpora never showed still
// tells the taggers that it is a common word ("result" in a headline), a
// name ("Zelensky" is not in it; "Lincoln" is a person), or a verb.
//
// Keyed, like WordClusters, by the hash of the lower-cased form with digits
// as 0, which the feature extractor computes anyway: one probe of an
// open-addressing table of 8-byte slots (about 2 MB).
//
//   Result<WordLexicon> lex = WordLexicon::Load("models/word_lexicon.tsv");
//   uint16_t bits = lex->Find(LowerKey("Paris"));  // kLexDictCapital | kLexNoun | kLexLocation ...
//
// Immutable after loading; thread-safe.
#ifndef HEARSAY_TAGGER_WORD_LEXICON_H_
#define HEARSAY_TAGGER_WORD_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"
#include "tagger/hashed_word_table.h"

namespace hearsay::internal {

// Bits of WordLexicon::Find (the values build_lexicon.py writes).
enum LexiconBit : uint16_t {
  kLexDictLower = 1 << 0,    // the dictionary has it in lower case
  kLexDictCapital = 1 << 1,  // ... capitalised (Rose, Paris)
  kLexDictUpper = 1 << 2,    // ... in capitals (NATO)
  kLexNoun = 1 << 3,         // WordNet parts of speech (of its lemma)
  kLexVerb = 1 << 4,
  kLexAdj = 1 << 5,
  kLexAdv = 1 << 6,
  kLexPerson = 1 << 7,       // a word of the name of a WordNet person instance
  kLexLocation = 1 << 8,     // ... place
  kLexGroup = 1 << 9,        // ... organisation, people, team
  kLexOtherInstance = 1 << 10,
  kLexGivenName = 1 << 11,      // faker: a given name (26 European locales)
  kLexFamilyName = 1 << 12,     // faker: a family name
  kLexSubdivision = 1 << 13,    // a word of an ISO 3166-2 subdivision name (Leicestershire)
  kLexCompanySuffix = 1 << 14,  // a word of a company suffix (Inc, GmbH)
  kLexAllBits = (1 << 15) - 1,
  // Groups the features use.
  kLexDictBits = kLexDictLower | kLexDictCapital | kLexDictUpper,
  kLexWordBits = (1 << 11) - 1,  // dictionary and WordNet: what the POS tagger uses
  kLexNameBits = kLexPerson | kLexLocation | kLexGroup | kLexOtherInstance | kLexGivenName | kLexFamilyName |
                 kLexSubdivision | kLexCompanySuffix,
};

class WordLexicon {
 public:
  static Result<WordLexicon> Load(const std::string& path);
  // Parses lexicon TSV text (WORD<TAB>BITS lines); `name` is for messages.
  static Result<WordLexicon> Parse(std::string_view tsv, const std::string& name);

  // The LexiconBits of the word whose lower-cased, digits-as-0 hash is
  // `lower_hash` (LowerKey), or 0 if the lexicon does not know it.
  uint16_t Find(uint64_t lower_hash) const { return static_cast<uint16_t>(table_.Find(lower_hash)); }

  size_t size() const { return table_.size(); }
  // FNV-1a 64 of the file it was read from: models record it.
  uint64_t checksum() const { return checksum_; }
  size_t MemoryBytes() const { return table_.MemoryBytes(); }

 private:
  HashedWordTable table_;  // lower-cased hash -> bits; 0: absent
  uint64_t checksum_ = 0;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_WORD_LEXICON_H_
