// Server: the ledger and the extractor behind an HTTP API and a web page.
//
// `hearsay serve` runs one. The API speaks the same JSON as `hearsay extract`
// and `hearsay claims` (see output.h):
//   POST /api/extract            text or HTML body (or JSON {"text"|"html", "published"?, "id"?,
//                                "url"?, "title"?}), ?published=YYYY-MM-DD -> the document
//   POST /api/documents          the same, and stores it -> {"row","stored","document"}
//   GET  /api/documents?q=&source=&since=&until=&limit=&offset=   full-text search (FTS5)
//   GET  /api/documents/{row}    a stored document, as extract writes it
//   GET  /api/claims?about=&where=&source=&since=&until=
//   GET  /api/sources, GET /api/quotes?source=
// Errors are {"error": "..."} with 400 (bad request), 404 (no such route or
// document), 413 (body over ServerOptions::max_body_bytes), 500 (the ledger failed).
// Everything else is the web page, whose files are compiled into the binary.
//
//   hearsay::ServerOptions options;
//   options.db = "hearsay.db";
//   auto server = hearsay::Server::Create(options);
//   if (!server.ok()) return Fail(server.status());
//   if (auto st = server->Bind(); !st.ok()) return Fail(st);
//   server->Run();   // until Stop() from another thread
//
// Requests are served by a fixed pool of threads. Queries run on read-only
// ledger connections (one per busy thread, reused); stores go through one
// writer connection, one at a time. Stop() is thread-safe; the rest is not.
#ifndef HEARSAY_SERVER_H_
#define HEARSAY_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "hearsay/status.h"

namespace hearsay {

struct ServerOptions {
  std::string db = "hearsay.db";  // the ledger, created and migrated if needed
  std::string host = "127.0.0.1"; // loopback unless told otherwise
  int port = 8080;                // 0: any free port (see Server::port())
  // Request threads; 0: max(64, 8 x cores). A kept-alive connection holds a
  // thread until it has been quiet for 2 s, so this bounds open connections.
  int threads = 0;
  size_t max_body_bytes = size_t{10} << 20;  // larger request bodies get 413
  int read_timeout_seconds = 10;  // a client that sends nothing this long is dropped
  int write_timeout_seconds = 10;
  // Receives one line per request ("127.0.0.1 GET /api/claims?about=troops 200 1532B 2.1ms");
  // empty: standard error. Called from request threads, one call at a time.
  std::function<void(std::string_view line)> log;
};

class Server {
 public:
  // Opens the ledger (creating and migrating it), checks it can be read, and
  // loads the pipeline. Does not bind yet.
  static Result<Server> Create(const ServerOptions& options);

  Server(Server&&) noexcept;
  Server& operator=(Server&&) noexcept;
  ~Server();

  // Binds the listening socket; fails if the address is taken or invalid.
  Status Bind();
  // The bound port (after Bind).
  int port() const;
  // Serves until Stop(). Bind() first.
  Status Run();
  // Makes Run() return once the requests in flight are answered.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hearsay

#endif  // HEARSAY_SERVER_H_
