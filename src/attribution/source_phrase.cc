#include "attribution/source_phrase.h"

#include <algorithm>
#include <string_view>

#include "attribution/cue_lexicon.h"

namespace hearsay::internal {

namespace {

template <size_t N>
bool In(std::string_view w, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

// Words between a source and its cue: "has also", "would later", "on Monday".
constexpr std::string_view kSkipBeforeCue[] = {
    "also", "has", "have", "had", "is", "was", "were", "are", "would", "will", "could", "'s", "'d", "did", "does",
    "do", "later", "then", "previously", "recently", "repeatedly", "publicly", "privately", "reportedly",
    "already", "still", "just", "once", "again", "further", "initially", "first", "last", "often",
    "frequently", "separately", "earlier", "subsequently", "quickly", "immediately", "never", "allegedly",
    "apparently", "similarly", "likewise", "too", "ultimately", "finally", "always", "consistently", "flatly",
    "openly", "specifically", "explicitly", "directly", "personally", "herself", "himself", "themselves",
    "itself", "yesterday", "today", "tonight", "reported", "previously", "originally", "angrily", "bluntly",
    "quietly", "simply", "officially", "formally", "sharply", "strongly", "firmly", "even", "had"};
constexpr std::string_view kTimeWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "morning", "evening", "afternoon", "night", "weekend", "week", "month", "year"};
constexpr std::string_view kQuantifiers[] = {"one", "two", "three", "four", "five", "some", "many", "several",
                                             "both", "most", "other", "another", "few", "numerous", "various"};
constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i", "you"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"};
constexpr std::string_view kLeadingJunk[] = {"of", "in", "for", "at", "with", "and", "'s", "on", "'", "including"};
constexpr std::string_view kAdjunctPreps[] = {"in", "at", "during", "on", "via", "through", "from", "after",
                                              "before", "while", "when", "with"};

constexpr uint32_t kNoName = 0xFFFFFFFFu;

bool IsWordLike(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbreviation || t.kind == TokenKind::kNumber;
}

}  // namespace

SourcePhraseReader::SourcePhraseReader(const Document& doc, const std::vector<std::string>& lower)
    : doc_(doc), tokens_(doc.tokens()), lower_(lower) {}

void SourcePhraseReader::Prepare(const std::vector<const WordInfo*>& info) {
  // Per-token word classes, looked up once: the scans below ask them often.
  bits_.resize(lower_.size());
  barrier_.resize(lower_.size());
  for (size_t i = 0; i < lower_.size(); ++i) {
    const WordInfo* wi = info[i];
    if (wi == nullptr) {
      bits_[i] = 0;
      barrier_[i] = 0;
      continue;
    }
    bits_[i] = wi->source_bits;
    bool barrier = wi->clause;
    // A cue word after a determiner or a possessive is a noun ("the states suing the EPA",
    // "familiar with Cruz's thinking"), no barrier.
    const bool after_determiner =
        i > 0 && (In(lower_[i - 1], kDeterminers) ||
                  (tokens_[i - 1].kind == TokenKind::kClitic && (lower_[i - 1] == "'s" || lower_[i - 1] == "'")));
    if (!barrier && !after_determiner && !tokens_[i].Has(kCapitalized) && wi->cue != nullptr &&
        wi->cue->cls != CueClass::kWeak) {
      barrier = (bits_[i] & (kRoleWord | kOrgWord | kCollectiveWord)) == 0;
    }
    barrier_[i] = barrier;
  }
}

std::string SourcePhraseReader::TextOf(uint32_t begin, uint32_t end) const {
  if (begin >= end) return {};
  std::string_view raw = doc_.text().substr(tokens_[begin].span.begin, tokens_[end - 1].span.end - tokens_[begin].span.begin);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’ -> '
      out.push_back('\'');
      i += 2;
    } else if (raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(raw[i]);
    }
  }
  return out;
}

bool SourcePhraseReader::Barrier(uint32_t i) const { return barrier_[i] != 0; }

bool SourcePhraseReader::Noun(uint32_t i) const {
  const Token& t = tokens_[i];
  if (!IsWordLike(t)) return false;
  if (t.Has(kCapitalized)) return true;
  return bits_[i] != 0;
}

