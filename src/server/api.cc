#include "server/api.h"

#include <simdjson.h>

#include <charconv>
#include <optional>

#include "hearsay/ingest.h"
#include "hearsay/input.h"
#include "hearsay/output.h"

namespace hearsay::internal {
namespace {

// The first value of `name`, or "".
std::string Param(const QueryParams& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

Status CheckDate(const std::string& value, const char* name) {
  if (value.empty() || IsIsoDate(value)) return Status::Ok();
  return InvalidArgumentError(std::string(name) + " must be a date written YYYY-MM-DD, got '" + value + "'");
}

// A whole number in [low, high], or the default when absent.
Result<int64_t> IntParam(const QueryParams& params, const std::string& name, int64_t fallback, int64_t low,
                         int64_t high) {
  std::string value = Param(params, name);
  if (value.empty()) return fallback;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || end != value.data() + value.size() || v < low || v > high) {
    return InvalidArgumentError(name + " must be a whole number from " + std::to_string(low) + " to " +
                                std::to_string(high) + ", got '" + value + "'");
  }
  return v;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

int HttpStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kDataError: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kTooLarge: return 413;
    default: return 500;
  }
}

ApiResponse Json(int status, std::string body) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

// What a JSON request body may carry.
struct JsonBody {
  std::optional<std::string> text, html, published, id, url, title;
};

Result<JsonBody> ParseJsonBody(std::string_view body) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(body);
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root)) {
    return InvalidArgumentError(std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (root.get(object)) return InvalidArgumentError("the JSON body must be an object");
  JsonBody out;
  struct {
    const char* name;
    std::optional<std::string>* field;
  } fields[] = {{"text", &out.text}, {"html", &out.html},   {"published", &out.published},
                {"id", &out.id},     {"url", &out.url},     {"title", &out.title}};
  for (auto& f : fields) {
    simdjson::dom::element value;
    if (object.at_key(f.name).get(value)) continue;
    if (value.is_null()) continue;
    std::string_view s;
    if (value.get(s)) return InvalidArgumentError(std::string("\"") + f.name + "\" must be a string");
    *f.field = std::string(s);
  }
  if (!out.text && !out.html) return InvalidArgumentError("the JSON body needs \"text\" or \"html\"");
  return out;
}

}  // namespace

ApiResponse Api::Error(int status, std::string_view message) {
  std::string body = "{\"error\":";
  AppendJsonString(message, &body);
  body += "}\n";
  return Json(status, std::move(body));
}

Result<Document> Api::ReadDocument(std::string_view body, std::string_view content_type,
                                   const QueryParams& params) const {
  if (body.size() > max_body_bytes_) {
    return TooLargeError("the body is over the limit of " + std::to_string(max_body_bytes_) + " bytes");
  }
  DocumentInfo info;
  info.id = Param(params, "id");
  std::string published = Param(params, "published");
  HEARSAY_RETURN_IF_ERROR(CheckDate(published, "published"));
  std::optional<std::string> text, html;
  if (StartsWith(content_type, "application/json")) {
    auto json = ParseJsonBody(body);
    if (!json.ok()) return json.status();
    if (json->published) {
      HEARSAY_RETURN_IF_ERROR(CheckDate(*json->published, "published"));
      if (published.empty()) published = *json->published;
    }
    if (json->id && info.id.empty()) info.id = *json->id;
    if (json->url && !json->url->empty()) info.url = json->url;
    if (json->title && !json->title->empty()) info.title = json->title;
    text = std::move(json->text);
    html = std::move(json->html);
    content_type = {};
  } else if (StartsWith(content_type, "text/html") || StartsWith(content_type, "application/xhtml") ||
             (!StartsWith(content_type, "text/plain") && DetectFormat(body.substr(0, 4096)) == InputFormat::kHtml)) {
    html = std::string(body);
  } else {
    text = std::string(body);
  }
  if (info.id.empty()) info.id = "pasted";
  if (!published.empty()) info.published = published;
  Result<Document> doc = html ? DocumentFromHtml(*html, std::move(info), content_type) : DecodeText(*text, std::move(info));
  if (!doc.ok()) return doc.status();
  if (doc->text().find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return InvalidArgumentError("no text to read (the body is empty)");
  }
  pipeline_.Annotate(*doc);
  return doc;
}

ApiResponse Api::Extract(std::string_view body, std::string_view content_type, const QueryParams& params) const {
  Result<Document> doc = ReadDocument(body, content_type, params);
  if (!doc.ok()) return Error(HttpStatus(doc.status()), doc.status().message());
  std::string out;
  AppendJson(*doc, {}, &out);
  out += "\n";
  return Json(200, std::move(out));
}

