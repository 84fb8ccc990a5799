// PredictionHistory: what the NER tagger said earlier in the document about
// the same word, as a feature ("extended prediction history", Ratinov & Roth
// 2009).
//
// Names recur in an article, and the first mention is usually the easiest
// ("Wolfsburg 's coach" ... later "WOLFSBURG 2 Bayern 1"). For every
// capitalised word the history counts the entity types (or O) the tagger gave
// it so far in the document; a later occurrence gets a code saying which type
// dominated and how strongly. Only earlier predictions are used, so training
// sees the same kind of (imperfect) history as tagging.
//
//   PredictionHistory history(model.labels());
//   for (each sentence in document order) {
//     history.Codes(sentence.words, &sentence.history);
//     model.Tag(sentence, &scratch, &labels);
//     history.Update(sentence.words, labels);
//   }
//
// One per document being tagged; not thread-safe.
#ifndef HEARSAY_TAGGER_PREDICTION_HISTORY_H_
#define HEARSAY_TAGGER_PREDICTION_HISTORY_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/flat_hash_map.h"

namespace hearsay::internal {

class PredictionHistory {
 public:
  // `labels` are the model's (BILOU) labels; their types become the counts.
  // With `ignore_case`, words count as one whatever their case (a headline's
  // CAPITALS and the text's Capitals).
  explicit PredictionHistory(const std::vector<std::string>& labels, bool ignore_case = false);

  void Clear() { counts_.Clear(); }
  // Writes one code per word (0: no history) to `codes`.
  void Codes(const std::vector<std::string_view>& words, std::vector<uint8_t>* codes) const;
  // Codes of what the counts say of each word less the one label it got
  // (`labels`, already counted by Update): what the rest of the document
  // says of it (`labels` empty: words not counted, nothing left out).
  // True if any code is not 0.
  bool CodesExcept(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels,
                   std::vector<uint8_t>* codes) const;
  // Records the labels given to `words`.
  void Update(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels);

 private:
  static constexpr int kMaxTypes = 8;
  static uint8_t Code(const std::array<uint16_t, kMaxTypes>& counts);
  uint64_t Key(std::string_view word) const;
  bool ignore_case_;
  std::vector<uint8_t> label_type_;  // label -> type (0 = O)
  FlatHashMap<std::array<uint16_t, kMaxTypes>> counts_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_PREDICTION_HISTORY_H_
