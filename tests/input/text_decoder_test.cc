#include <gtest/gtest.h>

#include <string>

#include "hearsay/document.h"

namespace hearsay {
namespace {

TEST(TextDecoderTest, KeepsValidUtf8Unchanged) {
  const std::string text = "Seoul’s defence ministry said “more than 10,000”.\r\nNext line.";
  Result<Document> doc = DecodeText(text, {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text(), text);
  EXPECT_TRUE(doc->warnings().empty());
}

TEST(TextDecoderTest, ReplacesInvalidBytesAndWarnsWithTheirByteOffset) {
  Result<Document> doc = DecodeText("caf\xE9 au lait \xFF\xFE end", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text(), "caf\xEF\xBF\xBD au lait \xEF\xBF\xBD\xEF\xBF\xBD end");
  ASSERT_EQ(doc->warnings().size(), 3u);
  EXPECT_NE(doc->warnings()[0].message.find("byte 3"), std::string::npos) << doc->warnings()[0].message;
  EXPECT_NE(doc->warnings()[1].message.find("byte 13"), std::string::npos) << doc->warnings()[1].message;
  // Warning offsets point into the repaired text, at the replacement character.
  EXPECT_EQ(doc->text().substr(doc->warnings()[0].offset, 3), "\xEF\xBF\xBD");
}

TEST(TextDecoderTest, TruncatedSequenceAtEndIsOneReplacement) {
  Result<Document> doc = DecodeText("quote \xE2\x80", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text(), "quote \xEF\xBF\xBD");
}

TEST(TextDecoderTest, CapsTheNumberOfWarnings) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "word \xFF ";
  Result<Document> doc = DecodeText(text, {});
  ASSERT_TRUE(doc.ok());
  DecodeOptions defaults;
  ASSERT_EQ(doc->warnings().size(), defaults.max_warnings + 1);
  EXPECT_NE(doc->warnings().back().message.find("480 more"), std::string::npos) << doc->warnings().back().message;
}

TEST(TextDecoderTest, DropsByteOrderMark) {
  Result<Document> doc = DecodeText("\xEF\xBB\xBFHeadline", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text(), "Headline");
}

TEST(TextDecoderTest, RefusesNulBytesNamingTheOffset) {
  Result<Document> doc = DecodeText(std::string("ab\0cd", 5), {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kDataError);
  EXPECT_EQ(doc.status().message(), "binary data, not text (NUL at byte 2)");
}

TEST(TextDecoderTest, RefusesMostlyBinaryData) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>(1 + (i * 37) % 255));
  Result<Document> doc = DecodeText(bytes, {});
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("binary data, not text"), std::string::npos);
}

TEST(TextDecoderTest, AcceptsLatin1NewsWithAFewBadBytes) {
  // A Latin-1 page read as UTF-8: a handful of invalid bytes is still text.
  std::string text = "The minister said the caf\xE9 owners in S\xE3o Paulo would be compensated.";
  Result<Document> doc = DecodeText(text, {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->warnings().size(), 2u);
}

TEST(TextDecoderTest, EmptyInputIsAnEmptyDocument) {
  Result<Document> doc = DecodeText("", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->text().empty());
}

TEST(TextDecoderTest, RefusesInputOverTheLimit) {
  DecodeOptions options;
  options.max_bytes = 10;
  Result<Document> doc = DecodeText("eleven byte", {}, options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kTooLarge);
}

}  // namespace
}  // namespace hearsay
