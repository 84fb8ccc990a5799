// HtmlExtractor: the bytes of a web page -> its article text and metadata.
//
// Decodes the charset (charset.h), parses (html_parser.h), reads the metadata
// (metadata_extractor.h) and the body (body_extractor.h). The JSON-LD
// articleBody replaces the body found in the markup only when it is longer and
// consistent with it (most of the markup body's words are in it), or when the
// markup gave almost nothing: some sites render the article by script.
//
//   internal::HtmlExtractor extractor;
//   internal::ExtractedPage page = extractor.Extract(bytes, "text/html; charset=utf-8", url);
//
// Pages over `max_bytes` are cut there (with a warning) before parsing, which
// bounds memory at a small multiple of max_bytes. Stateless and thread-safe.
#ifndef HEARSAY_INPUT_HTML_EXTRACTOR_H_
#define HEARSAY_INPUT_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "input/metadata_extractor.h"

namespace hearsay::internal {

struct ExtractedPage {
  std::string text;  // the article body, valid UTF-8, paragraphs separated by "\n\n"
  PageMetadata metadata;
  std::vector<std::string> warnings;
};

class HtmlExtractor {
 public:
  static constexpr size_t kDefaultMaxBytes = size_t{32} << 20;

  explicit HtmlExtractor(size_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

  // `content_type` is the HTTP Content-Type (or empty); `url` where the page came from (or empty).
  ExtractedPage Extract(std::string_view bytes, std::string_view content_type, std::string_view url) const;

  // The readable text of an HTML fragment already in UTF-8 (a feed item's
  // content), all of it, boilerplate blocks dropped.
  std::string FragmentText(std::string_view utf8_html) const;

 private:
  size_t max_bytes_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_HTML_EXTRACTOR_H_
