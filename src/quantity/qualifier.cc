#include "quantity/qualifier.h"

#include <array>
#include <string_view>

namespace hearsay::internal::quantity {

namespace {

struct Phrase {
  std::array<std::string_view, 3> words;  // unused trailing entries are empty
  Qualifier qualifier;
};

// Longest phrases first, so that "no more than" wins over "more than".
constexpr Phrase kBefore[] = {
    {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},
    {{"not", "less", "than"}, Qualifier::kAtLeast},
    {{"not", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "more", "than"}, Qualifier::kAtMost},
    {{"not", "more", "than"}, Qualifier::kAtMost},
    {{"as", "many", "as"}, Qualifier::kAtMost},
    {{"as", "much", "as"}, Qualifier::kAtMost},
    {{"as", "few", "as"}, Qualifier::kAtLeast},
    {{"as", "little", "as"}, Qualifier::kAtLeast},
    {{"in", "excess", "of"}, Qualifier::kOver},
    {{"a", "maximum", "of"}, Qualifier::kAtMost},
    {{"a", "minimum", "of"}, Qualifier::kAtLeast},
    {{"just", "under", ""}, Qualifier::kUnder},
    {{"just", "over", ""}, Qualifier::kOver},
    {{"just", "below", ""}, Qualifier::kUnder},
    {{"just", "above", ""}, Qualifier::kOver},
    {{"more", "than", ""}, Qualifier::kOver},
    {{"greater", "than", ""}, Qualifier::kOver},
    {{"higher", "than", ""}, Qualifier::kOver},
    {{"larger", "than", ""}, Qualifier::kOver},
    {{"upwards", "of", ""}, Qualifier::kOver},
    {{"upward", "of", ""}, Qualifier::kOver},
    {{"north", "of", ""}, Qualifier::kOver},
    {{"well", "over", ""}, Qualifier::kOver},
    {{"well", "above", ""}, Qualifier::kOver},
    {{"at", "least", ""}, Qualifier::kAtLeast},
    {{"fewer", "than", ""}, Qualifier::kUnder},
    {{"less", "than", ""}, Qualifier::kUnder},
    {{"lower", "than", ""}, Qualifier::kUnder},
    {{"short", "of", ""}, Qualifier::kUnder},
    {{"at", "most", ""}, Qualifier::kAtMost},
    {{"up", "to", ""}, Qualifier::kAtMost},
    {{"maximum", "of", ""}, Qualifier::kAtMost},
    {{"minimum", "of", ""}, Qualifier::kAtLeast},
    {{"an", "estimated", ""}, Qualifier::kApprox},
    {{"close", "to", ""}, Qualifier::kApprox},
    {{"about", "", ""}, Qualifier::kApprox},
    {{"around", "", ""}, Qualifier::kApprox},
    {{"roughly", "", ""}, Qualifier::kApprox},
    {{"approximately", "", ""}, Qualifier::kApprox},
    {{"approx.", "", ""}, Qualifier::kApprox},
    {{"circa", "", ""}, Qualifier::kApprox},
    {{"c.", "", ""}, Qualifier::kApprox},
    {{"~", "", ""}, Qualifier::kApprox},
    {{"some", "", ""}, Qualifier::kApprox},
    {{"nearly", "", ""}, Qualifier::kApprox},
    {{"almost", "", ""}, Qualifier::kApprox},
    {{"estimated", "", ""}, Qualifier::kApprox},
    {{"over", "", ""}, Qualifier::kOver},
    {{"above", "", ""}, Qualifier::kOver},
    {{"exceeds", "", ""}, Qualifier::kOver},
    {{"exceeded", "", ""}, Qualifier::kOver},
    {{"exceed", "", ""}, Qualifier::kOver},
    {{"exceeding", "", ""}, Qualifier::kOver},
    {{"surpassed", "", ""}, Qualifier::kOver},
    {{"surpasses", "", ""}, Qualifier::kOver},
    {{"surpassing", "", ""}, Qualifier::kOver},
    {{"topped", "", ""}, Qualifier::kOver},
    {{"tops", "", ""}, Qualifier::kOver},
    {{"under", "", ""}, Qualifier::kUnder},
    {{"below", "", ""}, Qualifier::kUnder},
    {{"<", "", ""}, Qualifier::kUnder},
    {{">", "", ""}, Qualifier::kOver},
};

size_t PhraseSize(const Phrase& p) {
  size_t n = 0;
  while (n < p.words.size() && !p.words[n].empty()) ++n;
  return n;
}

}  // namespace

std::optional<QualifierMatch> QualifierReader::Before(const TokenView& view, uint32_t limit,
                                                      uint32_t number_begin) const {
  for (const Phrase& p : kBefore) {
    uint32_t len = static_cast<uint32_t>(PhraseSize(p));
    if (number_begin < limit + len) continue;
    uint32_t start = number_begin - len;
    // The word next to the number first: it rules out most phrases at once.
    bool match = true;
    for (uint32_t k = len; k-- > 0 && match;) match = EqualsLower(view.Norm(start + k), p.words[k]);
    if (!match) continue;
    return QualifierMatch{p.qualifier, start, number_begin};
  }
  return std::nullopt;
}

std::optional<QualifierMatch> QualifierReader::After(const TokenView& view, uint32_t after, uint32_t end) const {
  if (!view.Is(after, end, "or")) return std::nullopt;
  if (view.Is(after + 1, end, "more")) return QualifierMatch{Qualifier::kAtLeast, after, after + 2};
  if (view.Is(after + 1, end, "so")) return QualifierMatch{Qualifier::kApprox, after, after + 2};
  if (view.Is(after + 1, end, "fewer") || view.Is(after + 1, end, "less")) {
    return QualifierMatch{Qualifier::kAtMost, after, after + 2};
  }
  return std::nullopt;
}

RangeCue QualifierReader::RangeIntro(const TokenView& view, uint32_t limit, uint32_t number_begin) const {
  if (number_begin <= limit) return RangeCue::kNone;
  if (view.Is(number_begin - 1, number_begin, "between")) return RangeCue::kBetween;
  if (view.Is(number_begin - 1, number_begin, "from")) return RangeCue::kFrom;
  return RangeCue::kNone;
}

bool QualifierReader::RangeJoiner(const TokenView& view, uint32_t i, uint32_t end, RangeCue cue,
                                  uint32_t* next) const {
  if (i >= end) return false;
  std::string_view norm = view.Norm(i);
  switch (cue) {
    case RangeCue::kBetween:
      if (EqualsLower(norm, "and") || norm == "-" || norm == "--") {
        *next = i + 1;
        return true;
      }
      return false;
    case RangeCue::kFrom:
      if (EqualsLower(norm, "to") || norm == "-") {
        *next = i + 1;
        return true;
      }
      return false;
    case RangeCue::kNone:
      // A dash with no space either side (10,000-12,000, 10–12) or "to"/"or".
      if ((view.Kind(i) == TokenKind::kDash && !view[i].Has(kSpaceBefore) && i + 1 < end &&
           !view[i + 1].Has(kSpaceBefore) && (norm == "-" || norm == "--")) ||
          EqualsLower(norm, "to") || EqualsLower(norm, "or")) {
        *next = i + 1;
        return true;
      }
      return false;
  }
  return false;
}

void SetInterval(Qualifier q, double value, std::optional<double>* low, std::optional<double>* high) {
  switch (q) {
    case Qualifier::kExact:
      *low = value;
      *high = value;
      break;
    case Qualifier::kApprox:
      low->reset();
      high->reset();
      break;
    case Qualifier::kOver:
    case Qualifier::kAtLeast:
      *low = value;
      high->reset();
      break;
    case Qualifier::kUnder:
    case Qualifier::kAtMost:
      low->reset();
      *high = value;
      break;
    case Qualifier::kRange:
      break;  // the caller sets both ends
  }
}

}  // namespace hearsay::internal::quantity
