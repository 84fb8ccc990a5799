// Tests for the SentenceSplitter: one table row per paragraph or sentence rule
// in sentence_splitter.h, then properties of the token, sentence and
// paragraph ranges that must hold for any input.
#include "text/sentence_splitter.h"

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "hearsay/document.h"
#include "text/tokenizer.h"

namespace hearsay {
namespace {

Document Split(std::string_view text) {
  Result<Document> doc = DecodeText(text, {});
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  if (!doc.ok()) return Document("", {});
  Document d = std::move(doc).value();
  Tokenizer().Annotate(d);
  SentenceSplitter().Annotate(d);
  return d;
}

// Paragraphs joined by " || ", each its sentences' texts joined by " | ".
std::string Render(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs()) {
    if (!out.empty()) out += " || ";
    for (uint32_t s = p.sentence_begin; s < p.sentence_end; ++s) {
      if (s > p.sentence_begin) out += " | ";
      out += doc.Text(doc.sentences()[s].span);
    }
  }
  return out;
}

// Every token lies in exactly one sentence and every sentence in exactly one
// paragraph, in text order, with spans that agree with the ranges.
void ExpectValidStructure(const Document& doc) {
  const auto& tokens = doc.tokens();
  const auto& sentences = doc.sentences();
  const auto& paragraphs = doc.paragraphs();
  if (tokens.empty()) {
    EXPECT_TRUE(sentences.empty());
    EXPECT_TRUE(paragraphs.empty());
    return;
  }
  uint32_t next_token = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    ASSERT_EQ(s.token_begin, next_token) << "sentence " << i << " does not start where the last ended";
    ASSERT_LT(s.token_begin, s.token_end) << "sentence " << i << " is empty";
    ASSERT_LE(s.token_end, tokens.size());
    EXPECT_EQ(s.span.begin, tokens[s.token_begin].span.begin) << "sentence " << i;
    EXPECT_EQ(s.span.end, tokens[s.token_end - 1].span.end) << "sentence " << i;
    next_token = s.token_end;
  }
  ASSERT_EQ(next_token, tokens.size()) << "tokens after the last sentence";
  uint32_t next_sentence = 0;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    ASSERT_EQ(p.sentence_begin, next_sentence) << "paragraph " << i << " does not start where the last ended";
    ASSERT_LT(p.sentence_begin, p.sentence_end) << "paragraph " << i << " is empty";
    ASSERT_LE(p.sentence_end, sentences.size());
    EXPECT_LE(prev_end, p.span.begin) << "paragraph " << i << " overlaps the one before";
    for (uint32_t s = p.sentence_begin; s < p.sentence_end; ++s) {
      EXPECT_TRUE(p.span.Contains(sentences[s].span)) << "sentence " << s << " outside paragraph " << i;
    }
    next_sentence = p.sentence_end;
    prev_end = p.span.end;
  }
  ASSERT_EQ(next_sentence, sentences.size()) << "sentences after the last paragraph";
}

struct SplitCase {
  const char* name;        // the behaviour, used as the test name
  std::string_view text;
  std::string_view expected;  // paragraphs joined by " || ", sentences by " | "
};

// Failure messages show the row's text, not its bytes.
void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.text; }

class SplitsAs : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitsAs, Rule) {
  const SplitCase& c = GetParam();
  Document doc = Split(c.text);
  EXPECT_EQ(Render(doc), c.expected) << c.text;
  ExpectValidStructure(doc);
}

std::string CaseName(const testing::TestParamInfo<SplitCase>& info) { return info.param.name; }

// ---------------------------------------------------------------------------
// Paragraphs.

