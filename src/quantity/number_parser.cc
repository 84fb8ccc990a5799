#include "quantity/number_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_set>

namespace hearsay::internal::quantity {

namespace {

constexpr size_t kMaxStartLength = 24;

struct WordValue {
  std::string_view word;
  double value;
};

constexpr WordValue kSmall[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
};

constexpr WordValue kOrdinalWords[] = {
    {"first", 1},       {"second", 2},      {"third", 3},         {"fourth", 4},      {"fifth", 5},
    {"sixth", 6},       {"seventh", 7},     {"eighth", 8},        {"ninth", 9},       {"tenth", 10},
    {"eleventh", 11},   {"twelfth", 12},    {"thirteenth", 13},   {"fourteenth", 14}, {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},  {"fortieth", 40},   {"fiftieth", 50},     {"sixtieth", 60},   {"seventieth", 70},
    {"eightieth", 80},  {"ninetieth", 90},  {"hundredth", 100},   {"thousandth", 1000}, {"millionth", 1e6},
};

// Denominators of fractions written in words: "a third", "two-thirds", "three quarters".
constexpr WordValue kDenominators[] = {
    {"half", 2},    {"halves", 2},   {"third", 3},   {"thirds", 3},   {"quarter", 4}, {"quarters", 4},
    {"fourth", 4},  {"fourths", 4},  {"fifth", 5},   {"fifths", 5},   {"sixth", 6},   {"sixths", 6},
    {"eighth", 8},  {"eighths", 8},  {"tenth", 10},  {"tenths", 10},
};

constexpr WordValue kScales[] = {
    {"hundred", 1e2},  {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
    {"bn", 1e9},       {"mn", 1e6},       {"mln", 1e6},     {"tn", 1e12},     {"trn", 1e12},
    {"k", 1e3},        {"lakh", 1e5},     {"crore", 1e7},
};

// Plurals that stand for a vague count when "of" follows: "hundreds of".
constexpr WordValue kVague[] = {
    {"dozens", 12}, {"scores", 20}, {"tens", 10}, {"hundreds", 100}, {"thousands", 1e3},
    {"millions", 1e6}, {"billions", 1e9},
};

template <size_t N>
double Lookup(const WordValue (&table)[N], std::string_view lower, double missing = -1) {
  for (const WordValue& w : table) {
    if (w.word == lower) return w.value;
  }
  return missing;
}

// Value of a cardinal word or hyphenated pair ("forty-two"), or -1.
double CardinalWord(std::string_view lower) {
  double v = Lookup(kSmall, lower);
  if (v >= 0) return v;
  size_t hyphen = lower.find('-');
  if (hyphen == std::string_view::npos) return -1;
  double tens = Lookup(kSmall, lower.substr(0, hyphen));
  double unit = Lookup(kSmall, lower.substr(hyphen + 1));
  if (tens >= 20 && static_cast<int>(tens) % 10 == 0 && unit >= 1 && unit <= 9) return tens + unit;
  return -1;
}

// Value of an ordinal word ("third", "twenty-first"), or -1.
double OrdinalWord(std::string_view lower) {
  double v = Lookup(kOrdinalWords, lower);
  if (v >= 0) return v;
  size_t hyphen = lower.find('-');
  if (hyphen == std::string_view::npos) return -1;
  double tens = Lookup(kSmall, lower.substr(0, hyphen));
  double unit = Lookup(kOrdinalWords, lower.substr(hyphen + 1));
  if (tens >= 20 && unit >= 1 && unit <= 9) return tens + unit;
  return -1;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

double NumberParser::ScaleOf(std::string_view lower, bool money) {
  if (money && (lower == "m" || lower == "b")) return lower == "m" ? 1e6 : 1e9;
  if (lower == "hundred") return 0;  // "3 hundred" is read by Parse itself; "5 to 7 hundred" is not a range scale
  return Lookup(kScales, lower, 0);
}

namespace {

// A filter on (first letter, second letter, length) that every word a number
// can start with passes: MayStart runs on every word of the text, so most
// words must be turned away without hashing or scanning. Built at compile
// time: for each pair of first letters, a mask of the lengths of the start
// words, and a mask of the lengths of those that may begin a hyphenated
// number ("twenty-five", "two-thirds"), tested against the hyphen's place.
constexpr size_t LetterIndex(char c) {
  char l = static_cast<char>(c | 0x20);
  return l >= 'a' && l <= 'z' ? static_cast<size_t>(l - 'a') : 26;
}

struct StartMasks {
  std::array<uint32_t, 27 * 27> lengths{};  // bit n: a start word of length n (31: 31 or more)
  std::array<uint32_t, 27 * 27> hyphens{};  // bit n: a start word of length n may precede a hyphen
};

constexpr StartMasks MakeStartMasks() {
  StartMasks masks;
  auto add = [&](std::string_view w, bool hyphen_prefix) {
    size_t slot = LetterIndex(w[0]) * 27 + (w.size() > 1 ? LetterIndex(w[1]) : 26);
    masks.lengths[slot] |= uint32_t{1} << std::min<size_t>(w.size(), 31);
    if (hyphen_prefix) masks.hyphens[slot] |= uint32_t{1} << w.size();
  };
  for (const WordValue& v : kSmall) add(v.word, true);
  for (const WordValue& v : kOrdinalWords) add(v.word, false);
  for (const WordValue& v : kVague) add(v.word, false);
  for (std::string_view w : {"a", "an", "half", "several", "few"}) add(w, false);
  return masks;
}

constexpr StartMasks kMasks = MakeStartMasks();

// Every word a number can start with, for the exact test after the filter.
const std::unordered_set<std::string_view>& StartWords() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> w;
    for (const WordValue& v : kSmall) w.insert(v.word);
    for (const WordValue& v : kOrdinalWords) w.insert(v.word);
    for (const WordValue& v : kVague) w.insert(v.word);
    for (std::string_view s : {"a", "an", "half", "several", "few"}) w.insert(s);
    return w;
  }();
  return words;
}

}  // namespace

const std::array<uint32_t, 27 * 27> NumberParser::kStartMasks = kMasks.lengths;
const std::array<uint32_t, 27 * 27> NumberParser::kHyphenMasks = kMasks.hyphens;

bool NumberParser::MayStartWord(const TokenView& view, uint32_t i) {
  std::string_view t = view.Norm(i);
  size_t len = 0;  // forty-two, two-thirds: the part before the hyphen decides
  while (len < t.size() && t[len] != '-') ++len;
  if (len == 0 || len >= kMaxStartLength) return false;
  char c0 = AsciiLower(t[0]);
  char c1 = len > 1 ? AsciiLower(t[1]) : 0;
  if (c0 == 'a' && len <= 2) {
    // "a"/"an" start a number only before a scale or a fraction: a dozen,
    // a hundred, a third, a thousand, a million, a quarter, a few, a fifth.
    if (len == 2 && c1 != 'n') return false;
    if (i + 1 >= view.size() || view.Kind(i + 1) != TokenKind::kWord) return false;
    char n0 = AsciiLower(view.Norm(i + 1)[0]);
    return n0 == 'd' || n0 == 'h' || n0 == 't' || n0 == 'm' || n0 == 'b' || n0 == 'q' || n0 == 'f';
  }
  char buf[kMaxStartLength];
  for (size_t c = 0; c < len; ++c) buf[c] = AsciiLower(t[c]);
  return StartWords().count(std::string_view(buf, len)) > 0;
}

std::optional<ParsedNumber> NumberParser::Parse(const TokenView& view, uint32_t i, uint32_t end,
                                                bool money) const {
  if (i >= end) return std::nullopt;
  ParsedNumber n;
  n.begin = i;
  const TokenKind kind = view.Kind(i);

  if (kind == TokenKind::kNumber) {
    std::string_view norm = view.Norm(i);
    if (norm.empty() || norm[0] == '\'') return std::nullopt;             // '90s
    if (norm.find(':') != std::string_view::npos) return std::nullopt;    // 10:30
    if (norm.size() == 10 && norm[4] == '-' && AllDigits(norm.substr(0, 4))) return std::nullopt;  // ISO date
    size_t slash = norm.find('/');
    if (slash != std::string_view::npos) {
      std::string_view a = norm.substr(0, slash), b = norm.substr(slash + 1);
      if (!AllDigits(a) || !AllDigits(b) || b.size() > 2) return std::nullopt;
      double num = std::atof(std::string(a).c_str()), den = std::atof(std::string(b).c_str());
      // Only the denominators fractions use: 9/11 and 24/7 are not fractions.
      bool usual = den == 2 || den == 3 || den == 4 || den == 5 || den == 8 || den == 10;
      if (!usual || num < 1 || num >= den) return std::nullopt;
      n.value = num / den;
      n.fraction = true;
      n.end = i + 1;
      return n;
    }
    char last = AsciiLower(norm.back());
    if (last >= 'a' && last <= 'z') {
      // 21st, 2nd: ordinals; 1990s, 30s: decades and ages.
      if (last == 's' && norm.size() >= 2 && AsciiLower(norm[norm.size() - 2]) != 't') return std::nullopt;
      std::string digits;
      for (char c : norm) {
        if (c >= '0' && c <= '9') digits.push_back(c);
      }
      if (digits.empty()) return std::nullopt;
      n.value = std::atof(digits.c_str());
      n.ordinal = true;
      n.end = i + 1;
      return n;
    }
    std::string s(norm);
    char* stop = nullptr;
    double v = std::strtod(s.c_str(), &stop);
    if (stop == s.c_str() || *stop != '\0' || !std::isfinite(v)) return std::nullopt;
    n.value = v;
    n.plain_integer = AllDigits(norm) && view.Text(i).size() == norm.size();
    n.end = i + 1;
    // Scales: "1.2 million", "3bn", "10 thousand", "12 hundred", "2 dozen".
    if (n.end < end && view.IsWord(n.end)) {
      std::string lower = view.Lower(n.end);
      double scale = ScaleOf(lower, money);
      if (lower == "hundred" && v < 100 && v == std::floor(v)) scale = 100;
      if (scale > 0) {
        // Round away binary noise: 65.4 * 1e9 is 65400000000, not 65400000000.00001.
        double scaled = n.value * scale;
        if (scale >= 1e3 && std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled) scaled = std::round(scaled);
        n.value = scaled;
        n.scaled = true;
        n.plain_integer = false;
        ++n.end;
      } else if ((lower == "dozen") && v == std::floor(v)) {
        n.value *= 12;
        ++n.end;
      }
    }
    return n;
  }

  if (kind != TokenKind::kWord) return std::nullopt;
  std::string first = view.Lower(i);

  // Fractions written as one hyphenated word: "two-thirds", "three-quarters".
  if (size_t hyphen = first.find('-'); hyphen != std::string::npos) {
    double num = CardinalWord(std::string_view(first).substr(0, hyphen));
    double den = Lookup(kDenominators, std::string_view(first).substr(hyphen + 1));
    if (num >= 1 && den >= 2 && num < den) {
      n.value = num / den;
      n.fraction = true;
      n.spelled = true;
      n.end = i + 1;
      return n;
    }
  }
  // Ordinals: first, twenty-first.
  if (double ord = OrdinalWord(first); ord >= 0 && first != "second" && first != "quarter") {
    n.value = ord;
    n.ordinal = true;
    n.spelled = true;
    n.end = i + 1;
    return n;
  }
  if (first == "second") {
    n.value = 2;
    n.ordinal = true;
    n.spelled = true;
    n.end = i + 1;
    return n;
  }

  // Vague plurals: "dozens of", "hundreds of", "tens of thousands of", "hundreds of millions of".
  if (double unit = Lookup(kVague, first); unit > 0) {
    if (!view.Is(i + 1, end, "of")) return std::nullopt;
    uint32_t j = i + 1;
    double outer = unit;
    if ((first == "tens" || first == "hundreds") && j + 1 < end) {
      std::string inner = view.Lower(j + 1);
      double inner_unit = Lookup(kVague, inner);
      if (inner_unit >= 1e3 && inner != "dozens" && inner != "scores") {
        outer = unit * inner_unit;
        j += 2;  // past "of thousands"
        if (!view.Is(j, end, "of")) {
          // "tens of thousands" at the end of a clause: still a count.
        }
      } else if (first == "tens") {
        return std::nullopt;  // "tens of people" is rare; leave it
      }
    } else if (first == "tens") {
      return std::nullopt;
    }
    n.begin = i;
    n.end = j == i + 1 ? i + 1 : j;
    n.spelled = true;
    if (first == "dozens") {
      n.low = 24;
      n.high = 99;
    } else if (first == "scores") {
      n.low = 40;
      n.high = 99;
    } else {
      n.low = 2 * outer;
      n.high = 10 * outer - 1;
    }
    n.value = *n.low;
    return n;
  }

  // "several hundred", "a few thousand".
  {
    uint32_t j = i;
    double lo = 0, hi = 0;
    if (first == "several") {
      lo = 3;
      hi = 9;
      j = i + 1;
    } else if (first == "a" && view.Is(i + 1, end, "few")) {
      lo = 2;
      hi = 5;
      j = i + 2;
    } else if (first == "few") {
      lo = 2;
      hi = 5;
      j = i + 1;
    }
    if (j > i && j < end && view.IsWord(j)) {
      std::string s = view.Lower(j);
      double scale = s == "hundred" ? 100 : s == "dozen" ? 12 : Lookup(kScales, s, 0);
      if (scale >= 12 && s != "k" && s != "bn" && s != "mn" && s != "mln" && s != "tn" && s != "trn") {
        n.low = lo * scale;
        n.high = hi * scale;
        n.value = *n.low;
        n.spelled = true;
        n.end = j + 1;
        return n;
      }
    }
    if (j > i) return std::nullopt;
  }

  // "a"/"an"/"one" before a fraction or a scale: a third, a dozen, a hundred, a million, one and a half.
  uint32_t j = i;
  double total = 0, current = 0;
  bool any = false;
  if (first == "a" || first == "an" || first == "half") {
    if (first == "half") {
      // "half a million", "half of", "half".
      if (view.Is(i + 1, end, "a") && i + 2 < end) {
        double scale = Lookup(kScales, view.Lower(i + 2), 0);
        if (scale >= 1e3 || view.Is(i + 2, end, "dozen") || view.Is(i + 2, end, "hundred")) {
          n.value = 0.5 * (view.Is(i + 2, end, "dozen") ? 12 : scale);
          n.spelled = true;
          n.end = i + 3;
          return n;
        }
      }
      n.value = 0.5;
      n.fraction = true;
      n.spelled = true;
      n.end = i + 1;
      return n;
    }
    if (i + 1 >= end || !view.IsWord(i + 1)) return std::nullopt;
    std::string next = view.Lower(i + 1);
    if (double den = Lookup(kDenominators, next); den >= 2 && next.back() != 's') {
      n.value = 1 / den;
      n.fraction = true;
      n.spelled = true;
      n.end = i + 2;
      return n;
    }
    if (next == "dozen") {
      current = 12;
    } else if (next == "hundred") {
      current = 100;
    } else if (double scale = Lookup(kScales, next, 0); scale >= 1e3 && next.size() > 2) {
      current = scale;
    } else {
      return std::nullopt;
    }
    any = true;
    j = i + 2;
  }

  // Cardinal words: "forty-two", "two hundred and fifty", "ten thousand", "1.2" is digits.
  for (; j < end && view.Kind(j) == TokenKind::kWord; ++j) {
    std::string w = j == i ? first : view.Lower(j);
    double v = CardinalWord(w);
    if (v >= 0) {
      // "twenty five" written apart is one number; "two three" is not.
      if (any && current > 0) {
        // "twenty five" and "two hundred fifty" are one number; "two three" is not.
        double r = std::fmod(current, 100);
        if (!(r == 0 || (r >= 20 && std::fmod(r, 10) == 0 && v < 10))) break;
      }
      current += v;
      any = true;
      continue;
    }
    if (!any) return std::nullopt;
    if (w == "hundred") {
      current = (current == 0 ? 1 : current) * 100;
      continue;
    }
    if (w == "dozen") {
      current = (current == 0 ? 1 : current) * 12;
      continue;
    }
    if (double scale = Lookup(kScales, w, 0); scale >= 1e3 && w.size() > 2) {
      total += (current == 0 ? 1 : current) * scale;
      current = 0;
      continue;
    }
    // "two hundred and fifty": "and" joins only when a smaller number follows.
    if (w == "and" && j + 1 < end && CardinalWord(view.Lower(j + 1)) >= 0 && (current >= 100 || total >= 1000) &&
        std::fmod(current, 100) == 0) {
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  // A trailing "and" was not followed by a number word.
  while (j > i + 1 && view.Is(j - 1, end, "and")) --j;
  n.value = total + current;
  n.spelled = true;
  n.one_word = j == i + 1 && first == "one";
  n.end = j;
  // "ten million", already read; a digit-free "a million" also lands here.
  return n;
}

}  // namespace hearsay::internal::quantity
