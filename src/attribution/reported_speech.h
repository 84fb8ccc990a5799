// ReportedSpeech: attributions built around a cue outside quotation marks.
//
// For each cue of the lexicon (see cue_lexicon.h) in a sentence, in text
// order, the forms news uses are tried:
//   X said (that) CLAUSE          X told reporters/Reuters (that) CLAUSE
//   CLAUSE, X said                CLAUSE, said X            (inverted)
//   According to X, CLAUSE        CLAUSE, according to X
//   ..., saying/adding CLAUSE     (the sentence's speaker)  X citing Y that CLAUSE
//   X said in a statement ...     X was quoted as saying CLAUSE
//   headlines: "South says ...", "..., says South", "Zelensky: ..."
// The content is the reported clause only (no cue, source, "that" or final
// punctuation); a clause holding a quoted fragment is `mixed`.
#ifndef HEARSAY_ATTRIBUTION_REPORTED_SPEECH_H_
#define HEARSAY_ATTRIBUTION_REPORTED_SPEECH_H_

#include <vector>

#include "attribution/candidate.h"

namespace hearsay::internal {

// Appends the reported-speech candidates of every sentence of `ctx`; skips
// cues that ctx.cue_used marks (taken by direct quotes) and marks its own.
void FindReportedSpeech(AttributionContext& ctx, std::vector<Candidate>* out);

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_REPORTED_SPEECH_H_
