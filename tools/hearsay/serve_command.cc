// `hearsay serve`: the ledger and the extractor behind an HTTP API and a web page.
#include <pthread.h>
#include <signal.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "commands.h"
#include "hearsay/server.h"

namespace hearsay::cli {
namespace {

struct ServeArgs {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 0;
};

int RunServe(ServeArgs args) {
  if (args.db.empty()) {
    const char* env = std::getenv("HEARSAY_DB");
    args.db = env && *env ? env : "hearsay.db";
  }
  ServerOptions options;
  options.db = args.db;
  options.host = args.host;
  options.port = args.port;
  options.threads = args.threads;
  auto server = Server::Create(options);
  if (!server.ok()) {
    std::cerr << "hearsay: serve: " << server.status().message() << "\n";
    return 2;
  }
  if (Status st = server->Bind(); !st.ok()) {
    std::cerr << "hearsay: serve: " << st.message() << "\n";
    return 2;
  }
  // Ctrl-C and SIGTERM reach one waiting thread, which stops the server
  // cleanly; the request threads (started later) inherit the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != 0) server->Stop();
  });
  const std::string host = args.host.find(':') != std::string::npos ? "[" + args.host + "]" : args.host;
  std::cerr << "hearsay: serving " << args.db << " on http://" << host << ":" << server->port()
            << "/ (Ctrl-C to stop)\n";
  Status st = server->Run();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!st.ok()) {
    std::cerr << "hearsay: serve: " << st.message() << "\n";
    return 2;
  }
  std::cerr << "hearsay: serve: stopped\n";
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the ledger and the extractor over HTTP, with a web page");
  cmd->add_option("--db", args->db, "Ledger file (default: $HEARSAY_DB or hearsay.db); created if missing");
  cmd->add_option("--host", args->host, "Address to listen on (default: 127.0.0.1, this machine only)");
  cmd->add_option("--port", args->port, "Port (default: 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", args->threads, "Request threads (default: max(64, 8 x cores))")->check(CLI::Range(1, 256));
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace hearsay::cli
