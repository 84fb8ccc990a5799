// The JSON writer: streams a Document into a string, converting byte spans
// into code-point offsets on the way. Hand-written rather than built through
// a JSON DOM because it runs once per document on the hot path of
// `hearsay extract` and writes mostly one long escaped string.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "hearsay/output.h"
#include "text/utf8.h"

namespace hearsay {

const char* ToString(EntityLabel label) {
  switch (label) {
    case EntityLabel::kPerson: return "PER";
    case EntityLabel::kOrganization: return "ORG";
    case EntityLabel::kLocation: return "LOC";
    case EntityLabel::kMisc: return "MISC";
  }
  return "MISC";
}

const char* ToString(AttributionKind kind) {
  switch (kind) {
    case AttributionKind::kDirect: return "direct";
    case AttributionKind::kIndirect: return "indirect";
    case AttributionKind::kMixed: return "mixed";
  }
  return "indirect";
}

const char* ToString(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kOver: return "over";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kUnder: return "under";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kRange: return "range";
  }
  return "exact";
}

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

namespace {

class JsonWriter {
 public:
  JsonWriter(const Document& doc, const JsonOptions& options, std::string* out)
      : doc_(doc), options_(options), out_(out), map_(doc.text()) {}

  void Write() {
    const DocumentInfo& info = doc_.info();
    Open('{');
    Key("id");
    if (info.numeric_id) out_->append(info.id); else AppendJsonString(info.id, out_);
    Key("url"); OptString(info.url);
    Key("title"); OptString(info.title);
    Key("published"); OptString(info.published);
    Key("publisher"); OptString(info.publisher);
    Key("authors");
    Open('[');
    for (const std::string& a : info.authors) { Item(); AppendJsonString(a, out_); }
    Close(']');
    if (info.language) { Key("language"); AppendJsonString(*info.language, out_); }  // web inputs only
    Key("text"); AppendJsonString(doc_.text(), out_);
    Key("paragraphs");
    Open('[');
    for (const Paragraph& p : doc_.paragraphs()) { Item(); SpanObject(p.span, false); }
    Close(']');
    Key("sentences");
    Open('[');
    for (const Sentence& s : doc_.sentences()) { Item(); SpanObject(s.span, false); }
    Close(']');
    if (options_.tokens) {
      Key("tokens");
      Open('[');
      for (const Token& t : doc_.tokens()) {
        Item();
        Open('{');
        SpanFields(t.span, true);
        if (t.norm_offset != Token::kNormIsText) { Key("norm"); AppendJsonString(doc_.TokenNorm(t), out_); }
        Close('}');
      }
      Close(']');
    }
    Key("entities");
    Open('[');
    for (const Entity& e : doc_.entities()) {
      Item();
      Open('{');
      SpanFields(e.span, true);
      Key("label"); AppendJsonString(ToString(e.label), out_);
      Key("entity"); AppendJsonString(e.entity, out_);
      if (e.place) {
        Key("place");
        Open('{');
        Key("id"); AppendJsonString(e.place->id, out_);
        Key("name"); AppendJsonString(e.place->name, out_);
        Key("country"); AppendJsonString(e.place->country, out_);
        Key("lat"); Number(e.place->lat);
        Key("lon"); Number(e.place->lon);
        Close('}');
      }
      Close('}');
    }
    Close(']');
    Key("attributions");
    Open('[');
    for (const Attribution& a : doc_.attributions()) {
      Item();
      Open('{');
      Key("kind"); AppendJsonString(ToString(a.kind), out_);
      Key("content"); SpanObject(a.content, true);
      Key("cue"); OptSpan(a.cue);
      Key("source");
      Open('{');
      Key("name"); AppendJsonString(a.source.name, out_);
      Key("mention"); OptSpan(a.source.mention);
      Key("entity"); OptString(a.source.entity);
      Key("role"); OptString(a.source.role);
      Key("affiliation"); OptString(a.source.affiliation);
      Key("anonymous"); out_->append(a.source.anonymous ? "true" : "false");
      Close('}');
      Key("continues");
      if (a.continues) Number(*a.continues); else out_->append("null");
      Close('}');
    }
    Close(']');
    Key("quantities");
    Open('[');
    for (const Quantity& q : doc_.quantities()) {
      Item();
      Open('{');
      SpanFields(q.span, true);
      Key("value"); Number(q.value);
      Key("low"); OptNumber(q.low);
      Key("high"); OptNumber(q.high);
      Key("qualifier"); AppendJsonString(ToString(q.qualifier), out_);
      Key("unit"); OptString(q.unit);
      Key("counts"); OptString(q.counts);
      Key("event"); OptString(q.event);
      Key("where"); OptString(q.where);
      Key("date"); OptString(q.date);
      Key("attribution");
      if (q.attribution) Number(*q.attribution); else out_->append("null");
      Key("source"); OptString(q.source);
      Close('}');
    }
    Close(']');
    Key("warnings");
    Open('[');
    for (const Warning& w : doc_.warnings()) {
      Item();
      Open('{');
      Key("offset"); Number(map_.ToCodePoint(std::min<uint32_t>(w.offset, doc_.text().size())));
      Key("message"); AppendJsonString(w.message, out_);
      Close('}');
    }
    Close(']');
    Close('}');
  }

