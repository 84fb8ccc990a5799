// AttributionAnnotator: fills Document::attributions() -- every direct quote,
// mixed quote and reported statement, with its cue and resolved source.
//
//   hearsay::Pipeline pipeline;
//   pipeline.Add(std::make_unique<hearsay::Tokenizer>());
//   pipeline.Add(std::make_unique<hearsay::SentenceSplitter>());
//   pipeline.Add(std::make_unique<hearsay::AttributionAnnotator>());
//   pipeline.Annotate(doc);  // doc.attributions(), in text order of content
//
// Steps, one file each: quote_finder (quotation segments), quote_attributor
// (cue and speaker of each direct quote), reported_speech (cue-driven
// clauses), attribution_model (learned cues at verbs the rules left, and
// where their contents end; only when constructed with a model, as
// Pipeline::Create does), source_resolver (pronouns, surnames, roles to names). Uses
// Document::entities() when a tagger has filled them and works without.
//
// Needs tokens, sentences and paragraphs. Thread-safe; the lexicons it reads
// are immutable and shared.
#ifndef HEARSAY_ATTRIBUTION_ATTRIBUTION_ANNOTATOR_H_
#define HEARSAY_ATTRIBUTION_ATTRIBUTION_ANNOTATOR_H_

#include <memory>

#include "hearsay/document.h"
#include "hearsay/pipeline.h"

namespace hearsay {

namespace internal {
class AttributionModel;
}

class AttributionAnnotator : public Annotator {
 public:
  // Rules only.
  AttributionAnnotator();
  // Rules, then the learned cues and content ends of `model` (may be null: rules only).
  explicit AttributionAnnotator(std::shared_ptr<const internal::AttributionModel> model);
  std::string_view name() const override { return "attribution"; }
  // Replaces doc's attributions; never fails, finds less in odd text.
  void Annotate(Document& doc) const override;

 private:
  std::shared_ptr<const internal::AttributionModel> model_;
};

}  // namespace hearsay

#endif  // HEARSAY_ATTRIBUTION_ATTRIBUTION_ANNOTATOR_H_
