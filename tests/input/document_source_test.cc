#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "hearsay/ingest.h"
#include "ingest_test_util.h"

namespace hearsay {
namespace {

using testing::Gzip;
using testing::GzipZeros;
using testing::HttpResponse;
using testing::NewsPage;
using testing::WarcRecord;

struct Drained {
  std::vector<Document> docs;
  std::vector<std::string> errors;  // "where: error"
};

Drained Drain(DocumentSource& source) {
  Drained d;
  IngestItem item;
  while (source.Next(&item)) {
    if (item.document) d.docs.push_back(std::move(*item.document));
    else d.errors.push_back(item.where + ": " + item.error);
  }
  return d;
}

TEST(DocumentSourceTest, HtmlPageBecomesItsArticle) {
  DocumentSource source = DocumentSource::FromBytes(NewsPage(), "page.html");
  EXPECT_EQ(source.format(), InputFormat::kHtml);
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].info().id, "page.html");
  EXPECT_EQ(d.docs[0].info().title, "Dam breach floods valley");
  EXPECT_EQ(d.docs[0].text().substr(0, 27), "The old dam above Millbrook");
  EXPECT_TRUE(source.status().ok());
}

TEST(DocumentSourceTest, GzipHtmlIsDetectedThroughTheCompression) {
  DocumentSource source = DocumentSource::FromBytes(Gzip(NewsPage()), "page.html.gz");
  EXPECT_TRUE(source.compressed());
  EXPECT_EQ(source.format(), InputFormat::kHtml);
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_NE(d.docs[0].text().find("Hundreds moved to safety"), std::string::npos);
}

TEST(DocumentSourceTest, TruncatedGzipPageKeepsWhatCameWithAWarning) {
  std::string gz = Gzip(NewsPage());
  DocumentSource source = DocumentSource::FromBytes(gz.substr(0, gz.size() * 2 / 3), "cut.html.gz");
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 1u);
  ASSERT_FALSE(d.docs[0].warnings().empty());
  EXPECT_NE(d.docs[0].warnings()[0].message.find("truncated gzip data (member at byte 0)"), std::string::npos);
}

TEST(DocumentSourceTest, GzipBombIsRefusedInBoundedMemory) {
  IngestOptions options;
  options.format = InputFormat::kText;
  options.max_input_bytes = size_t{8} << 20;
  DocumentSource source = DocumentSource::FromBytes(testing::GzipRepeat(size_t{512} << 20, 'a'), "bomb.gz", options);
  Drained d = Drain(source);
  EXPECT_TRUE(d.docs.empty());
  EXPECT_EQ(source.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(source.status().message(), "decompresses to more than 8388608 bytes (the limit)");
}

TEST(DocumentSourceTest, GzipBombAsHtmlIsCutAtThePageLimit) {
  IngestOptions options;
  options.max_page_bytes = size_t{4} << 20;
  std::string bomb = Gzip("<html><body><p>Start of a page that goes on and on.</p>") + testing::GzipRepeat(size_t{512} << 20, ' ');
  DocumentSource source = DocumentSource::FromBytes(bomb, "bomb.html.gz", options);
  EXPECT_EQ(source.format(), InputFormat::kHtml);
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 1u);
  bool cut = false;
  for (const Warning& w : d.docs[0].warnings()) cut |= w.message.find("only the first 4194304") != std::string::npos;
  EXPECT_TRUE(cut);
}

TEST(DocumentSourceTest, WarcResponsesBecomeDocuments) {
  std::string page_without_date = NewsPage();
  std::string warc =
      Gzip(WarcRecord("warcinfo", "", "software: t\r\n", "2024-11-01T00:00:00Z", "application/warc-fields")) +
      Gzip(WarcRecord("request", "https://vt.example/dam", "GET /dam HTTP/1.1\r\n\r\n")) +
      Gzip(WarcRecord("response", "https://vt.example/dam", HttpResponse(200, "text/html; charset=utf-8", page_without_date),
                      "2024-11-02T09:00:00Z")) +
      Gzip(WarcRecord("response", "https://vt.example/gone", HttpResponse(404, "text/html", "<p>Not found</p>"))) +
      Gzip(WarcRecord("response", "https://vt.example/logo.png", HttpResponse(200, "image/png", "\x89PNG"))) +
      Gzip(WarcRecord("response", "https://vt.example/flood",
                      HttpResponse(200, "text/html", NewsPage("", "Flood waters recede"))));
  DocumentSource source = DocumentSource::FromBytes(warc, "crawl.warc.gz");
  EXPECT_EQ(source.format(), InputFormat::kWarc);
  Drained d = Drain(source);
  ASSERT_TRUE(d.errors.empty()) << d.errors[0];
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].info().id, "https://vt.example/dam");
  EXPECT_EQ(d.docs[0].info().url, "https://vt.example/dam");
  EXPECT_EQ(d.docs[0].info().published, "2024-11-02");  // from WARC-Date: the page has none
  EXPECT_EQ(d.docs[0].info().title, "Dam breach floods valley");
  EXPECT_EQ(d.docs[1].info().title, "Flood waters recede");
  EXPECT_EQ(source.skipped(), 4u);
}

