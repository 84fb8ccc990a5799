#include "tagger/ner_tagger.h"

#include "tagger/case_evidence.h"
#include "tagger/document_pass.h"
#include "tagger/entity_clusters.h"
#include "tagger/prediction_history.h"
#include "tagger/sentence_view.h"

namespace hearsay::internal {

NerTagger::NerTagger(std::shared_ptr<const TaggerModels> models) : models_(std::move(models)) {
  const std::string& meta = models_->ner().meta();
  uses_document_pass_ = UsesDocumentPass(models_->ner());
  uses_pos_ = meta.find("\npos_model=") != std::string::npos && meta.find("\npos_model=none\n") == std::string::npos;
  for (const std::string& l : models_->ner().labels()) {
    LabelInfo info;
    if (l.size() > 2 && l[1] == '-') {
      info.kind = l[0];
      const std::string type = l.substr(2);
      info.label = type == "PER"   ? EntityLabel::kPerson
                   : type == "ORG" ? EntityLabel::kOrganization
                   : type == "LOC" ? EntityLabel::kLocation
                                   : EntityLabel::kMisc;
    }
    labels_.push_back(info);
  }
}

void NerTagger::Annotate(Document& doc) const {
  std::vector<Entity>& entities = doc.mutable_entities();
  entities.clear();
  const auto& tokens = doc.tokens();
  SentenceView view;
  // Per thread, kept between documents: its word score cache stays warm
  // (keyed by model, so any model may use it).
  thread_local TaggerScratch scratch;
  std::vector<uint8_t> labels;
  PredictionHistory history(models_->ner().labels());
  CaseEvidence evidence;
  for (const Token& t : tokens) evidence.AddWord(doc.TokenText(t));
  // Each line of a sentence is tagged on its own (see SentenceLines).
  const std::vector<Sentence> lines = SentenceLines(doc);
  DocumentPass pass(models_->ner().labels());
  for (const Sentence& s : lines) {
    if (s.token_end <= s.token_begin) continue;
    view.Fill(doc, s);
    models_->gazetteer().Mark(view.sentence().words, &view.sentence().gazetteer);
    history.Codes(view.sentence().words, &view.sentence().history);
    evidence.Codes(view.sentence().words, &view.sentence().case_evidence);
    auto& pos = view.sentence().pos;
    pos.clear();
    if (uses_pos_ && doc.pos_tags().size() == tokens.size()) {
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) pos.push_back(static_cast<uint8_t>(doc.pos_tags()[t]));
    }
    models_->ner().Tag(view.sentence(), &scratch, &labels);
    history.Update(view.sentence().words, labels);
    pass.Add(view.sentence(), labels, scratch);
  }
  size_t line_index = 0;
  for (const Sentence& s : lines) {
    if (s.token_end <= s.token_begin) continue;
    const size_t k = line_index++;
    if (uses_document_pass_) {
      view.Fill(doc, s);
      pass.Retag(models_->ner(), k, &view.sentence(), &scratch, &labels);
    } else {
      pass.FirstPass(k, &labels);
    }
    size_t begin = 0;
    bool open = false;
    for (size_t i = 0; i < labels.size(); ++i) {
      const LabelInfo& info = labels_[labels[i]];
      if (info.kind == 'B' || info.kind == 'U') {
        begin = i;
        open = true;
      }
      if (open && (info.kind == 'L' || info.kind == 'U')) {
        // A title before a name is not part of it (Governor Alicia Moreno);
        // and a title with one to three capitalised words after it is a
        // person, whatever the model said (it reads a capitalised title
        // opening a sentence as an organisation now and then).
        EntityLabel label = info.label;
        if (label != EntityLabel::kLocation && begin < i &&
            IsPersonTitle(doc.TokenText(tokens[s.token_begin + begin]))) {
          size_t first = begin;
          while (first < i && IsPersonTitle(doc.TokenText(tokens[s.token_begin + first]))) ++first;
          bool name = i - first < 3;
          for (size_t k = first; k <= i && name; ++k) {
            const std::string_view w = doc.TokenText(tokens[s.token_begin + k]);
            name = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
          }
          if (name || label == EntityLabel::kPerson) {
            begin = first;
            label = EntityLabel::kPerson;
          }
        }
        Entity e;
        e.span = {tokens[s.token_begin + begin].span.begin, tokens[s.token_begin + i].span.end};
        e.label = label;
        e.entity = std::string(doc.Text(e.span));
        entities.push_back(std::move(e));
        open = false;
      }
      if (info.kind == 'O') open = false;
    }
  }
}

}  // namespace hearsay::internal
