#include "quantity/units_table.h"

#include <vector>

#include "text/tsv.h"

// Defined in the generated lexicon_data.cc (cmake/embed_files.cmake).
namespace hearsay::internal {
extern const char kUnitsTsv[];
}  // namespace hearsay::internal

namespace hearsay::internal::quantity {


namespace {

std::optional<UnitKind> ParseKind(std::string_view s) {
  if (s == "currency") return UnitKind::kCurrency;
  if (s == "unit") return UnitKind::kUnit;
  if (s == "percent") return UnitKind::kPercent;
  if (s == "count") return UnitKind::kCount;
  return std::nullopt;
}

}  // namespace

const UnitsTable& UnitsTable::Get() {
  static const UnitsTable table(kUnitsTsv);
  return table;
}

UnitsTable::UnitsTable(std::string_view tsv) {
  // "name <TAB> kind <TAB> canonical"
  ForEachTsvRow(tsv, [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 3) return;
    std::optional<UnitKind> kind = ParseKind(fields[1]);
    if (!kind) return;
    entries_.emplace(ToLower(fields[0]), UnitEntry{*kind, std::string(fields[2])});
  });
}

const UnitEntry* UnitsTable::Find(std::string_view lower) const {
  auto it = entries_.find(lower);
  return it == entries_.end() ? nullptr : &it->second;
}

std::optional<UnitMatch> UnitsTable::Match(const TokenView& view, uint32_t i, uint32_t end) const {
  if (i >= end) return std::nullopt;
  std::string key;
  std::optional<UnitMatch> best;
  for (uint32_t j = i; j < end && j < i + 3; ++j) {
    TokenKind k = view.Kind(j);
    if (k != TokenKind::kWord && k != TokenKind::kAbbreviation && k != TokenKind::kSymbol) break;
    // Words apart are joined by one space ("per cent"); a sign against a word is not ("US$").
    if (j > i && view[j].Has(kSpaceBefore)) key.push_back(' ');
    std::string_view norm = view.Norm(j);
    if (norm.size() > 24) break;
    for (char c : norm) key.push_back(AsciiLower(c));
    auto it = entries_.find(key);
    if (it != entries_.end()) best = UnitMatch{&it->second, j + 1};
  }
  return best;
}

}  // namespace hearsay::internal::quantity
