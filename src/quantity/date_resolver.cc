#include "quantity/date_resolver.h"

#include <cstdio>
#include <cstdlib>

namespace hearsay::internal::quantity {

namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool Valid(int y, int m, int d) { return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

// The day-of-month of token `i` ("31", "31st"), or 0.
int DayNumber(const TokenView& view, uint32_t i, uint32_t end) {
  if (i >= end || view.Kind(i) != TokenKind::kNumber) return 0;
  std::string_view s = view.Norm(i);
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view rest = s.substr(n);
  if (!(rest.empty() || EqualsLower(rest, "st") || EqualsLower(rest, "nd") || EqualsLower(rest, "rd") ||
        EqualsLower(rest, "th"))) {
    return 0;
  }
  int d = std::atoi(std::string(s.substr(0, n)).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

// A four-digit year at token `i`, or 0.
int YearNumber(const TokenView& view, uint32_t i, uint32_t end) {
  if (i >= end || view.Kind(i) != TokenKind::kNumber) return 0;
  std::string_view s = view.Norm(i);
  if (s.size() != 4 || !IsDigits(s) || view.Text(i).size() != 4) return 0;
  int y = std::atoi(std::string(s).c_str());
  return y >= 1000 && y <= 2200 ? y : 0;
}

// The year that puts month/day nearest `published`.
CivilDate NearestYear(int month, int day, const CivilDate& published) {
  CivilDate best{published.year, month, day};
  int64_t best_gap = -1;
  for (int y = published.year - 1; y <= published.year + 1; ++y) {
    if (!Valid(y, month, day)) continue;
    int64_t gap = std::llabs(CivilDate{y, month, day}.ToDays() - published.ToDays());
    if (best_gap < 0 || gap < best_gap) {
      best_gap = gap;
      best = {y, month, day};
    }
  }
  return best;
}

}  // namespace

std::optional<CivilDate> CivilDate::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) ||
      !IsDigits(s.substr(8, 2))) {
    return std::nullopt;
  }
  int y = std::atoi(std::string(s.substr(0, 4)).c_str());
  int m = std::atoi(std::string(s.substr(5, 2)).c_str());
  int d = std::atoi(std::string(s.substr(8, 2)).c_str());
  if (!Valid(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t CivilDate::ToDays() const {
  int64_t y = year - (month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2)), m, d};
}

int CivilDate::Weekday() const {
  int64_t days = ToDays();  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string CivilDate::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int DateResolver::MonthOf(std::string_view word) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 10) return 0;
  const bool period = word.back() == '.';
  std::string_view w = period ? word.substr(0, word.size() - 1) : word;
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsLower(w, kNames[m])) return m + 1;
  }
  if (EqualsLower(w, "sept")) return 9;
  // Three-letter abbreviations need their period ("Mar." not "mar").
  if (!period || w.size() != 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsLower(w, kNames[m].substr(0, 3))) return m + 1;
  }
  return 0;
}

int DateResolver::WeekdayOf(std::string_view word) {
  static constexpr std::string_view kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  if (word.size() < 6 || word.size() > 9) return -1;
  for (int d = 0; d < 7; ++d) {
    if (EqualsLower(word, kNames[d])) return d;
  }
  return -1;
}

