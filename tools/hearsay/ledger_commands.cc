// `hearsay ingest`, `claims`, `sources` and `quotes`: the ledger from the command line.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "commands.h"
#include "hearsay/ingest.h"
#include "hearsay/input.h"
#include "hearsay/ledger.h"
#include "hearsay/output.h"
#include "hearsay/pipeline.h"
#include "input_paths.h"

namespace hearsay::cli {
namespace {

std::string DefaultDb() {
  const char* env = std::getenv("HEARSAY_DB");
  return env && *env ? env : "hearsay.db";
}

std::atomic<bool> g_interrupted{false};
extern "C" void OnInterrupt(int) { g_interrupted = true; }

// What a worker hands the writer.
struct Item {
  std::optional<Document> document;
  std::string where;
  std::string error;
  uint64_t finished_bytes = 0;  // set when a whole input is done
};

// A bounded queue: workers block when the writer falls behind, so memory
// stays bounded whatever the input size.
class ItemQueue {
 public:
  explicit ItemQueue(size_t capacity) : capacity_(capacity) {}

  // False if the queue was closed (the writer stopped).
  bool Push(Item item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  // Waits up to `timeout` for an item.
  std::optional<Item> Pop(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    if (!not_empty_.wait_for(lock, timeout, [&] { return !items_.empty(); })) return std::nullopt;
    Item item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_full_.notify_all();
  }
  bool Empty() {
    std::lock_guard lock(mu_);
    return items_.empty();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Item> items_;
  size_t capacity_;
  bool closed_ = false;
};

struct IngestArgs {
  std::string db = DefaultDb();
  int jobs = 0;
  std::string input = "auto";
  std::string published;
  std::vector<std::string> inputs;
};

std::string FormatDuration(double seconds) {
  int s = static_cast<int>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

int RunIngest(const IngestArgs& args) {
  int status = 0;
  std::vector<std::string> paths = ExpandInputPaths(args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs,
                                                    &status);
  IngestOptions ingest_options;
  if (auto format = ParseInputFormat(args.input)) ingest_options.format = *format;

  auto ledger = Ledger::Open(args.db);
  if (!ledger.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << ledger.status().message() << "\n";
    return 2;
  }
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    std::cerr << "hearsay: " << pipeline.status().message() << "\n";
    return 2;
  }
  uint64_t total_bytes = 0;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p != "-") total_bytes += std::filesystem::file_size(p, ec);
  }

  const int jobs = args.jobs > 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  ItemQueue queue(static_cast<size_t>(jobs) * 16);
  std::atomic<size_t> next_input{0};
  std::atomic<int> workers_running{jobs};
  auto worker = [&] {
    for (size_t i; !g_interrupted && (i = next_input++) < paths.size();) {
      const std::string& path = paths[i];
      const std::string name = path == "-" ? "stdin" : path;
      uint64_t size = 0;
      std::error_code ec;
      if (path != "-") size = std::filesystem::file_size(path, ec);
      auto source = DocumentSource::Open(path, ingest_options);
      if (!source.ok()) {
        Item item;
        item.where = name;
        item.error = source.status().message();
        item.finished_bytes = size;
        if (!queue.Push(std::move(item))) break;
        continue;
      }
      IngestItem in;
      bool open = true;
      while (open && !g_interrupted && source->Next(&in)) {
        Item item;
        item.where = in.where.empty() ? name : in.where;
        if (in.document) {
          if (!args.published.empty()) in.document->mutable_info().published = args.published;
          pipeline->Annotate(*in.document);
          item.document = std::move(in.document);
        } else {
          item.error = in.error;
        }
        open = queue.Push(std::move(item));
      }
      Item done;
      done.where = name;
      if (!source->status().ok()) done.error = source->status().message();
      done.finished_bytes = size;
      if (!open || !queue.Push(std::move(done))) break;
    }
    --workers_running;
  };

  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  std::vector<std::thread> threads;
  for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);

  const bool progress = isatty(STDERR_FILENO) != 0;
  const auto start = std::chrono::steady_clock::now();
  auto last_commit = start, last_progress = start;
  int64_t stored = 0, skipped = 0, failed = 0, batch = 0;
  uint64_t done_bytes = 0;
  std::map<std::string, int64_t> reasons;
  bool in_transaction = false;
  Status db_error;
  auto clear_progress = [&] {
    if (progress) std::cerr << "\r\x1b[K";
  };
  auto commit = [&] {
    if (!in_transaction) return;
    Status st = ledger->Commit();
    in_transaction = false;
    batch = 0;
    last_commit = std::chrono::steady_clock::now();
    if (!st.ok() && db_error.ok()) db_error = st;
  };

