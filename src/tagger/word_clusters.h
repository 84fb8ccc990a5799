// WordClusters: word classes learned from unlabelled text, for the taggers.
//
// Loaded from models/word_clusters.tsv (built by scripts/build_word_clusters.py
// from GloVe-derived vectors: spherical k-means into 1,024 classes, grouped
// again into 128 and 32). A word the corpora never showed the tagger still
// gets the features of its class ("Zaporizhzhia" sits with other cities), the
// classic way to make a perceptron tagger generalise.
//
// Words are keyed by the 64-bit hash of their lower-cased form with digits as
// 0 -- the same hash the feature extractor computes anyway -- so a lookup
// needs no string: one probe of an open-addressing table of (high 32 bits of
// the hash, classes) pairs, 8 bytes a slot, about 2 MB.
//
//   Result<WordClusters> c = WordClusters::Load("models/word_clusters.tsv");
//   uint32_t path = c->Find(LowerKey("Kyiv"));  // kUnknown if absent
//
// Immutable after loading; thread-safe.
#ifndef HEARSAY_TAGGER_WORD_CLUSTERS_H_
#define HEARSAY_TAGGER_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"
#include "tagger/hashed_word_table.h"

namespace hearsay::internal {

class WordClusters {
 public:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;

  static Result<WordClusters> Load(const std::string& path);
  static Result<WordClusters> Parse(std::string_view tsv, const std::string& name);

  // The packed classes (fine << 16 | mid << 8 | coarse) of the word whose
  // lower-cased, digits-as-0 hash is `lower_hash`, or kUnknown.
  uint32_t Find(uint64_t lower_hash) const { return table_.Find(lower_hash); }

  static uint32_t Fine(uint32_t packed) { return packed >> 16; }
  static uint32_t Mid(uint32_t packed) { return (packed >> 8) & 0xFF; }
  static uint32_t Coarse(uint32_t packed) { return packed & 0xFF; }

  size_t size() const { return table_.size(); }
  // FNV-1a 64 of the file it was read from: models record it.
  uint64_t checksum() const { return checksum_; }
  size_t MemoryBytes() const { return table_.MemoryBytes(); }

 private:
  HashedWordTable table_;  // lower-cased hash -> packed classes; kUnknown: absent
  uint64_t checksum_ = 0;
};

// The hash WordClusters is keyed by: FNV-1a 64 of `word` lower-cased with
// every digit 0 (the feature extractor's lower form).
uint64_t LowerKey(std::string_view word);

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_WORD_CLUSTERS_H_
