// SourcePhrase: reads the phrase that names who said something -- "he",
// "Mr Miller", "State Department spokesperson Matthew Miller", "Jeon Ha-kyou,
// a spokesperson for Seoul's defence ministry", "officials familiar with the
// matter" -- and splits it into a name, a role and an affiliation.
//
// Design: without a parser, a source is found by scanning tokens from a cue:
// backwards for "X said" (over auxiliaries, adverbs and time phrases such as
// "has also", "on Monday"), forwards for "said X". A phrase runs until a
// barrier: punctuation, a clause word (that, who, when, because), a verb
// form of the cue lexicon, or a length cap; commas are crossed only to take an
// apposition ("Name, a role for Org,"). When NER entities are present they
// decide person versus organisation; otherwise capitalisation, titles and the
// word classes of data/source_words.tsv do.
//
// Thread-safe: a SourcePhraseReader only reads the Document.
#ifndef HEARSAY_ATTRIBUTION_SOURCE_PHRASE_H_
#define HEARSAY_ATTRIBUTION_SOURCE_PHRASE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attribution/cue_lexicon.h"
#include "hearsay/document.h"

namespace hearsay::internal {

enum class SourceKind : uint8_t {
  kName,         // a proper name: "Mathew Miller", "Mr Miller", "South Korea"
  kPronoun,      // he, she, they, it, we, I
  kDescription,  // "a State Department spokesperson", "officials", "the ministry"
};

struct SourcePhrase {
  SourceKind kind = SourceKind::kDescription;
  uint32_t begin = 0, end = 0;  // token range of the mention
  Span mention;
  uint32_t name_begin = 0, name_end = 0;  // token range of the proper name (kName), title stripped
  bool titled = false;      // the name came after a personal title (Mr, Gen., President)
  bool plural = false;      // officials, they, "Moscow and Pyongyang"
  bool definite = false;    // starts with "the" (or a possessive)
  bool indefinite = false;  // starts with "a"/"an"
  bool person = false;      // the phrase denotes a person (a name of a person, or a person role)
  bool org = false;         // an organisation, country, outlet or document
  std::string description;  // the mention without a leading determiner, for descriptions
  std::string head;         // lower-case head word of a description ("spokesperson", "ministry")
  std::string role;         // "spokesperson", "President", "head of the ... department"
  std::string affiliation;  // "Seoul's defence ministry", "State Department", "Ukraine"
};

class SourcePhraseReader {
 public:
  // `lower` holds the lower-cased normalized form of every token of `doc`.
  SourcePhraseReader(const Document& doc, const std::vector<std::string>& lower);
  // Computes per-token word classes from each token's WordInfo; call once `lower` is filled.
  void Prepare(const std::vector<const WordInfo*>& info);
  // SourceWordBits of token `i`.
  uint8_t Bits(uint32_t i) const { return bits_[i]; }

  // The source phrase that ends just before the cue at token `cue` (after
  // auxiliaries, adverbs and time phrases), starting no earlier than `limit`.
  std::optional<SourcePhrase> Before(uint32_t cue, uint32_t limit) const;

  // The source phrase that starts at token `from`, ending before `limit`
  // ("said Stephane Dujarric, the UN chief's spokesperson").
  std::optional<SourcePhrase> After(uint32_t from, uint32_t limit) const;

  // The tokens [begin, end) read as a source phrase even when its head is no word the reader
  // trusts as a source -- for a slot that can only hold one: "according to figures".
  std::optional<SourcePhrase> Phrase(uint32_t begin, uint32_t end) const { return Build(begin, end, 0, 0, true); }

  // Skips, from token `i` forward, what may stand between a cue and its
  // content or source: time phrases, "in a statement", "told reporters";
  // returns the first token after them (not past `limit`).
  uint32_t SkipAdjuncts(uint32_t i, uint32_t limit) const;

  // True if token `i` is the subject pronoun or phrase word `w`.
  bool Is(uint32_t i, std::string_view w) const { return lower_[i] == w; }
  bool IsComma(uint32_t i) const { return lower_[i] == ","; }

  // False when the cue word at `cue` cannot be a verb after `subject`: a bare
  // form ("report", "post") after a singular noun phrase is a noun ("a media
  // report", "in a Telegram post").
  bool AgreesAsVerb(const SourcePhrase& subject, uint32_t cue, const CueEntry& entry) const;

  // Token range [begin, end) of the phrase with determiners and a title
  // stripped; used by the resolver to read a name.
  std::string TextOf(uint32_t begin, uint32_t end) const;

 private:
  bool Barrier(uint32_t i) const;
  bool SkippableBeforeCue(uint32_t i, uint32_t limit, uint32_t* skip) const;
  uint32_t ScanBack(uint32_t end, uint32_t limit, uint32_t max_tokens = 13) const;
  uint32_t ScanForward(uint32_t from, uint32_t limit, bool apposition) const;
  // The first word of a parenthetical adverbial between commas that ends at the comma `comma`
  // (", for example,", ", however,"), or `comma` if there is none.
  uint32_t ParentheticalBefore(uint32_t comma, uint32_t limit) const;
  // The start of an apposition ending at `end` that holds a role word and no verb, running back to a
  // comma over words ScanBack stops at ("a senior adviser to Mr. Sanders"); `end` if there is none.
  uint32_t AppositionBack(uint32_t end, uint32_t limit) const;
  bool LooksLikeName(uint32_t begin, uint32_t end) const;
  bool LooksLikeRolePhrase(uint32_t begin, uint32_t end) const;
  std::optional<SourcePhrase> Build(uint32_t begin, uint32_t end, uint32_t appos_begin, uint32_t appos_end,
                                    bool any_head = false) const;
  void ReadRole(uint32_t begin, uint32_t end, SourcePhrase* p) const;
  bool Noun(uint32_t i) const;

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const std::vector<std::string>& lower_;
  std::vector<uint8_t> bits_;
  std::vector<uint8_t> barrier_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_SOURCE_PHRASE_H_
