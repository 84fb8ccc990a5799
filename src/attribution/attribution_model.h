// AttributionModel: the learned half of attribution -- which words are cues
// the lexicon and rules do not know, and where a reported clause ends.
//
// PolNeAR annotates stance, action and state verbs as cues ("attacked
// Machado", "wants to sign up 5 million people", "is seizing on recent
// comments") as well as speech verbs. No lexicon of speech verbs finds them,
// and their contents are often a noun phrase or an infinitive, not a clause.
// Two averaged perceptrons (see tagger/averaged_perceptron.h) trained on
// PolNeAR train by `hearsay train attribution` cover that:
//
//   cue   a binary classifier over the verb tokens the rules leave (not in
//         an attribution they found): is this word an attribution cue? Features: the word, its lemma (lexicon or suffix-stripped), its
//         lexicon class, the POS tags and words around, what follows ("that",
//         "to", a quote mark), and the subject the source reader finds before it.
//   end   a ranker over the end of a content that starts right after its cue:
//         every token boundary from the start to the end of the sentence is a
//         candidate; features of the words and tags on either side, length and
//         commas crossed, conjoined with the cue's lemma and the first word.
//
// The rules (quote_attributor, reported_speech) run first; the model adds
// attributions at verbs the rules left, and sources are read and resolved by
// the same rules as everywhere else (a passive with a "by" agent takes the
// subject as content and the agent as source). On PolNeAR dev this lifts
// content F1 from 0.604 (rules) to 0.663 (models/MODELS.md).
//
// Stored in a ModelFile of kind "attribution" with sections "meta" (how it
// was trained, dev scores), "cue" and "end" (Perceptrons), and "selftest"
// (feature vectors and the scores they had when saved; Load re-scores them
// and refuses the model on any difference).
//
//   Result<std::shared_ptr<const AttributionModel>> m = AttributionModel::Load("models/attribution.model");
//   int32_t s = (*m)->CueScore(ctx, token);
//
// Immutable after loading; thread-safe.
#ifndef HEARSAY_ATTRIBUTION_ATTRIBUTION_MODEL_H_
#define HEARSAY_ATTRIBUTION_ATTRIBUTION_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "hearsay/status.h"
#include "tagger/model_file.h"
#include "tagger/perceptron.h"

namespace hearsay::internal {

struct AttributionContext;
struct Candidate;
class AttributionModel;

// Appends an attribution for every cue the model finds at a verb that no
// attribution in `out` covers, with a subject before it as the source and the
// content from the word after it to the end the model ranks best.
void FindLearnedAttributions(AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* out);

// Moves the end of each rule-made reported content that starts right after its
// cue to the end the model ranks best, when that is earlier: the rules run a
// clause to the end of its sentence, PolNeAR's contents stop before trailing
// adjuncts and coordinated verb phrases ("... at a rally on Monday", "and defended").
void RefineContentEnds(const AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* cands);

// Where the content of the verb cue at `cue` starts when `b` (the token after it) opens the verb's
// particle, preposition or light-verb noun: the first token after them, else `b`.
uint32_t SkipCueComplement(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t limit);

// "X said A and defended B": a verb after "and"/"but" inside a rule-made content that the cue
// model takes for a cue ends that content and starts an attribution of its own, same source.
void SplitCoordinatedCues(AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* cands);

// At most this many features per instance.
inline constexpr size_t kMaxAttributionFeatures = 64;

// True if token `i` of `ctx` is a word the cue model scores: a verb by the POS
// tags (or, without tags, any lower-case word), outside quotation marks.
bool IsCueCandidate(const AttributionContext& ctx, uint32_t i);
// Writes the cue features of token `i` to `out` (kMaxAttributionFeatures); returns how many.
size_t CueFeatures(const AttributionContext& ctx, uint32_t i, uint64_t* out);
// Writes the features of a content [b, e) after the cue at `cue` to `out`;
// `limit` is where the sentence's content ends. Returns how many.
size_t EndFeatures(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t e, uint32_t limit,
                   uint64_t* out);
// A lemma for token `i`: the cue lexicon's, else the lower-cased word without -s/-ed/-ing.
std::string CueLemma(const AttributionContext& ctx, uint32_t i);

class AttributionModel {
 public:
  AttributionModel(Perceptron cue, Perceptron end, std::string meta)
      : cue_(std::move(cue)), end_(std::move(end)), meta_(std::move(meta)) {}

  static Result<std::shared_ptr<const AttributionModel>> Load(const std::string& path);
  static Result<std::shared_ptr<const AttributionModel>> FromFile(const ModelFile& file, const std::string& name);
  // A ModelFile holding this model, `meta` and a self-test made of `selftest` feature vectors.
  ModelFile ToFile(const std::vector<std::vector<uint64_t>>& selftest) const;

  // The cue score of token `i` (> 0: a cue).
  int32_t CueScore(const AttributionContext& ctx, uint32_t i) const;
  // The best end of a content starting at `b` after the cue at `cue`, in (b, limit].
  uint32_t BestEnd(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t limit) const;
  // The end ranker's score of the content [b, e) (higher: a likelier end).
  int32_t EndScore(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t e, uint32_t limit) const;

  const Perceptron& cue() const { return cue_; }
  const Perceptron& end() const { return end_; }
  const std::string& meta() const { return meta_; }
  size_t MemoryBytes() const { return cue_.MemoryBytes() + end_.MemoryBytes(); }

  // Longest content the end ranker considers, in tokens.
  static constexpr uint32_t kMaxContent = 80;

 private:
  Perceptron cue_;
  Perceptron end_;
  std::string meta_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_ATTRIBUTION_MODEL_H_
