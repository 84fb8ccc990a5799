#include "text/noun_lemma.h"

namespace hearsay::internal {
namespace {

struct Irregular {
  std::string_view plural, lemma;
};
constexpr Irregular kIrregular[] = {
    {"people", "person"},   {"persons", "person"},    {"men", "man"},          {"women", "woman"},
    {"children", "child"},  {"feet", "foot"},         {"teeth", "tooth"},      {"mice", "mouse"},
    {"geese", "goose"},     {"lives", "life"},        {"wives", "wife"},       {"knives", "knife"},
    {"leaves", "leaf"},     {"halves", "half"},       {"thieves", "thief"},    {"police", "police"},
    {"series", "series"},   {"species", "species"},   {"news", "news"},        {"crises", "crisis"},
    {"analyses", "analysis"}, {"buses", "bus"},       {"viruses", "virus"},    {"bonuses", "bonus"},
    {"campuses", "campus"}, {"gases", "gas"},         {"personnel", "personnel"},
};

// Singular nouns in -men that are no compounds of "man".
constexpr std::string_view kMenSingulars[] = {"abdomen", "acumen", "amen", "omen", "regimen", "specimen", "stamen"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string NounLemma(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const Irregular& w : kIrregular) {
    if (w.plural == lower) return std::string(w.lemma);
  }
  const size_t n = lower.size();
  // "servicemen", "gunmen", "congresswomen"
  if (n > 3 && EndsWith(lower, "men")) {
    for (std::string_view s : kMenSingulars) {
      if (lower == s) return lower;
    }
    return lower.substr(0, n - 3) + "man";
  }
  if (n > 4 && EndsWith(lower, "ies")) return lower.substr(0, n - 3) + "y";
  if (n > 4 && (EndsWith(lower, "ches") || EndsWith(lower, "shes") || EndsWith(lower, "sses") ||
                EndsWith(lower, "xes") || EndsWith(lower, "zes"))) {
    return lower.substr(0, n - 2);
  }
  if (n > 3 && EndsWith(lower, "s") && !EndsWith(lower, "ss") && !EndsWith(lower, "us") && !EndsWith(lower, "is")) {
    return lower.substr(0, n - 1);
  }
  return lower;
}

}  // namespace hearsay::internal
