#include "tagger/perceptron.h"

#include <algorithm>
#include <cmath>

#include "tagger/byte_io.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hearsay::internal {

Perceptron Perceptron::FromRows(int num_classes, const std::vector<std::pair<uint64_t, std::vector<float>>>& rows) {
  Perceptron p;
  p.num_classes_ = num_classes;
  float max_abs = 0;
  for (const auto& [key, w] : rows)
    for (float v : w) max_abs = std::max(max_abs, std::fabs(v));
  p.scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rows[a].first < rows[b].first; });
  p.keys_.reserve(rows.size());
  p.weights_.reserve(rows.size() * num_classes);
  for (size_t i : order) {
    p.keys_.push_back(rows[i].first);
    for (int c = 0; c < num_classes; ++c) {
      p.weights_.push_back(static_cast<int16_t>(std::lround(rows[i].second[c] / p.scale_)));
    }
  }
  p.weights_.resize(p.weights_.size() + kRowPadding, 0);
  p.BuildTable();
  return p;
}

void Perceptron::AddRows(const int16_t* const* rows, size_t n, int32_t* scores) const {
#if defined(__SSE2__)
  if (num_classes_ >= 16 && num_classes_ < 24) {
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
      // Sign-extend int16 lanes to int32: put each in the high half, shift back.
      a0 = _mm_add_epi32(a0, _mm_srai_epi32(_mm_unpacklo_epi16(lo, lo), 16));
      a1 = _mm_add_epi32(a1, _mm_srai_epi32(_mm_unpackhi_epi16(lo, lo), 16));
      a2 = _mm_add_epi32(a2, _mm_srai_epi32(_mm_unpacklo_epi16(hi, hi), 16));
      a3 = _mm_add_epi32(a3, _mm_srai_epi32(_mm_unpackhi_epi16(hi, hi), 16));
      a4 = _mm_add_epi32(a4, _mm_srai_epi32(_mm_unpacklo_epi16(tail, tail), 16));
      a5 = _mm_add_epi32(a5, _mm_srai_epi32(_mm_unpackhi_epi16(tail, tail), 16));
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(scores), a0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 4), a1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 8), a2);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(scores + 12), a3);
    alignas(16) int32_t tail[8];
    _mm_store_si128(reinterpret_cast<__m128i*>(tail), a4);
    _mm_store_si128(reinterpret_cast<__m128i*>(tail + 4), a5);
    for (int c = 16; c < num_classes_; ++c) scores[c] += tail[c - 16];
    return;
  }
#endif
  for (size_t r = 0; r < n; ++r) {
    const int16_t* row = rows[r];
    for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
  }
}

size_t Perceptron::MemoryBytes() const {
  return keys_.capacity() * 8 + weights_.capacity() * 2 + table_.capacity() * sizeof(Slot);
}

void Perceptron::BuildTable() {
  // Load factor 2/3: short probe runs at a modest size (a power of two
  // would leave the POS table at 43%, a third more memory to miss in).
  table_.assign(std::max<size_t>(16, keys_.size() * 3 / 2 + 1), Slot{0, 0});
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t slot = SlotOf(keys_[i]);
    while (table_[slot].row_plus_one != 0) slot = slot + 1 == table_.size() ? 0 : slot + 1;
    table_[slot] = Slot{static_cast<uint32_t>(keys_[i] >> 32), static_cast<uint32_t>(i + 1)};
  }
}

void Perceptron::Serialize(ByteWriter* w) const {
  w->U16(static_cast<uint16_t>(num_classes_));
  w->F32(scale_);
  w->Varint(keys_.size());
  uint64_t prev = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    w->Varint(keys_[i] - prev);
    prev = keys_[i];
    const int16_t* row = &weights_[i * num_classes_];
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
  p.keys_.reserve(rows);
  p.weights_.assign(rows * classes + kRowPadding, 0);
  uint64_t key = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t delta = 0;
    uint8_t nnz = 0;
    if (!r->Varint(&delta) || !r->U8(&nnz)) return bad("truncated");
    if ((i > 0 && delta == 0) || (i == 0 && delta == 0)) return bad("feature hashes not strictly increasing");
    key += delta;
    p.keys_.push_back(key);
    for (uint8_t e = 0; e < nnz; ++e) {
      uint8_t c = 0;
      int16_t v = 0;
      if (!r->U8(&c) || !r->I16(&v)) return bad("truncated");
      if (c >= classes) return bad("class index out of range");
      p.weights_[i * classes + c] = v;
    }
  }
  p.BuildTable();
  return p;
}

}  // namespace hearsay::internal
