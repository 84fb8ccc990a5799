#include "quantity/counted_thing.h"

#include <algorithm>
#include <array>

#include "text/noun_lemma.h"

namespace hearsay::internal::quantity {

namespace {

// Closed-class words and common adverbs, sorted for binary search.
constexpr std::array kFunctionWords = std::to_array<std::string_view>({
    "a", "about", "above", "according", "across", "after", "against", "ago",
    "all", "almost", "along", "already", "also", "although", "am", "among",
    "an", "and", "another", "any", "are", "around", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "currently", "despite", "did", "do",
    "does", "during", "each", "earlier", "either", "even", "ever", "every",
    "except", "for", "from", "had", "has", "have", "having", "he",
    "her", "here", "him", "his", "how", "however", "i", "if",
    "in", "including", "inside", "into", "is", "it", "its", "just",
    "last", "later", "less", "may", "me", "might", "more", "most",
    "much", "must", "my", "near", "neither", "never", "next", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only",
    "onto", "or", "other", "our", "out", "outside", "over", "per",
    "perhaps", "reportedly", "shall", "she", "should", "since", "so", "some",
    "still", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "though", "through", "throughout",
    "thus", "to", "today", "together", "tomorrow", "too", "toward", "towards",
    "under", "until", "up", "upon", "us", "very", "via", "was",
    "we", "were", "what", "when", "where", "whether", "which", "while",
    "who", "whom", "whose", "why", "will", "with", "within", "without",
    "would", "yesterday", "yet", "you", "your",
});

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Common verbs whose past or present form does not end in "-ed", sorted: they end a noun phrase.
constexpr std::array kCommonVerbs = std::to_array<std::string_view>({
    "ate", "became", "began", "bought", "brought", "built", "came", "caught", "chose", "come", "comes",
    "did", "drove", "fell", "fight", "fled", "flee", "flew", "fought", "found", "gave", "get", "gets",
    "go", "goes", "got", "grew", "hit", "hold", "holds", "keep", "kept", "knew", "led", "left", "lose",
    "lost", "made", "make", "met", "paid", "put", "quit", "ran", "remain", "remains", "rose", "sank",
    "saw", "say", "says", "see", "sent", "serve", "serves", "set", "shot", "sit", "stand", "stay",
    "stood", "struck", "swept", "take", "takes", "thought", "threw", "took", "went", "won", "work",
    "wrote",
});

// A word that is probably a verb form when it follows a noun: "-ed", "-ing", or a common irregular one.
bool LooksLikeParticiple(std::string_view lower) {
  return (lower.size() > 3 && EndsWith(lower, "ed") && !EndsWith(lower, "eed")) ||
         (lower.size() > 5 && EndsWith(lower, "ing")) ||
         std::binary_search(kCommonVerbs.begin(), kCommonVerbs.end(), lower);
}

// A head noun in the plural ("homes", "people") ends the phrase: what follows is the verb.
bool LooksPlural(std::string_view lower, const UnitsTable& units) {
  if (const UnitEntry* e = units.Find(lower); e != nullptr && e->kind == UnitKind::kCount) return true;
  return lower.size() > 3 && EndsWith(lower, "s") && !EndsWith(lower, "ss") && !EndsWith(lower, "us") &&
         !EndsWith(lower, "is") && !EndsWith(lower, "'s");
}

bool IsSmallNumberWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                "ten", "eleven", "twelve", "twenty", "hundred"};
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

}  // namespace

bool CountedThingReader::IsFunctionWord(std::string_view lower) {
  return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), lower);
}

std::string CountedThingReader::Lemma(std::string_view head) const {
  std::string lower = ToLower(head);
  if (const UnitEntry* e = units_.Find(lower); e != nullptr && e->kind == UnitKind::kCount) return e->canonical;
  return NounLemma(lower);
}

