#include "tagger/pos_tagger.h"

#include <cstring>

#include "tagger/sentence_view.h"

namespace hearsay::internal {

PosTagger::PosTagger(std::shared_ptr<const TaggerModels> models) : models_(std::move(models)) {
  for (const std::string& label : models_->pos().labels()) {
    PartOfSpeech pos = PartOfSpeech::kX;
    for (int p = 0; p <= static_cast<int>(PartOfSpeech::kX); ++p) {
      if (label == PartOfSpeechName(static_cast<PartOfSpeech>(p))) pos = static_cast<PartOfSpeech>(p);
    }
    label_pos_.push_back(pos);
  }
}

void PosTagger::Annotate(Document& doc) const {
  std::vector<PartOfSpeech>& tags = doc.mutable_pos_tags();
  tags.assign(doc.tokens().size(), PartOfSpeech::kX);
  SentenceView view;
  // Per thread, kept between documents: its word score cache stays warm
  // (keyed by model, so any model may use it).
  thread_local TaggerScratch scratch;
  std::vector<uint8_t> labels;
  // Line by line, as the NER tagger reads them (see SentenceLines).
  for (const Sentence& s : SentenceLines(doc)) {
    if (s.token_end <= s.token_begin) continue;
    view.Fill(doc, s);
    models_->pos().Tag(view.sentence(), &scratch, &labels);
    for (size_t i = 0; i < labels.size(); ++i) tags[s.token_begin + i] = label_pos_[labels[i]];
  }
}

}  // namespace hearsay::internal
