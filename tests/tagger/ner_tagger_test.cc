// Tests for what the NER tagger does around the model: how it reads the
// words it tags (numbers written as the NER corpus writes them), which
// names it makes of the labels the model gives (ReadNames,
// JoinCompanyNames), and what a headline tells the document pass.
#include "tagger/ner_tagger.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entity_test_util.h"
#include "tagger/document_pass.h"
#include "tagger/sentence_view.h"
#include "tagger/word_lexicon.h"

namespace hearsay::internal {
namespace {

std::vector<std::string> Words(SentenceView& view) {
  return {view.sentence().words.begin(), view.sentence().words.end()};
}

TEST(SentenceViewTest, JoinsNumbersTheWayTheNerCorpusWritesThem) {
  Document doc = Tokenized("3. Leeds beat Wolves 6-2 , figures 7-0-29-0 , avg .496 and C$ 12 .");
  ASSERT_EQ(doc.sentences().size(), 1u);
  SentenceView view;
  view.Fill(doc, doc.sentences()[0], /*join_numbers=*/true);
  const std::vector<std::string> joined = Words(view);
  EXPECT_EQ(joined, (std::vector<std::string>{"3.", "Leeds", "beat", "Wolves", "6-2", ",", "figures", "7-0-29-0",
                                              ",", "avg", ".496", "and", "C$", "12", "."}));
  // Each word maps back to its tokens: "6-2" is three.
  EXPECT_EQ(view.first_token(5) - view.first_token(4), 3u);
  EXPECT_EQ(doc.TokenText(doc.tokens()[view.first_token(4)]), "6");
  EXPECT_EQ(view.first_token(joined.size()), doc.sentences()[0].token_end - doc.sentences()[0].token_begin);
  // Without joining, one word per token.
  view.Fill(doc, doc.sentences()[0]);
  EXPECT_EQ(view.sentence().words.size(), doc.tokens().size());
  for (size_t i = 0; i < view.sentence().words.size(); ++i) EXPECT_EQ(view.first_token(i), i);
}

TEST(SentenceViewTest, LeavesNumbersInRunningTextAlone) {
  // A period after a number that does not open the line is a sentence's
  // end; a spaced range is three words.
  Document doc = Tokenized("Prices rose 6 - 2 in 1996.");
  SentenceView view;
  view.Fill(doc, doc.sentences()[0], /*join_numbers=*/true);
  EXPECT_EQ(Words(view), (std::vector<std::string>{"Prices", "rose", "6", "-", "2", "in", "1996", "."}));
}

std::vector<std::string> Names(const std::vector<std::string_view>& words, const std::vector<NameSpan>& names) {
  std::vector<std::string> out;
  for (const NameSpan& n : names) {
    std::string s;
    for (size_t i = n.begin; i <= n.last; ++i) s += (i > n.begin ? " " : "") + std::string(words[i]);
    s += n.label == EntityLabel::kPerson ? "/PER" : n.label == EntityLabel::kOrganization ? "/ORG"
         : n.label == EntityLabel::kLocation ? "/LOC" : "/MISC";
    out.push_back(s);
  }
  return out;
}

TEST(ReadNamesTest, DropsWhatNoNameEndsWith) {
  const std::vector<std::string_view> w = {"captured", "in", "the", "Korean", "War", "and", "released", "."};
  std::vector<NameSpan> names;
  ReadNames(w, 3, 6, EntityLabel::kMisc, &names);  // "Korean War and released"
  EXPECT_EQ(Names(w, names), (std::vector<std::string>{"Korean War/MISC"}));
  names.clear();
  ReadNames(w, 2, 2, EntityLabel::kMisc, &names);  // "the": nothing left
  EXPECT_TRUE(names.empty());
}

TEST(ReadNamesTest, KeepsABracketOpenedInsideAndDropsANumberLeftAtTheEnd) {
  const std::vector<std::string_view> w = {"Zemun", "1", "Rad", "(", "B", ")", "0"};
  std::vector<NameSpan> names;
  ReadNames(w, 2, 5, EntityLabel::kOrganization, &names);
  EXPECT_EQ(Names(w, names), (std::vector<std::string>{"Rad ( B )/ORG"}));
  const std::vector<std::string_view> v = {";", "P.", "Such", "8-118", ")", ","};
  names.clear();
  ReadNames(v, 1, 4, EntityLabel::kPerson, &names);
  EXPECT_EQ(Names(v, names), (std::vector<std::string>{"P. Such/PER"}));
  // A number that ends the name as decoded stays (Apollo 13).
  const std::vector<std::string_view> a = {"the", "Apollo", "13", "mission"};
  names.clear();
  ReadNames(a, 1, 2, EntityLabel::kMisc, &names);
  EXPECT_EQ(Names(a, names), (std::vector<std::string>{"Apollo 13/MISC"}));
}

TEST(ReadNamesTest, PartsAnOrganisationFromThePersonAfterATitle) {
  const std::vector<std::string_view> w = {"Federal", "Reserve", "Governor", "Lawrence", "Lindsey", "said"};
  std::vector<NameSpan> names;
  ReadNames(w, 0, 4, EntityLabel::kOrganization, &names);
  EXPECT_EQ(Names(w, names), (std::vector<std::string>{"Federal Reserve/ORG", "Lawrence Lindsey/PER"}));
  // A leading title goes; what follows is a person.
  const std::vector<std::string_view> g = {"Governor", "Alicia", "Moreno", "said"};
  names.clear();
  ReadNames(g, 0, 2, EntityLabel::kOrganization, &names);
  EXPECT_EQ(Names(g, names), (std::vector<std::string>{"Alicia Moreno/PER"}));
  // More than three words after the title are no person's name.
  const std::vector<std::string_view> o = {"Bank", "President", "Office", "Of", "New", "Affairs"};
  names.clear();
  ReadNames(o, 0, 5, EntityLabel::kOrganization, &names);
  EXPECT_EQ(Names(o, names), (std::vector<std::string>{"Bank President Office Of New Affairs/ORG"}));
}

TEST(ReadNamesTest, ATitleBeforeANameMakesAPersonUnlessCommonWordsFollow) {
  // A small lexicon as scripts/build_lexicon.py writes it: "staff",
  // "motors", "trump" are dictionary words in lower case; Trump is also a
  // family name.
  Result<WordLexicon> lexicon = WordLexicon::Parse(
      "staff\t" + std::to_string(kLexDictLower) + "\nmotors\t" + std::to_string(kLexDictLower) + "\ntrump\t" +
          std::to_string(kLexDictLower | kLexFamilyName) + "\n",
      "test lexicon");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  std::vector<NameSpan> names;
  const std::vector<std::string_view> staff = {"Ukraine", "'s", "General", "Staff", "said"};
  ReadNames(staff, 2, 3, EntityLabel::kPerson, &names, &*lexicon);
  EXPECT_EQ(Names(staff, names), (std::vector<std::string>{"General Staff/ORG"}));
  const std::vector<std::string_view> trump = {"President", "Trump", "spoke"};
  names.clear();
  ReadNames(trump, 1, 1, EntityLabel::kLocation, &names, &*lexicon);
  EXPECT_EQ(Names(trump, names), (std::vector<std::string>{"Trump/PER"}));
  // "General" also opens companies' names: common words after it stay.
  const std::vector<std::string_view> motors = {"General", "Motors", "rose"};
  names.clear();
  ReadNames(motors, 1, 1, EntityLabel::kOrganization, &names, &*lexicon);
  EXPECT_EQ(Names(motors, names), (std::vector<std::string>{"Motors/ORG"}));
}

TEST(JoinCompanyNamesTest, AmpersandsAndDesignatorsMakeOrganisations) {
  const std::vector<std::string_view> w = {"Douglas", "&", "Lomason", "and", "Pirelli", "SpA", "hired",
                                           "Edward", "D.", "Jones", "&", "Co", "and", "Daniels", "Pharmaceuticals",
                                           "Inc"};
  std::vector<NameSpan> names = {{0, 0, EntityLabel::kPerson},       {2, 2, EntityLabel::kPerson},
                                 {4, 4, EntityLabel::kOrganization}, {7, 9, EntityLabel::kPerson},
                                 {13, 15, EntityLabel::kPerson}};
  JoinCompanyNames(w, &names);
  EXPECT_EQ(Names(w, names), (std::vector<std::string>{"Douglas & Lomason/ORG", "Pirelli SpA/ORG",
                                                       "Edward D. Jones & Co/ORG",
                                                       "Daniels Pharmaceuticals Inc/ORG"}));
  // Names not touching "&" or a designator stay as they are.
  const std::vector<std::string_view> p = {"Tom", "and", "Jerry", "Co-op"};
  std::vector<NameSpan> people = {{0, 0, EntityLabel::kPerson}, {2, 2, EntityLabel::kPerson}};
  JoinCompanyNames(p, &people);
  EXPECT_EQ(Names(p, people), (std::vector<std::string>{"Tom/PER", "Jerry/PER"}));
}

TEST(DocumentPassTest, AHeadlineTellsTheBodyNothingButHearsIt) {
  const std::vector<std::string> labels = {"O", "U-ORG", "U-LOC"};
  TaggerSentence headline, body;
  headline.words = {"Police", "give", "lower", "figure", "for", "Riverton", "evacuations"};
  headline.headline = LooksLikeHeadline(headline.words);
  body.words = {"Families", "were", "evacuated", "from", "Riverton", "."};
  ASSERT_TRUE(headline.headline);
  ASSERT_FALSE(LooksLikeHeadline(body.words));  // ends with a full stop
  DocumentPass pass(labels);
  pass.Add(headline, {0, 0, 0, 0, 0, 1, 0});  // Riverton: ORG in the headline
  pass.Add(body, {0, 0, 0, 0, 2, 0});         // ... a place in the body
  // The body hears nothing of the headline's ORG: no other counted mention.
  EXPECT_FALSE(pass.Prepare(1, &body));
  EXPECT_EQ(body.document[4], 0);
  // The headline hears the body's LOC.
  EXPECT_TRUE(pass.Prepare(0, &headline));
  EXPECT_NE(headline.document[5], 0);
  EXPECT_EQ(headline.first_pass, (std::vector<uint8_t>{0, 0, 0, 0, 0, 1, 0}));
  // Without the headline flag, its ORG reaches the body.
  headline.headline = false;
  DocumentPass plain(labels);
  plain.Add(headline, {0, 0, 0, 0, 0, 1, 0});
  plain.Add(body, {0, 0, 0, 0, 2, 0});
  EXPECT_TRUE(plain.Prepare(1, &body));
  EXPECT_NE(body.document[4], 0);
}

TEST(LooksLikeHeadlineTest, TitleLinesButNotSentencesOrCapitals) {
  EXPECT_TRUE(LooksLikeHeadline({"Kyiv", "says", "12,000", "troops", "in", "Kursk"}));
  EXPECT_FALSE(LooksLikeHeadline({"Kyiv", "says", "12,000", "troops", "are", "in", "Kursk", "."}));
  EXPECT_FALSE(LooksLikeHeadline({"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"}));  // the features know capitals
  EXPECT_FALSE(LooksLikeHeadline({"Kursk"}));
}

}  // namespace
}  // namespace hearsay::internal