  while (db_error.ok()) {
    if (g_interrupted) break;
    std::optional<Item> item = queue.Pop(std::chrono::milliseconds(100));
    auto now = std::chrono::steady_clock::now();
    if (item) {
      if (item->document) {
        if (!in_transaction) {
          Status st = ledger->Begin();
          if (!st.ok()) { db_error = st; break; }
          in_transaction = true;
        }
        Result<bool> r = ledger->Store(*item->document);
        if (!r.ok()) { db_error = r.status(); break; }
        (*r ? stored : skipped)++;
        ++batch;
      } else if (!item->error.empty()) {
        ++failed;
        clear_progress();
        std::cerr << "hearsay: " << item->where << ": " << item->error << "\n";
        std::string reason = item->error.substr(0, item->error.find(" ("));
        ++reasons[reason];
      }
      done_bytes += item->finished_bytes;
    } else if (workers_running == 0 && queue.Empty()) {
      break;
    }
    // One transaction per batch: at most 500 documents or one second of work.
    if (in_transaction && (batch >= 500 || now - last_commit > std::chrono::seconds(1))) commit();
    if (progress && now - last_progress > std::chrono::milliseconds(200)) {
      last_progress = now;
      double secs = std::chrono::duration<double>(now - start).count();
      double mbs = secs > 0 ? static_cast<double>(done_bytes) / 1e6 / secs : 0;
      std::cerr << "\r\x1b[K  " << (stored + skipped) << " documents, " << std::fixed;
      std::cerr.precision(1);
      std::cerr << mbs << " MB/s";
      if (total_bytes > 0 && done_bytes > 0 && done_bytes < total_bytes) {
        std::cerr << ", " << (100 * done_bytes / total_bytes) << "%, ETA "
                  << FormatDuration(secs * static_cast<double>(total_bytes - done_bytes) / static_cast<double>(done_bytes));
      }
      std::cerr.flush();
    }
  }
  if (db_error.ok()) {
    commit();
  } else if (in_transaction) {
    ledger->Rollback();
  }
  queue.Close();
  g_interrupted = g_interrupted.load() || !db_error.ok();
  for (auto& t : threads) t.join();
  clear_progress();

  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ostringstream summary;
  summary << "hearsay: ingest: " << stored << " new, " << skipped << " already stored, " << failed << " failed";
  if (!reasons.empty()) {
    summary << " (";
    bool first = true;
    for (const auto& [reason, n] : reasons) {
      summary << (first ? "" : "; ") << reason << ": " << n;
      first = false;
    }
    summary << ")";
  }
  summary.setf(std::ios::fixed);
  summary.precision(1);
  summary << " in " << secs << "s (" << (secs > 0 ? static_cast<double>(stored + skipped) / secs : 0.0)
          << " documents/s)";
  std::cerr << summary.str() << "\n";
  if (!db_error.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << db_error.message() << "\n";
    return 2;
  }
  if (g_interrupted) {
    std::cerr << "hearsay: ingest: interrupted; every committed document is whole, run again to finish\n";
    return 130;
  }
  if (status == 0 && failed > 0) status = 1;
  return status;
}

struct QueryArgs {
  std::string db = DefaultDb();
  std::string format = "auto";
  ClaimQuery query;
  std::string source;
};

Result<Ledger> OpenForReading(const std::string& db) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) return NotFoundError("no ledger here (create one with 'hearsay ingest')");
  return Ledger::Open(db, Ledger::Mode::kReadOnly);
}

std::string Num(std::optional<double> v) {
  if (!v) return "null";
  char buf[32];
  if (*v == static_cast<double>(static_cast<long long>(*v))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*v));
  else std::snprintf(buf, sizeof buf, "%.6g", *v);
  return buf;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string ClaimsCsv(const std::vector<Claim>& claims) {
  std::string out =
      "claim,counts,where,conflict,agreed_low,agreed_high,source,role,affiliation,qualifier,value,low,high,text,date,"
      "document,sentence\n";
  auto opt = [](const std::optional<std::string>& s) { return s ? CsvField(*s) : std::string(); };
  auto num = [](std::optional<double> v) { return v ? Num(v) : std::string(); };
  for (size_t c = 0; c < claims.size(); ++c) {
    const Claim& claim = claims[c];
    for (const Statement& s : claim.statements) {
      out += std::to_string(c + 1) + "," + CsvField(claim.counts) + "," + opt(claim.where) + "," +
             (claim.conflict ? "true" : "false") + "," + num(claim.low) + "," + num(claim.high) + "," +
             CsvField(s.source) + "," + opt(s.role) + "," + opt(s.affiliation) + "," + s.qualifier + "," +
             Num(s.value) + "," + num(s.low) + "," + num(s.high) + "," + CsvField(s.text) + "," + opt(s.date) + "," +
             CsvField(s.document) + "," + CsvField(s.sentence) + "\n";
    }
  }
  return out;
}

