#include "server/ledger_pool.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

namespace hearsay::internal {
namespace {

namespace fs = std::filesystem;

class LedgerPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hearsay_pool_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "ledger.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string db_;
};

TEST_F(LedgerPoolTest, CreatesTheLedgerAndReusesReaders) {
  auto pool = LedgerPool::Open(db_);
  ASSERT_TRUE(pool.ok()) << pool.status().message();
  EXPECT_TRUE(fs::exists(db_));
  EXPECT_EQ((*pool)->readers_opened(), 1u);
  for (int i = 0; i < 10; ++i) {
    auto reader = (*pool)->Reader();
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(*(*reader)->DocumentCount(), 0);
  }
  EXPECT_EQ((*pool)->readers_opened(), 1u);
}

TEST_F(LedgerPoolTest, OpensOneReaderPerConcurrentUser) {
  auto pool = LedgerPool::Open(db_);
  ASSERT_TRUE(pool.ok());
  {
    auto a = (*pool)->Reader();
    auto b = (*pool)->Reader();
    auto c = (*pool)->Reader();
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  }
  EXPECT_EQ((*pool)->readers_opened(), 3u);
  auto again = (*pool)->Reader();
  EXPECT_EQ((*pool)->readers_opened(), 3u);
}

TEST_F(LedgerPoolTest, ReadersSeeWhatTheWriterCommitted) {
  auto pool = LedgerPool::Open(db_);
  ASSERT_TRUE(pool.ok());
  {
    auto writer = (*pool)->Writer();
    ASSERT_TRUE(writer->Begin().ok());
    DocumentInfo info;
    info.id = "a";
    Document doc = std::move(DecodeText("Officials said 3 people were hurt.", info)).value();
    ASSERT_TRUE(*writer->Store(doc));
    ASSERT_TRUE(writer->Commit().ok());
  }
  std::vector<std::thread> threads;
  std::atomic<int> seen{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        auto reader = (*pool)->Reader();
        if (reader.ok() && *(*reader)->DocumentCount() == 1) ++seen;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(seen.load(), 80);
  EXPECT_LE((*pool)->readers_opened(), 4u);
}

TEST_F(LedgerPoolTest, FailsOnAFileThatIsNotALedger) {
  { std::ofstream(db_) << "not a database at all, just some text that is long enough to be looked at"; }
  EXPECT_FALSE(LedgerPool::Open(db_).ok());
}

}  // namespace
}  // namespace hearsay::internal
