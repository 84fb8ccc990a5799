// Charset: finds the character encoding of a web page or feed and converts it
// to UTF-8.
//
// The encoding is taken, in order of authority, from a byte-order mark, the
// HTTP Content-Type header (for WARC payloads), a <meta charset> or
// <meta http-equiv="Content-Type"> in the first 4 KiB, or an XML declaration;
// failing those, from the bytes themselves: valid UTF-8 is UTF-8, anything
// else goes to ICU's statistical detector, and windows-1252 when it is unsure.
// Labels are mapped the way browsers map them (latin1 and ascii mean
// windows-1252; a declared UTF-16 in an ASCII-compatible page means UTF-8).
//
// Conversion uses ICU (libicu, already on every Debian system and far more
// complete than iconv's per-platform label set); invalid sequences become
// U+FFFD, so the result is always valid UTF-8.
//
//   std::string charset = internal::Charset::Detect(bytes, content_type_header);
//   std::string utf8 = internal::Charset::ToUtf8(bytes, charset);
//
// Stateless and thread-safe.
#ifndef HEARSAY_INPUT_CHARSET_H_
#define HEARSAY_INPUT_CHARSET_H_

#include <string>
#include <string_view>

namespace hearsay::internal {

class Charset {
 public:
  // Returns the canonical name of the encoding of `bytes` ("UTF-8",
  // "windows-1252", "Shift_JIS" ...). `content_type` is an HTTP Content-Type
  // value, or empty.
  static std::string Detect(std::string_view bytes, std::string_view content_type = {});

  // Returns the encoding named by a label ("latin1" -> "windows-1252"), or ""
  // when no converter knows it.
  static std::string Canonical(std::string_view label);

  // The charset parameter of a Content-Type value ("text/html; charset=UTF-8"
  // -> "UTF-8"), or "".
  static std::string FromContentType(std::string_view content_type);

  // Converts `bytes` in `charset` to valid UTF-8, dropping a byte-order mark.
  // Invalid input becomes U+FFFD; an unknown charset is read as windows-1252.
  static std::string ToUtf8(std::string_view bytes, const std::string& charset);

  // Replaces each maximal invalid UTF-8 sequence by U+FFFD; returns how many
  // were replaced. Fast when `s` is already valid.
  static size_t RepairUtf8(std::string* s);
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_CHARSET_H_
