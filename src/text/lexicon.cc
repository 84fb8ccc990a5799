#include "text/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace hearsay::internal {

// Defined in the generated lexicon_data.cc (cmake/embed_files.cmake).
extern const char kAbbreviationsTsv[];
extern const char kSentenceStartersTsv[];

namespace {

template <typename Fn>
void ForEachTsvRow(std::string_view tsv, Fn fn) {
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    fn(line.substr(0, tab), tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1));
  }
}

AbbreviationClass ParseClass(std::string_view name) {
  if (name == "title") return AbbreviationClass::kTitle;
  if (name == "suffix") return AbbreviationClass::kSuffix;
  if (name == "month") return AbbreviationClass::kMonth;
  if (name == "day") return AbbreviationClass::kDay;
  if (name == "number") return AbbreviationClass::kNumber;
  return AbbreviationClass::kGeneral;
}

struct Tables {
  std::unordered_map<std::string_view, AbbreviationClass> abbreviations;
  std::unordered_set<std::string_view> starters;
  std::unordered_set<std::string> upper_forms_storage;  // owns upper-cased copies
  std::unordered_map<std::string_view, AbbreviationClass> upper_abbreviations;

  Tables() {
    ForEachTsvRow(kAbbreviationsTsv, [&](std::string_view word, std::string_view cls) {
      AbbreviationClass c = ParseClass(cls);
      abbreviations.emplace(word, c);
      std::string upper(word);
      for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      auto [it, inserted] = upper_forms_storage.insert(upper);
      upper_abbreviations.emplace(std::string_view(*it), c);
    });
    ForEachTsvRow(kSentenceStartersTsv, [&](std::string_view word, std::string_view) { starters.insert(word); });
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

AbbreviationClass LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return AbbreviationClass::kNone;
  const Tables& t = GetTables();
  if (auto it = t.abbreviations.find(word); it != t.abbreviations.end()) return it->second;
  if (auto it = t.upper_abbreviations.find(word); it != t.upper_abbreviations.end()) return it->second;
  // A capitalised lower-case entry: "Etc." at the start of a sentence.
  if (word[0] >= 'A' && word[0] <= 'Z') {
    char lower_buf[8];
    size_t n = word.size();
    for (size_t i = 0; i < n; ++i) lower_buf[i] = word[i];
    lower_buf[0] = static_cast<char>(word[0] + 32);
    if (auto it = t.abbreviations.find(std::string_view(lower_buf, n)); it != t.abbreviations.end()) {
      bool entry_is_lower = it->first[0] >= 'a' && it->first[0] <= 'z';
      if (entry_is_lower) return it->second;
    }
  }
  return AbbreviationClass::kNone;
}

bool IsSentenceStarter(std::string_view word) { return GetTables().starters.count(word) != 0; }

}  // namespace hearsay::internal
