// Ingestion: web pages, feeds and crawl archives -> Documents.
//
// A DocumentSource reads one input -- an HTML page, an RSS 2.0 / RSS 1.0 /
// Atom feed, a WARC file, JSON Lines or plain text, any of them gzip'd -- and
// yields Documents whose text is the article body (boilerplate removed,
// paragraphs separated by a blank line) and whose DocumentInfo holds the
// metadata found: title, published (YYYY-MM-DD), authors, publisher, url.
// The format is detected from the content (DetectFormat) unless forced.
//
//   auto source = hearsay::DocumentSource::Open("CC-NEWS-20241101.warc.gz");
//   if (!source.ok()) return Fail(source.status());
//   hearsay::IngestItem item;
//   while (source->Next(&item)) {
//     if (item.document) Process(*item.document);
//     else std::cerr << item.where << ": " << item.error << "\n";   // a skipped record
//   }
//   if (!source->status().ok()) ...;   // the input could not be read to its end
//
// Memory is bounded by IngestOptions whatever the input: WARC files are
// streamed record by record; pages, feeds and records above their limit are
// cut or skipped with a message; gzip output is capped (a gzip bomb is refused).
// A DocumentSource is not thread-safe; distinct sources may run on distinct
// threads.
#ifndef HEARSAY_INGEST_H_
#define HEARSAY_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

enum class InputFormat : uint8_t { kAuto, kText, kJsonl, kHtml, kFeed, kWarc };

// "auto", "text", "jsonl", "html", "rss" (any feed), "warc".
const char* ToString(InputFormat format);
std::optional<InputFormat> ParseInputFormat(std::string_view name);

// Guesses the format of `head`, the first bytes of an input (after gzip
// inflation): WARC, a feed, HTML, JSON Lines, else text. Never returns kAuto.
InputFormat DetectFormat(std::string_view head);

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  // Whole inputs (text, JSONL, HTML, feeds) after inflation; more is refused.
  size_t max_input_bytes = size_t{1} << 30;
  // A page (a file, a WARC payload, a feed item's HTML) is cut here, with a warning.
  size_t max_page_bytes = size_t{32} << 20;
  // A WARC record whose content is longer is skipped (read through, not kept).
  size_t max_record_bytes = size_t{64} << 20;
};

// One thing read from an input: a Document, or why a record was skipped.
struct IngestItem {
  std::optional<Document> document;
  // Where it came from: "page.html", "feed.xml: item 3",
  // "crawl.warc.gz: record 12 at byte 40960".
  std::string where;
  std::string error;  // set when `document` is empty
  // Problems that did not stop the record (e.g. a page cut at the size limit),
  // each also added to the Document's warnings.
  std::vector<std::string> warnings;
  // For a bad JSON Lines line: its number and "id" as JSON (as in JsonlRecord).
  size_t line = 0;
  std::string id_json = "null";
};

class DocumentSource {
 public:
  // Opens `path` ("-" for standard input) and detects its format. Fails if the
  // file cannot be opened or, for whole-file formats, read.
  static Result<DocumentSource> Open(const std::string& path, const IngestOptions& options = {});
  // Reads an input held in memory; `name` is used in `where`.
  static DocumentSource FromBytes(std::string bytes, std::string name, const IngestOptions& options = {});

  DocumentSource(DocumentSource&&) noexcept;
  DocumentSource& operator=(DocumentSource&&) noexcept;
  ~DocumentSource();

  // Reads the next document or skipped record; false at the end of the input
  // or on a fatal read error (status() then says which).
  bool Next(IngestItem* item);
  const Status& status() const;
  InputFormat format() const;
  // Whether the input is gzip (inflated on the fly).
  bool compressed() const;
  // WARC records that were not page responses (requests, metadata, non-200,
  // non-HTML) and so were skipped silently.
  size_t skipped() const;

 private:
  struct Impl;
  explicit DocumentSource(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Makes a Document from the bytes of one web page: charset decoding, article
// body extraction and metadata. `info` fields already set are kept (the page's
// own metadata fills only what is empty). Fails only on binary data.
Result<Document> DocumentFromHtml(std::string_view bytes, DocumentInfo info, std::string_view content_type = {},
                                  const IngestOptions& options = {});

}  // namespace hearsay

#endif  // HEARSAY_INGEST_H_
