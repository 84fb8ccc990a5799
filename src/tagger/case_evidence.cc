#include "tagger/case_evidence.h"

#include "tagger/byte_io.h"
#include "tagger/features.h"

namespace hearsay::internal {

uint64_t CaseEvidence::LowerKey(std::string_view w) const {
  uint64_t h = 0xcbf29ce484222325ull;  // Fnv1a64 of LowerForm(w), byte by byte
  for (char ch : w) {
    if ((ch & 0x80) != 0) {
      LowerForm(w, &scratch_);
      return Fnv1a64(scratch_);
    }
    char c = ch;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c >= '0' && c <= '9') c = '0';
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

void CaseEvidence::AddWord(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return;
  lower_[LowerKey(w)] = true;
}

void CaseEvidence::Codes(const std::vector<std::string_view>& words, std::vector<uint8_t>* codes) const {
  codes->assign(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') continue;
    (*codes)[i] = lower_.Contains(LowerKey(w)) ? 1 : 2;
  }
}

}  // namespace hearsay::internal
