// SequenceModel: a trained tagger -- labels, features and perceptron -- and
// its greedy left-to-right decoder.
//
// Decoding is greedy: each word gets the best-scoring label given the words
// around it and the labels already chosen for the two words before it. With
// the averaged perceptron this is within a few tenths of Viterbi accuracy for
// POS and NER, at a fraction of the cost. For BILOU label sets (NER), labels
// that would break an entity (I-PER after O, B-LOC at the end) are never
// chosen, so every output decodes to well-formed spans.
//
// Tagging looks up as few features as it can without changing a label: the
// features of a word's own form are scored once per word and kept
// (WordScoreCache), those of the previous tags alone once per model
// (history_scores_), and NER tags plain words -- punctuation, lower-case
// dictionary words -- O unscored outside a name (PlainWordRule).
//
// Stored in a ModelFile (model_file.h) with sections:
//   "meta"     key=value lines: how it was trained, on what, its dev score
//   "labels"   u8 feature set, varint count, label strings
//   "weights"  the Perceptron
//   "clusters" u64 checksum of the word clusters it was trained with (0: none);
//              Load refuses other clusters
//   "lexicon"  u64 checksum of the word lexicon it was trained with; absent
//              (format of 2026-11) or 0: none. Load refuses another lexicon
//   "selftest" a few sentences (words and their gazetteer and POS context) and
//              the labels the model gave them when it was saved; Load re-tags them and refuses the model on any
//              difference (a feature-hash change, a corrupt weight)
//
//   Result<SequenceModel> pos = SequenceModel::Load("models/pos.model", "pos-tagger");
//   TaggerScratch scratch;
//   pos->Tag(sentence, &scratch, &labels);
//
// Immutable after loading; Tag is thread-safe (scratch belongs to the caller).
#ifndef HEARSAY_TAGGER_SEQUENCE_MODEL_H_
#define HEARSAY_TAGGER_SEQUENCE_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"
#include "tagger/features.h"
#include "tagger/model_file.h"
#include "tagger/perceptron.h"
#include "tagger/word_clusters.h"
#include "tagger/word_lexicon.h"

namespace hearsay::internal {

// The scores of one model's word features (FeatureExtractor::WordFeatures)
// for recently seen words, with the word attributes the other features read.
// Most running words are frequent words seen a moment ago, so most words
// skip preparing their attributes and a third of their feature lookups.
// Two-way set-associative by the word's hash (ScoreWords).
// Scores are exact int32 sums, so tagging gives the same labels with it.
struct WordScoreCache {
  // 16,384 words, 2 MB a model and thread. In one pass over the 76,509
  // words of the dev sets, from empty, POS+NER took 520 M instructions with
  // 2,048 slots, 471 M with 8,192, 446 M with 16,384 and 426 M with 32,768
  // (callgrind; direct-mapped), and missed the 1 MB L2 cache less often, not more
  // (1.97, 1.75, 1.62, 1.51 M times): a missed word costs its attributes and
  // ~17 feature lookups, a slot held in the L3 cache one line.
  static constexpr size_t kSlots = 16384;
  static constexpr size_t kMaxClasses = 22;  // more: the model tags uncached
  struct alignas(64) Entry {  // two cache lines
    uint64_t word = 0;  // FNV-1a of the word (0: empty)
    uint64_t lower, short_shape, suffix3;
    uint32_t cluster;
    uint16_t lexicon;
    uint8_t flags;
    int32_t scores[kMaxClasses];
  };
  uint64_t model_id = 0;  // the model whose scores these are (0: none)
  std::vector<Entry> entries;
};

// Scratch space for tagging, reused across sentences by one thread.
struct TaggerScratch {
  FeatureScratch features;
  std::vector<uint64_t> feats;        // context features of every word, kMaxFeatures apart
  std::vector<uint32_t> feat_counts;  // how many each word has
  // Each word's static scores, classes apart: its WordScoreCache scores, to
  // which Tag adds those of its context features. After Tag, the static
  // scores of the sentence's words (what Retag needs).
  std::vector<int32_t> static_scores;
  std::vector<uint64_t> dynamic;
  // Two: a POS and a NER model share a scratch. Each model finds its own by
  // id; a third model takes the one filled longer ago.
  WordScoreCache caches[2];
  int older_cache = 0;
  // Forgets every cached word (benchmarks: each pass over a text as new).
  void ClearWordCaches() {
    for (WordScoreCache& c : caches) c.model_id = 0;
  }
};

// A TaggerSentence that owns its words (self-tests, training data).
struct OwnedSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> gazetteer;
  std::vector<uint8_t> pos;
  bool all_caps = false;
  bool headline = false;
  TaggerSentence View() const;
};

// Which label may follow which: all pairs for plain tag sets; for BILOU sets
// (B-X I-X L-X U-X O) only those that keep entities well formed.
class LabelTransitions {
 public:
  explicit LabelTransitions(const std::vector<std::string>& labels);
  // `prev` is -1 at the start of a sentence.
  bool Allowed(int prev, int cur) const { return allowed_[(prev + 1) * n_ + cur]; }
  // True if a sentence may end after `label`.
  bool CanEnd(int label) const { return can_end_[label]; }
  // The labels allowed after `prev` (-1: none), in increasing order; with
  // `last`, only those a sentence may end with. The decoder's argmax runs
  // over these (after O, 9 of NER's 17 labels; inside a name, 2).
  struct Choices {
    const uint8_t* labels;
    int count;
  };
  Choices After(int prev, bool last) const {
    const size_t k = static_cast<size_t>(prev + 1) * 2 + (last ? 1 : 0);
    return {choices_.data() + choice_begin_[k], static_cast<int>(choice_begin_[k + 1] - choice_begin_[k])};
  }

