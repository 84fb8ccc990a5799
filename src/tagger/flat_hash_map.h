// FlatHashMap: a small, growing map from 64-bit word hashes to a value, for
// the per-document tables of NER (PredictionHistory, CaseEvidence).
//
// They are filled and emptied for every document, a few hundred words at a
// time: std::unordered_map allocated a node per word and freed them all at
// each Clear (a tenth of tagging's instructions went to malloc and free).
// Here the slots live in one array, probed linearly; Clear empties only the
// slots that were used, and the array keeps its size for the next document.
//
//   FlatHashMap<int> m;
//   ++m[Fnv1a64("Kyiv")];
//   const int* n = m.Find(Fnv1a64("Kyiv"));
//
// Keys are compared whole (no fingerprints). Not thread-safe for writes.
#ifndef HEARSAY_TAGGER_FLAT_HASH_MAP_H_
#define HEARSAY_TAGGER_FLAT_HASH_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hearsay::internal {

template <typename Value>
class FlatHashMap {
 public:
  FlatHashMap() { slots_.resize(kInitialSlots); }

  bool empty() const { return used_.empty(); }
  size_t size() const { return used_.size(); }

  // The value of `key`, or null.
  const Value* Find(uint64_t key) const {
    for (size_t i = Home(key);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }
  bool Contains(uint64_t key) const { return Find(key) != nullptr; }

  // The value of `key`, inserted value-initialized if absent.
  Value& operator[](uint64_t key) {
    if ((used_.size() + 1) * 2 > slots_.size()) Grow();
    size_t i = Home(key);
    while (slots_[i].used && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    Slot& s = slots_[i];
    if (!s.used) {
      s.used = true;
      s.key = key;
      s.value = Value{};
      used_.push_back(i);
    }
    return s.value;
  }

  // Empties the map in time proportional to its size; keeps the memory.
  void Clear() {
    for (size_t i : used_) slots_[i].used = false;
    used_.clear();
  }

 private:
  static constexpr size_t kInitialSlots = 256;
  struct Slot {
    uint64_t key = 0;
    bool used = false;
    Value value{};
  };
  // The hashes are FNV-1a: mix them before taking low bits.
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & (slots_.size() - 1);
  }
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.size() * 2);
    std::vector<size_t> old_used;
    old_used.swap(used_);
    for (size_t i : old_used) (*this)[old[i].key] = old[i].value;
  }

  std::vector<Slot> slots_;   // a power of two, at most half full
  std::vector<size_t> used_;  // the slots in use, for Clear
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_FLAT_HASH_MAP_H_
