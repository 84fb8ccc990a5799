// PlaceLinker: ties location mentions to places on the gazetteer
// (Entity::place).
//
// A LOC entity, or any entity that names a country or its people ("Ukraine",
// "U.S.", "North Korean"), that the gazetteer knows gets a place: a country
// ("country:UA", its centre) or a populated place ("geonames:703448"). When
// several places share a name, each candidate is scored by
//   log10(population) + 3 if the article names the candidate's country
//                     + 1.5 for each other place in the article in that country
//                     + 3 if ", COUNTRY" follows the mention ("Kyiv, Ukraine")
//                     + 0.5 if it is a capital
// and the best one wins; so "Paris" is Paris, France unless the article is
// about Texas towns... and says "Texas" in a way the gazetteer knows.
//
// Needs the entities (and runs best after EntityClusters). Thread-safe.
#ifndef HEARSAY_TAGGER_PLACE_LINKER_H_
#define HEARSAY_TAGGER_PLACE_LINKER_H_

#include "hearsay/document.h"
#include "hearsay/pipeline.h"
#include "tagger/gazetteer.h"

namespace hearsay::internal {

class PlaceLinker : public Annotator {
 public:
  // `gazetteer` must outlive the annotator.
  explicit PlaceLinker(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
  std::string_view name() const override { return "place-linker"; }
  // Sets `place` on the entities of `doc` that name a known place.
  void Annotate(Document& doc) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_PLACE_LINKER_H_
