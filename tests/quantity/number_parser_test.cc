#include "quantity/number_parser.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "text/tokenizer.h"

namespace hearsay::internal::quantity {
namespace {

struct Parsed {
  bool ok = false;
  double value = 0;
  std::string text;
  ParsedNumber n;
};

// Parses the number at the start of `text` (after a currency sign when `money`).
Parsed ParseFirst(const std::string& text, bool money = false) {
  Document doc = std::move(DecodeText(text, {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  Parsed p;
  uint32_t start = money ? 1 : 0;
  auto n = NumberParser().Parse(view, start, view.size(), money);
  if (!n) return p;
  p.ok = true;
  p.value = n->value;
  p.text = std::string(view.Range(n->begin, n->end - 1));
  p.n = *n;
  return p;
}

struct Case {
  const char* text;
  double value;
  const char* span;
};

TEST(NumberParserTest, ReadsDigitsWordsAndScales) {
  const Case cases[] = {
      {"10,000 troops", 10000, "10,000"},
      {"10 000 troops", 10000, "10 000"},
      {"1.2 million soldiers", 1.2e6, "1.2 million"},
      {"3bn", 3e9, "3bn"},
      {"500k users", 5e5, "500k"},
      {"2.5 trillion", 2.5e12, "2.5 trillion"},
      {"forty people", 40, "forty"},
      {"forty-two people", 42, "forty-two"},
      {"twenty five people", 25, "twenty five"},
      {"a dozen eggs", 12, "a dozen"},
      {"two dozen eggs", 24, "two dozen"},
      {"ten thousand men", 1e4, "ten thousand"},
      {"two hundred and fifty men", 250, "two hundred and fifty"},
      {"one million", 1e6, "one million"},
      {"a hundred thousand", 1e5, "a hundred thousand"},
      {"half a million", 5e5, "half a million"},
      {"three hundred thousand", 3e5, "three hundred thousand"},
      {"seven", 7, "seven"},
      {"0.5", 0.5, "0.5"},
      {"12 hundred", 1200, "12 hundred"},
  };
  for (const Case& c : cases) {
    Parsed p = ParseFirst(c.text);
    ASSERT_TRUE(p.ok) << c.text;
    EXPECT_DOUBLE_EQ(p.value, c.value) << c.text;
    EXPECT_EQ(p.text, c.span) << c.text;
  }
}

TEST(NumberParserTest, VaguePluralsAreRanges) {
  Parsed p = ParseFirst("hundreds of people");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.n.low, 200);
  EXPECT_EQ(p.n.high, 999);
  p = ParseFirst("tens of thousands of people");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.text, "tens of thousands");
  EXPECT_EQ(p.n.low, 20000);
  EXPECT_EQ(p.n.high, 99999);
  p = ParseFirst("dozens of homes");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.n.low, 24);
  p = ParseFirst("several hundred troops");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.n.low, 300);
  EXPECT_EQ(p.n.high, 900);
  EXPECT_FALSE(ParseFirst("hundreds").ok);  // no "of": not a count here
  EXPECT_FALSE(ParseFirst("tens of people").ok);
}

TEST(NumberParserTest, FractionsAreMarked) {
  const Case cases[] = {{"half of them", 0.5, "half"},
                        {"a third of voters", 1.0 / 3, "a third"},
                        {"two-thirds of voters", 2.0 / 3, "two-thirds"},
                        {"three-quarters", 0.75, "three-quarters"},
                        {"3/4 of seats", 0.75, "3/4"}};
  for (const Case& c : cases) {
    Parsed p = ParseFirst(c.text);
    ASSERT_TRUE(p.ok) << c.text;
    EXPECT_TRUE(p.n.fraction) << c.text;
    EXPECT_NEAR(p.value, c.value, 1e-12) << c.text;
    EXPECT_EQ(p.text, c.span) << c.text;
  }
}

TEST(NumberParserTest, OrdinalsAreRecognisedAndMarked) {
  for (const char* t : {"21st", "3rd", "first", "second", "tenth", "twenty-first", "100th"}) {
    Parsed p = ParseFirst(t);
    ASSERT_TRUE(p.ok) << t;
    EXPECT_TRUE(p.n.ordinal) << t;
  }
}

TEST(NumberParserTest, DatesTimesAndDecadesAreNotNumbers) {
  for (const char* t : {"2024-11-05", "9/11", "10:30", "1990s", "'90s", "a soldier", "an hour", "some"}) {
    EXPECT_FALSE(ParseFirst(t).ok) << t;
  }
}

TEST(NumberParserTest, MAndBAreScalesOnlyForMoney) {
  Parsed p = ParseFirst("$85m", true);
  ASSERT_TRUE(p.ok);
  EXPECT_DOUBLE_EQ(p.value, 85e6);
  p = ParseFirst("85m");
  ASSERT_TRUE(p.ok);
  EXPECT_DOUBLE_EQ(p.value, 85);  // metres, read as a unit by the annotator
}

TEST(NumberParserTest, PlainIntegerFlagsYearCandidates) {
  EXPECT_TRUE(ParseFirst("2022").n.plain_integer);
  EXPECT_FALSE(ParseFirst("2,022").n.plain_integer);
  EXPECT_FALSE(ParseFirst("2022 million").n.plain_integer);
}

TEST(NumberParserTest, MayStartIsCheapAndSelective) {
  Document doc = std::move(DecodeText("The forty soldiers and a 12 tanks Forty-two", {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  std::string starts;
  for (uint32_t i = 0; i < view.size(); ++i) {
    if (NumberParser::MayStart(view, i)) starts += std::string(view.Text(i)) + " ";
  }
  EXPECT_EQ(starts, "forty 12 Forty-two ");
}

}  // namespace
}  // namespace hearsay::internal::quantity