bool SourcePhraseReader::SkippableBeforeCue(uint32_t i, uint32_t limit, uint32_t* skip) const {
  const std::string& w = lower_[i];
  const bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !tokens_[i].Has(kCapitalized) &&
                      w != "family" && w != "italy" && w != "ally" && w != "assembly";
  if (In(w, kSkipBeforeCue) || w == "n't" || w == "not" || adverb) {
    *skip = 1;
    return true;
  }
  // "on Monday", "last week", "so far", "earlier this week"
  if (In(w, kTimeWords) && i > limit) {
    uint32_t k = i;
    while (k > limit && (In(lower_[k - 1], kTimeWords) || lower_[k - 1] == "this" || lower_[k - 1] == "last" ||
                         lower_[k - 1] == "on" || lower_[k - 1] == "earlier" || lower_[k - 1] == "late")) {
      --k;
    }
    if (k < i && (lower_[k] == "on" || lower_[k] == "this" || lower_[k] == "last" || lower_[k] == "earlier")) {
      *skip = i + 1 - k;
      return true;
    }
    if (w == "yesterday" || w == "today" || w == "tonight") {
      *skip = 1;
      return true;
    }
    // A bare weekday: "Miller Monday said".
    if (w.size() > 5 && w.compare(w.size() - 3, 3, "day") == 0 && tokens_[i].Has(kCapitalized)) {
      *skip = 1;
      return true;
    }
  }
  // "Sen. David Perdue (R-Ga.) said"
  if (w == ")") {
    for (uint32_t k = i; k > limit && i - k < 8; --k) {
      if (lower_[k - 1] == "(") {
        *skip = i - k + 2;
        return true;
      }
    }
  }
  if (w == "far" && i > limit && lower_[i - 1] == "so") {
    *skip = 2;
    return true;
  }
  return false;
}

