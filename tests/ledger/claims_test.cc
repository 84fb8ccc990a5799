#include <gtest/gtest.h>

#include "hearsay/ledger.h"
#include "ledger/normalize.h"

namespace hearsay {
namespace {

Statement Make(std::string source, double value, std::string qualifier, std::string counts, std::string where,
               std::string date, int64_t doc = 1) {
  Statement s;
  s.source = std::move(source);
  s.value = value;
  s.qualifier = std::move(qualifier);
  if (s.qualifier == "over" || s.qualifier == "at_least") s.low = value;
  if (s.qualifier == "at_most" || s.qualifier == "under") s.high = value;
  if (s.qualifier == "exact") s.low = s.high = value;
  s.counts = std::move(counts);
  if (!where.empty()) s.where = std::move(where);
  s.date = std::move(date);
  s.document_row = doc;
  s.document = "doc" + std::to_string(doc);
  return s;
}

TEST(NormalizeTest, SynonymousHeadsAndDemonymsShareAKey) {
  using internal::NormalizeCounted;
  EXPECT_EQ(NormalizeCounted("North Korean soldiers").key, NormalizeCounted("North Korean troops").key);
  EXPECT_EQ(NormalizeCounted("troops from North Korea").key, NormalizeCounted("North Korean servicemen").key);
  EXPECT_NE(NormalizeCounted("North Korean troops").key, NormalizeCounted("Russian troops").key);
  EXPECT_NE(NormalizeCounted("North Korean troops").key, NormalizeCounted("generals").key);
  EXPECT_EQ(NormalizeCounted("homes").key, NormalizeCounted("houses").key);
}

TEST(NormalizeTest, PlaceKeysDropGenericWordsAndPossessors) {
  using internal::PlaceKey;
  EXPECT_EQ(PlaceKey("the Kursk region"), PlaceKey("Kursk"));
  EXPECT_EQ(PlaceKey("Russia's Kursk"), PlaceKey("Kursk"));
  EXPECT_EQ(PlaceKey("Russian army"), PlaceKey("Russia"));
  EXPECT_NE(PlaceKey("Kursk"), PlaceKey("Russia"));
}

TEST(NormalizeTest, EventsFallIntoClasses) {
  using internal::EventKey;
  EXPECT_EQ(EventKey("killed"), EventKey("died"));
  EXPECT_EQ(EventKey("wounded"), EventKey("injured"));
  EXPECT_EQ(EventKey("deployed"), "");
  EXPECT_NE(EventKey("killed"), EventKey("wounded"));
}

TEST(GroupClaimsTest, OverAndAboutAgreeOnTheirOverlap) {
  auto claims = GroupClaims({Make("South Korea", 10000, "over", "North Korean soldiers", "Russia", "2024-10-28"),
                             Make("Ukraine's intelligence agency", 12000, "approx", "North Korean troops", "Russia",
                                  "2024-11-04", 2)});
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_FALSE(c.conflict);
  EXPECT_EQ(c.statements.size(), 2u);
  EXPECT_EQ(c.statements[0].source, "South Korea") << "oldest first";
  ASSERT_TRUE(c.low && c.high);
  EXPECT_DOUBLE_EQ(*c.low, 10800);  // "about 12,000" read as 12,000 ± 10%
  EXPECT_DOUBLE_EQ(*c.high, 13200);
}

TEST(GroupClaimsTest, AsManyAsAndAboutAHigherFigureConflict) {
  auto claims = GroupClaims({Make("State Department", 10000, "at_most", "North Korean troops", "Russia", "2024-11-04"),
                             Make("Ukraine's intelligence agency", 12000, "approx", "North Korean troops", "Russia",
                                  "2024-11-04", 2)});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].conflict);
  ASSERT_EQ(claims[0].conflicts.size(), 1u);
  EXPECT_EQ(claims[0].conflicts[0], std::make_pair(0, 1));
  EXPECT_FALSE(claims[0].low);
  EXPECT_FALSE(claims[0].high);
}

TEST(GroupClaimsTest, MoreThanAFigureConflictsWithAtMostThatFigure) {
  auto claims = GroupClaims({Make("A", 10000, "over", "troops", "Kursk", "2024-11-01"),
                             Make("B", 10000, "at_most", "troops", "Kursk", "2024-11-02")});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].conflict) << "(10000, inf) and [0, 10000] share no point";
}

TEST(GroupClaimsTest, DifferentPlacesAndEventsAreDifferentClaims) {
  auto claims = GroupClaims({Make("A", 10000, "over", "North Korean troops", "Russia", "2024-11-01"),
                             Make("B", 10000, "approx", "North Korean soldiers", "the Kursk region", "2024-11-02"),
                             Make("C", 10000, "at_most", "North Korean troops", "Kursk", "2024-11-03")});
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].statements.size(), 2u);  // Kursk: B and C side by side
  EXPECT_EQ(*claims[0].where, "Kursk");
  EXPECT_FALSE(claims[0].conflict);
  Statement killed = Make("D", 40, "at_most", "North Korean troops", "Russia", "2024-11-04");
  killed.event = "killed";
  auto with_event = GroupClaims({Make("A", 10000, "over", "North Korean troops", "Russia", "2024-11-01"), killed});
  EXPECT_EQ(with_event.size(), 2u);
}

TEST(GroupClaimsTest, AFigureWithoutACountedThingContinuesThePreviousOneInItsDocument) {
  Statement implied = Make("Mathew Miller", 10000, "at_most", "", "", "2024-11-04", 7);
  implied.counts.reset();
  implied.where.reset();
  auto claims = GroupClaims({Make("State Department", 10000, "at_most", "North Korean troops", "Kursk", "2024-11-04", 7),
                             implied});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].statements.size(), 2u);
  EXPECT_FALSE(claims[0].conflict);
  ASSERT_TRUE(claims[0].high);
  EXPECT_DOUBLE_EQ(*claims[0].high, 10000);
}

TEST(GroupClaimsTest, ChangingFiguresAreOrderedByDateAndConflictWhenExact) {
  auto claims = GroupClaims({Make("Ministry", 1200, "exact", "people", "Lviv", "2024-11-03", 3),
                             Make("Ministry", 800, "exact", "people", "Lviv", "2024-11-01", 1),
                             Make("Ministry", 1000, "exact", "people", "Lviv", "2024-11-02", 2)});
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_EQ(claims[0].statements.size(), 3u);
  EXPECT_EQ(claims[0].statements[0].value, 800);
  EXPECT_EQ(claims[0].statements[2].value, 1200);
  EXPECT_TRUE(claims[0].conflict);
  EXPECT_EQ(claims[0].conflicts.size(), 3u);
}

TEST(GroupClaimsTest, ContainerIsReportedWhenKnown) {
  GroupOptions options;
  options.container_of = [](std::string_view place) -> std::optional<std::string> {
    if (place == "Kursk") return "Russia";
    return std::nullopt;
  };
  auto claims = GroupClaims({Make("A", 10000, "approx", "troops", "Kursk", "2024-11-01")}, options);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].within, "Russia");
}

TEST(GroupClaimsTest, BareNumbersAreNotClaims) {
  Statement bare = Make("A", 5, "exact", "", "", "2024-11-01");
  bare.counts.reset();
  EXPECT_TRUE(GroupClaims({bare}).empty());
}

}  // namespace
}  // namespace hearsay