INSTANTIATE_TEST_SUITE_P(Paragraphs, SplitsAs, testing::Values(
    SplitCase{"SplitsParagraphsAtABlankLine",
              "Officials met in Geneva on Monday.\n\nThe talks ended without a deal.",
              "Officials met in Geneva on Monday. || The talks ended without a deal."},
    SplitCase{"SplitsParagraphsAtACrlfBlankLine",
              "Officials met in Geneva on Monday.\r\n\r\nThe talks ended without a deal.\r\n",
              "Officials met in Geneva on Monday. || The talks ended without a deal."},
    SplitCase{"SplitsParagraphsAtALoneCrBlankLine",
              "Officials met in Geneva on Monday.\r\rThe talks ended without a deal.",
              "Officials met in Geneva on Monday. || The talks ended without a deal."},
    SplitCase{"TakesALineOfSpacesAsBlank",
              "Officials met in Geneva on Monday.\n \t \nThe talks ended without a deal.",
              "Officials met in Geneva on Monday. || The talks ended without a deal."},
    SplitCase{"TakesManyBlankLinesAsOneBreak",
              "\n\nOfficials met in Geneva on Monday.\n\n\n\nThe talks ended without a deal.\n\n",
              "Officials met in Geneva on Monday. || The talks ended without a deal."},
    SplitCase{"GivesEachLineOfWireTextItsOwnParagraph",
              "Officials met in Geneva on Monday.\nThe talks ended without a deal.\nBoth sides blamed "
              "the other.\nA new round is planned for March.",
              "Officials met in Geneva on Monday. || The talks ended without a deal. || Both sides blamed the "
              "other. || A new round is planned for March."},
    SplitCase{"GivesEachCrlfLineOfWireTextItsOwnParagraph",
              "Officials met in Geneva on Monday.\r\nThe talks ended without a deal.\r\nBoth sides blamed "
              "the other.\r\n",
              "Officials met in Geneva on Monday. || The talks ended without a deal. || Both sides blamed the "
              "other."},
    SplitCase{"GivesEachLoneCrLineOfWireTextItsOwnParagraph",
              "Officials met in Geneva on Monday.\rThe talks ended without a deal.\rBoth sides blamed the other.",
              "Officials met in Geneva on Monday. || The talks ended without a deal. || Both sides blamed the "
              "other."},
    SplitCase{"JoinsHardWrappedLinesIntoOneParagraph",
              "Officials from both countries met in Geneva on Monday to\ndiscuss the ceasefire, which has "
              "held since\nMarch. The talks ended late in the evening\nwithout a deal.",
              "Officials from both countries met in Geneva on Monday to\ndiscuss the ceasefire, which has held "
              "since\nMarch. | The talks ended late in the evening\nwithout a deal."},
    SplitCase{"KeepsHardWrappedParagraphsApartAtBlankLines",
              "Officials met in Geneva\non Monday. The talks ended\nwithout a deal.\n\nBoth sides "
              "blamed\nthe other.",
              "Officials met in Geneva\non Monday. | The talks ended\nwithout a deal. || Both sides blamed\nthe "
              "other."},
    SplitCase{"KeepsAHeadlineApartFromAHardWrappedParagraph",
              "Ceasefire talks collapse in Geneva\nOfficials from both countries met on Monday to\ndiscuss "
              "the ceasefire, which has held since\nMarch. The talks ended late.",
              "Ceasefire talks collapse in Geneva || Officials from both countries met on Monday to\ndiscuss "
              "the ceasefire, which has held since\nMarch. | The talks ended late."},
    SplitCase{"KeepsAHeadlineApartFromASingleLine",
              "Ceasefire talks collapse in Geneva\nOfficials from both countries met on Monday.",
              "Ceasefire talks collapse in Geneva || Officials from both countries met on Monday."},
    SplitCase{"KeepsAHeadlineApartFromWireLines",
              "Ceasefire talks collapse in Geneva\nOfficials met on Monday.\nThe talks ended late.",
              "Ceasefire talks collapse in Geneva || Officials met on Monday. || The talks ended late."},
    SplitCase{"DoesNotTakeAWrappedFirstLineBeforeACapitalForAHeadline",
              "Officials from both countries met in\nGeneva on Monday to discuss the ceasefire,\nwhich has held since "
              "March, and agreed\nto meet again.",
              "Officials from both countries met in\nGeneva on Monday to discuss the ceasefire,\nwhich has held since "
              "March, and agreed\nto meet again."},
    SplitCase{"DoesNotTakeAWrappedFirstLineForAHeadline",
              "Officials from both countries met in Geneva\non Monday to discuss the ceasefire.",
              "Officials from both countries met in Geneva\non Monday to discuss the ceasefire."},
    SplitCase{"StartsAParagraphAtEachDashListItem",
              "The plan, agreed on Monday after long\ntalks, has two parts:\n- a ceasefire along the "
              "front line\n- an exchange of all prisoners",
              "The plan, agreed on Monday after long\ntalks, has two parts: || - a ceasefire along the front "
              "line || - an exchange of all prisoners"},
    SplitCase{"StartsAParagraphAtEachNumberedListItem",
              "The plan, agreed on Monday after long\ntalks, has two parts:\n1. A ceasefire along the "
              "front line.\n2. An exchange of all prisoners.",
              "The plan, agreed on Monday after long\ntalks, has two parts: || 1. A ceasefire along the front "
              "line. || 2. An exchange of all prisoners."},
    SplitCase{"StartsAParagraphAtEachBulletItem",
              "The plan, agreed on Monday after long\ntalks, has two parts:\n\u2022 a ceasefire along the "
              "front\n\u2022 an exchange of prisoners",
              "The plan, agreed on Monday after long\ntalks, has two parts: || \u2022 a ceasefire along the "
              "front || \u2022 an exchange of prisoners"}),
    CaseName);

