// Tests for PlaceLinker on sentences written for it: countries and demonyms,
// places ambiguous by name resolved by population, by the article's other
// places and by "Place, Country".
#include "tagger/place_linker.h"

#include <gtest/gtest.h>

#include "entity_test_util.h"
#include "tagger/entity_clusters.h"
#include "tagger/gazetteer.h"
#include "test_gazetteer.h"

namespace hearsay::internal {
namespace {

class PlaceLinkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Gazetteer> g = Gazetteer::Parse(kTestGazetteer, "test.tsv");
    ASSERT_TRUE(g.ok());
    gazetteer_ = std::make_unique<Gazetteer>(std::move(*g));
  }
  void Link(Document& doc) {
    EntityClusters(gazetteer_.get()).Annotate(doc);
    PlaceLinker(gazetteer_.get()).Annotate(doc);
  }
  const Entity* Find(const Document& doc, std::string_view mention) {
    for (const Entity& e : doc.entities())
      if (doc.Text(e.span) == mention) return &e;
    return nullptr;
  }
  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(PlaceLinkerTest, CountriesAndDemonymsGetTheCountry) {
  Document doc = Tokenized("Ukrainian forces said Ukraine would hold the line.");
  AddEntity(doc, "Ukrainian", EntityLabel::kMisc);
  AddEntity(doc, "Ukraine", EntityLabel::kLocation);
  Link(doc);
  for (const char* m : {"Ukrainian", "Ukraine"}) {
    const Entity* e = Find(doc, m);
    ASSERT_NE(e, nullptr);
    ASSERT_TRUE(e->place.has_value()) << m;
    EXPECT_EQ(e->place->id, "country:UA");
    EXPECT_EQ(e->place->name, "Ukraine");
    EXPECT_EQ(e->place->country, "UA");
    EXPECT_DOUBLE_EQ(e->place->lat, 49.0);
  }
}

TEST_F(PlaceLinkerTest, AmbiguousNameGoesToTheMostPopulousByDefault) {
  Document doc = Tokenized("Protesters gathered in Paris on Saturday.");
  AddEntity(doc, "Paris", EntityLabel::kLocation);
  Link(doc);
  ASSERT_TRUE(doc.entities()[0].place.has_value());
  EXPECT_EQ(doc.entities()[0].place->id, "geonames:2988507");
  EXPECT_EQ(doc.entities()[0].place->country, "FR");
}

TEST_F(PlaceLinkerTest, ArticleAboutAnotherCountryPicksItsPlace) {
  Document doc = Tokenized("In the United States, a storm hit Paris and flooded roads.");
  AddEntity(doc, "United States", EntityLabel::kLocation);
  AddEntity(doc, "Paris", EntityLabel::kLocation);
  Link(doc);
  const Entity* paris = Find(doc, "Paris");
  ASSERT_TRUE(paris->place.has_value());
  EXPECT_EQ(paris->place->country, "US");
  EXPECT_EQ(paris->place->id, "geonames:4717560");
}

TEST_F(PlaceLinkerTest, OtherPlacesOfTheArticleDecide) {
  Document doc = Tokenized("From Washington, D.C., the storm moved towards New York City and then to London.");
  AddEntity(doc, "Washington", EntityLabel::kLocation);
  AddEntity(doc, "New York City", EntityLabel::kLocation);
  AddEntity(doc, "London", EntityLabel::kLocation);
  Link(doc);
  EXPECT_EQ(Find(doc, "Washington")->place->id, "geonames:4140963");
  // London, Ontario is far smaller than London, England; two US places are not enough to overturn that.
  EXPECT_EQ(Find(doc, "London")->place->country, "GB");
}

TEST_F(PlaceLinkerTest, PlaceCommaCountryIsTheStrongestHint) {
  Document doc = Tokenized("He grew up in Paris, United States.");
  AddEntity(doc, "Paris", EntityLabel::kLocation);
  Link(doc);
  EXPECT_EQ(Find(doc, "Paris")->place->country, "US");
}

TEST_F(PlaceLinkerTest, UnknownPlacesAndPeopleGetNoPlace) {
  Document doc = Tokenized("Gotham is quiet, said Paris Hilton.");
  AddEntity(doc, "Gotham", EntityLabel::kLocation);
  AddEntity(doc, "Paris Hilton", EntityLabel::kPerson);
  Link(doc);
  EXPECT_FALSE(Find(doc, "Gotham")->place.has_value());
  EXPECT_FALSE(Find(doc, "Paris Hilton")->place.has_value());
}

TEST_F(PlaceLinkerTest, AliasesFindThePlace) {
  Document doc = Tokenized("Sirens sounded in Kiev.");
  AddEntity(doc, "Kiev", EntityLabel::kLocation);
  Link(doc);
  ASSERT_TRUE(doc.entities()[0].place.has_value());
  EXPECT_EQ(doc.entities()[0].place->name, "Kyiv");
}

}  // namespace
}  // namespace hearsay::internal