std::vector<DateMention> DateResolver::Find(const TokenView& view, uint32_t begin, uint32_t end,
                                            std::optional<CivilDate> published) const {
  std::vector<DateMention> out;
  for (uint32_t i = begin; i < end; ++i) {
    TokenKind kind = view.Kind(i);
    if (kind == TokenKind::kNumber) {
      std::string_view norm = view.Norm(i);
      if (auto iso = CivilDate::Parse(norm)) {
        out.push_back({i, i + 1, iso});
        continue;
      }
      // "31 October 2024", "31 Oct".
      if (int d = DayNumber(view, i, end); d > 0 && i + 1 < end && MonthOf(view.Norm(i + 1)) > 0) {
        int m = MonthOf(view.Norm(i + 1));
        uint32_t e = i + 2;
        std::optional<CivilDate> date;
        if (int y = YearNumber(view, e, end); y > 0) {
          if (Valid(y, m, d)) date = CivilDate{y, m, d};
          ++e;
        } else if (published && Valid(published->year, m, d)) {
          date = NearestYear(m, d, *published);
        }
        out.push_back({i, e, date});
        i = e - 1;
        continue;
      }
      // "3 days ago", "two weeks ago" (digits only here; words below).
      if (i + 2 < end && view.Is(i + 2, end, "ago")) {
        std::string unit = view.Lower(i + 1);
        int n = IsDigits(norm) && norm.size() <= 3 ? std::atoi(std::string(norm).c_str()) : -1;
        int per = unit == "days" || unit == "day" ? 1 : unit == "weeks" || unit == "week" ? 7 : 0;
        if (n >= 0 && per > 0) {
          std::optional<CivilDate> date;
          if (published) date = published->AddDays(-static_cast<int64_t>(n) * per);
          out.push_back({i, i + 3, date});
          i += 2;
          continue;
        }
      }
      // A bare year: "in 2023", "since 1990", "2023's".
      if (YearNumber(view, i, end) > 0 && i > begin) {
        std::string prev = view.Lower(i - 1);
        if (prev == "in" || prev == "since" || prev == "by" || prev == "until" || prev == "of" ||
            prev == "from" || prev == "before" || prev == "after" || prev == "during" || prev == "year" ||
            prev == "early" || prev == "late" || prev == "mid" || prev == "throughout" || prev == "till" ||
            prev == "to" || prev == "and" || prev == "summer" || prev == "winter" || prev == "spring" ||
            prev == "autumn" || prev == "fall" || prev == ",") {
          out.push_back({i, i + 1, std::nullopt});
        }
      }
      continue;
    }
    if (kind != TokenKind::kWord && kind != TokenKind::kAbbreviation) continue;
    std::string_view word = view.Norm(i);
    const bool capitalized = view.Capitalized(i);
    // Month first: "Oct. 31", "October 31, 2024", "October 2024", "Oct 31st".
    if (int m = capitalized ? MonthOf(word) : 0; m > 0) {
      if (int d = DayNumber(view, i + 1, end); d > 0) {
        uint32_t e = i + 2;
        std::optional<CivilDate> date;
        uint32_t y_at = view.Is(e, end, ",") ? e + 1 : e;
        if (int y = YearNumber(view, y_at, end); y > 0) {
          if (Valid(y, m, d)) date = CivilDate{y, m, d};
          e = y_at + 1;
        } else if (published && Valid(published->year, m, d)) {
          date = NearestYear(m, d, *published);
        }
        out.push_back({i, e, date});
        i = e - 1;
        continue;
      }
      if (int y = YearNumber(view, i + 1, end); y > 0) {
        out.push_back({i, i + 2, CivilDate{y, m, 1}});
        ++i;
        continue;
      }
      // "in October": a month without a day names no one date.
      if (word.size() > 3 && view.Capitalized(i)) out.push_back({i, i + 1, std::nullopt});
      continue;
    }
    if (int wd = capitalized ? WeekdayOf(word) : -1; wd >= 0) {
      std::optional<CivilDate> date;
      uint32_t b = i;
      int direction = 0;  // -1 last, +1 next
      if (i > begin && (view.Is(i - 1, end, "last") || view.Is(i - 1, end, "past"))) {
        direction = -1;
        b = i - 1;
      } else if (i > begin && (view.Is(i - 1, end, "next") || view.Is(i - 1, end, "coming"))) {
        direction = 1;
        b = i - 1;
      } else if (i > begin && view.Is(i - 1, end, "this")) {
        b = i - 1;
      }
      if (published) {
        int delta = (published->Weekday() - wd + 7) % 7;  // days back to the latest such day
        if (direction == 0) {
          date = published->AddDays(-delta);
        } else if (direction < 0) {
          date = published->AddDays(-(delta == 0 ? 7 : delta));
        } else {
          int ahead = (wd - published->Weekday() + 7) % 7;
          date = published->AddDays(ahead == 0 ? 7 : ahead);
        }
      }
      out.push_back({b, i + 1, date});
      continue;
    }
    // Only a few words start a relative date: turn the rest away without copying them.
    const bool ago = i + 2 < end && view.Text(i + 2).size() == 3 && view.Is(i + 2, end, "ago");
    if (!ago && !EqualsLower(word, "yesterday") && !EqualsLower(word, "today") &&
        !EqualsLower(word, "tomorrow") && !EqualsLower(word, "tonight") && !EqualsLower(word, "last") &&
        !EqualsLower(word, "this") && !EqualsLower(word, "next") && !EqualsLower(word, "earlier") &&
        !EqualsLower(word, "later")) {
      continue;
    }
    std::string lower = ToLower(word);
    if (lower == "yesterday" || lower == "today" || lower == "tomorrow" || lower == "tonight") {
      std::optional<CivilDate> date;
      if (published) date = published->AddDays(lower == "yesterday" ? -1 : lower == "tomorrow" ? 1 : 0);
      out.push_back({i, i + 1, date});
      continue;
    }
    if ((lower == "last" || lower == "this" || lower == "next" || lower == "earlier" || lower == "later") &&
        i + 1 < end) {
      uint32_t j = i + 1;
      bool earlier = lower == "earlier" || lower == "later";
      if (earlier) {
        if (!view.Is(j, end, "this")) continue;
        ++j;
      }
      std::string unit = j < end ? view.Lower(j) : std::string();
      std::string_view rel = earlier ? "this" : std::string_view(lower);
      std::optional<CivilDate> date;
      bool found = true;
      if (unit == "week") {
        if (published) {
          CivilDate monday = published->AddDays(-published->Weekday());
          date = monday.AddDays(rel == "last" ? -7 : rel == "next" ? 7 : 0);
        }
      } else if (unit == "month") {
        if (published) {
          int y = published->year, m = published->month + (rel == "last" ? -1 : rel == "next" ? 1 : 0);
          if (m == 0) { m = 12; --y; }
          if (m == 13) { m = 1; ++y; }
          date = CivilDate{y, m, 1};
        }
      } else if (unit == "year") {
        if (published) date = CivilDate{published->year + (rel == "last" ? -1 : rel == "next" ? 1 : 0), 1, 1};
      } else {
        found = false;
      }
      if (found) {
        out.push_back({i, j + 1, date});
        i = j;
      }
      continue;
    }
    // "two weeks ago", "three days ago" in words.
    if (i + 2 < end && view.Is(i + 2, end, "ago")) {
      static constexpr std::string_view kSmall[] = {"one", "two", "three", "four", "five", "six",
                                                    "seven", "eight", "nine", "ten"};
      int n = 0;
      for (int k = 0; k < 10; ++k) {
        if (lower == kSmall[k]) n = k + 1;
      }
      if (lower == "a") n = 1;
      std::string unit = view.Lower(i + 1);
      int per = unit == "days" || unit == "day" ? 1 : unit == "weeks" || unit == "week" ? 7 : 0;
      if (n > 0 && per > 0) {
        std::optional<CivilDate> date;
        if (published) date = published->AddDays(-static_cast<int64_t>(n) * per);
        out.push_back({i, i + 3, date});
        i += 2;
      }
    }
  }
  return out;
}

}  // namespace hearsay::internal::quantity
