#include "quantity/units_table.h"

#include <gtest/gtest.h>

#include "quantity/counted_thing.h"
#include "quantity/place_finder.h"
#include "quantity/qualifier.h"
#include "text/tokenizer.h"

namespace hearsay::internal::quantity {
namespace {

TEST(UnitsTableTest, HasAtLeastOneHundredFiftyEntries) { EXPECT_GE(UnitsTable::Get().size(), 150u); }

TEST(UnitsTableTest, KnowsCurrenciesUnitsAndCountingNouns) {
  const UnitsTable& t = UnitsTable::Get();
  ASSERT_NE(t.Find("$"), nullptr);
  EXPECT_EQ(t.Find("$")->canonical, "USD");
  EXPECT_EQ(t.Find("hryvnias")->canonical, "UAH");
  EXPECT_EQ(t.Find("₩")->canonical, "KRW");
  EXPECT_EQ(t.Find("km")->kind, UnitKind::kUnit);
  EXPECT_EQ(t.Find("percent")->kind, UnitKind::kPercent);
  EXPECT_EQ(t.Find("troops")->kind, UnitKind::kCount);
  EXPECT_EQ(t.Find("troops")->canonical, "troop");
  EXPECT_EQ(t.Find("casualties")->canonical, "casualty");
  EXPECT_EQ(t.Find("spoons"), nullptr);
}

TEST(UnitsTableTest, MatchesTheLongestPhrase) {
  Document doc = std::move(DecodeText("4 per cent and 9 square kilometres and US$5", {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  const UnitsTable& t = UnitsTable::Get();
  auto m = t.Match(view, 1, view.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->entry->canonical, "percent");
  EXPECT_EQ(m->end, 3u);
  m = t.Match(view, 5, view.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->entry->canonical, "km2");
  m = t.Match(view, 8, view.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->entry->canonical, "USD");
  EXPECT_EQ(view.Text(m->end), "5");
}

TEST(UnitsTableTest, SkipsMalformedRows) {
  UnitsTable t("# comment\nfoo\tunit\tF\nbar\tnonsense\tB\nbaz\n\nqux\tcount\tqux\n");
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.Find("bar"), nullptr);
}

TEST(CountedThingTest, LemmatizesHeads) {
  CountedThingReader r;
  EXPECT_EQ(r.Lemma("troops"), "troop");
  EXPECT_EQ(r.Lemma("People"), "person");
  EXPECT_EQ(r.Lemma("casualties"), "casualty");
  EXPECT_EQ(r.Lemma("churches"), "church");
  EXPECT_EQ(r.Lemma("buses"), "bus");
  EXPECT_EQ(r.Lemma("bases"), "base");
  EXPECT_EQ(r.Lemma("personnel"), "personnel");
  EXPECT_EQ(r.Lemma("crises"), "crisis");
  EXPECT_EQ(r.Lemma("status"), "status");
}

TEST(CountedThingTest, ReadsTheNounPhraseAndItsHead) {
  Document doc = std::move(DecodeText("12,000 North Korean troops were in Russia", {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  auto t = CountedThingReader().After(view, 1, view.size(), false);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "North Korean troops");
  EXPECT_EQ(t->lemma, "troop");
  EXPECT_TRUE(t->known);
}

TEST(CountedThingTest, FunctionWordListIsSortedForBinarySearch) {
  for (const char* w : {"a", "were", "including", "your", "according"}) {
    EXPECT_TRUE(CountedThingReader::IsFunctionWord(w)) << w;
  }
  EXPECT_FALSE(CountedThingReader::IsFunctionWord("soldiers"));
}

TEST(QualifierTest, SetsTheIntervalTheClaimAsserts) {
  std::optional<double> lo, hi;
  SetInterval(Qualifier::kExact, 5, &lo, &hi);
  EXPECT_EQ(lo, 5);
  EXPECT_EQ(hi, 5);
  SetInterval(Qualifier::kOver, 5, &lo, &hi);
  EXPECT_EQ(lo, 5);
  EXPECT_EQ(hi, std::nullopt);
  SetInterval(Qualifier::kAtMost, 5, &lo, &hi);
  EXPECT_EQ(lo, std::nullopt);
  EXPECT_EQ(hi, 5);
  SetInterval(Qualifier::kApprox, 5, &lo, &hi);
  EXPECT_EQ(lo, std::nullopt);
  EXPECT_EQ(hi, std::nullopt);
}

TEST(QualifierTest, LongestPhraseWins) {
  Document doc = std::move(DecodeText("no more than 5", {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  auto q = QualifierReader().Before(view, 0, 3);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->qualifier, Qualifier::kAtMost);
  EXPECT_EQ(q->begin, 0u);
}

TEST(PlaceFinderTest, KnowsCountriesAndCities) {
  const PlaceFinder& p = PlaceFinder::Get();
  EXPECT_TRUE(p.IsKnownPlace("North Korea"));
  EXPECT_TRUE(p.IsKnownPlace("Lviv"));
  EXPECT_FALSE(p.IsKnownPlace("North Korean"));
}

}  // namespace
}  // namespace hearsay::internal::quantity
