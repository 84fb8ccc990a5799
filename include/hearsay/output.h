// Writers for hearsay's output contract.
//
// The JSON object of a document (the contract evaluations read):
//   {"id","url","title","published","publisher","authors":[],"language"? (web inputs),
//    "text", "paragraphs":[{"start","end"}], "sentences":[{"start","end"}],
//    "tokens":[{"start","end","text"}] (only with JsonOptions::tokens),
//    "entities":[...], "attributions":[...], "quantities":[...],
//    "warnings":[{"offset","message"}]}
// Every offset is a Unicode code-point index into "text", half-open, so that
// text[start:end] in Python is the span. Fields are only ever added.
//
//   std::string out;
//   hearsay::AppendJson(doc, {}, &out);
//
// Writers only read the Document; they are thread-safe for distinct outputs.
#ifndef HEARSAY_OUTPUT_H_
#define HEARSAY_OUTPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/ledger.h"

namespace hearsay {

struct JsonOptions {
  bool tokens = false;  // include "tokens"
  bool pretty = false;  // indent (for people); the default is one line
};

// Appends the JSON object of `doc` (no trailing newline) to `out`.
void AppendJson(const Document& doc, const JsonOptions& options, std::string* out);

// Appends `s` as a JSON string literal (quoted, escaped) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

struct TableOptions {
  bool color = false;  // ANSI colours, for a terminal
  int width = 100;     // wrap long content at this many columns
};

// Appends a view of `doc` for a person: counts, then attributions as
// "SOURCE (role, affiliation) — cue — «content»", then quantities.
void AppendTable(const Document& doc, const TableOptions& options, std::string* out);

// The ledger's answers as JSON arrays, one element per line, ending in a
// newline: the objects `hearsay claims|sources|quotes --format json` write
// and the server's API returns.
//   claims:  [{"counts","unit","where","within","event","low","high","conflict",
//              "conflicts":[[i,j]],"statements":[{"source","role","affiliation","value",
//              "low","high","qualifier","text","date","document","sentence",
//              "document_row","sentence_index"}]}]
//   sources: [{"name","role","affiliation","attributions","documents"}]
//   quotes:  [{"source","kind","cue","content","document","published","url"}]
//   documents (search hits): [{"row","id","url","title","published","publisher",
//              "snippet","attributions","quantities"}]
void AppendClaimsJson(const std::vector<Claim>& claims, std::string* out);
void AppendSourcesJson(const std::vector<SourceSummary>& sources, std::string* out);
void AppendQuotesJson(const std::vector<QuoteRecord>& quotes, std::string* out);
void AppendDocumentSummariesJson(const std::vector<DocumentSummary>& documents, std::string* out);

const char* ToString(EntityLabel label);
const char* ToString(AttributionKind kind);
const char* ToString(Qualifier qualifier);

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_H_
