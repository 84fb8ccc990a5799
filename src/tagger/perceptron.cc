#include "tagger/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

#include "tagger/byte_io.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HEARSAY_HAVE_AVX2_DISPATCH 1
#endif

namespace hearsay::internal {
namespace {

#if defined(HEARSAY_HAVE_AVX2_DISPATCH)
// 16 lanes per row (the relative rows of a 17-class model): two 8-lane
// sign extensions and adds per row. Compiled for AVX2 and chosen at run
// time, so the binary still runs on any x86-64.
__attribute__((target("avx2"))) void AddRows16Avx2(const int16_t* const* rows, size_t n, int32_t* scores) {
  __m256i a0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(scores));
  __m256i a1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(scores + 8));
  for (size_t r = 0; r < n; ++r) {
    const __m128i* row = reinterpret_cast<const __m128i*>(rows[r]);
    a0 = _mm256_add_epi32(a0, _mm256_cvtepi16_epi32(_mm_load_si128(row)));
    a1 = _mm256_add_epi32(a1, _mm256_cvtepi16_epi32(_mm_load_si128(row + 1)));
  }
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores), a0);
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores + 8), a1);
}

std::atomic<bool> avx2_allowed{true};

bool UseAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has && avx2_allowed.load(std::memory_order_relaxed);
}
#endif

#if defined(__SSE2__)
// Sign-extends int16 lanes to int32: each in a lane's high half, shifted back.
inline __m128i LowHalf32(__m128i v) { return _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16); }
inline __m128i HighHalf32(__m128i v) { return _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16); }

void AddRows16Sse2(const int16_t* const* rows, size_t n, int32_t* scores) {
  __m128i a0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores));
  __m128i a1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 4));
  __m128i a2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 8));
  __m128i a3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 12));
  for (size_t r = 0; r < n; ++r) {
    const __m128i lo = _mm_load_si128(reinterpret_cast<const __m128i*>(rows[r]));
    const __m128i hi = _mm_load_si128(reinterpret_cast<const __m128i*>(rows[r] + 8));
    a0 = _mm_add_epi32(a0, LowHalf32(lo));
    a1 = _mm_add_epi32(a1, HighHalf32(lo));
    a2 = _mm_add_epi32(a2, LowHalf32(hi));
    a3 = _mm_add_epi32(a3, HighHalf32(hi));
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores), a0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 4), a1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 8), a2);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 12), a3);
}

// 16 to 23 lanes: six int32x4 accumulators; lanes past the row's end read
// the next row (or the padding after the last, kRowPadding) and are dropped.
void AddRowsUpTo24Sse2(const int16_t* const* rows, size_t n, int lanes, int32_t* scores) {
  __m128i a0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores));
  __m128i a1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 4));
  __m128i a2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 8));
  __m128i a3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores + 12));
  __m128i a4 = _mm_setzero_si128(), a5 = _mm_setzero_si128();
  for (size_t r = 0; r < n; ++r) {
    const int16_t* row = rows[r];
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8));
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 16));
    a0 = _mm_add_epi32(a0, LowHalf32(lo));
    a1 = _mm_add_epi32(a1, HighHalf32(lo));
    a2 = _mm_add_epi32(a2, LowHalf32(hi));
    a3 = _mm_add_epi32(a3, HighHalf32(hi));
    a4 = _mm_add_epi32(a4, LowHalf32(tail));
    a5 = _mm_add_epi32(a5, HighHalf32(tail));
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores), a0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 4), a1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 8), a2);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 12), a3);
  alignas(16) int32_t tail[8];
  _mm_store_si128(reinterpret_cast<__m128i*>(tail), a4);
  _mm_store_si128(reinterpret_cast<__m128i*>(tail + 4), a5);
  for (int c = 16; c < lanes; ++c) scores[c] += tail[c - 16];
}
#endif

}  // namespace

Perceptron Perceptron::FromRows(int num_classes, const std::vector<std::pair<uint64_t, std::vector<float>>>& rows) {
  Perceptron p;
  p.num_classes_ = num_classes;
  p.stride_ = num_classes;
  float max_abs = 0;
  for (const auto& [key, w] : rows)
    for (float v : w) max_abs = std::max(max_abs, std::fabs(v));
  p.scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rows[a].first < rows[b].first; });
  p.keys_.reserve(rows.size());
  p.AllocateRows(rows.size());
  for (size_t i : order) {
    int16_t* row = p.MutableRow(p.keys_.size());
    p.keys_.push_back(rows[i].first);
    for (int c = 0; c < num_classes; ++c) row[c] = static_cast<int16_t>(std::lround(rows[i].second[c] / p.scale_));
  }
  p.BuildTable();
  return p;
}

void Perceptron::AllocateRows(size_t rows) {
  const size_t int16s = rows * static_cast<size_t>(stride_) + kRowPadding;
  weights_.assign((int16s + 15) / 16, Block{});
}