// ---------------------------------------------------------------------------
// Sentences after abbreviations.

INSTANTIATE_TEST_SUITE_P(Abbreviations, SplitsAs, testing::Values(
    SplitCase{"DoesNotSplitAfterMrOrDr", "Mr. Smith met Dr. Jones at the embassy. They spoke briefly.",
              "Mr. Smith met Dr. Jones at the embassy. | They spoke briefly."},
    SplitCase{"DoesNotSplitAfterGen", "The order came from Gen. Kim on Friday. Troops moved at dawn.",
              "The order came from Gen. Kim on Friday. | Troops moved at dawn."},
    SplitCase{"DoesNotSplitAfterLtCol", "Lt. Col. Hanna Maliar denied the report. She gave no details.",
              "Lt. Col. Hanna Maliar denied the report. | She gave no details."},
    SplitCase{"DoesNotSplitAfterTitleEvenBeforeASentenceStarter", "The award went to Dr. The Hon. Mary Ellis.",
              "The award went to Dr. The Hon. Mary Ellis."},
    SplitCase{"DoesNotSplitAfterInitials", "The memo was signed by J. R. Smith on Monday. It was leaked.",
              "The memo was signed by J. R. Smith on Monday. | It was leaked."},
    SplitCase{"DoesNotSplitAfterARunOfInitials", "J.R.R. Tolkien served in the war. He rarely spoke of it.",
              "J.R.R. Tolkien served in the war. | He rarely spoke of it."},
    SplitCase{"SplitsAfterAnInitialBeforeASentenceStarter", "The suspect was named as John J. He was 34.",
              "The suspect was named as John J. | He was 34."},
    SplitCase{"DoesNotSplitAfterNoBeforeANumber", "The bill, listed as No. 4 on the agenda, passed easily.",
              "The bill, listed as No. 4 on the agenda, passed easily."},
    SplitCase{"SplitsAfterNoThatEndsASentence", "Asked whether he would resign, he said no. He then left.",
              "Asked whether he would resign, he said no. | He then left."},
    SplitCase{"DoesNotSplitAfterAMonthBeforeADay", "The vote is set for Jan. 31 in Kyiv. Turnout may be low.",
              "The vote is set for Jan. 31 in Kyiv. | Turnout may be low."},
    SplitCase{"SplitsAfterAMonthBeforeASentenceStarter", "The vote was moved to Jan. The delay angered many.",
              "The vote was moved to Jan. | The delay angered many."},
    SplitCase{"SplitsAfterUsBeforeThe", "He moved his family to the U.S. The move was hard.",
              "He moved his family to the U.S. | The move was hard."},
    SplitCase{"SplitsAfterUsBeforeHe", "She left the U.S. He stayed behind in Seoul.",
              "She left the U.S. | He stayed behind in Seoul."},
    SplitCase{"DoesNotSplitInsideUsArmy", "He joined the U.S. Army in 2003. He served twice in Iraq.",
              "He joined the U.S. Army in 2003. | He served twice in Iraq."},
    SplitCase{"DoesNotSplitAfterUsBeforeALowerCaseWord", "Talks between the U.S. and China resumed.",
              "Talks between the U.S. and China resumed."},
    SplitCase{"SplitsAfterIncBeforeThe", "The shares were sold to Acme Inc. The price was not disclosed.",
              "The shares were sold to Acme Inc. | The price was not disclosed."},
    SplitCase{"DoesNotSplitAfterIncBeforeAName", "Acme Inc. Chief Executive Jane Doe declined to comment.",
              "Acme Inc. Chief Executive Jane Doe declined to comment."},
    SplitCase{"SplitsAfterUsBeforeAnOpeningQuote", "He returned to the U.S. \"It is home,\" he said.",
              "He returned to the U.S. | \"It is home,\" he said."},
    SplitCase{"DoesNotSplitAfterAbbreviationInsideBrackets", "The firm (Acme Inc.) said so. It gave no figure.",
              "The firm (Acme Inc.) said so. | It gave no figure."},
    SplitCase{"DoesNotSplitAfterAPartyAndStateInBracketsBeforeALowerCaseWord",
              "Sen. Rand Paul (R-Ky.) said the plan would fail. Others agreed.",
              "Sen. Rand Paul (R-Ky.) said the plan would fail. | Others agreed."},
    SplitCase{"SplitsAfterAPeriodInBracketsBeforeACapital", "The vote was close (51 to 49.) The bill passed.",
              "The vote was close (51 to 49.) | The bill passed."}),
    CaseName);

