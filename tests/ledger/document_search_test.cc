// The ledger's documents: full-text search (FTS5), the stored extract JSON,
// indexing once per transaction, and the migrations from schema versions 1
// and 2.
#include <sqlite3.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "hearsay/ledger.h"
#include "hearsay/output.h"
#include "hearsay/pipeline.h"

namespace hearsay {
namespace {

namespace fs = std::filesystem;

class DocumentSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hearsay_search_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "ledger.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static Document Annotated(const std::string& id, const std::string& published, const std::string& text,
                            std::string title = "") {
    DocumentInfo info;
    info.id = id;
    info.published = published;
    if (!title.empty()) info.title = title;
    info.authors = {"Ann Writer", "Bo \"Quill\" Penn"};
    Document doc = std::move(DecodeText(text, std::move(info))).value();
    static const Pipeline pipeline = std::move(Pipeline::Create()).value();
    pipeline.Annotate(doc);
    return doc;
  }

  void StoreAll(Ledger& ledger) {
    ASSERT_TRUE(ledger.Begin().ok());
    ASSERT_TRUE(*ledger.Store(Annotated("floods", "2024-03-01",
                                        "Heavy rain flooded the Ostrava valley, officials said.\n", "Valley floods")));
    ASSERT_TRUE(*ledger.Store(Annotated("strike", "2024-04-01",
                                        "\"We will stay out,\" said union leader Pavel Kral. Dockers struck in Gdansk.\n")));
    ASSERT_TRUE(*ledger.Store(Annotated("café", "2024-05-01", "A café in Brno reopened after the floods.\n")));
    ASSERT_TRUE(ledger.Commit().ok());
  }

  // Stores the three documents in a new ledger, closes it, then runs `sql` on
  // the file: a schema as an older hearsay left it.
  void StoreAllThenRewind(const char* sql) {
    {
      auto ledger = Ledger::Open(db_);
      ASSERT_TRUE(ledger.ok());
      StoreAll(*ledger);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
  }

  static std::vector<std::string> Ids(const Result<std::vector<DocumentSummary>>& hits) {
    std::vector<std::string> out;
    EXPECT_TRUE(hits.ok()) << hits.status().message();
    if (hits.ok()) for (const auto& h : *hits) out.push_back(h.id);
    return out;
  }

  // A query from designated fields, without -Wmissing-field-initializers' complaint.
  struct Q {
    std::string text{}, source{}, since{}, until{};
    int64_t limit = 50, offset = 0;
    operator DocumentQuery() const {  // NOLINT: implicit by design
      DocumentQuery q;
      q.text = text;
      q.source = source;
      q.since = since;
      q.until = until;
      q.limit = limit;
      q.offset = offset;
      return q;
    }
  };

  fs::path dir_;
  std::string db_;
};

TEST_F(DocumentSearchTest, FindsDocumentsByEveryWord) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  StoreAll(*ledger);
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "floods"})).size(), 2u);
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "floods Brno"})), std::vector<std::string>{"café"});
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "CAFE"})), std::vector<std::string>{"café"});  // case, accents
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "valley"})), std::vector<std::string>{"floods"});
  EXPECT_TRUE(Ids(ledger->SearchDocuments(Q{.text = "nowhere"})).empty());
}

TEST_F(DocumentSearchTest, ReadsQueryWordsAsWordsOnly) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  StoreAll(*ledger);
  for (const char* q : {"\"", "floods OR", "AND", "NEAR(", "*", "floods\" OR \"strike", "-floods", "^", "'; DROP TABLE documents; --"}) {
    auto hits = ledger->SearchDocuments(Q{.text = q});
    EXPECT_TRUE(hits.ok()) << q << ": " << hits.status().message();
  }
  EXPECT_EQ(*ledger->DocumentCount(), 3);
}

TEST_F(DocumentSearchTest, FiltersBySourceAndDate) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  StoreAll(*ledger);
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.source = "kral"})), std::vector<std::string>{"strike"});
  EXPECT_TRUE(Ids(ledger->SearchDocuments(Q{.source = "%"})).empty());  // LIKE wildcards are plain characters
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.since = "2024-04-01", .until = "2024-04-30"})),
            std::vector<std::string>{"strike"});
  // Without words: newest first.
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{})), (std::vector<std::string>{"café", "strike", "floods"}));
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.limit = 1, .offset = 1})), std::vector<std::string>{"strike"});
}

TEST_F(DocumentSearchTest, SummariesCarryMetadataCountsAndAMarkedSnippet) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  StoreAll(*ledger);
  auto hits = ledger->SearchDocuments(Q{.text = "Ostrava"});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const DocumentSummary& h = (*hits)[0];
  EXPECT_GT(h.row, 0);
  EXPECT_EQ(h.title, "Valley floods");
  EXPECT_EQ(h.published, "2024-03-01");
  EXPECT_NE(h.snippet.find("\x02Ostrava\x03"), std::string::npos) << h.snippet;
  auto strike = ledger->SearchDocuments(Q{.text = "Kral"});
  ASSERT_TRUE(strike.ok() && strike->size() == 1);
  EXPECT_GE((*strike)[0].attributions, 1);
}

