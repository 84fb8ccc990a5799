#include "tagger/document_pass.h"

namespace hearsay::internal {

void DocumentPass::Clear() {
  counts_.Clear();
  any_case_.Clear();
  labels_.clear();
  scores_.clear();
  begin_.clear();
}

void DocumentPass::Add(const TaggerSentence& s, const std::vector<uint8_t>& labels, const TaggerScratch& scratch) {
  begin_.push_back(labels_.size());
  labels_.insert(labels_.end(), labels.begin(), labels.end());
  scores_.insert(scores_.end(), scratch.static_scores.begin(), scratch.static_scores.end());
  counts_.Update(s.words, labels);
  any_case_.Update(s.words, labels);
}

void DocumentPass::FirstPass(size_t k, std::vector<uint8_t>* out) const {
  const size_t end = k + 1 < begin_.size() ? begin_[k + 1] : labels_.size();
  out->assign(labels_.begin() + static_cast<long>(begin_[k]), labels_.begin() + static_cast<long>(end));
}

void DocumentPass::Retag(const SequenceModel& model, size_t k, TaggerSentence* s, TaggerScratch* scratch,
                         std::vector<uint8_t>* out) const {
  FirstPass(k, out);
  const bool exact = counts_.CodesExcept(s->words, *out, &s->document);
  const bool any_case = any_case_.CodesExcept(s->words, *out, &s->document_any_case);
  if (!exact && !any_case) return;
  const size_t classes = model.labels().size();
  model.Retag(*s, &scores_[begin_[k] * classes], scratch, out);
}

bool UsesDocumentPass(const SequenceModel& model) {
  return model.meta().find("\nsecond_pass=document\n") != std::string::npos;
}

}  // namespace hearsay::internal
