#include "attribution/cue_lexicon.h"

#include <algorithm>

#include "text/tsv.h"

namespace hearsay::internal {

// Defined in the generated lexicon_data.cc (cmake/embed_files.cmake).
extern const char kCuesTsv[];
extern const char kSourceWordsTsv[];
extern const char kDemonymsTsv[];

namespace {

CueClass ParseCueClass(std::string_view s) {
  if (s == "report") return CueClass::kReport;
  if (s == "estimate") return CueClass::kEstimate;
  if (s == "weak") return CueClass::kWeak;
  if (s == "phrase") return CueClass::kPhrase;
  return CueClass::kSpeech;
}

uint8_t ParseSourceClass(std::string_view s) {
  if (s == "role") return kRoleWord;
  if (s == "mod") return kRoleModifier;
  if (s == "org") return kOrgWord;
  if (s == "collective") return kCollectiveWord;
  if (s == "title") return kTitleWord;
  return 0;
}

// Words that end a source phrase when scanning from a cue: clause words,
// auxiliaries, pronouns and adverbs that never sit inside a name or role.
constexpr std::string_view kClauseWords[] = {
    "that", "which", "who", "whom", "whose", "when", "where", "while", "as", "because", "if", "but", "than",
    "what", "how", "why", "since", "after", "before", "although", "though", "whether", "so", "then", "to", "by",
    "from", "into", "over", "under", "against", "during", "despite", "within", "without", "through", "like",
    "unlike", "not", "n't", "or", "nor", "yet", "is", "was", "are", "were", "be", "been", "being", "has",
    "have", "had", "do", "did", "does", "will", "would", "can", "could", "should", "may", "might", "must",
    "shall", "also", "reportedly", "about", "upon", "until", "unless", "once", "here", "there", "just",
    "even", "only", "however", "meanwhile", "instead", "still", "already", "this", "these", "those", "its",
    "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "it", "he", "she", "they", "we",
    "i", "you", "wo", "ca", "ago", "now", "too", "very", "all", "every", "each", "any"};

}  // namespace

std::string LowerNorm(const Document& doc, const Token& t) {
  std::string s(doc.TokenNorm(t));
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

CueLexicon::CueLexicon() {
  ForEachTsvRow(kCuesTsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    CueEntry e{std::string(f[1]), ParseCueClass(f[2])};
    std::string form(f[0]);
    if (form.find(' ') == std::string::npos) {
      words_.emplace(form, std::move(e));
      return;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= form.size()) {
      size_t sp = form.find(' ', start);
      if (sp == std::string::npos) sp = form.size();
      if (sp > start) parts.push_back(form.substr(start, sp - start));
      start = sp + 1;
    }
    phrases_.emplace_back(std::move(parts), std::move(e));
  });
  for (const auto& ph : phrases_) phrase_starts_.emplace(ph.first[0], 1);
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  ForEachTsvRow(kSourceWordsTsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    source_words_[std::string(f[0])] |= ParseSourceClass(f[1]);
  });
  size_t n = words_.size() + source_words_.size() + std::size(kClauseWords) + phrases_.size();
  size_t size = 16;
  while (size < 2 * n) size *= 2;
  table_.resize(size);
  entries_.reserve(n);
  for (const auto& [form, entry] : words_) Insert(form).cue = &entry;
  for (const auto& [word, bits] : source_words_) Insert(word).source_bits = bits;
  for (std::string_view w : kClauseWords) Insert(std::string(w)).clause = true;
  for (const auto& ph : phrases_) Insert(ph.first[0]).phrase_start = true;
  ForEachTsvRow(kDemonymsTsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    countries_.emplace(std::string(f[0]), std::string(f[1]));
  });
}

const CueLexicon& CueLexicon::Get() {
  static const CueLexicon lexicon;
  return lexicon;
}

const CueEntry* CueLexicon::Lookup(std::string_view lower_form) const {
  auto it = words_.find(std::string(lower_form));
  return it == words_.end() ? nullptr : &it->second;
}

CueMatch CueLexicon::MatchAt(const Document& doc, uint32_t i, uint32_t end) const {
  const auto& tokens = doc.tokens();
  std::vector<std::string> lower;
  for (uint32_t k = i; k < end && k < i + 6; ++k) lower.push_back(LowerNorm(doc, tokens[k]));
  CueMatch m = MatchAt(lower, 0, static_cast<uint32_t>(lower.size()));
  return m;
}

CueMatch CueLexicon::MatchAt(const std::vector<std::string>& lower, uint32_t i, uint32_t end) const {
  if (i >= end) return {};
  const std::string& first = lower[i];
  if (phrase_starts_.count(first) != 0) {
    for (const auto& [words, entry] : phrases_) {
      if (words[0] != first || i + words.size() > end) continue;
      bool ok = true;
      for (size_t k = 1; k < words.size() && ok; ++k) ok = lower[i + k] == words[k];
      if (ok) return {static_cast<uint32_t>(words.size()), &entry};
    }
  }
  auto it = words_.find(first);
  if (it != words_.end()) return {1, &it->second};
  return {};
}

WordInfo& CueLexicon::Insert(const std::string& key) {
  const size_t mask = table_.size() - 1;
  const uint32_t hash = static_cast<uint32_t>(WordHash()(key));
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = table_[i];
    if (slot.entry == 0) {
      entries_.emplace_back(key, WordInfo{});
      slot.hash = hash;
      slot.entry = static_cast<uint32_t>(entries_.size());
      max_key_ = std::max(max_key_, key.size());
      return entries_.back().second;
    }
    if (slot.hash == hash && entries_[slot.entry - 1].first == key) return entries_[slot.entry - 1].second;
  }
}

const WordInfo* CueLexicon::Info(std::string_view lower_word) const {
  if (lower_word.size() > max_key_ || table_.empty()) return nullptr;
  const size_t mask = table_.size() - 1;
  const uint32_t hash = static_cast<uint32_t>(WordHash()(lower_word));
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = table_[i];
    if (slot.entry == 0) return nullptr;
    if (slot.hash == hash && entries_[slot.entry - 1].first == lower_word) return &entries_[slot.entry - 1].second;
  }
}

CueMatch CueLexicon::MatchAt(const std::vector<std::string>& lower, const std::vector<const WordInfo*>& info,
                             uint32_t i, uint32_t end) const {
  if (i >= end || info[i] == nullptr) return {};
  if (info[i]->phrase_start) {
    for (const auto& [words, entry] : phrases_) {
      if (words[0] != lower[i] || i + words.size() > end) continue;
      bool ok = true;
      for (size_t k = 1; k < words.size() && ok; ++k) ok = lower[i + k] == words[k];
      if (ok) return {static_cast<uint32_t>(words.size()), &entry};
    }
  }
  if (info[i]->cue != nullptr) return {1, info[i]->cue};
  return {};
}

uint8_t CueLexicon::SourceWord(std::string_view lower_word) const {
  if (lower_word.size() > 1 && lower_word.back() == '.') lower_word.remove_suffix(1);  // Mr. Gen.
  auto it = source_words_.find(std::string(lower_word));
  return it == source_words_.end() ? 0 : it->second;
}

std::string_view CueLexicon::Country(std::string_view word) const {
  auto it = countries_.find(std::string(word));
  return it == countries_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace hearsay::internal
