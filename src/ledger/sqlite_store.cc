// The SQLite ledger: one file, WAL journal (readers never block the writer),
// prepared statements only, one transaction per batch of documents.
//
// Schema history (PRAGMA user_version), newest last; a migration runs in one
// transaction, so a database is always at exactly one version:
//   1  documents, sentences, entities, attributions, quantities.
//   2  documents.extract_json (the extract JSON of each document as stored;
//      NULL for documents stored at version 1) and documents_fts, an FTS5
//      index over titles and texts kept in step by triggers.
//   3  documents are added to documents_fts once per transaction, just before
//      COMMIT, instead of by an insert trigger: FTS5 writes its pending terms
//      out at every statement savepoint, so the trigger made one tiny index
//      segment (and later merges) per document. The indexes on
//      entities(entity) and quantities(counts) go: no query uses them, and
//      every row paid for them.
// Offsets are stored as Unicode code points, as in the JSON output.
#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "hearsay/output.h"
#include "ledger/ledger_store.h"
#include "text/utf8.h"

namespace hearsay::internal {
namespace {

constexpr int kSchemaVersion = 3;

const char* const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published TEXT,
  publisher TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE sentences (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  label TEXT NOT NULL,
  entity TEXT NOT NULL,
  place_id TEXT,
  place_country TEXT
);
CREATE INDEX entities_document ON entities(document_id);
CREATE INDEX entities_entity ON entities(entity);
CREATE TABLE attributions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  cue TEXT,
  source TEXT NOT NULL,
  mention TEXT,
  entity TEXT,
  role TEXT,
  affiliation TEXT,
  anonymous INTEGER NOT NULL,
  sentence_idx INTEGER
);
CREATE INDEX attributions_document ON attributions(document_id, idx);
CREATE INDEX attributions_source ON attributions(source);
CREATE TABLE quantities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  low REAL,
  high REAL,
  qualifier TEXT NOT NULL,
  unit TEXT,
  counts TEXT,
  event TEXT,
  place TEXT,
  date TEXT,
  attribution_idx INTEGER,
  source TEXT,
  sentence_idx INTEGER
);
CREATE INDEX quantities_document ON quantities(document_id, idx);
CREATE INDEX quantities_counts ON quantities(counts);
)sql",
    // 1 -> 2
    R"sql(
ALTER TABLE documents ADD COLUMN extract_json TEXT;
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql",
    // 2 -> 3
    R"sql(
DROP TRIGGER IF EXISTS documents_fts_insert;
DROP INDEX IF EXISTS entities_entity;
DROP INDEX IF EXISTS quantities_counts;
)sql",
};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion, "one migration per schema version");

// An FTS5 query asking for every word of `text`, each as a quoted string, so
// that no user input is read as FTS5 syntax (AND, NEAR, *, unbalanced quotes).
std::string FtsQuery(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) break;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : text.substr(start, i - start)) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

// `s` with LIKE's wildcards escaped, for LIKE ... ESCAPE '\'.
std::string LikeEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string Now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// A prepared statement, finalized on destruction.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(stmt_); }

  int Prepare(sqlite3* db, const char* sql) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  }
  sqlite3_stmt* get() const { return stmt_; }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  // The bytes must outlive the next Step (SQLITE_STATIC: no copy); every
  // caller binds strings owned by the Document or by a local.
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Bind(int i, const std::optional<std::string>& v) {
    if (v) Bind(i, std::string_view(*v)); else sqlite3_bind_null(stmt_, i);
  }
  void Bind(int i, const std::optional<double>& v) {
    if (v) Bind(i, *v); else sqlite3_bind_null(stmt_, i);
  }
  void Bind(int i, const std::optional<int64_t>& v) {
    if (v) Bind(i, *v); else sqlite3_bind_null(stmt_, i);
  }

  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, col)) : std::string();
  }
  std::optional<std::string> OptText(int col) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
    return Text(col);
  }
  std::optional<double> OptDouble(int col) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_double(stmt_, col);
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Inserts the rows of one table several to a statement: most of what a
// one-row INSERT costs is the statement (VDBE start and halt, statement
// journal, foreign-key check set-up), not the row. A batch of n rows takes
// n / 16 statements of 16 rows and at most four more of 8, 4, 2 and 1.
class RowInserter {
 public:
  static constexpr int kMaxRows = 16;

