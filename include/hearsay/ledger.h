// Ledger: every document hearsay reads, stored, and the claims it can line up.
//
// The ledger keeps documents with their sentences, entities, attributions and
// quantities in a database (SQLite by default: one file, no server), and
// answers the user's question about a figure: what does each source claim,
// when, and where do they disagree?
//
//   auto ledger = hearsay::Ledger::Open("hearsay.db");
//   if (!ledger.ok()) return Fail(ledger.status());
//   ledger->Begin();
//   hearsay::Result<bool> stored = ledger->Store(doc);   // false: already there
//   ledger->Commit();
//   hearsay::Result<std::vector<hearsay::Claim>> claims = ledger->Claims({.about = "troops"});
//
// A Ledger is one connection: use it from one thread at a time. Many Ledgers
// (processes or threads) may read one database while one writes (WAL).
// Writes happen in transactions: a crash at any moment leaves every committed
// document whole and none half-written.
#ifndef HEARSAY_LEDGER_H_
#define HEARSAY_LEDGER_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

// One source's statement of a figure, as stored.
struct Statement {
  std::string source;  // resolved source name; "" for the publisher's own statement
  std::optional<std::string> role;
  std::optional<std::string> affiliation;
  double value = 0;
  std::optional<double> low;   // the interval the statement asserts
  std::optional<double> high;
  std::string qualifier;       // exact | approx | over | at_least | under | at_most | range
  std::string text;            // the figure as written: "more than 10,000"
  std::optional<std::string> date;  // when the claim was made or is about (YYYY-MM-DD)
  std::string document;        // the document's id
  int64_t document_row = 0;    // the ledger's key for the document
  std::string sentence;        // the sentence it stands in
  std::optional<int64_t> sentence_index;  // its index in the document's sentences
  std::optional<std::string> unit;  // "USD", "%", "km": figures in different units never share a claim
  std::optional<std::string> counts;
  std::optional<std::string> where;
  std::optional<std::string> event;
};

// Statements about the same figure: the same counted thing, place and event.
struct Claim {
  std::string counts;  // normalized: "North Korean troops"
  std::optional<std::string> unit;
  std::optional<std::string> where;
  std::optional<std::string> within;  // a larger place that contains `where` ("Russia" for Kursk)
  std::optional<std::string> event;
  // The interval every statement agrees on; both empty when they conflict or
  // when no statement bounds that side.
  std::optional<double> low;
  std::optional<double> high;
  bool conflict = false;
  // Pairs of statement indices that cannot both be true.
  std::vector<std::pair<int, int>> conflicts;
  std::vector<Statement> statements;  // oldest first
};

struct ClaimQuery {
  std::string about;    // matches the counted thing (any word of it, normalized)
  std::string where;    // matches the place or a place containing it
  std::string source;   // matches a statement's source (substring, case-insensitive)
  std::string since;    // YYYY-MM-DD, inclusive
  std::string until;    // YYYY-MM-DD, inclusive
};

struct SourceSummary {
  std::string name;
  std::optional<std::string> role;
  std::optional<std::string> affiliation;
  int64_t attributions = 0;
  int64_t documents = 0;
};

struct QuoteRecord {
  std::string source;
  std::string kind;
  std::string cue;
  std::string content;
  std::string document;
  std::optional<std::string> published;
  std::optional<std::string> url;
};

// A full-text search over stored documents (GET /api/documents).
struct DocumentQuery {
  std::string text;     // words that must all occur in the title or text (FTS5); "" for any
  std::string source;   // documents quoting a source whose name contains this (case-insensitive)
  std::string since;    // published on or after YYYY-MM-DD
  std::string until;    // published on or before YYYY-MM-DD
  int64_t limit = 50;
  int64_t offset = 0;
};

// One search hit: what a list of articles shows.
struct DocumentSummary {
  int64_t row = 0;  // the ledger's key for the document (GetDocument)
  std::string id;   // the document's own id (file name, URL ...)
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> publisher;
  // A short passage around the matches; each match is wrapped in U+0002 ... U+0003.
  std::string snippet;
  int64_t attributions = 0;
  int64_t quantities = 0;
};

// A stored document: its metadata, text and, from schema version 2 on, the
// extract JSON written when it was stored (documents stored before that have
// none: re-annotate `text` to rebuild it).
struct StoredDocument {
  int64_t row = 0;
  DocumentInfo info;
  std::string text;
  std::optional<std::string> json;
};

struct IngestCounts {
  int64_t stored = 0;
  int64_t skipped = 0;  // already in the ledger (same content)
};

class Ledger {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (creating and migrating if needed) the ledger at `path`. Errors:
  // unreadable or corrupt file, a schema newer than this hearsay, a lock held
  // too long.
  static Result<Ledger> Open(const std::string& path, Mode mode = Mode::kReadWrite);

  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  ~Ledger();

  // Transactions around batches of Store calls.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores `doc` and its annotations; returns false (and stores nothing) if a
  // document with the same text is already there.
  Result<bool> Store(const Document& doc);

  Result<std::vector<Claim>> Claims(const ClaimQuery& query) const;
  Result<std::vector<SourceSummary>> Sources() const;
  Result<std::vector<QuoteRecord>> Quotes(const std::string& source) const;
  Result<int64_t> DocumentCount() const;

  // Stored documents matching `query`, best match first (newest first
  // without words). InvalidArgument for a bad date.
  Result<std::vector<DocumentSummary>> SearchDocuments(const DocumentQuery& query) const;
  // The largest document row stored (0 when empty). Documents are only ever
  // added, so a cached answer stays right while this is unchanged.
  Result<int64_t> LastDocumentRow() const;
  // The row of the stored document whose text is `text` (same content hash), if any.
  Result<std::optional<int64_t>> FindDocument(std::string_view text) const;
  // The document stored under `row`; NotFound if there is none.
  Result<StoredDocument> GetDocument(int64_t row) const;

  // The schema version this hearsay writes.
  static int SchemaVersion();

  struct Impl;

 private:
  explicit Ledger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct GroupOptions {
  // The country (or larger place) containing a place name, if known: "Kursk"
  // -> "Russia". Claims about a place keep the container in Claim::within.
  std::function<std::optional<std::string>(std::string_view)> container_of;
};

// Groups statements into claims and reconciles each (exposed for tests and
// for other storage backends): same normalized counted thing, place and event;
// a statement's interval from its qualifier; the agreed interval or the
// conflicting pairs. Statements come back oldest first within each claim;
// claims are ordered by their number of statements, then name.
std::vector<Claim> GroupClaims(std::vector<Statement> statements, const GroupOptions& options = {});

// A 128-bit hash of `text`, as 32 hex digits: the ledger's document identity.
std::string ContentHash(std::string_view text);

}  // namespace hearsay

#endif  // HEARSAY_LEDGER_H_
