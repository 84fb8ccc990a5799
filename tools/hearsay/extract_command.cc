// `hearsay extract`: read documents, run the pipeline, write the contract.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.h"
#include "input_paths.h"
#include "hearsay/document.h"
#include "hearsay/ingest.h"
#include "hearsay/input.h"
#include "hearsay/output.h"
#include "hearsay/pipeline.h"

namespace hearsay::cli {
namespace {

struct ExtractOptions {
  std::string format = "auto";
  std::string input = "auto";
  std::string published;
  bool tokens = false;
  bool pretty = false;
  bool recursive = false;
  std::vector<std::string> files;
};

enum class Format { kJson, kJsonl, kTable };

// Writes documents to stdout in the chosen format, keeping a JSON array valid
// whatever fails in between.
class Output {
 public:
  Output(Format format, bool array, const JsonOptions& json, const TableOptions& table)
      : format_(format), array_(array), json_(json), table_(table) {}

  void Begin() {
    if (format_ == Format::kJson && array_) Write("[\n");
  }
  void Document(const hearsay::Document& doc) {
    buffer_.clear();
    if (format_ == Format::kTable) {
      if (count_ > 0) buffer_.push_back('\n');
      AppendTable(doc, table_, &buffer_);
    } else {
      if (format_ == Format::kJson && array_ && count_ > 0) buffer_.append(",\n");
      AppendJson(doc, json_, &buffer_);
      if (format_ == Format::kJsonl || !array_) buffer_.push_back('\n');
    }
    ++count_;
    Write(buffer_);
  }
  // A JSONL line that could not be read: {"id":…,"line":N,"error":"…"}.
  void ErrorRecord(const std::string& id_json, size_t line, const std::string& error) {
    if (format_ == Format::kTable) return;
    buffer_.clear();
    if (format_ == Format::kJson && array_ && count_ > 0) buffer_.append(",\n");
    buffer_.append("{\"id\":" + id_json + ",\"line\":" + std::to_string(line) + ",\"error\":");
    AppendJsonString(error, &buffer_);
    buffer_.append("}");
    if (format_ == Format::kJsonl || !array_) buffer_.push_back('\n');
    ++count_;
    Write(buffer_);
  }
  void End() {
    if (format_ == Format::kJson && array_) Write(count_ > 0 ? "\n]\n" : "]\n");
    std::fflush(stdout);
  }
  void Flush() { std::fflush(stdout); }
  bool failed() const { return failed_; }

 private:
  void Write(const std::string& s) {
    if (failed_) return;
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) failed_ = true;
  }

  Format format_;
  bool array_;
  JsonOptions json_;
  TableOptions table_;
  std::string buffer_;
  size_t count_ = 0;
  bool failed_ = false;
};

void Warn(const std::string& where, const hearsay::Document& doc) {
  for (const Warning& w : doc.warnings()) std::cerr << "hearsay: " << where << ": warning: " << w.message << "\n";
}

bool HasJsonlExtension(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".jsonl") || ends(".ndjson");
}

bool IsGzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

