// LedgerStore: the storage interface behind Ledger. SQLite implements it
// (sqlite_store.cc); a PostgreSQL store for many writers would implement the
// same few calls. Claim grouping happens above it, in claims.cc.
#ifndef HEARSAY_LEDGER_LEDGER_STORE_H_
#define HEARSAY_LEDGER_LEDGER_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "hearsay/ledger.h"

namespace hearsay::internal {

class LedgerStore {
 public:
  virtual ~LedgerStore() = default;
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // False when a document with the same content hash is already stored.
  virtual Result<bool> Store(const Document& doc) = 0;
  // Every quantity as a statement, in document order, dated within [since, until] when given.
  virtual Result<std::vector<Statement>> Statements(const std::string& since, const std::string& until) = 0;
  virtual Result<std::vector<SourceSummary>> Sources() = 0;
  virtual Result<std::vector<QuoteRecord>> Quotes(const std::string& source) = 0;
  virtual Result<int64_t> DocumentCount() = 0;
  virtual Result<std::vector<DocumentSummary>> SearchDocuments(const DocumentQuery& query) = 0;
  virtual Result<StoredDocument> GetDocument(int64_t row) = 0;
  virtual Result<std::optional<int64_t>> FindDocument(const std::string& content_hash) = 0;
  virtual Result<int64_t> LastDocumentRow() = 0;
};

// Opens an SQLite ledger file (":memory:" for a private in-memory one).
Result<std::unique_ptr<LedgerStore>> OpenSqliteStore(const std::string& path, bool read_only);

// The schema version the SQLite store writes (PRAGMA user_version).
int SqliteSchemaVersion();

}  // namespace hearsay::internal

#endif  // HEARSAY_LEDGER_LEDGER_STORE_H_
