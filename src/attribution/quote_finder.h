// QuoteFinder: the quotations of a tokenized, split Document.
//
// Design: quote marks are paired per paragraph, left to right, from the
// tokenizer's opening/closing flags (which already read a misused mark such
// as the closing “ in “...Ukraine“ by what flanks it). Double marks and
// guillemets pair with each other, and so does a doubled apostrophe ('' as
// some wires write “); single marks form a quote only outside a
// double quote and only when a closing single mark follows in the same
// paragraph, so apostrophes are never taken for quotes. A quote never crosses
// a paragraph break, except by the news convention for multi-paragraph quotes
// (a paragraph that ends inside a quote and a next paragraph that opens with a
// mark continue one quote); each paragraph's part is a separate segment. A
// mark still open at a paragraph end otherwise closes there, and an opening
// mark met while a quote is open closes the earlier one at the last sentence
// end before it: a reader's recovery, which never runs a quote to the end of
// the document.
//
// Needs tokens, sentences and paragraphs. Thread-safe (no state).
#ifndef HEARSAY_ATTRIBUTION_QUOTE_FINDER_H_
#define HEARSAY_ATTRIBUTION_QUOTE_FINDER_H_

#include <cstdint>
#include <vector>

#include "hearsay/document.h"

namespace hearsay::internal {

// One segment of a quotation: the text between its marks in one paragraph.
struct QuoteSegment {
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  uint32_t open = kNone;       // token index of the opening mark (its first token: '' is two)
  uint32_t close = kNone;      // token index of the closing mark; kNone when the paragraph ended it
  uint32_t close_last = kNone; // last token of the closing mark
  uint32_t content_begin = 0;  // first token inside the marks
  uint32_t content_end = 0;    // one past the last token inside the marks
  Span content;                // byte span inside the marks, trimmed of space and a final comma
  uint32_t paragraph = 0;
  uint32_t group = 0;          // segments of one multi-paragraph quote share a group
  bool single = false;         // single quote marks
  bool direct = false;         // reads as a direct quote (a whole utterance), not a quoted fragment
};

// Returns the quote segments of `doc` in text order.
std::vector<QuoteSegment> FindQuotes(const Document& doc);

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_QUOTE_FINDER_H_
