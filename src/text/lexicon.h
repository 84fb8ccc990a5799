// Word lists the tokenizer and sentence splitter consult: abbreviations and
// sentence starters, compiled into the binary from data/*.tsv at build time.
#ifndef HEARSAY_TEXT_LEXICON_H_
#define HEARSAY_TEXT_LEXICON_H_

#include <string_view>

namespace hearsay::internal {

enum class AbbreviationClass : uint8_t {
  kNone,     // not an abbreviation
  kTitle,    // precedes a name (Mr., Gen., St.): never ends a sentence
  kSuffix,   // follows a name or company (Jr., Inc.): may end one
  kMonth,    // Jan. ... Dec.
  kDay,      // Mon. ... Sun.
  kNumber,   // an abbreviation only before a number (No. 5, p. 12)
  kGeneral,  // anything else (etc., vs., Calif.): may end a sentence
  kDotted,   // U.S., a.m., J.R.R. (by pattern)
  kInitial,  // a single capital letter: J.
};

// Class of `word` (without its final period) as an abbreviation.
AbbreviationClass LookupAbbreviation(std::string_view word);

// True if `word`, capitalised, usually means a new sentence has started
// ("The", "But", "However"): words that appear mostly lower case inside
// sentences, learned from UD English EWT train.
bool IsSentenceStarter(std::string_view word);

}  // namespace hearsay::internal

#endif  // HEARSAY_TEXT_LEXICON_H_
