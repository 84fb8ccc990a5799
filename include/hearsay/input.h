// Reading inputs: whole text files and streams of JSON Lines.
//
//   hearsay::Result<hearsay::Document> doc = hearsay::ReadTextFile("article.txt");
//
//   auto reader = hearsay::JsonlReader::Open("articles.jsonl");   // "-" is stdin
//   hearsay::JsonlRecord record;
//   while (reader->Next(&record)) {
//     if (record.document) Process(*record.document); else Report(record.error);
//   }
//
// Errors name what went wrong in one line, without the file name (the caller
// adds it): "No such file or directory", "is a directory", "binary data, not
// text (NUL at byte 17)".
#ifndef HEARSAY_INPUT_H_
#define HEARSAY_INPUT_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

// Reads all of `path` ("-" for standard input). Refuses directories and
// anything larger than `max_bytes` (TooLarge) without reading it all.
Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes = size_t{1} << 30);

// ReadFileBytes + DecodeText, with `id` = path.
Result<Document> ReadTextFile(const std::string& path, const DecodeOptions& options = {});

// True if `date` is a valid calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

// One line of a JSONL input: a document, or the reason it could not be read.
struct JsonlRecord {
  size_t line = 0;                  // 1-based line number
  std::optional<Document> document;
  std::string error;                // set when document is empty
  std::string id_json = "null";     // the line's "id" as JSON, for error records
};

// Streams documents from JSON Lines: one object per line,
// {"id":..., "text":..., "published":"YYYY-MM-DD"?, "url"?, "title"?}.
// Memory is bounded by the longest line (at most `max_line_bytes`; a longer
// line is skipped and reported). Blank lines are skipped. Not thread-safe.
class JsonlReader {
 public:
  static Result<JsonlReader> Open(const std::string& path, size_t max_line_bytes = size_t{1} << 30);
  // Reads JSON Lines held in memory (an input already read whole to sniff its format).
  static JsonlReader FromBytes(std::string bytes, size_t max_line_bytes = size_t{1} << 30);
  JsonlReader(JsonlReader&&) noexcept;
  JsonlReader& operator=(JsonlReader&&) noexcept;
  ~JsonlReader();

  // Reads the next record; returns false at the end of input or on an I/O
  // error (then status() says which).
  bool Next(JsonlRecord* record);
  const Status& status() const { return status_; }

 private:
  struct Impl;
  explicit JsonlReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  Status status_;
};

// Guesses whether `head` (the first bytes of an input) is JSON Lines: a first
// line holding a JSON object with a "text" field.
bool LooksLikeJsonl(std::string_view head);

}  // namespace hearsay

#endif  // HEARSAY_INPUT_H_
