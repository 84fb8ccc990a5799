// End-to-end tests of `hearsay extract` on web inputs: HTML pages, feeds, WARC
// files, directories and the bad inputs of issue 7, run as a user would.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "cli/cli_test_util.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "ingest_test_util.h"

namespace {

namespace fs = std::filesystem;
using hearsay::testing::RunResult;
using hearsay::testing::Gzip;
using hearsay::testing::GzipZeros;
using hearsay::testing::HttpResponse;
using hearsay::testing::NewsPage;
using hearsay::testing::WarcRecord;

class IngestCliTest : public hearsay::testing::CliTest {
};

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST_F(IngestCliTest, HtmlPageGivesOneDocumentWithMetadata) {
  std::string f = Write("dam.html", NewsPage(R"(<meta name="author" content="Jo Park">
<meta property="article:published_time" content="2024-03-05T06:30:00Z">)"));
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out[0], '{') << "one input, one object";
  EXPECT_TRUE(Has(r.out, "\"title\":\"Dam breach floods valley\"")) << r.out;
  EXPECT_TRUE(Has(r.out, "\"published\":\"2024-03-05\""));
  EXPECT_TRUE(Has(r.out, "\"publisher\":\"The Valley Times\""));
  EXPECT_TRUE(Has(r.out, "\"authors\":[\"Jo Park\"],\"language\":\"en\""));
  EXPECT_TRUE(Has(r.out, "\"text\":\"The old dam above Millbrook"));
  EXPECT_FALSE(Has(r.out, "cookies"));
  EXPECT_FALSE(Has(r.out, "Share on Facebook"));
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(IngestCliTest, FeedGivesAnArrayOfItems) {
  std::string f = Write("feed.rss", R"(<?xml version="1.0"?><rss version="2.0"><channel><title>VT</title>
<item><title>One</title><link>https://vt.example/1</link><description>First body.</description></item>
<item><title>Two</title><link>https://vt.example/2</link><description>Second body.</description></item>
</channel></rss>)");
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out[0], '[');
  EXPECT_TRUE(Has(r.out, "\"id\":\"https://vt.example/1\""));
  EXPECT_TRUE(Has(r.out, "\"text\":\"Second body.\""));
}

TEST_F(IngestCliTest, WarcWithACorruptRecordNamesItAndGoesOn) {
  std::string r1 = Gzip(WarcRecord("response", "https://e.example/1", HttpResponse(200, "text/html", NewsPage())));
  std::string r2 = Gzip("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nbody\r\n\r\n");
  std::string r3 = Gzip(WarcRecord("response", "https://e.example/3",
                                   HttpResponse(200, "text/html", NewsPage("", "Flood waters recede"))));
  std::string r4 = Gzip(WarcRecord("request", "https://e.example/3", "GET / HTTP/1.1\r\n\r\n"));
  std::string f = Write("crawl.warc.gz", r1 + r2 + r3 + r4);
  RunResult r = Run("extract --format jsonl " + f);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  EXPECT_TRUE(Has(r.out, "\"url\":\"https://e.example/3\""));
  EXPECT_TRUE(Has(r.err, "crawl.warc.gz: record 2 at byte " + std::to_string(r1.size()) +
                             ": record without a valid Content-Length"))
      << r.err;
  EXPECT_TRUE(Has(r.err, "crawl.warc.gz: 1 records skipped")) << r.err;
}

TEST_F(IngestCliTest, DirectoriesAreWalkedInOrder) {
  Write("in/b/page.html", NewsPage());
  Write("in/a.txt", "Plain text article.\n");
  Write("in/.hidden.txt", "not read\n");
  Write("in/c.jsonl.gz", Gzip("{\"id\":\"x\",\"text\":\"From gzip JSONL.\"}\n"));
  RunResult r = Run("extract -r --format jsonl " + (dir_ / "in").string());
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
  size_t a = r.out.find("Plain text article."), b = r.out.find("The old dam"), c = r.out.find("From gzip JSONL.");
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_FALSE(Has(r.out, "not read"));
  RunResult without = Run("extract --format jsonl " + (dir_ / "in").string());
  EXPECT_EQ(without.status, 2);
  EXPECT_TRUE(Has(without.err, "in: is a directory")) << without.err;
}

TEST_F(IngestCliTest, TruncatedGzipWarnsAndKeepsWhatCame) {
  std::string gz = Gzip(NewsPage());
  std::string f = Write("cut.html.gz", gz.substr(0, gz.size() * 3 / 4));
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "cut.html.gz: warning: truncated gzip data (member at byte 0)")) << r.err;
  EXPECT_TRUE(Has(r.out, "Millbrook"));
}

TEST_F(IngestCliTest, GzipBombIsCutAtThePageLimit) {
  std::string f = Write("bomb.html.gz", Gzip("<html><body><p>A page that never ends, it seems.</p>") +
                                            hearsay::testing::GzipRepeat(size_t{256} << 20, ' '));
  RunResult r = Run("extract --format json " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "bomb.html.gz: warning: decompresses to more than 33554432 bytes")) << r.err;
}

TEST_F(IngestCliTest, GzipOfZerosIsBinaryAtOnce) {
  std::string f = Write("zeros.gz", GzipZeros(size_t{256} << 20));
  RunResult r = Run("extract " + f);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(Has(r.err, "zeros.gz: binary data, not text (NUL at byte 0)")) << r.err;
}

TEST_F(IngestCliTest, HugePageIsCut) {
  std::string path = (dir_ / "huge.html").string();
  {
    std::ofstream f(path, std::ios::binary);
    f << "<html><head><title>Huge</title></head><body><article><p>The article, then 200 MB of markup.</p>";
    // Markup without text keeps the pipeline's share of the test small.
    const std::string filler = "<div class=\"filler\"><span data-x=\"0123456789abcdef\"></span></div>\n";
    for (size_t written = 0; written < (size_t{200} << 20); written += filler.size()) f << filler;
    f << "</article></body></html>";
  }
  RunResult r = Run("extract --format jsonl --input html " + path);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "huge.html: warning: is more than 33554432 bytes: only the first 33554432 were read"))
      << r.err;
  EXPECT_TRUE(Has(r.out, "\"title\":\"Huge\""));
}

TEST_F(IngestCliTest, DeepTagNestWarns) {
  std::string page = "<html><body><p>Before the nest, a sentence long enough to count as text.</p>";
  for (int i = 0; i < 100000; ++i) page += "<span>";
  page += "deep</body></html>";
  std::string f = Write("nest.html", page);
  RunResult r = Run("extract --format json " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "nest.html: warning: HTML nested deeper than 256 elements")) << r.err;
  EXPECT_TRUE(Has(r.out, "Before the nest"));
}

TEST_F(IngestCliTest, BinaryForcedAsHtmlIsRefused) {
  std::string f = Write("image.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(100, '\x01'));
  RunResult r = Run("extract --input html " + f);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(Has(r.err, "image.html: binary data, not HTML (NUL at byte 8)")) << r.err;
}

TEST_F(IngestCliTest, ForcedHtmlOnStdin) {
  std::string f = Write("page.bin", NewsPage());
  std::string out = (dir_ / "o.txt").string();
  int raw = std::system((std::string(HEARSAY_BINARY) + " extract --input html --format json - <" + f + " >" + out +
                         " 2>/dev/null").c_str());
  EXPECT_EQ(WEXITSTATUS(raw), 0);
  EXPECT_TRUE(Has(Slurp(out), "\"title\":\"Dam breach floods valley\""));
}

}  // namespace
