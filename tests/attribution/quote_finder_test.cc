#include "attribution/quote_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace hearsay::internal {
namespace {

std::vector<std::string> Quotes(std::string_view text, std::vector<bool>* direct = nullptr) {
  Document doc = testing::Annotate(text, false);
  std::vector<std::string> out;
  for (const QuoteSegment& q : FindQuotes(doc)) {
    out.emplace_back(doc.Text(q.content));
    if (direct) direct->push_back(q.direct);
  }
  return out;
}

struct QuoteCase {
  const char* name;
  const char* text;
  std::vector<std::string> quotes;
};

class QuoteFinderTest : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteFinderTest, FindsTheQuotedText) { EXPECT_EQ(Quotes(GetParam().text), GetParam().quotes); }

INSTANTIATE_TEST_SUITE_P(
    Cases, QuoteFinderTest,
    ::testing::Values(
        QuoteCase{"StraightDoubleQuotes", "\"We will not stop,\" Smith said.", {"We will not stop"}},
        QuoteCase{"CurlyDoubleQuotes", "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D Smith said.", {"We will not stop"}},
        QuoteCase{"Guillemets", "\xC2\xABWe will not stop,\xC2\xBB Smith said.", {"We will not stop"}},
        QuoteCase{"SingleQuotesInsideDoubleQuotesStayInside",
                  "\"He told me 'never again' twice,\" she said.",
                  {"He told me 'never again' twice"}},
        QuoteCase{"QuoteOverSeveralSentences", "\"One. Two. Three.\" he said.", {"One. Two. Three."}},
        QuoteCase{"SplitQuoteGivesTwoSegments",
                  "\"We will not stop,\" Smith said. \"Never.\"",
                  {"We will not stop", "Never."}},
        QuoteCase{"MultiParagraphQuoteGivesOneSegmentPerParagraph",
                  "Smith said: \"We will not stop.\n\n\"We will go on.\"\n\nThen he left.",
                  {"We will not stop.", "We will go on."}},
        QuoteCase{"QuoteClosedByAnOpeningMark",
                  "It could lead to an \xE2\x80\x9C" "escalation of the war in Ukraine\xE2\x80\x9C.",
                  {"escalation of the war in Ukraine"}},
        QuoteCase{"MarkMissingAtParagraphEndClosesThere",
                  "\"We will not stop, Smith said.\n\nThe next paragraph is narrative.",
                  {"We will not stop, Smith said."}},
        QuoteCase{"OpeningMarkInsideOpenQuoteClosesItAtTheSentenceEnd",
                  "\"We will not stop. Smith said. \"Never,\" he added.",
                  {"We will not stop. Smith said.", "Never"}},
        QuoteCase{"DoubledApostrophesAreDoubleQuotes", "''This is not reform,'' said Mr. Smith.", {"This is not reform"}},
        QuoteCase{"ApostrophesAreNotQuotes", "The students' union said rock 'n' roll in the '90s was Smith's.", {}},
        QuoteCase{"BritishSingleQuotes", "'We will not stop,' Smith said.", {"We will not stop"}}));

TEST(QuoteFinderTest, NeverRunsToTheEndOfTheDocument) {
  std::string text = "He said \"this never closes.\n\n";
  for (int i = 0; i < 50; ++i) text += "Another paragraph of plain narrative text.\n\n";
  std::vector<std::string> quotes = Quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0], "this never closes.");
}

TEST(QuoteFinderTest, TellsUtterancesFromQuotedFragments) {
  std::vector<bool> direct;
  std::vector<std::string> q = Quotes(
      "\"We expect rain,\" she said. The ministry said a \"significant number\" of troops moved.", &direct);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(direct[0]);
  EXPECT_FALSE(direct[1]);
}

TEST(QuoteFinderTest, OddMarksNeverFail) {
  for (const char* text : {"\"", "\"\"", "\" \" \"", "\xE2\x80\x9D\xE2\x80\x9C", "'''", "\"a\n\n\"", "a \" b \" c \" d",
                           "\xC2\xAB\xC2\xAB\xC2\xBB", "''", "\"\"\"\"\"\"\"", ""}) {
    Document doc = testing::Annotate(text, false);
    for (const QuoteSegment& q : FindQuotes(doc)) {
      EXPECT_LE(q.content.begin, q.content.end);
      EXPECT_LE(q.content.end, doc.text().size());
    }
  }
}

}  // namespace
}  // namespace hearsay::internal