uint32_t SourcePhraseReader::ScanBack(uint32_t end, uint32_t limit, uint32_t max_tokens) const {
  uint32_t k = end;
  uint32_t n = 0;
  while (k > limit) {
    const uint32_t i = k - 1;
    const Token& t = tokens_[i];
    const std::string& w = lower_[i];
    if (t.kind == TokenKind::kClitic && (w == "'s" || w == "'")) {
      // possessive inside the phrase: Ukraine's intelligence agency
    } else if (IsWordLike(t)) {
      if (In(w, kPronouns)) {
        if (i + 1 == end) return i;
        break;
      }
      // "her friend said", "his spokesman said": a possessive opens the phrase.
      if (i + 1 < end && (w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my")) {
        --k;
        break;
      }
      if (Barrier(i)) break;
    } else if (!(t.kind == TokenKind::kSymbol && (w == "&" || w == "%"))) {
      break;
    }
    --k;
    if (++n > max_tokens) return end;  // a whole clause, not a source phrase
  }
  while (k < end && In(lower_[k], kLeadingJunk)) ++k;
  // "read a local media report": words before an article that are no part of a name or role (not
  // when the phrase itself opens with one: "a fellow at the Brookings Institution").
  const bool opens_with_article = k < end && (lower_[k] == "a" || lower_[k] == "an" || lower_[k] == "the");
  for (uint32_t d = k + 1; d + 1 < end && !opens_with_article; ++d) {
    if (lower_[d] != "a" && lower_[d] != "an" && lower_[d] != "the") continue;
    bool junk = true;
    for (uint32_t m = k; m < d && junk; ++m) {
      junk = !tokens_[m].Has(kCapitalized) && bits_[m] == 0 &&
             tokens_[m].kind == TokenKind::kWord && !In(lower_[m], kQuantifiers);
    }
    if (junk) k = d;
    break;
  }
  return k;
}

uint32_t SourcePhraseReader::ParentheticalBefore(uint32_t comma, uint32_t limit) const {
  static constexpr std::string_view kAdverbials[] = {
      "for example", "for instance", "however", "meanwhile", "in turn", "too", "though", "in fact",
      "in particular", "in addition", "moreover", "instead", "nonetheless", "nevertheless", "likewise",
      "of course", "in response", "at the time", "at the same time", "in contrast", "by contrast",
      "for his part", "for her part", "for their part", "for its part", "on the other hand", "similarly",
      "separately", "meantime", "in the meantime", "indeed", "also", "in a statement", "in an interview"};
  for (uint32_t len = 1; len <= 5 && comma > limit + len + 1; ++len) {
    const uint32_t k = comma - len;  // first word of the adverbial; k - 1 must be a comma
    if (!IsComma(k - 1)) continue;
    std::string phrase = lower_[k];
    for (uint32_t m = k + 1; m < comma; ++m) phrase += " " + lower_[m];
    if (In(phrase, kAdverbials)) return k;
    return comma;
  }
  return comma;
}

uint32_t SourcePhraseReader::AppositionBack(uint32_t end, uint32_t limit) const {
  const auto& pos = doc_.pos_tags();
  const bool tagged = pos.size() == tokens_.size();
  bool role = false;
  for (uint32_t k = end; k > limit && end - k < 16; --k) {
    const uint32_t i = k - 1;
    // "a Ukrainian-American then working for the State Department": an indefinite apposition.
    if (IsComma(i)) {
      return role || lower_[k] == "a" || lower_[k] == "an" || (k + 1 < end && lower_[k] == "one" && lower_[k + 1] == "of")
                 ? k
                 : end;
    }
    const Token& t = tokens_[i];
    if (!IsWordLike(t) && t.kind != TokenKind::kClitic && !(t.kind == TokenKind::kPunct && (lower_[i] == "(" || lower_[i] == ")"))) {
      return end;
    }
    const bool participle = lower_[i].size() > 5 && lower_[i].compare(lower_[i].size() - 3, 3, "ing") == 0;
    if (tagged && !participle && (pos[i] == PartOfSpeech::kVerb || pos[i] == PartOfSpeech::kAux)) return end;
    if (!tagged && Barrier(i) && lower_[i] != "to" && lower_[i] != "of" && lower_[i] != "for" && lower_[i] != "then") return end;
    role |= (bits_[i] & (kRoleWord | kTitleWord)) != 0;
  }
  return end;
}

uint32_t SourcePhraseReader::ScanForward(uint32_t from, uint32_t limit, bool apposition) const {
  uint32_t k = from;
  const uint32_t cap = apposition ? 20 : 10;
  while (k < limit && k - from < cap) {
    const Token& t = tokens_[k];
    const std::string& w = lower_[k];
    if (t.kind == TokenKind::kClitic && (w == "'s" || w == "'")) {
      ++k;
      continue;
    }
    if (!IsWordLike(t)) break;
    if (In(w, kPronouns)) {
      if (k == from) return k + 1;
      break;
    }
    if (Barrier(k) && !(apposition && (w == "its" || w == "his" || w == "her" || w == "their"))) break;
    if (!apposition && (w == "in" || w == "on" || w == "during" || w == "after" || w == "before" || w == "when" ||
                        w == "earlier" || w == "last" || w == "late" || w == "yesterday" || w == "today")) {
      break;
    }
    if (k > from && t.Has(kCapitalized) && In(w, kTimeWords) && !apposition) break;  // said Miller Monday
    ++k;
  }
  while (k > from && (lower_[k - 1] == "and" || lower_[k - 1] == "of" || lower_[k - 1] == "the" ||
                      lower_[k - 1] == "for" || lower_[k - 1] == "at" || lower_[k - 1] == "with")) {
    --k;
  }
  return k;
}

bool SourcePhraseReader::LooksLikeName(uint32_t begin, uint32_t end) const {
  if (begin >= end || end - begin > 6) return false;
  for (uint32_t i = begin; i < end; ++i) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::kClitic) return false;
    if (!t.Has(kCapitalized) && lower_[i] != "and") return false;
  }
  return true;
}

bool SourcePhraseReader::LooksLikeRolePhrase(uint32_t begin, uint32_t end) const {
  if (begin >= end || end - begin > 20) return false;
  for (uint32_t i = begin; i < end; ++i) {
    if (bits_[i] & (kRoleWord | kOrgWord | kTitleWord)) return true;
  }
  // "one of only a handful of RNC members"
  return In(lower_[begin], kDeterminers) || (begin + 1 < end && lower_[begin] == "one" && lower_[begin + 1] == "of");
}

