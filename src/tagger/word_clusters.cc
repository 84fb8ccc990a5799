#include "tagger/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <numeric>

#include "hearsay/input.h"
#include "tagger/byte_io.h"
#include "tagger/features.h"

namespace hearsay::internal {

uint64_t LowerKey(std::string_view word) {
  std::string lower;
  LowerForm(word, &lower);
  return Fnv1a64(lower);
}

Result<WordClusters> WordClusters::Load(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, size_t{64} << 20);
  if (!bytes.ok()) return Status(bytes.status().code(), "word clusters " + path + ": " + bytes.status().message());
  return Parse(*bytes, path);
}

Result<WordClusters> WordClusters::Parse(std::string_view tsv, const std::string& name) {
  WordClusters c;
  c.checksum_ = Fnv1a64(tsv);
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  size_t line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    uint32_t ids[3];
    std::string_view rest = line;
    size_t tab = rest.find('\t');
    bool ok = tab != std::string_view::npos;
    std::string_view word = rest.substr(0, tab);
    for (int k = 0; k < 3 && ok; ++k) {
      rest = rest.substr(tab + 1);
      tab = rest.find('\t');
      std::string_view field = rest.substr(0, tab);
      auto r = std::from_chars(field.data(), field.data() + field.size(), ids[k]);
      ok = r.ec == std::errc() && r.ptr == field.data() + field.size() && (k == 2) == (tab == std::string_view::npos);
    }
    if (!ok || ids[0] > 0xFFFF || ids[1] > 0xFF || ids[2] > 0xFF) {
      return DataError("word clusters " + name + ":" + std::to_string(line_no) +
                       ": expected WORD<TAB>FINE<TAB>MID<TAB>COARSE");
    }
    entries.emplace_back(LowerKey(word), ids[0] << 16 | ids[1] << 8 | ids[2]);
  }
  // The first (most frequent) word wins when two share a lower-cased form.
  c.table_.Build(entries, kUnknown, 1, 2, [](uint32_t first, uint32_t) { return first; });
  return c;
}

}  // namespace hearsay::internal