 private:
  int n_;
  std::vector<uint8_t> allowed_;  // bytes, not vector<bool>: read for every label of every word
  std::vector<uint8_t> can_end_;
  std::vector<uint8_t> choices_;         // the lists of After, one after the other
  std::vector<uint32_t> choice_begin_;   // where each (prev, last) list starts; one more at the end
};

// Greedy decoding shared by the tagger and the trainer: `score(i, prev1,
// prev2, scores)` fills scores for word i; `fixed(i, prev1)` may give word
// i's label without scoring it (-1: score it).
template <typename ScoreT, typename ScoreFn, typename FixedFn>
void GreedyDecode(size_t n, int num_labels, const LabelTransitions& transitions, ScoreFn&& score, FixedFn&& fixed,
                  std::vector<uint8_t>* labels) {
  labels->resize(n);
  ScoreT scores[Perceptron::kMaxClasses];
  for (size_t i = 0; i < n; ++i) {
    const int prev1 = i >= 1 ? (*labels)[i - 1] : -1;
    const int prev2 = i >= 2 ? (*labels)[i - 2] : -1;
    const int given = fixed(i, prev1);
    if (given >= 0) {
      (*labels)[i] = static_cast<uint8_t>(given);
      continue;
    }
    for (int c = 0; c < num_labels; ++c) scores[c] = 0;
    score(i, prev1, prev2, scores);
    const LabelTransitions::Choices choices = transitions.After(prev1, i + 1 == n);
    int best = -1;
    for (int k = 0; k < choices.count; ++k) {
      const int c = choices.labels[k];
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    (*labels)[i] = static_cast<uint8_t>(best < 0 ? 0 : best);
  }
}

template <typename ScoreT, typename ScoreFn>
void GreedyDecode(size_t n, int num_labels, const LabelTransitions& transitions, ScoreFn&& score,
                  std::vector<uint8_t>* labels) {
  GreedyDecode<ScoreT>(n, num_labels, transitions, score, [](size_t, int) { return -1; }, labels);
}

// Which words the NER decoder tags O without scoring them: plain words
// (kPlainWordFlag) where no name is open before them. For BILOU label sets
// with an "O" label only; else none.
class PlainWordRule {
 public:
  PlainWordRule(const std::vector<std::string>& labels, FeatureSet set);
  bool on() const { return outside_ >= 0; }
  // Word i's label if the rule gives one, else -1. `flags` are FeatureScratch::flags.
  int Label(const std::vector<uint8_t>& flags, size_t i, int prev1) const {
    if (outside_ < 0 || (flags[i] & kPlainWordFlag) == 0) return -1;
    return prev1 >= 0 && open_[prev1] ? -1 : outside_;
  }

 private:
  int outside_ = -1;        // the O label
  std::vector<bool> open_;  // per label: B-X or I-X, a name that must go on
};

class SequenceModel {
 public:
  // `clusters` and `lexicon` may be null; if not, they must outlive the model.
  SequenceModel(FeatureSet set, std::vector<std::string> labels, Perceptron perceptron,
                const WordClusters* clusters, const WordLexicon* lexicon = nullptr);

  // Loads the model at `path`, checking its kind ("pos-tagger", "ner-tagger"),
  // that `clusters` and `lexicon` are the ones it was trained with, and its
  // self-test.
  static Result<SequenceModel> Load(const std::string& path, std::string_view kind, const WordClusters* clusters,
                                    const WordLexicon* lexicon = nullptr);
  static Result<SequenceModel> FromFile(const ModelFile& file, const std::string& name, std::string_view kind,
                                        const WordClusters* clusters, const WordLexicon* lexicon = nullptr);

  // A ModelFile holding this model, `meta` and `selftest` sentences (tagged
  // now; Load re-checks them).
  ModelFile ToFile(std::string_view kind, const std::string& meta, const std::vector<OwnedSentence>& selftest) const;

  // Labels the words of `s` (indices into labels()).
  void Tag(const TaggerSentence& s, TaggerScratch* scratch, std::vector<uint8_t>* out) const;
  // Labels the words of `s` again, now with the document features of
  // s.document (the second NER pass, DocumentPass), from the static scores
  // Tag left for the same sentence: only the features that changed are
  // looked up.
  void Retag(const TaggerSentence& s, const int32_t* static_scores, TaggerScratch* scratch,
             std::vector<uint8_t>* out) const;
  // The same labels, without the word score cache and the tag-pair table:
  // every feature looked up, as the trainer scores them (tests compare).
  void TagUncached(const TaggerSentence& s, TaggerScratch* scratch, std::vector<uint8_t>* out) const;

  const std::vector<std::string>& labels() const { return labels_; }
  FeatureSet feature_set() const { return features_.set(); }
  const Perceptron& perceptron() const { return perceptron_; }
  const std::string& meta() const { return meta_; }

 private:
  FeatureExtractor features_;
  std::vector<std::string> labels_;
  LabelTransitions transitions_;
  PlainWordRule plain_;
  // Fills static_scores and the attributes in scratch->features for the words
  // of `s`, from the cache where it knows them.
  void ScoreWords(const TaggerSentence& s, TaggerScratch* scratch) const;

  Perceptron perceptron_;
  std::string meta_;
  uint64_t id_;  // unique per constructed model: keys WordScoreCache
  // Scores of the tag-history features (TagHistoryFeatures) for every
  // (previous tag, tag before) pair, tags + 1 (0: none) each.
  std::vector<int32_t> history_scores_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_SEQUENCE_MODEL_H_