std::optional<SourcePhrase> SourcePhraseReader::Before(uint32_t cue, uint32_t limit) const {
  uint32_t j = cue;
  uint32_t skip = 0;
  while (j > limit && SkippableBeforeCue(j - 1, limit, &skip)) j -= std::min(skip, j - limit);
  if (j <= limit) return std::nullopt;
  // "Brian Murphy, the chairman of the county party, for example, said", "Smith, however, said":
  // read the source as if the parenthetical adverbial were not there.
  if (IsComma(j - 1)) {
    const uint32_t k = ParentheticalBefore(j - 1, limit);
    if (k != j - 1) {
      if (auto p = Before(k, limit)) return p;
      return Before(k - 1, limit);
    }
  }
  // "The justice -- who has been in a scuffle with the nominee -- said": the phrase before the aside.
  if (tokens_[j - 1].kind == TokenKind::kDash && j >= limit + 3) {
    for (uint32_t k = j - 2; k > limit && j - k < 30; --k) {
      if (tokens_[k].kind == TokenKind::kQuote) break;
      if (tokens_[k].kind != TokenKind::kDash) continue;
      const std::string& first = lower_[k + 1];
      const bool participle = first.size() > 4 && first.compare(first.size() - 2, 2, "ed") == 0;  // "mentioned by"
      if (k > limit && (first == "who" || first == "a" || first == "an" || first == "the" || participle ||
                        (bits_[k + 1] & kRoleWord))) {
        const uint32_t b = ScanBack(k, limit);
        if (b < k) return Build(b, k, 0, 0);
      }
      break;
    }
    return std::nullopt;
  }
  if (IsComma(j - 1)) {
    // Name, apposition, said -- or -- The Ukrainian president, Volodymyr Zelensky, urged
    const uint32_t a_end = j - 1;
    // "Ramos, 58, told": an age; "Steven Aftergood, who heads a project, said": a relative clause.
    // The name before the first comma is the source.
    uint32_t name_end = kNoName;
    if (a_end >= limit + 3 && tokens_[a_end - 1].kind == TokenKind::kNumber && IsComma(a_end - 2)) {
      name_end = a_end - 2;
    } else {
      for (uint32_t k = a_end; k > limit + 2 && a_end - k < 16; --k) {
        const std::string& w = lower_[k - 1];
        if (IsComma(k - 1) || tokens_[k - 1].kind == TokenKind::kQuote) break;
        // "Judge David McKeague, writing for the majority, said", "Pena Nieto, contradicting Trump, said"
        const bool participle = w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 &&
                                !tokens_[k - 1].Has(kCapitalized) && w != "including";
        if ((w == "who" || w == "whose" || w == "which" || participle) && IsComma(k - 2)) {
          name_end = k - 2;
          break;
        }
      }
    }
    if (name_end != kNoName) {
      uint32_t b = ScanBack(name_end, limit);
      if (b < name_end) {
        const uint32_t a2 = AppositionBack(name_end, limit);
        if (a2 < name_end && a2 > limit + 1 && IsComma(a2 - 1)) b = a2;
      }
      // "Murshed Zaheed, political director of CREDO Action, which organized the letter, said": the
      // name before the role the relative clause hangs on.
      if (b < name_end && b > limit + 1 && IsComma(b - 1) && LooksLikeRolePhrase(b, name_end)) {
        const uint32_t n = ScanBack(b - 1, limit);
        if (n < b - 1 && LooksLikeName(n, b - 1)) {
          auto p = Build(n, b - 1, b, name_end);
          if (p) return p;
        }
      }
      if (b < name_end && (LooksLikeName(b, name_end) || LooksLikeRolePhrase(b, name_end))) {
        auto p = Build(b, name_end, 0, 0);
        if (p) return p;
      }
    }
    uint32_t a = ScanBack(a_end, limit, 20);
    if (a < a_end && a > limit && !IsComma(a - 1)) a = AppositionBack(a_end, limit);  // "a senior adviser to Sanders"
    if (a >= a_end || a <= limit || !IsComma(a - 1)) return std::nullopt;
    const uint32_t b_end = a - 1;
    const uint32_t b = ScanBack(b_end, limit);
    if (b >= b_end) return std::nullopt;
    if (LooksLikeName(b, b_end) && LooksLikeRolePhrase(a, a_end)) return Build(b, b_end, a, a_end);
    // Name, role, second apposition, said: "Scott Pruitt, the attorney general of Oklahoma, one of the states ..., said"
    if (b > limit + 1 && IsComma(b - 1) && LooksLikeRolePhrase(b, b_end)) {
      const uint32_t n = ScanBack(b - 1, limit);
      if (n < b - 1 && LooksLikeName(n, b - 1)) return Build(n, b - 1, b, b_end);
    }
    if (LooksLikeName(a, a_end) && LooksLikeRolePhrase(b, b_end)) {
      auto p = Build(a, a_end, b, b_end);
      if (p) {
        p->begin = b;
        p->mention.begin = tokens_[b].span.begin;
      }
      return p;
    }
    return std::nullopt;
  }
  // "those surveyed said", "voters polled said": a participle after the phrase.
  if (j > limit + 1 && (lower_[j - 1] == "surveyed" || lower_[j - 1] == "polled" || lower_[j - 1] == "interviewed" ||
                        lower_[j - 1] == "questioned")) {
    uint32_t e = j - 1;
    // "those surveyed", "many of those polled": the demonstrative is the head, not a barrier.
    if (e > limit && (lower_[e - 1] == "those" || lower_[e - 1] == "these")) --e;
    const uint32_t b = e < j - 1 ? (e > limit + 1 && lower_[e - 1] == "of" ? ScanBack(e - 1, limit) : e) : ScanBack(e, limit);
    if (b < j - 1) return Build(b, j, 0, 0, true);
    return std::nullopt;
  }
  // "an architect who said", "Thomas Perez, who said": the phrase before the relative pronoun.
  if (j > limit + 1 && (lower_[j - 1] == "who" || lower_[j - 1] == "which")) {
    uint32_t e = j - 1;
    if (e > limit + 1 && IsComma(e - 1)) --e;
    const uint32_t b = ScanBack(e, limit);
    if (b < e) return Build(b, e, 0, 0);
    return std::nullopt;
  }
  uint32_t a = ScanBack(j, limit);
  if (a >= j) return std::nullopt;
  // "a senior official who spoke on condition of anonymity said": the phrase before "who".
  if (a > limit + 1 && (lower_[a - 1] == "who" || lower_[a - 1] == "familiar") && j - a <= 8) {
    uint32_t b = ScanBack(a - 1, limit);
    if (b < a - 1) {
      auto p = Build(b, a - 1, 0, 0);
      if (p) return p;
    }
  }
  return Build(a, j, 0, 0);
}

