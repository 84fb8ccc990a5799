// SentenceSplitter: finds the paragraphs and sentences of a tokenized Document.
//
// Paragraphs end at blank lines. Inside a block of lines without a blank one,
// each line is its own paragraph when the text is written one paragraph per
// line (news wire often is: most lines end a sentence), and lines are joined
// when the text is hard-wrapped. A first line without final punctuation is a
// headline and stands alone; a line that opens with a list marker starts a
// new paragraph.
//
// Sentences end after . ! ? … and the closing quotes and brackets that follow
// them, unless what comes next shows the sentence goes on: a lower-case word
// after ! ? or … ("Why?" he asked), a comma, or a name after a title (Gen.
// Kim). After an abbreviation that can also end a sentence (U.S., Inc., etc.)
// a sentence ends only when the next word is one that usually starts
// sentences ("The", "But"), a list learned from UD English EWT train.
//
// Needs the tokenizer's tokens. Thread-safe.
#ifndef HEARSAY_TEXT_SENTENCE_SPLITTER_H_
#define HEARSAY_TEXT_SENTENCE_SPLITTER_H_

#include "hearsay/document.h"
#include "hearsay/pipeline.h"

namespace hearsay {

class SentenceSplitter : public Annotator {
 public:
  std::string_view name() const override { return "sentence-splitter"; }
  // Replaces doc's paragraphs and sentences; every token lands in exactly one sentence.
  void Annotate(Document& doc) const override;
};

}  // namespace hearsay

#endif  // HEARSAY_TEXT_SENTENCE_SPLITTER_H_
