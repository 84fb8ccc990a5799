// Tests for the Tokenizer: one table row or test per rule in tokenizer.h,
// then properties that must hold for any input (spans in order, gaps only
// white space, no crash on odd text).
#include "text/tokenizer.h"

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "hearsay/document.h"
#include "text/char_class.h"

namespace hearsay {
namespace {

using internal::CharClass;
using internal::ClassifyAt;

Document Tokenize(std::string_view text) {
  Result<Document> doc = DecodeText(text, {});
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  if (!doc.ok()) return Document("", {});
  Document d = std::move(doc).value();
  Tokenizer().Annotate(d);
  return d;
}

std::string_view KindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kAbbreviation: return "abbr";
    case TokenKind::kNumber: return "number";
    case TokenKind::kClitic: return "clitic";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kDash: return "dash";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHandle: return "handle";
    case TokenKind::kHashtag: return "hashtag";
  }
  return "?";
}

// Joins one string per token with `separator`.
template <typename Fn>
std::string Join(const Document& doc, std::string_view separator, Fn fn) {
  std::string out;
  for (const Token& t : doc.tokens()) {
    if (!out.empty()) out.append(separator);
    out.append(fn(t));
  }
  return out;
}

std::string Texts(const Document& doc) {
  return Join(doc, " | ", [&](const Token& t) { return std::string(doc.TokenText(t)); });
}
std::string Norms(const Document& doc) {
  return Join(doc, " | ", [&](const Token& t) { return std::string(doc.TokenNorm(t)); });
}
std::string Kinds(const Document& doc) {
  return Join(doc, " ", [&](const Token& t) { return std::string(KindName(t.kind)); });
}
// Token texts with each quote mark's flags: “/open, ’/close/single.
std::string TextsWithQuoteFlags(const Document& doc) {
  return Join(doc, " | ", [&](const Token& t) {
    std::string s(doc.TokenText(t));
    if (t.kind != TokenKind::kQuote) return s;
    if (t.Has(kOpeningQuote)) s += "/open";
    if (t.Has(kClosingQuote)) s += "/close";
    if (t.Has(kSingleQuote)) s += "/single";
    return s;
  });
}

// Checks the span invariants every tokenization must keep: tokens are
// non-empty, in text order, do not overlap, and what lies between them is
// white space (or, when `allow_skipped` is set, characters the tokenizer
// skips: controls and unassigned code points).
void ExpectValidSpans(const Document& doc, bool allow_skipped = false) {
  std::string_view text = doc.text();
  uint32_t prev_end = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    const Token& t = doc.tokens()[i];
    ASSERT_LT(t.span.begin, t.span.end) << "empty token " << i;
    ASSERT_LE(t.span.end, text.size()) << "token " << i << " runs past the text";
    ASSERT_LE(prev_end, t.span.begin) << "token " << i << " overlaps the one before";
    for (size_t p = prev_end; p < t.span.begin;) {
      auto ci = ClassifyAt(text, p);
      bool ok = ci.cls == CharClass::kSpace || ci.cls == CharClass::kNewline ||
                (allow_skipped && ci.cls == CharClass::kOther);
      ASSERT_TRUE(ok) << "non-space byte " << p << " before token " << i << " is in no token";
      p += ci.len;
    }
    prev_end = t.span.end;
  }
  for (size_t p = prev_end; p < text.size();) {
    auto ci = ClassifyAt(text, p);
    bool ok = ci.cls == CharClass::kSpace || ci.cls == CharClass::kNewline ||
              (allow_skipped && ci.cls == CharClass::kOther);
    ASSERT_TRUE(ok) << "non-space byte " << p << " after the last token is in no token";
    p += ci.len;
  }
}

// One rule, one row: `tokens` always; `kinds` and `norms` when given.
struct TokenCase {
  const char* name;        // the behaviour, used as the test name
  std::string_view text;
  std::string_view tokens;       // token texts joined by " | "
  std::string_view kinds = {};   // kind names joined by " "
  std::string_view norms = {};   // normalized forms joined by " | "
};

// Failure messages show the row's text, not its bytes.
void PrintTo(const TokenCase& c, std::ostream* os) { *os << c.text; }

class TokenizesAs : public testing::TestWithParam<TokenCase> {};