std::optional<SourcePhrase> SourcePhraseReader::After(uint32_t from, uint32_t limit) const {
  const uint32_t k = ScanForward(from, limit, false);
  if (k <= from) return std::nullopt;
  if (k + 1 < limit && IsComma(k)) {
    const uint32_t a_end = ScanForward(k + 1, limit, true);
    const bool closed = a_end >= limit || IsComma(a_end) || tokens_[a_end].kind == TokenKind::kPunct;
    if (a_end > k + 1 && closed && LooksLikeRolePhrase(k + 1, a_end) && LooksLikeName(from, k)) {
      return Build(from, k, k + 1, a_end);
    }
    // "said the bureau's director, James B. Comey,": the role first, then the name.
    if (a_end > k + 1 && closed && LooksLikeRolePhrase(from, k)) {
      if (LooksLikeName(k + 1, a_end)) {
        auto p = Build(k + 1, a_end, from, k);
        if (p) {
          p->begin = from;
          p->mention.begin = tokens_[from].span.begin;
        }
        return p;
      }
    }
  }
  return Build(from, k, 0, 0);
}

uint32_t SourcePhraseReader::SkipAdjuncts(uint32_t i, uint32_t limit) const {
  for (int round = 0; round < 4 && i < limit; ++round) {
    const std::string& w = lower_[i];
    if (w == "that" || w == ":" || w == ",") {
      ++i;
      continue;
    }
    uint32_t skip = 0;
    if (In(w, kTimeWords) || w == "on" || w == "last" || w == "this" || w == "earlier" || w == "late") {
      uint32_t k = i;
      while (k < limit && k - i < 4 &&
             (In(lower_[k], kTimeWords) || lower_[k] == "on" || lower_[k] == "last" || lower_[k] == "this" ||
              lower_[k] == "earlier" || lower_[k] == "late")) {
        ++k;
      }
      bool time = false;
      for (uint32_t m = i; m < k; ++m) time |= In(lower_[m], kTimeWords);
      const bool possessive = k < limit && (lower_[k] == "'s" || lower_[k] == "'");  // "Monday's decision"
      if (time && !possessive) skip = k - i;
    }
    // "before adding that ...": a participle cue is an attribution of its own, no adjunct.
    const bool participle_cue = i + 1 < limit && Barrier(i + 1) && lower_[i + 1].size() > 4 &&
                                lower_[i + 1].compare(lower_[i + 1].size() - 3, 3, "ing") == 0;
    if (skip == 0 && In(w, kAdjunctPreps) && i + 1 < limit && !participle_cue) {
      // "in a statement", "at a briefing", "in a Telegram post:" -- only when a
      // clause boundary (that, a colon, a comma, a quote) follows soon.
      for (uint32_t k = i + 1; k < limit && k - i <= 7; ++k) {
        const std::string& x = lower_[k];
        if (x == "that" || x == ":" || x == "," || tokens_[k].kind == TokenKind::kQuote) {
          skip = k - i;
          break;
        }
        const bool boundary = limit < tokens_.size() && (lower_[limit] == ":" || tokens_[limit].kind == TokenKind::kQuote);
        if (boundary && k + 1 == limit &&
            (tokens_[k].kind == TokenKind::kWord || tokens_[k].kind == TokenKind::kAbbreviation)) {
          skip = limit - i;  // the phrase runs to the caller's boundary (a colon before a quote)
          break;
        }
        if (!IsWordLike(tokens_[k]) && tokens_[k].kind != TokenKind::kClitic) break;
      }
    }
    if (skip == 0) break;
    i += skip;
  }
  return i;
}

