#include "quantity/place_finder.h"

#include <algorithm>

#include "quantity/counted_thing.h"
#include "quantity/date_resolver.h"
#include "text/tsv.h"

// Defined in the generated lexicon_data.cc (cmake/embed_files.cmake).
namespace hearsay::internal {
extern const char kPlacesTsv[];
}  // namespace hearsay::internal

namespace hearsay::internal::quantity {


namespace {

bool IsLocative(std::string_view word) {
  static constexpr std::string_view kWords[] = {"in", "at", "near", "into", "to", "on", "inside", "across",
                                                "outside", "throughout", "around", "through"};
  if (word.size() < 2 || word.size() > 10) return false;
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

// Generic nouns after a place name that the name alone stands for: "the Kursk region".
bool IsGeoGeneric(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"region", "regions", "province", "oblast", "area", "areas",
                                                "border", "district", "county", "state", "city", "town",
                                                "village", "territory", "front", "frontline", "coast", "strip",
                                                "capital", "peninsula", "valley", "basin"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// Common nouns that are places in themselves: "on the battlefield".
bool IsPlaceNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"battlefield", "frontline", "frontlines", "front", "border",
                                                "scene", "camp", "camps", "capital", "coast", "island",
                                                "airport", "port", "harbour", "harbor", "mine"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// A demonym or other proper adjective: "Russian", "Ukrainian", "Chinese", "Israeli".
bool LooksLikeDemonym(std::string_view word) {
  auto ends = [&](std::string_view s) { return word.size() > s.size() + 2 && word.substr(word.size() - s.size()) == s; };
  return ends("an") || ends("ese") || ends("ish") || ends("i") || ends("ic");
}

// Titles before a person's name: "in Mr Putin's view".
bool IsTitle(std::string_view word) {
  static constexpr std::string_view kWords[] = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President",
                                                "Prime", "Minister", "Gen.", "General", "Sen.", "Senator",
                                                "Gov.", "Governor", "King", "Queen", "Pope", "Saint", "St"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// Heads of institutions' names, which are not places: "in the Senate", "at the Pentagon".
bool IsInstitution(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Senate",     "House",      "Congress",   "Parliament", "Court",      "Council",    "Ministry",
      "Department", "Party",      "Times",      "Post",       "Journal",    "University", "Committee",
      "Commission", "Pentagon",   "Kremlin",    "Assembly",   "Bank",       "Agency",     "Office",
      "Administration", "Foundation", "Institute", "Corporation", "Company", "Group",      "Service",
      "Forum",      "Association", "Union",     "Organization", "Organisation", "Army",  "Navy",
      "Reuters",    "Twitter",    "Facebook",   "Telegram",   "Google",     "Street",     "News",
      "Center",     "Centre",     "Network",    "Council",    "Bureau",     "Board",      "Fund"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// Endings that are almost only demonyms, never place names: "Russian", "Chinese".
bool IsKnownDemonymEnding(std::string_view word) {
  auto ends = [&](std::string_view s) { return word.size() > s.size() + 2 && word.substr(word.size() - s.size()) == s; };
  return ends("ian") || ends("ese") || ends("ish");
}

// "according to CNN", "compared to Sanders", "thanks to", "due to", "close to", "up to":
// the preposition at token i belongs to a phrase that names no place.
bool AfterFixedPhrase(const TokenView& view, uint32_t i, uint32_t begin) {
  if (i <= begin || !EqualsLower(view.Norm(i), "to")) return false;
  std::string_view prev = view.Norm(i - 1);
  return EqualsLower(prev, "according") || EqualsLower(prev, "compared") || EqualsLower(prev, "thanks") ||
         EqualsLower(prev, "due") || EqualsLower(prev, "close") || EqualsLower(prev, "up") ||
         EqualsLower(prev, "next") || EqualsLower(prev, "owing") || EqualsLower(prev, "addition");
}

bool IsCapitalizedWord(const TokenView& view, uint32_t i, uint32_t end) {
  return i < end && view.Capitalized(i) &&
         (view.Kind(i) == TokenKind::kWord || view.Kind(i) == TokenKind::kAbbreviation);
}

}  // namespace

const PlaceFinder& PlaceFinder::Get() {
  static const PlaceFinder finder(kPlacesTsv);
  return finder;
}

PlaceFinder::PlaceFinder(std::string_view tsv) {
  ForEachTsvRow(tsv, [&](const std::vector<std::string_view>& fields) {
    std::string_view name = fields[0];
    if (name.empty()) return;
    places_.emplace(name);
    max_words_ = std::max<size_t>(max_words_, static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1);
  });
}

bool PlaceFinder::IsPlaceObject(const TokenView& view, uint32_t begin, uint32_t number_begin) const {
  if (number_begin <= begin) return false;
  uint32_t p = number_begin - 1;
  if (view.Is(p, number_begin, "the") && p > begin) --p;
  std::string lower = view.Lower(p);
  return lower == "at" || lower == "in" || lower == "across" || lower == "near" || lower == "into";
}

bool PlaceFinder::IsKnownPlace(std::string_view name) const { return places_.find(name) != places_.end(); }

const Entity* PlaceFinder::EntityAt(const std::vector<Entity>& entities, uint32_t byte) {
  // Entities are in text order and do not overlap: binary search.
  auto it = std::upper_bound(entities.begin(), entities.end(), byte,
                             [](uint32_t b, const Entity& e) { return b < e.span.begin; });
  if (it == entities.begin()) return nullptr;
  --it;
  return it->span.begin <= byte && byte < it->span.end ? &*it : nullptr;
}

const Entity* PlaceFinder::LocationAt(const std::vector<Entity>& entities, uint32_t byte) {
  const Entity* e = EntityAt(entities, byte);
  return e != nullptr && e->label == EntityLabel::kLocation ? e : nullptr;
}

std::optional<std::string> PlaceFinder::After(const TokenView& view, const std::vector<Entity>& entities,
                                                uint32_t i, uint32_t end) const {
  // "on" leads to places only as "on the battlefield", "on the border": "on Telegram" is not one.
  const bool on = view.Is(i - 1, end, "on");
  if (view.Is(i, end, "the")) ++i;
  if (on) {
    if (i < end && view.Kind(i) == TokenKind::kWord && IsPlaceNoun(view.Lower(i))) return std::string(view.Norm(i));
    return std::nullopt;
  }
  if (i >= end) return std::nullopt;
  // A chain of possessives names the most specific place last: "Russia's Kursk".
  std::optional<std::string> found;
  for (int hops = 0; hops < 3 && i < end; ++hops) {
    std::optional<std::string> here;
    uint32_t next = i;
    if (const Entity* e = LocationAt(entities, view[i].span.begin)) {
      here = e->place ? e->place->name : std::string(view.doc().Text(e->span));
      while (next < end && view[next].span.begin < e->span.end) ++next;
    } else if (IsCapitalizedWord(view, i, end)) {
      uint32_t j = i;
      while (j < end && j < i + 4 && IsCapitalizedWord(view, j, end) &&
             DateResolver::MonthOf(view.Norm(j)) == 0 && DateResolver::WeekdayOf(view.Norm(j)) < 0) {
        ++j;
      }
      if (j == i) return found;
      std::string_view name = view.Range(i, j - 1);
      // A person or an organisation is not a place; a demonym (MISC) may start one: "the Russian army".
      if (const Entity* e = EntityAt(entities, view[i].span.begin);
          e != nullptr && (e->label == EntityLabel::kPerson || e->label == EntityLabel::kOrganization)) {
        return found;
      }
      std::string lower_next = j < end ? view.Lower(j) : std::string();
      const bool possessive = j < end && view.Kind(j) == TokenKind::kClitic &&
                              (view.Norm(j) == "'s" || view.Norm(j) == "'");
      if (!IsKnownPlace(name) && possessive && !IsCapitalizedWord(view, j + 1, end)) {
        // "Sanders' 1,192": a possessive name not followed by a place is an owner, not a place.
        return found;
      }
      if (IsKnownPlace(name)) {
        here = std::string(name);
      } else if (LooksLikeDemonym(view.Norm(j - 1)) && j < end && view.Kind(j) == TokenKind::kWord &&
                 !CountedThingReader::IsFunctionWord(lower_next) && !IsGeoGeneric(lower_next)) {
        // "the Russian army": the adjective needs its noun.
        here = std::string(view.Range(i, j));
        next = j + 1;
        return found ? found : here;
      } else if (IsTitle(view.Norm(i)) || IsInstitution(view.Norm(j - 1))) {
        return found;
      } else if (j < end && view.Kind(j) == TokenKind::kWord && !view.Capitalized(j) &&
                 !CountedThingReader::IsFunctionWord(lower_next) && !IsGeoGeneric(lower_next)) {
        // A name modifying a noun is not a place: "the Biden administration", "Brics summits".
        return found;
      } else {
        // A name with no noun after it is a place even when it ends like a
        // demonym ("in Tbilisi", "in Delhi"); "Russian" alone is not one.
        bool noun_follows = j < end && view.Kind(j) == TokenKind::kWord;
        if (!LooksLikeDemonym(view.Norm(j - 1)) || IsGeoGeneric(lower_next) || !noun_follows) {
          if (!(j == i + 1 && LooksLikeDemonym(name) && IsKnownDemonymEnding(name))) here = std::string(name);
        }
      }
      if (next == i) next = j;
    } else if (view.Kind(i) == TokenKind::kWord && IsPlaceNoun(view.Lower(i))) {
      return found ? found : std::optional<std::string>(std::string(view.Norm(i)));
    }
    if (!here) return found;
    found = here;
    i = next;
    if (i < end && view.Kind(i) == TokenKind::kClitic && (view.Norm(i) == "'s" || view.Norm(i) == "'")) {
      ++i;
      continue;
    }
    break;
  }
  return found;
}

std::optional<std::string> PlaceFinder::Near(const TokenView& view, const std::vector<Entity>& entities,
                                             uint32_t begin, uint32_t end, uint32_t number_begin,
                                             uint32_t number_end) const {
  // A place more than a couple of dozen tokens away belongs to another clause.
  constexpr uint32_t kReach = 24;
  for (uint32_t i = number_end; i + 1 < end && i < number_end + kReach; ++i) {
    if (view.Kind(i) == TokenKind::kWord && IsLocative(view.Norm(i)) && !AfterFixedPhrase(view, i, begin)) {
      if (auto p = After(view, entities, i + 1, end)) return p;
    }
  }
  for (uint32_t i = number_begin; i-- > begin && i + kReach > number_begin;) {
    if (view.Kind(i) == TokenKind::kWord && IsLocative(view.Norm(i)) && i + 1 < number_begin &&
        !AfterFixedPhrase(view, i, begin)) {
      if (auto p = After(view, entities, i + 1, number_begin)) return p;
    }
  }
  return std::nullopt;
}

std::optional<std::string> PlaceFinder::FirstIn(const TokenView& view, const std::vector<Entity>& entities,
                                                uint32_t begin, uint32_t end) const {
  for (uint32_t i = begin; i < end; ++i) {
    if (const Entity* e = LocationAt(entities, view[i].span.begin)) {
      return e->place ? e->place->name : std::string(view.doc().Text(e->span));
    }
    if (!IsCapitalizedWord(view, i, end)) continue;
    for (uint32_t len = static_cast<uint32_t>(std::min<size_t>(max_words_, end - i)); len >= 1; --len) {
      bool all_cap = true;
      for (uint32_t k = i; k < i + len; ++k) all_cap &= IsCapitalizedWord(view, k, end);
      if (!all_cap) continue;
      std::string_view name = view.Range(i, i + len - 1);
      // Not the adjective of a longer name: "North Korean" is not "North Korea".
      // Not the start of a longer name: "New York Times", "North Korean".
      if (IsKnownPlace(name)) {
        if (!IsCapitalizedWord(view, i + len, end)) return std::string(name);
        // "Gaza City", "Kherson Oblast": the name with its capitalised generic.
        if (IsGeoGeneric(ToLower(view.Norm(i + len))) && !IsCapitalizedWord(view, i + len + 1, end)) {
          return std::string(view.Range(i, i + len));
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace hearsay::internal::quantity
