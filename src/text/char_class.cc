#include "text/char_class.h"

#include <array>

#include <utf8proc.h>

#include "text/utf8.h"

namespace hearsay::internal {
namespace {

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c < 0x20 || c == 0x7F) k = CharClass::kOther;
    if (c == ' ' || c == '\t') k = CharClass::kSpace;
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') k = CharClass::kNewline;
    if (c >= 'A' && c <= 'Z') k = CharClass::kUpper;
    if (c >= 'a' && c <= 'z') k = CharClass::kLower;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    if (c == '"') k = CharClass::kDoubleQuote;
    if (c == '\'' || c == '`') k = CharClass::kSingleQuote;
    if (c == '-') k = CharClass::kHyphen;
    if (c == '.') k = CharClass::kPeriod;
    if (c == '!' || c == '?') k = CharClass::kTerminal;
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
        c == '}') {
      k = CharClass::kPunct;
    }
    if (c == '$') k = CharClass::kCurrency;
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAsciiTable = MakeAsciiTable();

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
      return CharClass::kSpace;
    case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      return CharClass::kDoubleQuote;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A: case 0x2032:
      return CharClass::kSingleQuote;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return CharClass::kDash;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x00A1: case 0x00BF: case 0xFF01: case 0xFF1F: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
      return CharClass::kTerminal;
    case 0x200C: case 0x200D:
      return CharClass::kMark;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    case UTF8PROC_CATEGORY_SC:
      return CharClass::kCurrency;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharClass::kNewline;
    default:
      return CharClass::kOther;
  }
}

}  // namespace

const CharClass kAsciiClass[128] = {
#define HEARSAY_ROW(i) kAsciiTable[i], kAsciiTable[i + 1], kAsciiTable[i + 2], kAsciiTable[i + 3], \
    kAsciiTable[i + 4], kAsciiTable[i + 5], kAsciiTable[i + 6], kAsciiTable[i + 7]
    HEARSAY_ROW(0),  HEARSAY_ROW(8),  HEARSAY_ROW(16), HEARSAY_ROW(24), HEARSAY_ROW(32),  HEARSAY_ROW(40),
    HEARSAY_ROW(48), HEARSAY_ROW(56), HEARSAY_ROW(64), HEARSAY_ROW(72), HEARSAY_ROW(80),  HEARSAY_ROW(88),
    HEARSAY_ROW(96), HEARSAY_ROW(104), HEARSAY_ROW(112), HEARSAY_ROW(120),
#undef HEARSAY_ROW
};

const bool kAsciiAlnum[256] = {
#define HEARSAY_A(i) (((i) >= '0' && (i) <= '9') || ((i) >= 'A' && (i) <= 'Z') || ((i) >= 'a' && (i) <= 'z'))
#define HEARSAY_ROW(i) HEARSAY_A(i), HEARSAY_A(i + 1), HEARSAY_A(i + 2), HEARSAY_A(i + 3), HEARSAY_A(i + 4), \
    HEARSAY_A(i + 5), HEARSAY_A(i + 6), HEARSAY_A(i + 7)
    HEARSAY_ROW(0),  HEARSAY_ROW(8),  HEARSAY_ROW(16), HEARSAY_ROW(24), HEARSAY_ROW(32),  HEARSAY_ROW(40),
    HEARSAY_ROW(48), HEARSAY_ROW(56), HEARSAY_ROW(64), HEARSAY_ROW(72), HEARSAY_ROW(80),  HEARSAY_ROW(88),
    HEARSAY_ROW(96), HEARSAY_ROW(104), HEARSAY_ROW(112), HEARSAY_ROW(120),
#undef HEARSAY_ROW
#undef HEARSAY_A
};

CharInfo ClassifyNonAsciiAt(std::string_view text, size_t pos) {
  size_t len;
  char32_t cp = DecodeAt(text, pos, &len);
  return {ClassifyNonAscii(cp), static_cast<uint8_t>(len), cp};
}

char32_t ToLowerCp(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

}  // namespace hearsay::internal
