// SentenceView: a Document's sentence as the taggers see it.
//
// Words are the tokens' text with typographic quotes and dashes mapped to
// ASCII (NormalizeWord), exactly as the trainer maps the corpora's words, so
// that what the models learned applies. ASCII words are views into the
// Document's text; only mapped words are copied.
//
//   SentenceView view;
//   view.Fill(doc, doc.sentences()[0]);
//   model.Tag(view.sentence(), &scratch, &labels);
//
// Not thread-safe; one per thread, reused across sentences.
#ifndef HEARSAY_TAGGER_SENTENCE_VIEW_H_
#define HEARSAY_TAGGER_SENTENCE_VIEW_H_

#include <string>
#include <vector>

#include "hearsay/document.h"
#include "tagger/features.h"

namespace hearsay::internal {

// The lines of the sentences of `doc`: each sentence cut at every token that
// starts a new line. The taggers tag each line on its own, so that no name
// (and no tag context) runs across a line break: lines are more often
// separate items (a headline, a table row, a dateline) than a sentence
// wrapped in two -- and the training corpora give one such item per sentence.
std::vector<Sentence> SentenceLines(const Document& doc);

class SentenceView {
 public:
  // Points at the words of `sentence` of `doc` (which must outlive the view's use).
  // With `join_numbers`, numbers written as one item in the NER corpus but
  // split by hearsay's tokenizer are one word: scores "6-2", a list's "3."
  // at a line's start, ".496", currencies "C$" (see JoinedTokens).
  void Fill(const Document& doc, const Sentence& sentence, bool join_numbers = false);
  TaggerSentence& sentence() { return sentence_; }
  // Word i is tokens [first_token(i), first_token(i + 1)) of the sentence
  // (indices from its first token).
  uint32_t first_token(size_t i) const { return first_token_[i]; }


 private:
  TaggerSentence sentence_;
  std::string buffer_;
  std::string scratch_;
  std::vector<std::pair<size_t, size_t>> copied_;  // (word index, offset in buffer_)
  std::vector<uint32_t> first_token_;              // per word, and one past the last
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_SENTENCE_VIEW_H_