// ---------------------------------------------------------------------------
// Sentences and quotation marks.

INSTANTIATE_TEST_SUITE_P(Quotes, SplitsAs, testing::Values(
    SplitCase{"SplitsAfterAttributionBeforeANewQuote", "\"We will not stop,\" Smith said. \"Never.\"",
              "\"We will not stop,\" Smith said. | \"Never.\""},
    SplitCase{"SplitsAfterClosingQuoteWhenNextWordIsCapitalised", "\"They left.\" She said they would return.",
              "\"They left.\" | She said they would return."},
    SplitCase{"SplitsAfterCurlyClosingQuoteWhenNextWordIsCapitalised",
              "\u201cThey left.\u201d She said they would return.",
              "\u201cThey left.\u201d | She said they would return."},
    SplitCase{"DoesNotSplitAfterQuestionInQuotesBeforeALowerCaseWord", "\"Why?\" he asked.",
              "\"Why?\" he asked."},
    SplitCase{"DoesNotSplitAfterExclamationInQuotesBeforeALowerCaseWord",
              "\u201cGet down!\u201d a soldier shouted. Nobody moved.",
              "\u201cGet down!\u201d a soldier shouted. | Nobody moved."},
    SplitCase{"DoesNotSplitAfterEllipsisAndCommaInQuotes", "\"We will wait...,\" he said.",
              "\"We will wait...,\" he said."},
    SplitCase{"DoesNotSplitAfterPeriodInQuotesBeforeALowerCaseWord", "\"We won.\" she said. Nobody cheered.",
              "\"We won.\" she said. | Nobody cheered."},
    SplitCase{"DoesNotSplitAfterPeriodBeforeClosingQuote", "He called the plan \"a disgrace.\" Then he left.",
              "He called the plan \"a disgrace.\" | Then he left."},
    SplitCase{"KeepsSingleQuotesWithTheirSentence",
              "\u201cHe told me \u2018it is over.\u2019 Then he hung up,\u201d she said.",
              "\u201cHe told me \u2018it is over.\u2019 | Then he hung up,\u201d she said."}),
    CaseName);

// ---------------------------------------------------------------------------
// Terminal punctuation, ellipses, numbering and datelines.

