#include "input/date_parser.h"

#include <gtest/gtest.h>

namespace hearsay::internal {
namespace {

TEST(DateParserTest, ReadsTheFormatsPagesAndFeedsUse) {
  const std::pair<const char*, const char*> cases[] = {
      {"2019-11-19", "2019-11-19"},
      {"2019-11-19T23:10:00-05:00", "2019-11-19"},
      {"20191119", "2019-11-19"},
      {"2019/11/19 10:00", "2019-11-19"},
      {"Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19"},
      {"19 November 2019", "2019-11-19"},
      {"November 19, 2019", "2019-11-19"},
      {"Nov. 19th, 2019 at 5pm", "2019-11-19"},
      {"Updated: Sept 3, 2021", "2021-09-03"},
  };
  for (const auto& [in, want] : cases) {
    auto got = DateParser::ToIsoDate(in);
    ASSERT_TRUE(got.has_value()) << in;
    EXPECT_EQ(*got, want) << in;
  }
}

TEST(DateParserTest, RefusesWhatIsNotADate) {
  for (const char* in : {"", "yesterday", "2019-13-45", "2019-02-30", "12345678", "Nov 2019", "1776-07-04"}) {
    EXPECT_FALSE(DateParser::ToIsoDate(in).has_value()) << in;
  }
}

TEST(DateParserTest, FindsDatesInUrlPaths) {
  EXPECT_EQ(DateParser::FromUrl("https://www.cnn.com/2019/11/18/politics/story/index.html"), "2019-11-18");
  EXPECT_EQ(DateParser::FromUrl("https://example.com/news/2020-02-29-leap-day"), "2020-02-29");
  EXPECT_EQ(DateParser::FromUrl("https://example.com/tuft-cells-20191115/"), "2019-11-15");
  EXPECT_FALSE(DateParser::FromUrl("https://example.com/2019/story").has_value());
  EXPECT_FALSE(DateParser::FromUrl("https://2019-11-18.example.com/").has_value());
}

}  // namespace
}  // namespace hearsay::internal
