#include "tagger/prediction_history.h"

#include <map>

#include "tagger/byte_io.h"

namespace hearsay::internal {
namespace {

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

uint64_t PredictionHistory::Key(std::string_view word) const {
  if (!ignore_case_) return Fnv1a64(word);
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a of the word with ASCII letters lower-cased
  for (unsigned char c : word) {
    h ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
    h *= 0x100000001b3ull;
  }
  return h;
}

PredictionHistory::PredictionHistory(const std::vector<std::string>& labels, bool ignore_case)
    : ignore_case_(ignore_case) {
  std::map<std::string, uint8_t> types;
  for (const std::string& l : labels) {
    if (l.size() > 2 && l[1] == '-') {
      auto it = types.emplace(l.substr(2), static_cast<uint8_t>(types.size() + 1)).first;
      label_type_.push_back(it->second < kMaxTypes ? it->second : kMaxTypes - 1);
    } else {
      label_type_.push_back(0);
    }
  }
}

uint8_t PredictionHistory::Code(const std::array<uint16_t, kMaxTypes>& c) {
  int total = 0, best = 0;
  for (int t = 0; t < kMaxTypes; ++t) {
    total += c[t];
    if (c[t] > c[best]) best = t;
  }
  if (total == 0) return 0;
  // Type (0..7) times 3 strengths: always, mostly, sometimes.
  const int strength = c[best] == total ? 2 : 2 * c[best] > total ? 1 : 0;
  return static_cast<uint8_t>(1 + best * 3 + strength);
}

void PredictionHistory::Codes(const std::vector<std::string_view>& words, std::vector<uint8_t>* codes) const {
  codes->assign(words.size(), 0);
  if (counts_.empty()) return;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!Capitalised(words[i])) continue;
    const auto* counts = counts_.Find(Key(words[i]));
    if (counts == nullptr) continue;
    (*codes)[i] = Code(*counts);
  }
}

bool PredictionHistory::CodesExcept(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels,
                                    std::vector<uint8_t>* codes) const {
  codes->assign(words.size(), 0);
  bool any = false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!Capitalised(words[i])) continue;
    const auto* counts = counts_.Find(Key(words[i]));
    if (counts == nullptr) continue;
    std::array<uint16_t, kMaxTypes> c = *counts;
    if (i < labels.size()) {
      uint16_t& own = c[label_type_[labels[i]]];
      if (own > 0) --own;
    }
    (*codes)[i] = Code(c);
    any = any || (*codes)[i] != 0;
  }
  return any;
}

void PredictionHistory::Update(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels) {
  for (size_t i = 0; i < words.size() && i < labels.size(); ++i) {
    if (!Capitalised(words[i])) continue;
    auto& c = counts_[Key(words[i])];
    uint16_t& n = c[label_type_[labels[i]]];
    if (n < 0xFFFF) ++n;
  }
}

}  // namespace hearsay::internal
