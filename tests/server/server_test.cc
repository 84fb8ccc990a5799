// The HTTP API and the page, end to end over 127.0.0.1: every route, bad
// requests (malformed JSON, huge bodies, unknown ids, traversal attempts),
// escaping, and one log line per request.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "hearsay/ledger.h"
#include "hearsay/output.h"
#include "test_server.h"

namespace hearsay {
namespace {

using testing::TestServer;

// The whole test binary shares one server over the example articles: making
// the ledger runs the pipeline over four articles.
class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer("server_test"); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;

  static simdjson::dom::element Parse(const std::string& body) {
    static thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    auto error = parser.parse(body).get(root);
    EXPECT_FALSE(error) << "not JSON: " << body.substr(0, 200);
    return root;
  }
  static std::string ErrorOf(const std::string& body) {
    simdjson::dom::parser parser;
    std::string_view message;
    if (parser.parse(body)["error"].get(message)) return "(no error field) " + body;
    return std::string(message);
  }
};

TestServer* ServerTest::server_ = nullptr;

const char kArticle[] =
    "Rescuers pulled 12 people from the river on Monday, officials said.\n\n"
    "\"We are still searching,\" said Maria Lopez, a spokeswoman for the Quillan fire service.\n";

TEST_F(ServerTest, ServesThePageWithItsAssets) {
  auto client = server_->Client();
  auto index = client.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->body.find("<script src=\"/app.js\""), std::string::npos);
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  for (auto [path, type] : {std::pair{"/index.html", "text/html; charset=utf-8"},
                            std::pair{"/app.js", "text/javascript; charset=utf-8"},
                            std::pair{"/style.css", "text/css; charset=utf-8"},
                            std::pair{"/world.json", "application/json"}}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), type) << path;
    EXPECT_GT(res->body.size(), 100u) << path;
  }
  auto world = client.Get("/world.json");
  EXPECT_EQ(Parse(world->body)["countries"].get_array().size(), 177u);
}

