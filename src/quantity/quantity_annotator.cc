#include "quantity/quantity_annotator.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "quantity/counted_thing.h"
#include "quantity/date_resolver.h"
#include "quantity/number_parser.h"
#include "quantity/place_finder.h"
#include "quantity/qualifier.h"
#include "quantity/units_table.h"
#include "quantity/token_view.h"

namespace hearsay {

using internal::quantity::CivilDate;
using internal::quantity::CountedThing;
using internal::quantity::CountedThingReader;
using internal::quantity::DateMention;
using internal::quantity::DateResolver;
using internal::quantity::EqualsLower;
using internal::quantity::NumberParser;
using internal::quantity::ParsedNumber;
using internal::quantity::PlaceFinder;
using internal::quantity::QualifierReader;
using internal::quantity::RangeCue;
using internal::quantity::TokenView;
using internal::quantity::UnitEntry;
using internal::quantity::UnitKind;
using internal::quantity::UnitsTable;

namespace {

// How many sentences back an implied count or an inherited place may reach.
constexpr uint32_t kContextSentences = 3;

// True if `word` is one of `words` (lower case), ignoring ASCII case.
bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

bool IsAuxiliary(std::string_view lower) {
  return OneOf(lower, {"are", "were", "is", "was", "have", "has", "had", "been", "be", "being", "will", "would",
                       "could", "can", "may", "might", "should", "must", "remain", "remained", "remains"});
}

bool IsModal(std::string_view lower) {
  return OneOf(lower, {"will", "would", "could", "can", "may", "might", "should", "must"});
}

bool IsAdverb(std::string_view lower) {
  return OneOf(lower, {"already", "now", "currently", "still", "also", "just", "reportedly", "allegedly",
                       "all", "not", "since", "so", "far", "then", "later", "recently", "believed"}) ||
         (lower.size() > 4 && lower.substr(lower.size() - 2) == "ly");
}

bool LooksLikeVerbForm(std::string_view lower) {
  auto ends = [&](std::string_view s) { return lower.size() > s.size() + 2 && lower.substr(lower.size() - s.size()) == s; };
  return (ends("ed") && !ends("eed")) || ends("ing") ||
         OneOf(lower, {"missing", "dead", "hurt", "held", "left", "lost", "fled", "taken", "sent", "made", "gone",
                       "stranded", "homeless", "died", "killed", "injured", "drawn", "shot", "hit", "seen",
                       "given", "known", "built", "flown", "fought", "caught"});
}

// Events whose bare figure counts people: "3,000 evacuated".
bool IsHumanEvent(std::string_view lower) {
  return OneOf(lower, {"killed", "dead", "died", "injured", "wounded", "evacuated", "displaced", "missing",
                       "arrested", "detained", "rescued", "hospitalized", "hospitalised", "fled", "hurt",
                       "stranded", "trapped", "affected", "captured", "executed", "deported", "infected",
                       "drowned", "murdered", "abducted", "kidnapped", "released", "freed", "homeless"});
}

bool IsHumanEventIng(std::string_view lower) {
  return OneOf(lower, {"killing", "injuring", "wounding", "displacing", "evacuating", "arresting", "detaining",
                       "leaving"});
}

// A label, not a count: "Article 5", "No. 10", "Apollo 11", "Windows 10".
bool IsLabelWord(std::string_view lower) {
  return OneOf(lower, {"no.", "no", "number", "nos.", "page", "p.", "pp.", "chapter", "section", "article",
                       "route", "room", "flight", "platform", "level", "phase", "version", "grade", "season",
                       "episode", "round", "game", "stage", "item", "line", "gate", "paragraph", "clause",
                       "resolution", "highway", "channel", "category", "covid", "g", "top", "figure", "table",
                       "step", "part", "volume", "vol.", "act", "psalm", "block", "unit", "ward", "bus",
                       "mile", "kilometre", "km", "exit", "terminal", "apartment", "suite", "box", "code"});
}

bool IsClockWord(std::string_view lower) {
  return OneOf(lower, {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "bst", "est", "edt", "et", "utc", "cet",
                       "o'clock", "hrs", "local"});
}

// Phone numbers: 555-1234, (555) 123-4567, +44 20 7946 0958. Returns the token
// after the number, or `i` when the tokens at `i` do not look like one.
uint32_t PhoneEnd(const TokenView& view, uint32_t i, uint32_t end, uint32_t sentence_begin) {
  bool plus_or_paren = i > sentence_begin && (view.Norm(i - 1) == "+" || view.Norm(i - 1) == "(");
  size_t groups[8];
  size_t group_count = 0;
  uint32_t j = i;
  uint32_t last_number = i;
  while (j < end) {
    TokenKind k = view.Kind(j);
    std::string_view text = view.Text(j);
    if (k == TokenKind::kNumber) {
      // Digit groups, also those the tokenizer joined across a space ("44 123").
      bool ok = !text.empty();
      size_t run = 0;
      for (char c : text) {
        if (c >= '0' && c <= '9') {
          ++run;
        } else if (c == ' ' && run > 0 && group_count < 8) {
          groups[group_count++] = run;
          run = 0;
        } else {
          ok = false;
        }
      }
      if (!ok || run == 0 || group_count == 8) break;
      groups[group_count++] = run;
      last_number = j;
      ++j;
    } else if ((k == TokenKind::kDash && text == "-") || text == "(" || text == ")" || text == ".") {
      if (text == "." && (j + 1 >= end || view[j + 1].Has(kSpaceBefore))) break;
      ++j;
    } else {
      break;
    }
    if (j < end && view[j].Has(kNewlineBefore)) break;
  }
  size_t total = 0;
  bool sizes_ok = true;
  for (size_t g = 0; g < group_count; ++g) {
    total += groups[g];
    if (groups[g] > 4 || (groups[g] < 2 && !(g == 0 && plus_or_paren))) sizes_ok = false;
  }
  if (group_count < 2 || total < 7 || !sizes_ok) return i;
  if (group_count == 2 && !(groups[0] == 3 && groups[1] == 4) && !plus_or_paren) return i;
  return last_number + 1;
}

// The sentence's first resolved date.
// The sentence's first resolved date that dates what happened: not a bound
// ("since Sunday", "until Friday", "by Wednesday", "before March").
std::optional<std::string> SentenceDate(const TokenView& view, uint32_t begin,
                                        const std::vector<DateMention>& dates) {
  for (const DateMention& d : dates) {
    if (!d.date) continue;
    if (d.begin > begin && OneOf(view.Norm(d.begin - 1), {"since", "until", "till", "by", "before"})) continue;
    return d.date->ToString();
  }
  return std::nullopt;
}

// Per-figure context the annotator keeps while it walks the document.
struct Found {
  uint32_t sentence = 0;
  double value = 0;
  std::optional<std::string> counts;
  bool counts_known = false;
  std::optional<std::string> where;
};

class Run {
 public:
  explicit Run(Document& doc)
      : doc_(doc),
        view_(doc),
        units_(UnitsTable::Get()),
        places_(PlaceFinder::Get()),
        things_(units_) {
    if (doc.info().published) published_ = CivilDate::Parse(*doc.info().published);
  }

