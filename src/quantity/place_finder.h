// PlaceFinder: where a figure is -- the place a sentence puts it in.
//
//   PlaceFinder finder;
//   std::optional<std::string> where = finder.Near(view, entities, sentence, number_begin, number_end);
//
// Reads locative phrases -- "in", "at", "near", "into", "to", "on", "inside",
// "across" followed by an optional "the" and a place: a location entity when
// the tagger has marked one, else a capitalised name ("Russia", "the Kursk
// region" -> "Kursk", "Russia's Kursk" -> "Kursk"), a demonym with its noun
// ("the Russian army" -> "Russian army"), or a place-like common noun ("on
// the battlefield"). The phrase after the figure in its sentence wins, then
// the nearest one before it (Near); else the caller may take the first
// place named in the sentence (FirstIn). Names come from doc.entities() (LOC)
// when the tagger ran, else from data/places.tsv and the capitalisation rules.
//
// Immutable after construction; thread-safe.
#ifndef HEARSAY_QUANTITY_PLACE_FINDER_H_
#define HEARSAY_QUANTITY_PLACE_FINDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

class PlaceFinder {
 public:
  // The finder with the embedded data/places.tsv.
  static const PlaceFinder& Get();
  // Parses TSV rows "name<TAB>kind".
  explicit PlaceFinder(std::string_view tsv);

  // The place of the figure at tokens [number_begin, number_end) in the
  // sentence [begin, end), or nullopt. `entities`: the document's entities
  // (may be empty), in text order.
  std::optional<std::string> Near(const TokenView& view, const std::vector<Entity>& entities, uint32_t begin,
                                  uint32_t end, uint32_t number_begin, uint32_t number_end) const;

  // The first place named anywhere in the sentence [begin, end): a location
  // entity, or a name on the list that is not the start of a longer name
  // ("North Korea, the country with ... 1.2 million soldiers" -> "North Korea").
  std::optional<std::string> FirstIn(const TokenView& view, const std::vector<Entity>& entities, uint32_t begin,
                                     uint32_t end) const;

  // The place named by the phrase that starts at token `i`, just after a
  // locative preposition ("in the Kursk region" -> "Kursk"), or nullopt.
  std::optional<std::string> After(const TokenView& view, const std::vector<Entity>& entities, uint32_t i,
                                   uint32_t end) const;

  // True if the figure starting at `number_begin` is itself the object of a
  // locative ("at five military bases", "in three cities"): it has no other place.
  bool IsPlaceObject(const TokenView& view, uint32_t begin, uint32_t number_begin) const;

  // True if `name` (as written, e.g. "North Korea") is on the list.
  bool IsKnownPlace(std::string_view name) const;

 private:
  // The entity, or the location entity, covering byte offset `byte`, or null.
  static const Entity* EntityAt(const std::vector<Entity>& entities, uint32_t byte);
  static const Entity* LocationAt(const std::vector<Entity>& entities, uint32_t byte);

  // Heterogeneous lookup: names are looked up as string_views into the text.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> places_;
  size_t max_words_ = 1;
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_PLACE_FINDER_H_