TEST_F(ServerTest, RefusesPathTraversal) {
  for (const char* path : {"/../CMakeLists.txt", "/..%2f..%2fCMakeLists.txt", "/%2e%2e/%2e%2e/etc/passwd",
                           "/web/../README.md", "//etc/passwd", "/..\\..\\CMakeLists.txt", "/app.js/../../README.md",
                           "/%2e%2e%2fweb%2fapp.js", "/app.js%00.html", "/etc/passwd"}) {
    std::string response = server_->RawRequest(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    ASSERT_FALSE(response.empty()) << path;
    std::string status = response.substr(0, response.find("\r\n"));
    EXPECT_TRUE(status.find(" 404") != std::string::npos || status.find(" 400") != std::string::npos)
        << path << ": " << status;
    EXPECT_EQ(response.find("project(hearsay"), std::string::npos) << path;
    EXPECT_EQ(response.find("root:"), std::string::npos) << path;
    EXPECT_EQ(response.find("# hearsay"), std::string::npos) << path;
  }
}

TEST_F(ServerTest, ExtractReadsPlainText) {
  auto client = server_->Client();
  auto res = client.Post("/api/extract?published=2025-01-02", kArticle, "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  auto doc = Parse(res->body);
  EXPECT_EQ(std::string_view(doc["text"]), kArticle);
  EXPECT_EQ(std::string_view(doc["published"]), "2025-01-02");
  EXPECT_GE(doc["sentences"].get_array().size(), 2u);
  EXPECT_GE(doc["attributions"].get_array().size(), 1u);
  EXPECT_FALSE(doc["quantities"].error());
}

TEST_F(ServerTest, ExtractIsTheSameAsTheLibrary) {
  auto client = server_->Client();
  auto res = client.Post("/api/extract", kArticle, "text/plain");
  ASSERT_TRUE(res);
  DocumentInfo info;
  info.id = "pasted";
  Document doc = std::move(DecodeText(kArticle, info)).value();
  auto pipeline = Pipeline::Create();
  pipeline->Annotate(doc);
  std::string expected;
  AppendJson(doc, {}, &expected);
  EXPECT_EQ(res->body, expected + "\n");
}

TEST_F(ServerTest, ExtractReadsHtml) {
  const std::string html =
      "<!doctype html><html><head><title>Flood rescue - The Quillan Times</title>"
      "<meta property=\"article:published_time\" content=\"2025-03-04T10:00:00Z\"></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Flood rescue</h1>"
      "<p>Rescuers pulled 12 people from the river on Monday, officials said.</p>"
      "<p>\"We are still searching,\" said Maria Lopez, a spokeswoman for the Quillan fire service.</p>"
      "</article></body></html>";
  auto client = server_->Client();
  auto res = client.Post("/api/extract", html, "text/html; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto doc = Parse(res->body);
  std::string_view text = doc["text"];
  EXPECT_NE(text.find("Rescuers pulled 12 people"), std::string_view::npos);
  EXPECT_EQ(text.find("<p>"), std::string_view::npos);
  EXPECT_EQ(std::string_view(doc["published"]), "2025-03-04");
  // Without a content type, HTML is recognised by its content.
  auto sniffed = client.Post("/api/extract", html, "application/octet-stream");
  ASSERT_TRUE(sniffed);
  EXPECT_EQ(Parse(sniffed->body)["text"].get_string().value(), text);
}

TEST_F(ServerTest, ExtractTakesAJsonBody) {
  auto client = server_->Client();
  auto res = client.Post("/api/extract",
                         R"({"text": "Officials said 40 homes were lost.", "published": "2024-05-06", "id": "a-1",
                             "title": "Homes lost", "url": "https://example.org/a-1"})",
                         "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto doc = Parse(res->body);
  EXPECT_EQ(std::string_view(doc["id"]), "a-1");
  EXPECT_EQ(std::string_view(doc["title"]), "Homes lost");
  EXPECT_EQ(std::string_view(doc["url"]), "https://example.org/a-1");
  EXPECT_EQ(std::string_view(doc["published"]), "2024-05-06");
}

TEST_F(ServerTest, RejectsBadExtractRequests) {
  auto client = server_->Client();
  struct Case {
    const char* body;
    const char* type;
    const char* path;
    const char* error;
  } cases[] = {
      {"{\"text\": \"unterminated", "application/json", "/api/extract", "malformed JSON"},
      {"[1, 2]", "application/json", "/api/extract", "must be an object"},
      {"{\"title\": \"no text\"}", "application/json", "/api/extract", "needs \"text\" or \"html\""},
      {"{\"text\": 42}", "application/json", "/api/extract", "\"text\" must be a string"},
      {"{\"text\": \"x\", \"published\": \"yesterday\"}", "application/json", "/api/extract", "published"},
      {"Officials said so.", "text/plain", "/api/extract?published=2024-13-45", "published must be a date"},
      {"", "text/plain", "/api/extract", "empty"},
      {"  \n\n ", "text/plain", "/api/extract", "empty"},
      {"{\"text\": \"unterminated", "application/json", "/api/documents", "malformed JSON"},
  };
  for (const Case& c : cases) {
    auto res = client.Post(c.path, c.body, c.type);
    ASSERT_TRUE(res) << c.body;
    EXPECT_EQ(res->status, 400) << c.body;
    EXPECT_NE(ErrorOf(res->body).find(c.error), std::string::npos) << c.body << " -> " << res->body;
  }
  // Binary data is not an article.
  std::string binary("PK\x03\x04\0\0\0\0binary", 14);
  auto res = client.Post("/api/extract", binary, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(ErrorOf(res->body).find("binary"), std::string::npos) << res->body;
}

TEST_F(ServerTest, RefusesBodiesOverTenMegabytesWith413) {
  std::string huge((size_t{10} << 20) + 1, 'a');
  for (const char* path : {"/api/extract", "/api/documents"}) {
    auto client = server_->Client();
    auto res = client.Post(path, huge, "text/plain");
    ASSERT_TRUE(res) << path << ": " << httplib::to_string(res.error());
    EXPECT_EQ(res->status, 413) << path;
    EXPECT_NE(ErrorOf(res->body).find("too large"), std::string::npos) << res->body;
  }
  // Just under the limit is read.
  std::string big((size_t{10} << 20) - 16, 'b');
  for (size_t i = 80; i < big.size(); i += 81) big[i] = (i % 810 == 0) ? '\n' : ' ';
  auto client = server_->Client();
  auto res = client.Post("/api/extract", big, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST_F(ServerTest, StoresADocumentOnceAndServesIt) {
  auto client = server_->Client();
  const std::string text = "The Zanthor council said 17 bridges were closed on Friday.\n";
  auto first = client.Post("/api/documents?published=2025-06-07&id=zanthor", text, "text/plain");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 201) << first->body;
  auto stored = Parse(first->body);
  EXPECT_TRUE(stored["stored"].get_bool().value());
  int64_t row = stored["row"].get_int64().value();
  EXPECT_GT(row, 0);
  EXPECT_EQ(std::string_view(stored["document"]["text"]), text);

  auto again = client.Post("/api/documents", text, "text/plain");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_FALSE(Parse(again->body)["stored"].get_bool().value());
  EXPECT_EQ(Parse(again->body)["row"].get_int64().value(), row);

  auto get = client.Get("/api/documents/" + std::to_string(row));
  ASSERT_TRUE(get);
  ASSERT_EQ(get->status, 200);
  auto doc = Parse(get->body);
  EXPECT_EQ(std::string_view(doc["text"]), text);
  EXPECT_EQ(std::string_view(doc["id"]), "zanthor");
  EXPECT_EQ(std::string_view(doc["published"]), "2025-06-07");

  auto found = client.Get("/api/documents?q=zanthor");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->status, 200);
  auto hits = Parse(found->body).get_array();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits.at(0)["row"].get_int64().value(), row);
}

TEST_F(ServerTest, AnswersAreFreshAfterAStore) {
  auto client = server_->Client();
  // Asked twice (the second from the cache), then again after a store.
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(client.Get("/api/documents?q=Quorvath")->body, "[]\n");
    EXPECT_EQ(client.Get("/api/claims?about=lanterns")->body, "[]\n");
  }
  std::string sources_before = client.Get("/api/sources")->body;
  auto stored = client.Post("/api/documents?published=2025-07-01",
                            "Mayor Ines Quorvath said 212 lanterns were lit in the square on Sunday.\n", "text/plain");
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->status, 201);
  EXPECT_NE(client.Get("/api/documents?q=Quorvath")->body, "[]\n");
  EXPECT_NE(client.Get("/api/sources")->body, sources_before);
}

