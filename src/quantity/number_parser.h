// NumberParser: reads one number, written in digits or words, from a run of
// tokens.
//
//   NumberParser parser;
//   if (auto n = parser.Parse(view, i, sentence_end, /*money=*/false)) ... n->value, n->end
//
// Reads digits with separators and decimals as the tokenizer normalized them
// ("10,000" -> 10000, "10 000" -> 10000, "1.2"), scale words and suffixes
// ("1.2 million", "3 bn", "500 k"; "m" and "b" only after a currency), number
// words ("forty-two", "two hundred and fifty", "a dozen", "ten thousand"),
// vague plurals that stand for a range ("dozens of" [24, 99], "hundreds of"
// [200, 999], "tens of thousands of" [20000, 99999], "several hundred"
// [300, 900]), fractions ("half", "a third", "two-thirds", "3/4") and
// ordinals ("21st", "first", "twenty-first"), which are marked as such so
// that callers can leave them out. Dates, clock times and decades ("2024-11-05",
// "9/11", "10:30", "1990s", "'90s") are not numbers here.
//
// Stateless and thread-safe.
#ifndef HEARSAY_QUANTITY_NUMBER_PARSER_H_
#define HEARSAY_QUANTITY_NUMBER_PARSER_H_

#include <array>
#include <cstdint>
#include <optional>

#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

struct ParsedNumber {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  double value = 0;
  // Set for vague plurals ("hundreds of"): the interval they stand for; value is low.
  std::optional<double> low;
  std::optional<double> high;
  bool ordinal = false;        // first, 21st: recognised, not a count
  bool fraction = false;       // half, two-thirds, 3/4: value in (0, 1]
  bool spelled = false;        // written in words
  bool scaled = false;         // a scale word or suffix applied (million, bn, k)
  bool plain_integer = false;  // bare digits, no separators, decimals or scale: may be a year
  bool one_word = false;       // the single word "one" (often a pronoun)
};

class NumberParser {
 public:
  // Parses the number that starts at token `i`, reading no further than `end`.
  // `money`: a currency sign precedes, so "m" and "b" are million and billion.
  std::optional<ParsedNumber> Parse(const TokenView& view, uint32_t i, uint32_t end, bool money) const;

  // True if token `i` could start a number (a digit token or a number word),
  // a cheap test for the annotator's scan: most words are turned away by their
  // first two letters and length alone.
  static bool MayStart(const TokenView& view, uint32_t i) {
    if (i >= view.size()) return false;
    const Token& t = view[i];
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind != TokenKind::kWord) return false;
    std::string_view text = view.doc().text();
    const uint32_t size = t.span.size();
    const size_t c0 = LetterIndex(text[t.span.begin]);
    const size_t c1 = size > 1 ? LetterIndex(text[t.span.begin + 1]) : 26;
    const size_t slot = c0 * 27 + c1;
    if ((kStartMasks[slot] & (uint32_t{1} << (size < 31 ? size : 31))) != 0) return MayStartWord(view, i);
    // "forty-two", "two-thirds": a start word, then a hyphen.
    for (uint32_t h = kHyphenMasks[slot]; h != 0; h &= h - 1) {
      uint32_t len = static_cast<uint32_t>(__builtin_ctz(h));
      if (len < size && text[t.span.begin + len] == '-') return MayStartWord(view, i);
    }
    return false;
  }

  // The value of a scale word ("million", "bn", "k"; "m"/"b" only if `money`), or 0.
  static double ScaleOf(std::string_view lower, bool money);

 private:
  static size_t LetterIndex(char c) {
    char l = static_cast<char>(c | 0x20);
    return l >= 'a' && l <= 'z' ? static_cast<size_t>(l - 'a') : 26;
  }
  // The exact test behind the filter.
  static bool MayStartWord(const TokenView& view, uint32_t i);
  // Per pair of first letters, the lengths of the words numbers start with.
  static const std::array<uint32_t, 27 * 27> kStartMasks;
  // Per pair of first letters, the lengths of the start words a hyphen may follow.
  static const std::array<uint32_t, 27 * 27> kHyphenMasks;
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_NUMBER_PARSER_H_
