// Pipeline: the list of annotators that reads a Document.
//
// Each annotator has one job (tokenize, split sentences, tag, find quotes,
// read figures ...) and adds its annotations to the Document. The default
// pipeline runs them all in data-flow order:
//
//   auto pipeline = hearsay::Pipeline::Create();
//   if (!pipeline.ok()) return Fail(pipeline.status());
//   pipeline->Annotate(doc);
//
// A Pipeline and its annotators are immutable once built and may be shared by
// any number of threads, each annotating its own Documents.
#ifndef HEARSAY_PIPELINE_H_
#define HEARSAY_PIPELINE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

// One step of the pipeline. Implementations must be thread-safe for concurrent
// Annotate calls on distinct Documents, and must not fail on odd text.
class Annotator {
 public:
  virtual ~Annotator() = default;
  virtual std::string_view name() const = 0;
  virtual void Annotate(Document& doc) const = 0;
};

struct PipelineOptions {
  // Reserved for the annotators that load models: where to look for them.
  std::string model_dir;
};

class Pipeline {
 public:
  // Builds the default pipeline: tokenizer, then sentence and paragraph splitter,
  // then the annotators later stages add. Fails only if a model cannot be loaded.
  static Result<Pipeline> Create(const PipelineOptions& options = {});

  // An empty pipeline, for tests and custom assemblies.
  Pipeline() = default;
  void Add(std::unique_ptr<Annotator> annotator) { annotators_.push_back(std::move(annotator)); }

  // Runs every annotator on `doc` in order.
  void Annotate(Document& doc) const {
    for (const auto& a : annotators_) a->Annotate(doc);
  }

  const std::vector<std::unique_ptr<Annotator>>& annotators() const { return annotators_; }

 private:
  std::vector<std::unique_ptr<Annotator>> annotators_;
};

}  // namespace hearsay

#endif  // HEARSAY_PIPELINE_H_
