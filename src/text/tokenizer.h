// Tokenizer: splits a Document's text into tokens for English news.
//
// Design: one left-to-right pass with bounded look-ahead; no regular
// expressions, no allocation per token. At each position the scanner either
// recognises a whole special token (URL, e-mail, @handle, #hashtag), a word
// core (letters, digits and marks joined by inner hyphens, periods, commas
// between digit groups, colons and slashes between digits, apostrophes
// between letters), or one punctuation token. A word core is then refined:
// a final period joins known abbreviations (Mr., Jan., U.S., J.R.R.);
// clitics split off as in UD/PTB (Ukraine's -> Ukraine 's, don't -> do n't), and
// read as clitics when a text already wrote them apart (Ukraine 's);
// a number sheds a unit or scale suffix (1.2bn -> 1.2 bn) but keeps plural
// and ordinal ones (1990s, 21st); number ranges split (10,000-12,000); digit
// groups separated by a space (10 000) join.
//
// Quote marks get opening/closing flags from what flanks them, so that a
// misused mark (“...Ukraine“) is still read as closing; an apostrophe is never
// a quote where it elides (rock 'n' roll, the '90s) or marks a plural
// possessive (the students' union), unless a single quote is open.
//
// Thread-safe: a Tokenizer holds no state between calls.
#ifndef HEARSAY_TEXT_TOKENIZER_H_
#define HEARSAY_TEXT_TOKENIZER_H_

#include "hearsay/document.h"
#include "hearsay/pipeline.h"

namespace hearsay {

class Tokenizer : public Annotator {
 public:
  std::string_view name() const override { return "tokenizer"; }
  // Replaces doc's tokens with the tokens of doc.text(), in text order.
  void Annotate(Document& doc) const override;
};

}  // namespace hearsay

#endif  // HEARSAY_TEXT_TOKENIZER_H_