ApiResponse Api::StoreDocument(std::string_view body, std::string_view content_type,
                               const QueryParams& params) const {
  Result<Document> doc = ReadDocument(body, content_type, params);
  if (!doc.ok()) return Error(HttpStatus(doc.status()), doc.status().message());
  bool stored = false;
  std::optional<int64_t> row;
  {
    auto writer = ledgers_.Writer();
    Status st = writer->Begin();
    Result<bool> r = st.ok() ? writer->Store(*doc) : Result<bool>(st);
    if (r.ok()) st = writer->Commit();
    if (!r.ok() || !st.ok()) {
      writer->Rollback();
      Status failed = r.ok() ? st : r.status();
      return Error(500, "cannot store the document: " + failed.message());
    }
    stored = *r;
    auto found = writer->FindDocument(doc->text());
    if (found.ok()) row = *found;
  }
  std::string out = "{\"row\":" + (row ? std::to_string(*row) : std::string("null"));
  out += stored ? ",\"stored\":true,\"document\":" : ",\"stored\":false,\"document\":";
  AppendJson(*doc, {}, &out);
  out += "}\n";
  return Json(stored ? 201 : 200, std::move(out));
}

template <typename Compute>
ApiResponse Api::Cached(const std::string& route, const QueryParams& params, Compute compute) const {
  auto reader = ledgers_.Reader();
  if (!reader.ok()) return Error(500, reader.status().message());
  auto generation = (*reader)->LastDocumentRow();
  if (!generation.ok()) return Error(500, generation.status().message());
  std::string key = route;
  for (const auto& [name, value] : params) {  // a multimap: sorted by name
    key += '\n';
    key += name;
    key += '=';
    key += value;
  }
  if (auto hit = cache_.Get(key, *generation)) return Json(200, std::move(*hit));
  std::string out;
  Status st = compute(**reader, &out);
  if (!st.ok()) return Error(HttpStatus(st), st.message());
  cache_.Put(key, *generation, out);
  return Json(200, std::move(out));
}

ApiResponse Api::SearchDocuments(const QueryParams& params) const {
  DocumentQuery query;
  query.text = Param(params, "q");
  query.source = Param(params, "source");
  query.since = Param(params, "since");
  query.until = Param(params, "until");
  for (const Status& st : {CheckDate(query.since, "since"), CheckDate(query.until, "until")}) {
    if (!st.ok()) return Error(400, st.message());
  }
  auto limit = IntParam(params, "limit", 50, 1, 500);
  if (!limit.ok()) return Error(400, limit.status().message());
  auto offset = IntParam(params, "offset", 0, 0, int64_t{1} << 40);
  if (!offset.ok()) return Error(400, offset.status().message());
  query.limit = *limit;
  query.offset = *offset;
  return Cached("documents", params, [&](const Ledger& ledger, std::string* out) {
    auto hits = ledger.SearchDocuments(query);
    if (!hits.ok()) return hits.status();
    AppendDocumentSummariesJson(*hits, out);
    return Status::Ok();
  });
}

ApiResponse Api::GetDocument(std::string_view row_text) const {
  int64_t row = 0;
  auto [end, ec] = std::from_chars(row_text.data(), row_text.data() + row_text.size(), row);
  if (ec != std::errc() || end != row_text.data() + row_text.size() || row <= 0) {
    return Error(404, "no document " + std::string(row_text));
  }
  std::optional<StoredDocument> stored;
  {
    auto reader = ledgers_.Reader();
    if (!reader.ok()) return Error(500, reader.status().message());
    auto found = (*reader)->GetDocument(row);
    if (!found.ok()) return Error(HttpStatus(found.status()), found.status().message());
    stored = std::move(*found);
  }
  if (stored->json) return Json(200, std::move(*stored->json) + "\n");
  // Stored before the ledger kept extract JSON: annotate the stored text again.
  Document doc(std::move(stored->text), std::move(stored->info));
  pipeline_.Annotate(doc);
  std::string out;
  AppendJson(doc, {}, &out);
  out += "\n";
  return Json(200, std::move(out));
}

ApiResponse Api::Claims(const QueryParams& params) const {
  ClaimQuery query;
  query.about = Param(params, "about");
  query.where = Param(params, "where");
  query.source = Param(params, "source");
  query.since = Param(params, "since");
  query.until = Param(params, "until");
  for (const Status& st : {CheckDate(query.since, "since"), CheckDate(query.until, "until")}) {
    if (!st.ok()) return Error(400, st.message());
  }
  return Cached("claims", params, [&](const Ledger& ledger, std::string* out) {
    auto claims = ledger.Claims(query);
    if (!claims.ok()) return claims.status();
    AppendClaimsJson(*claims, out);
    return Status::Ok();
  });
}

ApiResponse Api::Sources() const {
  return Cached("sources", {}, [&](const Ledger& ledger, std::string* out) {
    auto sources = ledger.Sources();
    if (!sources.ok()) return sources.status();
    AppendSourcesJson(*sources, out);
    return Status::Ok();
  });
}

ApiResponse Api::Quotes(const QueryParams& params) const {
  std::string source = Param(params, "source");
  if (source.empty()) return Error(400, "source is required");
  auto reader = ledgers_.Reader();
  if (!reader.ok()) return Error(500, reader.status().message());
  auto quotes = (*reader)->Quotes(source);
  if (!quotes.ok()) return Error(500, quotes.status().message());
  std::string out;
  AppendQuotesJson(*quotes, &out);
  return Json(200, std::move(out));
}

}  // namespace hearsay::internal
