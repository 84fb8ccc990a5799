#include "tagger/corpus_reader.h"

#include <string_view>

#include "hearsay/input.h"
#include "text/tsv.h"

namespace hearsay::internal {
namespace {


template <typename Fn>
Status ForEachLine(const std::string& path, Fn&& fn) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return Status(bytes.status().code(), path + ": " + bytes.status().message());
  std::string_view text = *bytes;
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    HEARSAY_RETURN_IF_ERROR(fn(line, ++line_no));
  }
  return fn(std::string_view(), line_no + 1);  // a final blank line ends the last sentence
}

}  // namespace

Result<std::vector<LabeledSentence>> ReadConllu(const std::string& path) {
  std::vector<LabeledSentence> out;
  LabeledSentence cur;
  size_t document = 0;
  Status st = ForEachLine(path, [&](std::string_view line, size_t n) -> Status {
    if (line.empty()) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = LabeledSentence();
      cur.document = document;
      return Status::Ok();
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc")) cur.document = ++document;
      return Status::Ok();
    }
    std::vector<std::string_view> cols = SplitFields(line, '\t');
    if (cols.size() != 10) {
      return DataError(path + ":" + std::to_string(n) + ": expected 10 tab-separated columns, got " +
                       std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) return Status::Ok();
    cur.words.emplace_back(cols[1]);
    cur.tags.emplace_back(cols[3]);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<LabeledSentence>> ReadConll2003(const std::string& path) {
  std::vector<LabeledSentence> out;
  LabeledSentence cur;
  size_t document = 0;
  Status st = ForEachLine(path, [&](std::string_view line, size_t n) -> Status {
    if (line.empty()) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = LabeledSentence();
      cur.document = document;
      return Status::Ok();
    }
    std::vector<std::string_view> cols = SplitFields(line, ' ');
    if (cols.size() < 2) return DataError(path + ":" + std::to_string(n) + ": expected TOKEN ... TAG");
    if (cols[0] == "-DOCSTART-") {
      cur.document = ++document;
      return Status::Ok();
    }
    cur.words.emplace_back(cols.front());
    cur.tags.emplace_back(cols.back());
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

std::vector<std::string> IobToBilou(const std::vector<std::string>& iob) {
  std::vector<std::string> out(iob.size(), "O");
  for (const TagSpan& s : SpansOf(iob)) {
    if (s.end - s.begin == 1) {
      out[s.begin] = "U-" + s.type;
      continue;
    }
    out[s.begin] = "B-" + s.type;
    for (size_t i = s.begin + 1; i + 1 < s.end; ++i) out[i] = "I-" + s.type;
    out[s.end - 1] = "L-" + s.type;
  }
  return out;
}

std::vector<TagSpan> SpansOf(const std::vector<std::string>& tags) {
  std::vector<TagSpan> out;
  bool open = false;
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    const char kind = t.size() > 2 && t[1] == '-' ? t[0] : 'O';
    const std::string type = kind == 'O' ? "" : t.substr(2);
    const bool continues = open && (kind == 'I' || kind == 'L') && out.back().type == type;
    if (continues) {
      out.back().end = i + 1;
    } else if (kind != 'O') {
      out.push_back({i, i + 1, type});
    }
    open = kind != 'O' && kind != 'L' && kind != 'U';
  }
  return out;
}

}  // namespace hearsay::internal
