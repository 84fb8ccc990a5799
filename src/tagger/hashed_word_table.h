// HashedWordTable: a read-only map from a word's 64-bit hash to a 32-bit
// value, for the taggers' word resources (WordClusters, WordLexicon). One
// probe of an open-addressing table of (high 32 bits of the hash, value)
// pairs, 8 bytes a slot; no strings are kept, so two words whose hashes share
// both the slot run and the high 32 bits would be taken for one (at ~10^5
// words, about one chance in 10^4 per lookup of an unknown word).
//
// Immutable after Build; thread-safe.
#ifndef HEARSAY_TAGGER_HASHED_WORD_TABLE_H_
#define HEARSAY_TAGGER_HASHED_WORD_TABLE_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace hearsay::internal {

class HashedWordTable {
 public:
  // Fills the table from (hash, value) entries, none equal to `empty` (the
  // value Find gives for an absent word), at most `load_num / load_den`
  // full. When two entries share a hash, combine(old, new) gives the value.
  template <typename Combine>
  void Build(const std::vector<std::pair<uint64_t, uint32_t>>& entries, uint32_t empty, size_t load_num,
             size_t load_den, Combine combine) {
    empty_ = empty;
    size_t capacity = 16;
    while (capacity * load_num < entries.size() * load_den) capacity *= 2;
    mask_ = capacity - 1;
    table_.assign(capacity, Slot{0, empty});
    size_ = 0;
    for (const auto& [key, value] : entries) {
      const uint32_t fp = static_cast<uint32_t>(key >> 32);
      size_t slot = key & mask_;
      while (table_[slot].value != empty && table_[slot].fingerprint != fp) slot = (slot + 1) & mask_;
      if (table_[slot].value != empty) {
        table_[slot].value = combine(table_[slot].value, value);
        continue;
      }
      table_[slot] = Slot{fp, value};
      ++size_;
    }
  }

  uint32_t Find(uint64_t hash) const {
    if (table_.empty()) return empty_;
    const uint32_t fp = static_cast<uint32_t>(hash >> 32);
    size_t slot = hash & mask_;
    while (true) {
      const Slot s = table_[slot];
      if (s.value == empty_ || s.fingerprint == fp) return s.value;
      slot = (slot + 1) & mask_;
    }
  }

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return table_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    uint32_t fingerprint;  // high 32 bits of the hash
    uint32_t value;        // empty_: no word
  };
  std::vector<Slot> table_;
  size_t mask_ = 0;
  size_t size_ = 0;
  uint32_t empty_ = 0;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_HASHED_WORD_TABLE_H_
