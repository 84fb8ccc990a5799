// Reading the TSV lexicons and corpora hearsay ships and trains on.
#ifndef HEARSAY_TEXT_TSV_H_
#define HEARSAY_TEXT_TSV_H_

#include <string_view>
#include <vector>

namespace hearsay::internal {

// The fields of `line` separated by `sep` (an empty line gives one empty field).
inline std::vector<std::string_view> SplitFields(std::string_view line, char sep = '\t') {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t p = line.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, p - start));
    start = p + 1;
  }
}

// Calls fn(fields) for each line of `tsv` that is neither empty nor a # comment.
template <typename Fn>
void ForEachTsvRow(std::string_view tsv, Fn fn) {
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    fn(SplitFields(line));
  }
}

}  // namespace hearsay::internal

#endif  // HEARSAY_TEXT_TSV_H_
