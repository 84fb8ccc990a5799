// TaggerModels: everything the tagging annotators load, loaded once.
//
// Finds pos.model, ner.model, word_clusters.tsv, word_lexicon.tsv and gazetteer.tsv on the model
// search path (model_search.h), loads and checks them, and keeps them in one
// immutable bundle that the POS tagger, NER tagger, entity clusterer and
// place linker share. Loads are cached per process by file path, so building
// many pipelines costs one load.
//
//   Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load("");
//   if (!m.ok()) return m.status();   // "model file pos.model not found (looked in ...)"
//
// Thread-safe: Load may be called from any thread; the bundle is immutable.
#ifndef HEARSAY_TAGGER_TAGGER_MODELS_H_
#define HEARSAY_TAGGER_TAGGER_MODELS_H_

#include <memory>
#include <string>

#include "hearsay/status.h"
#include "tagger/gazetteer.h"
#include "tagger/sequence_model.h"
#include "tagger/word_clusters.h"
#include "tagger/word_lexicon.h"

namespace hearsay::internal {

class TaggerModels {
 public:
  // Loads (or returns the cached) models found first in `model_dir`, then on
  // the rest of the search path.
  static Result<std::shared_ptr<const TaggerModels>> Load(const std::string& model_dir);

  const SequenceModel& pos() const { return *pos_; }
  const SequenceModel& ner() const { return *ner_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const WordClusters& clusters() const { return *clusters_; }
  const WordLexicon& lexicon() const { return *lexicon_; }
  // Approximate bytes held by all the models.
  size_t MemoryBytes() const;

 private:
  TaggerModels() = default;
  // Pointers, so that the models' references to clusters stay valid.
  std::unique_ptr<WordClusters> clusters_;
  std::unique_ptr<WordLexicon> lexicon_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<SequenceModel> pos_;
  std::unique_ptr<SequenceModel> ner_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_TAGGER_MODELS_H_
