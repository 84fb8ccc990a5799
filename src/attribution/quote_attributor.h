// QuoteAttributor: gives each direct quotation its cue and source phrase.
//
// A quote's speaker is read, in order, from what follows the closing mark
// (`“...,” said Stephane Dujarric, the UN chief's spokesperson` and `“...,”
// Jeon Ha-kyou, a spokesperson for ..., told a briefing`), from what leads up
// to the opening mark (`Andrii Kovalenko ... said in a Telegram post: “...”`,
// `Zelensky: “...”`), and otherwise from context: another part of the same
// multi-paragraph quote, an earlier quote of the same paragraph (split quotes:
// `“We will not stop,” Smith said. “Never.”`), or the previous paragraph's
// speaker when the paragraph opens with the quote. Quotes without any of
// these are left out rather than guessed.
#ifndef HEARSAY_ATTRIBUTION_QUOTE_ATTRIBUTOR_H_
#define HEARSAY_ATTRIBUTION_QUOTE_ATTRIBUTOR_H_

#include <vector>

#include "attribution/candidate.h"

namespace hearsay::internal {

// A direct-quote candidate for quote segment `qi` of `ctx`, without cue or source.
Candidate MakeDirect(const AttributionContext& ctx, uint32_t qi);

// Appends a Candidate for each direct quote segment of `ctx` whose speaker it
// finds; marks the cues it uses in ctx.cue_used.
void AttributeQuotes(AttributionContext& ctx, std::vector<Candidate>* out);

// Gives a quote with no cue of its own the speaker of the paragraph before it
// (after reported speech is found too); appends to `out`.
void ContinueQuotes(const AttributionContext& ctx, std::vector<Candidate>* out);

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_QUOTE_ATTRIBUTOR_H_
