// FeedReader: the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, each with
// title, link, date, authors and body text.
//
// The feed is decoded to UTF-8 (charset.h) and parsed with libxml2's XML
// parser in recover mode (a broken feed yields the items before the damage),
// with the network and external entities off and entity references never
// expanded, so neither XXE nor entity bombs apply. The body of an item is the
// longest of content:encoded, Atom content, description and summary, read as
// HTML (html_extractor.h). Namespaces are matched by local name (dc:creator,
// content:encoded), as feeds in the wild mix prefixes freely.
//
//   internal::FeedReader reader;
//   std::vector<internal::FeedItem> items;
//   std::string error;
//   if (!reader.Read(bytes, &items, &error)) Warn(error);
//
// Stateless and thread-safe.
#ifndef HEARSAY_INPUT_FEED_READER_H_
#define HEARSAY_INPUT_FEED_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/html_extractor.h"

namespace hearsay::internal {

struct FeedItem {
  std::string title;
  std::string link;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::vector<std::string> authors;
  std::string publisher;  // the feed's own title
  std::string text;       // the body, as plain text
};

class FeedReader {
 public:
  explicit FeedReader(size_t max_page_bytes = HtmlExtractor::kDefaultMaxBytes) : html_(max_page_bytes) {}

  // Parses a whole feed. Returns false (with `error`) when it is not a feed at
  // all; damage after some items keeps those items and sets `error` too.
  bool Read(std::string_view bytes, std::vector<FeedItem>* items, std::string* error) const;

 private:
  HtmlExtractor html_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_FEED_READER_H_
