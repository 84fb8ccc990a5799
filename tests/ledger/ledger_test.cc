#include <sqlite3.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "hearsay/ledger.h"
#include "hearsay/pipeline.h"

namespace hearsay {
namespace {

namespace fs = std::filesystem;

class LedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hearsay_ledger_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "ledger.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A document as the pipeline would leave it: "ABOUT N troops" claimed by SOURCE.
  static Document Article(const std::string& id, const std::string& published, const std::string& source,
                          const std::string& figure, double value, Qualifier qualifier) {
    std::string text = "Officials in Kyiv spoke on Monday.\n\n" + source + " said " + figure +
                       " North Korean troops were in Kursk.\n";
    DocumentInfo info;
    info.id = id;
    info.published = published;
    Document doc = std::move(DecodeText(text, std::move(info))).value();
    auto pipeline = Pipeline::Create();
    pipeline->Annotate(doc);
    doc.mutable_attributions().clear();
    doc.mutable_quantities().clear();
    const uint32_t said = static_cast<uint32_t>(text.find(" said ") + 1);
    const uint32_t content = said + 5;
    Attribution a;
    a.kind = AttributionKind::kIndirect;
    a.content = {content, static_cast<uint32_t>(text.size() - 2)};
    a.cue = Span{said, said + 4};
    a.source.name = source;
    a.source.mention = Span{static_cast<uint32_t>(text.find(source)),
                            static_cast<uint32_t>(text.find(source) + source.size())};
    a.source.role = "spokesperson";
    doc.mutable_attributions().push_back(a);
    Quantity q;
    q.span = {content, static_cast<uint32_t>(content + figure.size())};
    q.value = value;
    q.qualifier = qualifier;
    if (qualifier == Qualifier::kOver) q.low = value;
    if (qualifier == Qualifier::kAtMost) q.high = value;
    q.counts = "North Korean troops";
    q.where = "Kursk";
    q.attribution = 0;
    q.source = source;
    doc.mutable_quantities().push_back(q);
    return doc;
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(LedgerTest, StoresDocumentsOnceByContent) {
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok()) << ledger.status().message();
  ASSERT_TRUE(ledger->Begin().ok());
  auto first = ledger->Store(Article("a", "2024-11-04", "Matthew Miller", "as many as 10,000", 10000, Qualifier::kAtMost));
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(*first);
  auto again = ledger->Store(Article("a-copy", "2024-11-04", "Matthew Miller", "as many as 10,000", 10000,
                                     Qualifier::kAtMost));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again) << "same text, same document";
  ASSERT_TRUE(ledger->Commit().ok());
  EXPECT_EQ(*ledger->DocumentCount(), 1);
}

TEST_F(LedgerTest, ClaimsLineUpSourcesAcrossArticles) {
  {
    auto ledger = Ledger::Open(db_);
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(ledger->Begin().ok());
    ASSERT_TRUE(ledger->Store(Article("b1", "2024-11-04", "the Biden administration", "around 10,000", 10000,
                                      Qualifier::kApprox)).ok());
    ASSERT_TRUE(ledger->Store(Article("m1", "2024-11-05", "Matthew Miller", "as many as 10,000", 10000,
                                      Qualifier::kAtMost)).ok());
    ASSERT_TRUE(ledger->Commit().ok());
  }
  auto reader = Ledger::Open(db_, Ledger::Mode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  auto claims = reader->Claims({});
  ASSERT_TRUE(claims.ok()) << claims.status().message();
  ASSERT_EQ(claims->size(), 1u);
  const Claim& c = (*claims)[0];
  ASSERT_EQ(c.statements.size(), 2u);
  EXPECT_EQ(c.statements[0].source, "the Biden administration");
  EXPECT_EQ(c.statements[0].qualifier, "approx");
  EXPECT_EQ(c.statements[0].text, "around 10,000");
  EXPECT_EQ(c.statements[1].source, "Matthew Miller");
  EXPECT_EQ(c.statements[1].role, "spokesperson");
  EXPECT_EQ(c.statements[1].date, "2024-11-05");
  EXPECT_EQ(c.statements[1].sentence, "Matthew Miller said as many as 10,000 North Korean troops were in Kursk.");
  EXPECT_FALSE(c.conflict);

  ClaimQuery by_source;
  by_source.source = "miller";
  EXPECT_EQ(reader->Claims(by_source)->size(), 1u);
  ClaimQuery elsewhere;
  elsewhere.where = "Lviv";
  EXPECT_TRUE(reader->Claims(elsewhere)->empty());
  ClaimQuery before;
  before.until = "2024-11-04";
  ASSERT_EQ(reader->Claims(before)->size(), 1u);
  EXPECT_EQ((*reader->Claims(before))[0].statements.size(), 1u);
  ClaimQuery about;
  about.about = "soldiers";
  EXPECT_EQ(reader->Claims(about)->size(), 1u) << "soldiers and troops are one thing";

  auto sources = reader->Sources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 2u);
  auto quotes = reader->Quotes("Miller");
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 1u);
  EXPECT_EQ((*quotes)[0].content, "as many as 10,000 North Korean troops were in Kursk");
  EXPECT_EQ((*quotes)[0].cue, "said");
}

