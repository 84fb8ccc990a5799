#include "attribution/quote_finder.h"

#include <algorithm>

#include "attribution/cue_lexicon.h"

namespace hearsay::internal {

namespace {

bool IsQuote(const Token& t) { return t.kind == TokenKind::kQuote; }

// Punctuation after which a quotation starts an utterance of its own.
bool IsLeadPunct(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::kDash) return true;
  if (t.kind != TokenKind::kPunct) return false;
  std::string_view s = doc.TokenNorm(t);
  return s == ":" || s == "," || s == "." || s == "?" || s == "!" || s == ";" || s == "(" || s == "...";
}

class Finder {
 public:
  explicit Finder(const Document& doc) : doc_(doc), tokens_(doc.tokens()) {}

  std::vector<QuoteSegment> Run() {
    const auto& paragraphs = doc_.paragraphs();
    const auto& sentences = doc_.sentences();
    uint32_t group = 0;
    bool carry = false;  // the previous paragraph ended inside a quote that this one continues
    uint32_t carry_group = 0;
    for (uint32_t p = 0; p < paragraphs.size(); ++p) {
      const Paragraph& par = paragraphs[p];
      if (par.sentence_begin >= par.sentence_end) continue;
      const uint32_t begin = sentences[par.sentence_begin].token_begin;
      const uint32_t end = sentences[par.sentence_end - 1].token_end;
      uint32_t open = QuoteSegment::kNone;  // first token of the open mark
      uint32_t open_len = 1;
      uint32_t open_group = 0;
      bool open_continues = false;
      for (uint32_t i = begin; i < end; ++i) {
        const Token& t = tokens_[i];
        if (!IsQuote(t)) continue;
        uint32_t len = 1;
        bool opening = t.Has(kOpeningQuote), closing = t.Has(kClosingQuote);
        if (t.Has(kSingleQuote) && DoubledApostrophe(i, end, &opening, &closing)) {
          len = 2;
        } else if (t.Has(kSingleQuote)) {
          if (open != QuoteSegment::kNone || !t.Has(kOpeningQuote)) continue;
          uint32_t close = FindSingleClose(i + 1, end);
          if (close == QuoteSegment::kNone) continue;
          Add(i, close, close, i + 1, close, p, group++, true, false);
          i = close;
          continue;
        }
        if (open == QuoteSegment::kNone) {
          if (opening || (i == begin && carry)) {
            open = i;
            open_len = len;
            open_continues = i == begin && carry;
            open_group = open_continues ? carry_group : group++;
          }
          i += len - 1;
          continue;
        }
        if (closing) {
          Add(open, i, i + len - 1, open + open_len, i, p, open_group, false, open_continues);
          open = QuoteSegment::kNone;
          i += len - 1;
          continue;
        }
        // An opening mark while a quote is open: the earlier quote lost its
        // closing mark; end it at the last sentence end before this mark.
        uint32_t stop = LastSentenceEndBefore(open + open_len, i);
        Add(open, QuoteSegment::kNone, QuoteSegment::kNone, open + open_len, stop, p, open_group, false, open_continues);
        open = i;
        open_len = len;
        open_group = group++;
        open_continues = false;
        i += len - 1;
      }
      carry = false;
      if (open != QuoteSegment::kNone) {
        const bool next_opens = p + 1 < paragraphs.size() && NextParagraphOpensWithQuote(paragraphs[p + 1]);
        Add(open, QuoteSegment::kNone, QuoteSegment::kNone, open + open_len, end, p, open_group, false, open_continues);
        if (next_opens) {
          carry = true;
          carry_group = open_group;
        }
      }
    }
    return std::move(out_);
  }

 private:
  // Two adjacent apostrophes used as a double quote mark (''This ...,''):
  // sets whether it opens or closes from what flanks the pair.
  bool DoubledApostrophe(uint32_t i, uint32_t end, bool* opening, bool* closing) const {
    if (i + 1 >= end || !IsQuote(tokens_[i + 1]) || !tokens_[i + 1].Has(kSingleQuote) ||
        tokens_[i + 1].span.begin != tokens_[i].span.end) {
      return false;
    }
    if (i + 2 < end && IsQuote(tokens_[i + 2]) && tokens_[i + 2].span.begin == tokens_[i + 1].span.end) return false;
    std::string_view text = doc_.text();
    const uint32_t b = tokens_[i].span.begin, e = tokens_[i + 1].span.end;
    const bool space_before = b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n' || text[b - 1] == '\r' ||
                              text[b - 1] == '(' || text[b - 1] == '\t';
    const bool space_after = e >= text.size() || text[e] == ' ' || text[e] == '\n' || text[e] == '\r' || text[e] == '\t';
    *opening = space_before && !space_after;
    *closing = !space_before;
    if (!*opening && !*closing) *opening = true;
    return true;
  }

