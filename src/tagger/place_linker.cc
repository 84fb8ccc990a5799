#include "tagger/place_linker.h"

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace hearsay::internal {
namespace {

Place CountryPlace(const CountryRecord& c) {
  return Place{"country:" + c.iso2, c.name, c.iso2, c.lat, c.lon};
}

Place CityPlace(const PlaceRecord& p) {
  return Place{"geonames:" + std::to_string(p.geonames_id), p.name, p.country, p.lat, p.lon};
}

// The country named just after `span`, as in "Kyiv, Ukraine" or "Lviv (Ukraine)".
const CountryRecord* FollowingCountry(const Document& doc, Span span, const Gazetteer& g) {
  std::string_view rest = doc.text().substr(span.end, 64);
  size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',' || rest[i] == '(')) ++i;
  if (i == 0 || i >= rest.size()) return nullptr;
  rest = rest.substr(i);
  // Try the longest run of words first (United Arab Emirates), down to one.
  std::vector<size_t> ends;
  for (size_t k = 0; k <= rest.size(); ++k) {
    if (k == rest.size() || rest[k] == ' ' || rest[k] == ',' || rest[k] == ')' || rest[k] == '\n') {
      ends.push_back(k);
      if (k == rest.size() || rest[k] != ' ' || ends.size() >= 4) break;
    }
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    std::string_view candidate = rest.substr(0, *it);
    while (!candidate.empty() && candidate.back() == '.') candidate.remove_suffix(1);
    if (const CountryRecord* c = g.FindCountry(candidate)) return c;
  }
  return nullptr;
}

}  // namespace

void PlaceLinker::Annotate(Document& doc) const {
  if (gazetteer_ == nullptr) return;
  std::vector<Entity>& entities = doc.mutable_entities();
  // Pass 1: countries the article names, and the candidates of every other place.
  std::set<std::string> countries;
  std::vector<std::vector<const PlaceRecord*>> candidates(entities.size());
  std::vector<const CountryRecord*> country_of(entities.size(), nullptr);
  for (size_t e = 0; e < entities.size(); ++e) {
    Entity& m = entities[e];
    m.place.reset();
    const std::string text(doc.Text(m.span));
    const CountryRecord* c = gazetteer_->FindDemonym(text);
    if (c == nullptr && m.label == EntityLabel::kLocation) c = gazetteer_->FindCountry(text);
    if (c == nullptr && m.label == EntityLabel::kLocation) c = gazetteer_->FindCountry(m.entity);
    if (c != nullptr) {
      country_of[e] = c;
      countries.insert(c->iso2);
      continue;
    }
    if (m.label != EntityLabel::kLocation) continue;
    candidates[e] = gazetteer_->FindPlaces(text);
    if (candidates[e].empty() && m.entity != text) candidates[e] = gazetteer_->FindPlaces(m.entity);
  }
  // Countries of the places whose name is not shared by a place as big.
  std::map<std::string, int> place_countries;
  for (const auto& list : candidates) {
    if (list.empty()) continue;
    if (list.size() == 1 || list[0]->population > 10 * list[1]->population) ++place_countries[list[0]->country];
  }
  // Pass 2: pick each place.
  for (size_t e = 0; e < entities.size(); ++e) {
    Entity& m = entities[e];
    if (country_of[e] != nullptr) {
      m.place = CountryPlace(*country_of[e]);
      continue;
    }
    const auto& list = candidates[e];
    if (list.empty()) continue;
    const CountryRecord* following = list.size() > 1 ? FollowingCountry(doc, m.span, *gazetteer_) : nullptr;
    const PlaceRecord* best = nullptr;
    double best_score = -1e9;
    for (const PlaceRecord* p : list) {
      double score = std::log10(static_cast<double>(p->population) + 1);
      if (countries.count(p->country)) score += 3;
      auto it = place_countries.find(p->country);
      if (it != place_countries.end()) {
        // Discount this mention's own vote for its most populous reading.
        int others = it->second - ((list.size() == 1 || list[0]->population > 10 * list[1]->population) &&
                                           list[0] == p
                                       ? 1
                                       : 0);
        score += 1.5 * std::min(others, 3);
      }
      if (following != nullptr && following->iso2 == p->country) score += 3;
      if (p->capital) score += 0.5;
      if (score > best_score) {
        best_score = score;
        best = p;
      }
    }
    m.place = CityPlace(*best);
  }
}

}  // namespace hearsay::internal
