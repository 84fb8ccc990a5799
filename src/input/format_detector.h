// FormatDetector: tells WARC, feeds, HTML, JSON Lines and text apart by their
// first bytes (after gzip inflation), not by file name.
//
//   InputFormat f = internal::FormatDetector::Detect(head);
//
// Rules, in order: "WARC/" opens a WARC file; a first element <rss>,
// <rdf:RDF> or <feed> (after an XML declaration, comments or a doctype) is a
// feed; markup opening with a doctype, <html>, <head>, <body> or holding such
// tags in its first 4 KiB is HTML; a first line holding a JSON object with
// "text" is JSON Lines; anything else is text. Stateless and thread-safe.
#ifndef HEARSAY_INPUT_FORMAT_DETECTOR_H_
#define HEARSAY_INPUT_FORMAT_DETECTOR_H_

#include <string_view>

#include "hearsay/ingest.h"

namespace hearsay::internal {

class FormatDetector {
 public:
  // How many leading bytes Detect looks at.
  static constexpr size_t kHeadBytes = 64 * 1024;
  static InputFormat Detect(std::string_view head);
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_FORMAT_DETECTOR_H_
