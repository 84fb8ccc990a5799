// DateParser: reads the dates web pages, feeds and crawl records carry and
// writes them as YYYY-MM-DD.
//
// Accepted: ISO 8601 (2019-11-19, 2019-11-19T10:00:00Z, 20191119), slashed
// 2019/11/19, RFC 822/1123 as in RSS and HTTP ("Tue, 19 Nov 2019 10:00:00
// GMT", "19 Nov 2019"), and English month names ("November 19, 2019",
// "Nov. 19, 2019"). The date is taken as written, without moving it across a
// time zone. Dates before 1900 or after 2100 are refused.
//
//   std::optional<std::string> d = internal::DateParser::ToIsoDate("Tue, 19 Nov 2019 10:00:00 GMT");
//   // "2019-11-19"
//
// Stateless and thread-safe.
#ifndef HEARSAY_INPUT_DATE_PARSER_H_
#define HEARSAY_INPUT_DATE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>

namespace hearsay::internal {

class DateParser {
 public:
  // The calendar date in `text`, or nothing if it holds none that parses.
  static std::optional<std::string> ToIsoDate(std::string_view text);

  // A date in the path of `url` (/2019/11/19/, /2019-11-19-, /20191119/), or nothing.
  static std::optional<std::string> FromUrl(std::string_view url);
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_DATE_PARSER_H_
