// DateResolver: finds date expressions in a run of tokens and resolves them
// to calendar dates against the document's published date.
//
//   DateResolver resolver;
//   auto published = CivilDate::Parse("2024-11-05");
//   for (const DateMention& d : resolver.Find(view, s.token_begin, s.token_end, published)) ...
//
// Explicit dates: "Oct. 31", "October 31, 2024", "31 October", "2024-11-05",
// "October 2024" (the 1st); a day and month without a year take the year that
// puts them nearest the published date. Relative: "on Tuesday" (the latest
// Tuesday on or before the published date; "next Tuesday" the one after, "last
// Tuesday" the one before), "yesterday", "today", "tomorrow", "last week" and
// "this week" (their Monday), "last month", "this month", "earlier this month"
// (the 1st), "last year"/"this year" (1 January), "N days/weeks ago". A bare
// year ("in 2023") is found, so that it is not read as a count, but resolved
// to no date. Without a published date only explicit dates with a year resolve.
//
// Stateless and thread-safe.
#ifndef HEARSAY_QUANTITY_DATE_RESOLVER_H_
#define HEARSAY_QUANTITY_DATE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantity/token_view.h"

namespace hearsay::internal::quantity {

// A proleptic Gregorian date.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Parses "YYYY-MM-DD"; nullopt if malformed or not a real date.
  static std::optional<CivilDate> Parse(std::string_view s);
  // Days since 1970-01-01, and back.
  int64_t ToDays() const;
  static CivilDate FromDays(int64_t days);
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  CivilDate AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  std::string ToString() const;  // YYYY-MM-DD
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

struct DateMention {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  std::optional<CivilDate> date;
};

class DateResolver {
 public:
  // The date expressions among tokens [begin, end), in text order.
  std::vector<DateMention> Find(const TokenView& view, uint32_t begin, uint32_t end,
                                std::optional<CivilDate> published) const;

  // Month number (1..12) of a month name or abbreviation ("Oct.", "october"), or 0.
  static int MonthOf(std::string_view word);
  // Weekday (0 = Monday) of a day name or abbreviation ("Tue.", "tuesday"), or -1.
  static int WeekdayOf(std::string_view word);
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_DATE_RESOLVER_H_