INSTANTIATE_TEST_SUITE_P(Punctuation, SplitsAs, testing::Values(
    SplitCase{"SplitsAfterQuestionAndExclamationMarks", "Is the war over? No! The shelling goes on.",
              "Is the war over? | No! | The shelling goes on."},
    SplitCase{"SplitsAfterARunOfTerminalMarks", "Did he really say that?! Nobody believed it.",
              "Did he really say that?! | Nobody believed it."},
    SplitCase{"SplitsAfterThreeDotsBeforeACapital", "The talks dragged on... The delegates went home.",
              "The talks dragged on... | The delegates went home."},
    SplitCase{"DoesNotSplitAfterThreeDotsBeforeALowerCaseWord", "The talks dragged on... and on into the night.",
              "The talks dragged on... and on into the night."},
    SplitCase{"SplitsAfterEllipsisCharacterBeforeACapital", "The talks dragged on\u2026 The delegates went home.",
              "The talks dragged on\u2026 | The delegates went home."},
    SplitCase{"DoesNotSplitAfterEllipsisCharacterBeforeALowerCaseWord",
              "The talks dragged on\u2026 and on into the night.",
              "The talks dragged on\u2026 and on into the night."},
    SplitCase{"DoesNotSplitAfterADecimalPoint", "Prices rose 3.5 percent in May. Wages did not.",
              "Prices rose 3.5 percent in May. | Wages did not."},
    SplitCase{"DoesNotSplitBeforeAPercentSign", "Prices rose 3.5%. Wages did not.",
              "Prices rose 3.5%. | Wages did not."},
    SplitCase{"DoesNotSplitAfterListNumberingAtALineStart",
              "Two demands were made:\n1. The troops withdraw.\n2. The prisoners go free.",
              "Two demands were made: || 1. The troops withdraw. || 2. The prisoners go free."},
    SplitCase{"KeepsAPDatelineInTheFirstSentence",
              "KYIV, Ukraine (AP) \u2014 Officials said on Tuesday that the talks had stalled. A new round "
              "is planned.",
              "KYIV, Ukraine (AP) \u2014 Officials said on Tuesday that the talks had stalled. | A new round is "
              "planned."},
    SplitCase{"KeepsAReutersDatelineInTheFirstSentence",
              "SEOUL, Nov 5 (Reuters) - South Korea's central bank held rates on Tuesday.",
              "SEOUL, Nov 5 (Reuters) - South Korea's central bank held rates on Tuesday."},
    SplitCase{"DoesNotSplitInsideAUrl", "The report is at https://example.org/a.b/c. It is long.",
              "The report is at https://example.org/a.b/c. | It is long."},
    SplitCase{"DoesNotSplitAfterOtherNonAsciiPunctuation",
              "The ban falls under \u00a7 5 of the law \u2020 and \u2022 Kyiv accepts it.",
              "The ban falls under \u00a7 5 of the law \u2020 and \u2022 Kyiv accepts it."},
    SplitCase{"SplitsAfterFullWidthTerminalMarks", "Is it over\uff1f Nobody knows\uff01 The talks go on.",
              "Is it over\uff1f | Nobody knows\uff01 | The talks go on."},
    SplitCase{"KeepsTrailingTextWithoutPunctuationAsASentence", "The talks ended. More to follow",
              "The talks ended. | More to follow"}),
    CaseName);

// ---------------------------------------------------------------------------
// Properties.

TEST(SentenceSplitterTest, FindsNothingInEmptyText) {
  Document doc = Split("");
  EXPECT_TRUE(doc.sentences().empty());
  EXPECT_TRUE(doc.paragraphs().empty());
}

TEST(SentenceSplitterTest, FindsNothingInWhiteSpace) {
  Document doc = Split(" \t\r\n\r\n \u00a0\n");
  EXPECT_TRUE(doc.sentences().empty());
  EXPECT_TRUE(doc.paragraphs().empty());
}

TEST(SentenceSplitterTest, ReplacesSentencesOfAnEarlierRun) {
  Document doc = Split("Talks resumed. They failed.\n\nBoth sides left.");
  SentenceSplitter().Annotate(doc);
  EXPECT_EQ(Render(doc), "Talks resumed. | They failed. || Both sides left.");
  ExpectValidStructure(doc);
}

