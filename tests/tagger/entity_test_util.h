// Documents with hand-placed entities, for the clustering and linking tests.
#ifndef HEARSAY_TESTS_TAGGER_ENTITY_TEST_UTIL_H_
#define HEARSAY_TESTS_TAGGER_ENTITY_TEST_UTIL_H_

#include <algorithm>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "hearsay/document.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay::internal {

inline Document Tokenized(std::string_view text) {
  Result<Document> doc = DecodeText(text, {});
  EXPECT_TRUE(doc.ok());
  Document d = std::move(doc).value();
  Tokenizer().Annotate(d);
  SentenceSplitter().Annotate(d);
  return d;
}

// Adds an entity over the `nth` (0-based) occurrence of `mention`, keeping
// entities in text order.
inline void AddEntity(Document& doc, std::string_view mention, EntityLabel label, int nth = 0) {
  size_t at = doc.text().find(mention);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = doc.text().find(mention, at + 1);
  ASSERT_NE(at, std::string_view::npos) << mention;
  Entity e;
  e.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + mention.size())};
  e.label = label;
  e.entity = std::string(mention);
  auto& list = doc.mutable_entities();
  list.push_back(e);
  std::sort(list.begin(), list.end(), [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
}

// The canonical name of the `nth` entity whose text is `mention`.
inline std::string CanonicalOf(const Document& doc, std::string_view mention, int nth = 0) {
  for (const Entity& e : doc.entities()) {
    if (doc.Text(e.span) == mention && nth-- == 0) return e.entity;
  }
  return "<no entity " + std::string(mention) + ">";
}

}  // namespace hearsay::internal

#endif  // HEARSAY_TESTS_TAGGER_ENTITY_TEST_UTIL_H_
