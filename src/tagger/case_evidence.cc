#include "tagger/case_evidence.h"

#include "tagger/byte_io.h"
#include "tagger/features.h"

namespace hearsay::internal {

void CaseEvidence::AddWord(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return;
  LowerForm(w, &scratch_);
  lower_.insert(Fnv1a64(scratch_));
}

void CaseEvidence::Codes(const std::vector<std::string_view>& words, std::vector<uint8_t>* codes) const {
  codes->assign(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') continue;
    LowerForm(w, &scratch_);
    (*codes)[i] = lower_.count(Fnv1a64(scratch_)) ? 1 : 2;
  }
}

}  // namespace hearsay::internal