  void Go() {
    std::vector<Quantity> out;
    const auto& sentences = doc_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const Sentence& sent = sentences[s];
      if (sent.token_end > view_.size() || sent.token_begin >= sent.token_end) continue;
      // Most tokens start nothing; only candidates get a closer look.
      for (uint32_t i = sent.token_begin; i < sent.token_end;) {
        if (!NumberParser::MayStart(view_, i) && !CurrencyLead(i, sent.token_end)) {
          ++i;
          continue;
        }
        uint32_t after = Figure(s, sent.token_begin, sent.token_end, i, &out);
        i = after > i ? after : i + 1;
      }
    }
    doc_.mutable_quantities() = std::move(out);
  }

 private:
  // A currency sign or code right before a number: "$" 5, "US" "$" 5, "USD" 5.
  bool CurrencyLead(uint32_t i, uint32_t end) const {
    TokenKind kind = view_.Kind(i);
    return (kind == TokenKind::kSymbol || (kind == TokenKind::kWord && view_.Capitalized(i))) && i + 1 < end &&
           (view_.Kind(i + 1) == TokenKind::kNumber ||
            (view_.Kind(i + 1) == TokenKind::kSymbol && i + 2 < end && view_.Kind(i + 2) == TokenKind::kNumber));
  }

  // The first resolved date of sentence s, found once per sentence and only
  // for sentences that hold a figure.
  const std::optional<std::string>& DateOf(uint32_t s, uint32_t begin, uint32_t end) {
    Enter(s);
    if (!date_cached_) {
      date_cache_ = SentenceDate(view_, begin, dates_.Find(view_, begin, end, published_));
      date_cached_ = true;
    }
    return date_cache_;
  }

