// Where hearsay looks for its model files (pos.model, ner.model,
// gazetteer.tsv), in order:
//   1. PipelineOptions::model_dir, when set;
//   2. $HEARSAY_MODEL_DIR, when set;
//   3. next to the running binary: DIR/models/ then DIR/../models/ then
//      DIR/../share/hearsay/models/ (DIR = the directory of /proc/self/exe);
//   4. the source tree's models/ (compiled in; found in a build from a clone).
// The first directory holding the file wins.
#ifndef HEARSAY_TAGGER_MODEL_SEARCH_H_
#define HEARSAY_TAGGER_MODEL_SEARCH_H_

#include <string>
#include <vector>

#include "hearsay/status.h"

namespace hearsay::internal {

// The directories searched, in order (model_dir first when not empty).
std::vector<std::string> ModelSearchPath(const std::string& model_dir);

// The path of the first `file` on the search path, or NotFound listing the
// directories tried.
Result<std::string> FindModelFile(const std::string& file, const std::string& model_dir);

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_MODEL_SEARCH_H_
