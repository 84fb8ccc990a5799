#include "tagger/word_lexicon.h"

#include <charconv>
#include <utility>

#include "hearsay/input.h"
#include "tagger/byte_io.h"
#include "tagger/word_clusters.h"

namespace hearsay::internal {

Result<WordLexicon> WordLexicon::Load(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, size_t{64} << 20);
  if (!bytes.ok()) return Status(bytes.status().code(), "word lexicon " + path + ": " + bytes.status().message());
  return Parse(*bytes, path);
}

Result<WordLexicon> WordLexicon::Parse(std::string_view tsv, const std::string& name) {
  WordLexicon lex;
  lex.checksum_ = Fnv1a64(tsv);
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  size_t line_no = 0;
  // A file cut short (or not ending in a newline) would silently lose words:
  // the builder always ends it with one.
  if (!tsv.empty() && tsv.back() != '\n') {
    return DataError("word lexicon " + name + ": truncated (no newline at the end)");
  }
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    const std::string_view line = tsv.substr(0, nl);
    tsv = tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    uint32_t bits = 0;
    bool ok = tab != std::string_view::npos && tab > 0;
    if (ok) {
      const std::string_view field = line.substr(tab + 1);
      auto r = std::from_chars(field.data(), field.data() + field.size(), bits);
      ok = r.ec == std::errc() && r.ptr == field.data() + field.size() && bits != 0 && bits <= kLexAllBits;
    }
    if (!ok) return DataError("word lexicon " + name + ":" + std::to_string(line_no) + ": expected WORD<TAB>BITS");
    entries.emplace_back(LowerKey(line.substr(0, tab)), bits);
  }
  if (entries.empty()) return DataError("word lexicon " + name + ": no words");
  // Load factor at most 0.6: short probe runs, 2 MB for the committed file.
  // Two spellings with one lower-cased form ("Rose", "rose") pool their bits.
  lex.table_.Build(entries, 0, 3, 5, [](uint32_t a, uint32_t b) { return a | b; });
  return lex;
}

}  // namespace hearsay::internal