int RunExtract(const ExtractOptions& opt) {
  Format format;
  if (opt.format == "auto") {
    format = isatty(STDOUT_FILENO) ? Format::kTable : Format::kJson;
  } else {
    format = opt.format == "table" ? Format::kTable : opt.format == "jsonl" ? Format::kJsonl : Format::kJson;
  }
  int status = 0;
  // Directories are walked only when asked (-r): without it, a directory is
  // an error, as it always was.
  std::vector<std::string> files = opt.files.empty() ? std::vector<std::string>{"-"}
                                   : opt.recursive   ? ExpandInputPaths(opt.files, &status)
                                                     : opt.files;
  // JSONL input always streams one line out per line in, unless a person asked for a table.
  if (opt.input == "jsonl" && format == Format::kJson) format = Format::kJsonl;
  const InputFormat forced = ParseInputFormat(opt.input).value_or(InputFormat::kAuto);
  const bool legacy_only = forced == InputFormat::kText || forced == InputFormat::kJsonl;

  Result<Pipeline> pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    std::cerr << "hearsay: " << pipeline.status().message() << "\n";
    return 2;
  }
  IngestOptions ingest;
  ingest.format = forced;

  // Web inputs (HTML, feeds, WARC, gzip) are opened before any output so that
  // a single feed or crawl file, which holds many documents, is written as an
  // array. Plain text and JSONL keep their original path.
  struct Opened {
    std::optional<DocumentSource> source;
    std::string preread;  // stdin read whole, for text or JSONL
    bool have_preread = false;
    Status error;
  };
  auto open = [&](const std::string& path) {
    Opened o;
    if (legacy_only) return o;
    if (forced == InputFormat::kAuto && HasJsonlExtension(path)) return o;
    if (path == "-") {
      Result<std::string> bytes = ReadFileBytes(path);
      if (!bytes.ok()) {
        o.error = bytes.status();
        return o;
      }
      InputFormat f = forced != InputFormat::kAuto ? forced : DetectFormat(std::string_view(*bytes).substr(0, 65536));
      if (IsGzip(*bytes) || f == InputFormat::kHtml || f == InputFormat::kFeed || f == InputFormat::kWarc) {
        o.source = DocumentSource::FromBytes(std::move(*bytes), "stdin", ingest);
      } else {
        o.preread = std::move(*bytes);
        o.have_preread = true;
      }
      return o;
    }
    Result<DocumentSource> source = DocumentSource::Open(path, ingest);
    if (!source.ok()) {
      o.error = source.status();
      return o;
    }
    if (forced == InputFormat::kAuto && !source->compressed() &&
        (source->format() == InputFormat::kText || source->format() == InputFormat::kJsonl))
      return o;  // plain text or JSONL: the original path reads it
    o.source = std::move(*source);
    return o;
  };
  std::optional<Opened> first;
  bool many = files.size() != 1 || opt.input == "jsonl";
  if (!many) {
    first = open(files[0]);
    many = first->source && first->source->format() != InputFormat::kHtml &&
           first->source->format() != InputFormat::kText;
  }

  JsonOptions json{opt.tokens, opt.pretty};
  TableOptions table{isatty(STDOUT_FILENO) != 0, 100};
  Output out(format, many, json, table);
  auto process = [&](hearsay::Document& doc, const std::string& where) {
    if (!opt.published.empty()) doc.mutable_info().published = opt.published;
    Warn(where, doc);
    pipeline->Annotate(doc);
    out.Document(doc);
  };

  out.Begin();
  for (size_t file_index = 0; file_index < files.size(); ++file_index) {
    const std::string& path = files[file_index];
    const std::string name = path == "-" ? "stdin" : path;
    Opened opened = file_index == 0 && first ? std::move(*first) : open(path);
    if (!opened.error.ok()) {
      std::cerr << "hearsay: " << name << ": " << opened.error.message() << "\n";
      status = 2;
      continue;
    }
    if (opened.source) {
      DocumentSource& source = *opened.source;
      IngestItem item;
      while (source.Next(&item)) {
        if (item.document) {
          process(*item.document, item.where);
        } else {
          std::cerr << "hearsay: " << item.where << ": " << item.error << "\n";
          if (item.line > 0) out.ErrorRecord(item.id_json, item.line, item.error);
          if (status == 0) status = 1;
        }
        if (format == Format::kJsonl) out.Flush();
      }
      if (!source.status().ok()) {
        std::cerr << "hearsay: " << name << ": " << source.status().message() << "\n";
        status = 2;
      }
      if (source.skipped() > 0) {
        std::cerr << "hearsay: " << name << ": " << source.skipped()
                  << " records skipped (not a page with status 200, or no article text)\n";
      }
      continue;
    }
    bool jsonl = opt.input == "jsonl" || (opt.input == "auto" && HasJsonlExtension(path));
    std::string preread;
    if (opt.input == "auto" && !jsonl) {
      Result<std::string> bytes =
          opened.have_preread ? Result<std::string>(std::move(opened.preread)) : ReadFileBytes(path);
      if (!bytes.ok()) {
        std::cerr << "hearsay: " << name << ": " << bytes.status().message() << "\n";
        status = 2;
        continue;
      }
      if (LooksLikeJsonl(std::string_view(*bytes).substr(0, 1 << 20))) {
        jsonl = true;
        preread = std::move(*bytes);
      } else {
        DocumentInfo info;
        info.id = path;
        Result<hearsay::Document> doc = DecodeText(*bytes, std::move(info));
        if (!doc.ok()) {
          std::cerr << "hearsay: " << name << ": " << doc.status().message() << "\n";
          status = 2;
          continue;
        }
        process(*doc, name);
        continue;
      }
    }
    if (!jsonl) {
      Result<hearsay::Document> doc = ReadTextFile(path);
      if (!doc.ok()) {
        std::cerr << "hearsay: " << name << ": " << doc.status().message() << "\n";
        status = 2;
        continue;
      }
      process(*doc, name);
      continue;
    }
    // JSON Lines: stream, one record out per line in. A file already read
    // whole for sniffing is parsed from memory.
    Result<JsonlReader> reader =
        preread.empty() ? JsonlReader::Open(path) : Result<JsonlReader>(JsonlReader::FromBytes(std::move(preread)));
    if (!reader.ok()) {
      std::cerr << "hearsay: " << name << ": " << reader.status().message() << "\n";
      status = 2;
      continue;
    }
    JsonlRecord record;
    while (reader->Next(&record)) {
      const std::string where = name + ":" + std::to_string(record.line);
      if (record.document) {
        process(*record.document, where);
      } else {
        std::cerr << "hearsay: " << where << ": " << record.error << "\n";
        out.ErrorRecord(record.id_json, record.line, record.error);
        if (status == 0) status = 1;
      }
      if (format == Format::kJsonl) out.Flush();
    }
    if (!reader->status().ok()) {
      std::cerr << "hearsay: " << name << ": " << reader->status().message() << "\n";
      status = 2;
    }
  }
  out.End();
  if (out.failed()) {
    std::cerr << "hearsay: cannot write output\n";
    return 2;
  }
  return status;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Find attributions, entities and quantities in documents");
  cmd->add_option("--format", opt->format,
                  "Output: json (one object, or an array for several inputs), jsonl (one line per document) "
                  "or table; default: table on a terminal, json otherwise")
      ->check(CLI::IsMember({"auto", "json", "jsonl", "table"}));
  cmd->add_option("--input", opt->input,
                  "Input kind: text, jsonl (lines of {\"id\",\"text\",\"published\"?,\"url\"?,\"title\"?}), "
                  "html (web pages: the article body and metadata), rss (RSS/Atom feeds), warc (crawl "
                  "files) or auto (from the content; gzip is inflated)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "rss", "warc"}));
  cmd->add_option("--published", opt->published, "Publication date YYYY-MM-DD, for relative dates")
      ->check([](const std::string& v) {
        return IsIsoDate(v) ? std::string() : "must be a date written YYYY-MM-DD, got '" + v + "'";
      });
  cmd->add_flag("--tokens", opt->tokens, "Include the tokens in JSON output");
  cmd->add_flag("--pretty", opt->pretty, "Indent JSON output");
  cmd->add_flag("-r,--recursive", opt->recursive,
                "Walk directories given as inputs (sorted, hidden entries skipped)");
  cmd->add_option("files", opt->files, "Input files (directories with -r); - or none for standard input");
  cmd->callback([opt, exit_code]() { *exit_code = RunExtract(*opt); });
}

}  // namespace hearsay::cli
