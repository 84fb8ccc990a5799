// Perceptron: the scoring half of a trained multi-class linear model.
//
// Holds, for each kept feature hash, one row of int16 weights (one per
// class), found through an open-addressing hash table. Weights are the
// averaged perceptron weights quantized with one scale per model; scores are
// summed in int32, which is exact and faster than float.
//
// Serialized (inside a ModelFile section) as: u16 classes, f32 scale, varint
// rows, then rows sorted by feature hash: varint delta of the hash, u8 count
// of non-zero weights, and (u8 class, i16 weight) pairs. Sparse rows keep the
// file to about a third of the dense size.
//
//   int32_t scores[kMax] = {};
//   perceptron.Score(features, n, scores);
//
// Immutable after construction; Score is thread-safe.
#ifndef HEARSAY_TAGGER_PERCEPTRON_H_
#define HEARSAY_TAGGER_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "hearsay/status.h"


namespace hearsay::internal {

class ByteReader;
class ByteWriter;

class Perceptron {
 public:
  static constexpr int kMaxClasses = 64;

  Perceptron() = default;
  // Builds a model from (feature hash, float weight per class) rows.
  static Perceptron FromRows(int num_classes, const std::vector<std::pair<uint64_t, std::vector<float>>>& rows);

  int num_classes() const { return num_classes_; }
  // Real weight of one quantized unit: scores times scale() are the averaged perceptron's sums.
  float scale() const { return scale_; }
  size_t num_features() const { return keys_.size(); }
  // Bytes held in memory (tables and weights).
  size_t MemoryBytes() const;

  // Adds the weight rows of `features` (at most kMaxBatch) to scores[0..num_classes).
  //
  // Tagging is bound by memory latency: each feature costs a hash-table probe
  // and a weight row, both usually cache misses. So the probes are made in
  // three passes -- prefetch every slot, then find every row and prefetch
  // it, then add -- letting the misses overlap instead of queueing.
  static constexpr size_t kMaxBatch = 128;
  void Score(const uint64_t* features, size_t n, int32_t* scores) const {
    if (n > kMaxBatch) n = kMaxBatch;
    Prefetch(features, n);
    ScorePrefetched(features, n, scores);
  }
  // Score for features whose slots were prefetched (Prefetch) a while ago.
  void ScorePrefetched(const uint64_t* features, size_t n, int32_t* scores) const {
    const int16_t* rows[kMaxBatch];
    if (n > kMaxBatch) n = kMaxBatch;
    size_t found = 0;
    for (size_t f = 0; f < n; ++f) {
      const int16_t* row = Find(features[f]);
      if (row == nullptr) continue;
      __builtin_prefetch(row);
      rows[found++] = row;
    }
    AddRows(rows, found, scores);
  }

  // Adds `n` weight rows to scores[0..num_classes). Most of tagging's
  // instructions are spent here: with SSE2 and 16 to 23 classes (POS and NER
  // both have 17), the classes are summed in six int32x4 registers across
  // all the rows, and stored once. Lanes past the last class read the next
  // row (or the padding after the last, kRowPadding) and are dropped.
  // Out of line: one call per Score, and callers' small score arrays stay
  // clear of the 16-class loads in the compiler's bounds checks.
  void AddRows(const int16_t* const* rows, size_t n, int32_t* scores) const;

  // Starts loading the table slots of `features` into the cache, so that a
  // later Score on them waits less (see SequenceModel::Tag).
  void Prefetch(const uint64_t* features, size_t n) const {
    for (size_t f = 0; f < n; ++f) __builtin_prefetch(&table_[SlotOf(features[f])]);
  }

  void Serialize(ByteWriter* w) const;
  // Reads what Serialize wrote; `what` names the model in errors.
  static Result<Perceptron> Parse(ByteReader* r, const std::string& what);

 private:
  // A table slot: the feature hash's high 32 bits (its low bits chose the
  // slot) and the row index + 1 (0: empty). Two features that share both the
  // start of their probe sequence and their high 32 bits would be confused;
  // at 2^-32 per probe that never matters in practice.
  struct Slot {
    uint32_t fingerprint;
    uint32_t row_plus_one;
  };
  // The home slot of `key`: its low 32 bits scaled to the slot count (any
  // count, not only powers of two: the table is sized to its load factor).
  size_t SlotOf(uint64_t key) const {
    return static_cast<size_t>(((key & 0xFFFFFFFFull) * static_cast<uint64_t>(table_.size())) >> 32);
  }
  const int16_t* Find(uint64_t key) const {
    const uint32_t fp = static_cast<uint32_t>(key >> 32);
    size_t slot = SlotOf(key);
    while (true) {
      const Slot s = table_[slot];
      if (s.row_plus_one == 0) return nullptr;
      if (s.fingerprint == fp) return &weights_[static_cast<size_t>(s.row_plus_one - 1) * num_classes_];
      slot = slot + 1 == table_.size() ? 0 : slot + 1;
    }
  }
  void BuildTable();
  // int16s after the last row, so that AddRows may read 24 classes of any row.
  static constexpr size_t kRowPadding = 8;

  int num_classes_ = 0;
  float scale_ = 1;  // real weight = int16 weight * scale_
  std::vector<uint64_t> keys_;   // row i's feature hash (sorted)
  std::vector<int16_t> weights_; // rows x classes
  std::vector<Slot> table_;      // open addressing, linear probing
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_PERCEPTRON_H_
