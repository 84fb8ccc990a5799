// Normalization for grouping claims: what is counted, where, and what happened.
//
// "North Korean soldiers", "troops from North Korea" and "North Korean
// servicemen" all count the same thing; "the Kursk region" and "Kursk" are
// one place; "killed" and "died" one event. Keys are lower-case strings used
// only for comparison; the display name is kept separately.
#ifndef HEARSAY_LEDGER_NORMALIZE_H_
#define HEARSAY_LEDGER_NORMALIZE_H_

#include <optional>
#include <string>
#include <string_view>

namespace hearsay::internal {

struct CountedKey {
  std::string key;      // "troops|north korea": the head's synonym class and its country
  std::string display;  // "North Korean troops"
};

// Normalizes a counted noun phrase: the head noun lemmatized and mapped to its
// synonym class (troops, soldiers, servicemen, forces -> troops; people,
// persons, civilians? no: people -> people), and a demonym or country among
// its modifiers mapped to the country.
CountedKey NormalizeCounted(std::string_view counts);

// "the Kursk region" -> "kursk"; "Russia's Kursk" -> "kursk"; "Russian army" -> "russia".
std::string PlaceKey(std::string_view where);

// Maps an event predicate to its class: killed/died/dead -> "killed",
// wounded/injured -> "wounded", deployed/sent/in/moved -> "" (being there).
std::string EventKey(std::string_view event);

// The country for a demonym or country name ("North Korean" -> "North Korea"), if known.
std::optional<std::string> CountryOf(std::string_view word);

}  // namespace hearsay::internal

#endif  // HEARSAY_LEDGER_NORMALIZE_H_
