#include "input/date_parser.h"

#include <array>
#include <cstdio>

#include "hearsay/input.h"

namespace hearsay::internal {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

int Number(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (pos + i >= s.size() || !Digit(s[pos + i])) return -1;
    v = v * 10 + (s[pos + i] - '0');
  }
  return v;
}

std::optional<std::string> Make(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  if (!IsIsoDate(buf)) return std::nullopt;
  return std::string(buf);
}

int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  char w[3];
  for (int i = 0; i < 3; ++i) w[i] = static_cast<char>(word[i] | 0x20);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (std::string_view(w, 3) == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool Alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<std::string> DateParser::ToIsoDate(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  if (s.size() > 200) s = s.substr(0, 200);
  // Numeric: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, anywhere at a word start.
  for (size_t i = 0; i + 8 <= s.size(); ++i) {
    if (i > 0 && Digit(s[i - 1])) continue;
    int y = Number(s, i, 4);
    if (y < 0) continue;
    if (i + 10 <= s.size() && (s[i + 4] == '-' || s[i + 4] == '/' || s[i + 4] == '.') && s[i + 7] == s[i + 4]) {
      int m = Number(s, i + 5, 2), d = Number(s, i + 8, 2);
      if (m > 0 && d > 0 && (i + 10 == s.size() || !Digit(s[i + 10]))) return Make(y, m, d);
    }
    int m = Number(s, i + 4, 2), d = Number(s, i + 6, 2);
    if (m > 0 && d > 0 && (i + 8 == s.size() || !Digit(s[i + 8]))) {
      if (auto r = Make(y, m, d)) return r;
    }
  }
  // Words: "19 Nov 2019", "Tue, 19 Nov 2019", "November 19, 2019", "Nov. 19 2019".
  int day = -1, month = 0, year = -1;
  for (size_t i = 0; i < s.size();) {
    if (Alpha(s[i])) {
      size_t j = i;
      while (j < s.size() && Alpha(s[j])) ++j;
      int m = MonthOf(s.substr(i, j - i));
      if (m > 0 && month == 0 && j - i <= 9) month = m;
      i = j;
    } else if (Digit(s[i])) {
      size_t j = i;
      while (j < s.size() && Digit(s[j])) ++j;
      int v = Number(s, i, j - i);
      if (j - i == 4 && year < 0) year = v;
      else if (j - i <= 2 && day < 0 && year < 0) day = v;
      // skip ordinal suffixes (19th)
      i = j;
      while (i < s.size() && Alpha(s[i]) && j + 2 >= i) ++i;
    } else {
      ++i;
    }
    if (day > 0 && month > 0 && year > 0) return Make(year, month, day);
  }
  return std::nullopt;
}

std::optional<std::string> DateParser::FromUrl(std::string_view url) {
  size_t path = url.find("://");
  path = path == std::string_view::npos ? 0 : url.find('/', path + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  for (size_t i = 0; i + 5 < p.size(); ++i) {
    if (p[i] != '/' && p[i] != '-' && p[i] != '_') continue;
    int y = Number(p, i + 1, 4);
    if (y < 1990 || y > 2100) continue;
    size_t k = i + 5;
    if (k + 6 <= p.size() && (p[k] == '/' || p[k] == '-' || p[k] == '_') && p[k + 3] == p[k]) {
      int m = Number(p, k + 1, 2), d = Number(p, k + 4, 2);
      if (m > 0 && d > 0 && (k + 6 == p.size() || !Digit(p[k + 6]))) {
        if (auto r = Make(y, m, d)) return r;
      }
    }
    if (k + 4 <= p.size() && Digit(p[k])) {
      int m = Number(p, k, 2), d = Number(p, k + 2, 2);
      if (m > 0 && d > 0 && (k + 4 == p.size() || !Digit(p[k + 4]))) {
        if (auto r = Make(y, m, d)) return r;
      }
    }
  }
  return std::nullopt;
}

}  // namespace hearsay::internal
