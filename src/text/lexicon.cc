#include "text/lexicon.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>
#include <unordered_set>

#include "text/tsv.h"

namespace hearsay::internal {

// Defined in the generated lexicon_data.cc (cmake/embed_files.cmake).
extern const char kAbbreviationsTsv[];
extern const char kSentenceStartersTsv[];

namespace {

AbbreviationClass ParseClass(std::string_view name) {
  if (name == "title") return AbbreviationClass::kTitle;
  if (name == "suffix") return AbbreviationClass::kSuffix;
  if (name == "month") return AbbreviationClass::kMonth;
  if (name == "day") return AbbreviationClass::kDay;
  if (name == "number") return AbbreviationClass::kNumber;
  return AbbreviationClass::kGeneral;
}

// Words of up to eight bytes packed into an integer: lookups on the
// tokenizer's hot path (every word before a period) are a binary search over
// a few hundred integers, with no hashing of strings.
uint64_t Pack(std::string_view word) {
  uint64_t key = 0;
  for (size_t i = 0; i < word.size(); ++i) key |= uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  return key;
}

struct Tables {
  // (packed word, class), sorted by key; holds each entry as written, in
  // upper case, and (for lower-case entries) capitalised.
  std::vector<std::pair<uint64_t, AbbreviationClass>> abbreviations;
  std::unordered_set<std::string_view> starters;

  Tables() {
    ForEachTsvRow(kAbbreviationsTsv, [&](const std::vector<std::string_view>& fields) {
      std::string_view word = fields[0];
      std::string_view cls = fields.size() > 1 ? fields[1] : std::string_view();
      if (word.empty() || word.size() > 8) return;
      AbbreviationClass c = ParseClass(cls);
      std::string upper(word), capitalised(word);
      for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      abbreviations.emplace_back(Pack(word), c);
      abbreviations.emplace_back(Pack(upper), c);
      if (word[0] >= 'a' && word[0] <= 'z') {
        capitalised[0] = static_cast<char>(word[0] - 32);
        abbreviations.emplace_back(Pack(capitalised), c);
      }
    });
    std::stable_sort(abbreviations.begin(), abbreviations.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // The first entry for a key wins ("Ext" number vs "EXT" from "ext").
    abbreviations.erase(std::unique(abbreviations.begin(), abbreviations.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; }),
                        abbreviations.end());
    ForEachTsvRow(kSentenceStartersTsv, [&](const std::vector<std::string_view>& fields) { starters.insert(fields[0]); });
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

AbbreviationClass LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return AbbreviationClass::kNone;
  const auto& table = GetTables().abbreviations;
  const uint64_t key = Pack(word);
  auto it = std::lower_bound(table.begin(), table.end(), key,
                             [](const auto& entry, uint64_t k) { return entry.first < k; });
  return it != table.end() && it->first == key ? it->second : AbbreviationClass::kNone;
}

bool IsSentenceStarter(std::string_view word) { return GetTables().starters.count(word) != 0; }

}  // namespace hearsay::internal
