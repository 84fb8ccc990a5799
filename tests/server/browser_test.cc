// The web page in a real browser: Debian's chromium, headless, loads the page
// from a test server on 127.0.0.1 over a ledger of the example articles, and
// the test reads the DOM after the scripts ran (--dump-dom with a virtual
// time budget) and saves screenshots under the build directory
// (HEARSAY_SCREENSHOT_DIR). Skipped when chromium is not installed.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "test_server.h"

namespace hearsay {
namespace {

namespace fs = std::filesystem;
using testing::TestServer;

std::string FindChromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
    if (::access(path, X_OK) == 0) return path;
  }
  return "";
}

class BrowserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    chromium_ = FindChromium();
    if (chromium_.empty()) return;
    server_ = new TestServer("browser_test");
    fs::create_directories(HEARSAY_SCREENSHOT_DIR);
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    if (chromium_.empty()) GTEST_SKIP() << "chromium is not installed (scripts/setup.sh installs it)";
  }

  // Runs headless chromium on `fragment` of the page with `mode` ("--dump-dom"
  // or "--screenshot=FILE") and returns what it printed.
  static std::string Chromium(const std::string& fragment, const std::string& mode, const std::string& size) {
    std::string profile = fs::temp_directory_path() / ("hearsay_chromium_" + std::to_string(::getpid()));
    fs::remove_all(profile);
    std::string command = "timeout 60 " + chromium_ +
                          " --headless --no-sandbox --disable-gpu --disable-background-networking"
                          " --disable-component-update --disable-sync --no-first-run --disable-quic"
                          " --disable-extensions --hide-scrollbars --user-data-dir=" + profile +
                          " --window-size=" + size + " --virtual-time-budget=8000 " + mode + " '" +
                          server_->url() + "/" + fragment + "' 2>/dev/null";
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
      char buf[65536];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
      ::pclose(pipe);
    }
    fs::remove_all(profile);
    return out;
  }
  static std::string Dom(const std::string& fragment) { return Chromium(fragment, "--dump-dom", "1280,1600"); }
  static std::string Screenshot(const std::string& fragment, const std::string& name, const std::string& size) {
    std::string file = std::string(HEARSAY_SCREENSHOT_DIR) + "/" + name;
    fs::remove(file);
    Chromium(fragment, "--screenshot=" + file, size);
    return file;
  }

  static size_t Count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
  }

  // Elements whose class list holds `cls` ("qty" in class="attr qty": a figure inside a quote).
  static size_t CountClass(const std::string& dom, const std::string& cls) {
    size_t n = 0;
    const std::string open = "class=\"";
    for (size_t at = dom.find(open); at != std::string::npos; at = dom.find(open, at + 1)) {
      const size_t b = at + open.size(), e = dom.find('"', b);
      if (e == std::string::npos) break;
      const std::string list = " " + dom.substr(b, e - b) + " ";
      n += list.find(" " + cls + " ") != std::string::npos;
    }
    return n;
  }

  static inline std::string chromium_;
  static inline TestServer* server_ = nullptr;
};

TEST_F(BrowserTest, ArticleShowsAttributionsFiguresSourcesAndPlaces) {
  const std::string row = std::to_string(server_->Row("border-troops.txt"));
  std::string dom = Dom("#/doc/" + row);
  ASSERT_NE(dom.find("<html"), std::string::npos) << "chromium printed no DOM";
  EXPECT_NE(dom.find("troops massing near northern border"), std::string::npos);
  EXPECT_GE(Count(dom, "class=\"attr\""), 3u) << "attribution content is tinted";
  EXPECT_GE(Count(dom, "class=\"cue\""), 3u) << "cues are underlined";
  EXPECT_GE(Count(dom, "class=\"mention\""), 2u) << "source mentions are bold";
  EXPECT_GE(CountClass(dom, "qty"), 2u) << "figures are marked";
  EXPECT_GE(Count(dom, "class=\"qty-tag\""), 2u) << "figures say their qualifier";
  EXPECT_NE(dom.find("Kovalchuk"), std::string::npos);
  EXPECT_GE(Count(dom, "class=\"source-item\""), 2u) << "a side list of sources";
  EXPECT_NE(dom.find("class=\"map-svg\""), std::string::npos) << "a map of the places";
  EXPECT_NE(dom.find("id=\"s-0\""), std::string::npos) << "sentences are anchored";

  std::string laptop = Screenshot("#/doc/" + row, "article.png", "1280,1400");
  std::string phone = Screenshot("#/doc/" + row, "article-phone.png", "390,1600");
  EXPECT_GT(fs::file_size(laptop), 20000u);
  EXPECT_GT(fs::file_size(phone), 10000u);
}

TEST_F(BrowserTest, ClaimsViewDrawsATimelinePerFigure) {
  std::string dom = Dom("#/claims");
  ASSERT_NE(dom.find("<html"), std::string::npos) << "chromium printed no DOM";
  EXPECT_GE(Count(dom, "class=\"claim-chart\""), 2u);
  EXPECT_GE(Count(dom, "class=\"mark\""), 2u);
  EXPECT_NE(dom.find("href=\"#/doc/"), std::string::npos) << "statements link to their sentence";
  EXPECT_NE(dom.find("/s/"), std::string::npos);
  // A statement's link opens its article with its sentence marked.
  std::string sentence = Dom("#/doc/" + std::to_string(server_->Row("claim-2")) + "/s/1");
  EXPECT_NE(sentence.find("data-s=\"1\" class=\"target\""), std::string::npos);
  EXPECT_EQ(sentence.find("data-s=\"0\" class=\"target\""), std::string::npos) << "only that sentence";
  std::string shot = Screenshot("#/claims?about=troops", "claims.png", "1280,1400");
  EXPECT_GT(fs::file_size(shot), 20000u);
}

TEST_F(BrowserTest, ArticleMarkupStaysText) {
  auto client = server_->Client();
  const std::string text =
      "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\"> "
      "\"It stays text,\" said Ana Ruiz, a spokeswoman for the <b>Ministry</b>.\n";
  auto res = client.Post("/api/documents?id=%3Cscript%3E", text, "text/plain");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  std::string row = res->body.substr(7, res->body.find(',') - 7);
  std::string dom = Dom("#/doc/" + row);
  ASSERT_NE(dom.find("<html"), std::string::npos);
  EXPECT_NE(dom.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(dom.find("&lt;img src=x"), std::string::npos);
  EXPECT_EQ(dom.find("<img src=\"x\""), std::string::npos);
  EXPECT_EQ(dom.find("<b>Ministry"), std::string::npos);
  EXPECT_EQ(dom.find("<title>pwned"), std::string::npos);
  EXPECT_NE(dom.find("<h1>&lt;script&gt;</h1>"), std::string::npos) << "the id, shown as title, is text too";
}

TEST_F(BrowserTest, SearchListsMatchingArticles) {
  std::string dom = Dom("#/search?q=dam");
  ASSERT_NE(dom.find("<html"), std::string::npos);
  EXPECT_EQ(Count(dom, "class=\"hit\""), 1u);
  EXPECT_NE(dom.find("<mark>"), std::string::npos);
}

}  // namespace
}  // namespace hearsay
