// QualifierReader: the words around a number that say how the figure is
// meant -- exact, approximate, a bound, or a range.
//
//   QualifierReader reader;
//   QualifierMatch before = reader.Before(view, sentence_begin, number.begin);
//   // "more than 3,000": before.qualifier == kOver, before.begin at "more"
//
// Phrases before the number, longest first (the seed's gold.json lists them):
//   approx    about, around, roughly, approximately, some, nearly, almost, an estimated,
//             close to, circa ("just under"/"just over" are under/over)
//   over      more than, over, above, exceeds/exceeded/exceeding, surpassed, topped,
//             upwards of, in excess of, greater/higher than, well over
//   at_least  at least, no fewer than, no less than, not less than, a minimum of, as few as
//   under     fewer than, less than, below, under, lower than
//   at_most   as many as, as much as, up to, no more than, not more than, at most, a maximum of
// and after the number: "or more" (at_least), "or fewer"/"or less" (at_most),
// "or so" (approx). Ranges ("between X and Y", "from X to Y", "X to Y",
// "X-Y", "X or Y") are read by the annotator, which parses the second number.
//
// Stateless and thread-safe.
#ifndef HEARSAY_QUANTITY_QUALIFIER_H_
#define HEARSAY_QUANTITY_QUALIFIER_H_

#include <optional>

#include "hearsay/document.h"
#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

struct QualifierMatch {
  Qualifier qualifier = Qualifier::kExact;
  uint32_t begin = 0;  // first token of the phrase (before) or one past the number (after)
  uint32_t end = 0;    // one past the phrase's last token
};

// How a range is introduced or joined.
enum class RangeCue : uint8_t { kNone, kBetween, kFrom };

class QualifierReader {
 public:
  // The qualifying phrase that ends just before token `number_begin`, looking no
  // further back than `limit`; nullopt when the number stands bare.
  std::optional<QualifierMatch> Before(const TokenView& view, uint32_t limit, uint32_t number_begin) const;

  // "or more", "or so", "or fewer" right after token `after` (exclusive end of
  // the number and its unit), reading no further than `end`.
  std::optional<QualifierMatch> After(const TokenView& view, uint32_t after, uint32_t end) const;

  // "between" or "from" just before `number_begin` (after any qualifier).
  RangeCue RangeIntro(const TokenView& view, uint32_t limit, uint32_t number_begin) const;

  // True if tokens [i, ...) join a range's two ends for `cue`: "-", "–", "to",
  // "and" (after "between"), "or". Sets *next to the token after the joiner.
  bool RangeJoiner(const TokenView& view, uint32_t i, uint32_t end, RangeCue cue, uint32_t* next) const;
};

// Fills low/high from value and qualifier, as the contract has it: exact
// [v, v]; approx neither; over and at_least [v, null); under and at_most (null, v].
void SetInterval(Qualifier q, double value, std::optional<double>* low, std::optional<double>* high);

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_QUALIFIER_H_
