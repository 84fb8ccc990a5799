#include "server/response_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace hearsay::internal {
namespace {

TEST(ResponseCacheTest, AnswersOnlyForTheSameGeneration) {
  ResponseCache cache(8, 1 << 20);
  EXPECT_FALSE(cache.Get("claims", 1));
  cache.Put("claims", 1, "[1]");
  EXPECT_EQ(cache.Get("claims", 1), "[1]");
  EXPECT_FALSE(cache.Get("claims", 2));  // a document was added since
  EXPECT_FALSE(cache.Get("claims", 1));  // and the stale entry is gone
  EXPECT_EQ(cache.size(), 0u);
}

TEST(ResponseCacheTest, DropsTheLeastRecentlyUsedFirst) {
  ResponseCache cache(2, 1 << 20);
  cache.Put("a", 1, "A");
  cache.Put("b", 1, "B");
  EXPECT_TRUE(cache.Get("a", 1));  // a is now the most recent
  cache.Put("c", 1, "C");
  EXPECT_TRUE(cache.Get("a", 1));
  EXPECT_FALSE(cache.Get("b", 1));
  EXPECT_TRUE(cache.Get("c", 1));
}

TEST(ResponseCacheTest, StaysWithinItsBytes) {
  ResponseCache cache(100, 1000);
  for (int i = 0; i < 20; ++i) cache.Put("k" + std::to_string(i), 1, std::string(200, 'x'));
  EXPECT_LE(cache.size(), 5u);
  cache.Put("huge", 1, std::string(300, 'x'));  // over a quarter of the budget: not kept
  EXPECT_FALSE(cache.Get("huge", 1));
}

TEST(ResponseCacheTest, ReplacesAnEntry) {
  ResponseCache cache(4, 1 << 20);
  cache.Put("a", 1, "old");
  cache.Put("a", 2, "new");
  EXPECT_EQ(cache.Get("a", 2), "new");
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ResponseCacheTest, IsSafeFromManyThreads) {
  ResponseCache cache(16, 1 << 20);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        std::string key = "k" + std::to_string((i * 7 + t) % 40);
        if (!cache.Get(key, i % 3)) cache.Put(key, i % 3, key);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(cache.size(), 16u);
}

}  // namespace
}  // namespace hearsay::internal