TEST_F(ServerTest, GetsAStoredDocumentAsExtractWritesIt) {
  auto client = server_->Client();
  int64_t row = server_->Row("border-troops.txt");
  auto res = client.Get("/api/documents/" + std::to_string(row));
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  auto doc = Parse(res->body);
  EXPECT_EQ(std::string_view(doc["id"]), "border-troops.txt");
  for (const char* field : {"text", "paragraphs", "sentences", "entities", "attributions", "quantities", "warnings"}) {
    EXPECT_FALSE(doc[field].error()) << field;
  }
  EXPECT_GE(doc["attributions"].get_array().size(), 3u);
}

TEST_F(ServerTest, UnknownDocumentsAre404) {
  auto client = server_->Client();
  for (const char* path : {"/api/documents/999999", "/api/documents/0", "/api/documents/-1", "/api/documents/abc",
                           "/api/documents/1x", "/api/documents/99999999999999999999999"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_NE(ErrorOf(res->body).find("no document"), std::string::npos) << path << ": " << res->body;
  }
}

TEST_F(ServerTest, SearchesByWordsSourceAndDate) {
  auto client = server_->Client();
  auto ids = [&](const std::string& path) {
    auto res = client.Get(path);
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    std::vector<std::string> out;
    for (auto hit : Parse(res->body).get_array()) out.emplace_back(std::string_view(hit["id"]));
    return out;
  };
  EXPECT_EQ(ids("/api/documents?q=dam"), std::vector<std::string>{"dam-breach.txt"});
  EXPECT_EQ(ids("/api/documents?q=troops%20massing"), std::vector<std::string>{"border-troops.txt"});
  EXPECT_TRUE(ids("/api/documents?q=dam%20Kursk").empty());  // every word must occur
  EXPECT_GE(ids("/api/documents").size(), 4u);
  EXPECT_EQ(ids("/api/documents?q=vaccine&since=2024-11-01&until=2024-11-30"),
            std::vector<std::string>{"vaccine-trial.txt"});
  EXPECT_TRUE(ids("/api/documents?q=vaccine&since=2025-01-01").empty());
  EXPECT_EQ(ids("/api/documents?source=Whitcomb"), std::vector<std::string>{"dam-breach.txt"});
  EXPECT_EQ(ids("/api/documents?limit=2").size(), 2u);
  // FTS5 syntax in the words is read as words, not as a query language.
  for (const char* q : {"%22", "AND", "dam%20OR", "NEAR(dam", "*", "dam%22%20OR%20%22x", "%27%3B%20DROP%20TABLE%20documents"}) {
    auto res = client.Get(std::string("/api/documents?q=") + q);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << q << ": " << res->body;
  }
  // Matches are marked in the snippet.
  auto res = client.Get("/api/documents?q=breach");
  std::string_view snippet = Parse(res->body).get_array().at(0)["snippet"];
  EXPECT_NE(snippet.find("\x02"), std::string_view::npos);
  for (const char* bad : {"/api/documents?since=yesterday", "/api/documents?until=2024-02-30",
                          "/api/documents?limit=0", "/api/documents?limit=abc", "/api/documents?offset=-1"}) {
    auto r = client.Get(bad);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
  }
}

TEST_F(ServerTest, ClaimsAreTheLedgersClaims) {
  auto ledger = Ledger::Open(server_->db(), Ledger::Mode::kReadOnly);
  ASSERT_TRUE(ledger.ok());
  auto client = server_->Client();
  auto make = [](std::string about, std::string since, std::string until, std::string source) {
    ClaimQuery q;
    q.about = std::move(about);
    q.since = std::move(since);
    q.until = std::move(until);
    q.source = std::move(source);
    return q;
  };
  for (auto [path, query] : {std::pair<const char*, ClaimQuery>{"/api/claims", make("", "", "", "")},
                             {"/api/claims?about=troops", make("troops", "", "", "")},
                             {"/api/claims?since=2025-01-01&until=2025-12-31", make("", "2025-01-01", "2025-12-31", "")},
                             {"/api/claims?source=Kovalchuk", make("", "", "", "Kovalchuk")}}) {
    auto claims = ledger->Claims(query);
    ASSERT_TRUE(claims.ok());
    std::string expected;
    AppendClaimsJson(*claims, &expected);
    auto res = client.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, expected) << path;
  }
  auto troops = Parse(client.Get("/api/claims?about=troops")->body).get_array();
  ASSERT_GE(troops.size(), 1u);
  auto statement = troops.at(0)["statements"].at(0);
  EXPECT_GT(statement["document_row"].get_int64().value(), 0);
  EXPECT_TRUE(statement["sentence_index"].is_int64());
  for (const char* bad : {"/api/claims?since=2025-1-1", "/api/claims?until=never"}) {
    auto r = client.Get(bad);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
  }
}