bool Perceptron::MakeRelativeToLastClass() {
  if (relative_ || num_classes_ < 2) return false;
  const int last = num_classes_ - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const int16_t* row = Row(i);
    for (int c = 0; c < last; ++c) {
      const int d = row[c] - row[last];
      if (d < std::numeric_limits<int16_t>::min() || d > std::numeric_limits<int16_t>::max()) return false;
    }
  }
  std::vector<Block> absolute = std::move(weights_);
  const int16_t* from = reinterpret_cast<const int16_t*>(absolute.data());
  stride_ = last;
  relative_ = true;
  AllocateRows(keys_.size());
  last_class_.resize(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    const int16_t* row = from + i * static_cast<size_t>(num_classes_);
    int16_t* out = MutableRow(i);
    for (int c = 0; c < last; ++c) out[c] = static_cast<int16_t>(row[c] - row[last]);
    last_class_[i] = row[last];
  }
  return true;
}

void Perceptron::AllowAvx2(bool allow) {
#if defined(HEARSAY_HAVE_AVX2_DISPATCH)
  avx2_allowed.store(allow, std::memory_order_relaxed);
#else
  (void)allow;
#endif
}

void Perceptron::AddRows(const int16_t* const* rows, size_t n, int32_t* scores) const {
  if (stride_ == 16 && relative_) {
#if defined(HEARSAY_HAVE_AVX2_DISPATCH)
    if (UseAvx2()) return AddRows16Avx2(rows, n, scores);
#endif
#if defined(__SSE2__)
    return AddRows16Sse2(rows, n, scores);
#endif
  }
#if defined(__SSE2__)
  if (stride_ >= 16 && stride_ < 24) return AddRowsUpTo24Sse2(rows, n, stride_, scores);
#endif
  for (size_t r = 0; r < n; ++r) {
    const int16_t* row = rows[r];
    for (int c = 0; c < stride_; ++c) scores[c] += row[c];
  }
}

size_t Perceptron::MemoryBytes() const {
  return keys_.capacity() * 8 + weights_.capacity() * sizeof(Block) + last_class_.capacity() * 2 +
         buckets_.capacity() * sizeof(Bucket);
}

void Perceptron::BuildTable() {
  // Slots for 5/3 of the rows (a 60% load): a full bucket, which sends a
  // lookup on to the next line, is then rare (11% of buckets).
  const size_t slots = keys_.size() * 5 / 3 + 1;
  buckets_.assign(std::max<size_t>(1, (slots + kBucketSlots - 1) / kBucketSlots), Bucket{});
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t bucket = BucketOf(keys_[i]);
    while (buckets_[bucket].row_plus_one[kBucketSlots - 1] != 0) bucket = bucket + 1 == buckets_.size() ? 0 : bucket + 1;
    Bucket& b = buckets_[bucket];
    int slot = 0;
    while (b.row_plus_one[slot] != 0) ++slot;
    b.fingerprint[slot] = static_cast<uint32_t>(keys_[i] >> 32);
    b.row_plus_one[slot] = static_cast<uint32_t>(i + 1);
  }
}

void Perceptron::Serialize(ByteWriter* w) const {
  w->U16(static_cast<uint16_t>(num_classes_));
  w->F32(scale_);
  w->Varint(keys_.size());
  uint64_t prev = 0;
  int16_t row[kMaxClasses];
  for (size_t i = 0; i < keys_.size(); ++i) {
    w->Varint(keys_[i] - prev);
    prev = keys_[i];
    const int16_t* stored = Row(i);
    for (int c = 0; c < num_classes_; ++c) {
      if (!relative_) {
        row[c] = stored[c];
      } else {
        row[c] = c + 1 == num_classes_ ? last_class_[i] : static_cast<int16_t>(stored[c] + last_class_[i]);
      }
    }
    uint8_t nnz = 0;
    for (int c = 0; c < num_classes_; ++c) nnz += row[c] != 0;
    w->U8(nnz);
    for (int c = 0; c < num_classes_; ++c) {
      if (row[c] == 0) continue;
      w->U8(static_cast<uint8_t>(c));
      w->I16(row[c]);
    }
  }
}

Result<Perceptron> Perceptron::Parse(ByteReader* r, const std::string& what) {
  auto bad = [&](const std::string& why) { return DataError("model " + what + ": weights: " + why); };
  Perceptron p;
  uint16_t classes = 0;
  uint64_t rows = 0;
  if (!r->U16(&classes) || !r->F32(&p.scale_) || !r->Varint(&rows)) return bad("truncated");
  if (classes == 0 || classes > kMaxClasses) return bad(std::to_string(classes) + " classes");
  if (!(p.scale_ > 0) || !std::isfinite(p.scale_)) return bad("bad scale");
  // Each row takes at least 2 bytes: refuse counts the payload cannot hold.
  if (rows > r->remaining() / 2) return bad("row count exceeds the section");
  p.num_classes_ = classes;
  p.stride_ = classes;
  p.keys_.reserve(rows);
  p.AllocateRows(rows);
  uint64_t key = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t delta = 0;
    uint8_t nnz = 0;
    if (!r->Varint(&delta) || !r->U8(&nnz)) return bad("truncated");
    if (delta == 0) return bad("feature hashes not strictly increasing");
    key += delta;
    p.keys_.push_back(key);
    int16_t* row = p.MutableRow(i);
    for (uint8_t e = 0; e < nnz; ++e) {
      uint8_t c = 0;
      int16_t v = 0;
      if (!r->U8(&c) || !r->I16(&v)) return bad("truncated");
      if (c >= classes) return bad("class index out of range");
      row[c] = v;
    }
  }
  p.BuildTable();
  return p;
}

}  // namespace hearsay::internal
