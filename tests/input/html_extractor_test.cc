#include "input/html_extractor.h"

#include <gtest/gtest.h>

#include <chrono>

#include "ingest_test_util.h"

namespace hearsay::internal {
namespace {

using hearsay::testing::NewsPage;

TEST(HtmlExtractorTest, KeepsTheArticleAndDropsTheBoilerplate) {
  ExtractedPage page = HtmlExtractor().Extract(NewsPage(), "", "");
  EXPECT_EQ(page.text,
            "The old dam above Millbrook gave way early on Tuesday, sending water through the valley, officials "
            "said.\n\n"
            "\"We heard a roar like a train,\" said Ana Ruiz, who lives by the river. \"Then the water came.\"\n\n"
            "Hundreds moved to safety\n\n"
            "About 300 people were taken to shelters, according to the county's emergency office, and 12 were "
            "treated for injuries.\n\n"
            "Engineers had warned in 2019 that the dam needed repairs, a report seen by the Times shows.");
  EXPECT_TRUE(page.warnings.empty());
}

TEST(HtmlExtractorTest, TitleLosesTheSiteSuffix) {
  ExtractedPage page = HtmlExtractor().Extract(NewsPage(), "", "");
  EXPECT_EQ(page.metadata.title, "Dam breach floods valley");
  EXPECT_EQ(page.metadata.publisher, "The Valley Times");
  EXPECT_EQ(page.metadata.language, "en");
}

TEST(HtmlExtractorTest, JsonLdMetadataComesFirst) {
  const std::string ld = R"(<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"VT"},
 {"@type":"NewsArticle","headline":"Dam gives way above Millbrook","datePublished":"2024-03-05T06:30:00Z",
  "author":[{"@type":"Person","name":"Jo Park"},{"@type":"Person","name":"Sam Lee"}],
  "publisher":{"@type":"Organization","name":"Valley Times Ltd"}}]}
</script>
<meta property="article:published_time" content="2024-03-04T23:00:00Z">
<link rel="canonical" href="https://valleytimes.example/2024/03/05/dam">)";
  ExtractedPage page = HtmlExtractor().Extract(NewsPage(ld), "", "https://valleytimes.example/amp/dam");
  EXPECT_EQ(page.metadata.title, "Dam gives way above Millbrook");
  EXPECT_EQ(page.metadata.published, "2024-03-05");
  EXPECT_EQ(page.metadata.authors, (std::vector<std::string>{"Jo Park", "Sam Lee"}));
  EXPECT_EQ(page.metadata.publisher, "Valley Times Ltd");
  EXPECT_EQ(page.metadata.url, "https://valleytimes.example/2024/03/05/dam");
}

TEST(HtmlExtractorTest, DatesFromMetaTimeOrUrl) {
  EXPECT_EQ(HtmlExtractor().Extract(NewsPage(R"(<meta name="pubdate" content="20240306">)"), "", "")
                .metadata.published,
            "2024-03-06");
  std::string with_time = NewsPage();
  with_time.replace(with_time.find("<h1>"), 4, "<time datetime=\"2024-03-07T10:00\">7 March</time><h1>");
  EXPECT_EQ(HtmlExtractor().Extract(with_time, "", "").metadata.published, "2024-03-07");
  EXPECT_EQ(HtmlExtractor().Extract(NewsPage(), "", "https://x.example/2024/03/08/dam").metadata.published,
            "2024-03-08");
  EXPECT_FALSE(HtmlExtractor().Extract(NewsPage(), "", "").metadata.published.has_value());
}

TEST(HtmlExtractorTest, MetaAuthorWithoutBy) {
  ExtractedPage page = HtmlExtractor().Extract(NewsPage(R"(<meta name="author" content="By Ana Writer">)"), "", "");
  EXPECT_EQ(page.metadata.authors, std::vector<std::string>{"Ana Writer"});
}

TEST(HtmlExtractorTest, JsonLdBodyWhenTheMarkupHasLittle) {
  const std::string page = R"(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"H","articleBody":"Rendered by script. The whole story is here, and it is long enough to matter."}
</script></head><body><div id="app">Loading…</div></body></html>)";
  ExtractedPage out = HtmlExtractor().Extract(page, "", "");
  EXPECT_EQ(out.text, "Rendered by script. The whole story is here, and it is long enough to matter.");
}

TEST(HtmlExtractorTest, JsonLdBodyIgnoredWhenInconsistent) {
  const std::string ld = R"(<script type="application/ld+json">{"@type":"NewsArticle","articleBody":")" +
                         std::string(2000, 'x') + R"("}</script>)";
  ExtractedPage page = HtmlExtractor().Extract(NewsPage(ld), "", "");
  EXPECT_EQ(page.text.find("xxxx"), std::string::npos);
  EXPECT_NE(page.text.find("Millbrook"), std::string::npos);
}

TEST(HtmlExtractorTest, DecodesDeclaredCharset) {
  std::string page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Le caf\xE9 est "
                     "ferm\xE9, a dit le maire \x93pour toujours\x94, et les habitants sont tr\xE8s "
                     "d\xE9\xE7us.</p></article></body></html>";
  EXPECT_EQ(HtmlExtractor().Extract(page, "", "").text,
            "Le café est fermé, a dit le maire “pour toujours”, et les habitants sont très déçus.");
}

TEST(HtmlExtractorTest, DeepNestingIsCutWithAWarningQuickly) {
  std::string page = "<html><body><p>Before the nest, a sentence that is long enough to count.</p>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  auto start = std::chrono::steady_clock::now();
  ExtractedPage out = HtmlExtractor().Extract(page, "", "");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 10.0);
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_NE(out.warnings[0].find("nested deeper than 256"), std::string::npos);
  EXPECT_NE(out.text.find("Before the nest"), std::string::npos);
}

TEST(HtmlExtractorTest, HugePageIsCutAtTheLimit) {
  std::string page = "<html><body><article>";
  std::string para = "<p>A paragraph of the long page, with words, commas, and more words to fill it.</p>\n";
  while (page.size() < (3u << 20)) page += para;
  page += "<p>THE END</p></article></body></html>";
  ExtractedPage out = HtmlExtractor(1 << 20).Extract(page, "", "");
  ASSERT_FALSE(out.warnings.empty());
  EXPECT_NE(out.warnings[0].find("cut to the first 1048576"), std::string::npos);
  EXPECT_EQ(out.text.find("THE END"), std::string::npos);
  EXPECT_GT(out.text.size(), 500000u);
  EXPECT_LT(out.text.size(), 1u << 20);
}

TEST(HtmlExtractorTest, TagSoupAndEmptyInputDoNotFail) {
  for (const char* page : {"", "<", "<<<>>>", "</p></div></html>", "<html><body><p>unclosed <b><i>tags",
                           "<table><tr><td><p>cell<td>cell</table>", "\x00\x01\x02garbage"}) {
    ExtractedPage out = HtmlExtractor().Extract(page, "", "");
    (void)out;  // no crash, no exception
  }
  EXPECT_EQ(HtmlExtractor().Extract("<html><body><p>unclosed <b><i>tags", "", "").text, "unclosed tags");
}

TEST(HtmlExtractorTest, FragmentTextKeepsParagraphs) {
  EXPECT_EQ(HtmlExtractor().FragmentText("<p>One &amp; two.</p><p>Three<br>four</p>"), "One & two.\n\nThree\nfour");
  EXPECT_EQ(HtmlExtractor().FragmentText("  plain   text "), "plain text");
}

}  // namespace
}  // namespace hearsay::internal