  // `head` is "INSERT INTO table (col, ...)" naming `columns` columns.
  int Prepare(sqlite3* db, const char* head, int columns) {
    columns_ = columns;
    for (int k = 0, rows = kMaxRows; rows >= 1; ++k, rows /= 2) {
      std::string sql = std::string(head) + " VALUES ";
      for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < columns; ++c) {
          if (c) sql += ',';
          sql += '?';
        }
        sql += ')';
      }
      int rc = by_size_[k].Prepare(db, sql.c_str());
      if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
  }

  // Inserts `n` rows; bind_row(stmt, base, i) binds row i's columns as
  // parameters base + 1 ... base + columns. SQLITE_DONE, or the failing code.
  template <typename BindRow>
  int InsertAll(size_t n, const BindRow& bind_row) {
    size_t i = 0;
    for (int k = 0, rows = kMaxRows; rows >= 1; ++k, rows /= 2) {
      Stmt& s = by_size_[k];
      while (n - i >= static_cast<size_t>(rows)) {
        s.Reset();
        for (int r = 0; r < rows; ++r) bind_row(s, r * columns_, i + static_cast<size_t>(r));
        int rc = sqlite3_step(s.get());
        if (rc != SQLITE_DONE) return rc;
        i += static_cast<size_t>(rows);
        if (rows != kMaxRows) break;  // the smaller sizes are used at most once each
      }
    }
    return SQLITE_DONE;
  }

 private:
  int columns_ = 0;
  Stmt by_size_[5];  // 16, 8, 4, 2 and 1 rows
};
static_assert(RowInserter::kMaxRows == 16, "by_size_ holds one statement per power of two up to 16");

