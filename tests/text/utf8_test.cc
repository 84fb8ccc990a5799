#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace hearsay::internal {
namespace {

TEST(Utf8Test, ValidSequenceLengthAcceptsEachWidth) {
  EXPECT_EQ(ValidSequenceLength("a", 0), 1u);
  EXPECT_EQ(ValidSequenceLength("\xC3\xA9", 0), 2u);          // é
  EXPECT_EQ(ValidSequenceLength("\xE2\x80\x9C", 0), 3u);      // “
  EXPECT_EQ(ValidSequenceLength("\xF0\x9F\x98\x80", 0), 4u);  // 😀
}

TEST(Utf8Test, ValidSequenceLengthRejectsMalformedSequences) {
  EXPECT_EQ(ValidSequenceLength("\xFF", 0), 0u);              // never valid
  EXPECT_EQ(ValidSequenceLength("\xC0\xAF", 0), 0u);          // overlong '/'
  EXPECT_EQ(ValidSequenceLength("\xE0\x80\xAF", 0), 0u);      // overlong
  EXPECT_EQ(ValidSequenceLength("\xED\xA0\x80", 0), 0u);      // surrogate D800
  EXPECT_EQ(ValidSequenceLength("\xF4\x90\x80\x80", 0), 0u);  // above U+10FFFF
  EXPECT_EQ(ValidSequenceLength("\xE2\x80", 0), 0u);          // truncated
  EXPECT_EQ(ValidSequenceLength("\x80", 0), 0u);              // lone continuation
}

TEST(Utf8Test, CountsCodePointsNotBytes) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("Kyiv"), 4u);
  EXPECT_EQ(CountCodePoints("“Київ” — 2024"), 13u);
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "é";
  EXPECT_EQ(CountCodePoints(long_text), 100u);
}

TEST(Utf8Test, CodePointMapMatchesCountingPrefixes) {
  std::string text = "Jeon Ha-kyou said “more than 10,000” troops — in Seoul’s words — were in Курськ.";
  for (int i = 0; i < 5; ++i) text += text;  // cross many 64-byte blocks
  CodePointMap map(text);
  for (uint32_t b = 0; b <= text.size(); ++b) {
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
    ASSERT_EQ(map.ToCodePoint(b), CountCodePoints(std::string_view(text).substr(0, b))) << "byte " << b;
  }
}

TEST(Utf8Test, CodePointMapIsIdentityForAscii) {
  CodePointMap map("plain ascii text");
  EXPECT_EQ(map.ToCodePoint(0), 0u);
  EXPECT_EQ(map.ToCodePoint(16), 16u);
}

TEST(Utf8Test, AppendUtf8RoundTripsThroughDecodeAt) {
  for (char32_t cp : {U'a', U'é', U'“', U'₩', U'😀', U'\U0010FFFF'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t len;
    EXPECT_EQ(DecodeAt(s, 0, &len), cp);
    EXPECT_EQ(len, s.size());
    EXPECT_EQ(DecodeBefore(s, s.size(), &len), cp);
  }
}

}  // namespace
}  // namespace hearsay::internal
