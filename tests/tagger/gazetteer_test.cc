// Tests for the Gazetteer: lookups by name, code and demonym, the NER marks,
// and errors that name the bad line.
#include "tagger/gazetteer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tagger/features.h"
#include "test_gazetteer.h"

namespace hearsay::internal {
namespace {

Gazetteer TestGazetteer() {
  Result<Gazetteer> g = Gazetteer::Parse(kTestGazetteer, "test.tsv");
  EXPECT_TRUE(g.ok()) << g.status().message();
  return std::move(g).value();
}

TEST(GazetteerTest, FindsCountriesByAnyNameOrKeptCode) {
  Gazetteer g = TestGazetteer();
  ASSERT_NE(g.FindCountry("Ukraine"), nullptr);
  EXPECT_EQ(g.FindCountry("Ukraine")->iso2, "UA");
  EXPECT_EQ(g.FindCountry("UKRAINE")->iso2, "UA");
  EXPECT_EQ(g.FindCountry("U.S.")->iso2, "US");
  EXPECT_EQ(g.FindCountry("US")->iso2, "US");
  EXPECT_EQ(g.FindCountry("DPRK")->iso2, "KP");
  EXPECT_EQ(g.FindCountry("democratic people’s republic of korea")->iso2, "KP");
  EXPECT_EQ(g.FindCountry("Atlantis"), nullptr);
}

TEST(GazetteerTest, ShortCodesMatchOnlyInCapitals) {
  Gazetteer g = TestGazetteer();
  EXPECT_EQ(g.FindCountry("us"), nullptr);
  EXPECT_EQ(g.FindCountry("Us"), nullptr);
  EXPECT_EQ(g.FindCountry("uk"), nullptr);
}

TEST(GazetteerTest, FindsDemonymsSingularPluralAndMultiWord) {
  Gazetteer g = TestGazetteer();
  ASSERT_NE(g.FindDemonym("Ukrainian"), nullptr);
  EXPECT_EQ(g.FindDemonym("Ukrainian")->iso2, "UA");
  EXPECT_EQ(g.FindDemonym("Ukrainians")->iso2, "UA");
  EXPECT_EQ(g.FindDemonym("North Korean")->iso2, "KP");
  EXPECT_EQ(g.FindDemonym("Martian"), nullptr);
}

TEST(GazetteerTest, PlacesComeMostPopulousFirstAndByAlias) {
  Gazetteer g = TestGazetteer();
  std::vector<const PlaceRecord*> paris = g.FindPlaces("Paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_EQ(paris[0]->country, "FR");
  EXPECT_EQ(paris[1]->country, "US");
  ASSERT_EQ(g.FindPlaces("Kiev").size(), 1u);
  EXPECT_EQ(g.FindPlaces("Kiev")[0]->geonames_id, 703448u);
  ASSERT_EQ(g.FindPlaces("Washington").size(), 2u);
  EXPECT_EQ(g.FindPlaces("Washington")[0]->geonames_id, 4140963u);
  EXPECT_TRUE(g.FindPlaces("Gotham").empty());
}

TEST(GazetteerTest, MarksWordsOfMultiWordNames) {
  Gazetteer g = TestGazetteer();
  std::vector<std::string_view> words = {"Troops", "from", "North", "Korea", "reached", "New", "York", "City", "."};
  std::vector<uint8_t> bits;
  g.Mark(words, &bits);
  ASSERT_EQ(bits.size(), words.size());
  EXPECT_EQ(bits[0], 0);
  EXPECT_TRUE(bits[2] & kGazCountryBegin);
  EXPECT_TRUE(bits[3] & kGazCountryInside);
  EXPECT_TRUE(bits[5] & kGazCityBegin);
  EXPECT_TRUE(bits[6] & kGazCityInside);
  EXPECT_TRUE(bits[7] & kGazCityInside);
  EXPECT_EQ(bits[8], 0);
}

TEST(GazetteerTest, MarksDemonymsAndIgnoresLowerCaseWords) {
  Gazetteer g = TestGazetteer();
  std::vector<std::string_view> words = {"Ukrainian", "officials", "said", "paris", "was", "calm"};
  std::vector<uint8_t> bits;
  g.Mark(words, &bits);
  EXPECT_TRUE(bits[0] & kGazDemonym);
  EXPECT_EQ(bits[3], 0);  // lower case: not a name
}

TEST(GazetteerTest, ErrorsNameTheLine) {
  Result<Gazetteer> g = Gazetteer::Parse("# header\nC\tUA\tUkraine\t49\t32\tUkraine\tUkrainian\tKyiv\nP\t1\tX\n", "bad.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kDataError);
  EXPECT_NE(g.status().message().find("bad.tsv:3"), std::string::npos) << g.status().message();
  Result<Gazetteer> h = Gazetteer::Parse("X\tfoo\n", "odd.tsv");
  ASSERT_FALSE(h.ok());
  EXPECT_NE(h.status().message().find("odd.tsv:1"), std::string::npos);
  EXPECT_FALSE(Gazetteer::Load("/nonexistent/gazetteer.tsv").ok());
}

}  // namespace
}  // namespace hearsay::internal