std::string ClaimsTable(const std::vector<Claim>& claims, bool color) {
  auto paint = [&](const char* code, const std::string& s) {
    return color ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  };
  std::string out;
  if (claims.empty()) return "no claims\n";
  for (const Claim& claim : claims) {
    std::string head = claim.counts;
    if (claim.where) head += " — " + *claim.where;
    if (claim.within) head += " (in " + *claim.within + ")";
    if (claim.event) head += " — " + *claim.event;
    out += paint("1", head);
    if (claim.conflict) {
      out += "  " + paint("1;31", "CONFLICT");
    } else if (claim.low || claim.high) {
      out += "  agreed: [" + (claim.low ? Num(claim.low) : std::string("…")) + ", " +
             (claim.high ? Num(claim.high) : std::string("…")) + "]";
    }
    out += "\n";
    size_t width = 0;
    std::vector<std::string> who;
    for (const Statement& s : claim.statements) {
      std::string w = s.source.empty() ? "(publisher)" : s.source;
      if (s.role || s.affiliation) {
        w += " (" + s.role.value_or("") + (s.role && s.affiliation ? ", " : "") + s.affiliation.value_or("") + ")";
      }
      width = std::max(width, w.size());
      who.push_back(std::move(w));
    }
    for (size_t i = 0; i < claim.statements.size(); ++i) {
      const Statement& s = claim.statements[i];
      std::string w = who[i];
      w.resize(width, ' ');
      out += "  " + s.date.value_or("          ") + "  " + paint("36", w) + "  " + paint("35", s.text) + "  [" +
             s.qualifier + "]  " + s.document + "\n";
    }
    // Change over time: a source that gave the figure more than once.
    std::map<std::string, std::vector<const Statement*>> by_source;
    for (const Statement& s : claim.statements) by_source[s.source].push_back(&s);
    for (const auto& [source, said] : by_source) {
      const bool changed = std::any_of(said.begin(), said.end(), [&](const Statement* s) {
        return s->value != said.front()->value || s->qualifier != said.front()->qualifier;
      });
      if (!changed) continue;
      std::string line = "  " + (source.empty() ? std::string("(publisher)") : source) + " over time:";
      for (const Statement* s : said) line += " " + s->text + " (" + s->date.value_or("?") + ") →";
      line.resize(line.size() - 4);  // the last arrow
      out += paint("2", line) + "\n";
    }
    size_t shown = 0;
    for (const auto& [a, b] : claim.conflicts) {
      if (++shown > 6) {
        out += "  " + paint("31", "✗ ... and " + std::to_string(claim.conflicts.size() - 6) + " more pairs") + "\n";
        break;
      }
      out += "  " + paint("31", "✗ " + claim.statements[a].text + " (" + who[a].substr(0, who[a].find(" (")) +
                                    ") vs " + claim.statements[b].text + " (" +
                                    who[b].substr(0, who[b].find(" (")) + ")") +
             "\n";
    }
    out += "\n";
  }
  return out;
}

int RunClaims(const QueryArgs& args) {
  auto ledger = OpenForReading(args.db);
  if (!ledger.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << ledger.status().message() << "\n";
    return 2;
  }
  auto claims = ledger->Claims(args.query);
  if (!claims.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << claims.status().message() << "\n";
    return 2;
  }
  std::string format = args.format == "auto" ? (isatty(STDOUT_FILENO) ? "table" : "json") : args.format;
  std::string out;
  if (format == "json") AppendClaimsJson(*claims, &out);
  else out = format == "csv" ? ClaimsCsv(*claims) : ClaimsTable(*claims, isatty(STDOUT_FILENO) != 0);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}

