// CueLexicon: the words and phrases that report speech, and the words that
// shape a source phrase, compiled into the binary from data/cues.tsv,
// data/source_words.tsv and data/demonyms.tsv.
//
// Cues are matched on lemmas: data/cues.tsv lists every inflected form of each
// cue lemma (said, says, saying -> say), learned from the cues of PolNeAR train
// by scripts/learn_cues.py plus a hand-written list, so one lookup of a
// lower-cased word form gives its lemma and class. Multi-word cues ("according
// to", "pointed out") are matched token by token.
//
//   const CueLexicon& lex = CueLexicon::Get();
//   if (const CueEntry* e = lex.Lookup("warned")) ... e->lemma == "warn"
//
// Immutable after construction; Get() is thread-safe.
#ifndef HEARSAY_ATTRIBUTION_CUE_LEXICON_H_
#define HEARSAY_ATTRIBUTION_CUE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hearsay/document.h"

namespace hearsay::internal {

enum class CueClass : uint8_t {
  kSpeech,    // say, tell, warn, add: reports an utterance
  kReport,    // report, cite, quote: a document or outlet reports
  kEstimate,  // estimate, expect, believe: a judgement
  kWeak,      // ask, show, describe, hope: a cue only with an explicit source and clause
  kPhrase,    // according to, pointed out
};

struct CueEntry {
  std::string lemma;
  CueClass cls = CueClass::kSpeech;
};

// Bits of SourceWordClass: a word may have several.
enum SourceWordBits : uint8_t {
  kRoleWord = 1 << 0,        // spokesperson, minister, official
  kRoleModifier = 1 << 1,    // foreign, deputy, senior
  kOrgWord = 1 << 2,         // ministry, agency, report
  kCollectiveWord = 1 << 3,  // officials, sources, experts
  kTitleWord = 1 << 4,       // Mr, Gen, Sen, President
};

// Everything the lexicons know about one lower-case word, found with one lookup.
struct WordInfo {
  const CueEntry* cue = nullptr;  // the word as a one-word cue
  uint8_t source_bits = 0;        // SourceWordBits
  bool clause = false;            // a clause word that ends a source phrase (that, who, because, is ...)
  bool phrase_start = false;      // the first word of a multi-word cue
};

// FNV-1a over the bytes: short words hash faster than with std::hash.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

// A cue found at a token: how many tokens it covers and its entry.
struct CueMatch {
  uint32_t length = 0;  // in tokens; 0 = no cue here
  const CueEntry* entry = nullptr;
};

class CueLexicon {
 public:
  // The lexicon built from the embedded data files.
  static const CueLexicon& Get();

  // The entry of a single lower-case word form, or nullptr.
  const CueEntry* Lookup(std::string_view lower_form) const;

  // The longest cue (phrase or word) starting at token `i` of `doc`, not
  // running past token `end`.
  CueMatch MatchAt(const Document& doc, uint32_t i, uint32_t end) const;
  // The same on tokens already lower-cased (`lower[i]` for token i).
  CueMatch MatchAt(const std::vector<std::string>& lower, uint32_t i, uint32_t end) const;

  // All that is known about a lower-case word, or nullptr.
  const WordInfo* Info(std::string_view lower_word) const;

  // The cue at token `i` given each token's lower-cased form and Info.
  CueMatch MatchAt(const std::vector<std::string>& lower, const std::vector<const WordInfo*>& info, uint32_t i,
                   uint32_t end) const;

  // SourceWordBits of a lower-case word (0 if none).
  uint8_t SourceWord(std::string_view lower_word) const;

  // The country a demonym or country name denotes ("Ukrainian" -> "Ukraine"), or "".
  std::string_view Country(std::string_view word) const;

 private:
  CueLexicon();

  std::unordered_map<std::string, CueEntry> words_;
  // Phrases as lists of lower-case words, longest first.
  std::vector<std::pair<std::vector<std::string>, CueEntry>> phrases_;
  std::unordered_map<std::string, uint8_t> phrase_starts_;  // first words of phrases
  std::unordered_map<std::string, uint8_t> source_words_;
  std::unordered_map<std::string, std::string> countries_;
  // Open addressing, power-of-two size, linear probing: one lookup per token
  // of every document, mostly misses, so it must be cheap.
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // 1 + index into entries_; 0 = empty
  };
  std::vector<Slot> table_;
  std::vector<std::pair<std::string, WordInfo>> entries_;
  size_t max_key_ = 0;
  WordInfo& Insert(const std::string& key);
};

// The lower-cased normalized form of token `t` (ASCII letters only are folded).
std::string LowerNorm(const Document& doc, const Token& t);

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_CUE_LEXICON_H_
