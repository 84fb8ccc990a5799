// QuantityAnnotator: finds every figure that counts something and fills
// Document::quantities() -- value, qualifier and interval, unit, what it
// counts, the event, the place, the date, and who claims it.
//
//   Pipeline pipeline;  // ... tokenizer, sentence splitter, tagger, attribution ...
//   pipeline.Add(std::make_unique<QuantityAnnotator>());
//   for (const Quantity& q : doc.quantities()) ...
//
// Design. One pass over each sentence that holds a digit or a number word.
// At each candidate the NumberParser reads the figure (with a currency before
// it and a scale after it); ranges ("10,000-12,000", "between X and Y") join
// a second figure; the QualifierReader reads the phrase before ("more than",
// "as many as", "exceeded") or after ("or more"); a unit from
// data/units.tsv may follow. Then the CountedThingReader reads the noun
// phrase after the figure, or the "number of X" before it, or -- for a bare
// figure that is the subject of a verb ("as many as 40 had been killed") --
// takes what the latest figure in the three sentences before counted,
// preferring one of the same value; a bare figure of a human event ("3,000
// evacuated") counts people. The PlaceFinder and DateResolver give place and
// date; a figure without a place in its sentence takes the latest figure's
// place from the three sentences before, unless the figure is itself a place
// ("at five military bases"). The figure's attribution is the narrowest
// attribution content that holds it (doc.attributions(), filled by the
// attribution annotator, which runs before this one).
//
// Not quantities: ordinals, years, dates, clock times, phone numbers, list
// numbers, labels ("Article 5", "No. 10"), ages ("aged 40", "40 years old"),
// "one of", "one" as a pronoun, "a" as an article, and a small number word
// after "the"/"these"/"those" (it refers back: "the two countries").
//
// Output conventions: value is the figure (the low end of a range); the span
// covers the qualifier, a currency sign or word, the figure and a unit, not
// the counted noun; counts is the noun phrase as written; unit is an ISO 4217
// code, a unit symbol, "percent" or "fraction".
//
// Thread-safe: holds only immutable tables.
#ifndef HEARSAY_QUANTITY_QUANTITY_ANNOTATOR_H_
#define HEARSAY_QUANTITY_QUANTITY_ANNOTATOR_H_

#include "hearsay/document.h"
#include "hearsay/pipeline.h"

namespace hearsay {

class QuantityAnnotator : public Annotator {
 public:
  std::string_view name() const override { return "quantities"; }
  // Replaces doc's quantities. Needs tokens and sentences; reads entities and
  // attributions when present.
  void Annotate(Document& doc) const override;
};

}  // namespace hearsay

#endif  // HEARSAY_QUANTITY_QUANTITY_ANNOTATOR_H_
