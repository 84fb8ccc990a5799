#include "attribution/cue_lexicon.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace hearsay::internal {
namespace {

struct LemmaCase {
  const char* form;
  const char* lemma;
};

class CueLemmaTest : public ::testing::TestWithParam<LemmaCase> {};

TEST_P(CueLemmaTest, MapsInflectedFormToLemma) {
  const CueEntry* e = CueLexicon::Get().Lookup(GetParam().form);
  ASSERT_NE(e, nullptr) << GetParam().form;
  EXPECT_EQ(e->lemma, GetParam().lemma);
}

INSTANTIATE_TEST_SUITE_P(Forms, CueLemmaTest,
                         ::testing::Values(LemmaCase{"said", "say"}, LemmaCase{"says", "say"},
                                           LemmaCase{"saying", "say"}, LemmaCase{"told", "tell"},
                                           LemmaCase{"warned", "warn"}, LemmaCase{"added", "add"},
                                           LemmaCase{"adding", "add"}, LemmaCase{"mocked", "mock"},
                                           LemmaCase{"conceded", "concede"}, LemmaCase{"denied", "deny"},
                                           LemmaCase{"estimated", "estimate"}, LemmaCase{"confirmed", "confirm"},
                                           LemmaCase{"claimed", "claim"}, LemmaCase{"citing", "cite"},
                                           LemmaCase{"quipped", "quip"}, LemmaCase{"wrote", "write"}));

TEST(CueLexiconTest, DoesNotListOrdinaryWords) {
  for (const char* w : {"the", "house", "quickly", "troops", "and"}) {
    EXPECT_EQ(CueLexicon::Get().Lookup(w), nullptr) << w;
  }
}

TEST(CueLexiconTest, MatchesMultiWordCuesOnTokens) {
  struct Case {
    const char* text;
    uint32_t at;
    uint32_t length;
    const char* lemma;
  };
  for (const Case& c : {Case{"According to officials, it rained.", 0, 2, "according to"},
                        Case{"As she put it, the deal is dead.", 2, 2, "put it"},
                        Case{"He pointed out that it rained.", 1, 2, "point out"},
                        Case{"He said it rained.", 1, 1, "say"}}) {
    Document doc = testing::Annotate(c.text, false);
    CueMatch m = CueLexicon::Get().MatchAt(doc, c.at, static_cast<uint32_t>(doc.tokens().size()));
    EXPECT_EQ(m.length, c.length) << c.text;
    ASSERT_NE(m.entry, nullptr) << c.text;
    EXPECT_EQ(m.entry->lemma, c.lemma) << c.text;
  }
}

TEST(CueLexiconTest, KnowsSourceWordsAndDemonyms) {
  const CueLexicon& lex = CueLexicon::Get();
  EXPECT_TRUE(lex.SourceWord("spokesperson") & kRoleWord);
  EXPECT_TRUE(lex.SourceWord("ministry") & kOrgWord);
  EXPECT_TRUE(lex.SourceWord("officials") & kCollectiveWord);
  EXPECT_TRUE(lex.SourceWord("mr.") & kTitleWord);
  EXPECT_EQ(lex.Country("Ukrainian"), "Ukraine");
  EXPECT_EQ(lex.Country("South Korean"), "South Korea");
  EXPECT_EQ(lex.Country("banana"), "");
}

}  // namespace
}  // namespace hearsay::internal
