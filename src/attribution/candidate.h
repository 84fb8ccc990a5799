// What the attribution finders share: per-document context (lower-cased
// tokens, token -> sentence/paragraph maps, which tokens lie inside quotes)
// and the Candidate attribution they produce before sources are resolved.
#ifndef HEARSAY_ATTRIBUTION_CANDIDATE_H_
#define HEARSAY_ATTRIBUTION_CANDIDATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attribution/cue_lexicon.h"
#include "attribution/quote_finder.h"
#include "attribution/source_phrase.h"
#include "hearsay/document.h"

namespace hearsay::internal {

constexpr uint32_t kNoIndex = 0xFFFFFFFFu;

// Per-document facts every finder needs; built once per Annotate call.
struct AttributionContext {
  explicit AttributionContext(const Document& doc);

  const Document& doc;
  std::vector<std::string> lower;         // lower-cased normalized form of each token
  std::vector<const WordInfo*> info;      // what the lexicons know of each token (or nullptr)
  std::vector<uint32_t> sentence_of;      // token -> sentence index
  std::vector<uint32_t> paragraph_of;     // sentence -> paragraph index
  std::vector<uint32_t> quote_of;         // token -> index into quotes of the segment it lies in (content or mark), or kNoIndex
  std::vector<QuoteSegment> quotes;
  std::vector<bool> cue_used;             // token already serves as a cue
  SourcePhraseReader reader;

  // Token range [begin, end) of sentence `s`.
  uint32_t SentenceBegin(uint32_t s) const { return doc.sentences()[s].token_begin; }
  uint32_t SentenceEnd(uint32_t s) const { return doc.sentences()[s].token_end; }
  // A verb that names rather than reports ("a group called Stop Hillary", "so-called", "now
  // called") or "found" with a reflexive ("found himself in ..."): no cue.
  bool NamesOrReflexive(uint32_t i) const;
  // One past the last token of sentence `s` that is not final punctuation.
  uint32_t ContentEnd(uint32_t begin, uint32_t end) const;
  uint32_t ParagraphOfToken(uint32_t t) const { return paragraph_of[sentence_of[t]]; }
  // False when the POS tagger ran and says token `t`, a cue of lemma `lemma` in its bare or
  // -s form ("the states", "a report", "his claims"), is a common noun. True when there are
  // no POS tags. (Vetoing every non-verb tag, or -ed forms, cost more recall than it gained
  // precision on PolNeAR dev.)
  bool MayBeVerb(uint32_t t, std::string_view lemma) const {
    const auto& pos = doc.pos_tags();
    if (pos.size() != doc.tokens().size() || pos[t] != PartOfSpeech::kNoun) return true;
    std::string_view w = lower[t];
    const bool bare_or_s = w == lemma || (w.size() == lemma.size() + 1 && w.back() == 's' && w.substr(0, lemma.size()) == lemma) ||
                           (w.size() == lemma.size() + 2 && w.substr(w.size() - 2) == "es" && w.substr(0, lemma.size()) == lemma);
    return !bare_or_s;
  }
};

struct Candidate {
  AttributionKind kind = AttributionKind::kIndirect;
  uint32_t content_begin = 0, content_end = 0;  // token range
  Span content;
  uint32_t cue_begin = kNoIndex, cue_end = kNoIndex;  // token range of the cue
  std::optional<SourcePhrase> source;
  uint32_t continues = kNoIndex;  // index of the candidate whose source this one shares (no cue of its own)
  uint32_t paragraph = 0;
  uint32_t quote_group = kNoIndex;
  uint32_t quote = kNoIndex;  // index into AttributionContext::quotes for a direct quote
  uint32_t extent_end = 0;  // one past the last token the attribution covers (content, cue, source)
  // "CLAUSE, X said.": a speech verb inside CLAUSE with its own source ("..., Trump said he would
  // win, his aide said") is a nested attribution; it does not cut this content.
  bool may_nest = false;
  // The text states no source ("Asked whether he would resign, ...", "the plan is expected to
  // fail", "the rally seemed to energize him"): resolution gives it an unnamed source.
  bool unstated_source = false;
  // A cue-less quote that lies inside another attribution's content ("he believes he, “may
  // represent change”"): it is that attribution's, not one of its own; not output.
  bool inside_other = false;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_CANDIDATE_H_
