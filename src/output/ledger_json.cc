// JSON writers for what the ledger answers: claims, sources, quotes and
// document search hits. Shared by the command line (`hearsay claims --format
// json` ...) and the server's API, so both write the same objects.
#include <cstdio>
#include <string>

#include "hearsay/output.h"

namespace hearsay {
namespace {

// Whole numbers without a decimal point; others with six significant digits
// (what the CLI has always written).
void AppendNumber(std::optional<double> v, std::string* out) {
  if (!v) {
    out->append("null");
    return;
  }
  char buf[32];
  if (*v == static_cast<double>(static_cast<long long>(*v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*v));
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", *v);
  }
  out->append(buf);
}

void AppendOptString(const std::optional<std::string>& s, std::string* out) {
  if (s) AppendJsonString(*s, out); else out->append("null");
}

// Opens element `i` of an array written one element per line.
void ElementStart(size_t i, std::string* out) { out->append(i ? ",\n" : "\n"); }

void ArrayEnd(bool empty, std::string* out) { out->append(empty ? "]\n" : "\n]\n"); }

}  // namespace

void AppendClaimsJson(const std::vector<Claim>& claims, std::string* out) {
  out->append("[");
  for (size_t c = 0; c < claims.size(); ++c) {
    const Claim& claim = claims[c];
    ElementStart(c, out);
    out->append("{\"counts\":");
    AppendJsonString(claim.counts, out);
    out->append(",\"unit\":");
    AppendOptString(claim.unit, out);
    out->append(",\"where\":");
    AppendOptString(claim.where, out);
    out->append(",\"within\":");
    AppendOptString(claim.within, out);
    out->append(",\"event\":");
    AppendOptString(claim.event, out);
    out->append(",\"low\":");
    AppendNumber(claim.low, out);
    out->append(",\"high\":");
    AppendNumber(claim.high, out);
    out->append(claim.conflict ? ",\"conflict\":true" : ",\"conflict\":false");
    out->append(",\"conflicts\":[");
    for (size_t i = 0; i < claim.conflicts.size(); ++i) {
      out->append((i ? ",[" : "[") + std::to_string(claim.conflicts[i].first) + "," +
                  std::to_string(claim.conflicts[i].second) + "]");
    }
    out->append("],\"statements\":[");
    for (size_t i = 0; i < claim.statements.size(); ++i) {
      const Statement& s = claim.statements[i];
      out->append(i ? ",{\"source\":" : "{\"source\":");
      if (s.source.empty()) out->append("null"); else AppendJsonString(s.source, out);
      out->append(",\"role\":");
      AppendOptString(s.role, out);
      out->append(",\"affiliation\":");
      AppendOptString(s.affiliation, out);
      out->append(",\"value\":");
      AppendNumber(s.value, out);
      out->append(",\"low\":");
      AppendNumber(s.low, out);
      out->append(",\"high\":");
      AppendNumber(s.high, out);
      out->append(",\"qualifier\":");
      AppendJsonString(s.qualifier, out);
      out->append(",\"text\":");
      AppendJsonString(s.text, out);
      out->append(",\"date\":");
      AppendOptString(s.date, out);
      out->append(",\"document\":");
      AppendJsonString(s.document, out);
      out->append(",\"sentence\":");
      AppendJsonString(s.sentence, out);
      out->append(",\"document_row\":" + std::to_string(s.document_row));
      out->append(",\"sentence_index\":");
      out->append(s.sentence_index ? std::to_string(*s.sentence_index) : "null");
      out->append("}");
    }
    out->append("]}");
  }
  ArrayEnd(claims.empty(), out);
}

void AppendSourcesJson(const std::vector<SourceSummary>& sources, std::string* out) {
  out->append("[");
  for (size_t i = 0; i < sources.size(); ++i) {
    const SourceSummary& s = sources[i];
    ElementStart(i, out);
    out->append("{\"name\":");
    AppendJsonString(s.name, out);
    out->append(",\"role\":");
    AppendOptString(s.role, out);
    out->append(",\"affiliation\":");
    AppendOptString(s.affiliation, out);
    out->append(",\"attributions\":" + std::to_string(s.attributions) +
                ",\"documents\":" + std::to_string(s.documents) + "}");
  }
  ArrayEnd(sources.empty(), out);
}

void AppendQuotesJson(const std::vector<QuoteRecord>& quotes, std::string* out) {
  out->append("[");
  for (size_t i = 0; i < quotes.size(); ++i) {
    const QuoteRecord& q = quotes[i];
    ElementStart(i, out);
    out->append("{\"source\":");
    AppendJsonString(q.source, out);
    out->append(",\"kind\":");
    AppendJsonString(q.kind, out);
    out->append(",\"cue\":");
    AppendJsonString(q.cue, out);
    out->append(",\"content\":");
    AppendJsonString(q.content, out);
    out->append(",\"document\":");
    AppendJsonString(q.document, out);
    out->append(",\"published\":");
    AppendOptString(q.published, out);
    out->append(",\"url\":");
    AppendOptString(q.url, out);
    out->append("}");
  }
  ArrayEnd(quotes.empty(), out);
}

void AppendDocumentSummariesJson(const std::vector<DocumentSummary>& documents, std::string* out) {
  out->append("[");
  for (size_t i = 0; i < documents.size(); ++i) {
    const DocumentSummary& d = documents[i];
    ElementStart(i, out);
    out->append("{\"row\":" + std::to_string(d.row) + ",\"id\":");
    AppendJsonString(d.id, out);
    out->append(",\"url\":");
    AppendOptString(d.url, out);
    out->append(",\"title\":");
    AppendOptString(d.title, out);
    out->append(",\"published\":");
    AppendOptString(d.published, out);
    out->append(",\"publisher\":");
    AppendOptString(d.publisher, out);
    out->append(",\"snippet\":");
    AppendJsonString(d.snippet, out);
    out->append(",\"attributions\":" + std::to_string(d.attributions) +
                ",\"quantities\":" + std::to_string(d.quantities) + "}");
  }
  ArrayEnd(documents.empty(), out);
}

}  // namespace hearsay
