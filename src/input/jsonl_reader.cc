// JSON Lines input, parsed with simdjson's DOM parser (it validates the whole
// line, so "not JSON" and "not an object" are told apart): each line is read
// into a reusable, padded buffer, so memory stays bounded by the longest line.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <simdjson.h>

#include "hearsay/input.h"
#include "hearsay/output.h"

namespace hearsay {

struct JsonlReader::Impl {
  std::FILE* file = nullptr;
  bool owns_file = false;
  size_t max_line_bytes = 0;
  size_t line_number = 0;
  std::string line;
  std::string chunk;
  size_t chunk_pos = 0;
  size_t chunk_len = 0;
  bool eof = false;
  simdjson::dom::parser parser;

  ~Impl() {
    if (owns_file && file != nullptr) std::fclose(file);
  }

  // Reads one line (without its newline) into `line`. Returns false at end of
  // input. Sets *too_long if the line exceeded the limit (its bytes dropped).
  bool ReadLine(bool* too_long, Status* status) {
    line.clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (chunk_pos == chunk_len) {
        if (eof) return any;
        chunk_len = std::fread(chunk.data(), 1, chunk.size(), file);
        chunk_pos = 0;
        if (chunk_len < chunk.size()) {
          if (std::ferror(file)) {
            *status = IoError(std::string("read failed: ") + std::strerror(errno));
            return false;
          }
          eof = true;
        }
        if (chunk_len == 0) return any;
      }
      any = true;
      const char* start = chunk.data() + chunk_pos;
      const void* nl = std::memchr(start, '\n', chunk_len - chunk_pos);
      size_t take = nl ? static_cast<const char*>(nl) - start : chunk_len - chunk_pos;
      if (!*too_long) {
        if (line.size() + take > max_line_bytes) {
          *too_long = true;
          line.clear();
        } else {
          line.append(start, take);
        }
      }
      chunk_pos += take;
      if (nl) {
        ++chunk_pos;
        return true;
      }
    }
  }
};

JsonlReader::JsonlReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JsonlReader::JsonlReader(JsonlReader&&) noexcept = default;
JsonlReader& JsonlReader::operator=(JsonlReader&&) noexcept = default;
JsonlReader::~JsonlReader() = default;

Result<JsonlReader> JsonlReader::Open(const std::string& path, size_t max_line_bytes) {
  auto impl = std::make_unique<Impl>();
  if (path == "-") {
    impl->file = stdin;
  } else {
    impl->file = std::fopen(path.c_str(), "rb");
    if (impl->file == nullptr) {
      int err = errno;
      return err == ENOENT ? NotFoundError(std::strerror(err)) : IoError(std::strerror(err));
    }
    impl->owns_file = true;
  }
  impl->max_line_bytes = max_line_bytes;
  impl->chunk.resize(1 << 20);
  return JsonlReader(std::move(impl));
}

JsonlReader JsonlReader::FromBytes(std::string bytes, size_t max_line_bytes) {
  auto impl = std::make_unique<Impl>();
  impl->max_line_bytes = max_line_bytes;
  impl->chunk_len = bytes.size();
  impl->chunk = std::move(bytes);
  impl->eof = true;
  return JsonlReader(std::move(impl));
}

namespace {

// Reads an optional string field; a field of another type is an error.
bool OptionalString(const simdjson::dom::object& obj, const char* key, std::optional<std::string>* out,
                    std::string* error) {
  simdjson::dom::element field;
  if (obj.at_key(key).get(field) || field.is_null()) return true;
  std::string_view v;
  if (field.get_string().get(v)) {
    *error = std::string("\"") + key + "\" is not a string";
    return false;
  }
  *out = std::string(v);
  return true;
}

}  // namespace

bool JsonlReader::Next(JsonlRecord* record) {
  Impl& in = *impl_;
  for (;;) {
    bool too_long;
    if (!in.ReadLine(&too_long, &status_)) return false;
    ++in.line_number;
    record->line = in.line_number;
    record->document.reset();
    record->error.clear();
    record->id_json = "null";
    if (too_long) {
      record->error = "line longer than " + std::to_string(in.max_line_bytes) + " bytes";
      return true;
    }
    std::string& line = in.line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;  // blank line

    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element parsed;
    if (auto err = in.parser.parse(line.data(), line.size(), false).get(parsed); err) {
      record->error = std::string("not JSON: ") + simdjson::error_message(err);
      return true;
    }
    simdjson::dom::object obj;
    if (parsed.get_object().get(obj)) {
      record->error = "not a JSON object";
      return true;
    }
    DocumentInfo info;
    // id: a string or a number, echoed as given.
    if (simdjson::dom::element id; !obj.at_key("id").get(id)) {
      if (id.is_string()) {
        info.id = std::string(id.get_string().value_unsafe());
        record->id_json.clear();
        AppendJsonString(info.id, &record->id_json);
      } else if (id.is_number()) {
        info.id = simdjson::minify(id);
        info.numeric_id = true;
        record->id_json = info.id;
      }
    }
    if (info.id.empty() && !info.numeric_id) {
      info.id = std::to_string(in.line_number);
      info.numeric_id = true;
    }
    std::string error;
    std::optional<std::string> text;
    if (!OptionalString(obj, "text", &text, &error)) {
      record->error = error;
      return true;
    }
    if (!text) {
      record->error = "no \"text\" field";
      return true;
    }
    if (!OptionalString(obj, "published", &info.published, &error) ||
        !OptionalString(obj, "url", &info.url, &error) || !OptionalString(obj, "title", &info.title, &error)) {
      record->error = error;
      return true;
    }
    if (info.published && !IsIsoDate(*info.published)) {
      record->error = "\"published\" is not a YYYY-MM-DD date: " + *info.published;
      return true;
    }
    Result<Document> doc = DecodeText(*text, std::move(info));
    if (!doc.ok()) {
      record->error = doc.status().message();
      return true;
    }
    record->document.emplace(std::move(doc).value());
    return true;
  }
}

bool LooksLikeJsonl(std::string_view head) {
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head[start] != '{') return false;
  size_t nl = head.find('\n', start);
  std::string_view first = head.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(simdjson::padded_string(first)).get(doc)) return false;
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) return false;
  simdjson::dom::element text;
  return !obj.at_key("text").get(text);
}

}  // namespace hearsay
