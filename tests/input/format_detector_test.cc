#include "input/format_detector.h"

#include <gtest/gtest.h>

namespace hearsay::internal {
namespace {

TEST(FormatDetectorTest, TellsFormatsApartByContent) {
  const std::pair<const char*, InputFormat> cases[] = {
      {"WARC/1.0\r\nWARC-Type: warcinfo\r\n", InputFormat::kWarc},
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", InputFormat::kFeed},
      {"<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat::kFeed},
      {"<rdf:RDF xmlns:rdf=\"x\">", InputFormat::kFeed},
      {"\xEF\xBB\xBF<!DOCTYPE html><html><body>", InputFormat::kHtml},
      {"  <html lang=en>", InputFormat::kHtml},
      {"<!-- saved page --><div class=x><p>Hello</p></div>", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat::kHtml},
      {"{\"id\": 1, \"text\": \"hello\"}\n", InputFormat::kJsonl},
      {"The minister said <b> is a tag.", InputFormat::kText},
      {"<3 this story", InputFormat::kText},
      {"", InputFormat::kText},
  };
  for (const auto& [head, want] : cases) EXPECT_EQ(FormatDetector::Detect(head), want) << head;
}

TEST(FormatDetectorTest, NamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl, InputFormat::kHtml,
                        InputFormat::kFeed, InputFormat::kWarc}) {
    EXPECT_EQ(ParseInputFormat(ToString(f)), f);
  }
  EXPECT_FALSE(ParseInputFormat("pdf").has_value());
}

}  // namespace
}  // namespace hearsay::internal