TEST_F(ServerTest, SourcesAndQuotesAreTheLedgers) {
  auto ledger = Ledger::Open(server_->db(), Ledger::Mode::kReadOnly);
  ASSERT_TRUE(ledger.ok());
  auto client = server_->Client();
  std::string expected;
  AppendSourcesJson(*ledger->Sources(), &expected);
  auto sources = client.Get("/api/sources");
  ASSERT_TRUE(sources);
  EXPECT_EQ(sources->status, 200);
  EXPECT_EQ(sources->body, expected);

  std::string quotes_expected;
  AppendQuotesJson(*ledger->Quotes("Whitcomb"), &quotes_expected);
  auto quotes = client.Get("/api/quotes?source=Whitcomb");
  ASSERT_TRUE(quotes);
  EXPECT_EQ(quotes->body, quotes_expected);
  EXPECT_GE(Parse(quotes->body).get_array().size(), 1u);
  auto missing = client.Get("/api/quotes");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
}

TEST_F(ServerTest, UnknownRoutesAndMethodsAnswerJson) {
  auto client = server_->Client();
  auto route = client.Get("/api/nothing");
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, 404);
  EXPECT_NE(ErrorOf(route->body).find("no such API route"), std::string::npos);
  auto page = client.Get("/nothing.html");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 404);
  EXPECT_EQ(ErrorOf(page->body), "not found");
  auto method = client.Delete("/api/claims");
  ASSERT_TRUE(method);
  EXPECT_GE(method->status, 400);
  EXPECT_FALSE(ErrorOf(method->body).empty());
  auto post = client.Post("/api/claims", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_GE(post->status, 400);
}

