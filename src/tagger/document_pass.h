// DocumentPass: the NER tagger's second pass over a document, which sees
// what the first pass said of each capitalised word everywhere else in it.
//
// The prediction history (prediction_history.h) tells a word only what the
// tagger said of it earlier; a name's clearest mention often comes later
// (a headline "DOUGLAS & LOMASON SHARES RISE" before "shares of Douglas &
// Lomason Co"). After the first pass, every capitalised word gets a code of
// the types its other occurrences in the document received (its own label
// left out), and each sentence with such a word is decoded again with that
// code as a feature (Krishnan & Manning 2006, Ratinov & Roth 2009). The
// second pass reuses the first pass's static scores (SequenceModel::Retag),
// so it costs only the document and previous-tag features.
//
// A headline's labels tell the rest of the document nothing: its words are
// chosen for brevity ("Police give lower figure for Riverton evacuations"
// reads like an organisation's action), so a headline (TaggerSentence::
// headline) is decoded again with what the body says of its words, but its
// own labels do not feed the body's codes.
//
//   DocumentPass pass(model.labels());
//   for (each sentence k) { model.Tag(s, &scratch, &labels); pass.Add(s, labels, scratch); }
//   for (each sentence k) pass.Retag(model, k, &s, &scratch, &labels);
//
// The trainer calls Add without scores and Prepare, then decodes itself.
// One per document being tagged; not thread-safe.
#ifndef HEARSAY_TAGGER_DOCUMENT_PASS_H_
#define HEARSAY_TAGGER_DOCUMENT_PASS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "tagger/features.h"
#include "tagger/prediction_history.h"
#include "tagger/sequence_model.h"

namespace hearsay::internal {

class DocumentPass {
 public:
  explicit DocumentPass(const std::vector<std::string>& labels);

  // Starts a new document.
  void Clear();
  // Keeps the first-pass labels of the next sentence.
  void Add(const TaggerSentence& s, const std::vector<uint8_t>& labels);
  // The same, with the static scores Tag left in `scratch` (for Retag).
  void Add(const TaggerSentence& s, const std::vector<uint8_t>& labels, const TaggerScratch& scratch);
  // Sets the second-pass inputs of the k-th sentence added (s must be the
  // same words): s->document, s->document_any_case, s->first_pass. True if
  // they say anything, i.e. the sentence is worth decoding again.
  bool Prepare(size_t k, TaggerSentence* s) const;
  // The second pass of the k-th sentence: Prepare, and when it says
  // anything, decodes it again; else the labels are the first pass's.
  // Writes the labels to `out`. Needs the scores (the three-argument Add).
  void Retag(const SequenceModel& model, size_t k, TaggerSentence* s, TaggerScratch* scratch,
             std::vector<uint8_t>* out) const;
  // The first-pass labels of the k-th sentence, to `out`.
  void FirstPass(size_t k, std::vector<uint8_t>* out) const;

 private:
  PredictionHistory counts_;     // the document's first-pass labels (headlines' left out)
  PredictionHistory any_case_;   // the same, words counted whatever their case
  std::vector<uint8_t> labels_;  // the sentences' first-pass labels, end to end
  std::vector<uint8_t> counted_; // per sentence: 1 if its labels are in the counts
  std::vector<int32_t> scores_;  // their static scores, classes apart
  std::vector<size_t> begin_;    // per sentence: its first word in labels_
};

// Clears what Prepare set (the first pass of a new epoch must not see it).
void ClearSecondPass(TaggerSentence* s);

// True if `model` was trained with the second pass (its meta says
// second_pass=document).
bool UsesDocumentPass(const SequenceModel& model);

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_DOCUMENT_PASS_H_