bool SourcePhraseReader::AgreesAsVerb(const SourcePhrase& subject, uint32_t cue, const CueEntry& entry) const {
  if (lower_[cue] != entry.lemma) return true;
  if (subject.kind == SourceKind::kPronoun) return lower_[subject.begin] != "he" && lower_[subject.begin] != "she" &&
                                                   lower_[subject.begin] != "it";
  if (subject.plural) return true;
  bool article = subject.indefinite || subject.definite;
  for (uint32_t k = subject.begin; k < subject.end; ++k) article |= lower_[k] == "a" || lower_[k] == "an";
  if (!article) return true;  // names and bare plurals: "many Democrats say"
  // After "will", "would", "did" ... the bare form is a verb: "Miller would not say".
  if (cue > 0) {
    const std::string& prev = lower_[cue - 1];
    if (prev == "will" || prev == "would" || prev == "did" || prev == "does" || prev == "do" || prev == "to" ||
        prev == "could" || prev == "can" || prev == "may" || prev == "might" || prev == "should" || prev == "must" ||
        prev == "not" || prev == "n't" || prev == "also") {
      return true;
    }
  }
  return false;
}

void SourcePhraseReader::ReadRole(uint32_t begin, uint32_t end, SourcePhrase* p) const {
  const CueLexicon& lex = CueLexicon::Get();
  while (begin < end && In(lower_[begin], kDeterminers)) ++begin;
  if (begin >= end) return;
  // Split "ROLE for/at/with AFFILIATION" at the last such preposition.
  uint32_t role_end = end;
  uint32_t affil_begin = end;
  for (uint32_t i = end; i > begin + 1; --i) {
    const std::string& w = lower_[i - 1];
    if (w == "for" || w == "at" || w == "with" || w == "in") {
      role_end = i - 1;
      affil_begin = i;
      break;
    }
  }
  if (affil_begin == end) {
    for (uint32_t i = begin + 1; i + 1 < end; ++i) {
      if (lower_[i] == "of" && (bits_[i - 1] & kRoleWord) && lower_[i - 1] != "secretary") {
        role_end = i;
        affil_begin = i + 1;
        break;
      }
    }
  }
  std::string affiliation;
  if (affil_begin < end) {
    uint32_t a = affil_begin;
    while (a < end && In(lower_[a], kDeterminers)) ++a;
    affiliation = TextOf(a, end);
  }
  // A possessor: "the UN chief's spokesperson".
  for (uint32_t i = begin; i < role_end; ++i) {
    if (tokens_[i].kind == TokenKind::kClitic && i + 1 < role_end) {
      uint32_t pe = i;
      while (pe > begin + 1 && (bits_[pe - 1] & (kRoleWord | kTitleWord))) --pe;
      if (affiliation.empty()) affiliation = TextOf(begin, pe);
      begin = i + 1;
      break;
    }
  }
  // Trailing role words are the role; what precedes them, the affiliation.
  uint32_t r = role_end;
  bool has_role = false;
  while (r > begin) {
    uint8_t bits = bits_[r - 1];
    if (!(bits & (kRoleWord | kRoleModifier | kTitleWord)) && lower_[r - 1] != "of") break;
    has_role |= (bits & kRoleWord) != 0;
    --r;
  }
  if (r < role_end && lower_[r] == "of") ++r;
  // A role followed by "of the ... department" (head of the counter-disinformation department).
  if (!has_role && role_end > begin && (bits_[begin] & kRoleWord)) {
    r = begin;
    has_role = true;
  }
  if (!has_role) return;
  // Modifiers that name a place or body belong to the affiliation: State Department spokesperson.
  while (r < role_end && tokens_[r].Has(kCapitalized) && !(bits_[r] & (kRoleWord | kTitleWord)) &&
         !(bits_[r] & kRoleModifier)) {
    ++r;
  }
  if (r >= role_end) return;
  bool capital_prefix = false;
  for (uint32_t k = begin; k < r; ++k) capital_prefix |= tokens_[k].Has(kCapitalized);
  if (!capital_prefix && affiliation.empty()) r = begin;  // "a tax expert": all of it is the role
  p->role = TextOf(r, role_end);
  if (affiliation.empty() && r > begin) affiliation = TextOf(begin, r);
  if (!affiliation.empty()) {
    // A demonym names its country (Ukrainian -> Ukraine); acronyms stay as written (UN).
    std::string_view country = lex.Country(affiliation);
    bool caps = true;
    for (char c : affiliation) caps &= !(c >= 'a' && c <= 'z');
    p->affiliation = country.empty() || caps ? affiliation : std::string(country);
  }
}