  // Drops what was cached for another sentence.
  void Enter(uint32_t s) {
    if (cache_sentence_ == s) return;
    cache_sentence_ = s;
    date_cached_ = false;
    place_cached_ = false;
  }

  // The first place named in sentence s (cached).
  const std::optional<std::string>& FirstPlace(uint32_t s, uint32_t begin, uint32_t end) {
    Enter(s);
    if (!place_cached_) {
      place_cache_ = places_.FirstIn(view_, doc_.entities(), begin, end);
      place_cached_ = true;
    }
    return place_cache_;
  }

  // If the figure `n` at token `num` is not a count -- part of a date, a phone
  // number, list numbering, a clock time, a label, an age, "one" as a pronoun,
  // a number word referring back -- returns the token to resume at; else 0.
  uint32_t NotACount(uint32_t begin, uint32_t end, uint32_t num, const ParsedNumber& n, bool has_currency) const {
    // Inside a date ("Oct. 31", "October 12, 2023", "three days ago", "in 2023"): not a count.
    // Such a date reaches at most three tokens either side of its number, which
    // is a day (1-31), a year, or a small count before "ago".
    if ((n.plain_integer && (n.value <= 31 || (n.value >= 1000 && n.value <= 2200))) ||
        (n.spelled && n.value <= 10)) {
      const uint32_t window_begin = num >= begin + 3 ? num - 3 : begin;
      const uint32_t window_end = std::min(end, n.end + 3);
      for (const DateMention& d : dates_.Find(view_, window_begin, window_end, published_)) {
        if (d.begin < n.end && num < d.end) return std::max(d.end, n.end);
      }
    }
    if (!n.spelled) {
      if (uint32_t phone_end = PhoneEnd(view_, num, end, begin); phone_end > num) return phone_end;
    }
    const bool line_start = view_[num].Has(kNewlineBefore) || num == 0;
    if (line_start && n.end < end && (view_.Norm(n.end) == "." || view_.Norm(n.end) == ")")) return n.end;
    if (num > begin && view_.Norm(num - 1) == "(" && n.end < end && view_.Norm(n.end) == ")" && !n.spelled) {
      return n.end;  // (1), (2): list numbering
    }
    if (n.end < end && IsClockWord(view_.Norm(n.end)) && !n.spelled) return n.end + 1;
    if (num > begin && !has_currency) {
      std::string prev = view_.Lower(num - 1);
      if (!n.spelled && IsLabelWord(prev)) return n.end;
      if (prev == "aged" || prev == "age" || prev == "ages") return n.end;
      // "Apollo 11", "Windows 10": a capitalised word, not at the sentence start, names a thing.
      if (!n.spelled && !n.scaled && view_.Capitalized(num - 1) && num - 1 > begin &&
          view_.Kind(num - 1) == TokenKind::kWord && !places_.IsKnownPlace(view_.Norm(num - 1)) &&
          DateResolver::WeekdayOf(view_.Norm(num - 1)) < 0 && DateResolver::MonthOf(view_.Norm(num - 1)) == 0) {
        return n.end;
      }
    }
    // "Peter Kaisen, 76, shot himself": an age in apposition to a name.
    if (!n.spelled && n.plain_integer && n.value < 120 && num >= begin + 2 && view_.Norm(num - 1) == "," &&
        view_.Capitalized(num - 2) && view_.Kind(num - 2) == TokenKind::kWord &&
        (n.end >= end || view_.Norm(n.end) == "," || view_.Norm(n.end) == ")")) {
      return n.end;
    }
    if (n.end + 1 < end && (view_.Is(n.end, end, "years") || view_.Is(n.end, end, "year")) &&
        (view_.Is(n.end + 1, end, "old") || view_.Is(n.end + 1, end, "of"))) {
      return n.end + 2;  // 40 years old, 40 years of age
    }
    if (n.one_word) {
      if (view_.Is(n.end, end, "of") || view_.Is(n.end, end, "another") || view_.Is(n.end, end, "day")) {
        return n.end;
      }
      if (num > begin && OneOf(view_.Norm(num - 1), {"no", "any", "every", "each", "the", "this", "that",
                                                       "which", "someone", "anyone", "everyone"})) {
        return n.end;
      }
    }
    if (n.spelled && !n.low && n.value <= 20 && num > begin &&
        OneOf(view_.Norm(num - 1), {"the", "these", "those", "both", "its", "their"})) {
      return n.end;  // "the two countries": a reference back, not a claim
    }
    return 0;
  }