TEST_F(LedgerTest, UncommittedDocumentsAreNotStored) {
  {
    auto ledger = Ledger::Open(db_);
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(ledger->Begin().ok());
    ASSERT_TRUE(ledger->Store(Article("x", "2024-11-04", "A", "about 5", 5, Qualifier::kApprox)).ok());
    // Closed without Commit: as if the process died mid-batch.
  }
  auto ledger = Ledger::Open(db_);
  ASSERT_TRUE(ledger.ok());
  EXPECT_EQ(*ledger->DocumentCount(), 0);
}

TEST_F(LedgerTest, ReadersSeeCommittedDocumentsWhileAWriterWorks) {
  auto writer = Ledger::Open(db_);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE(writer->Begin().ok());
  ASSERT_TRUE(writer->Store(Article("1", "2024-11-01", "A", "about 5", 5, Qualifier::kApprox)).ok());
  ASSERT_TRUE(writer->Commit().ok());
  ASSERT_TRUE(writer->Begin().ok());
  ASSERT_TRUE(writer->Store(Article("2", "2024-11-02", "B", "about 6", 6, Qualifier::kApprox)).ok());
  auto reader = Ledger::Open(db_, Ledger::Mode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  auto count = reader->DocumentCount();
  ASSERT_TRUE(count.ok()) << count.status().message();
  EXPECT_EQ(*count, 1);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(*reader->DocumentCount(), 2);
}

TEST_F(LedgerTest, RefusesANewerSchema) {
  {
    auto ledger = Ledger::Open(db_);
    ASSERT_TRUE(ledger.ok());
  }
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto ledger = Ledger::Open(db_);
  ASSERT_FALSE(ledger.ok());
  EXPECT_NE(ledger.status().message().find("schema version 99"), std::string::npos) << ledger.status().message();
}

TEST_F(LedgerTest, RefusesAFileThatIsNotALedger) {
  std::ofstream(db_) << "this is a text file, not a database, and it is long enough to have a header\n";
  auto ledger = Ledger::Open(db_);
  ASSERT_FALSE(ledger.ok());
  EXPECT_EQ(ledger.status().code(), StatusCode::kDataError) << ledger.status().message();
}

TEST_F(LedgerTest, ReadOnlyOpenOfAMissingLedgerFails) {
  auto ledger = Ledger::Open((dir_ / "absent.db").string(), Ledger::Mode::kReadOnly);
  EXPECT_FALSE(ledger.ok());
}

TEST_F(LedgerTest, ContentHashIsStableAndDistinguishesTexts) {
  EXPECT_EQ(ContentHash("text"), ContentHash("text"));
  EXPECT_NE(ContentHash("text"), ContentHash("text "));
  EXPECT_EQ(ContentHash("").size(), 32u);
}

}  // namespace
}  // namespace hearsay
