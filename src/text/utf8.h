// UTF-8 helpers shared by the decoder, tokenizer and writers.
//
// Everything here works on byte offsets into valid UTF-8 (the Document
// invariant), except ValidPrefix, which is what makes text valid.
#ifndef HEARSAY_TEXT_UTF8_H_
#define HEARSAY_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Length of the valid UTF-8 sequence starting at `s[pos]`, or 0 if the bytes
// there are not a valid (shortest-form, non-surrogate) sequence.
size_t ValidSequenceLength(std::string_view s, size_t pos);

// Decodes the code point at `s[pos]` of valid UTF-8 and sets `*len` to its length.
inline char32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (p[0] < 0x80) { *len = 1; return p[0]; }
  if (p[0] < 0xE0) { *len = 2; return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F); }
  if (p[0] < 0xF0) {
    *len = 3;
    return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *len = 4;
  return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

// Decodes the code point that ends just before `s[pos]` and sets `*len` to its length.
inline char32_t DecodeBefore(std::string_view s, size_t pos, size_t* len) {
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return DecodeAt(s, start, len);
}

void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in valid UTF-8.
size_t CountCodePoints(std::string_view s);

bool IsAscii(std::string_view s);

// Converts byte offsets of one valid UTF-8 text into code-point offsets.
// Construction is O(n) with n/64 words of memory; each lookup scans at most
// 63 bytes. ASCII text takes a shortcut: offsets are unchanged.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view text);
  // `byte_offset` must be at a character boundary, <= text.size().
  uint32_t ToCodePoint(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kBlock = 64;
  std::string_view text_;
  bool ascii_ = true;
  std::vector<uint32_t> block_start_;  // code points before byte kBlock*i
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TEXT_UTF8_H_