TEST(SentenceSplitterTest, ParagraphSpansCoverTheirLines) {
  Document doc = Split("  First paragraph here.  \n\n\tSecond one, wrapped\nover two lines.\n");
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  EXPECT_EQ(doc.Text(doc.paragraphs()[0].span), "First paragraph here.");
  EXPECT_EQ(doc.Text(doc.paragraphs()[1].span), "Second one, wrapped\nover two lines.");
}

TEST(SentenceSplitterTest, PutsEveryTokenInExactlyOneSentenceAndParagraph) {
  const std::string_view texts[] = {
      "Ceasefire talks collapse\nOfficials met on Monday to discuss\nthe truce. Mr. Kim said: \u201cWe "
      "will not stop.\u201d\n\nThe U.S. Army declined to comment... Why? Nobody knows!",
      "One.\r\nTwo.\r\n\r\nThree, wrapped\r\nover lines.\rFour.",
      "KYIV, Ukraine (AP) \u2014 Officials said 10,000 troops moved (see https://example.org/x.). "
      "\u2018It\u2019s over,\u2019 she said.",
      "- item one\n- item two\n1. First\n2. Second\n\u2022 bullet",
      "\u201c\u201c\u201c\u201d\u201d . . . ! ? \u2026 ) ] \" '",
      "\tTabbed\tline.\u00a0\u00a0Non-break\u2003space.\n\n\n",
      "No headline here. But a second\nline that wraps.\nAnd a third that\nwraps too.",
      "A\u2028B.\u2029C. D\u0085E.",
  };
  for (std::string_view text : texts) {
    SCOPED_TRACE(text);
    Document doc = Split(text);
    EXPECT_FALSE(doc.sentences().empty());
    ExpectValidStructure(doc);
  }
}

TEST(SentenceSplitterTest, KeepsStructureValidOnRandomNewsLikeText) {
  static const std::string_view kPieces[] = {
      "Word", "word", "The", "He", "said", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", ".", ". ", "!",
      "?", "...", "\u2026", ",", ":", "\"", "\u201c", "\u201d", "'", "\u2019", "(", ")", "Mr.", "U.S.", "Inc.",
      "J.", "No.", "Jan.", "1.", "5", "10,000", "- ", "\u2022 ", "\u2014", "https://example.org/a.", "\u00a0",
  };
  std::mt19937 rng(5112024);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 100);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text.append(kPieces[piece(rng)]);
    SCOPED_TRACE(text);
    Document doc = Split(text);
    ExpectValidStructure(doc);
    if (HasFatalFailure()) return;
  }
}

TEST(SentenceSplitterTest, KeepsStructureValidOnRandomBytesAfterRepair) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(1, 255);
  std::uniform_int_distribution<int> ascii(0x20, 0x7E);
  std::uniform_int_distribution<int> coin(0, 5);
  std::uniform_int_distribution<int> length(1, 160);
  int decoded = 0;
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    for (int n = length(rng); n > 0; --n) {
      int c = coin(rng);
      bytes.push_back(static_cast<char>(c == 0 ? byte(rng) : c == 1 ? '\n' : ascii(rng)));
    }
    Result<Document> doc = DecodeText(bytes, {});
    if (!doc.ok()) continue;
    ++decoded;
    Tokenizer().Annotate(*doc);
    SentenceSplitter().Annotate(*doc);
    ExpectValidStructure(*doc);
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(decoded, 200);
}

TEST(SentenceSplitterTest, HandlesTenThousandOpeningQuotes) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "\u201c";
  Document doc = Split(text);
  ExpectValidStructure(doc);
  EXPECT_EQ(doc.paragraphs().size(), 1u);
}

TEST(SentenceSplitterTest, HandlesManyShortSentencesAndLines) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += i % 7 == 0 ? "Yes.\n" : "No! ";
  Document doc = Split(text);
  ExpectValidStructure(doc);
  EXPECT_EQ(doc.sentences().size(), 20000u);
}

}  // namespace
}  // namespace hearsay
