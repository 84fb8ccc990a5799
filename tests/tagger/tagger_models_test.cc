// Tests for loading the committed models (models/ in the source tree) and for
// what the taggers make of sentences written for them. The models are those
// in the repository, so these tests need no ../shared.
#include "tagger/tagger_models.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "hearsay/pipeline.h"
#include "tagger/model_search.h"
#include "tagger/ner_tagger.h"
#include "tagger/pos_tagger.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay::internal {
namespace {

const std::string kModels = std::string(HEARSAY_SOURCE_DIR) + "/models";

std::string CopyModels(const std::string& name) {
  const std::string dir = ::testing::TempDir() + "hearsay_models_" + name;
  std::filesystem::create_directories(dir);
  for (const char* f : {"pos.model", "ner.model", "gazetteer.tsv", "word_clusters.tsv", "word_lexicon.tsv"}) {
    std::filesystem::copy_file(kModels + "/" + f, dir + "/" + f,
                               std::filesystem::copy_options::overwrite_existing);
  }
  return dir;
}

Document Annotated(std::string_view text) {
  Result<Pipeline> pipeline = Pipeline::Create();
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  Result<Document> doc = DecodeText(text, {});
  EXPECT_TRUE(doc.ok());
  Document d = std::move(doc).value();
  if (pipeline.ok()) pipeline->Annotate(d);
  return d;
}

const Entity* Find(const Document& doc, std::string_view text) {
  for (const Entity& e : doc.entities())
    if (doc.Text(e.span) == text) return &e;
  return nullptr;
}

TEST(TaggerModelsTest, CommittedModelsLoad) {
  Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load(kModels);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ((*m)->pos().labels().size(), 17u);
  EXPECT_EQ((*m)->ner().labels().size(), 17u);  // O + 4 types x BILU
  EXPECT_GT((*m)->gazetteer().num_places(), 20000u);
  EXPECT_GT((*m)->MemoryBytes(), 0u);
}

TEST(TaggerModelsTest, LoadsAreShared) {
  Result<std::shared_ptr<const TaggerModels>> a = TaggerModels::Load(kModels);
  Result<std::shared_ptr<const TaggerModels>> b = TaggerModels::Load(kModels);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->get(), b->get());
}

TEST(TaggerModelsTest, TruncatedModelIsAClearError) {
  const std::string dir = CopyModels("truncated");
  std::filesystem::resize_file(dir + "/ner.model", 1000);
  Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load(dir);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataError);
  EXPECT_NE(m.status().message().find("ner.model"), std::string::npos) << m.status().message();
  EXPECT_NE(m.status().message().find("truncated"), std::string::npos) << m.status().message();
}

TEST(TaggerModelsTest, TruncatedLexiconIsAClearError) {
  const std::string dir = CopyModels("truncated_lexicon");
  std::filesystem::resize_file(dir + "/word_lexicon.tsv", 100000);  // mid-line
  Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load(dir);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataError);
  EXPECT_NE(m.status().message().find("word_lexicon.tsv"), std::string::npos) << m.status().message();
}

TEST(TaggerModelsTest, ModelsRefuseAnotherLexicon) {
  const std::string dir = CopyModels("other_lexicon");
  std::ofstream(dir + "/word_lexicon.tsv", std::ios::app) << "zaporizhzhia\t256\n";
  Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load(dir);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("another word lexicon"), std::string::npos) << m.status().message();
}

TEST(TaggerModelsTest, ModelOfTheWrongKindIsRefused) {
  const std::string dir = CopyModels("swapped");
  std::filesystem::copy_file(kModels + "/pos.model", dir + "/ner.model",
                             std::filesystem::copy_options::overwrite_existing);
  Result<std::shared_ptr<const TaggerModels>> m = TaggerModels::Load(dir);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("not 'ner-tagger'"), std::string::npos) << m.status().message();
}

TEST(ModelSearchTest, MissingFileListsTheDirectoriesTried) {
  Result<std::string> p = FindModelFile("no-such.model", "/nonexistent/dir");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().message().find("/nonexistent/dir"), std::string::npos);
  EXPECT_NE(p.status().message().find("HEARSAY_MODEL_DIR"), std::string::npos);
}

TEST(ModelSearchTest, EnvironmentDirectoryComesAfterTheExplicitOne) {
  const std::string dir = CopyModels("env");
  ASSERT_EQ(setenv("HEARSAY_MODEL_DIR", dir.c_str(), 1), 0);
  std::vector<std::string> path = ModelSearchPath("/explicit");
  unsetenv("HEARSAY_MODEL_DIR");
  ASSERT_GE(path.size(), 3u);
  EXPECT_EQ(path[0], "/explicit");
  EXPECT_EQ(path[1], dir);
  EXPECT_EQ(path.back(), kModels);
}

