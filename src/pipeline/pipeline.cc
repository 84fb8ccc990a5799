#include "hearsay/pipeline.h"

#include "attribution/attribution_annotator.h"
#include "attribution/attribution_model.h"
#include "tagger/model_search.h"
#include "quantity/quantity_annotator.h"
#include "tagger/entity_clusters.h"
#include "tagger/ner_tagger.h"
#include "tagger/place_linker.h"
#include "tagger/pos_tagger.h"
#include "tagger/tagger_models.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay {

Result<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  Pipeline pipeline;
  pipeline.Add(std::make_unique<Tokenizer>());
  pipeline.Add(std::make_unique<SentenceSplitter>());
  // Tagging: models found on the model search path (src/tagger/model_search.h).
  Result<std::shared_ptr<const internal::TaggerModels>> models = internal::TaggerModels::Load(options.model_dir);
  if (!models.ok()) return models.status();
  pipeline.Add(std::make_unique<internal::PosTagger>(*models));
  pipeline.Add(std::make_unique<internal::NerTagger>(*models));
  pipeline.Add(std::make_unique<internal::EntityClusters>(&(*models)->gazetteer()));
  pipeline.Add(std::make_unique<internal::PlaceLinker>(&(*models)->gazetteer()));
  // Attribution: rules and the learned model (attribution.model on the same path).
  Result<std::string> attribution_path = internal::FindModelFile("attribution.model", options.model_dir);
  if (!attribution_path.ok()) return attribution_path.status();
  Result<std::shared_ptr<const internal::AttributionModel>> attribution =
      internal::AttributionModel::Load(*attribution_path);
  if (!attribution.ok()) return attribution.status();
  pipeline.Add(std::make_unique<AttributionAnnotator>(*attribution));  // after tagging: reads entities
  pipeline.Add(std::make_unique<QuantityAnnotator>());  // last: reads entities and attributions
  return pipeline;
}

}  // namespace hearsay
