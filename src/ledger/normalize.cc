#include "ledger/normalize.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "text/noun_lemma.h"
#include "text/tsv.h"

namespace hearsay::internal {

// Defined in the generated lexicon_data.cc: "demonym or country <TAB> country".
extern const char kDemonymsTsv[];

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == ',')) ++i;
    size_t b = i;
    while (i < s.size() && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == ',')) ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

// Strips a possessive ("Russia's", "Russia’s") from a word.
std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

const std::unordered_map<std::string, std::string>& Demonyms() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    ForEachTsvRow(kDemonymsTsv, [&](const std::vector<std::string_view>& fields) {
      if (fields.size() >= 2) m->emplace(Lower(fields[0]), std::string(fields[1]));
    });
    return m;
  }();
  return *map;
}

// Synonym classes of counted heads.
std::string HeadClass(const std::string& lemma) {
  static const std::unordered_map<std::string, std::string> kClasses = {
      {"troop", "troops"},       {"soldier", "troops"},   {"serviceman", "troops"}, {"servicemember", "troops"},
      {"force", "troops"},       {"fighter", "troops"},   {"personnel", "troops"},  {"military", "troops"},
      {"person", "people"},      {"people", "people"},    {"resident", "people"},   {"individual", "people"},
      {"civilian", "civilians"}, {"child", "children"},   {"kid", "children"},      {"worker", "workers"},
      {"employee", "workers"},   {"refugee", "refugees"}, {"migrant", "migrants"},  {"home", "homes"},
      {"house", "homes"},        {"dwelling", "homes"},
  };
  auto it = kClasses.find(lemma);
  return it != kClasses.end() ? it->second : lemma;
}

}  // namespace

std::optional<std::string> CountryOf(std::string_view word) {
  const auto& m = Demonyms();
  auto it = m.find(Lower(StripPossessive(word)));
  if (it == m.end()) return std::nullopt;
  return it->second;
}

CountedKey NormalizeCounted(std::string_view counts) {
  CountedKey out;
  out.display = std::string(counts);
  std::vector<std::string_view> words = Words(counts);
  if (words.empty()) return out;
  // The head: the last word before "of"/"from"/"in" ("troops from North Korea").
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string w = Lower(words[i]);
    if (w == "of" || w == "from" || w == "in" || w == "at" || w == "on") {
      head = i - 1;
      break;
    }
  }
  std::string head_class = HeadClass(NounLemma(words[head]));
  // A country among the other words, two-word names first ("North Korean").
  std::optional<std::string> country;
  for (size_t i = 0; i < words.size() && !country; ++i) {
    if (i == head) continue;
    if (i + 1 < words.size() && i + 1 != head) {
      std::string two = std::string(words[i]) + " " + std::string(words[i + 1]);
      if ((country = CountryOf(two))) break;
    }
    country = CountryOf(words[i]);
  }
  out.key = head_class;
  if (country) out.key += "|" + Lower(*country);
  return out;
}

std::string PlaceKey(std::string_view where) {
  static const char* kGeneric[] = {"the", "region", "oblast", "province", "state", "area", "city", "border",
                                   "frontline", "front", "army", "military", "forces", "territory", "soil", "of"};
  // "Russia's Kursk region": the possessor is the container, what follows the place.
  std::string possessor, place;
  for (std::string_view w : Words(where)) {
    const bool possessive = StripPossessive(w).size() != w.size();
    std::string lw = Lower(StripPossessive(w));
    bool generic = false;
    for (const char* g : kGeneric) generic |= lw == g;
    if (generic) continue;
    if (possessive) {
      possessor = lw;
      place.clear();
      continue;
    }
    if (!place.empty()) place += " ";
    place += lw;
  }
  if (place.empty()) place = possessor;
  if (auto country = CountryOf(place)) return Lower(*country);  // "Russian" (army) -> russia
  return place;
}

std::string EventKey(std::string_view event) {
  std::string e = Lower(event);
  static const std::pair<const char*, const char*> kClasses[] = {
      {"kill", "killed"},     {"dead", "killed"},       {"die", "killed"},      {"death", "killed"},
      {"wound", "wounded"},   {"injur", "wounded"},     {"hurt", "wounded"},    {"missing", "missing"},
      {"captur", "captured"}, {"prisoner", "captured"}, {"arrest", "arrested"}, {"detain", "arrested"},
      {"evacuat", "evacuated"}, {"displac", "displaced"}, {"fled", "displaced"}, {"flee", "displaced"},
  };
  for (const auto& [stem, cls] : kClasses) {
    if (e.find(stem) != std::string::npos) return cls;
  }
  return "";  // being somewhere: deployed, sent, moved, stationed, are in
}

}  // namespace hearsay::internal