TEST_F(ServerTest, EscapesArticleTextInJson) {
  auto client = server_->Client();
  const std::string text = "<script>alert(\"x\")</script> \"Quote,\" said Ana </b>\u2028.\n";
  auto res = client.Post("/api/documents", text, "text/plain");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_NE(res->body.find(R"(<script>alert(\"x\")</script>)"), std::string::npos);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(std::string_view(Parse(res->body)["document"]["text"]), text);
  // An error message that echoes the request is escaped too.
  auto err = client.Get("/api/documents/%22%3E%3Cimg%3E");
  ASSERT_TRUE(err);
  EXPECT_EQ(err->status, 404);
  EXPECT_EQ(ErrorOf(err->body), "no document \"><img>");
}

TEST_F(ServerTest, AnswersManyClientsAtOnce) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  const std::string doc_path = "/api/documents/" + std::to_string(server_->Row("dam-breach.txt"));
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      auto client = server_->Client();
      client.set_keep_alive(true);
      for (int i = 0; i < 25; ++i) {
        const char* paths[] = {"/api/claims", "/api/sources", "/api/documents?q=troops", doc_path.c_str()};
        auto res = client.Get(paths[(t + i) % 4]);
        if (!res || res->status != 200) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST_F(ServerTest, LogsOneLinePerRequest) {
  auto client = server_->Client();
  size_t before = server_->log().size();
  client.Get("/api/sources");
  client.Get("/api/claims?about=troops");
  client.Get("/api/nothing");
  // The line is written after the answer is sent: give it a moment.
  auto log = server_->log();
  for (int i = 0; i < 200 && log.size() < before + 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    log = server_->log();
  }
  ASSERT_GE(log.size(), before + 3);
  auto has = [&](const std::string& part) {
    for (size_t i = before; i < log.size(); ++i) {
      if (log[i].find(part) != std::string::npos) return log[i].find("ms") != std::string::npos;
    }
    return false;
  };
  EXPECT_TRUE(has("127.0.0.1 GET /api/sources 200 ")) << ::testing::PrintToString(log);
  EXPECT_TRUE(has("127.0.0.1 GET /api/claims?about=troops 200 "));
  EXPECT_TRUE(has("127.0.0.1 GET /api/nothing 404 "));
}

TEST_F(ServerTest, LogLinesCannotBeForged) {
  auto client = server_->Client();
  client.Get("/api/claims?about=x%0A127.0.0.1%20GET%20/forged%20200");
  auto log = server_->log();
  for (int i = 0; i < 200; ++i) {
    bool found = false;
    for (const auto& line : log) found = found || line.find("about=x?127.0.0.1") != std::string::npos;
    if (found) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    log = server_->log();
  }
  for (const auto& line : log) EXPECT_EQ(line.find('\n'), std::string::npos) << line;
}

TEST(ServerStartTest, RefusesALedgerItCannotOpen) {
  ServerOptions options;
  options.db = "/nonexistent-dir/ledger.db";
  auto server = Server::Create(options);
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.status().message().find("/nonexistent-dir/ledger.db"), std::string::npos);
}

TEST(ServerStartTest, RefusesAPortInUse) {
  TestServer first("server_port_test", /*with_examples=*/false);
  ServerOptions options;
  options.db = first.db();
  options.port = first.port();
  auto second = Server::Create(options);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_FALSE(second->Bind().ok());
}

}  // namespace
}  // namespace hearsay
