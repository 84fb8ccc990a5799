// Tests for Perceptron scoring: the SSE2 path (16 to 23 classes, as the POS
// and NER models have) and the plain loop give exact integer sums, and
// unknown features add nothing.
#include "tagger/perceptron.h"

#include <cstdint>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace hearsay::internal
