#include "quantity/date_resolver.h"

#include <gtest/gtest.h>

#include <string>

#include "text/tokenizer.h"

namespace hearsay::internal::quantity {
namespace {

// The first resolved date in `text` against `published`, or "none".
std::string FirstDate(const std::string& text, const char* published = "2024-11-05") {
  Document doc = std::move(DecodeText(text, {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  std::optional<CivilDate> pub;
  if (published != nullptr) pub = CivilDate::Parse(published);
  for (const DateMention& d : DateResolver().Find(view, 0, view.size(), pub)) {
    if (d.date) return d.date->ToString();
  }
  return "none";
}

TEST(CivilDateTest, RoundTripsAndKnowsWeekdays) {
  auto d = CivilDate::Parse("2024-11-05");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Weekday(), 1);  // Tuesday
  EXPECT_EQ(d->AddDays(-1).ToString(), "2024-11-04");
  EXPECT_EQ(d->AddDays(60).ToString(), "2025-01-04");
  EXPECT_EQ(CivilDate::Parse("2024-02-29")->AddDays(365).ToString(), "2025-02-28");
  EXPECT_EQ(CivilDate::FromDays(0).ToString(), "1970-01-01");
  EXPECT_FALSE(CivilDate::Parse("2023-02-29"));
  EXPECT_FALSE(CivilDate::Parse("2024-13-01"));
  EXPECT_FALSE(CivilDate::Parse("20241105"));
}

TEST(DateResolverTest, ResolvesAgainstThePublishedDate) {
  struct Case {
    const char* text;
    const char* date;
  } cases[] = {
      {"on Monday", "2024-11-04"},
      {"on Tuesday", "2024-11-05"},
      {"on Wednesday", "2024-10-30"},
      {"last Tuesday", "2024-10-29"},
      {"next Friday", "2024-11-08"},
      {"yesterday", "2024-11-04"},
      {"today", "2024-11-05"},
      {"tomorrow", "2024-11-06"},
      {"last week", "2024-10-28"},
      {"this week", "2024-11-04"},
      {"earlier this month", "2024-11-01"},
      {"last month", "2024-10-01"},
      {"last year", "2023-01-01"},
      {"on Oct. 31", "2024-10-31"},
      {"on October 31", "2024-10-31"},
      {"on 31 October", "2024-10-31"},
      {"on Nov. 20", "2024-11-20"},
      {"on Jan. 3", "2025-01-03"},
      {"October 12, 2023", "2023-10-12"},
      {"12 October 2023", "2023-10-12"},
      {"in October 2023", "2023-10-01"},
      {"2024-10-20", "2024-10-20"},
      {"three days ago", "2024-11-02"},
      {"2 weeks ago", "2024-10-22"},
      {"Sept. 3", "2024-09-03"},
  };
  for (const Case& c : cases) EXPECT_EQ(FirstDate(c.text), c.date) << c.text;
}

TEST(DateResolverTest, FindsYearsAndMonthsWithoutADate) {
  Document doc = std::move(DecodeText("It began in 2022 and peaked in October.", {})).value();
  Tokenizer().Annotate(doc);
  TokenView view(doc);
  auto found = DateResolver().Find(view, 0, view.size(), CivilDate::Parse("2024-11-05"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(view.Text(found[0].begin), "2022");
  EXPECT_FALSE(found[0].date);
  EXPECT_EQ(view.Text(found[1].begin), "October");
  EXPECT_FALSE(found[1].date);
}

TEST(DateResolverTest, RelativeDatesNeedAPublishedDate) {
  EXPECT_EQ(FirstDate("on Monday", nullptr), "none");
  EXPECT_EQ(FirstDate("on October 12, 2023", nullptr), "2023-10-12");
}

TEST(DateResolverTest, NamesOfMonthsNeedTheirCapitalOrPeriod) {
  EXPECT_EQ(FirstDate("they may 5 times"), "none");
  EXPECT_EQ(DateResolver::MonthOf("Oct."), 10);
  EXPECT_EQ(DateResolver::MonthOf("Sept."), 9);
  EXPECT_EQ(DateResolver::MonthOf("Oct"), 0);
  EXPECT_EQ(DateResolver::WeekdayOf("Sunday"), 6);
}

}  // namespace
}  // namespace hearsay::internal::quantity
