#include "tagger/tagger_models.h"

#include <map>
#include <mutex>

#include "tagger/model_search.h"

namespace hearsay::internal {

Result<std::shared_ptr<const TaggerModels>> TaggerModels::Load(const std::string& model_dir) {
  Result<std::string> pos_path = FindModelFile("pos.model", model_dir);
  if (!pos_path.ok()) return pos_path.status();
  Result<std::string> ner_path = FindModelFile("ner.model", model_dir);
  if (!ner_path.ok()) return ner_path.status();
  Result<std::string> gaz_path = FindModelFile("gazetteer.tsv", model_dir);
  if (!gaz_path.ok()) return gaz_path.status();
  Result<std::string> clusters_path = FindModelFile("word_clusters.tsv", model_dir);
  if (!clusters_path.ok()) return clusters_path.status();
  Result<std::string> lexicon_path = FindModelFile("word_lexicon.tsv", model_dir);
  if (!lexicon_path.ok()) return lexicon_path.status();

  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const TaggerModels>>* cache =
      new std::map<std::string, std::weak_ptr<const TaggerModels>>();
  const std::string key = *pos_path + "\n" + *ner_path + "\n" + *gaz_path + "\n" + *clusters_path + "\n" + *lexicon_path;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache->find(key); it != cache->end()) {
    if (std::shared_ptr<const TaggerModels> cached = it->second.lock()) return cached;
  }

  std::shared_ptr<TaggerModels> m(new TaggerModels());
  Result<WordClusters> clusters = WordClusters::Load(*clusters_path);
  if (!clusters.ok()) return clusters.status();
  m->clusters_ = std::make_unique<WordClusters>(std::move(*clusters));
  Result<WordLexicon> lexicon = WordLexicon::Load(*lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  m->lexicon_ = std::make_unique<WordLexicon>(std::move(*lexicon));
  Result<Gazetteer> gazetteer = Gazetteer::Load(*gaz_path);
  if (!gazetteer.ok()) return gazetteer.status();
  m->gazetteer_ = std::make_unique<Gazetteer>(std::move(*gazetteer));
  Result<SequenceModel> pos = SequenceModel::Load(*pos_path, "pos-tagger", m->clusters_.get(), m->lexicon_.get());
  if (!pos.ok()) return pos.status();
  m->pos_ = std::make_unique<SequenceModel>(std::move(*pos));
  Result<SequenceModel> ner = SequenceModel::Load(*ner_path, "ner-tagger", m->clusters_.get(), m->lexicon_.get());
  if (!ner.ok()) return ner.status();
  m->ner_ = std::make_unique<SequenceModel>(std::move(*ner));
  (*cache)[key] = m;
  return std::shared_ptr<const TaggerModels>(std::move(m));
}

size_t TaggerModels::MemoryBytes() const {
  return clusters_->MemoryBytes() + lexicon_->MemoryBytes() + gazetteer_->MemoryBytes() + pos_->perceptron().MemoryBytes() +
         ner_->perceptron().MemoryBytes();
}

}  // namespace hearsay::internal
