// Perceptron: the scoring half of a trained multi-class linear model.
//
// Holds, for each kept feature hash, one row of int16 weights (one per
// class; one fewer for the taggers, MakeRelativeToLastClass), found through
// a bucketed open-addressing hash table. Weights are the
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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif


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

  // For models whose scores are only compared with each other (the
  // taggers' argmax): stores each row as its weights minus the last class's
  // weight, and drops that class. Every sum then drops by the same amount in
  // every class, so the best class of any sum stays the same -- exactly, as
  // the weights are integers -- and the last class's score stays where it
  // was (0 for sums started at 0). A row of a 17-class model becomes 16
  // int16s, 32 bytes in one cache line, instead of 34 bytes that straddle
  // two lines half the time. Returns false (and changes nothing) if a
  // difference does not fit an int16. Serialize still writes the weights.
  bool MakeRelativeToLastClass();
  bool relative() const { return relative_; }

  // Adds the weight rows of `features` (at most kMaxBatch) to
  // scores[0..num_classes) (to scores[0..num_classes - 1) if relative()).
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
    AddRows(rows, FindRows(features, n, rows), scores);
  }
  // The rows of the features the model has (at most kMaxBatch features),
  // to `rows`, each prefetched; returns how many. With AddRows, the two
  // halves of ScorePrefetched, for a tagger that finds the rows of the next
  // word before it adds up this one's (SequenceModel::Tag).
  size_t FindRows(const uint64_t* features, size_t n, const int16_t** rows) const {
    if (n > kMaxBatch) n = kMaxBatch;
    size_t found = 0;
    for (size_t f = 0; f < n; ++f) {
      const int16_t* row = Find(features[f]);
      if (row == nullptr) continue;
      __builtin_prefetch(row);
      rows[found++] = row;
    }
    return found;
  }

  // Adds `n` weight rows to the scores. Most of tagging's instructions are
  // spent here, so the row widths the taggers have get their own SIMD
  // loops (perceptron.cc). Out of line: one call per Score, and callers'
  // small score arrays stay clear of the wide loads in the compiler's
  // bounds checks.
  void AddRows(const int16_t* const* rows, size_t n, int32_t* scores) const;
  // Whether AddRows may use AVX2 where the CPU has it (default true); tests
  // turn it off to check the SSE2 loops on the same machine.
  static void AllowAvx2(bool allow);

  // Starts loading the table buckets of `features` into the cache, so that
  // a later Score on them waits less (see SequenceModel::Tag).
  void Prefetch(const uint64_t* features, size_t n) const {
    for (size_t f = 0; f < n; ++f) __builtin_prefetch(&buckets_[BucketOf(features[f])]);
  }

  void Serialize(ByteWriter* w) const;
  // Reads what Serialize wrote; `what` names the model in errors.
  static Result<Perceptron> Parse(ByteReader* r, const std::string& what);

 private:
  // The hash table: buckets of eight slots, one cache line each. A slot
  // holds a feature hash's high 32 bits (its low bits chose the bucket) and
  // its row index + 1 (0: empty). A lookup compares the eight fingerprints
  // at once and reads one line; a bucket with an empty slot ends the search
  // (a bucket fills in order, and a key goes to the next bucket only when
  // its own is full). Two features that share their bucket and high 32 bits
  // would be confused; at 2^-32 that never matters in practice.
  static constexpr int kBucketSlots = 8;
  struct alignas(64) Bucket {
    uint32_t fingerprint[kBucketSlots];
    uint32_t row_plus_one[kBucketSlots];
  };
  // Weight rows live in 32-byte blocks, so that 16-class rows are aligned.
  struct alignas(32) Block {
    int16_t w[16];
  };
  // The home bucket of `key`: its low 32 bits scaled to the bucket count.
  size_t BucketOf(uint64_t key) const {
    return static_cast<size_t>(((key & 0xFFFFFFFFull) * static_cast<uint64_t>(buckets_.size())) >> 32);
  }
  const int16_t* Row(size_t index) const { return reinterpret_cast<const int16_t*>(weights_.data()) + index * stride_; }
  int16_t* MutableRow(size_t index) { return reinterpret_cast<int16_t*>(weights_.data()) + index * stride_; }
  // A bitmask of the slots of `b` whose fingerprint is `fp`.
  static unsigned MatchingSlots(const Bucket& b, uint32_t fp) {
#if defined(__SSE2__)
    const __m128i k = _mm_set1_epi32(static_cast<int>(fp));
    const __m128i lo = _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(b.fingerprint)), k);
    const __m128i hi = _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(b.fingerprint + 4)), k);
    const __m128i words = _mm_packs_epi32(lo, hi);  // eight 16-bit lanes of 0 or -1
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_packs_epi16(words, words))) & 0xFFu;
#else
    unsigned m = 0;
    for (int i = 0; i < kBucketSlots; ++i) m |= static_cast<unsigned>(b.fingerprint[i] == fp) << i;
    return m;
#endif
  }
  const int16_t* Find(uint64_t key) const {
    const uint32_t fp = static_cast<uint32_t>(key >> 32);
    size_t bucket = BucketOf(key);
    while (true) {
      const Bucket& b = buckets_[bucket];
      for (unsigned m = MatchingSlots(b, fp); m != 0; m &= m - 1) {
        const uint32_t row = b.row_plus_one[__builtin_ctz(m)];
        if (row != 0) return Row(row - 1);
      }
      if (b.row_plus_one[kBucketSlots - 1] == 0) return nullptr;
      bucket = bucket + 1 == buckets_.size() ? 0 : bucket + 1;
    }
  }
  // Sizes the weight storage for `rows` rows of stride_ (zeroed).
  void AllocateRows(size_t rows);
  void BuildTable();
  // int16s after the last row, so that AddRows may read 24 lanes of any row.
  static constexpr size_t kRowPadding = 8;

  int num_classes_ = 0;
  int stride_ = 0;         // int16s per stored row: num_classes_, or one fewer if relative_
  bool relative_ = false;  // rows hold differences to the last class (MakeRelativeToLastClass)
  float scale_ = 1;  // real weight = int16 weight * scale_
  std::vector<uint64_t> keys_;     // row i's feature hash (sorted)
  std::vector<Block> weights_;     // rows x stride_ int16s
  std::vector<int16_t> last_class_;  // if relative_: each row's own last-class weight (for Serialize)
  std::vector<Bucket> buckets_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_PERCEPTRON_H_
