#include "text/tokenizer.h"

#include <cctype>
#include <string>

#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace hearsay {

using internal::CharClass;
using internal::CharInfo;
using internal::ClassifyAt;
using internal::IsLetter;
using internal::IsWordChar;

namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Unit and scale suffixes that split from a number written against them
// (1.2bn -> 1.2 bn, 10km -> 10 km). Plural and ordinal suffixes do not.
bool IsUnitSuffix(std::string_view s) {
  static constexpr std::string_view kUnits[] = {
      "bn", "b", "m", "mn", "mln", "k", "tn", "tr", "trn", "million", "billion", "trillion", "thousand",
      "km", "kms", "m2", "km2", "kg", "kgs", "g", "mg", "t", "cm", "mm", "ml", "l", "mph", "kph", "kmh",
      "ft", "in", "lb", "lbs", "oz", "mi", "yd", "yds", "ha", "mw", "gw", "kw", "kwh", "mwh", "gwh", "hz",
      "ghz", "mhz", "gb", "mb", "kb", "tb", "am", "pm", "h", "hr", "hrs", "min", "mins", "s", "sec",
      "secs", "ms", "x", "pc", "pct", "bpd", "c", "f"};
  std::string lower;
  for (char c : s) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  for (std::string_view u : kUnits) {
    if (lower == u) return true;
  }
  return false;
}

bool IsOrdinalOrPluralSuffix(std::string_view suffix) {
  if (suffix == "s" || suffix == "S") return true;  // 1990s
  if (suffix.size() != 2) return false;
  std::string lower{static_cast<char>(suffix[0] | 0x20), static_cast<char>(suffix[1] | 0x20)};
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th";
}