std::optional<SourcePhrase> SourcePhraseReader::Build(uint32_t begin, uint32_t end, uint32_t ab, uint32_t ae,
                                                      bool any_head) const {
  if (begin >= end) return std::nullopt;
  const CueLexicon& lex = CueLexicon::Get();
  SourcePhrase p;
  p.begin = begin;
  p.end = end;
  p.mention = {tokens_[begin].span.begin, tokens_[end - 1].span.end};
  if (end - begin == 1 && In(lower_[begin], kPronouns)) {
    p.kind = SourceKind::kPronoun;
    p.plural = lower_[begin] == "they" || lower_[begin] == "we";
    p.person = lower_[begin] == "he" || lower_[begin] == "she" || lower_[begin] == "i";
    p.org = lower_[begin] == "it";
    return p;
  }
  uint32_t i = begin;
  bool quantified = false;
  if (lower_[i] == "the" || lower_[i] == "its" || lower_[i] == "their" || lower_[i] == "his" || lower_[i] == "her") {
    p.definite = true;
    ++i;
  } else if (lower_[i] == "a" || lower_[i] == "an") {
    p.indefinite = true;
    ++i;
  } else if (i + 1 < end && In(lower_[i], kQuantifiers)) {
    quantified = true;  // "one slide", "some economists", "two officials"
  }
  // A share of those polled: "64 percent who say", "18% who say", "nine in 10 said", "78 percent
  // of voters in a recent poll said".
  const std::string& last = lower_[end - 1];
  auto number = [&](uint32_t k) {
    return tokens_[k].kind == TokenKind::kNumber || In(lower_[k], kQuantifiers) || lower_[k] == "six" ||
           lower_[k] == "seven" || lower_[k] == "eight" || lower_[k] == "nine" || lower_[k] == "ten";
  };
  const bool share_tail = ((last == "%" || last == "percent" || last == "percentage") && end - begin >= 2 &&
                           tokens_[end - 2].kind == TokenKind::kNumber) ||
                          (end - begin >= 3 && tokens_[end - 1].kind == TokenKind::kNumber &&
                           (lower_[end - 2] == "in" || lower_[end - 2] == "of") && number(end - 3));
  const bool share_head = i + 2 < end && tokens_[i].kind == TokenKind::kNumber &&
                          (lower_[i + 1] == "percent" || lower_[i + 1] == "%") && lower_[i + 2] == "of";
  const bool share = share_tail;
  quantified |= share || share_head;
  if (i >= end) return std::nullopt;
  // The head must be a noun we can vouch for: a capitalised word, a source
  // word, or any word after a determiner ("the memo said").
  if (!any_head && !Noun(end - 1) && !(p.definite || p.indefinite || quantified)) return std::nullopt;
  if (share) {
    p.description = TextOf(i, end);
    p.head = last;
    p.plural = true;
    p.person = true;
    return p;
  }
  if (tokens_[end - 1].kind == TokenKind::kClitic || tokens_[end - 1].kind == TokenKind::kNumber) return std::nullopt;
  // "Moscow and Pyongyang" is a compound source; "the Security and Defense Council" after a preposition is not.
  bool has_and = false;
  for (uint32_t k = i; k < end; ++k) {
    const std::string& w = lower_[k];
    if (w == "at" || w == "for" || w == "with" || w == "of" || w == "in" || w == "from") break;
    if (w == "and" && k > i && k + 1 < end && !(tokens_[k - 1].Has(kCapitalized) && tokens_[k + 1].Has(kCapitalized) &&
                                               k + 2 < end)) {
      has_and = true;
    } else if (w == "and" && k + 2 >= end) {
      has_and = true;
    }
    if (w == "and") p.plural = true;
  }
  // A trailing run of capitalised words is a name.
  uint32_t run = end;
  while (run > i && tokens_[run - 1].Has(kCapitalized) && IsWordLike(tokens_[run - 1])) --run;
  // A lower-case head before a preposition makes a description: "an official at the ... Council".
  bool lower_head = false;
  for (uint32_t k = i + 1; k < run && !lower_head; ++k) {
    const std::string& w = lower_[k];
    if ((w == "at" || w == "for" || w == "with" || w == "of" || w == "in" || w == "from") &&
        !tokens_[k - 1].Has(kCapitalized)) {
      lower_head = true;
    }
  }
  if (lower_head) run = end;
  // A lone capitalised common noun opening a sentence is no name: "Officials said", "Police say".
  if (run + 1 == end && run == i && (bits_[run] & (kCollectiveWord | kOrgWord | kRoleWord)) &&
      !(bits_[run] & kTitleWord)) {
    run = end;
  }
  if (run < end && !has_and) {
    // Titles and roles before the name: Ukrainian President Volodymyr Zelensky, Mr Miller.
    uint32_t name_begin = run;
    for (uint32_t k = run; k + 1 < end; ++k) {
      uint8_t bits = bits_[k];
      if (bits & (kTitleWord | kRoleWord)) name_begin = k + 1;
    }
    bool org_in_name = false;
    for (uint32_t k = name_begin; k < end; ++k) {
      org_in_name |= (bits_[k] & kOrgWord) != 0 || !lex.Country(doc_.TokenText(tokens_[k])).empty();
    }
    if (org_in_name && name_begin > run) name_begin = run;
    p.kind = SourceKind::kName;
    p.name_begin = name_begin;
    p.name_end = end;
    p.titled = name_begin > run || name_begin > i;
    std::string name = TextOf(name_begin, end);
    const bool country = !lex.Country(name).empty();
    bool org = country;
    for (uint32_t k = name_begin; k < end; ++k) org |= (bits_[k] & kOrgWord) != 0;
    // An all-capitals single word is an acronym: UN, NATO, CNN.
    if (end - name_begin == 1) {
      std::string_view w = doc_.TokenText(tokens_[name_begin]);
      bool caps = w.size() > 1;
      for (char c : w) caps &= !(c >= 'a' && c <= 'z');
      org |= caps;
    }
    // A name after "the" is no person's: "the Red Cross", "the White House".
    if (name_begin > begin && lower_[name_begin - 1] == "the") org = true;
    p.org = org;
    p.person = !org && (p.titled || end - name_begin >= 2);
    if (name_begin > i) ReadRole(i, name_begin, &p);
    if (p.person && name_begin > run && p.role.empty()) {
      // A title that is also a role ("President", not "Mr") is the role when nothing else is.
      for (uint32_t k = run; k < name_begin; ++k) {
        if (bits_[k] & kRoleWord) {
          p.role = TextOf(k, name_begin);
          break;
        }
      }
    }
  } else {
    p.kind = has_and && run < end ? SourceKind::kName : SourceKind::kDescription;
    if (p.kind == SourceKind::kName) {
      p.name_begin = i;
      p.name_end = end;
      p.plural = true;
      p.org = true;
    }
    p.description = TextOf(i, end);
    // The head is the last word before a preposition: "an official at Ukraine's ... Council".
    uint32_t head = end - 1;
    for (uint32_t k = i + 1; k < end; ++k) {
      const std::string& w = lower_[k];
      if (w == "at" || w == "for" || w == "with" || w == "of" || w == "in" || w == "from" || w == "on") {
        head = k - 1;
        break;
      }
    }
    p.head = lower_[head];
    const uint8_t bits = lex.SourceWord(p.head);
    p.plural = !p.indefinite && (p.plural || (bits & kCollectiveWord) != 0 ||
                                 (p.head.size() > 3 && p.head.back() == 's' && p.head[p.head.size() - 2] != 's'));
    p.org = (bits & kOrgWord) != 0;
    p.person = (bits & kRoleWord) != 0 || (bits & kCollectiveWord) != 0;
    if (bits & kRoleWord) ReadRole(i, end, &p);
    if (!(p.person || p.org) && p.kind == SourceKind::kDescription) {
      // Unknown head without a determiner: not a source we trust.
      if (!any_head && !(p.definite || p.indefinite || quantified) && !tokens_[i].Has(kCapitalized)) {
        return std::nullopt;
      }
    }
  }
  if (ae > ab) {
    SourcePhrase appos;
    ReadRole(ab, ae, &appos);
    if (!appos.role.empty()) p.role = appos.role;
    if (!appos.affiliation.empty()) p.affiliation = appos.affiliation;
    if (p.kind == SourceKind::kName && !p.org) p.person = true;
  }
  return p;
}

}  // namespace hearsay::internal
