// Command-line inputs: files, directories (walked) and "-".
#ifndef HEARSAY_TOOLS_INPUT_PATHS_H_
#define HEARSAY_TOOLS_INPUT_PATHS_H_

#include <string>
#include <vector>

namespace hearsay::cli {

// Expands directories into the regular files below them, sorted, skipping
// hidden entries; other paths pass through. Unreadable directories are
// reported on stderr and set `*status` to 2.
std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& paths, int* status);

}  // namespace hearsay::cli

#endif  // HEARSAY_TOOLS_INPUT_PATHS_H_
