// EntityClusters: groups a document's entity mentions and gives each the
// canonical name of its group (Entity::entity).
//
// Rules, applied in this order to each mention (text order does not matter:
// a short mention may come before its full form):
//   - Demonyms and country names go to the country's common name from the
//     gazetteer: "North Korean" (troops) -> North Korea, "U.S." -> United States.
//   - Acronyms go to their expansion when the article gives it, either as
//     "Expansion (ACR)" or as another mention whose capitalised words' initials
//     spell it (function words of/the/and/for skipped): DPRK -> Democratic
//     People's Republic of Korea.
//   - People: a mention whose words end another, longer PER mention's words
//     -- a surname, or a titled or partial name -- goes to the longest such
//     name, the nearest one before it when several tie ("Clinton" after
//     "Bill Clinton" and "Hillary Clinton" in turn).
//   - Organisations: a mention that begins a longer ORG mention goes to it
//     ("Samsung" -> "Samsung Electronics").
//   - A mention in capitals (KYIV in a dateline) joins the same name written
//     normally.
//   - Anything else keeps its own text, white space collapsed.
//
// Needs the NER tagger's entities. Thread-safe.
#ifndef HEARSAY_TAGGER_ENTITY_CLUSTERS_H_
#define HEARSAY_TAGGER_ENTITY_CLUSTERS_H_

#include <memory>

#include "hearsay/document.h"
#include "hearsay/pipeline.h"
#include "tagger/gazetteer.h"

namespace hearsay::internal {

// True if `word` is a title or office that precedes a person's name (Mr.,
// Dr., President, Governor, Gen. ...): not part of the name itself.
bool IsPersonTitle(std::string_view word);

class EntityClusters : public Annotator {
 public:
  // `gazetteer` must outlive the annotator.
  explicit EntityClusters(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
  std::string_view name() const override { return "entity-clusters"; }
  // Sets the `entity` of every entity of `doc`.
  void Annotate(Document& doc) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_ENTITY_CLUSTERS_H_
