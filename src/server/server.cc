// The HTTP server, on cpp-httplib (Debian's libcpp-httplib-dev): a small,
// well-known library with what a local analyst's server needs -- a fixed
// thread pool, read/write timeouts, a payload limit that answers 413, keep-
// alive -- and none of the weight of Boost.Beast's asio plumbing, where all
// of that would be ours to write. Routes map to internal::Api; everything
// else is looked up in the embedded web page.
#include "hearsay/server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

#include "server/api.h"
#include "server/ledger_pool.h"
#include "server/static_assets.h"

namespace hearsay {
namespace {

// When the request on this thread started (set before routing, read by the logger).
thread_local std::chrono::steady_clock::time_point t_request_start;

// The page and the API only load what this server serves: no inline script,
// no other origin, so an article that smuggles markup in cannot run it.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

void Send(const internal::ApiResponse& r, httplib::Response& res) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Pipeline pipeline;
  std::unique_ptr<internal::LedgerPool> ledgers;
  std::unique_ptr<internal::Api> api;
  httplib::Server http;
  int port = 0;
  bool bound = false;
  int listen_socket = -1;  // set by the socket options callback, before bind
  std::atomic<bool> running{false};
  std::atomic<bool> stop_requested{false};
  std::mutex log_mu;

  void Log(const httplib::Request& req, const httplib::Response& res) {
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_request_start).count();
    std::string target = req.path;
    if (!req.params.empty()) {
      target += '?';
      bool first = true;
      for (const auto& [k, v] : req.params) {
        if (!first) target += '&';
        first = false;
        target += k + "=" + v;
      }
    }
    // One line per request; control characters in the target would forge lines.
    for (char& c : target) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    }
    if (target.size() > 300) target = target.substr(0, 300) + "...";
    char tail[96];
    std::snprintf(tail, sizeof tail, " %d %zuB %.1fms", res.status, res.body.size(), ms);
    std::string line = req.remote_addr + " " + req.method + " " + target + tail;
    std::lock_guard lock(log_mu);
    if (options.log) {
      options.log(line);
    } else {
      std::cerr << line << "\n";
    }
  }

  void Routes() {
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
      t_request_start = std::chrono::steady_clock::now();
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
      return httplib::Server::HandlerResponse::Unhandled;
    });
    http.Post("/api/extract", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->Extract(req.body, req.get_header_value("Content-Type"), req.params), res);
    });
    http.Post("/api/documents", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->StoreDocument(req.body, req.get_header_value("Content-Type"), req.params), res);
    });
    http.Get("/api/documents", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->SearchDocuments(req.params), res);
    });
    http.Get(R"(/api/documents/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->GetDocument(req.matches[1].str()), res);
    });
    http.Get("/api/claims", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->Claims(req.params), res);
    });
    http.Get("/api/sources", [this](const httplib::Request&, httplib::Response& res) { Send(api->Sources(), res); });
    http.Get("/api/quotes", [this](const httplib::Request& req, httplib::Response& res) {
      Send(api->Quotes(req.params), res);
    });
    http.Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
      Send(internal::Api::Error(404, "no such API route: " + req.path), res);
    });
    http.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
      const internal::EmbeddedFile* file = internal::StaticAssets::Find(req.path);
      if (!file) {
        Send(internal::Api::Error(404, "not found"), res);
        return;
      }
      res.set_header("Content-Security-Policy", kContentSecurityPolicy);
      res.set_header("Cache-Control", "no-cache");
      res.set_content(file->data, file->size, file->content_type);
    });
    // Errors raised by the library (unknown route, 413 ...) get a JSON body too.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      const char* what = res.status == 413   ? "the request body is too large"
                         : res.status == 404 ? "not found"
                         : res.status == 405 ? "method not allowed"
                         : res.status == 400 ? "bad request"
                                             : "the request failed";
      Send(internal::Api::Error(res.status, what), res);
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what += std::string(": ") + e.what();
      } catch (...) {
      }
      Send(internal::Api::Error(500, what), res);
    });
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { Log(req, res); });
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::Server(Server&&) noexcept = default;
Server& Server::operator=(Server&&) noexcept = default;
Server::~Server() = default;

Result<Server> Server::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto pool = internal::LedgerPool::Open(options.db);
  if (!pool.ok()) return Status(pool.status().code(), options.db + ": " + pool.status().message());
  impl->ledgers = std::move(*pool);
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) return pipeline.status();
  impl->pipeline = std::move(*pipeline);
  impl->api = std::make_unique<internal::Api>(impl->pipeline, *impl->ledgers, options.max_body_bytes);

  httplib::Server& http = impl->http;
  const size_t threads = options.threads > 0
                             ? static_cast<size_t>(options.threads)
                             : std::max<size_t>(64, 8 * std::thread::hardware_concurrency());
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  // SO_REUSEADDR (restart at once after a stop) but not httplib's default
  // SO_REUSEPORT, with which a second server on the same port would bind
  // silently and take half the connections.
  Impl* raw = impl.get();
  http.set_socket_options([raw](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    raw->listen_socket = sock;
  });
  // A kept-alive connection holds its thread until it goes quiet, so there are
  // many threads (idle ones cost a stack and nothing else) and quiet
  // connections are let go after two seconds.
  // httplib writes headers and body separately: without TCP_NODELAY, Nagle's
  // algorithm meets the client's delayed ACK and each answer waits 40 ms.
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(1000);
  http.set_keep_alive_timeout(2);
  impl->Routes();
  return Server(std::move(impl));
}

Status Server::Bind() {
  Impl& impl = *impl_;
  if (impl.options.port == 0) {
    int port = impl.http.bind_to_any_port(impl.options.host);
    if (port < 0) return IoError("cannot listen on " + impl.options.host);
    impl.port = port;
  } else {
    if (!impl.http.bind_to_port(impl.options.host, impl.options.port)) {
      return IoError("cannot listen on " + impl.options.host + ":" + std::to_string(impl.options.port) +
                     " (in use, or not an address of this machine)");
    }
    impl.port = impl.options.port;
  }
  // httplib listens with a backlog of 5, fixed when Debian built it: a burst
  // of new clients would see dropped SYNs and one-second retries. Linux
  // lets a listening socket's backlog be raised by listening again.
  if (impl.listen_socket >= 0) ::listen(impl.listen_socket, SOMAXCONN);
  impl.bound = true;
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (!impl_->bound) return InternalError("Server::Run before Bind");
  impl_->running = true;
  bool ok = impl_->stop_requested || impl_->http.listen_after_bind();
  impl_->running = false;
  return ok ? Status::Ok() : IoError("the server stopped listening");
}

void Server::Stop() {
  impl_->stop_requested = true;
  // httplib's stop() does nothing until the listening loop has started:
  // wait for it if Run() is on its way there.
  while (impl_->running && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace hearsay