std::optional<CountedThing> CountedThingReader::After(const TokenView& view, uint32_t i, uint32_t end,
                                                      bool allow_of) const {
  if (allow_of && view.Is(i, end, "of")) {
    ++i;
    if (i < end && (view.Is(i, end, "the") || view.Is(i, end, "its") || view.Is(i, end, "their") ||
                    view.Is(i, end, "all") || view.Is(i, end, "these") || view.Is(i, end, "those") ||
                    view.Is(i, end, "our") || view.Is(i, end, "his") || view.Is(i, end, "her"))) {
      ++i;
    }
  }
  // "500 more troops", "3,000 additional": the comparative is not the thing.
  if (view.Is(i, end, "more") || view.Is(i, end, "fewer") || view.Is(i, end, "other")) ++i;
  // "two of the seven seats": the whole's own figure is not part of the thing.
  if (i < end && (view.Kind(i) == TokenKind::kNumber || IsSmallNumberWord(view.Norm(i)))) ++i;
  uint32_t j = i;
  uint32_t last = i;  // one past the last word taken
  bool all_capitalized = true;
  for (; j < end && j < i + 6; ++j) {
    TokenKind k = view.Kind(j);
    if (k != TokenKind::kWord && !(k == TokenKind::kAbbreviation && view.Capitalized(j))) break;
    if (j > i && !view[j].Has(kSpaceBefore)) break;
    std::string lower = view.Lower(j);
    if (IsFunctionWord(lower)) break;
    if (lower.size() > 3 && EndsWith(lower, "ly")) break;  // adverbs: "currently", "reportedly"
    if (LooksLikeParticiple(lower) && !view.Capitalized(j)) {
      if (last > i) break;  // "soldiers deployed": the verb after the noun
      // Before a noun it is an adjective: "wounded soldiers", "displaced people".
      bool noun_follows = j + 1 < end && view.Kind(j + 1) == TokenKind::kWord &&
                          !IsFunctionWord(view.Lower(j + 1)) && !LooksLikeParticiple(view.Lower(j + 1));
      // "the injured", "10 dead" are nouns when the table knows them.
      const UnitEntry* e = units_.Find(lower);
      if (!noun_follows && !(e != nullptr && e->kind == UnitKind::kCount)) break;
    }
    all_capitalized &= view.Capitalized(j);
    last = j + 1;
    // "homes overnight", "troops serve": a lower-case plural is the head.
    if (!view.Capitalized(j) && LooksPlural(lower, units_) && !LooksLikeParticiple(lower)) {
      // A collective noun before a plural one modifies it: "police officers", "staff members".
      bool collective = !EndsWith(lower, "s") && j + 1 < end && view.Kind(j + 1) == TokenKind::kWord &&
                        !view.Capitalized(j + 1) && LooksPlural(view.Lower(j + 1), units_) &&
                        !IsFunctionWord(view.Lower(j + 1)) && !LooksLikeParticiple(view.Lower(j + 1));
      if (!collective) break;
    }
  }
  if (last == i) return std::nullopt;
  // A name, not a thing: "Apollo 11 Moon". Plural demonyms ("3 Ukrainians") are things.
  if (all_capitalized) {
    std::string_view head = view.Norm(last - 1);
    if (!EndsWith(head, "s") || head.size() < 4) return std::nullopt;
  }
  CountedThing t;
  t.begin = i;
  t.end = last;
  t.text = std::string(view.Range(i, last - 1));
  t.lemma = Lemma(view.Norm(last - 1));
  const UnitEntry* e = units_.Find(ToLower(view.Norm(last - 1)));
  t.known = e != nullptr && e->kind == UnitKind::kCount;
  return t;
}

std::optional<CountedThing> CountedThingReader::NumberOf(const TokenView& view, uint32_t limit,
                                                         uint32_t number_begin) const {
  for (uint32_t k = number_begin; k-- > limit;) {
    if (view.Kind(k) == TokenKind::kNumber) return std::nullopt;  // another figure in between
    if ((view.Is(k, number_begin, "number") || view.Is(k, number_begin, "total") ||
         view.Is(k, number_begin, "tally") || view.Is(k, number_begin, "count")) &&
        view.Is(k + 1, number_begin, "of")) {
      // "a significant number of them" is not a count with a figure; "the number of X ... N" is.
      if (auto t = After(view, k + 2, number_begin, false)) return t;
      return std::nullopt;
    }
    if (view.Is(k, number_begin, "toll") && k > limit) {
      std::string mod = view.Lower(k - 1);
      if (mod == "death" || mod == "casualty") {
        CountedThing t;
        t.begin = k - 1;
        t.end = k + 1;
        t.text = mod == "death" ? "deaths" : "casualties";
        t.lemma = mod;
        t.known = true;
        return t;
      }
    }
  }
  return std::nullopt;
}

}  // namespace hearsay::internal::quantity
