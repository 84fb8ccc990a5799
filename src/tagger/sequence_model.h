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

// Scratch space for tagging, reused across sentences by one thread.
struct TaggerScratch {
  FeatureScratch features;
  std::vector<uint64_t> feats;        // static features of every word, kMaxFeatures apart
  std::vector<uint32_t> feat_counts;  // how many each word has
  std::vector<uint64_t> dynamic;
};

// A TaggerSentence that owns its words (self-tests, training data).
struct OwnedSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> gazetteer;
  std::vector<uint8_t> pos;
  bool all_caps = false;
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

 private:
  int n_;
  std::vector<bool> allowed_;
  std::vector<bool> can_end_;
};

// Greedy decoding shared by the tagger and the trainer: `score(i, prev1,
// prev2, feats, n, scores)` fills scores for word i.
template <typename ScoreT, typename ScoreFn>
void GreedyDecode(size_t n, int num_labels, const LabelTransitions& transitions, ScoreFn&& score,
                  std::vector<uint8_t>* labels) {
  labels->resize(n);
  ScoreT scores[Perceptron::kMaxClasses];
  for (size_t i = 0; i < n; ++i) {
    const int prev1 = i >= 1 ? (*labels)[i - 1] : -1;
    const int prev2 = i >= 2 ? (*labels)[i - 2] : -1;
    for (int c = 0; c < num_labels; ++c) scores[c] = 0;
    score(i, prev1, prev2, scores);
    int best = -1;
    for (int c = 0; c < num_labels; ++c) {
      if (!transitions.Allowed(prev1, c)) continue;
      if (i + 1 == n && !transitions.CanEnd(c)) continue;
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    (*labels)[i] = static_cast<uint8_t>(best < 0 ? 0 : best);
  }
}

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

  const std::vector<std::string>& labels() const { return labels_; }
  FeatureSet feature_set() const { return features_.set(); }
  const Perceptron& perceptron() const { return perceptron_; }
  const std::string& meta() const { return meta_; }

 private:
  FeatureExtractor features_;
  std::vector<std::string> labels_;
  LabelTransitions transitions_;
  Perceptron perceptron_;
  std::string meta_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_SEQUENCE_MODEL_H_
