// UnitsTable: currencies, units of measure, percent words and counting nouns,
// read from data/units.tsv (compiled into the binary).
//
//   const UnitsTable& units = UnitsTable::Get();
//   if (auto m = units.Match(view, i, end)) ... m->entry->kind, m->end
//
// Lookups match up to three tokens ("square kilometres", "prisoners of war"),
// longest first, ignoring ASCII case. Immutable after first use; thread-safe.
#ifndef HEARSAY_QUANTITY_UNITS_TABLE_H_
#define HEARSAY_QUANTITY_UNITS_TABLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

enum class UnitKind : uint8_t { kCurrency, kUnit, kPercent, kCount };

struct UnitEntry {
  UnitKind kind = UnitKind::kUnit;
  std::string canonical;  // ISO 4217 code, unit symbol, "percent", or a count noun's lemma
};

struct UnitMatch {
  const UnitEntry* entry = nullptr;
  uint32_t end = 0;  // one past the last token matched
};

class UnitsTable {
 public:
  // The table built from the embedded data/units.tsv.
  static const UnitsTable& Get();

  // Parses TSV rows "surface<TAB>kind<TAB>canonical"; comment lines start with '#'.
  explicit UnitsTable(std::string_view tsv);

  // The longest entry that tokens [i, i+3) start with, not reaching `end`.
  std::optional<UnitMatch> Match(const TokenView& view, uint32_t i, uint32_t end) const;
  // The entry for one lower-case word or phrase, or null.
  const UnitEntry* Find(std::string_view lower) const;
  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, UnitEntry, Hash, std::equal_to<>> entries_;
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_UNITS_TABLE_H_