  // Reads the figure at token i, if any, appending it to `out`. Returns the
  // token after what it consumed (i when nothing starts there).
  uint32_t Figure(uint32_t s, uint32_t begin, uint32_t end, uint32_t i, std::vector<Quantity>* out) {
    // A currency before the figure: "$", "US$", "€", "USD", "Rs".
    const UnitEntry* currency = nullptr;
    uint32_t first = i;  // first token of the span
    uint32_t num = i;
    if (CurrencyLead(i, end)) {
      if (auto m = units_.Match(view_, i, end); m && m->entry->kind == UnitKind::kCurrency && m->end < end &&
                                                view_.Kind(m->end) == TokenKind::kNumber) {
        currency = m->entry;
        num = m->end;
      }
    }
    if (!currency && !NumberParser::MayStart(view_, i)) return i;
    std::optional<ParsedNumber> n = parser_.Parse(view_, num, end, currency != nullptr);
    if (!n) return i;
    if (n->ordinal) return n->end;
    if (uint32_t skip = NotACount(begin, end, num, *n, currency != nullptr); skip > 0) return skip;

    // A range: "10,000-12,000", "between 10 and 12", "from 5 to 7 million", "two or three".
    RangeCue cue = qualifiers_.RangeIntro(view_, begin, first);
    std::optional<double> range_low, range_high;
    uint32_t figure_end = n->end;
    uint32_t joiner_next = 0;
    // The joiner may follow a unit repeated on both ends: "between 3% and 5%", "$2m to $3m".
    uint32_t join_at = n->end;
    if (!qualifiers_.RangeJoiner(view_, join_at, end, cue, &joiner_next)) {
      if (auto m = units_.Match(view_, join_at, end); m && m->entry->kind != UnitKind::kCount) join_at = m->end;
    }
    if (!n->low && qualifiers_.RangeJoiner(view_, join_at, end, cue, &joiner_next)) {
      uint32_t second_at = joiner_next;
      bool second_money = currency != nullptr;
      if (currency && second_at < end && units_.Match(view_, second_at, end)) {
        auto m = units_.Match(view_, second_at, end);
        if (m->entry->kind == UnitKind::kCurrency) second_at = m->end;
      }
      if (second_at < end && NumberParser::MayStart(view_, second_at) && !EqualsLower(view_.Norm(second_at), "a")) {
        if (auto m = parser_.Parse(view_, second_at, end, second_money); m && !m->ordinal && !m->low && !m->fraction) {
          double lo = n->value;
          if (m->scaled && !n->scaled && lo < 1000 && m->end > second_at) {
            double scale = NumberParser::ScaleOf(view_.Lower(m->end - 1), second_money);
            if (scale > 0) lo *= scale;
          }
          bool plausible = lo < m->value && (m->value < 1000 || !m->plain_integer || !n->plain_integer ||
                                             m->value < 1800 || m->value > 2200);
          // "or" joins only small spelled counts ("two or three"); "to" after a
          // bare figure needs a like figure ("5 to 10", not "500 to 2024").
          if (EqualsLower(view_.Norm(n->end), "or") && !(n->spelled && m->spelled)) plausible = false;
          // "won 5-1", "a 3-2 vote": a score or a tally, not a range and not a count.
          if (!plausible && cue == RangeCue::kNone && view_.Kind(n->end) == TokenKind::kDash && !n->spelled &&
              !m->spelled && m->value < lo && !currency) {
            return m->end;
          }
          if (plausible) {
            range_low = lo;
            range_high = m->value;
            figure_end = m->end;
            n->scaled |= m->scaled;
            n->plain_integer = false;
          }
        }
      }
    }
    if (!range_low) cue = RangeCue::kNone;
    if (cue != RangeCue::kNone) first = first - 1;  // the span starts at "between"/"from"

    // Units after the figure: "500 million won", "40 percent", "10 km".
    std::optional<std::string> unit;
    const UnitEntry* after_unit = nullptr;
    uint32_t unit_end = figure_end;
    if (auto m = units_.Match(view_, figure_end, end)) {
      if (m->entry->kind != UnitKind::kCount && !(m->entry->kind == UnitKind::kCurrency && currency)) {
        after_unit = m->entry;
        unit_end = m->end;
      }
    }
    if (currency) {
      unit = currency->canonical;
    } else if (after_unit) {
      unit = after_unit->canonical;
    } else if (n->fraction) {
      unit = "fraction";
    }
    // "won" after a figure is the currency only after a scale ("500 million won"); else a verb.
    if (after_unit && after_unit->canonical == "KRW" && !n->scaled && EqualsLower(view_.Norm(figure_end), "won")) {
      after_unit = nullptr;
      unit.reset();
      unit_end = figure_end;
    }

    // A year, not a count: a bare four-digit figure with nothing counted after it.
    if (n->plain_integer && !currency && !after_unit && n->value >= 1000 && n->value <= 2200 &&
        view_.Text(num).size() == 4) {
      auto thing = things_.After(view_, figure_end, end, false);
      if (!thing || !thing->known) return figure_end;
    }

    // Qualifiers before ("more than", "as many as", "exceeded") and after ("or more").
    Qualifier qualifier = Qualifier::kExact;
    uint32_t span_begin = first;
    uint32_t span_end = unit_end;
    if (auto q = qualifiers_.Before(view_, begin, first)) {
      qualifier = q->qualifier;
      span_begin = q->begin;
    }
    if (range_low) {
      qualifier = Qualifier::kRange;
    } else if (n->low) {
      qualifier = Qualifier::kRange;
      range_low = n->low;
      range_high = n->high;
    }
    bool after_qualifier = false;
    if (qualifier == Qualifier::kExact) {
      if (auto q = qualifiers_.After(view_, unit_end, end)) {
        qualifier = q->qualifier;
        span_end = q->end;
        after_qualifier = true;
      }
    }

    Quantity quantity;
    quantity.span = {view_[span_begin].span.begin, view_[span_end - 1].span.end};
    quantity.value = n->value;
    if (range_low && n->low == std::nullopt) quantity.value = *range_low;
    quantity.qualifier = qualifier;
    if (qualifier == Qualifier::kRange) {
      quantity.low = range_low;
      quantity.high = range_high;
    } else {
      internal::quantity::SetInterval(qualifier, quantity.value, &quantity.low, &quantity.high);
    }
    quantity.unit = unit;

    // What it counts.
    const bool money = currency || (after_unit && after_unit->kind == UnitKind::kCurrency);
    const bool percent = after_unit && after_unit->kind == UnitKind::kPercent;
    std::optional<CountedThing> thing;
    uint32_t rest = after_qualifier ? span_end : unit_end;
    if (money) {
      if (view_.Is(rest, end, "in") || view_.Is(rest, end, "of") || view_.Is(rest, end, "worth")) {
        uint32_t k = rest + 1;
        if (view_.Is(k, end, "of")) ++k;
        thing = things_.After(view_, k, end, false);
      }
    } else if (percent) {
      if (view_.Is(rest, end, "of")) thing = things_.After(view_, rest, end, true);
    } else if (!after_unit) {
      // "two of the officers": a partitive names the thing counted.
      bool partitive = view_.Is(rest, end, "of") && rest + 1 < end &&
                       OneOf(view_.Norm(rest + 1), {"the", "these", "those", "its", "their", "our", "his", "her"});
      thing = things_.After(view_, rest, end, n->fraction || n->low.has_value() || partitive);
    }
    uint32_t np_end = thing ? thing->end : rest;
    if (thing && quantity.qualifier == Qualifier::kExact) {
      // "30 people or more": the bound comes after the counted noun; the span stays the figure.
      if (auto q = qualifiers_.After(view_, np_end, end)) {
        quantity.qualifier = q->qualifier;
        internal::quantity::SetInterval(q->qualifier, quantity.value, &quantity.low, &quantity.high);
        np_end = q->end;
      }
    }
    if (n->one_word && !thing) return figure_end;  // "one" as a pronoun
    if (thing) {
      quantity.counts = thing->text;
    } else if (!money && !percent && !after_unit) {
      if (auto t = things_.NumberOf(view_, begin, span_begin)) {
        thing = t;
        quantity.counts = t->text;
        // "the number of soldiers deployed in ...": the participle after the phrase.
        if (t->end < span_begin && view_.Kind(t->end) == TokenKind::kWord &&
            LooksLikeVerbForm(view_.Lower(t->end))) {
          quantity.event = std::string(view_.Norm(t->end));
        }
      }
    }

    // The event: the predicate after the noun phrase, past auxiliaries and adverbs.
    std::optional<std::string> event = Event(np_end, end);
    bool event_before = false;
    if (!quantity.event) quantity.event = event;
    if (!quantity.event && span_begin > begin) {
      // "killed at least 40 people": a participle right before the figure.
      std::string prev = view_.Lower(span_begin - 1);
      if (view_.Kind(span_begin - 1) == TokenKind::kWord && (IsHumanEvent(prev) || IsHumanEventIng(prev))) {
        quantity.event = std::string(view_.Norm(span_begin - 1));
        event_before = true;
      }
    }
    bool counts_known = thing && thing->known;
    if (!quantity.counts && !money && !percent && !after_unit) {
      // A bare figure that is the subject of a verb counts what came before.
      bool subject = np_end < end && (IsAuxiliary(view_.Lower(np_end)) || LooksLikeVerbForm(view_.Lower(np_end)) ||
                                      (view_.Is(np_end, end, "of") && (view_.Is(np_end + 1, end, "them") ||
                                                                        view_.Is(np_end + 1, end, "whom"))));
      if (!subject && event_before && !thing) {
        // "killing more than 10,000": the object of a human event counts people.
        quantity.counts = "people";
        counts_known = true;
      } else if (subject) {
        if (const Found* f = Implied(s, quantity.value)) {
          quantity.counts = f->counts;
          counts_known = f->counts_known;
        } else if (auto noun = RecentCountNoun(s, span_begin)) {
          quantity.counts = std::move(noun);
          counts_known = true;
        } else if (quantity.event && IsHumanEvent(internal::quantity::ToLower(*quantity.event))) {
          quantity.counts = "people";
          counts_known = true;
        }
      }
    }

    // Where and when.
    if (!places_.IsPlaceObject(view_, begin, span_begin)) {
      quantity.where = places_.Near(view_, doc_.entities(), begin, end, span_begin, np_end);
      if (!quantity.where) quantity.where = FirstPlace(s, begin, end);
      if (!quantity.where) {
        for (auto it = found_.rbegin(); it != found_.rend() && it->sentence + kContextSentences >= s; ++it) {
          if (it->where) {
            quantity.where = it->where;
            break;
          }
        }
      }
    }
    quantity.date = DateOf(s, begin, end);

    // Who claims it: the narrowest attribution content that holds the figure.
    const auto& attributions = doc_.attributions();
    uint32_t best_size = UINT32_MAX;
    for (uint32_t a = 0; a < attributions.size(); ++a) {
      const Span& c = attributions[a].content;
      if (c.Contains(quantity.span) && c.size() < best_size) {
        best_size = c.size();
        quantity.attribution = a;
        const std::string& name = attributions[a].source.name;
        if (name.empty()) {
          quantity.source.reset();
        } else {
          quantity.source = name;
        }
      }
    }

    found_.push_back({s, quantity.value, quantity.counts, counts_known, quantity.where});
    out->push_back(std::move(quantity));
    return span_end;
  }

