// Helpers for the attribution tests: annotate a text with the model-free
// pipeline (tokenizer, sentence splitter, attribution).
#ifndef HEARSAY_TESTS_ATTRIBUTION_TEST_UTIL_H_
#define HEARSAY_TESTS_ATTRIBUTION_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "attribution/attribution_annotator.h"
#include "hearsay/document.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay::testing {

inline Document Annotate(std::string_view text, bool attribution = true) {
  Result<Document> doc = DecodeText(text, {});
  Tokenizer().Annotate(*doc);
  SentenceSplitter().Annotate(*doc);
  if (attribution) AttributionAnnotator().Annotate(*doc);
  return std::move(*doc);
}

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_ATTRIBUTION_TEST_UTIL_H_
