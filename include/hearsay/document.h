// Document: one article's text and everything hearsay finds in it.
//
// A Document owns one immutable UTF-8 buffer (valid UTF-8, repaired on the way
// in). Every annotation -- token, sentence, paragraph, entity, attribution part,
// quantity -- is a Span of byte offsets into that buffer; offsets become Unicode
// code points only when written out (see output.h). Annotators add to the
// annotation lists; nothing ever changes the text.
//
//   hearsay::Result<hearsay::Document> doc = hearsay::DecodeText(bytes, info);
//   pipeline.Annotate(*doc);
//   for (const hearsay::Sentence& s : doc->sentences()) std::cout << doc->Text(s.span) << "\n";
//
// A Document is not thread-safe for writing; distinct Documents may be
// annotated on distinct threads with the same Pipeline.
#ifndef HEARSAY_DOCUMENT_H_
#define HEARSAY_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"

namespace hearsay {

// A half-open range [begin, end) of byte offsets into Document::text().
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t {
  kWord,         // letters, digits, hyphens and inner apostrophes: Ha-kyou, 40-year-old, O'Brien
  kAbbreviation, // a word with its period(s): Mr., U.S., J.R.R., Jan.
  kNumber,       // 10,000  10 000  1.2  2024-11-05  9/11  1990s  '90s  21st
  kClitic,       // 's  n't  're  've  'll  'd  'm  and the bare possessive '
  kQuote,        // a quotation mark, straight or typographic (see Token::flags)
  kPunct,        // . , ; : ! ? ( ) [ ] and runs such as ?! or ...
  kDash,         // - -- – —
  kSymbol,       // $ € £ ₩ % & + = and other symbols
  kUrl,          // http://... www.example.com
  kEmail,        // name@example.com
  kHandle,       // @handle
  kHashtag,      // #hashtag
};

// Bits of Token::flags.
enum TokenFlag : uint8_t {
  kOpeningQuote = 1 << 0,   // a quote mark that opens a quotation
  kClosingQuote = 1 << 1,   // a quote mark that closes one
  kSingleQuote = 1 << 2,    // ' ‘ ’ ‹ › rather than " “ ” « »
  kSpaceBefore = 1 << 3,    // white space precedes the token
  kNewlineBefore = 1 << 4,  // a line break precedes the token
  kCapitalized = 1 << 5,    // the first character is an upper-case letter
};

// A token: a span of the text and a normalized form. The normalized form
// maps typographic variants to ASCII (’ -> ', “ -> ", — -> --, … -> ...),
// drops thousands separators from numbers (10,000 -> 10000) and spells clitics
// as in the Penn Treebank (’s -> 's, n’t -> n't).
struct Token {
  Span span;
  uint32_t norm_offset = 0;  // into Document's norm storage; kNormIsText when norm == text
  uint16_t norm_size = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;

  static constexpr uint32_t kNormIsText = 0xFFFFFFFFu;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

// A sentence: its span and the tokens it covers, [token_begin, token_end).
struct Sentence {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
};

// A paragraph: its span and the sentences it covers, [sentence_begin, sentence_end).
struct Paragraph {
  Span span;
  uint32_t sentence_begin = 0;
  uint32_t sentence_end = 0;
};

// Universal Dependencies part-of-speech tags (UPOS, UD v2), one per token
// once the POS tagger has run (Document::pos_tags()).
enum class PartOfSpeech : uint8_t {
  kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart, kPron, kPropn, kPunct, kSconj, kSym,
  kVerb, kX,
};

// The UD name of `pos`: "NOUN", "PROPN" ...
inline const char* PartOfSpeechName(PartOfSpeech pos) {
  static constexpr const char* kNames[] = {"ADJ",   "ADP",  "ADV",   "AUX",   "CCONJ", "DET",
                                           "INTJ",  "NOUN", "NUM",   "PART",  "PRON",  "PROPN",
                                           "PUNCT", "SCONJ", "SYM",  "VERB",  "X"};
  return kNames[static_cast<uint8_t>(pos)];
}

enum class EntityLabel : uint8_t { kPerson, kOrganization, kLocation, kMisc };

// A place on the gazetteer that a location entity refers to.
struct Place {
  std::string id;       // stable gazetteer id, e.g. "geonames:703448" or "country:UA"
  std::string name;
  std::string country;  // ISO 3166 alpha-2
  double lat = 0;
  double lon = 0;
};

// A named-entity mention. `entity` is the canonical name of the mention's
// in-document cluster ("Mr Miller" -> "Mathew Miller").
struct Entity {
  Span span;
  EntityLabel label = EntityLabel::kMisc;
  std::string entity;
  std::optional<Place> place;
};

enum class AttributionKind : uint8_t { kDirect, kIndirect, kMixed };

// Who an attribution is ascribed to, resolved to the name a reader would give.
struct Source {
  std::string name;
  std::optional<Span> mention;       // where the text names the source ("he", "Mr Miller")
  std::optional<std::string> entity; // canonical entity name when the source is a named entity
  std::optional<std::string> role;         // "spokesperson"
  std::optional<std::string> affiliation;  // "Seoul's defence ministry"
  bool anonymous = false;  // collective or unnamed: "officials", "a source familiar with"
};

// A quote or reported statement: what was said, the cue that reports it, and by whom.
struct Attribution {
  AttributionKind kind = AttributionKind::kIndirect;
  Span content;
  std::optional<Span> cue;
  Source source;
  // Index into Document::attributions() of the earlier attribution whose
  // quote this one carries on, with no cue of its own: the second part of a
  // split quote ("We will not stop," Smith said. "Never."), a quote paragraph
  // that continues the previous paragraph's speaker. Same source.
  std::optional<uint32_t> continues;
};

enum class Qualifier : uint8_t { kExact, kApprox, kOver, kAtLeast, kUnder, kAtMost, kRange };

// A figure that counts something, with the interval the claim asserts.
struct Quantity {
  Span span;
  double value = 0;
  std::optional<double> low;
  std::optional<double> high;
  Qualifier qualifier = Qualifier::kExact;
  std::optional<std::string> unit;
  std::optional<std::string> counts;
  std::optional<std::string> event;
  std::optional<std::string> where;
  std::optional<std::string> date;    // YYYY-MM-DD
  std::optional<uint32_t> attribution;  // index into Document::attributions()
  std::optional<std::string> source;
};

// Something worth telling the user about the input that did not stop processing.
struct Warning {
  uint32_t offset = 0;  // byte offset into text()
  std::string message;
};

// What is known about a document besides its text.
struct DocumentInfo {
  std::string id;
  bool numeric_id = false;  // write `id` as a JSON number (it came as one in JSONL input)
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::optional<std::string> publisher;
  std::vector<std::string> authors;
  std::optional<std::string> language;  // as the source declares it: "en", "en-US" (web inputs)
};

class Document {
 public:
  // `text` must be valid UTF-8 (DecodeText makes it so) and under 4 GiB.
  Document(std::string text, DocumentInfo info);

  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string_view text() const { return text_; }
  std::string_view Text(Span span) const { return std::string_view(text_).substr(span.begin, span.size()); }
  const DocumentInfo& info() const { return info_; }
  DocumentInfo& mutable_info() { return info_; }

