#include "tagger/document_pass.h"

namespace hearsay::internal {

DocumentPass::DocumentPass(const std::vector<std::string>& labels) : counts_(labels), any_case_(labels, true) {}

void DocumentPass::Clear() {
  counts_.Clear();
  any_case_.Clear();
  labels_.clear();
  counted_.clear();
  scores_.clear();
  begin_.clear();
}

void DocumentPass::Add(const TaggerSentence& s, const std::vector<uint8_t>& labels) {
  begin_.push_back(labels_.size());
  labels_.insert(labels_.end(), labels.begin(), labels.end());
  counted_.push_back(s.headline ? 0 : 1);
  if (s.headline) return;
  counts_.Update(s.words, labels);
  any_case_.Update(s.words, labels);
}

void DocumentPass::Add(const TaggerSentence& s, const std::vector<uint8_t>& labels, const TaggerScratch& scratch) {
  Add(s, labels);
  scores_.insert(scores_.end(), scratch.static_scores.begin(), scratch.static_scores.end());
}

void DocumentPass::FirstPass(size_t k, std::vector<uint8_t>* out) const {
  const size_t end = k + 1 < begin_.size() ? begin_[k + 1] : labels_.size();
  out->assign(labels_.begin() + static_cast<long>(begin_[k]), labels_.begin() + static_cast<long>(end));
}

bool DocumentPass::Prepare(size_t k, TaggerSentence* s) const {
  FirstPass(k, &s->first_pass);
  // A sentence whose labels were not counted has none to leave out.
  static const std::vector<uint8_t> kNone;
  const std::vector<uint8_t>& own = counted_[k] ? s->first_pass : kNone;
  const bool exact = counts_.CodesExcept(s->words, own, &s->document);
  const bool any_case = any_case_.CodesExcept(s->words, own, &s->document_any_case);
  return exact || any_case;
}

void DocumentPass::Retag(const SequenceModel& model, size_t k, TaggerSentence* s, TaggerScratch* scratch,
                         std::vector<uint8_t>* out) const {
  const bool again = Prepare(k, s);
  *out = s->first_pass;
  if (!again) return;
  const size_t classes = model.labels().size();
  model.Retag(*s, &scores_[begin_[k] * classes], scratch, out);
}

void ClearSecondPass(TaggerSentence* s) {
  s->document.clear();
  s->document_any_case.clear();
  s->first_pass.clear();
}

bool UsesDocumentPass(const SequenceModel& model) {
  return model.meta().find("\nsecond_pass=document\n") != std::string::npos;
}

}  // namespace hearsay::internal