TEST(DocumentSourceTest, CorruptWarcRecordIsNamedAndTheRestGoesOn) {
  std::string r1 = Gzip(WarcRecord("response", "https://e.example/1", HttpResponse(200, "text/html", NewsPage())));
  std::string r2 = Gzip("WARC/1.0\r\nWARC-Type: response\r\n\r\nno length here\r\n\r\n");
  std::string r3 = Gzip(WarcRecord("response", "https://e.example/3", HttpResponse(200, "text/html", NewsPage())));
  DocumentSource source = DocumentSource::FromBytes(r1 + r2 + r3, "crawl.warc.gz");
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[1].info().url, "https://e.example/3");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0], "crawl.warc.gz: record 2 at byte " + std::to_string(r1.size()) +
                             ": record without a valid Content-Length");
}

TEST(DocumentSourceTest, FeedItemsBecomeDocuments) {
  const std::string feed = R"(<?xml version="1.0"?><rss version="2.0"><channel><title>VT</title>
<item><title>One</title><link>https://vt.example/1</link><pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;First item body.&lt;/p&gt;</description></item>
<item><title>Two</title><description>Second item body.</description></item>
</channel></rss>)";
  DocumentSource source = DocumentSource::FromBytes(feed, "feed.xml");
  EXPECT_EQ(source.format(), InputFormat::kFeed);
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].info().id, "https://vt.example/1");
  EXPECT_EQ(d.docs[0].info().published, "2024-03-06");
  EXPECT_EQ(d.docs[0].info().publisher, "VT");
  EXPECT_EQ(d.docs[0].text(), "First item body.");
  EXPECT_EQ(d.docs[1].info().id, "feed.xml#2");
}

TEST(DocumentSourceTest, GzipJsonlAndTextStillWork) {
  DocumentSource jsonl = DocumentSource::FromBytes(Gzip("{\"id\":1,\"text\":\"One.\"}\nnot json\n"), "a.jsonl.gz");
  EXPECT_EQ(jsonl.format(), InputFormat::kJsonl);
  Drained d = Drain(jsonl);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text(), "One.");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].substr(0, 13), "a.jsonl.gz:2:");
  DocumentSource text = DocumentSource::FromBytes(Gzip("Plain words."), "a.txt.gz");
  Drained t = Drain(text);
  ASSERT_EQ(t.docs.size(), 1u);
  EXPECT_EQ(t.docs[0].text(), "Plain words.");
}

TEST(DocumentSourceTest, ForcedFormatOverridesDetection) {
  IngestOptions options;
  options.format = InputFormat::kText;
  DocumentSource source = DocumentSource::FromBytes(NewsPage(), "page.html", options);
  Drained d = Drain(source);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text().substr(0, 15), "<!DOCTYPE html>");
}

TEST(DocumentSourceTest, SourcesOnSeveralThreadsAgree) {
  std::string warc;
  for (int i = 0; i < 20; ++i) {
    warc += Gzip(WarcRecord("response", "https://e.example/" + std::to_string(i),
                            HttpResponse(200, "text/html", NewsPage("", "Story " + std::to_string(i)))));
  }
  std::vector<std::vector<std::string>> titles(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < titles.size(); ++t) {
    threads.emplace_back([&, t] {
      DocumentSource source = DocumentSource::FromBytes(warc, "crawl.warc.gz");
      for (Document& d : Drain(source).docs) titles[t].push_back(d.info().title.value_or(""));
    });
  }
  for (std::thread& th : threads) th.join();
  ASSERT_EQ(titles[0].size(), 20u);
  EXPECT_EQ(titles[0][19], "Story 19");
  for (size_t t = 1; t < titles.size(); ++t) EXPECT_EQ(titles[t], titles[0]);
}

TEST(DocumentSourceTest, OpenReportsMissingFiles) {
  Result<DocumentSource> source = DocumentSource::Open("/nonexistent/crawl.warc.gz");
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().message(), "No such file or directory");
}

TEST(DocumentSourceTest, OpenStreamsAWarcFile) {
  auto path = std::filesystem::temp_directory_path() / ("hearsay_ds_" + std::to_string(::getpid()) + ".warc");
  {
    std::ofstream f(path, std::ios::binary);
    for (int i = 0; i < 50; ++i) {
      f << WarcRecord("response", "https://e.example/" + std::to_string(i),
                      HttpResponse(200, "text/html", NewsPage("", "Story number " + std::to_string(i))));
    }
  }
  Result<DocumentSource> source = DocumentSource::Open(path.string());
  ASSERT_TRUE(source.ok());
  Drained d = Drain(*source);
  std::filesystem::remove(path);
  ASSERT_EQ(d.docs.size(), 50u);
  EXPECT_EQ(d.docs[49].info().title, "Story number 49");
}

}  // namespace
}  // namespace hearsay
