// End-to-end tests of `hearsay ingest`, `claims`, `sources` and `quotes`:
// the binary is run as a user would; exit status, stdout and stderr are checked.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "cli/cli_test_util.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using hearsay::testing::RunResult;

class LedgerCliTest : public hearsay::testing::CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    db_ = (dir_ / "ledger.db").string();
  }

  std::string db_;
};

TEST_F(LedgerCliTest, IngestIsIdempotentAndWalksDirectories) {
  Write("news/a.txt", "Officials said 3,000 people were evacuated from Riverton on Monday.\n");
  Write("news/b.txt", "The governor said about 40 homes had been destroyed.\n");
  Write("news/sub/c.txt", "Police said at least 12 roads were closed.\n");
  RunResult first = Run("ingest --db " + db_ + " " + (dir_ / "news").string());
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("hearsay: ingest: 3 new, 0 already stored, 0 failed"), std::string::npos) << first.err;
  RunResult second = Run("ingest --db " + db_ + " " + (dir_ / "news").string());
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("0 new, 3 already stored, 0 failed"), std::string::npos) << second.err;

  sqlite3* db;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*), sum(length(text)) FROM documents", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 3);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(LedgerCliTest, BadRecordsAreCountedWithReasonsAndTheRestIsStored) {
  std::string jsonl = Write("feed.jsonl",
                            "{\"id\":\"ok\",\"text\":\"The ministry said 200 people were hurt.\"}\n"
                            "not json at all\n"
                            "{\"id\":\"no-text\"}\n"
                            "{\"id\":\"ok2\",\"text\":\"Rescuers said 14 people were missing.\"}\n");
  RunResult r = Run("ingest --db " + db_ + " " + jsonl);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("2 new, 0 already stored, 2 failed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not JSON"), std::string::npos) << r.err;
}

TEST_F(LedgerCliTest, QueriesOnAMissingLedgerSayWhatToDo) {
  RunResult r = Run("claims --db " + (dir_ / "none.db").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no ledger here"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "none.db")) << "a query never creates a ledger";
}

TEST_F(LedgerCliTest, ACorruptLedgerIsAClearErrorNotACrash) {
  std::string bogus = Write("bogus.db", std::string(4096, 'x'));
  RunResult ingest = Run("ingest --db " + bogus + " " + Write("a.txt", "Some text."));
  EXPECT_EQ(ingest.status, 2);
  EXPECT_NE(ingest.err.find("not a hearsay ledger"), std::string::npos) << ingest.err;
  RunResult claims = Run("claims --db " + bogus);
  EXPECT_EQ(claims.status, 2);
  EXPECT_EQ(std::count(claims.err.begin(), claims.err.end(), '\n'), 1) << claims.err;
}

TEST_F(LedgerCliTest, ALedgerFromANewerHearsayIsRefused) {
  ASSERT_EQ(Run("ingest --db " + db_ + " " + Write("a.txt", "Some text.")).status, 0);
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  RunResult r = Run("ingest --db " + db_ + " " + Write("b.txt", "Other text."));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("schema version 42"), std::string::npos) << r.err;
}

TEST_F(LedgerCliTest, AnUnwritableLocationIsAClearError) {
  RunResult r = Run("ingest --db " + (dir_ / "no" / "such" / "dir" / "l.db").string() + " " + Write("a.txt", "Text."));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("cannot open the ledger"), std::string::npos) << r.err;
}

TEST_F(LedgerCliTest, ClaimsFormatsAreValid) {
  ASSERT_EQ(Run("ingest --db " + db_ + " " + Write("a.txt", "Officials said 3,000 people were evacuated.")).status, 0);
  RunResult json = Run("claims --format json --db " + db_);
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out.front(), '[');
  RunResult csv = Run("claims --format csv --db " + db_);
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("claim,counts,where,conflict", 0), 0u) << csv.out;
  RunResult sources = Run("sources --format json --db " + db_);
  ASSERT_EQ(sources.status, 0) << sources.err;
  EXPECT_EQ(sources.out.front(), '[');
  RunResult quotes = Run("quotes --source nobody --format json --db " + db_);
  ASSERT_EQ(quotes.status, 0) << quotes.err;
  EXPECT_EQ(quotes.out, "[]\n");
  RunResult bad_date = Run("claims --since yesterday --db " + db_);
  EXPECT_EQ(bad_date.status, 2);
}

// Four articles written for this test (tests/ledger/testdata), on four days,
// from three sources, about one figure: evacuations from Riverton. The
// governor's "more than 2,000" and the Red Cross's "about 2,500" agree; the
// police's "as many as 1,800" conflicts with both; the governor's later 3,100
// is a change over time that conflicts with the earlier, smaller figures.
TEST_F(LedgerCliTest, LinesUpAgreeingConflictingAndChangingFiguresAcrossArticles) {
  const std::string data = std::string(HEARSAY_SOURCE_DIR) + "/tests/ledger/testdata/";
  const std::pair<const char*, const char*> articles[] = {{"riverton-1.txt", "2025-03-03"},
                                                          {"riverton-2.txt", "2025-03-04"},
                                                          {"riverton-3.txt", "2025-03-05"},
                                                          {"riverton-4.txt", "2025-03-06"}};
  for (const auto& [file, date] : articles) {
    RunResult r = Run("ingest --db " + db_ + " --published " + date + " " + data + file);
    ASSERT_EQ(r.status, 0) << file << ": " << r.err;
  }
  RunResult r = Run("claims --format json --about people --where Riverton --db " + db_);
  ASSERT_EQ(r.status, 0) << r.err;
  // One claim, four statements in date order.
  ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << "one claim expected: " << r.out;
  size_t governor = r.out.find("\"source\":\"Alicia Moreno\"");
  size_t red_cross = r.out.find("\"source\":\"the Red Cross\"");
  size_t police = r.out.find("\"qualifier\":\"at_most\",\"text\":\"As many as 1,800\"");
  size_t later = r.out.find("\"qualifier\":\"exact\",\"text\":\"3,100\"");
  ASSERT_NE(governor, std::string::npos) << r.out;
  ASSERT_NE(red_cross, std::string::npos) << r.out;
  ASSERT_NE(police, std::string::npos) << r.out;
  ASSERT_NE(later, std::string::npos) << r.out;
  EXPECT_LT(governor, red_cross);
  EXPECT_LT(red_cross, police);
  EXPECT_LT(police, later);
  EXPECT_NE(r.out.find("\"qualifier\":\"over\",\"text\":\"More than 2,000\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"qualifier\":\"approx\",\"text\":\"About 2,500\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"conflict\":true"), std::string::npos) << r.out;
  // Which statements cannot all be true: the police figure against each of the
  // others, and the later 3,100 against "about 2,500"; ">2,000" and "about 2,500" agree.
  EXPECT_NE(r.out.find("\"conflicts\":[[0,2],[1,2],[1,3],[2,3]]"), std::string::npos) << r.out;

  RunResult homes = Run("claims --format json --about homes --db " + db_);
  ASSERT_EQ(homes.status, 0) << homes.err;
  EXPECT_NE(homes.out.find("\"qualifier\":\"at_least\",\"text\":\"At least 12\""), std::string::npos)
      << homes.out;
  EXPECT_NE(homes.out.find("\"conflict\":false"), std::string::npos) << homes.out;
}

}  // namespace