TEST(TaggingTest, FindsPeoplePlacesAndOrganisations) {
  Document doc = Annotated(
      "Matthew Miller, a spokesman for the State Department, said on Tuesday that Ukraine had asked "
      "for more help. Miller spoke in Washington.");
  const Entity* miller = Find(doc, "Matthew Miller");
  ASSERT_NE(miller, nullptr);
  EXPECT_EQ(miller->label, EntityLabel::kPerson);
  const Entity* short_miller = Find(doc, "Miller");
  ASSERT_NE(short_miller, nullptr);
  EXPECT_EQ(short_miller->entity, "Matthew Miller");
  const Entity* ukraine = Find(doc, "Ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_EQ(ukraine->label, EntityLabel::kLocation);
  ASSERT_TRUE(ukraine->place.has_value());
  EXPECT_EQ(ukraine->place->id, "country:UA");
  const Entity* washington = Find(doc, "Washington");
  ASSERT_NE(washington, nullptr);
  ASSERT_TRUE(washington->place.has_value());
  EXPECT_EQ(washington->place->country, "US");
}

TEST(TaggingTest, TitlesAreLeftOutOfPersonNames) {
  Document doc = Annotated("Governor Alicia Moreno said on Monday that 2,000 people had left. Moreno spoke late.");
  const Entity* moreno = Find(doc, "Alicia Moreno");
  ASSERT_NE(moreno, nullptr);
  EXPECT_EQ(moreno->label, EntityLabel::kPerson);
  EXPECT_EQ(moreno->entity, "Alicia Moreno");
  const Entity* short_moreno = Find(doc, "Moreno");
  ASSERT_NE(short_moreno, nullptr);
  EXPECT_EQ(short_moreno->entity, "Alicia Moreno");
}

TEST(TaggingTest, AnOrganisationsTitledOfficialIsTwoNames) {
  Document doc = Annotated(
      "Federal Reserve Governor Lawrence Lindsey said on Friday that growth was slowing.\n"
      "Shares of Douglas & Lomason Co rose 4 percent after the merger.");
  const Entity* fed = Find(doc, "Federal Reserve");
  ASSERT_NE(fed, nullptr);
  EXPECT_EQ(fed->label, EntityLabel::kOrganization);
  const Entity* lindsey = Find(doc, "Lawrence Lindsey");
  ASSERT_NE(lindsey, nullptr);
  EXPECT_EQ(lindsey->label, EntityLabel::kPerson);
  const Entity* company = Find(doc, "Douglas & Lomason Co");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->label, EntityLabel::kOrganization);
}

TEST(TaggingTest, ResultsTableScoresAreOneWordAndNamesAroundThemStayWhole) {
  // A results line as wire services write it: the score is one word to the
  // tagger, and the entities' offsets are still those of the text.
  Document doc = Annotated("Bayern Munich 6-2 Borussia Dortmund\n");
  const Entity* bayern = Find(doc, "Bayern Munich");
  ASSERT_NE(bayern, nullptr);
  const Entity* dortmund = Find(doc, "Borussia Dortmund");
  ASSERT_NE(dortmund, nullptr);
  EXPECT_EQ(doc.Text(dortmund->span), "Borussia Dortmund");
}

TEST(TaggingTest, DemonymBecomesItsCountry) {
  Document doc = Annotated("North Korean troops have been sent to the front, officials said.");
  const Entity* nk = Find(doc, "North Korean");
  ASSERT_NE(nk, nullptr);
  EXPECT_EQ(nk->entity, "North Korea");
  ASSERT_TRUE(nk->place.has_value());
  EXPECT_EQ(nk->place->id, "country:KP");
}

TEST(TaggingTest, EveryTokenGetsAPosTag) {
  Document doc = Annotated("The ministry said 40 soldiers were killed.");
  ASSERT_EQ(doc.pos_tags().size(), doc.tokens().size());
  auto tag_of = [&](std::string_view word) {
    for (size_t i = 0; i < doc.tokens().size(); ++i)
      if (doc.TokenText(doc.tokens()[i]) == word) return PartOfSpeechName(doc.pos_tags()[i]);
    return "?";
  };
  EXPECT_STREQ(tag_of("The"), "DET");
  EXPECT_STREQ(tag_of("ministry"), "NOUN");
  EXPECT_STREQ(tag_of("said"), "VERB");
  EXPECT_STREQ(tag_of("40"), "NUM");
  EXPECT_STREQ(tag_of("."), "PUNCT");
}

TEST(TaggingTest, OddTextDoesNotFail) {
  for (std::string_view text : {"", "   ", "\n\n\n", "!!!", "A", "“”", "a\xC2\xA0" "b", "x y z 1 2 3 ( ) [ ]"}) {
    Document doc = Annotated(text);
    EXPECT_EQ(doc.pos_tags().size(), doc.tokens().size());
    for (const Entity& e : doc.entities()) {
      EXPECT_LE(e.span.end, doc.text().size());
      EXPECT_LT(e.span.begin, e.span.end);
    }
  }
}

}  // namespace
}  // namespace hearsay::internal
