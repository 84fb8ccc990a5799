// A hearsay server on 127.0.0.1 (any free port) over a fresh ledger holding
// the example articles (examples/articles.jsonl), for the server and browser
// tests. Requests go through cpp-httplib's client, or raw bytes through
// RawRequest when the client would tidy a path up.
#ifndef HEARSAY_TESTS_SERVER_TEST_SERVER_H_
#define HEARSAY_TESTS_SERVER_TEST_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "hearsay/input.h"
#include "hearsay/ledger.h"
#include "hearsay/pipeline.h"
#include "hearsay/server.h"

namespace hearsay::testing {

class TestServer {
 public:
  // Makes the ledger under a fresh temporary directory and starts serving it.
  explicit TestServer(const std::string& name, bool with_examples = true) {
    dir_ = std::filesystem::temp_directory_path() / ("hearsay_" + name + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "ledger.db").string();
    if (with_examples) {
      StoreExamples();
      StoreClaims();
    }
    ServerOptions options;
    options.db = db_;
    options.port = 0;
    options.threads = 8;
    options.log = [this](std::string_view line) {
      std::lock_guard lock(log_mu_);
      log_.emplace_back(line);
    };
    auto server = Server::Create(options);
    EXPECT_TRUE(server.ok()) << server.status().message();
    server_ = std::make_unique<Server>(std::move(*server));
    Status bound = server_->Bind();
    EXPECT_TRUE(bound.ok()) << bound.message();
    thread_ = std::thread([this] { server_->Run(); });
  }

  ~TestServer() {
    server_->Stop();
    thread_.join();
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  int port() const { return server_->port(); }
  const std::string& db() const { return db_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port()); }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port());
    client.set_read_timeout(30, 0);
    return client;
  }
  std::vector<std::string> log() {
    std::lock_guard lock(log_mu_);
    return log_;
  }
  // The ledger row of the example article `id` ("border-troops.txt").
  int64_t Row(const std::string& id) const { return rows_.at(id); }

  // Sends `request` as it is and returns everything the server answers.
  std::string RawRequest(const std::string& request) const {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      return "";
    }
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    ::close(fd);
    return out;
  }

 private:
  void StoreExamples() {
    auto ledger = Ledger::Open(db_);
    ASSERT_TRUE(ledger.ok()) << ledger.status().message();
    auto pipeline = Pipeline::Create();
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    auto reader = JsonlReader::Open(std::string(HEARSAY_SOURCE_DIR) + "/examples/articles.jsonl");
    ASSERT_TRUE(reader.ok()) << reader.status().message();
    ASSERT_TRUE(ledger->Begin().ok());
    JsonlRecord record;
    while (reader->Next(&record)) {
      ASSERT_TRUE(record.document.has_value()) << record.error;
      pipeline->Annotate(*record.document);
      ASSERT_TRUE(ledger->Store(*record.document).ok());
      auto row = ledger->FindDocument(record.document->text());
      ASSERT_TRUE(row.ok() && row->has_value());
      rows_[record.document->info().id] = **row;
    }
    ASSERT_TRUE(ledger->Commit().ok());
  }

  // Four hand-made statements about one figure (North Korean troops in
  // Kursk), so that the claims views have a chart with every kind of mark and
  // a conflict whatever the quantity annotator finds in the examples.
  void StoreClaims() {
    struct Figure {
      const char* id;
      const char* published;
      const char* source;
      const char* figure;
      double value;
      Qualifier qualifier;
      std::optional<double> low, high;
    } figures[] = {
        {"claim-1", "2024-10-20", "Kim Ho-seong", "3,000", 3000, Qualifier::kExact, {}, {}},
        {"claim-2", "2024-11-01", "Olena Kovalchuk", "more than 10,000", 10000, Qualifier::kOver, 10000, {}},
        {"claim-3", "2024-11-10", "John Kirby", "as many as 12,000", 12000, Qualifier::kAtMost, {}, 12000},
        {"claim-4", "2024-11-20", "Sabine Weber", "11,000 to 12,000", 11000, Qualifier::kRange, 11000, 12000},
    };
    auto ledger = Ledger::Open(db_);
    ASSERT_TRUE(ledger.ok()) << ledger.status().message();
    auto pipeline = Pipeline::Create();
    ASSERT_TRUE(pipeline.ok());
    ASSERT_TRUE(ledger->Begin().ok());
    for (const Figure& f : figures) {
      const std::string source = f.source, figure = f.figure;
      const std::string text =
          "Officials in Kyiv spoke on Monday.\n\n" + source + " said " + figure + " North Korean troops were in Kursk.\n";
      DocumentInfo info;
      info.id = f.id;
      info.published = f.published;
      Document doc = std::move(DecodeText(text, std::move(info))).value();
      pipeline->Annotate(doc);
      doc.mutable_attributions().clear();
      doc.mutable_quantities().clear();
      const auto said = static_cast<uint32_t>(text.find(" said ") + 1);
      const uint32_t content = said + 5;
      Attribution a;
      a.kind = AttributionKind::kIndirect;
      a.content = {content, static_cast<uint32_t>(text.size() - 2)};
      a.cue = Span{said, said + 4};
      a.source.name = source;
      a.source.mention = Span{static_cast<uint32_t>(text.find(source)),
                              static_cast<uint32_t>(text.find(source) + source.size())};
      a.source.role = "spokesperson";
      doc.mutable_attributions().push_back(a);
      Quantity q;
      q.span = {content, static_cast<uint32_t>(content + figure.size())};
      q.value = f.value;
      q.qualifier = f.qualifier;
      q.low = f.low;
      q.high = f.high;
      q.counts = "North Korean troops";
      q.where = "Kursk";
      q.attribution = 0;
      q.source = source;
      doc.mutable_quantities().push_back(q);
      ASSERT_TRUE(ledger->Store(doc).ok());
      rows_[f.id] = **ledger->FindDocument(doc.text());
    }
    ASSERT_TRUE(ledger->Commit().ok());
  }

  std::filesystem::path dir_;
  std::string db_;
  std::map<std::string, int64_t> rows_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::mutex log_mu_;
  std::vector<std::string> log_;
};

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_SERVER_TEST_SERVER_H_