  // The predicate after token `k`: "had been killed" -> "killed", "are missing" -> "missing".
  std::optional<std::string> Event(uint32_t k, uint32_t end) const {
    bool modal = false;
    for (uint32_t j = k; j < end && j < k + 6; ++j) {
      if (view_.Kind(j) != TokenKind::kWord) return std::nullopt;
      std::string lower = view_.Lower(j);
      if (IsAuxiliary(lower) || IsAdverb(lower)) {
        modal |= IsModal(lower);
        continue;
      }
      if (!modal && (lower == "in" || lower == "at") && j > k) {
        // "were already in Russia": the state is the place.
        if (auto place = places_.After(view_, doc_.entities(), j + 1, end)) return lower + " " + *place;
        return std::nullopt;
      }
      if (CountedThingReader::IsFunctionWord(lower)) return std::nullopt;
      if (LooksLikeVerbForm(lower) || IsHumanEvent(lower)) return std::string(view_.Norm(j));
      if (modal && !CountedThingReader::IsFunctionWord(lower)) return std::string(view_.Norm(j));
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The latest counting noun ("troops", from data/units.tsv) in this or the
  // sentence before (up to token `before`), with the words that modify it: "North Korean troops".
  std::optional<std::string> RecentCountNoun(uint32_t s, uint32_t before) const {
    const auto& sentences = doc_.sentences();
    uint32_t first_sentence = s > 0 ? s - 1 : 0;
    uint32_t limit = sentences[first_sentence].token_begin;
    for (uint32_t k = before; k-- > limit;) {
      if (view_.Kind(k) != TokenKind::kWord || view_.Capitalized(k)) continue;
      const UnitEntry* e = units_.Find(view_.Lower(k));
      if (e == nullptr || e->kind != UnitKind::kCount) continue;
      uint32_t b = k;
      while (b > limit && b + 3 > k && view_.Kind(b - 1) == TokenKind::kWord &&
             (view_.Capitalized(b - 1) || view_.Norm(b - 1).find('-') != std::string_view::npos) &&
             !CountedThingReader::IsFunctionWord(view_.Lower(b - 1))) {
        --b;
      }
      return std::string(view_.Range(b, k));
    }
    return std::nullopt;
  }

  // The latest figure in this or the few sentences before with something counted,
  // preferring one of the same value.
  const Found* Implied(uint32_t s, double value) const {
    const Found* latest = nullptr;
    for (auto it = found_.rbegin(); it != found_.rend() && it->sentence + kContextSentences >= s; ++it) {
      if (!it->counts) continue;
      if (it->value == value) return &*it;
      if (!latest) latest = &*it;
    }
    return latest;
  }

  Document& doc_;
  TokenView view_;
  const UnitsTable& units_;
  const PlaceFinder& places_;
  CountedThingReader things_;
  NumberParser parser_;
  QualifierReader qualifiers_;
  DateResolver dates_;
  std::optional<CivilDate> published_;
  std::vector<Found> found_;
  uint32_t cache_sentence_ = UINT32_MAX;
  std::optional<std::string> date_cache_;
  bool date_cached_ = false;
  std::optional<std::string> place_cache_;
  bool place_cached_ = false;
};

}  // namespace

void QuantityAnnotator::Annotate(Document& doc) const {
  if (doc.tokens().empty() || doc.sentences().empty()) {
    doc.mutable_quantities().clear();
    return;
  }
  Run run(doc);
  run.Go();
}

}  // namespace hearsay
