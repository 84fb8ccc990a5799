// Tests for FlatHashMap, the per-document word tables of NER: it finds what
// was put in across growth, Clear empties it for the next document, and
// PredictionHistory and CaseEvidence give the same codes through it.
#include "tagger/flat_hash_map.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "tagger/byte_io.h"
#include "tagger/case_evidence.h"
#include "tagger/prediction_history.h"

namespace hearsay::internal {
namespace {

TEST(FlatHashMapTest, FindsEveryKeyAcrossGrowth) {
  FlatHashMap<int> m;
  EXPECT_TRUE(m.empty());
  // Enough keys to grow the table several times; 0 is a key like any other.
  for (uint64_t k = 0; k < 5000; ++k) m[k * 7919] += static_cast<int>(k) + 1;
  EXPECT_EQ(m.size(), 5000u);
  for (uint64_t k = 0; k < 5000; ++k) {
    const int* v = m.Find(k * 7919);
    ASSERT_NE(v, nullptr) << k;
    EXPECT_EQ(*v, static_cast<int>(k) + 1);
  }
  EXPECT_EQ(m.Find(7919 * 5000 + 1), nullptr);
  m[7919] += 10;  // an existing key: the same value, not a new slot
  EXPECT_EQ(*m.Find(7919), 12);
  EXPECT_EQ(m.size(), 5000u);
}

TEST(FlatHashMapTest, ClearEmptiesAndTheMapIsUsableAgain) {
  FlatHashMap<int> m;
  for (uint64_t k = 1; k <= 300; ++k) m[Fnv1a64(std::to_string(k))] = 1;
  m.Clear();
  EXPECT_TRUE(m.empty());
  for (uint64_t k = 1; k <= 300; ++k) EXPECT_FALSE(m.Contains(Fnv1a64(std::to_string(k))));
  m[Fnv1a64("Kyiv")] = 5;  // a value inserted after Clear starts from zero
  ++m[Fnv1a64("Seoul")];
  EXPECT_EQ(*m.Find(Fnv1a64("Kyiv")), 5);
  EXPECT_EQ(*m.Find(Fnv1a64("Seoul")), 1);
  EXPECT_EQ(m.size(), 2u);
}

TEST(FlatHashMapTest, PredictionHistoryCountsAndForgetsPerDocument) {
  const std::vector<std::string> labels = {"O", "B-PER", "L-PER", "U-PER", "U-LOC"};
  PredictionHistory history(labels);
  const std::vector<std::string_view> first = {"Miller", "met", "Lee", "in", "Seoul"};
  history.Update(first, {3, 0, 3, 0, 4});
  std::vector<uint8_t> codes;
  history.Codes({"Lee", "left", "Seoul", "today"}, &codes);
  ASSERT_EQ(codes.size(), 4u);
  EXPECT_NE(codes[0], 0);  // seen as a person
  EXPECT_EQ(codes[1], 0);  // lower case: never counted
  EXPECT_NE(codes[2], 0);
  EXPECT_NE(codes[0], codes[2]);  // person, not place
  history.Clear();
  history.Codes({"Lee", "left", "Seoul"}, &codes);
  EXPECT_EQ(codes, (std::vector<uint8_t>{0, 0, 0}));
}

TEST(FlatHashMapTest, CaseEvidenceKnowsWordsSeenInLowerCase) {
  CaseEvidence evidence;
  evidence.Add({"the", "general", "staff", "said", "5th", "élan"});
  std::vector<uint8_t> codes;
  evidence.Codes({"The", "General", "Staff", "Kyiv", "5TH", "Élan", "said"}, &codes);
  EXPECT_EQ(codes, (std::vector<uint8_t>{1, 1, 1, 2, 0, 0, 0}));
  evidence.Clear();
  evidence.Codes({"The", "Kyiv"}, &codes);
  EXPECT_EQ(codes, (std::vector<uint8_t>{2, 2}));
}

}  // namespace
}  // namespace hearsay::internal
