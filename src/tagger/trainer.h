// Trainer: learns a SequenceModel from a labelled corpus (see hearsay/train.h
// for the public entry point, TrainTagger).
//
// Each epoch visits the training sentences in an order shuffled by a seeded
// splitmix64 generator (not std::shuffle, whose results differ between
// standard libraries) -- for NER, whole documents are shuffled and their
// sentences kept in order, so that the prediction history (see
// prediction_history.h) builds up as it does at run time -- tags each one greedily with the current weights --
// using the predicted, not the gold, previous labels, as at run time -- and
// updates the averaged perceptron on every mistake. After each epoch the
// averaged model is scored on dev. The last epoch's model, pruned, is saved.
//
// Not thread-safe.
#ifndef HEARSAY_TAGGER_TRAINER_H_
#define HEARSAY_TAGGER_TRAINER_H_

#include <array>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "hearsay/train.h"
#include "tagger/averaged_perceptron.h"
#include "tagger/corpus_reader.h"
#include "tagger/gazetteer.h"
#include "tagger/sequence_model.h"

namespace hearsay::internal {

// Labelled sentences ready for training: words, context, gold label indices.
struct TrainingSet {
  std::vector<OwnedSentence> sentences;
  std::vector<std::vector<uint8_t>> gold;
  std::vector<size_t> document;  // per sentence; a document's sentences are consecutive
};

class Trainer {
 public:
  // `clusters` and `lexicon` (may be null) must outlive the trainer and its models.
  Trainer(FeatureSet set, std::vector<std::string> labels, const WordClusters* clusters,
          const WordLexicon* lexicon = nullptr)
      : set_(set), labels_(std::move(labels)), clusters_(clusters), lexicon_(lexicon) {}

  // Runs `epochs` epochs over `train`, scoring `dev` (may be empty) after each
  // one on `log`; returns the averaged model pruned by `prune`. With `runs`
  // > 1, trains that many times (seeds seed, seed + 1, ...) and averages the
  // runs' weights into one model.
  SequenceModel Train(const TrainingSet& train, const TrainingSet& dev, int epochs, uint64_t seed,
                      const PruneOptions& prune, std::ostream& log, int runs = 1) const;

  // Labels of every sentence of `data` as tagging gives them: NER document
  // by document, with the history, case evidence and (`document_pass`) the
  // second pass.
  std::vector<std::vector<uint8_t>> TagAll(const SequenceModel& model, const TrainingSet& data,
                                           bool document_pass) const;

  // Token accuracy (POS) or exact-span F1 (BILOU labels) of `model` on `data`,
  // in [0, 1]; `detail` gets a one-line breakdown.
  double Score(const SequenceModel& model, const TrainingSet& data, std::string* detail) const;

  const std::vector<std::string>& labels() const { return labels_; }
  // NER: trains and scores with the second, document-level pass (DocumentPass).
  void set_document_pass(bool on) { document_pass_ = on; }

 private:
  // One run: the averaged weights, unpruned, sorted by feature hash.
  std::vector<std::pair<uint64_t, std::vector<float>>> TrainRun(const TrainingSet& train, const TrainingSet& dev,
                                                                int epochs, uint64_t seed, std::ostream& log) const;

  // Adds sentence si's labels to the counts Score reports.
  void Count(size_t si, const std::vector<uint8_t>& predicted, const TrainingSet& data, size_t* tokens,
             size_t* correct, std::map<std::string, std::array<size_t, 3>>* per_type) const;

  FeatureSet set_;
  std::vector<std::string> labels_;
  const WordClusters* clusters_;
  const WordLexicon* lexicon_;
  bool document_pass_ = false;
};

// Turns corpus sentences into a TrainingSet with `labels` (unknown tags map
// to label 0); `gazetteer` (may be null) marks NER gazetteer words and
// `pos_model` (may be null) gives NER its POS context.
TrainingSet MakeTrainingSet(const std::vector<LabeledSentence>& corpus, const std::vector<std::string>& labels,
                            const Gazetteer* gazetteer, const SequenceModel* pos_model = nullptr);

// Maps a POS model's label indices to PartOfSpeech values (X for unknown labels).
std::vector<uint8_t> UposOfLabels(const std::vector<std::string>& labels);

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_TRAINER_H_
