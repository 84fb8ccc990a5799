// Character classes for the tokenizer and sentence splitter.
//
// ASCII is classified by table; other code points by utf8proc's Unicode
// categories, with the typographic quotes, dashes and spaces that news uses
// singled out.
#ifndef HEARSAY_TEXT_CHAR_CLASS_H_
#define HEARSAY_TEXT_CHAR_CLASS_H_

#include <cstdint>
#include <string_view>

namespace hearsay::internal {

enum class CharClass : uint8_t {
  kSpace,        // space, tab, NBSP, thin space ...
  kNewline,      // \n \r \f \v U+2028 U+2029 U+0085
  kUpper,        // upper- and title-case letters
  kLower,        // lower-case and caseless letters
  kDigit,        // decimal digits
  kMark,         // combining marks (joined to the letter before)
  kDoubleQuote,  // " “ ” „ ‟ « »
  kSingleQuote,  // ' ‘ ’ ‚ ‛ ‹ ›  (apostrophe or quote)
  kHyphen,       // - ‐ ‑
  kDash,         // ‒ – — ― −
  kEllipsis,     // …
  kPeriod,       // .
  kTerminal,     // ! ?  and their full-width and inverted forms
  kPunct,        // other punctuation: , ; : ( ) [ ] ...
  kCurrency,     // $ € £ ¥ ₩ ...
  kSymbol,       // other symbols
  kOther,        // control and unassigned
};

struct CharInfo {
  CharClass cls;
  uint8_t len;   // bytes
  char32_t cp;
};

extern const CharClass kAsciiClass[128];

// Classifies a non-ASCII character at `text[pos]`.
CharInfo ClassifyNonAsciiAt(std::string_view text, size_t pos);

// Classifies the character at `text[pos]` (valid UTF-8, pos < size). Inline:
// the tokenizer calls it for nearly every byte.
inline CharInfo ClassifyAt(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {kAsciiClass[c], 1, c};
  return ClassifyNonAsciiAt(text, pos);
}

extern const bool kAsciiAlnum[256];

// ASCII letters and digits: the bytes of most word characters.
inline bool IsAsciiAlnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

// Length of the run of ASCII letters and digits at the start of `text[pos..]`,
// eight bytes at a time (SWAR): word ends are found without a branch per byte.
inline size_t AsciiAlnumRun(std::string_view text, size_t pos) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  size_t q = pos;
  while (q + 8 <= text.size()) {
    uint64_t w;
    __builtin_memcpy(&w, text.data() + q, 8);
    const uint64_t x = w & ~kHigh;  // low seven bits of each byte
    // A byte is in [lo, hi] when x + (0x80 - lo) has bit 7 set and x + (0x7F - hi) has not.
    const uint64_t folded = x | (0x20 * kOnes);  // A-Z -> a-z
    const uint64_t alpha = (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x7F - 'z') * kOnes);
    const uint64_t digit = (x + (0x80 - '0') * kOnes) & ~(x + (0x7F - '9') * kOnes);
    const uint64_t ok = (alpha | digit) & ~w & kHigh;  // and the byte is ASCII
    const uint64_t stop = ~ok & kHigh;
    if (stop != 0) return q + static_cast<size_t>(__builtin_ctzll(stop) / 8) - pos;
    q += 8;
  }
  while (q < text.size() && IsAsciiAlnum(text[q])) ++q;
  return q - pos;
}

inline bool IsLetter(CharClass c) { return c == CharClass::kUpper || c == CharClass::kLower; }
inline bool IsWordChar(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kDigit || c == CharClass::kMark;
}
inline bool IsSpaceOrNewline(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }

// Simple case mapping for word comparisons (ASCII fast path, utf8proc beyond).
char32_t ToLowerCp(char32_t cp);

}  // namespace hearsay::internal

#endif  // HEARSAY_TEXT_CHAR_CLASS_H_
