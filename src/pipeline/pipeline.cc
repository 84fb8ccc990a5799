#include "hearsay/pipeline.h"

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay {

Result<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  (void)options;  // model_dir is read by the model-backed annotators
  Pipeline pipeline;
  pipeline.Add(std::make_unique<Tokenizer>());
  pipeline.Add(std::make_unique<SentenceSplitter>());
  return pipeline;
}

}  // namespace hearsay
