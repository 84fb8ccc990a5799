// DecodeText: raw bytes -> a Document with valid UTF-8.
//
// Binary detection looks at the whole input for NUL bytes (a text file never
// has one; UTF-16 always does) and at the first 64 KiB for the share of
// control and invalid bytes: more than 30% is not text in any encoding a news
// page uses. Anything else is text, repaired where it is not valid UTF-8:
// each maximal invalid sequence becomes one U+FFFD, as browsers do.
#include <cstring>
#include <string>

#include "hearsay/document.h"
#include "text/utf8.h"

namespace hearsay {
namespace {

constexpr size_t kSniffBytes = 64 * 1024;
constexpr double kMaxBinaryShare = 0.30;

bool IsControlByte(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
}

Status CheckNotBinary(std::string_view bytes) {
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    size_t at = static_cast<const char*>(nul) - bytes.data();
    return DataError("binary data, not text (NUL at byte " + std::to_string(at) + ")");
  }
  const size_t n = std::min(bytes.size(), kSniffBytes);
  size_t odd = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      odd += IsControlByte(c);
      ++i;
      continue;
    }
    size_t len = internal::ValidSequenceLength(bytes.substr(0, n), i);
    if (len == 0) {
      // A sequence cut by the sniff window is not evidence of binary data.
      if (i + 4 < n) ++odd;
      len = 1;
    }
    i += len;
  }
  if (n >= 16 && static_cast<double>(odd) > kMaxBinaryShare * static_cast<double>(n)) {
    return DataError("binary data, not text (" + std::to_string(odd * 100 / n) + "% of the first " +
                     std::to_string(n) + " bytes are control bytes or invalid UTF-8)");
  }
  return Status::Ok();
}

}  // namespace

Result<Document> DecodeText(std::string_view bytes, DocumentInfo info, const DecodeOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return TooLargeError("too large (" + std::to_string(bytes.size()) + " bytes; the limit is " +
                         std::to_string(options.max_bytes) + ")");
  }
  HEARSAY_RETURN_IF_ERROR(CheckNotBinary(bytes));

  size_t skip = 0;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") skip = 3;

  std::string text;
  std::vector<Warning> warnings;
  size_t invalid_count = 0;
  // Fast path: valid input is copied once, after one validation pass.
  size_t i = skip;
  size_t copied_from = skip;
  text.reserve(bytes.size() - skip);
  while (i < bytes.size()) {
    // Skip ASCII eight bytes at a time.
    while (i + 8 <= bytes.size()) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= bytes.size()) break;
    if (static_cast<unsigned char>(bytes[i]) < 0x80) { ++i; continue; }
    size_t len = internal::ValidSequenceLength(bytes, i);
    if (len != 0) { i += len; continue; }
    // An invalid sequence: everything up to the next byte that could start a character.
    size_t bad_end = i + 1;
    while (bad_end < bytes.size() && (static_cast<unsigned char>(bytes[bad_end]) & 0xC0) == 0x80 &&
           bad_end - i < 4) {
      ++bad_end;
    }
    text.append(bytes.data() + copied_from, i - copied_from);
    ++invalid_count;
    if (warnings.size() < options.max_warnings) {
      warnings.push_back({static_cast<uint32_t>(text.size()),
                          "invalid UTF-8 at byte " + std::to_string(i) + " replaced with U+FFFD"});
    }
    text.append("\xEF\xBF\xBD");
    i = bad_end;
    copied_from = bad_end;
  }
  text.append(bytes.data() + copied_from, bytes.size() - copied_from);
  if (invalid_count > warnings.size()) {
    warnings.push_back({static_cast<uint32_t>(text.size()),
                        std::to_string(invalid_count - warnings.size()) +
                            " more invalid UTF-8 sequences replaced with U+FFFD"});
  }
  if (text.size() > 0xFFFFFFF0u) return TooLargeError("too large for 32-bit offsets");

  Document doc(std::move(text), std::move(info));
  doc.mutable_warnings() = std::move(warnings);
  return doc;
}

}  // namespace hearsay
