// Tests for WordLexicon: parsing, lookups by lower-cased form, errors that
// name the file and line, and what the committed models/word_lexicon.tsv
// knows of a few words.
#include "tagger/word_lexicon.h"

#include <string>

#include <gtest/gtest.h>

#include "tagger/word_clusters.h"

namespace hearsay::internal {
namespace {

TEST(WordLexiconTest, FindsWordsByTheirLowerCasedForm) {
  Result<WordLexicon> lex = WordLexicon::Parse("# comment\nparis\t258\nrun\t25\n0000s\t1\n", "t.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(lex->size(), 3u);
  EXPECT_EQ(lex->Find(LowerKey("Paris")), kLexDictCapital | kLexLocation);
  EXPECT_EQ(lex->Find(LowerKey("PARIS")), kLexDictCapital | kLexLocation);
  EXPECT_EQ(lex->Find(LowerKey("run")), kLexDictLower | kLexNoun | kLexVerb);
  EXPECT_EQ(lex->Find(LowerKey("1990s")), kLexDictLower);  // digits are 0, as the taggers key words
  EXPECT_EQ(lex->Find(LowerKey("Zaporizhzhia")), 0);
}

TEST(WordLexiconTest, TwoSpellingsOfOneWordShareTheirBits) {
  Result<WordLexicon> lex = WordLexicon::Parse("rose\t1\nRose\t2\n", "t.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(lex->size(), 1u);
  EXPECT_EQ(lex->Find(LowerKey("rose")), kLexDictLower | kLexDictCapital);
}

TEST(WordLexiconTest, MalformedLinesAreErrorsNamingTheLine) {
  for (const char* bad : {"paris\t258\nrun\n", "paris\t258\nrun\tmany\n", "paris\t258\nrun\t0\n",
                          "paris\t258\nrun\t99999\n", "paris\t258\n\t4\n"}) {
    Result<WordLexicon> lex = WordLexicon::Parse(bad, "lex.tsv");
    ASSERT_FALSE(lex.ok()) << bad;
    EXPECT_EQ(lex.status().code(), StatusCode::kDataError);
    EXPECT_NE(lex.status().message().find("lex.tsv:2"), std::string::npos) << lex.status().message();
  }
}

TEST(WordLexiconTest, TruncatedOrEmptyFileIsAnError) {
  Result<WordLexicon> cut = WordLexicon::Parse("paris\t258\nru", "lex.tsv");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos) << cut.status().message();
  Result<WordLexicon> empty = WordLexicon::Parse("# only a header\n", "lex.tsv");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("no words"), std::string::npos) << empty.status().message();
}

TEST(WordLexiconTest, MissingFileIsNotFound) {
  Result<WordLexicon> lex = WordLexicon::Load("/nonexistent/word_lexicon.tsv");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lex.status().message().find("/nonexistent/word_lexicon.tsv"), std::string::npos);
}

TEST(WordLexiconTest, ChecksumFollowsTheBytes) {
  Result<WordLexicon> a = WordLexicon::Parse("paris\t258\n", "a.tsv");
  Result<WordLexicon> b = WordLexicon::Parse("paris\t2\n", "b.tsv");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->checksum(), b->checksum());
}

TEST(WordLexiconTest, CommittedLexiconKnowsCommonWordsAndNames) {
  Result<WordLexicon> lex = WordLexicon::Load(std::string(HEARSAY_SOURCE_DIR) + "/models/word_lexicon.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT(lex->size(), 100000u);
  const uint16_t paris = lex->Find(LowerKey("Paris"));
  EXPECT_TRUE(paris & kLexDictCapital);
  EXPECT_TRUE(paris & kLexLocation);
  EXPECT_FALSE(paris & kLexDictLower);
  const uint16_t result = lex->Find(LowerKey("RESULT"));  // a headline's word is a common word
  EXPECT_TRUE(result & kLexDictLower);
  EXPECT_TRUE(result & kLexNoun);
  EXPECT_TRUE(lex->Find(LowerKey("said")) & kLexVerb);  // WordNet lemma "say", by its exception list
  EXPECT_TRUE(lex->Find(LowerKey("quickly")) & kLexAdv);
  EXPECT_TRUE(lex->Find(LowerKey("Smith")) & kLexFamilyName);
  EXPECT_TRUE(lex->Find(LowerKey("Matthew")) & kLexGivenName);
  EXPECT_TRUE(lex->Find(LowerKey("Leicestershire")) & kLexSubdivision);
  EXPECT_TRUE(lex->Find(LowerKey("GmbH")) & kLexCompanySuffix);
  EXPECT_TRUE(lex->Find(LowerKey("Lincoln")) & kLexPerson);
  EXPECT_FALSE(lex->Find(LowerKey("the")) & kLexNameBits);  // function words of names are not name words
}

}  // namespace
}  // namespace hearsay::internal