  // Annotations, in text order. Annotators fill them through the mutable_ accessors.
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Attribution>& attributions() const { return attributions_; }
  const std::vector<Quantity>& quantities() const { return quantities_; }
  const std::vector<Warning>& warnings() const { return warnings_; }
  // UPOS tag of each token, parallel to tokens() (empty until the POS tagger runs).
  const std::vector<PartOfSpeech>& pos_tags() const { return pos_tags_; }

  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::vector<Sentence>& mutable_sentences() { return sentences_; }
  std::vector<Paragraph>& mutable_paragraphs() { return paragraphs_; }
  std::vector<Entity>& mutable_entities() { return entities_; }
  std::vector<Attribution>& mutable_attributions() { return attributions_; }
  std::vector<Quantity>& mutable_quantities() { return quantities_; }
  std::vector<Warning>& mutable_warnings() { return warnings_; }
  std::vector<PartOfSpeech>& mutable_pos_tags() { return pos_tags_; }

  // The text of token `t` and its normalized form.
  std::string_view TokenText(const Token& t) const { return Text(t.span); }
  std::string_view TokenNorm(const Token& t) const {
    return t.norm_offset == Token::kNormIsText
               ? Text(t.span)
               : std::string_view(norm_storage_).substr(t.norm_offset, t.norm_size);
  }
  // Drops every stored normalized form (the tokenizer starts afresh).
  void ClearNorms() { norm_storage_.clear(); }
  // Stores `norm` and returns its offset, for Token::norm_offset.
  uint32_t AddNorm(std::string_view norm) {
    uint32_t offset = static_cast<uint32_t>(norm_storage_.size());
    norm_storage_.append(norm);
    return offset;
  }

 private:
  std::string text_;
  DocumentInfo info_;
  std::string norm_storage_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Entity> entities_;
  std::vector<Attribution> attributions_;
  std::vector<Quantity> quantities_;
  std::vector<Warning> warnings_;
  std::vector<PartOfSpeech> pos_tags_;
};

// Options for turning raw bytes into a Document.
struct DecodeOptions {
  // Inputs larger than this are refused (TooLarge); offsets are 32-bit.
  size_t max_bytes = size_t{1} << 30;
  // At most this many invalid-UTF-8 warnings are kept; the rest are counted in one more.
  size_t max_warnings = 20;
};

// Makes a Document from raw bytes: drops a UTF-8 byte-order mark, replaces each
// invalid UTF-8 sequence with U+FFFD (adding a warning that names its byte
// offset in the input), and refuses binary data -- a NUL byte, or mostly
// control and invalid bytes -- with a DataError such as
// "binary data, not text (NUL at byte 17)". CR and CRLF are kept; they count as
// line breaks everywhere.
Result<Document> DecodeText(std::string_view bytes, DocumentInfo info, const DecodeOptions& options = {});

}  // namespace hearsay

#endif  // HEARSAY_DOCUMENT_H_
