// Tests for Perceptron scoring: the SSE2 path (16 to 23 classes, as the POS
// and NER models have) and the plain loop give exact integer sums, and
// unknown features add nothing.
#include "tagger/perceptron.h"

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "tagger/byte_io.h"
#include "tagger/features.h"

namespace hearsay::internal {
namespace {

// A well-spread 64-bit key, as feature hashes are (MixHash of two small
// numbers alone is not: MixHash(1, b + 64) can equal MixHash(2, b)).
uint64_t Key(uint64_t a, uint64_t b) { return MixHash(MixHash(a, 0x5eed), b); }

// Rows of whole-number weights whose largest magnitude is 32000, so that the
// model's scale is 1 and its int16 weights are exactly these values.
std::vector<std::pair<uint64_t, std::vector<float>>> Rows(int classes, int count, uint64_t seed) {
  std::vector<std::pair<uint64_t, std::vector<float>>> rows;
  uint64_t state = seed;
  auto next = [&]() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  };
  for (int r = 0; r < count; ++r) {
    std::vector<float> w(classes);
    for (int c = 0; c < classes; ++c) w[c] = static_cast<float>(static_cast<int64_t>(next() % 64001) - 32000);
    rows.emplace_back(Key(1, static_cast<uint64_t>(r)), std::move(w));
  }
  rows[0].second[0] = -32000;
  return rows;
}

class PerceptronScoreTest : public ::testing::TestWithParam<int> {};

TEST_P(PerceptronScoreTest, SumsEveryKnownFeatureExactly) {
  const int classes = GetParam();
  const auto rows = Rows(classes, 100, static_cast<uint64_t>(classes));
  const Perceptron p = Perceptron::FromRows(classes, rows);
  // Every row once, some twice, and features the model does not have.
  std::vector<uint64_t> features;
  std::vector<int64_t> expected(classes, 0);
  for (size_t r = 0; r < rows.size(); r += 3) {
    for (int times = 0; times < (r % 2 == 0 ? 2 : 1); ++times) {
      features.push_back(rows[r].first);
      for (int c = 0; c < classes; ++c) expected[c] += static_cast<int64_t>(rows[r].second[c]);
    }
    features.push_back(Key(2, r));  // unknown
  }
  ASSERT_LE(features.size(), Perceptron::kMaxBatch);
  std::vector<int32_t> scores(Perceptron::kMaxClasses, 7);  // Score adds to what is there
  p.Score(features.data(), features.size(), scores.data());
  for (int c = 0; c < classes; ++c) EXPECT_EQ(scores[c], expected[c] + 7) << "class " << c;
  for (int c = classes; c < Perceptron::kMaxClasses; ++c) EXPECT_EQ(scores[c], 7) << "class " << c;
}

// 17: POS and NER (SSE2 path); 16 and 23: its edges; 5 and 24: the plain loop.
INSTANTIATE_TEST_SUITE_P(ClassCounts, PerceptronScoreTest, ::testing::Values(5, 16, 17, 23, 24));

TEST(PerceptronTest, NoFeaturesLeaveScoresAlone) {
  const Perceptron p = Perceptron::FromRows(17, Rows(17, 10, 1));
  std::vector<int32_t> scores(17, 3);
  p.Score(nullptr, 0, scores.data());
  for (int32_t s : scores) EXPECT_EQ(s, 3);
}

int Argmax(const std::vector<int32_t>& scores, int classes) {
  int best = 0;
  for (int c = 1; c < classes; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// Rows whose weights are small enough that every difference to the last
// class fits an int16 (the taggers' rows are so: MakeRelativeToLastClass).
std::vector<std::pair<uint64_t, std::vector<float>>> SmallRows(int classes, int count, uint64_t seed) {
  auto rows = Rows(classes, count, seed);
  for (auto& [key, w] : rows)
    for (float& v : w) v = std::trunc(v / 2);
  rows[0].second[0] = -32000;  // the largest magnitude: scale 1, as in Rows
  rows[0].second[classes - 1] = 0;
  return rows;
}

// With and without AVX2 (the SSE2 loop), on the same rows.
class PerceptronRelativeTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override { Perceptron::AllowAvx2(GetParam()); }
  void TearDown() override { Perceptron::AllowAvx2(true); }
};

TEST_P(PerceptronRelativeTest, SameBestClassFromOneClassFewer) {
  const int classes = 17;
  const auto rows = SmallRows(classes, 200, 3);
  const Perceptron absolute = Perceptron::FromRows(classes, rows);
  Perceptron relative = Perceptron::FromRows(classes, rows);
  ASSERT_TRUE(relative.MakeRelativeToLastClass());
  EXPECT_TRUE(relative.relative());
  EXPECT_FALSE(absolute.relative());
  // Many feature sets: the sums differ by the last class's sum, in every class.
  for (size_t start = 0; start < rows.size(); start += 7) {
    std::vector<uint64_t> features;
    for (size_t r = start; r < rows.size() && features.size() < 40; r += 1 + start % 5) features.push_back(rows[r].first);
    features.push_back(Key(9, start));  // unknown
    std::vector<int32_t> a(Perceptron::kMaxClasses, 0), b(Perceptron::kMaxClasses, 0);
    absolute.Score(features.data(), features.size(), a.data());
    relative.Score(features.data(), features.size(), b.data());
    EXPECT_EQ(b[classes - 1], 0) << "the dropped class is never added to";
    for (int c = 0; c < classes; ++c) EXPECT_EQ(b[c], a[c] - a[classes - 1]) << "class " << c;
    EXPECT_EQ(Argmax(a, classes), Argmax(b, classes));
  }
}

TEST_P(PerceptronRelativeTest, SerializesTheOriginalWeights) {
  const auto rows = SmallRows(17, 50, 4);
  const Perceptron absolute = Perceptron::FromRows(17, rows);
  Perceptron relative = Perceptron::FromRows(17, rows);
  ASSERT_TRUE(relative.MakeRelativeToLastClass());
  ByteWriter a, b;
  absolute.Serialize(&a);
  relative.Serialize(&b);
  EXPECT_EQ(a.Release(), b.Release());
}

TEST_P(PerceptronRelativeTest, RefusesDifferencesBeyondInt16) {
  auto rows = SmallRows(17, 20, 5);
  rows[3].second[0] = 20000;
  rows[3].second[16] = -20000;  // a difference of 40000
  Perceptron p = Perceptron::FromRows(17, rows);
  EXPECT_FALSE(p.MakeRelativeToLastClass());
  EXPECT_FALSE(p.relative());
  std::vector<int32_t> scores(Perceptron::kMaxClasses, 0);
  const uint64_t f = rows[3].first;
  p.Score(&f, 1, scores.data());
  EXPECT_EQ(scores[0], 20000);
  EXPECT_EQ(scores[16], -20000);
}

INSTANTIATE_TEST_SUITE_P(Avx2, PerceptronRelativeTest, ::testing::Bool());

// Keys that all want the same bucket: the table sends them on to the next
// buckets, and finds each again; keys it does not hold are not found.
TEST(PerceptronTableTest, FindsKeysThatOverflowTheirBucket) {
  std::vector<std::pair<uint64_t, std::vector<float>>> rows;
  for (uint64_t i = 0; i < 40; ++i) {
    // The low 32 bits choose the bucket: all near 0; the high bits differ.
    std::vector<float> w(17, 0);
    w[i % 17] = static_cast<float>(100 + i);
    rows.emplace_back(((i + 1) << 32) | i, w);
  }
  rows[0].second[0] = 32000;  // scale 1
  const Perceptron p = Perceptron::FromRows(17, rows);
  for (const auto& [key, w] : rows) {
    std::vector<int32_t> scores(Perceptron::kMaxClasses, 0);
    p.Score(&key, 1, scores.data());
    for (int c = 0; c < 17; ++c) EXPECT_EQ(scores[c], static_cast<int32_t>(w[c])) << "key " << key;
  }
  for (uint64_t i = 0; i < 40; ++i) {
    const uint64_t absent = ((i + 1000) << 32) | i;
    std::vector<int32_t> scores(Perceptron::kMaxClasses, 0);
    p.Score(&absent, 1, scores.data());
    for (int c = 0; c < 17; ++c) EXPECT_EQ(scores[c], 0);
  }
}

}  // namespace
}  // namespace hearsay::internal
