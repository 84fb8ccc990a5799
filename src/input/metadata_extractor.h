// MetadataExtractor: what a web page says about itself -- headline, date,
// authors, site, canonical URL, language -- from JSON-LD, Open Graph and
// other <meta> tags, <title>, <time> and the URL.
//
// Sources, most trusted first:
//   title      JSON-LD headline, og:title, twitter:title, <title> without the
//              site suffix ("Headline | Site"), the first <h1>
//   published  JSON-LD datePublished, article:published_time and other meta
//              dates, itemprop=datePublished, the first <time datetime>, a
//              date in the URL path
//   authors    JSON-LD author(s), meta author / article:author / parsely,
//              rel=author and itemprop=author
//   publisher  JSON-LD publisher.name, og:site_name, application-name
//   url        <link rel=canonical>, og:url, then the URL the page came from
// JSON-LD is parsed with simdjson; @graph and arrays are searched for the
// object whose @type is an article.
//
//   internal::PageMetadata meta = internal::MetadataExtractor::Extract(tree.root(), url);
//
// Stateless and thread-safe (for distinct trees).
#ifndef HEARSAY_INPUT_METADATA_EXTRACTOR_H_
#define HEARSAY_INPUT_METADATA_EXTRACTOR_H_

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay::internal {

struct PageMetadata {
  std::optional<std::string> title;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::vector<std::string> authors;
  std::optional<std::string> publisher;
  std::optional<std::string> url;
  std::optional<std::string> language;  // as the page writes it: "en", "en-US"
  std::string json_ld_body;             // JSON-LD articleBody, when the page has one
};

class MetadataExtractor {
 public:
  // Reads the metadata of the page whose root element is `root`; `url` is
  // where it came from (or empty) and is the fallback for `url` and dates.
  static PageMetadata Extract(xmlNode* root, std::string_view url);

  // Removes a site name from a page title: "Headline | Site" -> "Headline".
  static std::string CleanTitle(std::string_view title, std::string_view site);
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_METADATA_EXTRACTOR_H_