 private:
  // Structure with optional indentation. `first_` tracks whether the current
  // container has had an element yet.
  void Open(char c) {
    out_->push_back(c);
    ++depth_;
    first_ = true;
  }
  void Close(char c) {
    --depth_;
    if (options_.pretty && !first_) Newline();
    out_->push_back(c);
    first_ = false;
  }
  void Separator() {
    if (!first_) out_->push_back(',');
    first_ = false;
    if (options_.pretty) Newline();
  }
  void Item() { Separator(); }
  void Key(const char* key) {
    Separator();
    out_->push_back('"');
    out_->append(key);
    out_->append(options_.pretty ? "\": " : "\":");
  }
  void Newline() {
    out_->push_back('\n');
    out_->append(static_cast<size_t>(depth_) * 2, ' ');
  }

  void Number(double v) {
    if (!std::isfinite(v)) { out_->append("null"); return; }
    char buf[32];
    if (v == std::floor(v) && std::fabs(v) < 9e15) {
      auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
      out_->append(buf, r.ptr);
    } else {
      auto r = std::to_chars(buf, buf + sizeof buf, v);
      out_->append(buf, r.ptr);
    }
  }
  void OptNumber(const std::optional<double>& v) {
    if (v) Number(*v); else out_->append("null");
  }
  void OptString(const std::optional<std::string>& s) {
    if (s) AppendJsonString(*s, out_); else out_->append("null");
  }
  void SpanFields(const Span& span, bool with_text) {
    Key("start"); Number(map_.ToCodePoint(span.begin));
    Key("end"); Number(map_.ToCodePoint(span.end));
    if (with_text) { Key("text"); AppendJsonString(doc_.Text(span), out_); }
  }
  void SpanObject(const Span& span, bool with_text) {
    bool pretty = options_.pretty;
    // Offsets-only objects stay on one line even when pretty.
    if (!with_text) options_.pretty = false;
    Open('{');
    SpanFields(span, with_text);
    Close('}');
    options_.pretty = pretty;
  }
  void OptSpan(const std::optional<Span>& span) {
    if (span) SpanObject(*span, true); else out_->append("null");
  }

  const Document& doc_;
  JsonOptions options_;
  std::string* out_;
  internal::CodePointMap map_;
  int depth_ = 0;
  bool first_ = true;
};

}  // namespace

void AppendJson(const Document& doc, const JsonOptions& options, std::string* out) {
  JsonWriter(doc, options, out).Write();
}

}  // namespace hearsay
