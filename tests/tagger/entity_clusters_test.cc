// Tests for EntityClusters on sentences written for them: surnames and titled
// names, acronyms, demonyms and country names, capitals.
#include "tagger/entity_clusters.h"

#include <gtest/gtest.h>

#include "entity_test_util.h"
#include "tagger/gazetteer.h"
#include "test_gazetteer.h"

namespace hearsay::internal {
namespace {

class EntityClustersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Gazetteer> g = Gazetteer::Parse(kTestGazetteer, "test.tsv");
    ASSERT_TRUE(g.ok());
    gazetteer_ = std::make_unique<Gazetteer>(std::move(*g));
  }
  void Cluster(Document& doc) { EntityClusters(gazetteer_.get()).Annotate(doc); }
  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(EntityClustersTest, SurnamesAndTitledSurnamesGoToTheFullName) {
  Document doc = Tokenized(
      "Matthew Miller, a State Department spokesman, spoke on Monday. Mr. Miller said the talks would go on. "
      "Later Miller added that nothing was agreed.");
  AddEntity(doc, "Matthew Miller", EntityLabel::kPerson);
  AddEntity(doc, "Mr. Miller", EntityLabel::kPerson);
  AddEntity(doc, "Miller", EntityLabel::kPerson, 2);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "Matthew Miller"), "Matthew Miller");
  EXPECT_EQ(CanonicalOf(doc, "Mr. Miller"), "Matthew Miller");
  EXPECT_EQ(CanonicalOf(doc, "Miller"), "Matthew Miller");
}

TEST_F(EntityClustersTest, ShortMentionBeforeTheFullNameStillJoinsIt) {
  Document doc = Tokenized("Kovalchuk spoke first. Olena Kovalchuk is the mayor.");
  AddEntity(doc, "Kovalchuk", EntityLabel::kPerson);
  AddEntity(doc, "Olena Kovalchuk", EntityLabel::kPerson);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "Kovalchuk"), "Olena Kovalchuk");
}

TEST_F(EntityClustersTest, SharedSurnameGoesToTheNearestFullNameBefore) {
  Document doc = Tokenized(
      "Bill Clinton spoke in Ohio. Clinton left early. Hillary Clinton spoke next. Clinton stayed late.");
  AddEntity(doc, "Bill Clinton", EntityLabel::kPerson);
  AddEntity(doc, "Clinton", EntityLabel::kPerson, 1);
  AddEntity(doc, "Hillary Clinton", EntityLabel::kPerson);
  AddEntity(doc, "Clinton", EntityLabel::kPerson, 3);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "Clinton", 0), "Bill Clinton");
  EXPECT_EQ(CanonicalOf(doc, "Clinton", 1), "Hillary Clinton");
}

TEST_F(EntityClustersTest, AcronymGoesToTheExpansionTheArticleGives) {
  Document doc = Tokenized(
      "The International Atomic Energy Agency (IAEA) sent inspectors. The IAEA said access was limited.");
  AddEntity(doc, "International Atomic Energy Agency", EntityLabel::kOrganization);
  AddEntity(doc, "IAEA", EntityLabel::kOrganization);
  AddEntity(doc, "IAEA", EntityLabel::kOrganization, 1);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "IAEA", 0), "International Atomic Energy Agency");
  EXPECT_EQ(CanonicalOf(doc, "IAEA", 1), "International Atomic Energy Agency");
}

TEST_F(EntityClustersTest, AcronymExpandsEvenWhenTheExpansionIsNotAnEntity) {
  Document doc = Tokenized("Officials of the Committee to Protect Journalists (CPJ) said CPJ had asked twice.");
  AddEntity(doc, "CPJ", EntityLabel::kOrganization, 1);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "CPJ"), "Committee to Protect Journalists");
}

TEST_F(EntityClustersTest, AcronymMatchesInitialsOfAnotherMention) {
  Document doc = Tokenized("The Democratic People's Republic of Korea fired a missile. The DPRK denied it.");
  AddEntity(doc, "Democratic People's Republic of Korea", EntityLabel::kLocation);
  AddEntity(doc, "DPRK", EntityLabel::kOrganization);
  Cluster(doc);
  // Both are names of a country the gazetteer knows: its common name wins.
  EXPECT_EQ(CanonicalOf(doc, "DPRK"), "North Korea");
  EXPECT_EQ(CanonicalOf(doc, "Democratic People's Republic of Korea"), "North Korea");
}

TEST_F(EntityClustersTest, DemonymsGoToTheirCountry) {
  Document doc = Tokenized("North Korean troops crossed. Ukrainian officials and two Americans watched.");
  AddEntity(doc, "North Korean", EntityLabel::kMisc);
  AddEntity(doc, "Ukrainian", EntityLabel::kMisc);
  AddEntity(doc, "Americans", EntityLabel::kMisc);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "North Korean"), "North Korea");
  EXPECT_EQ(CanonicalOf(doc, "Ukrainian"), "Ukraine");
  EXPECT_EQ(CanonicalOf(doc, "Americans"), "United States");
}

TEST_F(EntityClustersTest, CountryAliasesGoToTheCommonName) {
  Document doc = Tokenized("The U.S. and the United States of America are one country.");
  AddEntity(doc, "U.S.", EntityLabel::kLocation);
  AddEntity(doc, "United States of America", EntityLabel::kLocation);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "U.S."), "United States");
  EXPECT_EQ(CanonicalOf(doc, "United States of America"), "United States");
}

TEST_F(EntityClustersTest, OrganisationPrefixGoesToTheLongerName) {
  Document doc = Tokenized("Samsung Electronics reported profits. Samsung said demand was strong.");
  AddEntity(doc, "Samsung Electronics", EntityLabel::kOrganization);
  AddEntity(doc, "Samsung", EntityLabel::kOrganization, 1);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "Samsung"), "Samsung Electronics");
}

TEST_F(EntityClustersTest, CapitalisedDatelineJoinsTheNormalSpelling) {
  Document doc = Tokenized("DNIPRO, Ukraine -- Shelling hit Dnipro overnight.");
  AddEntity(doc, "DNIPRO", EntityLabel::kLocation);
  AddEntity(doc, "Dnipro", EntityLabel::kLocation);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "DNIPRO"), "Dnipro");
}

TEST_F(EntityClustersTest, UnrelatedNamesKeepTheirOwnTextWithSpacesCollapsed) {
  Document doc = Tokenized("Anna Berg met Tom\nBerg.");
  AddEntity(doc, "Anna Berg", EntityLabel::kPerson);
  AddEntity(doc, "Tom\nBerg", EntityLabel::kPerson);
  Cluster(doc);
  EXPECT_EQ(CanonicalOf(doc, "Anna Berg"), "Anna Berg");
  EXPECT_EQ(CanonicalOf(doc, "Tom\nBerg"), "Tom Berg");
}

}  // namespace
}  // namespace hearsay::internal
