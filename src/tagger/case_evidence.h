// CaseEvidence: whether a capitalised word also appears in lower case
// elsewhere in the same document, a feature for the NER tagger.
//
// "Result", "Police" or "Friday" at the start of a sentence or in an
// all-capitals headline look like names; if the article also writes "result"
// or "police" in lower case, they are most likely common words. The evidence
// is gathered over the whole document before tagging it.
//
//   CaseEvidence evidence;
//   for (each sentence) evidence.Add(words);
//   for (each sentence) { evidence.Codes(words, &s.case_evidence); Tag(s); }
//
// One per document being tagged; not thread-safe.
#ifndef HEARSAY_TAGGER_CASE_EVIDENCE_H_
#define HEARSAY_TAGGER_CASE_EVIDENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/flat_hash_map.h"

namespace hearsay::internal {

class CaseEvidence {
 public:
  void Clear() { lower_.Clear(); }
  // Records the words of `words` that start with a lower-case letter.
  void Add(const std::vector<std::string_view>& words) {
    for (std::string_view w : words) AddWord(w);
  }
  void AddWord(std::string_view word);
  // One code per word: 0 for words not capitalised, 1 for a capitalised word
  // whose lower-cased form was seen lower case, 2 for one that was not.
  void Codes(const std::vector<std::string_view>& words, std::vector<uint8_t>* codes) const;

 private:
  // The hash of LowerForm(word), without building it for ASCII words.
  uint64_t LowerKey(std::string_view word) const;
  FlatHashMap<bool> lower_;  // LowerKey of the words seen in lower case
  mutable std::string scratch_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_CASE_EVIDENCE_H_
