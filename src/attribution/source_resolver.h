// SourceResolver: turns each candidate's source phrase into the Source a
// reader would name.
//
// Design: one pass in text order keeps a register of the sources met so far
// (name, person or organisation, singular or plural, role, affiliation).
//   - Pronouns go to the nearest compatible source: he/she/I to a person,
//     it to an organisation, they to a group or organisation.
//   - "Mr Miller", "Ms Jeon", a bare surname or a short name ("South") go to
//     the full name that contains the word as first or last word, among the
//     document's sources, then its PER entities, then its capitalised names.
//   - A definite description ("the spokesperson", "the ministry") goes to the
//     last source with that role or head word.
//   - An indefinite role ("a State Department spokesperson said ...") goes to
//     the person named as a source in the next lines when that person was not
//     named before -- the news convention of naming in the second paragraph --
//     and that person inherits the role and affiliation.
//   - Anything else is a description: anonymous, named by the description.
// A candidate that continues another (a cue-less quote paragraph) takes its
// resolved source. NER entities (Document::entities) decide person versus
// organisation and give canonical names when present.
#ifndef HEARSAY_ATTRIBUTION_SOURCE_RESOLVER_H_
#define HEARSAY_ATTRIBUTION_SOURCE_RESOLVER_H_

#include <vector>

#include "attribution/candidate.h"

namespace hearsay::internal {

// Returns one Attribution per candidate that has (or continues) a source, in
// the order of `candidates`.
std::vector<Attribution> ResolveSources(const AttributionContext& ctx, const std::vector<Candidate>& candidates);

}  // namespace hearsay::internal

#endif  // HEARSAY_ATTRIBUTION_SOURCE_RESOLVER_H_