TEST_F(DocumentSearchTest, GetsTheStoredDocumentWithItsExtractJson) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  Document doc = Annotated("strike", "2024-04-01", "\"We will stay out,\" said union leader Pavel Kral.\n");
  ASSERT_TRUE(*ledger->Store(doc));
  auto row = ledger->FindDocument(doc.text());
  ASSERT_TRUE(row.ok() && row->has_value());
  auto stored = ledger->GetDocument(**row);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_EQ(stored->text, doc.text());
  EXPECT_EQ(stored->info.id, "strike");
  EXPECT_EQ(stored->info.published, "2024-04-01");
  EXPECT_EQ(stored->info.authors, (std::vector<std::string>{"Ann Writer", "Bo \"Quill\" Penn"}));
  std::string expected;
  AppendJson(doc, {}, &expected);
  ASSERT_TRUE(stored->json.has_value());
  EXPECT_EQ(*stored->json, expected);
  EXPECT_EQ(ledger->GetDocument(**row + 100).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(ledger->FindDocument("some other text")->has_value());
}

TEST_F(DocumentSearchTest, MigratesAVersionOneLedger) {
  // Take the ledger back to version 1, as an older hearsay left it.
  StoreAllThenRewind(
      "DROP TRIGGER documents_fts_delete; DROP TRIGGER documents_fts_update;"
      "DROP TABLE documents_fts; ALTER TABLE documents DROP COLUMN extract_json; PRAGMA user_version = 1;");

  EXPECT_FALSE(Ledger::Open(db_, Ledger::Mode::kReadOnly).ok());  // a reader does not migrate
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok()) << ledger.status().message();
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Ostrava"})), std::vector<std::string>{"floods"});  // indexed
  auto row = ledger->FindDocument("Heavy rain flooded the Ostrava valley, officials said.\n");
  ASSERT_TRUE(row.ok() && row->has_value());
  auto stored = ledger->GetDocument(**row);
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(stored->json.has_value());  // stored before version 2: rebuild from the text
  // New documents are indexed and keep their JSON.
  ASSERT_TRUE(*ledger->Store(Annotated("new", "2024-06-01", "Zlin council said 5 roads shut.\n")));
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Zlin"})), std::vector<std::string>{"new"});
  EXPECT_TRUE(ledger->GetDocument(**ledger->FindDocument("Zlin council said 5 roads shut.\n"))->json.has_value());
}

TEST_F(DocumentSearchTest, IndexesABatchAtCommitAndNothingOfARolledBackOne) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  StoreAll(*ledger);
  // Every document of the batch is found, each once (the index holds no duplicates).
  std::vector<std::string> flood_hits = Ids(ledger->SearchDocuments(Q{.text = "floods"}));
  std::sort(flood_hits.begin(), flood_hits.end());
  EXPECT_EQ(flood_hits, (std::vector<std::string>{"café", "floods"}));
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Gdansk"})), std::vector<std::string>{"strike"});

  ASSERT_TRUE(ledger->Begin().ok());
  ASSERT_TRUE(*ledger->Store(Annotated("dropped", "2024-06-02", "Ferries to Hel stopped, the port said.\n")));
  ASSERT_TRUE(ledger->Rollback().ok());
  EXPECT_TRUE(Ids(ledger->SearchDocuments(Q{.text = "Hel"})).empty());

  // The next batch indexes only its own documents, starting after the rolled-back row.
  ASSERT_TRUE(ledger->Begin().ok());
  ASSERT_TRUE(*ledger->Store(Annotated("ferries", "2024-06-03", "Ferries to Hel resumed, the port said.\n")));
  ASSERT_TRUE(ledger->Commit().ok());
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Hel ferries"})), std::vector<std::string>{"ferries"});
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Ostrava"})), std::vector<std::string>{"floods"});
}

TEST_F(DocumentSearchTest, MigratesAVersionTwoLedgerWithItsInsertTrigger) {
  // Version 2 indexed each document with an insert trigger.
  StoreAllThenRewind(
      "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
      "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;"
      "CREATE INDEX entities_entity ON entities(entity); CREATE INDEX quantities_counts ON quantities(counts);"
      "PRAGMA user_version = 2;");

  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok()) << ledger.status().message();
  ASSERT_TRUE(ledger->Begin().ok());
  ASSERT_TRUE(*ledger->Store(Annotated("new", "2024-06-01", "Zlin council said 5 roads shut after floods.\n")));
  ASSERT_TRUE(ledger->Commit().ok());
  // Indexed once, not by both the old trigger and the batch.
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "Zlin"})), std::vector<std::string>{"new"});
  EXPECT_EQ(Ids(ledger->SearchDocuments(Q{.text = "floods"})).size(), 3u);
  sqlite3* check = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &check), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(check,
                               "SELECT count(*) FROM sqlite_master WHERE name IN "
                               "('documents_fts_insert', 'entities_entity', 'quantities_counts')",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0);
  sqlite3_finalize(st);
  sqlite3_close(check);
}

}  // namespace
}  // namespace hearsay
