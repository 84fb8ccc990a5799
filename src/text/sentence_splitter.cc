#include "text/sentence_splitter.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "text/char_class.h"
#include "text/lexicon.h"

namespace hearsay {

using internal::AbbreviationClass;
using internal::CharClass;
using internal::ClassifyAt;

namespace {

struct Line {
  uint32_t begin;  // first non-space byte
  uint32_t end;    // just after the last non-space byte
  bool blank;
};

// Splits text into lines at \n, \r\n and \r, trimmed of surrounding space.
std::vector<Line> FindLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  const size_t n = text.size();
  // Next \r at or after pos (n if none): most texts have none, so one memchr.
  size_t next_cr = 0;
  auto find = [&](char c, size_t from) {
    const void* p = from < n ? std::memchr(text.data() + from, c, n - from) : nullptr;
    return p ? static_cast<size_t>(static_cast<const char*>(p) - text.data()) : n;
  };
  next_cr = find('\r', 0);
  while (pos <= n) {
    if (next_cr < pos) next_cr = find('\r', pos);
    size_t line_end = std::min(find('\n', pos), next_cr);
    // Trim space on both sides (ASCII fast path; other spaces via classification).
    size_t b = pos, e = line_end;
    while (b < e) {
      unsigned char c = static_cast<unsigned char>(text[b]);
      if (c == ' ' || c == '\t') { ++b; continue; }
      if (c < 0x80) break;
      auto ci = ClassifyAt(text, b);
      if (ci.cls != CharClass::kSpace && ci.cls != CharClass::kOther) break;
      b += ci.len;
    }
    while (e > b) {
      unsigned char c = static_cast<unsigned char>(text[e - 1]);
      if (c == ' ' || c == '\t') { --e; continue; }
      if (c < 0x80) break;
      size_t s = e - 1;
      while (s > b && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
      auto ci = ClassifyAt(text, s);
      if (ci.cls != CharClass::kSpace && ci.cls != CharClass::kOther) break;
      e = s;
    }
    lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), b == e});
    if (line_end >= n) break;
    pos = line_end + ((text[line_end] == '\r' && line_end + 1 < n && text[line_end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

// Does the line end as a sentence does (. ! ? … : or a closing mark after one)?
bool EndsClosed(std::string_view line) {
  size_t e = line.size();
  while (e > 0) {
    unsigned char c = static_cast<unsigned char>(line[e - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') { --e; continue; }
    if (e >= 3 && (line.compare(e - 3, 3, "\xE2\x80\x9D") == 0 || line.compare(e - 3, 3, "\xE2\x80\x99") == 0 ||
                   line.compare(e - 3, 3, "\xE2\x80\x9C") == 0)) {
      e -= 3;
      continue;
    }
    break;
  }
  if (e == 0) return false;
  char c = line[e - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  return e >= 3 && line.compare(e - 3, 3, "\xE2\x80\xA6") == 0;
}

bool StartsWithListMarker(std::string_view line) {
  if (line.size() < 2) return false;
  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return true;
  if (line.compare(0, 3, "\xE2\x80\xA2") == 0 || line.compare(0, 2, "\xC2\xB7") == 0) return true;  // • ·
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

bool StartsLikeSentence(std::string_view text, uint32_t pos) {
  auto ci = ClassifyAt(text, pos);
  return ci.cls == CharClass::kUpper || ci.cls == CharClass::kDigit || ci.cls == CharClass::kDoubleQuote ||
         ci.cls == CharClass::kSingleQuote;
}

// Groups lines into paragraph spans (byte offsets).
std::vector<Span> FindParagraphSpans(std::string_view text) {
  std::vector<Line> lines = FindLines(text);
  std::vector<Span> spans;
  bool seen_first_line = false;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) { ++i; continue; }
    size_t j = i;
    while (j < lines.size() && !lines[j].blank) ++j;
    // Block [i, j): one paragraph per line, or hard-wrapped? Each line break
    // votes; a break before a list item does not, as it starts a paragraph
    // either way (a wrapped intro to a list of full sentences stays wrapped).
    size_t closed = 0;
    size_t inner = 0;
    for (size_t k = i; k + 1 < j; ++k) {
      if (StartsWithListMarker(text.substr(lines[k + 1].begin, lines[k + 1].end - lines[k + 1].begin))) continue;
      ++inner;
      closed += EndsClosed(text.substr(lines[k].begin, lines[k].end - lines[k].begin));
    }
    const bool line_mode = inner > 0 && closed * 2 >= inner;
    size_t k = i;
    if (!seen_first_line && j - i > 1 && !line_mode) {
      // A headline: the text's first line, short, unpunctuated, followed by a
      // sentence start -- and, in hard-wrapped text, clearly shorter than the
      // wrap width (a wrapped line is about as long as the lines after it).
      std::string_view first = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
      size_t wrap_width = 0;
      for (size_t m = i + 1; m + 1 < j; ++m) wrap_width = std::max<size_t>(wrap_width, lines[m].end - lines[m].begin);
      const bool as_long_as_wrapped = wrap_width > 0 && first.size() * 100 >= wrap_width * 80;
      if (first.size() <= 200 && !EndsClosed(first) && !as_long_as_wrapped &&
          StartsLikeSentence(text, lines[i + 1].begin)) {
        spans.push_back({lines[i].begin, lines[i].end});
        k = i + 1;
      }
    }
    seen_first_line = true;
    Span current{lines[k].begin, lines[k].end};
    for (size_t m = k + 1; m < j; ++m) {
      std::string_view line = text.substr(lines[m].begin, lines[m].end - lines[m].begin);
      if (line_mode || StartsWithListMarker(line)) {
        spans.push_back(current);
        current = {lines[m].begin, lines[m].end};
      } else {
        current.end = lines[m].end;
      }
    }
    spans.push_back(current);
    i = j;
  }
  return spans;
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
  for (std::string_view o : options) {
    if (s == o) return true;
  }
  return false;
}

class SentenceFinder {
 public:
  SentenceFinder(const Document& doc, std::vector<Sentence>* out)
      : doc_(doc), text_(doc.text()), tokens_(doc.tokens()), out_(out) {}

  // Splits tokens [begin, end) of one paragraph into sentences.
  void Split(uint32_t begin, uint32_t end) {
    uint32_t start = begin;
    uint32_t i = begin;
    while (i < end) {
      if (!IsCandidate(tokens_[i])) { ++i; continue; }
      uint32_t j = i + 1;
      while (j < end && IsClosing(tokens_[j])) ++j;
      if (j >= end) break;
      if (EndsHere(start, i, j)) {
        Emit(start, j);
        start = j;
      }
      i = j;
    }
    if (start < end) Emit(start, end);
  }

 private:
  void Emit(uint32_t b, uint32_t e) {
    Sentence s;
    s.span = {tokens_[b].span.begin, tokens_[e - 1].span.end};
    s.token_begin = b;
    s.token_end = e;
    out_->push_back(s);
  }

  std::string_view Text(const Token& t) const { return doc_.TokenText(t); }

  bool IsCandidate(const Token& t) const {
    if (t.kind == TokenKind::kAbbreviation) return true;
    if (t.kind != TokenKind::kPunct) return false;
    const char first = text_[t.span.begin];
    if (first == ',') return false;  // the commonest punctuation, decided on one byte
    std::string_view s = Text(t);
    if (first == '.' || s == "\xE2\x80\xA6" || s == "\xE3\x80\x82") return true;  // . ... … 。
    // ! ? ！ ？ ‼ and runs of them, but not the inverted ¡ ¿ that open a
    // sentence, nor other punctuation (• § †).
    auto ci = ClassifyAt(s, 0);
    return ci.cls == CharClass::kTerminal && ci.cp != 0xA1 && ci.cp != 0xBF;
  }

  bool IsClosing(const Token& t) const {
    if (t.kind == TokenKind::kQuote) return t.Has(kClosingQuote) && !t.Has(kSpaceBefore);
    if (t.kind != TokenKind::kPunct) return false;
    std::string_view s = Text(t);
    return s == ")" || s == "]" || s == "}";
  }

  static bool Lowercase(const Token& t, std::string_view text) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kAbbreviation && t.kind != TokenKind::kClitic) return false;
    auto ci = ClassifyAt(text, 0);
    return ci.cls == CharClass::kLower;
  }

  // Decides whether a sentence that started at token `start` ends after the
  // candidate `i` (with closing marks up to `next`, the first token after).
  bool EndsHere(uint32_t start, uint32_t i, uint32_t next) const {
    const Token& cand = tokens_[i];
    const Token& n = tokens_[next];
    std::string_view nt = Text(n);
    if (n.kind == TokenKind::kPunct && IsOneOf(nt, {",", ";", ":", ")", "]", "}"})) return false;
    if (n.kind == TokenKind::kQuote && n.Has(kClosingQuote)) return false;
    if (n.kind == TokenKind::kSymbol && nt == "%") return false;
    if (n.kind == TokenKind::kPunct && nt[0] == '.') return false;  // spaced dots: ". . ."
    if (!n.Has(kSpaceBefore) && next == i + 1) return false;  // "Yahoo!Inc", "3.5"
    const bool lower = Lowercase(n, nt);
    const bool opens = (n.kind == TokenKind::kQuote && n.Has(kOpeningQuote)) ||
                       (n.kind == TokenKind::kPunct && (nt == "(" || nt == "["));
    const bool capital = n.Has(kCapitalized) || n.kind == TokenKind::kNumber || opens;

    if (cand.kind == TokenKind::kAbbreviation) {
      // "Inc. (CPS)": a bracket after an abbreviation rarely opens a sentence.
      const bool opens_quote = n.kind == TokenKind::kQuote && n.Has(kOpeningQuote);
      return AbbreviationEnds(cand, n, lower, opens_quote);
    }

    std::string_view ct = Text(cand);
    if (ct == ".") {
      // "1. The first point": numbering at the start of a line.
      if (i == start + 1 && tokens_[start].kind == TokenKind::kNumber &&
          (tokens_[start].Has(kNewlineBefore) || start == 0) && Text(tokens_[start]).size() <= 3) {
        return false;
      }
      // "Sen. Rand Paul (R-Ky.) said", "“We won.” she said": a lower-case word after closing marks
      // goes on with the sentence the period sits in.
      return !(lower && next > i + 1);
    }
    if (ct.size() >= 2 && ct[0] == '.' && ct[1] == '.') return capital;  // ellipsis "..."
    if (ct == "\xE2\x80\xA6") return capital;
    // ! ? and runs of them: a lower-case word after a closing quote means the
    // sentence goes on ("Why?" he asked); without a quote it is a new one.
    return !(lower && next > i + 1);
  }

  bool AbbreviationEnds(const Token& cand, const Token& n, bool lower, bool opens) const {
    if (lower) return false;
    std::string_view word = Text(cand);
    word.remove_suffix(1);  // the period
    AbbreviationClass cls;
    if (word.find('.') != std::string_view::npos) {
      cls = AbbreviationClass::kDotted;
    } else if (ClassifyAt(word, 0).len == word.size()) {
      cls = AbbreviationClass::kInitial;
    } else {
      cls = internal::LookupAbbreviation(word);
    }
    const bool starter = n.Has(kCapitalized) && internal::IsSentenceStarter(doc_.TokenNorm(n));
    switch (cls) {
      case AbbreviationClass::kTitle:
      case AbbreviationClass::kNumber:
        return false;
      case AbbreviationClass::kMonth:
        return n.kind != TokenKind::kNumber && (starter || opens);
      case AbbreviationClass::kInitial:
        return starter;
      default:
        return starter || opens;
    }
  }

  const Document& doc_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<Sentence>* out_;
};

}  // namespace

void SentenceSplitter::Annotate(Document& doc) const {
  auto& paragraphs = doc.mutable_paragraphs();
  auto& sentences = doc.mutable_sentences();
  paragraphs.clear();
  sentences.clear();
  const std::vector<Token>& tokens = doc.tokens();
  sentences.reserve(tokens.size() / 20 + 4);
  SentenceFinder finder(doc, &sentences);
  uint32_t t = 0;
  const uint32_t token_count = static_cast<uint32_t>(tokens.size());
  for (const Span& span : FindParagraphSpans(doc.text())) {
    while (t < token_count && tokens[t].span.end <= span.begin) ++t;
    uint32_t first = t;
    while (t < token_count && tokens[t].span.begin < span.end) ++t;
    if (t == first) continue;  // nothing but invisible characters
    Paragraph p;
    p.span = {std::min(span.begin, tokens[first].span.begin), std::max(span.end, tokens[t - 1].span.end)};
    p.sentence_begin = static_cast<uint32_t>(sentences.size());
    finder.Split(first, t);
    p.sentence_end = static_cast<uint32_t>(sentences.size());
    paragraphs.push_back(p);
  }
}

}  // namespace hearsay
