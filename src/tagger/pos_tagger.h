// PosTagger: gives every token a Universal POS tag (Document::pos_tags()).
//
// Runs the POS SequenceModel (averaged perceptron, greedy decoding; trained
// on UD English EWT, see models/MODELS.md) over each sentence. Needs the
// tokenizer and sentence splitter to have run.
//
// Thread-safe: the model is immutable and scratch space is per thread.
#ifndef HEARSAY_TAGGER_POS_TAGGER_H_
#define HEARSAY_TAGGER_POS_TAGGER_H_

#include <memory>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/pipeline.h"
#include "tagger/tagger_models.h"

namespace hearsay::internal {

class PosTagger : public Annotator {
 public:
  explicit PosTagger(std::shared_ptr<const TaggerModels> models);
  std::string_view name() const override { return "pos-tagger"; }
  // Replaces doc's POS tags: one per token.
  void Annotate(Document& doc) const override;

 private:
  std::shared_ptr<const TaggerModels> models_;
  std::vector<PartOfSpeech> label_pos_;  // model label index -> tag
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_POS_TAGGER_H_
