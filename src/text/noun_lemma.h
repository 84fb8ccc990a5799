// The singular of an English plural noun, for grouping counted things:
// "troops" -> "troop", "casualties" -> "casualty", "servicemen" ->
// "serviceman", "people" -> "person". Rules and a list of irregular plurals;
// no dictionary, so a singular ending in -s that the rules cannot tell from a
// plural ("bias") may lose it. Thread-safe, allocation only for the result.
#ifndef HEARSAY_TEXT_NOUN_LEMMA_H_
#define HEARSAY_TEXT_NOUN_LEMMA_H_

#include <string>
#include <string_view>

namespace hearsay::internal {

// The lemma of `word`, lower-cased (ASCII letters only are folded).
std::string NounLemma(std::string_view word);

}  // namespace hearsay::internal

#endif  // HEARSAY_TEXT_NOUN_LEMMA_H_