class SqliteStore : public LedgerStore {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  // close_v2 defers the close until the member statements are finalized.
  ~SqliteStore() override {
    if (!read_only_) sqlite3_exec(db_, "PRAGMA optimize", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }

  Status Init(bool read_only) {
    read_only_ = read_only;
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA busy_timeout = 10000"));
    int version = 0;
    {
      Stmt s;
      if (s.Prepare(db_, "PRAGMA user_version") != SQLITE_OK) return Error("cannot read the database");
      int rc = sqlite3_step(s.get());
      if (rc != SQLITE_ROW) return Error("cannot read the database");
      version = static_cast<int>(s.Int(0));
    }
    if (version > kSchemaVersion) {
      return DataError("the database has schema version " + std::to_string(version) +
                       ", newer than this hearsay's " + std::to_string(kSchemaVersion) + "; upgrade hearsay");
    }
    if (read_only) {
      if (version < kSchemaVersion) {
        return DataError(version == 0 ? "not a hearsay ledger (empty database)"
                                      : "the database needs migrating; open it once with 'hearsay ingest'");
      }
      return Status::Ok();
    }
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA journal_mode = WAL"));
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL"));
    // Bulk ingest: a larger page cache and fewer, larger checkpoints.
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA cache_size = -65536"));
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA wal_autocheckpoint = 16384"));
    HEARSAY_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON"));
    for (int v = version; v < kSchemaVersion; ++v) {
      HEARSAY_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
      Status st = Exec(kMigrations[v]);
      if (st.ok()) st = Exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
      if (!st.ok()) {
        Exec("ROLLBACK");
        return st;
      }
      HEARSAY_RETURN_IF_ERROR(Exec("COMMIT"));
    }
    return Prepare();
  }

  Status Begin() override {
    unindexed_from_ = 0;
    return Exec("BEGIN IMMEDIATE");
  }
  Status Commit() override {
    HEARSAY_RETURN_IF_ERROR(IndexPending());
    return Exec("COMMIT");
  }
  Status Rollback() override {
    unindexed_from_ = 0;
    return Exec("ROLLBACK");
  }

  Result<bool> Store(const Document& doc) override {
    const std::string hash = ContentHash(doc.text());
    find_doc_.Reset();
    find_doc_.Bind(1, std::string_view(hash));
    int rc = sqlite3_step(find_doc_.get());
    if (rc == SQLITE_ROW) return false;
    if (rc != SQLITE_DONE) return Error("cannot look up the document");

    CodePointMap cp(doc.text());
    auto at = [&](uint32_t byte) { return static_cast<int64_t>(cp.ToCodePoint(byte)); };
    const DocumentInfo& info = doc.info();
    std::string authors = "[";
    for (size_t i = 0; i < info.authors.size(); ++i) {
      if (i) authors += ",";
      AppendJsonString(info.authors[i], &authors);
    }
    authors += "]";
    Stmt& d = insert_doc_;
    d.Reset();
    d.Bind(1, std::string_view(info.id));
    d.Bind(2, info.url);
    d.Bind(3, info.title);
    d.Bind(4, info.published);
    d.Bind(5, info.publisher);
    d.Bind(6, std::string_view(authors));
    d.Bind(7, std::string_view(hash));
    d.Bind(8, doc.text());
    const std::string now = Now();
    d.Bind(9, std::string_view(now));
    std::string json;
    AppendJson(doc, {}, &json);
    d.Bind(10, std::string_view(json));
    HEARSAY_RETURN_IF_ERROR(Step(d, "cannot store the document"));
    const int64_t id = sqlite3_last_insert_rowid(db_);
    if (unindexed_from_ == 0) unindexed_from_ = id;

    const auto& sentences = doc.sentences();
    HEARSAY_RETURN_IF_ERROR(Rows("cannot store a sentence", insert_sentences_.InsertAll(sentences.size(), [&](Stmt& s, int b, size_t i) {
      s.Bind(b + 1, id);
      s.Bind(b + 2, static_cast<int64_t>(i));
      s.Bind(b + 3, at(sentences[i].span.begin));
      s.Bind(b + 4, at(sentences[i].span.end));
    })));
    const auto& entities = doc.entities();
    HEARSAY_RETURN_IF_ERROR(Rows("cannot store an entity", insert_entities_.InsertAll(entities.size(), [&](Stmt& s, int b, size_t i) {
      const Entity& e = entities[i];
      s.Bind(b + 1, id);
      s.Bind(b + 2, at(e.span.begin));
      s.Bind(b + 3, at(e.span.end));
      s.Bind(b + 4, doc.Text(e.span));
      s.Bind(b + 5, std::string_view(ToString(e.label)));
      s.Bind(b + 6, std::string_view(e.entity));
      if (e.place) {
        s.Bind(b + 7, std::string_view(e.place->id));
        s.Bind(b + 8, std::string_view(e.place->country));
      }
    })));
    const auto& attributions = doc.attributions();
    HEARSAY_RETURN_IF_ERROR(Rows("cannot store an attribution", insert_attributions_.InsertAll(attributions.size(), [&](Stmt& s, int b, size_t i) {
      const Attribution& a = attributions[i];
      s.Bind(b + 1, id);
      s.Bind(b + 2, static_cast<int64_t>(i));
      s.Bind(b + 3, std::string_view(ToString(a.kind)));
      s.Bind(b + 4, at(a.content.begin));
      s.Bind(b + 5, at(a.content.end));
      s.Bind(b + 6, doc.Text(a.content));
      if (a.cue) s.Bind(b + 7, doc.Text(*a.cue));
      s.Bind(b + 8, std::string_view(a.source.name));
      if (a.source.mention) s.Bind(b + 9, doc.Text(*a.source.mention));
      s.Bind(b + 10, a.source.entity);
      s.Bind(b + 11, a.source.role);
      s.Bind(b + 12, a.source.affiliation);
      s.Bind(b + 13, static_cast<int64_t>(a.source.anonymous));
      s.Bind(b + 14, SentenceIndex(doc, a.content.begin));
    })));
    const auto& quantities = doc.quantities();
    HEARSAY_RETURN_IF_ERROR(Rows("cannot store a quantity", insert_quantities_.InsertAll(quantities.size(), [&](Stmt& s, int b, size_t i) {
      const Quantity& q = quantities[i];
      s.Bind(b + 1, id);
      s.Bind(b + 2, static_cast<int64_t>(i));
      s.Bind(b + 3, at(q.span.begin));
      s.Bind(b + 4, at(q.span.end));
      s.Bind(b + 5, doc.Text(q.span));
      s.Bind(b + 6, q.value);
      s.Bind(b + 7, q.low);
      s.Bind(b + 8, q.high);
      s.Bind(b + 9, std::string_view(ToString(q.qualifier)));
      s.Bind(b + 10, q.unit);
      s.Bind(b + 11, q.counts);
      s.Bind(b + 12, q.event);
      s.Bind(b + 13, q.where);
      s.Bind(b + 14, q.date);
      if (q.attribution) s.Bind(b + 15, static_cast<int64_t>(*q.attribution));
      s.Bind(b + 16, q.source);
      s.Bind(b + 17, SentenceIndex(doc, q.span.begin));
    })));
    // Outside a transaction each statement commits by itself: index now.
    if (sqlite3_get_autocommit(db_)) HEARSAY_RETURN_IF_ERROR(IndexPending());
    return true;
  }

  Result<std::vector<Statement>> Statements(const std::string& since, const std::string& until) override {
    Stmt s;
    const char* sql = R"sql(
SELECT COALESCE(q.source, ''), a.role, a.affiliation, q.value, q.low, q.high, q.qualifier, q.text,
       COALESCE(q.date, d.published), d.doc_key, d.id,
       substr(d.text, se.start + 1, se.end - se.start), q.counts, q.place, q.event, q.unit, q.sentence_idx
FROM quantities q
JOIN documents d ON d.id = q.document_id
LEFT JOIN attributions a ON a.document_id = q.document_id AND a.idx = q.attribution_idx
LEFT JOIN sentences se ON se.document_id = q.document_id AND se.idx = q.sentence_idx
WHERE (?1 = '' OR COALESCE(q.date, d.published) >= ?1)
  AND (?2 = '' OR COALESCE(q.date, d.published) <= ?2)
ORDER BY d.id, q.idx)sql";
    if (s.Prepare(db_, sql) != SQLITE_OK) return Error("cannot query statements");
    s.Bind(1, std::string_view(since));
    s.Bind(2, std::string_view(until));
    std::vector<Statement> out;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      Statement st;
      st.source = s.Text(0);
      st.role = s.OptText(1);
      st.affiliation = s.OptText(2);
      st.value = sqlite3_column_double(s.get(), 3);
      st.low = s.OptDouble(4);
      st.high = s.OptDouble(5);
      st.qualifier = s.Text(6);
      st.text = s.Text(7);
      st.date = s.OptText(8);
      st.document = s.Text(9);
      st.document_row = s.Int(10);
      st.sentence = s.Text(11);
      st.counts = s.OptText(12);
      st.where = s.OptText(13);
      st.event = s.OptText(14);
      st.unit = s.OptText(15);
      if (sqlite3_column_type(s.get(), 16) != SQLITE_NULL) st.sentence_index = s.Int(16);
      out.push_back(std::move(st));
    }
    if (rc != SQLITE_DONE) return Error("cannot query statements");
    return out;
  }

  Result<std::vector<SourceSummary>> Sources() override {
    Stmt s;
    const char* sql = R"sql(
SELECT source, max(role), max(affiliation), count(*), count(DISTINCT document_id)
FROM attributions WHERE source <> '' GROUP BY source ORDER BY count(*) DESC, source)sql";
    if (s.Prepare(db_, sql) != SQLITE_OK) return Error("cannot query sources");
    std::vector<SourceSummary> out;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      out.push_back({s.Text(0), s.OptText(1), s.OptText(2), s.Int(3), s.Int(4)});
    }
    if (rc != SQLITE_DONE) return Error("cannot query sources");
    return out;
  }

  Result<std::vector<QuoteRecord>> Quotes(const std::string& source) override {
    Stmt s;
    const char* sql = R"sql(
SELECT a.source, a.kind, COALESCE(a.cue, ''), a.content, d.doc_key, d.published, d.url
FROM attributions a JOIN documents d ON d.id = a.document_id
WHERE a.source LIKE '%' || ?1 || '%'
ORDER BY d.published, d.id, a.idx)sql";
    if (s.Prepare(db_, sql) != SQLITE_OK) return Error("cannot query quotes");
    s.Bind(1, std::string_view(source));
    std::vector<QuoteRecord> out;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.OptText(5), s.OptText(6)});
    }
    if (rc != SQLITE_DONE) return Error("cannot query quotes");
    return out;
  }

  Result<int64_t> DocumentCount() override {
    Stmt s;
    if (s.Prepare(db_, "SELECT count(*) FROM documents") != SQLITE_OK || sqlite3_step(s.get()) != SQLITE_ROW) {
      return Error("cannot count documents");
    }
    return s.Int(0);
  }

  Result<std::vector<DocumentSummary>> SearchDocuments(const DocumentQuery& query) override {
    const std::string match = FtsQuery(query.text);
    // Two statements rather than one: MATCH cannot be made optional, and
    // FTS5's rank orders hits only when there is something to match.
    static constexpr const char* kCounts =
        "(SELECT count(*) FROM attributions a WHERE a.document_id = d.id), "
        "(SELECT count(*) FROM quantities q WHERE q.document_id = d.id) ";
    static constexpr const char* kFilters =
        "AND (?2 = '' OR EXISTS (SELECT 1 FROM attributions a WHERE a.document_id = d.id "
        "AND a.source LIKE '%' || ?2 || '%' ESCAPE '\\')) "
        "AND (?3 = '' OR d.published >= ?3) AND (?4 = '' OR d.published <= ?4) ";
    std::string sql;
    if (!match.empty()) {
      sql = std::string("SELECT d.id, d.doc_key, d.url, d.title, d.published, d.publisher, "
                        "snippet(documents_fts, 1, char(2), char(3), '…', 24), ") +
            kCounts + "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid " +
            "WHERE documents_fts MATCH ?1 " + kFilters + "ORDER BY rank LIMIT ?5 OFFSET ?6";
    } else {
      sql = std::string("SELECT d.id, d.doc_key, d.url, d.title, d.published, d.publisher, "
                        "substr(d.text, 1, 200), ") +
            kCounts + "FROM documents d WHERE ?1 = '' " + kFilters +
            "ORDER BY d.published DESC, d.id DESC LIMIT ?5 OFFSET ?6";
    }
    Stmt s;
    if (s.Prepare(db_, sql.c_str()) != SQLITE_OK) return Error("cannot search documents");
    const std::string source = LikeEscape(query.source);
    s.Bind(1, std::string_view(match));
    s.Bind(2, std::string_view(source));
    s.Bind(3, std::string_view(query.since));
    s.Bind(4, std::string_view(query.until));
    s.Bind(5, query.limit);
    s.Bind(6, query.offset);
    std::vector<DocumentSummary> out;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      DocumentSummary d;
      d.row = s.Int(0);
      d.id = s.Text(1);
      d.url = s.OptText(2);
      d.title = s.OptText(3);
      d.published = s.OptText(4);
      d.publisher = s.OptText(5);
      d.snippet = s.Text(6);
      d.attributions = s.Int(7);
      d.quantities = s.Int(8);
      out.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return Error("cannot search documents");
    return out;
  }

  Result<int64_t> LastDocumentRow() override {
    Stmt s;
    if (s.Prepare(db_, "SELECT COALESCE(max(id), 0) FROM documents") != SQLITE_OK ||
        sqlite3_step(s.get()) != SQLITE_ROW) {
      return Error("cannot read the documents");
    }
    return s.Int(0);
  }

  Result<std::optional<int64_t>> FindDocument(const std::string& content_hash) override {
    Stmt s;
    if (s.Prepare(db_, "SELECT id FROM documents WHERE content_hash = ?1") != SQLITE_OK) {
      return Error("cannot look up the document");
    }
    s.Bind(1, std::string_view(content_hash));
    int rc = sqlite3_step(s.get());
    if (rc == SQLITE_DONE) return std::optional<int64_t>();
    if (rc != SQLITE_ROW) return Error("cannot look up the document");
    return std::optional<int64_t>(s.Int(0));
  }

  Result<StoredDocument> GetDocument(int64_t row) override {
    Stmt s;
    if (s.Prepare(db_,
                  "SELECT doc_key, url, title, published, publisher, text, extract_json FROM documents "
                  "WHERE id = ?1") != SQLITE_OK) {
      return Error("cannot read the document");
    }
    s.Bind(1, row);
    int rc = sqlite3_step(s.get());
    if (rc == SQLITE_DONE) return NotFoundError("no document " + std::to_string(row));
    if (rc != SQLITE_ROW) return Error("cannot read the document");
    StoredDocument d;
    d.row = row;
    d.info.id = s.Text(0);
    d.info.url = s.OptText(1);
    d.info.title = s.OptText(2);
    d.info.published = s.OptText(3);
    d.info.publisher = s.OptText(4);
    d.text = s.Text(5);
    d.json = s.OptText(6);
    Stmt a;
    if (a.Prepare(db_, "SELECT j.value FROM documents d, json_each(d.authors) j WHERE d.id = ?1") != SQLITE_OK) {
      return Error("cannot read the document");
    }
    a.Bind(1, row);
    while ((rc = sqlite3_step(a.get())) == SQLITE_ROW) d.info.authors.push_back(a.Text(0));
    if (rc != SQLITE_DONE) return Error("cannot read the document");
    return d;
  }

 private:
  static std::optional<int64_t> SentenceIndex(const Document& doc, uint32_t byte) {
    const auto& sentences = doc.sentences();
    size_t lo = 0, hi = sentences.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (sentences[mid].span.end <= byte) lo = mid + 1; else hi = mid;
    }
    if (lo < sentences.size() && sentences[lo].span.begin <= byte) return static_cast<int64_t>(lo);
    return std::nullopt;
  }

  // Adds the documents stored since the last call to the full-text index, in
  // one statement, so that FTS5 writes one segment for the whole batch.
  Status IndexPending() {
    if (unindexed_from_ == 0) return Status::Ok();
    index_documents_.Reset();
    index_documents_.Bind(1, unindexed_from_);
    HEARSAY_RETURN_IF_ERROR(Step(index_documents_, "cannot index the documents"));
    unindexed_from_ = 0;
    return Status::Ok();
  }

  Status Prepare() {
    struct {
      Stmt* stmt;
      const char* sql;
    } statements[] = {
        {&find_doc_, "SELECT id FROM documents WHERE content_hash = ?1"},
        {&insert_doc_,
         "INSERT INTO documents (doc_key, url, title, published, publisher, authors, content_hash, text, "
         "ingested_at, extract_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&index_documents_,
         "INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id >= ?1"},
    };
    for (auto& s : statements) {
      if (s.stmt->Prepare(db_, s.sql) != SQLITE_OK) return Error("cannot prepare statements");
    }
    struct {
      RowInserter* rows;
      const char* head;
      int columns;
    } inserters[] = {
        {&insert_sentences_, "INSERT INTO sentences (document_id, idx, start, end)", 4},
        {&insert_entities_,
         "INSERT INTO entities (document_id, start, end, text, label, entity, place_id, place_country)", 8},
        {&insert_attributions_,
         "INSERT INTO attributions (document_id, idx, kind, content_start, content_end, content, cue, source, "
         "mention, entity, role, affiliation, anonymous, sentence_idx)",
         14},
        {&insert_quantities_,
         "INSERT INTO quantities (document_id, idx, start, end, text, value, low, high, qualifier, unit, counts, "
         "event, place, date, attribution_idx, source, sentence_idx)",
         17},
    };
    for (auto& r : inserters) {
      if (r.rows->Prepare(db_, r.head, r.columns) != SQLITE_OK) return Error("cannot prepare statements");
    }
    return Status::Ok();
  }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Classify(msg);
    }
    return Status::Ok();
  }

  Status Step(Stmt& s, const char* what) {
    int rc = sqlite3_step(s.get());
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) return Status::Ok();
    return Error(what);
  }

  Status Rows(const char* what, int rc) const { return rc == SQLITE_DONE ? Status::Ok() : Error(what); }

  Status Error(const char* what) const { return Classify(std::string(what) + ": " + sqlite3_errmsg(db_)); }

  Status Classify(const std::string& msg) const {
    int code = sqlite3_errcode(db_);
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return DataError(msg + " (corrupt or not a hearsay ledger)");
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return IoError(msg + " (another process holds the lock)");
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_FULL) {
      return IoError(msg);
    }
    return InternalError(msg);
  }

  sqlite3* db_;
  bool read_only_ = false;
  // The first document row stored and not yet in documents_fts (0: none).
  int64_t unindexed_from_ = 0;
  Stmt find_doc_, index_documents_, insert_doc_;
  RowInserter insert_sentences_, insert_entities_, insert_attributions_, insert_quantities_;
};

}  // namespace

int SqliteSchemaVersion() { return kSchemaVersion; }

Result<std::unique_ptr<LedgerStore>> OpenSqliteStore(const std::string& path, bool read_only) {
  // SQLite's memory statistics take a global mutex on every allocation; we
  // never read them. Only possible before SQLite's first use in the process
  // (a later call fails harmlessly), hence once, here.
  static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)configured;
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return IoError("cannot open the ledger: " + msg);
  }
  auto store = std::make_unique<SqliteStore>(db);
  HEARSAY_RETURN_IF_ERROR(store->Init(read_only));
  return std::unique_ptr<LedgerStore>(std::move(store));
}

}  // namespace hearsay::internal
