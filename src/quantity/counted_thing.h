// CountedThingReader: what a figure counts -- the noun phrase after it
// ("10,000 North Korean soldiers" -> "North Korean soldiers"), or the one a
// "number of" phrase names before it ("the number of North Korean troops ...
// exceeded 10,000"), with the head's lemma for grouping ("troop").
//
//   CountedThingReader reader;
//   if (auto thing = reader.After(view, number_end, sentence_end, /*allow_of=*/false)) ...
//
// There is no part-of-speech tagger yet, so a noun phrase is read with rules:
// words up to a closed-class word (auxiliary, preposition, conjunction,
// pronoun, determiner, adverb), punctuation, another number, or a participle
// once the phrase has a word ("soldiers deployed"); a participle before a
// content word is an adjective ("wounded soldiers"). Stateless; thread-safe.
#ifndef HEARSAY_QUANTITY_COUNTED_THING_H_
#define HEARSAY_QUANTITY_COUNTED_THING_H_

#include <optional>
#include <string>

#include "quantity/units_table.h"
#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

struct CountedThing {
  uint32_t begin = 0;  // first token of the noun phrase
  uint32_t end = 0;    // one past its head
  std::string text;    // the phrase as written
  std::string lemma;   // the head's lemma, lower case: "troop", "person"
  bool known = false;  // the head is a counting noun of the units table
};

class CountedThingReader {
 public:
  explicit CountedThingReader(const UnitsTable& units = UnitsTable::Get()) : units_(units) {}

  // The noun phrase starting at token `i`, reading no further than `end`.
  // `allow_of`: the number is a fraction, percentage or vague plural, so
  // "of (the)" may come first ("40% of voters", "hundreds of people").
  std::optional<CountedThing> After(const TokenView& view, uint32_t i, uint32_t end, bool allow_of) const;

  // The thing named by "the number of X", "the total of X" or "the X toll"
  // between `limit` and `number_begin`, for a bare figure ("... exceeded 10,000").
  std::optional<CountedThing> NumberOf(const TokenView& view, uint32_t limit, uint32_t number_begin) const;

  // The lemma of a head noun, lower case: "troops" -> "troop", "people" -> "person".
  std::string Lemma(std::string_view head) const;

  // True for closed-class words that end a noun phrase ("were", "in", "and", "they").
  static bool IsFunctionWord(std::string_view lower);

 private:
  const UnitsTable& units_;
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_COUNTED_THING_H_
