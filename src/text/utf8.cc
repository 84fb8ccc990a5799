#include "text/utf8.h"

#include <cstring>

namespace hearsay::internal {

size_t ValidSequenceLength(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t left = s.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (b0 == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && p[1] >= 0x90) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
// Counts bytes that are not UTF-8 continuation bytes, eight at a time.
size_t CountLeadBytes(const unsigned char* p, size_t n) {
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
    uint64_t cont = (w & ~(w << 1)) & 0x8080808080808080ULL;
    count += 8 - static_cast<size_t>(__builtin_popcountll(cont));
  }
  for (; i < n; ++i) count += (p[i] & 0xC0) != 0x80;
  return count;
}
}  // namespace

size_t CountCodePoints(std::string_view s) {
  return CountLeadBytes(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

bool IsAscii(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0, n = s.size();
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; ++i) acc |= p[i];
  return (acc & 0x8080808080808080ULL) == 0;
}

CodePointMap::CodePointMap(std::string_view text) : text_(text), ascii_(IsAscii(text)) {
  if (ascii_) return;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  block_start_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t b = 0; b <= text.size(); b += kBlock) {
    block_start_.push_back(count);
    size_t n = std::min<size_t>(kBlock, text.size() - b);
    count += static_cast<uint32_t>(CountLeadBytes(p + b, n));
  }
}

uint32_t CodePointMap::ToCodePoint(uint32_t byte_offset) const {
  if (ascii_) return byte_offset;
  uint32_t block = byte_offset / kBlock;
  uint32_t base = block * kBlock;
  return block_start_[block] +
         static_cast<uint32_t>(CountLeadBytes(reinterpret_cast<const unsigned char*>(text_.data()) + base,
                                              byte_offset - base));
}

}  // namespace hearsay::internal