  uint32_t FindSingleClose(uint32_t from, uint32_t end) const {
    for (uint32_t j = from; j < end; ++j) {
      const Token& t = tokens_[j];
      if (!IsQuote(t)) continue;
      if (!t.Has(kSingleQuote)) return QuoteSegment::kNone;  // a double mark inside: not a single quote
      if (t.Has(kClosingQuote)) return j;
      if (t.Has(kOpeningQuote)) return QuoteSegment::kNone;
    }
    return QuoteSegment::kNone;
  }

  bool NextParagraphOpensWithQuote(const Paragraph& par) const {
    if (par.sentence_begin >= par.sentence_end) return false;
    const Sentence& s = doc_.sentences()[par.sentence_begin];
    if (s.token_begin >= s.token_end) return false;
    const Token& t = tokens_[s.token_begin];
    return IsQuote(t) && !t.Has(kSingleQuote) && t.Has(kOpeningQuote);
  }

  // One past the last token ending a sentence in [from, before), or `before`.
  uint32_t LastSentenceEndBefore(uint32_t from, uint32_t before) const {
    for (uint32_t j = before; j > from; --j) {
      const Token& t = tokens_[j - 1];
      if (t.kind == TokenKind::kPunct) {
        std::string_view s = doc_.TokenNorm(t);
        if (s == "." || s == "?" || s == "!" || s == "...") return j;
      }
    }
    return before;
  }

  void Add(uint32_t open, uint32_t close, uint32_t close_last, uint32_t cb, uint32_t ce, uint32_t paragraph,
           uint32_t group, bool single, bool continued) {
    // Trim the content: no final comma, no empty quote.
    while (ce > cb && tokens_[ce - 1].kind == TokenKind::kPunct && doc_.TokenNorm(tokens_[ce - 1]) == ",") --ce;
    if (ce <= cb) return;
    QuoteSegment q;
    q.open = open;
    q.close = close;
    q.close_last = close_last;
    q.content_begin = cb;
    q.content_end = ce;
    q.content = {tokens_[cb].span.begin, tokens_[ce - 1].span.end};
    q.paragraph = paragraph;
    q.group = group;
    q.single = single;
    q.direct = continued || ReadsAsUtterance(open, cb, ce);
    if (!q.direct && single) return;  // a single-quoted fragment is too often not a quote at all
    out_.push_back(q);
  }

  // A quotation that opens a paragraph or sentence, or follows a colon, comma
  // or a cue ("said “We ..."), and is capitalised or several words long, is
  // someone's words; one inside a clause ("the “significant number” of") is a
  // quoted fragment.
  bool ReadsAsUtterance(uint32_t open, uint32_t cb, uint32_t ce) const {
    const uint32_t words = ce - cb;
    const bool capital = tokens_[cb].Has(kCapitalized) || tokens_[cb].kind == TokenKind::kQuote;
    if (open == 0 || tokens_[open].Has(kNewlineBefore)) return capital || words >= 4;
    const Token& prev = tokens_[open - 1];
    if (IsLeadPunct(doc_, prev)) return capital || words >= 4;
    if (IsQuote(prev)) return capital || words >= 4;
    if (prev.kind == TokenKind::kWord && capital && words >= 3) {
      const CueEntry* e = CueLexicon::Get().Lookup(LowerNorm(doc_, prev));
      if (e != nullptr && e->cls != CueClass::kWeak) return true;
    }
    // A sentence that is nothing but the quote.
    const auto& sentences = doc_.sentences();
    auto it = std::lower_bound(sentences.begin(), sentences.end(), open,
                               [](const Sentence& s, uint32_t tok) { return s.token_begin < tok; });
    if (it != sentences.end() && it->token_begin == open) return capital || words >= 4;
    return false;
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  std::vector<QuoteSegment> out_;
};

}  // namespace

std::vector<QuoteSegment> FindQuotes(const Document& doc) { return Finder(doc).Run(); }

}  // namespace hearsay::internal
