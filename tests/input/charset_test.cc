#include "input/charset.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace hearsay::internal {
namespace {

TEST(CharsetTest, ByteOrderMarkWins) {
  EXPECT_EQ(Charset::Detect("\xEF\xBB\xBF<meta charset=latin1>"), "UTF-8");
  EXPECT_EQ(Charset::Detect("\xFF\xFEh\0i", "text/html; charset=utf-8"), "UTF-16LE");
}

TEST(CharsetTest, HttpHeaderBeforeMeta) {
  EXPECT_EQ(Charset::Detect("<meta charset=\"utf-8\">", "text/html; charset=ISO-8859-2"), "ISO-8859-2");
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(CharsetTest, ReadsMetaCharsetAndHttpEquiv) {
  EXPECT_EQ(Lower(Charset::Detect("<html><head><meta charset='Shift_JIS'>")), "shift_jis");
  EXPECT_EQ(Lower(Charset::Detect("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">")),
            "windows-1251");
}

TEST(CharsetTest, MapsLabelsAsBrowsersDo) {
  EXPECT_EQ(Charset::Detect("<meta charset=iso-8859-1>"), "windows-1252");
  EXPECT_EQ(Charset::Detect("<meta charset=us-ascii>"), "windows-1252");
  EXPECT_EQ(Charset::Detect("<meta charset=utf-16>"), "UTF-8");
  EXPECT_EQ(Charset::Canonical("no-such-charset"), "");
}

TEST(CharsetTest, ReadsXmlDeclaration) {
  EXPECT_EQ(Charset::Detect("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>"), "ISO-8859-15");
}

TEST(CharsetTest, UndeclaredValidUtf8IsUtf8) {
  EXPECT_EQ(Charset::Detect("<p>café – “quoted”</p>"), "UTF-8");
}

TEST(CharsetTest, UndeclaredInvalidUtf8IsDetectedOrWindows1252) {
  std::string latin = "<p>Le caf\xE9 de la gare est ferm\xE9 depuis l'\xE9t\xE9 dernier, \xE0 cause des travaux.</p>";
  std::string cs = Charset::Detect(latin);
  EXPECT_NE(cs, "UTF-8");
  EXPECT_NE(Charset::ToUtf8(latin, cs).find("café"), std::string::npos);
}

TEST(CharsetTest, ConvertsToUtf8) {
  EXPECT_EQ(Charset::ToUtf8("caf\xE9 \x93hi\x94", "windows-1252"), "café “hi”");
  EXPECT_EQ(Charset::ToUtf8("\x82\xa0", "Shift_JIS"), "あ");
  EXPECT_EQ(Charset::ToUtf8("\xEF\xBB\xBFok", "UTF-8"), "ok");
  // An unknown charset reads as windows-1252 rather than failing.
  EXPECT_EQ(Charset::ToUtf8("caf\xE9", "x-nonsense"), "café");
}

TEST(CharsetTest, RepairsInvalidUtf8) {
  std::string s = "a\xFF" "b\xE2\x82";
  EXPECT_EQ(Charset::RepairUtf8(&s), 2u);
  EXPECT_EQ(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  std::string ok = "fine ✓";
  EXPECT_EQ(Charset::RepairUtf8(&ok), 0u);
  EXPECT_EQ(ok, "fine ✓");
}

}  // namespace
}  // namespace hearsay::internal