// Words that begin with an eliding apostrophe: 'em, 'til, 'cause, 'n'.
bool IsElidedWord(std::string_view lower_word) {
  static constexpr std::string_view kWords[] = {"em", "til", "till", "cause", "tis", "twas", "n", "bout", "round"};
  for (std::string_view w : kWords) {
    if (lower_word == w) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(Document& doc) : doc_(doc), text_(doc.text()), tokens_(doc.mutable_tokens()) {}

  void Run() {
    tokens_.clear();
    doc_.ClearNorms();
    tokens_.reserve(text_.size() / 5 + 16);
    size_t pos = 0;
    const size_t n = text_.size();
    uint8_t gap_flags = 0;
    while (pos < n) {
      const unsigned char c = static_cast<unsigned char>(text_[pos]);
      if (c == ' ' || c == '\t') { gap_flags |= kSpaceBefore; ++pos; continue; }
      if (c == '\n' || c == '\r') {
        gap_flags |= kSpaceBefore | kNewlineBefore;
        ++pos;
        // A blank line ends any quote the tokenizer thought open.
        continue;
      }
      // Fast path for the commonest token: an ASCII word that ends at a space
      // or at punctuation that never joins words (not . - ' / : & @ _).
      if (internal::IsAsciiAlnum(static_cast<char>(c)) && !IsAsciiDigit(static_cast<char>(c))) {
        const size_t q = pos + 1 + internal::AsciiAlnumRun(text_, pos + 1);
        const unsigned char next = q < n ? static_cast<unsigned char>(text_[q]) : ' ';
        if (next == ' ' || next == ',' || next == '\n' || next == '\r' || next == ';' || next == ')' ||
            next == '"' || next == '?' || next == '!' || next == '\t') {
          pending_flags_ = gap_flags;
          if (gap_flags & kNewlineBefore) NewLine();
          gap_flags = 0;
          Emit(pos, q, TokenKind::kWord, 0, /*plain=*/true);
          pos = q;
          continue;
        }
      }
      CharInfo ci = ClassifyAt(text_, pos);
      if (ci.cls == CharClass::kSpace || ci.cls == CharClass::kOther) {
        gap_flags |= kSpaceBefore;
        pos += ci.len;
        continue;
      }
      if (ci.cls == CharClass::kNewline) {
        gap_flags |= kSpaceBefore | kNewlineBefore;
        pos += ci.len;
        continue;
      }
      pending_flags_ = gap_flags;
      if (gap_flags & kNewlineBefore) NewLine();
      gap_flags = 0;
      pos = ScanToken(pos, ci);
    }
  }

 private:
  void NewLine() {
    // Quotes rarely run past a line in the single-quote sense we track here.
    single_quote_open_ = false;
  }

  // `plain`: the caller knows the span is ASCII without backticks, so the
  // normalized form is the text itself (words, unless numbers).
  void Emit(size_t begin, size_t end, TokenKind kind, uint8_t extra_flags = 0, bool plain = false) {
    Token t;
    t.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    t.kind = kind;
    t.flags = static_cast<uint8_t>(pending_flags_ | extra_flags);
    pending_flags_ = 0;
    const unsigned char first = static_cast<unsigned char>(text_[begin]);
    if (end - begin == 1 && first < 0x80 && first != '`') plain = true;
    if (first < 0x80 ? (first >= 'A' && first <= 'Z') : ClassifyAt(text_, begin).cls == CharClass::kUpper) {
      t.flags |= kCapitalized;
    }
    if (plain && kind != TokenKind::kNumber) {
      t.norm_offset = Token::kNormIsText;
    } else {
      SetNorm(t);
    }
    tokens_.push_back(t);
  }

  // Computes the normalized form; stores it only when it differs from the text.
  void SetNorm(Token& t) {
    std::string_view s = text_.substr(t.span.begin, t.span.size());
    bool needs = false;
    if (t.kind == TokenKind::kNumber) {
      for (char c : s) {
        if (c == ',' || static_cast<unsigned char>(c) >= 0x80 || c == ' ') { needs = true; break; }
      }
      // Dates, times and fractions keep their separators' meaning; only thousands go.
    } else {
      for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '`') { needs = true; break; }
      }
      if (t.kind == TokenKind::kPunct && s == "....") needs = false;
    }
    if (!needs) {
      t.norm_offset = Token::kNormIsText;
      t.norm_size = 0;
      return;
    }
    std::string norm;
    norm.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
      CharInfo ci = ClassifyAt(s, i);
      i += ci.len;
      if (t.kind == TokenKind::kNumber && (ci.cp == ',' || ci.cls == CharClass::kSpace)) {
        // Thousands separators go; a comma that is a decimal mark cannot occur (10,5 is not joined).
        continue;
      }
      switch (ci.cls) {
        case CharClass::kDoubleQuote: norm.push_back('"'); continue;
        case CharClass::kSingleQuote: norm.push_back('\''); continue;
        case CharClass::kHyphen: norm.push_back('-'); continue;
        case CharClass::kDash:
          norm.append(ci.cp == 0x2014 || ci.cp == 0x2015 ? "--" : "-");
          continue;
        case CharClass::kEllipsis: norm.append("..."); continue;
        default: break;
      }
      if (ci.cp == 0xFF01) { norm.push_back('!'); continue; }
      if (ci.cp == 0xFF1F) { norm.push_back('?'); continue; }
      norm.append(s.substr(i - ci.len, ci.len));
    }
    if (norm == s) {
      t.norm_offset = Token::kNormIsText;
      t.norm_size = 0;
      return;
    }
    if (norm.size() > 0xFFFF) norm.resize(0xFFFF);
    t.norm_offset = doc_.AddNorm(norm);
    t.norm_size = static_cast<uint16_t>(norm.size());
  }

  CharInfo At(size_t pos) const {
    if (pos >= text_.size()) return {CharClass::kSpace, 0, 0};
    return ClassifyAt(text_, pos);
  }
  CharClass ClassAt(size_t pos) const { return At(pos).cls; }
  CharClass ClassBefore(size_t pos) const {
    if (pos == 0) return CharClass::kSpace;
    size_t len;
    internal::DecodeBefore(text_, pos, &len);
    return ClassifyAt(text_, pos - len).cls;
  }

  // True if the character at `pos` ends a word-ish run: space, end, or punctuation.
  bool IsBoundary(size_t pos) const {
    if (pos >= text_.size()) return true;
    return !IsWordChar(ClassAt(pos));
  }

  size_t ScanToken(size_t pos, CharInfo ci) {
    if (size_t end = ScanSpecial(pos); end > pos) return end;
    switch (ci.cls) {
      case CharClass::kUpper:
      case CharClass::kLower:
      case CharClass::kDigit:
      case CharClass::kMark:
        return ScanWord(pos);
      case CharClass::kSingleQuote:
        return ScanSingleQuote(pos, ci);
      case CharClass::kDoubleQuote:
        return ScanDoubleQuote(pos, ci);
      case CharClass::kPeriod: {
        size_t end = pos;
        while (end < text_.size() && text_[end] == '.') ++end;
        Emit(pos, end, TokenKind::kPunct);
        return end;
      }
      case CharClass::kTerminal: {
        size_t end = pos;
        while (end < text_.size() && ClassAt(end) == CharClass::kTerminal) end += At(end).len;
        Emit(pos, end, TokenKind::kPunct);
        return end;
      }
      case CharClass::kEllipsis:
        Emit(pos, pos + ci.len, TokenKind::kPunct);
        return pos + ci.len;
      case CharClass::kHyphen: {
        // A minus sign: "-5" after a space.
        if (IsAsciiDigitAt(pos + ci.len) && !IsWordChar(ClassBefore(pos)) && ci.cp == '-') {
          return ScanWord(pos, pos + ci.len);
        }
        size_t end = pos + ci.len;
        while (end < text_.size() && (ClassAt(end) == CharClass::kHyphen)) end += At(end).len;
        Emit(pos, end, TokenKind::kDash);
        return end;
      }
      case CharClass::kDash: {
        size_t end = pos + ci.len;
        while (end < text_.size() && At(end).cp == ci.cp) end += ci.len;
        Emit(pos, end, TokenKind::kDash);
        return end;
      }
      case CharClass::kPunct:
        Emit(pos, pos + ci.len, TokenKind::kPunct);
        return pos + ci.len;
      case CharClass::kCurrency:
      case CharClass::kSymbol:
      default:
        Emit(pos, pos + ci.len, TokenKind::kSymbol);
        return pos + ci.len;
    }
  }

  bool IsAsciiDigitAt(size_t pos) const { return pos < text_.size() && IsAsciiDigit(text_[pos]); }

  // URLs, e-mail addresses, @handles and #hashtags. Returns pos if none starts here.
  size_t ScanSpecial(size_t pos) {
    std::string_view rest = text_.substr(pos);
    const char c = rest[0];
    // Cheap gate before the case-insensitive compares: "http(s)://", "ftp://", "www.".
    const bool maybe_url = rest.size() > 4 && (rest[3] == '.' || rest[3] == ':' || rest[4] == ':' ||
                                               (rest.size() > 5 && rest[5] == ':'));
    if (maybe_url && ((c | 0x20) == 'h' || (c | 0x20) == 'w' || (c | 0x20) == 'f')) {
      if (StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://") ||
          StartsWithIgnoreCase(rest, "ftp://") ||
          (StartsWithIgnoreCase(rest, "www.") && rest.size() > 4 && IsWordChar(ClassAt(pos + 4)))) {
        return ScanUrl(pos);
      }
    }
    if (c == '@' || c == '#') {
      size_t end = pos + 1;
      while (end < text_.size()) {
        CharInfo ci = At(end);
        if (!(IsWordChar(ci.cls) || ci.cp == '_')) break;
        end += ci.len;
      }
      bool has_letter = false;
      for (size_t i = pos + 1; i < end; ++i) has_letter |= !IsAsciiDigit(text_[i]);
      if (end > pos + 1 && (has_letter || c == '#')) {
        // Not the middle of an e-mail address (handled by ScanWord).
        Emit(pos, end, c == '@' ? TokenKind::kHandle : TokenKind::kHashtag);
        return end;
      }
    }
    return pos;
  }

  size_t ScanUrl(size_t pos) {
    size_t end = pos;
    int open_parens = 0;
    while (end < text_.size()) {
      CharInfo ci = At(end);
      if (internal::IsSpaceOrNewline(ci.cls) || ci.cls == CharClass::kOther) break;
      if (ci.cls == CharClass::kDoubleQuote || ci.cp == 0x2018 || ci.cp == 0x2019 || ci.cp == '<' ||
          ci.cp == '>') {
        break;
      }
      if (ci.cp == '(') ++open_parens;
      if (ci.cp == ')') {
        if (open_parens == 0) break;
        --open_parens;
      }
      end += ci.len;
    }
    // Sentence punctuation after a URL is not part of it.
    while (end > pos) {
      char last = text_[end - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '\'') {
        --end;
      } else {
        break;
      }
    }
    Emit(pos, end, TokenKind::kUrl);
    return end;
  }

  // Scans a word core from `pos` (whose first character may be a sign before
  // `core_start`), then refines it into one or more tokens.
  size_t ScanWord(size_t pos, size_t core_start = std::string_view::npos) {
    size_t q = core_start == std::string_view::npos ? pos : core_start;
    ascii_word_ = true;
    size_t segment_start = q;   // start of the current period-separated segment
    bool has_inner_period = false;
    bool has_apostrophe = false;
    bool email = false;
    const size_t n = text_.size();
    while (q < n) {
      if (size_t run = internal::AsciiAlnumRun(text_, q); run > 0) {
        q += run;
        continue;
      }
      CharInfo ci = At(q);
      if (ci.len > 1) ascii_word_ = false;
      if (IsWordChar(ci.cls) || ci.cp == '_') { q += ci.len; continue; }
      if (q == pos) break;
      CharClass prev = ClassBefore(q);
      size_t after = q + ci.len;
      CharInfo next = At(after);
      bool prev_word = IsWordChar(prev);
      bool next_word = next.len > 0 && IsWordChar(next.cls);
      if (!prev_word || !next_word) break;
      if (ci.cls == CharClass::kHyphen) { q = after; continue; }
      if (ci.cp == '.') {
        bool join = (prev == CharClass::kDigit && next.cls == CharClass::kDigit) ||
                    (next.cls == CharClass::kLower && prev != CharClass::kDigit) ||
                    (next.cls == CharClass::kDigit && IsLetter(prev)) ||
                    (q - segment_start <= 2 && IsLetter(next.cls));
        if (!join) break;
        has_inner_period = true;
        q = after;
        segment_start = q;
        continue;
      }
      if (ci.cp == ',') {
        // Thousands: a comma between digits followed by exactly three digits.
        if (prev == CharClass::kDigit && IsAsciiDigitAt(after) && IsAsciiDigitAt(after + 1) &&
            IsAsciiDigitAt(after + 2) && !IsAsciiDigitAt(after + 3)) {
          q = after;
          continue;
        }
        break;
      }
      if (ci.cp == ':') {
        if (prev == CharClass::kDigit && next.cls == CharClass::kDigit) { q = after; continue; }
        break;
      }
      if (ci.cp == '/') {
        q = after;
        continue;
      }
      if (ci.cls == CharClass::kSingleQuote && (ci.cp == '\'' || ci.cp == 0x2019)) {
        if (IsLetter(prev) && IsLetter(next.cls)) { has_apostrophe = true; q = after; continue; }
        if (prev == CharClass::kDigit && (next.cp == 's' || next.cp == 'S') && IsBoundary(after + 1)) {
          q = after;
          continue;
        }
        break;
      }
      if (ci.cp == '&') {
        if (prev == CharClass::kUpper && next.cls == CharClass::kUpper) { q = after; continue; }
        break;
      }
      if (ci.cp == '@') {
        size_t domain_end = ScanDomain(after);
        if (domain_end > after) {
          q = domain_end;
          email = true;
        }
        break;
      }
      break;
    }
    if (email) {
      Emit(pos, q, TokenKind::kEmail);
      return q;
    }
    return EmitWordCore(pos, q, has_inner_period, has_apostrophe);
  }

  // The end of a domain name (letters, digits, hyphens, at least one inner period) at `pos`, or pos.
  size_t ScanDomain(size_t pos) const {
    size_t q = pos;
    bool dot = false;
    while (q < text_.size()) {
      char c = text_[q];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '-' || c == '_') { ++q; continue; }
      if (c == '.' && q + 1 < text_.size() && q > pos && std::isalnum(static_cast<unsigned char>(text_[q + 1]))) {
        dot = true;
        ++q;
        continue;
      }
      break;
    }
    return dot ? q : pos;
  }

  size_t EmitWordCore(size_t begin, size_t end, bool has_inner_period, bool has_apostrophe) {
    std::string_view core = text_.substr(begin, end - begin);
    const bool starts_digit = IsAsciiDigit(core[0]) || (core[0] == '-' && core.size() > 1);

    if (starts_digit) return EmitNumberCore(begin, end);

    // Clitics: n't, 's, 'm, 'd, 're, 've, 'll (straight or curly apostrophe).
    if (has_apostrophe) {
      size_t split = CliticSplit(core);
      if (split != 0 && split < core.size()) {
        EmitWordCore(begin, begin + split, has_inner_period, false);
        Emit(begin + split, end, TokenKind::kClitic);
        return end;
      }
    }

    // A final period: part of the token for abbreviations and initials.
    if (end < text_.size() && text_[end] == '.' && !(end + 1 < text_.size() && text_[end + 1] == '.')) {
      if (TakesPeriod(core, has_inner_period, end + 1)) {
        Emit(begin, end + 1, TokenKind::kAbbreviation);
        return end + 1;
      }
    }
    Emit(begin, end, TokenKind::kWord, 0, ascii_word_);
    return end;
  }

  // Offset at which a clitic starts in `core`, or 0.
  static size_t CliticSplit(std::string_view core) {
    auto apostrophe_at = [&](size_t i, size_t* len) -> bool {
      if (core[i] == '\'') { *len = 1; return true; }
      if (core.compare(i, 3, "\xE2\x80\x99") == 0) { *len = 3; return true; }
      return false;
    };
    // n't: the apostrophe is preceded by n/N and followed by t/T at the very end.
    for (size_t i = 1; i + 1 < core.size(); ++i) {
      size_t len;
      if (!apostrophe_at(i, &len)) continue;
      std::string_view after = core.substr(i + len);
      char before = core[i - 1];
      if ((before == 'n' || before == 'N') && (after == "t" || after == "T") && i >= 2) return i - 1;
      if (EqualsIgnoreCase(after, "s") || EqualsIgnoreCase(after, "m") || EqualsIgnoreCase(after, "d") ||
          EqualsIgnoreCase(after, "re") || EqualsIgnoreCase(after, "ve") || EqualsIgnoreCase(after, "ll")) {
        return i;
      }
    }
    return 0;
  }

  // Does `core` followed by a period form one abbreviation token?
  bool TakesPeriod(std::string_view core, bool has_inner_period, size_t after_period) const {
    if (has_inner_period) {
      // U.S, J.R.R, a.m, Ph.D: every segment at most two letters.
      size_t seg = 0;
      for (char c : core) {
        if (c == '.') { seg = 0; continue; }
        if (++seg > 2 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
      }
      return true;
    }
    CharInfo first = ClassifyAt(core, 0);
    if (first.len == core.size() && first.cls == CharClass::kUpper) return true;  // an initial: J.
    switch (internal::LookupAbbreviation(core)) {
      case internal::AbbreviationClass::kNone:
        return false;
      case internal::AbbreviationClass::kNumber: {
        size_t p = after_period;
        while (p < text_.size() && (text_[p] == ' ' || static_cast<unsigned char>(text_[p]) == 0xC2)) {
          p += text_[p] == ' ' ? 1 : 2;
        }
        return IsAsciiDigitAt(p);
      }
      default:
        return true;
    }
  }

  size_t EmitNumberCore(size_t begin, size_t end) {
    std::string_view core = text_.substr(begin, end - begin);
    size_t first_letter = core.size();
    for (size_t i = 0; i < core.size(); ++i) {
      if (!(IsAsciiDigit(core[i]) || core[i] == ',' || core[i] == '.' || core[i] == '-' || core[i] == ':' ||
            core[i] == '/' || core[i] == '\'')) {
        first_letter = i;
        break;
      }
    }
    if (first_letter < core.size()) {
      // Digits then letters only: 1.2bn splits, 1990s and 21st stay; anything
      // else with letters (40-year-old, 3D, 9-11s) is a word.
      std::string_view digits = core.substr(0, first_letter);
      std::string_view suffix = core.substr(first_letter);
      bool alpha_suffix = true;
      for (char c : suffix) alpha_suffix &= std::isalpha(static_cast<unsigned char>(c)) != 0;
      bool plain_digits = !digits.empty() && IsAsciiDigit(digits.back());
      for (char c : digits) plain_digits &= IsAsciiDigit(c) || c == ',' || c == '.';
      // A plural "s" after a whole number is a decade or an age (1990s, their
      // 30s), not seconds; after a decimal (9.58s) it is the unit.
      bool plural = (suffix == "s" || suffix == "S") && digits.find('.') == std::string_view::npos;
      if (alpha_suffix && plain_digits && !plural && IsUnitSuffix(suffix)) {
        EmitNumberCore(begin, begin + first_letter);
        Emit(begin + first_letter, end, TokenKind::kWord);
        return end;
      }
      bool number = alpha_suffix && plain_digits && IsOrdinalOrPluralSuffix(suffix);
      Emit(begin, end, number ? TokenKind::kNumber : TokenKind::kWord);
      return end;
    }
    // A range of two numbers, 10,000-12,000, splits; an ISO date, 2024-11-05, does not.
    // A loop, not recursion, so that a long chain (1-2-3-...) takes linear time and no stack.
    size_t part = begin;
    for (;;) {
      std::string_view rest = text_.substr(part, end - part);
      size_t hyphen = rest.find('-', 1);
      if (hyphen == std::string_view::npos || IsIsoDate(rest)) break;
      EmitNumberCore(part, part + hyphen);  // has no inner hyphen: does not come back here
      Emit(part + hyphen, part + hyphen + 1, TokenKind::kDash);
      part += hyphen + 1;
    }
    if (part != begin) return EmitNumberCore(part, end);
    // Digit groups separated by a space: 10 000, 1 200 000.
    size_t joined_end = end;
    if (core.size() <= 3 && AllDigits(core)) joined_end = JoinSpacedGroups(end);
    Emit(begin, joined_end, TokenKind::kNumber);
    return joined_end;
  }

  static bool AllDigits(std::string_view s) {
    for (char c : s) {
      if (!IsAsciiDigit(c)) return false;
    }
    return !s.empty();
  }

  static bool IsIsoDate(std::string_view s) {
    return s.size() == 10 && AllDigits(s.substr(0, 4)) && s[4] == '-' && AllDigits(s.substr(5, 2)) && s[7] == '-' &&
           AllDigits(s.substr(8, 2));
  }

  // From `end` (just after 1-3 digits), extends over " ddd" groups.
  size_t JoinSpacedGroups(size_t end) const {
    size_t cur = end;
    for (;;) {
      size_t gap;
      if (cur < text_.size() && text_[cur] == ' ') {
        gap = 1;
      } else if (text_.compare(cur, 2, "\xC2\xA0") == 0) {
        gap = 2;  // no-break space
      } else if (text_.compare(cur, 3, "\xE2\x80\xAF") == 0 || text_.compare(cur, 3, "\xE2\x80\x89") == 0) {
        gap = 3;  // narrow no-break space, thin space
      } else {
        break;
      }
      size_t g = cur + gap;
      if (!(IsAsciiDigitAt(g) && IsAsciiDigitAt(g + 1) && IsAsciiDigitAt(g + 2))) break;
      size_t after = g + 3;
      if (after < text_.size()) {
        CharInfo ci = At(after);
        if (IsWordChar(ci.cls) || ci.cp == '-' || ci.cp == ',' || ci.cp == '/' || ci.cp == ':' ||
            (ci.cp == '.' && IsAsciiDigitAt(after + 1))) {
          break;
        }
      }
      cur = after;
    }
    return cur;
  }

  size_t ScanSingleQuote(size_t pos, CharInfo ci) {
    const size_t after = pos + ci.len;
    // The U.S.'s: a possessive right after an abbreviation's period.
    if ((ci.cp == '\'' || ci.cp == 0x2019) && !tokens_.empty() && tokens_.back().span.end == pos &&
        tokens_.back().kind == TokenKind::kAbbreviation && after < text_.size() &&
        (text_[after] == 's' || text_[after] == 'S') && IsBoundary(after + 1)) {
      Emit(pos, after + 1, TokenKind::kClitic);
      return after + 1;
    }
    const bool word_before = pos > 0 && IsWordChar(ClassBefore(pos));
    if (!word_before && (ci.cp == '\'' || ci.cp == 0x2019 || ci.cp == 0x2018)) {
      // '90s, '90: an elided century.
      if (IsAsciiDigitAt(after) && IsAsciiDigitAt(after + 1)) {
        size_t e = after + 2;
        if (e < text_.size() && text_[e] == 's') ++e;
        if (IsBoundary(e)) {
          Emit(pos, e, TokenKind::kNumber);
          return e;
        }
      }
      // 'em, 'til, 'cause, 'n' (rock 'n' roll).
      size_t e = after;
      std::string lower;
      while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e])) && lower.size() < 6) {
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text_[e]))));
        ++e;
      }
      // Miller 's: a clitic written apart from its word, as in text that was
      // tokenized before (Penn Treebank style, CoNLL). The same token as in
      // Miller's, not a quote and a word.
      if (!single_quote_open_ && IsBoundary(e) && !tokens_.empty() && tokens_.back().span.end + 1 == pos &&
          text_[pos - 1] == ' ' &&
          (tokens_.back().kind == TokenKind::kWord || tokens_.back().kind == TokenKind::kAbbreviation) &&
          (lower == "s" || lower == "m" || lower == "d" || lower == "re" || lower == "ve" || lower == "ll")) {
        Emit(pos, e, TokenKind::kClitic);
        return e;
      }
      if (!lower.empty() && IsBoundary(e) && IsElidedWord(lower)) {
        if (lower == "n") {
          CharInfo close = At(e);
          if (close.cls == CharClass::kSingleQuote) {
            Emit(pos, e + close.len, TokenKind::kWord);
            return e + close.len;
          }
        } else if (!single_quote_open_) {
          Emit(pos, e, TokenKind::kWord);
          return e;
        }
      }
    }
    const bool next_space = after >= text_.size() || internal::IsSpaceOrNewline(ClassAt(after));
    if (word_before) {
      // After a word: a closing quote, or the possessive of a plural (students').
      CharClass prev = ClassBefore(pos);
      size_t plen;
      char32_t prev_cp = internal::DecodeBefore(text_, pos, &plen);
      if (!single_quote_open_ && (prev_cp == 's' || prev_cp == 'S' || prev_cp == 'z') && IsLetter(prev) &&
          (next_space || !IsWordChar(ClassAt(after)))) {
        Emit(pos, after, TokenKind::kClitic);
        return after;
      }
      single_quote_open_ = false;
      Emit(pos, after, TokenKind::kQuote, kSingleQuote | kClosingQuote);
      return after;
    }
    uint8_t flags = kSingleQuote;
    const bool left_flanking = !next_space;
    if (left_flanking && ci.cp != 0x2019 && ci.cp != 0x203A) {
      flags |= kOpeningQuote;
      single_quote_open_ = true;
    } else if (left_flanking && ci.cp == 0x2019 && !single_quote_open_) {
      flags |= kOpeningQuote;  // a right mark used to open: ’quote’
      single_quote_open_ = true;
    } else {
      flags |= kClosingQuote;
      single_quote_open_ = false;
    }
    Emit(pos, after, TokenKind::kQuote, flags);
    return after;
  }

  size_t ScanDoubleQuote(size_t pos, CharInfo ci) {
    const size_t after = pos + ci.len;
    CharClass before = pos == 0 ? CharClass::kSpace : ClassBefore(pos);
    CharClass next = after >= text_.size() ? CharClass::kSpace : ClassAt(after);
    // Flanking, as in CommonMark: a mark after space or opening punctuation and
    // before a non-space opens; one after a non-space and before space or
    // punctuation closes.
    auto is_opening_context = [](CharClass c) {
      return internal::IsSpaceOrNewline(c) || c == CharClass::kDash || c == CharClass::kHyphen ||
             c == CharClass::kDoubleQuote || c == CharClass::kSingleQuote;
    };
    bool can_open = !internal::IsSpaceOrNewline(next) && (is_opening_context(before) || text_[pos - 1] == '(' ||
                                                          text_[pos - 1] == '[');
    bool can_close = !internal::IsSpaceOrNewline(before) && !is_opening_context(before) &&
                     (internal::IsSpaceOrNewline(next) || !IsWordChar(next));
    if (pos > 0 && before == CharClass::kPunct && (text_[pos - 1] == '(' || text_[pos - 1] == '[')) can_close = false;
    uint8_t flags = 0;
    if (can_open && !can_close) {
      flags = kOpeningQuote;
    } else if (can_close && !can_open) {
      flags = kClosingQuote;
    } else {
      // Ambiguous (between words, or alone between spaces): the glyph decides,
      // and a straight mark toggles.
      if (ci.cp == 0x201C || ci.cp == 0x201E || ci.cp == 0x00AB) {
        flags = kOpeningQuote;
      } else if (ci.cp == 0x201D || ci.cp == 0x00BB) {
        flags = kClosingQuote;
      } else {
        flags = double_quote_open_ ? kClosingQuote : kOpeningQuote;
      }
    }
    double_quote_open_ = (flags & kOpeningQuote) != 0;
    Emit(pos, after, TokenKind::kQuote, flags);
    return after;
  }

  Document& doc_;
  std::string_view text_;
  std::vector<Token>& tokens_;
  uint8_t pending_flags_ = 0;
  bool single_quote_open_ = false;
  bool double_quote_open_ = false;
  bool ascii_word_ = false;  // the word ScanWord is refining has only ASCII bytes
};

}  // namespace

void Tokenizer::Annotate(Document& doc) const {
  Scanner scanner(doc);
  scanner.Run();
}

}  // namespace hearsay