int RunSources(const QueryArgs& args) {
  auto ledger = OpenForReading(args.db);
  if (!ledger.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << ledger.status().message() << "\n";
    return 2;
  }
  auto sources = ledger->Sources();
  if (!sources.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << sources.status().message() << "\n";
    return 2;
  }
  std::string format = args.format == "auto" ? (isatty(STDOUT_FILENO) ? "table" : "json") : args.format;
  std::string out;
  if (format == "json") {
    AppendSourcesJson(*sources, &out);
  } else {
    for (const SourceSummary& s : *sources) {
      char count[32];
      std::snprintf(count, sizeof count, "%6lld  %4lld docs  ", static_cast<long long>(s.attributions),
                    static_cast<long long>(s.documents));
      out += count + s.name;
      if (s.role || s.affiliation) {
        out += " (" + s.role.value_or("") + (s.role && s.affiliation ? ", " : "") + s.affiliation.value_or("") + ")";
      }
      out += "\n";
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int RunQuotes(const QueryArgs& args) {
  auto ledger = OpenForReading(args.db);
  if (!ledger.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << ledger.status().message() << "\n";
    return 2;
  }
  auto quotes = ledger->Quotes(args.source);
  if (!quotes.ok()) {
    std::cerr << "hearsay: " << args.db << ": " << quotes.status().message() << "\n";
    return 2;
  }
  std::string format = args.format == "auto" ? (isatty(STDOUT_FILENO) ? "table" : "json") : args.format;
  std::string out;
  if (format == "json") {
    AppendQuotesJson(*quotes, &out);
  } else {
    for (const QuoteRecord& q : *quotes) {
      out += q.published.value_or("          ") + "  " + q.source + " — " + q.cue + " — «" + q.content + "»  " +
             q.url.value_or(q.document) + "\n";
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

auto DateCheck() {
  return [](const std::string& v) {
    return IsIsoDate(v) ? std::string() : "must be a date written YYYY-MM-DD, got '" + v + "'";
  };
}

}  // namespace

void AddLedgerCommands(CLI::App& app, int* exit_code) {
  auto ingest = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Extract documents and store them in the ledger");
  cmd->add_option("--db", ingest->db, "Ledger file (default: $HEARSAY_DB or hearsay.db)");
  cmd->add_option("--jobs", ingest->jobs, "Extraction threads (default: all cores)")->check(CLI::Range(1, 256));
  cmd->add_option("--input", ingest->input, "Input kind: auto, text, jsonl, html, rss, warc")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "rss", "warc"}));
  cmd->add_option("--published", ingest->published, "Publication date YYYY-MM-DD for inputs without one")
      ->check(DateCheck());
  cmd->add_option("inputs", ingest->inputs, "Files, directories (walked), or - for standard input");
  cmd->callback([ingest, exit_code] { *exit_code = RunIngest(*ingest); });

  auto claims = std::make_shared<QueryArgs>();
  CLI::App* c = app.add_subcommand("claims", "Line up what sources claim about each figure");
  c->add_option("--db", claims->db, "Ledger file (default: $HEARSAY_DB or hearsay.db)");
  c->add_option("--about", claims->query.about, "What is counted: troops, people, homes ...");
  c->add_option("--where", claims->query.where, "A place, or a place containing it");
  c->add_option("--source", claims->query.source, "Only figures one of whose sources matches");
  c->add_option("--since", claims->query.since, "Statements on or after YYYY-MM-DD")->check(DateCheck());
  c->add_option("--until", claims->query.until, "Statements on or before YYYY-MM-DD")->check(DateCheck());
  c->add_option("--format", claims->format, "table, json or csv (default: table on a terminal, json otherwise)")
      ->check(CLI::IsMember({"auto", "table", "json", "csv"}));
  c->callback([claims, exit_code] { *exit_code = RunClaims(*claims); });

  auto sources = std::make_shared<QueryArgs>();
  CLI::App* s = app.add_subcommand("sources", "Who is quoted how often, with roles and affiliations");
  s->add_option("--db", sources->db, "Ledger file (default: $HEARSAY_DB or hearsay.db)");
  s->add_option("--format", sources->format, "table or json")->check(CLI::IsMember({"auto", "table", "json"}));
  s->callback([sources, exit_code] { *exit_code = RunSources(*sources); });

  auto quotes = std::make_shared<QueryArgs>();
  CLI::App* q = app.add_subcommand("quotes", "What a source said, where and when");
  q->add_option("--db", quotes->db, "Ledger file (default: $HEARSAY_DB or hearsay.db)");
  q->add_option("--source", quotes->source, "The source (substring of the name)")->required();
  q->add_option("--format", quotes->format, "table or json")->check(CLI::IsMember({"auto", "table", "json"}));
  q->callback([quotes, exit_code] { *exit_code = RunQuotes(*quotes); });
}

}  // namespace hearsay::cli
