// Claims: lining up what sources say about the same figure.
//
// Each statement asserts an interval: exact v is [v, v]; "more than v" is
// (v, inf); "at least v" [v, inf); "fewer than v" [0, v); "as many as v"
// [0, v]; a range [low, high]; and "about v" -- which no reader takes as
// exact -- [0.9v, 1.1v]. Statements agree when their intervals share a
// point; by Helly's theorem in one dimension, a set of intervals shares a
// point exactly when every pair does, so the conflicting pairs are the whole
// story of a conflict.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "hearsay/ledger.h"
#include "ledger/normalize.h"

namespace hearsay {
namespace {

constexpr double kApproxTolerance = 0.10;
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Interval {
  double lo = 0;
  double hi = kInf;
  bool lo_open = false;
  bool hi_open = false;

  bool Empty() const { return lo > hi || (lo == hi && (lo_open || hi_open)); }
  Interval Intersect(const Interval& o) const {
    Interval r;
    if (lo > o.lo || (lo == o.lo && lo_open)) { r.lo = lo; r.lo_open = lo_open; }
    else { r.lo = o.lo; r.lo_open = o.lo_open; }
    if (hi < o.hi || (hi == o.hi && hi_open)) { r.hi = hi; r.hi_open = hi_open; }
    else { r.hi = o.hi; r.hi_open = o.hi_open; }
    return r;
  }
};

Interval IntervalOf(const Statement& s) {
  Interval iv;
  const double v = s.value;
  const std::string& q = s.qualifier;
  if (q == "exact") {
    iv.lo = iv.hi = v;
  } else if (q == "approx") {
    iv.lo = v * (1 - kApproxTolerance);
    iv.hi = v * (1 + kApproxTolerance);
  } else if (q == "over") {
    iv.lo = s.low.value_or(v);
    iv.lo_open = true;
  } else if (q == "at_least") {
    iv.lo = s.low.value_or(v);
  } else if (q == "under") {
    iv.hi = s.high.value_or(v);
    iv.hi_open = true;
  } else if (q == "at_most") {
    iv.hi = s.high.value_or(v);
  } else if (q == "range") {
    iv.lo = s.low.value_or(v);
    iv.hi = s.high.value_or(v);
  } else {
    iv.lo = iv.hi = v;
  }
  return iv;
}

std::string SortDate(const Statement& s) { return s.date.value_or(""); }

}  // namespace

std::vector<Claim> GroupClaims(std::vector<Statement> statements, const GroupOptions& options) {
  // Within one document, a figure with no counted thing continues the one before it
  // ("as many as 10,000 have made their way to Kursk" after a sentence about troops).
  std::map<int64_t, std::pair<std::optional<std::string>, std::optional<std::string>>> last_in_document;
  for (Statement& s : statements) {
    auto& [last_counts, last_where] = last_in_document[s.document_row];
    if (!s.counts && last_counts) {
      s.counts = last_counts;
      if (!s.where) s.where = last_where;
    }
    if (s.counts) {
      last_counts = s.counts;
      last_where = s.where;
    }
  }

  using Key = std::tuple<std::string, std::string, std::string, std::string>;  // counted, unit, place, event
  std::map<Key, Claim> groups;
  for (Statement& s : statements) {
    if (!s.counts || s.counts->empty()) continue;  // a bare number cannot be compared
    internal::CountedKey counted = internal::NormalizeCounted(*s.counts);
    std::string place = s.where ? internal::PlaceKey(*s.where) : "";
    std::string event = s.event ? internal::EventKey(*s.event) : "";
    Key key{counted.key, s.unit.value_or(""), place, event};
    Claim& claim = groups[key];
    if (claim.statements.empty()) {
      claim.counts = counted.display;
      claim.unit = s.unit;
      if (s.where) claim.where = s.where;
      if (!event.empty()) claim.event = event;
    }
    claim.statements.push_back(std::move(s));
  }

  std::vector<Claim> claims;
  for (auto& [key, claim] : groups) {
    std::stable_sort(claim.statements.begin(), claim.statements.end(),
                     [](const Statement& a, const Statement& b) { return SortDate(a) < SortDate(b); });
    // The shortest place name is usually the plainest ("Kursk", not "the Kursk region").
    for (const Statement& s : claim.statements) {
      if (s.where && (!claim.where || s.where->size() < claim.where->size())) claim.where = s.where;
    }
    if (claim.where && options.container_of) {
      if (auto within = options.container_of(*claim.where); within && *within != *claim.where) claim.within = within;
    }
    Interval agreed;
    for (size_t i = 0; i < claim.statements.size(); ++i) {
      Interval a = IntervalOf(claim.statements[i]);
      agreed = agreed.Intersect(a);
      for (size_t j = i + 1; j < claim.statements.size(); ++j) {
        if (a.Intersect(IntervalOf(claim.statements[j])).Empty()) {
          claim.conflicts.emplace_back(static_cast<int>(i), static_cast<int>(j));
        }
      }
    }
    claim.conflict = !claim.conflicts.empty();
    if (!claim.conflict) {
      if (agreed.lo > 0) claim.low = agreed.lo;
      if (std::isfinite(agreed.hi)) claim.high = agreed.hi;
    }
    claims.push_back(std::move(claim));
  }
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    if (a.statements.size() != b.statements.size()) return a.statements.size() > b.statements.size();
    return a.counts < b.counts;
  });
  return claims;
}

}  // namespace hearsay
