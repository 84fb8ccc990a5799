#include "tagger/entity_clusters.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay::internal {
namespace {

bool IsFunctionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"of", "the", "and", "for", "de", "du", "la", "le", "in", "on",
                                                "&", "des", "der", "al", "el", "a", "an", "to"};
  for (std::string_view f : kWords)
    if (w == f) return true;
  return false;
}

// An acronym: 2 to 8 capitals, perhaps with periods or an &: DPRK, U.N., AT&T.
bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  int caps = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') {
      ++caps;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return caps >= 2 && caps <= 8;
}

std::string AcronymLetters(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c >= 'A' && c <= 'Z') out.push_back(c);
  return out;
}

// The initials of the capitalised words of `words` (function words skipped);
// empty if a word that is not a function word is not capitalised.
std::string Initials(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (IsFunctionWord(w)) continue;
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return "";
    out.push_back(w[0]);
    // Hyphenated parts count: Al-Qaeda -> AQ
    for (size_t i = 1; i + 1 < w.size(); ++i)
      if (w[i] == '-' && w[i + 1] >= 'A' && w[i + 1] <= 'Z') out.push_back(w[i + 1]);
  }
  return out;
}

std::string Collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

bool IsPersonTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "President", "Gen.", "General",
      "Sen.", "Senator", "Rep.", "Gov.", "Governor", "Minister", "Prime", "Lt.", "Col.", "Capt.", "Sgt.",
      "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Sir", "Dame", "Lord", "Lady", "Rev.",
      "Chancellor", "Secretary", "Mayor", "Ambassador", "Chairman", "Director", "Coach"};
  for (std::string_view t : kTitles)
    if (w == t) return true;
  return false;
}

namespace {

bool EndsWith(const std::vector<std::string_view>& longer, const std::vector<std::string_view>& shorter) {
  if (shorter.empty() || shorter.size() >= longer.size()) return false;
  return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

bool StartsWith(const std::vector<std::string_view>& longer, const std::vector<std::string_view>& shorter) {
  if (shorter.empty() || shorter.size() >= longer.size()) return false;
  return std::equal(shorter.begin(), shorter.end(), longer.begin());
}

}  // namespace

void EntityClusters::Annotate(Document& doc) const {
  std::vector<Entity>& entities = doc.mutable_entities();
  if (entities.empty()) return;
  const auto& tokens = doc.tokens();
  // Words of each mention: the texts of the tokens it covers.
  std::vector<std::vector<std::string_view>> words(entities.size());
  std::vector<std::string> own(entities.size());
  size_t t = 0;
  for (size_t e = 0; e < entities.size(); ++e) {
    const Span span = entities[e].span;
    while (t > 0 && tokens[t - 1].span.begin >= span.begin) --t;
    while (t < tokens.size() && tokens[t].span.begin < span.begin) ++t;
    for (size_t k = t; k < tokens.size() && tokens[k].span.end <= span.end; ++k) {
      words[e].push_back(doc.TokenText(tokens[k]));
    }
    own[e] = Collapse(doc.Text(span));
    if (entities[e].label == EntityLabel::kPerson) {
      auto& w = words[e];
      while (w.size() > 1 && IsPersonTitle(w.front())) w.erase(w.begin());
    }
  }

  // Acronyms the article spells out: "Expansion (ACR)" -- the expansion
  // being the capitalised words just before the bracket whose initials spell ACR.
  std::vector<std::pair<std::string, std::string>> spelled;  // acronym letters, expansion
  for (size_t k = 2; k + 1 < tokens.size(); ++k) {
    if (doc.TokenText(tokens[k - 1]) != "(" || doc.TokenText(tokens[k + 1]) != ")") continue;
    std::string_view acr = doc.TokenText(tokens[k]);
    if (!IsAcronym(acr)) continue;
    const std::string letters = AcronymLetters(acr);
    std::vector<std::string_view> before;
    for (size_t j = k - 1; j > 0 && before.size() < 12; --j) {
      before.insert(before.begin(), doc.TokenText(tokens[j - 1]));
      if (IsFunctionWord(before.front())) continue;
      if (Initials(before) == letters) {
        const Span span{tokens[j - 1].span.begin, tokens[k - 2].span.end};
        spelled.emplace_back(letters, Collapse(doc.Text(span)));
        break;
      }
      if (Initials(before).empty()) break;
    }
  }

  std::vector<std::string> canonical(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) {
    const Entity& m = entities[e];
    canonical[e] = own[e];
    if (gazetteer_ != nullptr) {
      if (const CountryRecord* c = gazetteer_->FindDemonym(own[e])) {
        canonical[e] = c->name;
        continue;
      }
      if (m.label == EntityLabel::kLocation || m.label == EntityLabel::kOrganization ||
          m.label == EntityLabel::kMisc) {
        if (const CountryRecord* c = gazetteer_->FindCountry(own[e]);
            c != nullptr && (m.label == EntityLabel::kLocation || IsAcronym(own[e]))) {
          canonical[e] = c->name;
          continue;
        }
      }
    }
    if (words[e].size() == 1 && IsAcronym(own[e])) {
      const std::string letters = AcronymLetters(own[e]);
      bool found = false;
      for (const auto& [acr, expansion] : spelled) {
        if (acr == letters) {
          canonical[e] = expansion;
          found = true;
          break;
        }
      }
      if (found) continue;
      for (size_t o = 0; o < entities.size(); ++o) {
        if (o != e && words[o].size() >= 2 && Initials(words[o]) == letters) {
          canonical[e] = own[o];
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    if (m.label == EntityLabel::kPerson) {
      // The longest PER name this one ends; the nearest before it on ties.
      size_t best = e;
      for (size_t o = 0; o < entities.size(); ++o) {
        if (entities[o].label != EntityLabel::kPerson || !EndsWith(words[o], words[e])) continue;
        if (best == e || words[o].size() > words[best].size() ||
            (words[o].size() == words[best].size() && o < e && (best > e || o > best))) {
          best = o;
        }
      }
      canonical[e] = own[best];
    } else if (m.label == EntityLabel::kOrganization) {
      size_t best = e;
      for (size_t o = 0; o < entities.size(); ++o) {
        if (entities[o].label != EntityLabel::kOrganization || !StartsWith(words[o], words[e])) continue;
        if (best == e || words[o].size() > words[best].size()) best = o;
      }
      canonical[e] = own[best];
    }
  }
  // A mention in capitals (a headline, a dateline: KYIV) joins the cluster of
  // the same name written normally.
  auto lower = [](std::string_view v) {
    std::string out(v);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  };
  auto all_caps = [](std::string_view v) {
    bool upper = false;
    for (char c : v) {
      if (c >= 'a' && c <= 'z') return false;
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    return upper;
  };
  for (size_t e = 0; e < entities.size(); ++e) {
    if (!all_caps(own[e]) || canonical[e] != own[e]) continue;
    const std::string key = lower(own[e]);
    for (size_t o = 0; o < entities.size(); ++o) {
      if (o != e && !all_caps(own[o]) && lower(own[o]) == key) {
        canonical[e] = canonical[o];
        break;
      }
    }
  }
  for (size_t e = 0; e < entities.size(); ++e) entities[e].entity = std::move(canonical[e]);
}

}  // namespace hearsay::internal