TEST_P(TokenizesAs, Rule) {
  const TokenCase& c = GetParam();
  Document doc = Tokenize(c.text);
  EXPECT_EQ(Texts(doc), c.tokens) << c.text;
  if (!c.kinds.empty()) {
    EXPECT_EQ(Kinds(doc), c.kinds) << c.text;
  }
  if (!c.norms.empty()) {
    EXPECT_EQ(Norms(doc), c.norms) << c.text;
  }
  ExpectValidSpans(doc);
}

std::string CaseName(const testing::TestParamInfo<TokenCase>& info) { return info.param.name; }

// ---------------------------------------------------------------------------
// Abbreviations and titles keep their period; other words lose it.

INSTANTIATE_TEST_SUITE_P(Abbreviations, TokenizesAs, testing::Values(
    TokenCase{"KeepsPeriodOfMr", "Mr. Zelensky arrived in Kyiv.",
              "Mr. | Zelensky | arrived | in | Kyiv | .", "abbr word word word word punct"},
    TokenCase{"KeepsPeriodOfMsAndDr", "Ms. Harris met Dr. Okafor on Tuesday.",
              "Ms. | Harris | met | Dr. | Okafor | on | Tuesday | .",
              "abbr word word abbr word word word punct"},
    TokenCase{"KeepsPeriodOfGen", "Gen. Oleksandr Syrskyi visited the front.",
              "Gen. | Oleksandr | Syrskyi | visited | the | front | .", "abbr word word word word word punct"},
    TokenCase{"KeepsPeriodsOfLtCol", "Lt. Col. Hanna Maliar denied it.",
              "Lt. | Col. | Hanna | Maliar | denied | it | .", "abbr abbr word word word word punct"},
    TokenCase{"KeepsPeriodOfSenAndRep", "Sen. Elizabeth Warren and Rep. Hakeem Jeffries objected.",
              "Sen. | Elizabeth | Warren | and | Rep. | Hakeem | Jeffries | objected | .",
              "abbr word word word abbr word word word punct"},
    TokenCase{"KeepsPeriodsOfUsAndUn", "The U.S. and the U.N. disagreed.",
              "The | U.S. | and | the | U.N. | disagreed | .", "word abbr word word abbr word punct"},
    TokenCase{"KeepsPeriodOfJan", "The vote moved to Jan. 15 after a delay.",
              "The | vote | moved | to | Jan. | 15 | after | a | delay | .",
              "word word word word abbr number word word word punct"},
    TokenCase{"KeepsPeriodOfSept", "Talks resume on Sept. 30 in Geneva.",
              "Talks | resume | on | Sept. | 30 | in | Geneva | .", "word word word abbr number word word punct"},
    TokenCase{"KeepsPeriodOfNoBeforeANumber", "The No. 5 seed lost in straight sets.",
              "The | No. | 5 | seed | lost | in | straight | sets | .",
              "word abbr number word word word word word punct"},
    TokenCase{"SplitsPeriodFromNoAtTheEndOfASentence", "Asked whether she would run again, she said no.",
              "Asked | whether | she | would | run | again | , | she | said | no | .",
              "word word word word word word punct word word word punct"},
    TokenCase{"SplitsPeriodFromNoBeforeAWord", "His answer was No. Nobody was surprised.",
              "His | answer | was | No | . | Nobody | was | surprised | ."},
    TokenCase{"KeepsPeriodOfSt", "Crowds gathered outside St. Sophia Cathedral.",
              "Crowds | gathered | outside | St. | Sophia | Cathedral | .", "word word word abbr word word punct"},
    TokenCase{"KeepsPeriodOfIncAndCorp", "Shares of Acme Inc. and Globex Corp. fell sharply.",
              "Shares | of | Acme | Inc. | and | Globex | Corp. | fell | sharply | .",
              "word word word abbr word word abbr word word punct"},
    TokenCase{"KeepsPeriodOfCorpAtTheEndOfText", "The plant is owned by Initech Corp.",
              "The | plant | is | owned | by | Initech | Corp.", "word word word word word word abbr"},
    TokenCase{"SplitsPeriodFromPlainWordAtTheEndOfASentence", "The delegation left.",
              "The | delegation | left | .", "word word word punct"},
    TokenCase{"KeepsPeriodsOfLowerCaseDottedAbbreviation", "Shelling stopped at 5 p.m. on Sunday.",
              "Shelling | stopped | at | 5 | p.m. | on | Sunday | .", "word word word number abbr word word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Initials.

INSTANTIATE_TEST_SUITE_P(Initials, TokenizesAs, testing::Values(
    TokenCase{"KeepsARunOfInitialsAsOneToken", "J.R.R. Tolkien wrote the book.",
              "J.R.R. | Tolkien | wrote | the | book | .", "abbr word word word word punct"},
    TokenCase{"KeepsPeriodOfASingleInitial", "J. Smith signed the letter.",
              "J. | Smith | signed | the | letter | .", "abbr word word word word punct"},
    TokenCase{"KeepsPeriodsOfSpacedInitials", "The report by J. R. Smith was leaked.",
              "The | report | by | J. | R. | Smith | was | leaked | .", "word word word abbr abbr word word word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Numbers: separators, scales, units, currencies, dates, decades, ordinals, ranges.

INSTANTIATE_TEST_SUITE_P(Numbers, TokenizesAs, testing::Values(
    TokenCase{"KeepsThousandsWithCommaAsOneNumber", "About 10,000 people marched.",
              "About | 10,000 | people | marched | .", "word number word word punct",
              "About | 10000 | people | marched | ."},
    TokenCase{"JoinsDigitGroupsSeparatedByASpace", "Some 10 000 troops withdrew.",
              "Some | 10 000 | troops | withdrew | .", "word number word word punct",
              "Some | 10000 | troops | withdrew | ."},
    TokenCase{"JoinsDigitGroupsSeparatedByANoBreakSpace", "Some 1\u00a0200\u00a0000 voters stayed home.",
              "Some | 1\u00a0200\u00a0000 | voters | stayed | home | .", "word number word word word punct",
              "Some | 1200000 | voters | stayed | home | ."},
    TokenCase{"DropsEveryThousandsSeparatorFromTheNorm", "The fund holds 1,200,000.50 euros.",
              "The | fund | holds | 1,200,000.50 | euros | .", "word word word number word punct",
              "The | fund | holds | 1200000.50 | euros | ."},
    TokenCase{"SeparatesScaleWordFromDecimal", "The aid totals 1.2 million dollars.",
              "The | aid | totals | 1.2 | million | dollars | .", "word word word number word word punct"},
    TokenCase{"SplitsPercentSignFromNumber", "Inflation rose 3.5% in May.",
              "Inflation | rose | 3.5 | % | in | May | .", "word word number symbol word word punct"},
    TokenCase{"SplitsCurrencyAndScaleSuffixFromNumber", "The deal is worth $1.2bn in total.",
              "The | deal | is | worth | $ | 1.2 | bn | in | total | .",
              "word word word word symbol number word word word punct"},
    TokenCase{"SplitsWonSignFromNumber", "A coffee costs \u20a9500 more.",
              "A | coffee | costs | \u20a9 | 500 | more | .", "word word word symbol number word punct"},
    TokenCase{"SplitsUnitFromNumber", "The convoy stretched 10km along the road.",
              "The | convoy | stretched | 10 | km | along | the | road | .",
              "word word word number word word word word punct"},
    TokenCase{"KeepsIsoDateAsOneNumber", "Polls close on 2024-11-05 at night.",
              "Polls | close | on | 2024-11-05 | at | night | .", "word word word number word word punct",
              "Polls | close | on | 2024-11-05 | at | night | ."},
    TokenCase{"KeepsSlashedNumberAsOne", "Security changed after 9/11 for good.",
              "Security | changed | after | 9/11 | for | good | .", "word word word number word word punct"},
    TokenCase{"KeepsClockTimeAsOneNumber", "The sirens sounded at 10:30 on Friday.",
              "The | sirens | sounded | at | 10:30 | on | Friday | .", "word word word word number word word punct"},
    TokenCase{"KeepsDecadeAsOneNumber", "The dispute dates back to the 1990s.",
              "The | dispute | dates | back | to | the | 1990s | .", "word word word word word word number punct"},
    TokenCase{"KeepsAgeDecadeAsOneNumber", "Most of the recruits were in their 30s.",
              "Most | of | the | recruits | were | in | their | 30s | .",
              "word word word word word word word number punct"},
    TokenCase{"KeepsShortDecadeWithStraightApostropheAsOneNumber", "The band peaked in the '90s.",
              "The | band | peaked | in | the | '90s | .", "word word word word word number punct"},
    TokenCase{"KeepsShortDecadeWithCurlyApostropheAsOneNumber", "The band peaked in the \u201990s.",
              "The | band | peaked | in | the | \u201990s | .", "word word word word word number punct",
              "The | band | peaked | in | the | '90s | ."},
    TokenCase{"SplitsSecondsFromADecimal", "He ran it in 9.58s in Berlin.",
              "He | ran | it | in | 9.58 | s | in | Berlin | .", "word word word word number word word word punct"},
    TokenCase{"KeepsOrdinalAsOneNumber", "It is the 21st round of sanctions.",
              "It | is | the | 21st | round | of | sanctions | .", "word word word number word word word punct"},
    TokenCase{"SplitsNumberRangeAtTheHyphen", "Between 10,000-12,000 people fled.",
              "Between | 10,000 | - | 12,000 | people | fled | .", "word number dash number word word punct",
              "Between | 10000 | - | 12000 | people | fled | ."},
    TokenCase{"KeepsMinusSignWithNumber", "Temperatures fell to -5 overnight.",
              "Temperatures | fell | to | -5 | overnight | .", "word word word number word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Hyphenated words.

INSTANTIATE_TEST_SUITE_P(Hyphens, TokenizesAs, testing::Values(
    TokenCase{"KeepsHyphenatedNameAsOneWord", "Kim Ha-kyou spoke first.",
              "Kim | Ha-kyou | spoke | first | .", "word word word word punct"},
    TokenCase{"KeepsHyphenatedAgeAsOneWord", "A 40-year-old man was detained.",
              "A | 40-year-old | man | was | detained | .", "word word word word word punct"},
    TokenCase{"KeepsLettersHyphenDigitsAsOneWord", "Cases of COVID-19 rose again.",
              "Cases | of | COVID-19 | rose | again | .", "word word word word word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Clitics and possessives, as in UD/PTB.

INSTANTIATE_TEST_SUITE_P(Clitics, TokenizesAs, testing::Values(
    TokenCase{"SplitsPossessiveS", "Ukraine's army advanced.",
              "Ukraine | 's | army | advanced | .", "word clitic word word punct"},
    TokenCase{"SplitsPossessiveSWithCurlyApostropheAndNormalizesIt", "Ukraine\u2019s army advanced.",
              "Ukraine | \u2019s | army | advanced | .", "word clitic word word punct",
              "Ukraine | 's | army | advanced | ."},
    TokenCase{"ReadsAPossessiveWrittenApartAsAClitic", "Miller 's office said .",
              "Miller | 's | office | said | .", "word clitic word word punct"},
    TokenCase{"ReadsOtherCliticsWrittenApart", "He 'd go and we 're here .",
              "He | 'd | go | and | we | 're | here | .", "word clitic word word word clitic word punct"},
    TokenCase{"KeepsAQuoteBeforeAWordAQuote", "He said 'so' .", "He | said | ' | so | ' | .",
              "word word quote word quote punct"},
    TokenCase{"SplitsNotFromDo", "We don't negotiate.", "We | do | n't | negotiate | .",
              "word word clitic word punct"},
    TokenCase{"SplitsNotFromCan", "They can't stay.", "They | ca | n't | stay | .", "word word clitic word punct"},
    TokenCase{"SplitsNotFromWill", "She won't resign.", "She | wo | n't | resign | .",
              "word word clitic word punct"},
    TokenCase{"SplitsCurlyNotAndNormalizesIt", "Don\u2019t shoot.", "Do | n\u2019t | shoot | .",
              "word clitic word punct", "Do | n't | shoot | ."},
    TokenCase{"SplitsAm", "I'm not leaving.", "I | 'm | not | leaving | .", "word clitic word word punct"},
    TokenCase{"SplitsAre", "They're gone.", "They | 're | gone | .", "word clitic word punct"},
    TokenCase{"SplitsHave", "We've seen it.", "We | 've | seen | it | .", "word clitic word word punct"},
    TokenCase{"SplitsWill", "She'll vote.", "She | 'll | vote | .", "word clitic word punct"},
    TokenCase{"SplitsWould", "He'd known.", "He | 'd | known | .", "word clitic word punct"},
    TokenCase{"SplitsBarePossessiveOfPlural", "The students' union voted.",
              "The | students | ' | union | voted | .", "word word clitic word word punct"},
    TokenCase{"KeepsIrishNameWhole", "O'Brien declined to comment.",
              "O'Brien | declined | to | comment | .", "word word word word punct"},
    TokenCase{"SplitsPossessiveFromIrishName", "O'Brien's office declined.",
              "O'Brien | 's | office | declined | .", "word clitic word word punct"},
    TokenCase{"SplitsPossessiveFromDottedAbbreviation", "It is the U.S.'s biggest base.",
              "It | is | the | U.S. | 's | biggest | base | .", "word word word abbr clitic word word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Dashes and ellipses.

INSTANTIATE_TEST_SUITE_P(Dashes, TokenizesAs, testing::Values(
    TokenCase{"NormalizesEmDashToDoubleHyphen", "The city \u2014 once home to 400,000 \u2014 is empty.",
              "The | city | \u2014 | once | home | to | 400,000 | \u2014 | is | empty | .",
              "word word dash word word word number dash word word punct",
              "The | city | -- | once | home | to | 400000 | -- | is | empty | ."},
    TokenCase{"NormalizesEnDashToHyphen", "The 2014\u20132015 talks failed.",
              "The | 2014 | \u2013 | 2015 | talks | failed | .", "word number dash number word word punct",
              "The | 2014 | - | 2015 | talks | failed | ."},
    TokenCase{"KeepsDoubleHyphenAsOneDash", "He paused -- then went on.",
              "He | paused | -- | then | went | on | .", "word word dash word word word punct"},
    TokenCase{"KeepsThreeDotsAsOnePunct", "We waited... and waited.",
              "We | waited | ... | and | waited | .", "word word punct word word punct"},
    TokenCase{"NormalizesEllipsisCharacterToThreeDots", "We waited\u2026 and waited.",
              "We | waited | \u2026 | and | waited | .", "word word punct word word punct",
              "We | waited | ... | and | waited | ."}),
    CaseName);

// ---------------------------------------------------------------------------
// URLs, e-mail addresses, handles and hashtags.

INSTANTIATE_TEST_SUITE_P(WebTokens, TokenizesAs, testing::Values(
    TokenCase{"KeepsUrlWholeButNotTheSentencePeriod", "The text is at https://example.org/a/b?c=1.",
              "The | text | is | at | https://example.org/a/b?c=1 | .", "word word word word url punct"},
    TokenCase{"KeepsWwwAddressButNotTheComma", "Visit www.example.com, the site said.",
              "Visit | www.example.com | , | the | site | said | .", "word url punct word word word punct"},
    TokenCase{"StopsUrlAtAnUnbalancedClosingBracket", "(See https://example.org/report.)",
              "( | See | https://example.org/report | . | )", "punct word url punct punct"},
    TokenCase{"KeepsEmailAddressWhole", "Write to press@example.com today.",
              "Write | to | press@example.com | today | .", "word word email word punct"},
    TokenCase{"KeepsHandleWhole", "The ministry posted on @hearsay_news first.",
              "The | ministry | posted | on | @hearsay_news | first | .", "word word word word handle word punct"},
    TokenCase{"KeepsHashtagWhole", "Protesters used #StandWithUkraine widely.",
              "Protesters | used | #StandWithUkraine | widely | .", "word word hashtag word punct"}),
    CaseName);

// ---------------------------------------------------------------------------
// Quote marks: opening and closing from context; apostrophes are not quotes.

struct QuoteCase {
  const char* name;
  std::string_view text;
  std::string_view tokens;  // texts joined by " | ", quotes as “/open, ’/close/single
};

void PrintTo(const QuoteCase& c, std::ostream* os) { *os << c.text; }

class QuotesAs : public testing::TestWithParam<QuoteCase> {};

TEST_P(QuotesAs, Rule) {
  const QuoteCase& c = GetParam();
  Document doc = Tokenize(c.text);
  EXPECT_EQ(TextsWithQuoteFlags(doc), c.tokens) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Quotes, QuotesAs, testing::Values(
    QuoteCase{"OpensAndClosesStraightDoubleQuotes", "\"We will not stop,\" Smith said.",
              "\"/open | We | will | not | stop | , | \"/close | Smith | said | ."},
    QuoteCase{"OpensAndClosesCurlyDoubleQuotes", "\u201cNever,\u201d she said.",
              "\u201c/open | Never | , | \u201d/close | she | said | ."},
    QuoteCase{"ReadsOpeningMarkAtTheEndOfAQuoteAsClosing", "\u201cWe will win in Ukraine\u201c he said.",
              "\u201c/open | We | will | win | in | Ukraine | \u201c/close | he | said | ."},
    QuoteCase{"ReadsClosingMarkBeforeAWordAfterASpaceAsOpening", "He called it \u201dnonsense\u201d at once.",
              "He | called | it | \u201d/open | nonsense | \u201d/close | at | once | ."},
    QuoteCase{"ClosesStraightQuoteBeforeFinalPeriod", "He called it \"a mess\".",
              "He | called | it | \"/open | a | mess | \"/close | ."},
    QuoteCase{"ClosesQuoteAfterFinalPeriod", "He said: \"No.\"",
              "He | said | : | \"/open | No | . | \"/close"},
    QuoteCase{"OpensQuoteAfterABracket", "(\"Quoted\") it said.",
              "( | \"/open | Quoted | \"/close | ) | it | said | ."},
    QuoteCase{"ClosesQuoteBeforeADash", "\"Stop\"\u2014he shouted.",
              "\"/open | Stop | \"/close | \u2014 | he | shouted | ."},
    QuoteCase{"ClosesStraightQuoteBeforeAWordWhenOneIsOpen", "He said \"yes\"and left.",
              "He | said | \"/open | yes | \"/close | and | left | ."},
    QuoteCase{"OpensAndClosesStraightSingleQuotesInsideDoubleQuotes",
              "\"He told me 'we are done' and left,\" she said.",
              "\"/open | He | told | me | '/open/single | we | are | done | '/close/single | and | left | , | "
              "\"/close | she | said | ."},
    QuoteCase{"OpensAndClosesCurlySingleQuotesInsideDoubleQuotes",
              "\u201cHe told me \u2018we are done\u2019 and left,\u201d she said.",
              "\u201c/open | He | told | me | \u2018/open/single | we | are | done | \u2019/close/single | and | "
              "left | , | \u201d/close | she | said | ."},
    QuoteCase{"ClosesSingleQuoteAfterPluralWhenOneIsOpen", "\u201cThey called us \u2018the boys\u2019.\u201d",
              "\u201c/open | They | called | us | \u2018/open/single | the | boys | \u2019/close/single | . | "
              "\u201d/close"},
    QuoteCase{"TakesGuillemetsAsDoubleQuotes", "\u00abNon\u00bb, a-t-il dit.",
              "\u00ab/open | Non | \u00bb/close | , | a-t-il | dit | ."},
    QuoteCase{"DoesNotTakeRockNRollApostrophesAsQuotes", "He played rock 'n' roll all night.",
              "He | played | rock | 'n' | roll | all | night | ."},
    QuoteCase{"DoesNotTakeDecadeApostropheAsQuote", "Back in the '90s it was cheaper.",
              "Back | in | the | '90s | it | was | cheaper | ."},
    QuoteCase{"DoesNotTakeCurlyPossessiveApostropheAsQuote", "\u201cUkraine\u2019s future,\u201d he said.",
              "\u201c/open | Ukraine | \u2019s | future | , | \u201d/close | he | said | ."},
    QuoteCase{"DoesNotTakeElidedWordApostropheAsQuote", "They sang 'til dawn.",
              "They | sang | 'til | dawn | ."}),
    [](const testing::TestParamInfo<QuoteCase>& info) { return std::string(info.param.name); });

TEST(TokenizerTest, GivesRockNRollApostrophesOneWordToken) {
  Document doc = Tokenize("rock 'n' roll");
  ASSERT_EQ(doc.tokens().size(), 3u);
  EXPECT_EQ(doc.TokenText(doc.tokens()[1]), "'n'");
  EXPECT_EQ(doc.tokens()[1].kind, TokenKind::kWord);
}

TEST(TokenizerTest, MarksSingleQuotesButNotDoubleOnesAsSingle) {
  Document doc = Tokenize("\"a 'b' c\"");
  ASSERT_EQ(doc.tokens().size(), 7u);
  EXPECT_FALSE(doc.tokens()[0].Has(kSingleQuote));
  EXPECT_TRUE(doc.tokens()[2].Has(kSingleQuote));
  EXPECT_TRUE(doc.tokens()[4].Has(kSingleQuote));
  EXPECT_FALSE(doc.tokens()[6].Has(kSingleQuote));
}

TEST(TokenizerTest, NormalizesTypographicQuotesToAscii) {
  Document doc = Tokenize("\u201cYes,\u201d \u2018no\u2019 \u00abmaybe\u00bb");
  EXPECT_EQ(Norms(doc), "\" | Yes | , | \" | ' | no | ' | \" | maybe | \"");
}

// ---------------------------------------------------------------------------
// Flags.

TEST(TokenizerTest, SetsSpaceNewlineAndCapitalFlags) {
  Document doc = Tokenize("Kyiv said\r\nthe\t\u00c9cole (closed).");
  ASSERT_EQ(Texts(doc), "Kyiv | said | the | \u00c9cole | ( | closed | ) | .");
  const std::vector<Token>& t = doc.tokens();
  // Kyiv: first token, capitalised, nothing before it.
  EXPECT_TRUE(t[0].Has(kCapitalized));
  EXPECT_FALSE(t[0].Has(kSpaceBefore));
  EXPECT_FALSE(t[0].Has(kNewlineBefore));
  // said: a space before.
  EXPECT_TRUE(t[1].Has(kSpaceBefore));
  EXPECT_FALSE(t[1].Has(kNewlineBefore));
  EXPECT_FALSE(t[1].Has(kCapitalized));
  // the: after CRLF, which is also white space.
  EXPECT_TRUE(t[2].Has(kNewlineBefore));
  EXPECT_TRUE(t[2].Has(kSpaceBefore));
  // École: after a tab; a non-ASCII capital.
  EXPECT_TRUE(t[3].Has(kSpaceBefore));
  EXPECT_FALSE(t[3].Has(kNewlineBefore));
  EXPECT_TRUE(t[3].Has(kCapitalized));
  // ( closed ) . : only the bracket has space before.
  EXPECT_TRUE(t[4].Has(kSpaceBefore));
  EXPECT_FALSE(t[5].Has(kSpaceBefore));
  EXPECT_FALSE(t[6].Has(kSpaceBefore));
  EXPECT_FALSE(t[7].Has(kSpaceBefore));
}

TEST(TokenizerTest, SetsNewlineFlagAfterLoneCarriageReturn) {
  Document doc = Tokenize("One.\rTwo.");
  ASSERT_EQ(Texts(doc), "One | . | Two | .");
  EXPECT_TRUE(doc.tokens()[2].Has(kNewlineBefore));
  EXPECT_FALSE(doc.tokens()[1].Has(kNewlineBefore));
}

TEST(TokenizerTest, DoesNotMarkDigitsOrPunctuationCapitalized) {
  Document doc = Tokenize("2024 \u201cIt\u201d");
  ASSERT_EQ(doc.tokens().size(), 4u);
  EXPECT_FALSE(doc.tokens()[0].Has(kCapitalized));
  EXPECT_FALSE(doc.tokens()[1].Has(kCapitalized));
  EXPECT_TRUE(doc.tokens()[2].Has(kCapitalized));
}

TEST(TokenizerTest, ReplacesTokensOfAnEarlierRun) {
  Document doc = Tokenize("\u201cTalks resumed,\u201d with 10,000 there.");
  Tokenizer().Annotate(doc);
  EXPECT_EQ(Texts(doc), "\u201c | Talks | resumed | , | \u201d | with | 10,000 | there | .");
  EXPECT_EQ(Norms(doc), "\" | Talks | resumed | , | \" | with | 10000 | there | .");
}

// ---------------------------------------------------------------------------
// Properties.

TEST(TokenizerTest, SpansAreOrderedAndGapsAreWhiteSpace) {
  const std::string_view texts[] = {
      "Officials in Kyiv said on Tuesday that 10,000 troops had moved.",
      "\u201cWe will not stop,\u201d said Ms. O\u2019Neill, 52. \u2018Never.\u2019",
      "Line one.\r\nLine two,\twith a tab.\r\n\r\nNew paragraph\u2026 done",
      "Seoul \u2014 \uc11c\uc6b8 \u2014 reported \u20a9500bn in aid; M\u00fcnchen and \u0417\u0435\u043b\u0435\u043d\u0441\u044c"
      "\u043a\u0438\u0439 agreed.",
      "  \t leading and trailing space \t ",
      "Caf\u00e9\u00a0au\u00a0lait costs \u20ac3.50 \u2013 up 10\u202f% (see https://example.org/p?q=1).",
      "Mixed: U.S.-led, O'Brien's, students', rock 'n' roll, the '90s, 9/11, 2024-11-05.",
      "A\u2028B\u2029C\u0085D e\u0301t\u00e9",
  };
  for (std::string_view text : texts) {
    SCOPED_TRACE(text);
    Document doc = Tokenize(text);
    EXPECT_FALSE(doc.tokens().empty());
    ExpectValidSpans(doc);
  }
}

TEST(TokenizerTest, FindsNoTokensInEmptyText) {
  Document doc = Tokenize("");
  EXPECT_TRUE(doc.tokens().empty());
}

TEST(TokenizerTest, FindsNoTokensInWhiteSpace) {
  Document doc = Tokenize("   \t\r\n \u00a0\u2003\n\n");
  EXPECT_TRUE(doc.tokens().empty());
}

TEST(TokenizerTest, TokenizesALoneQuoteMark) {
  for (std::string_view text : {"\"", "'", "\u201c", "\u2019", " \" ", "\u00bb"}) {
    SCOPED_TRACE(text);
    Document doc = Tokenize(text);
    ASSERT_EQ(doc.tokens().size(), 1u);
    EXPECT_EQ(doc.tokens()[0].kind, TokenKind::kQuote);
    ExpectValidSpans(doc);
  }
}

TEST(TokenizerTest, TokenizesTenThousandOpeningQuotes) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "\u201c";
  Document doc = Tokenize(text);
  ASSERT_EQ(doc.tokens().size(), 10000u);
  for (const Token& t : doc.tokens()) ASSERT_EQ(t.kind, TokenKind::kQuote);
  ExpectValidSpans(doc);
}

TEST(TokenizerTest, KeepsAVeryLongWordAsOneToken) {
  std::string text = "He wrote " + std::string(100000, 'a') + ".";
  Document doc = Tokenize(text);
  ASSERT_EQ(doc.tokens().size(), 4u);
  EXPECT_EQ(doc.tokens()[2].span.size(), 100000u);
  ExpectValidSpans(doc);
}

TEST(TokenizerTest, SplitsAVeryLongChainOfRangesWithoutCrashing) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "12-";
  text += "12";
  Document doc = Tokenize(text);
  EXPECT_EQ(doc.tokens().size(), 100001u);
  ExpectValidSpans(doc);
}

TEST(TokenizerTest, KeepsSpansValidOnRandomNewsLikeText) {
  static const std::string_view kPieces[] = {
      "a", "Z", "\u00e9", "\u00c9", "1", "0", "9", ".", ",", ";", ":", "!", "?", "'", "\"", "\u201c", "\u201d",
      "\u2018", "\u2019", "\u00ab", "\u00bb", " ", " ", " ", "\n", "\r\n", "\r", "\t", "-", "--", "\u2014",
      "\u2013", "\u2026", "...", "$", "%", "\u20a9", "@", "#", "/", "(", ")", "[", "]", "&", "_", "Mr.", "U.S.",
      "No.", "http://", "www.", "s", "n't", "\u00a0", "\u202f", "e\u0301", "\uc11c",
  };
  std::mt19937 rng(20241105);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 80);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text.append(kPieces[piece(rng)]);
    SCOPED_TRACE(text);
    Document doc = Tokenize(text);
    ExpectValidSpans(doc);
    if (HasFatalFailure()) return;
  }
}

TEST(TokenizerTest, KeepsSpansValidOnRandomBytesAfterRepair) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> byte(1, 255);
  std::uniform_int_distribution<int> ascii(0x20, 0x7E);
  std::uniform_int_distribution<int> coin(0, 3);
  std::uniform_int_distribution<int> length(1, 120);
  int decoded = 0;
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    // Mostly printable ASCII, so that the decoder takes it for text; the
    // rest arbitrary bytes that it repairs.
    for (int n = length(rng); n > 0; --n) {
      bytes.push_back(static_cast<char>(coin(rng) == 0 ? byte(rng) : ascii(rng)));
    }
    Result<Document> doc = DecodeText(bytes, {});
    if (!doc.ok()) continue;
    ++decoded;
    Tokenizer().Annotate(*doc);
    ExpectValidSpans(*doc, /*allow_skipped=*/true);
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(decoded, 200);
}

}  // namespace
}  // namespace hearsay
