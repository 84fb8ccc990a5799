#include "tagger/features.h"

#include "tagger/byte_io.h"
#include "tagger/word_clusters.h"
#include "tagger/word_lexicon.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace hearsay::internal {
namespace {

// Template ids. Changing one changes every feature hash: retrain the models.
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kShortShape,
  kPrevLower,
  kNextLower,
  kPrev2Lower,
  kNext2Lower,
  kPrevSuffix3,
  kNextSuffix3,
  kPrevLowerLower,
  kLowerNextLower,
  kFirstShape,
  kPrevShortShape,
  kNextShortShape,
  kShapeWindow,
  kFlags,
  kGaz,
  kPrevGaz,
  kNextGaz,
  kAllCapsLower,
  kPrevWord,
  kNextWord,
  kSuffix4Cap,
  kClusterFine,
  kClusterMid,
  kClusterCoarse,
  kPrevClusterFine,
  kNextClusterFine,
  kPrevNextClusterMid,
  kClusterShape,
  kPrevNextLower,
  kPrevTagCluster,
  kPrev2ClusterFine,
  kNext2ClusterFine,
  kSuffix5,
  kNextSuffix2,
  kPrevTagNextCluster,
  kHistory,
  kHistoryShape,
  kPrevLowerShape,
  kShapeNextLower,
  kPos,
  kPrevPos,
  kNextPos,
  kPosWindow,
  kPosShape,
  kCaseEvidence,
  kCaseEvidenceLower,
  kLexicon,
  kLexiconCap,
  kPrevLexicon,
  kNextLexicon,
  kLexiconSuffix3,
  kPrevBigram,
  kNextBigram,
  kUnused65,  // ids 65-70: templates tried and dropped (MODELS.md)
  kUnused66,
  kUnused67,
  kUnused68,
  kUnused69,
  kUnused70,
  kDocument,
  kDocumentShape,
  kDocumentHistory,
  kDocumentPrev,
  kDocumentNext,
  kDocumentAnyCase,
  kPrevTag = 40,
  kPrev2Tags,
  kPrevTagLower,
  kPrevTagShape,
  kPrevTagNextLower,
  kPrevTagSuffix3,
};

enum WordFlag : uint8_t {
  kFlagCap = 1 << 0,     // first letter upper case
  kFlagAllCap = 1 << 1,  // every letter upper case (and at least one)
  kFlagDigit = 1 << 2,
  kFlagHyphen = 1 << 3,
  kFlagPeriod = 1 << 4,
  kFlagFirst = 1 << 5,   // first word of the sentence
  kFlagPlain = kPlainWordFlag,  // see features.h
  kFlagsHashed = (1 << 6) - 1,  // the bits of the kFlags feature
};

constexpr uint64_t kStartHash = 0x5354415254ull;  // words before the sentence
constexpr uint64_t kEndHash = 0x454e44ull;        // words after it

// Feature hashes. Cheaper than MixHash (one multiply per value): tagging
// computes about 60 a word, and the values mixed are already hashes or small
// codes. Adding the value to the template's odd multiple and multiplying by
// an odd constant is a bijection, so two features of one template never
// collide; the final shift brings high bits down into the table slot bits.
inline uint64_t Fold(uint64_t x) {
  x ^= x >> 31;
  return x == 0 ? 1 : x;
}
inline uint64_t Step(uint64_t state, uint64_t v) { return (state + v) * 0xbf58476d1ce4e5b9ull; }
inline uint64_t Start(uint64_t t) { return t * 0x9e3779b97f4a7c15ull; }
inline uint64_t F(uint64_t t, uint64_t h) { return Fold(Step(Start(t), h)); }
inline uint64_t F(uint64_t t, uint64_t h1, uint64_t h2) {
  const uint64_t x = Step(Start(t), h1);
  return Fold(Step(x ^ (x >> 29), h2));
}
inline uint64_t F(uint64_t t, uint64_t h1, uint64_t h2, uint64_t h3) {
  uint64_t x = Step(Start(t), h1);
  x = Step(x ^ (x >> 29), h2);
  return Fold(Step(x ^ (x >> 29), h3));
}

// Shape with X x d and other characters kept, runs longer than 3 cut (full
// shape) or collapsed to one (short shape).
void Describe(std::string_view w, std::string* shape, std::string* short_shape, uint8_t* flags) {
  shape->clear();
  short_shape->clear();
  *flags = 0;
  bool any_letter = false, all_upper = true;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < w.size();) {
    CharInfo ci = ClassifyAt(w, i);
    char s;
    switch (ci.cls) {
      case CharClass::kUpper:
        s = 'X';
        if (i == 0) *flags |= kFlagCap;
        any_letter = true;
        break;
      case CharClass::kLower:
        s = 'x';
        any_letter = true;
        all_upper = false;
        break;
      case CharClass::kDigit:
        s = 'd';
        *flags |= kFlagDigit;
        break;
      default:
        s = ci.cp < 0x80 ? static_cast<char>(ci.cp) : 'o';
        if (s == '-') *flags |= kFlagHyphen;
        if (s == '.') *flags |= kFlagPeriod;
        break;
    }
    if (s == last) {
      ++run;
    } else {
      run = 1;
      short_shape->push_back(s);
    }
    if (run <= 3) shape->push_back(s);
    last = s;
    i += ci.len;
  }
  if (any_letter && all_upper) *flags |= kFlagAllCap;
}

}  // namespace

void LowerForm(std::string_view w, std::string* out) {
  bool ascii = true;
  for (char c : w) ascii = ascii && (c & 0x80) == 0;
  if (ascii) {  // most words: one pass, no per-character appends
    out->resize(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c >= '0' && c <= '9') c = '0';
      (*out)[i] = c;
    }
    return;
  }
  out->clear();
  for (size_t i = 0; i < w.size();) {
    const unsigned char b = static_cast<unsigned char>(w[i]);
    if (b < 0x80) {
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c >= '0' && c <= '9') c = '0';
      out->push_back(c);
      ++i;
      continue;
    }
    CharInfo ci = ClassifyAt(w, i);
    if (ci.cls == CharClass::kDigit) {
      out->push_back('0');
    } else if (ci.cls == CharClass::kUpper) {
      AppendUtf8(ToLowerCp(ci.cp), out);
    } else {
      out->append(w.substr(i, ci.len));
    }
    i += ci.len;
  }
}

std::string_view NormalizeWord(std::string_view word, std::string* out) {
  bool ascii = true;
  for (unsigned char c : word) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  out->clear();
  for (size_t i = 0; i < word.size();) {
    CharInfo ci = ClassifyAt(word, i);
    switch (ci.cls) {
      case CharClass::kDoubleQuote: out->push_back('"'); break;
      case CharClass::kSingleQuote: out->push_back('\''); break;
      case CharClass::kDash: out->append("--"); break;
      case CharClass::kHyphen: out->push_back('-'); break;
      case CharClass::kEllipsis: out->append("..."); break;
      default: out->append(word.substr(i, ci.len)); break;
    }
    i += ci.len;
  }
  return *out;
}

bool LooksAllCaps(const std::vector<std::string_view>& words) {
  int upper = 0, lower = 0;
  for (std::string_view w : words) {
    for (char c : w) {
      if (c >= 'A' && c <= 'Z') ++upper;
      if (c >= 'a' && c <= 'z') ++lower;
    }
  }
  return upper >= 4 && lower * 10 <= upper;
}

bool LooksLikeHeadline(const std::vector<std::string_view>& words) {
  if (words.size() < 2 || LooksAllCaps(words)) return false;
  const std::string_view last = words.back();
  return last != "." && last != "!" && last != "?" && last != ":" && last != ";" && last != "\"" && last != "'" &&
         last != "...";
}

void FeatureExtractor::Prepare(const TaggerSentence& s, FeatureScratch* x) const {
  const size_t n = s.words.size();
  Resize(n, x);
  for (size_t i = 0; i < n; ++i) PrepareWord(s, i, x);
  MarkFirst(x);
}

void FeatureExtractor::Resize(size_t n, FeatureScratch* x) {
  x->size = n;
  if (x->flags.size() >= n) return;
  for (auto* v : {&x->word, &x->lower, &x->shape, &x->short_shape, &x->suffix1, &x->suffix2, &x->suffix3,
                  &x->suffix4, &x->prefix1, &x->prefix2, &x->prefix3}) {
    v->resize(n);
  }
  x->flags.resize(n);
  x->cluster.resize(n);
  x->lexicon.resize(n);
}

void FeatureExtractor::MarkFirst(FeatureScratch* x) {
  if (x->size > 0) x->flags[0] |= kFlagFirst;
}

void FeatureExtractor::PrepareWord(const TaggerSentence& s, size_t i, FeatureScratch* x) const {
  thread_local std::string lower, shape, short_shape;
  std::string_view w = s.words[i];
  Describe(w, &shape, &short_shape, &x->flags[i]);
  LowerForm(w, &lower);
  std::string_view lw = lower;
  x->word[i] = Fnv1a64(w);
  x->lower[i] = Fnv1a64(lw);
  x->shape[i] = Fnv1a64(shape);
  x->short_shape[i] = Fnv1a64(short_shape);
  auto suffix = [&](size_t k) { return Fnv1a64(lw.substr(lw.size() > k ? lw.size() - k : 0)); };
  x->suffix1[i] = suffix(1);
  x->suffix2[i] = suffix(2);
  x->suffix3[i] = suffix(3);
  x->suffix4[i] = suffix(4);
  // FNV-1a runs left to right: the prefixes' hashes are its first states.
  uint64_t h = Fnv1a64(lw.substr(0, 1));
  x->prefix1[i] = h;
  h = lw.size() >= 2 ? Fnv1a64(lw.substr(1, 1), h) : h;
  x->prefix2[i] = h;
  h = lw.size() >= 3 ? Fnv1a64(lw.substr(2, 1), h) : h;
  x->prefix3[i] = h;
  x->cluster[i] = clusters_ != nullptr ? clusters_->Find(x->lower[i]) : WordClusters::kUnknown;
  x->lexicon[i] = lexicon_ != nullptr ? lexicon_->Find(x->lower[i]) : 0;
  // Plain: punctuation, or a word in lower case that the dictionary writes
  // so and no name list holds.
  bool alnum = false, lower_only = !w.empty();
  for (char c : w) {
    const bool is_lower = c >= 'a' && c <= 'z';
    alnum = alnum || is_lower || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
    lower_only = lower_only && (is_lower || c == '-' || c == '\'');
  }
  const bool dictionary_word = lower_only && w[0] >= 'a' && w[0] <= 'z' && (x->lexicon[i] & kLexDictLower) != 0 &&
                               (x->lexicon[i] & kLexNameBits) == 0;
  if (!alnum || dictionary_word) x->flags[i] |= kFlagPlain;
}

size_t FeatureExtractor::Static(const TaggerSentence& s, const FeatureScratch& x, size_t i, uint64_t* out) const {
  const size_t k = WordFeatures(x, i, out);
  return k + ContextFeatures(s, x, i, out + k);
}

namespace {

// 0x8000 marks "none of these bits", distinct from every bit set.
template <bool kInRange = false>
inline uint64_t LexiconValue(const FeatureScratch& x, long c, uint16_t mask) {
  if (!kInRange && c < 0) return 0x10000;
  if (!kInRange && c >= static_cast<long>(x.size)) return 0x20000;
  const uint16_t bits = x.lexicon[c] & mask;
  return bits != 0 ? bits : 0x8000;
}

}  // namespace

size_t FeatureExtractor::WordFeatures(const FeatureScratch& x, size_t i, uint64_t* out) const {
  size_t k = 0;
  const long j = static_cast<long>(i);
  out[k++] = F(kBias, 0);
  out[k++] = F(kWord, x.word[i]);
  out[k++] = F(kLower, x.lower[i]);
  out[k++] = F(kSuffix1, x.suffix1[i]);
  out[k++] = F(kSuffix2, x.suffix2[i]);
  out[k++] = F(kSuffix3, x.suffix3[i]);
  out[k++] = F(kSuffix4, x.suffix4[i]);
  out[k++] = F(kPrefix1, x.prefix1[i]);
  out[k++] = F(kPrefix2, x.prefix2[i]);
  out[k++] = F(kPrefix3, x.prefix3[i]);
  out[k++] = F(kShape, x.shape[i]);
  if (clusters_ != nullptr) {
    const uint32_t c = x.cluster[i];
    out[k++] = F(kClusterFine, c == WordClusters::kUnknown ? c : WordClusters::Fine(c));
    out[k++] = F(kClusterMid, c == WordClusters::kUnknown ? c : WordClusters::Mid(c));
    out[k++] = F(kClusterCoarse, c == WordClusters::kUnknown ? c : WordClusters::Coarse(c));
    if (set_ == FeatureSet::kNer) {
      out[k++] = F(kClusterShape, c == WordClusters::kUnknown ? c : WordClusters::Mid(c), x.short_shape[i]);
    }
  }
  if (lexicon_ != nullptr) {
    if (set_ == FeatureSet::kPos) {
      out[k++] = F(kLexicon, LexiconValue(x, j, kLexWordBits));
      out[k++] = F(kLexiconSuffix3, LexiconValue(x, j, kLexWordBits), x.suffix3[i]);
    } else {
      const uint64_t names = LexiconValue(x, j, kLexNameBits);
      if (names != 0x8000) out[k++] = F(kLexiconCap, names, x.short_shape[i]);
    }
  }
  if (set_ == FeatureSet::kNer) {
    out[k++] = F(kShortShape, x.short_shape[i]);
    out[k++] = F(kSuffix4Cap, x.suffix4[i], x.flags[i] & kFlagCap);
  }
  return k;
}

size_t FeatureExtractor::ContextFeatures(const TaggerSentence& s, const FeatureScratch& x, size_t i,
                                         uint64_t* out) const {
  // Most words have two neighbours on either side: their features need no
  // bounds checks (a tenth of the instructions here).
  const size_t n = s.words.size();
  if (i >= 2 && i + 2 < n) return ContextFeaturesAt<true>(s, x, i, out);
  return ContextFeaturesAt<false>(s, x, i, out);
}

template <bool kInterior>
size_t FeatureExtractor::ContextFeaturesAt(const TaggerSentence& s, const FeatureScratch& x, size_t i,
                                           uint64_t* out) const {
  const size_t n = s.words.size();
  size_t k = 0;
  auto at = [&](const std::vector<uint64_t>& v, long j) -> uint64_t {
    if (!kInterior && j < 0) return kStartHash;
    if (!kInterior && j >= static_cast<long>(n)) return kEndHash;
    return v[j];
  };
  const long j = static_cast<long>(i);
  out[k++] = F(kFlags, x.flags[i] & kFlagsHashed);
  out[k++] = F(kPrevLower, at(x.lower, j - 1));
  out[k++] = F(kNextLower, at(x.lower, j + 1));
  out[k++] = F(kPrev2Lower, at(x.lower, j - 2));
  out[k++] = F(kNext2Lower, at(x.lower, j + 2));
  out[k++] = F(kPrevSuffix3, at(x.suffix3, j - 1));
  out[k++] = F(kNextSuffix3, at(x.suffix3, j + 1));
  out[k++] = F(kPrevLowerLower, at(x.lower, j - 1), x.lower[i]);
  out[k++] = F(kLowerNextLower, x.lower[i], at(x.lower, j + 1));

  if (i == 0) out[k++] = F(kFirstShape, x.short_shape[i]);
  if (clusters_ != nullptr) {
    auto cl = [&](long c) -> uint32_t {
      return !kInterior && (c < 0 || c >= static_cast<long>(n)) ? 0xFFFFFFFEu : x.cluster[c];
    };
    out[k++] = F(kPrevClusterFine, cl(j - 1) >= 0xFFFFFFFEu ? cl(j - 1) : WordClusters::Fine(cl(j - 1)));
    out[k++] = F(kNextClusterFine, cl(j + 1) >= 0xFFFFFFFEu ? cl(j + 1) : WordClusters::Fine(cl(j + 1)));
    auto mid = [&](long c) -> uint64_t { return cl(c) >= 0xFFFFFFFEu ? cl(c) : WordClusters::Mid(cl(c)); };
    out[k++] = F(kPrevNextClusterMid, mid(j - 1), mid(j + 1));
    if (set_ == FeatureSet::kNer) {
      auto fine = [&](long c) -> uint64_t { return cl(c) >= 0xFFFFFFFEu ? cl(c) : WordClusters::Fine(cl(c)); };
      out[k++] = F(kPrev2ClusterFine, fine(j - 2));
      out[k++] = F(kNext2ClusterFine, fine(j + 2));
    }
  }
  if (lexicon_ != nullptr) {
    auto lex = [&](long c, uint16_t mask) { return LexiconValue<kInterior>(x, c, mask); };
    const uint64_t cap = x.flags[i] & (kFlagCap | kFlagAllCap | kFlagFirst);
    if (set_ == FeatureSet::kPos) {
      out[k++] = F(kLexiconCap, lex(j, kLexWordBits), cap);
      out[k++] = F(kNextLexicon, lex(j + 1, kLexWordBits));
    } else {
      // NER: how the dictionary writes the word, given how it is written
      // here; and which name lists know it and its neighbours.
      out[k++] = F(kLexicon, lex(j, kLexDictBits), cap);
      const uint64_t names = lex(j, kLexNameBits);
      const uint64_t prev = lex(j - 1, kLexNameBits), next = lex(j + 1, kLexNameBits);
      if (prev != 0x8000 || names != 0x8000) out[k++] = F(kPrevLexicon, prev, names);
      if (next != 0x8000 || names != 0x8000) out[k++] = F(kNextLexicon, next, names);
    }
  }
  if (set_ == FeatureSet::kNer) {
    out[k++] = F(kPrevShortShape, at(x.short_shape, j - 1));
    out[k++] = F(kNextShortShape, at(x.short_shape, j + 1));
    out[k++] = F(kShapeWindow, at(x.short_shape, j - 1), x.short_shape[i], at(x.short_shape, j + 1));
    out[k++] = F(kPrevWord, at(x.word, j - 1));
    out[k++] = F(kNextWord, at(x.word, j + 1));
    out[k++] = F(kPrevLowerShape, at(x.lower, j - 1), x.short_shape[i]);
    out[k++] = F(kShapeNextLower, x.short_shape[i], at(x.lower, j + 1));
    if (s.all_caps) out[k++] = F(kAllCapsLower, x.lower[i]);
    out[k++] = F(kPrevBigram, at(x.lower, j - 2), at(x.lower, j - 1));
    out[k++] = F(kNextBigram, at(x.lower, j + 1), at(x.lower, j + 2));
    if (!s.pos.empty()) {
      auto pos = [&](long p) -> uint64_t {
        return !kInterior && (p < 0 || p >= static_cast<long>(n)) ? 0xFF : s.pos[p];
      };
      out[k++] = F(kPos, pos(j));
      out[k++] = F(kPrevPos, pos(j - 1));
      out[k++] = F(kNextPos, pos(j + 1));
      out[k++] = F(kPosWindow, pos(j - 1), pos(j), pos(j + 1));
      out[k++] = F(kPosShape, pos(j), x.short_shape[i]);
    }
    if (!s.case_evidence.empty() && s.case_evidence[i] != 0) {
      out[k++] = F(kCaseEvidence, s.case_evidence[i], (x.flags[i] & kFlagFirst) | (s.all_caps ? 0x80 : 0));
      out[k++] = F(kCaseEvidenceLower, s.case_evidence[i], x.lower[i]);
    }
    if (!s.history.empty() && s.history[i] != 0) {
      out[k++] = F(kHistory, s.history[i]);
      out[k++] = F(kHistoryShape, s.history[i], x.short_shape[i]);
    }
    if (!s.gazetteer.empty()) {
      auto gaz = [&](long g) -> uint64_t {
        return !kInterior && (g < 0 || g >= static_cast<long>(n)) ? 0xFF : s.gazetteer[g];
      };
      if (gaz(j) != 0) out[k++] = F(kGaz, gaz(j));
      if (gaz(j - 1) != 0) out[k++] = F(kPrevGaz, gaz(j - 1), gaz(j));
      if (gaz(j + 1) != 0) out[k++] = F(kNextGaz, gaz(j + 1), gaz(j));
    }
  }
  return k;
}

size_t FeatureExtractor::DocumentFeatures(const TaggerSentence& s, const FeatureScratch& x, size_t i,
                                          uint64_t* out) const {
  if (s.document.empty()) return 0;
  size_t k = 0;
  // The neighbours' codes too: a name's edges (is the next word part of
  // what the document calls an organisation?).
  const size_t n = s.document.size();
  const uint64_t code = s.document[i];
  const uint64_t prev = i > 0 ? s.document[i - 1] : 0xFF, next = i + 1 < n ? s.document[i + 1] : 0xFF;
  if ((prev != 0 && prev != 0xFF) || code != 0) out[k++] = F(kDocumentPrev, prev, code);
  if ((next != 0 && next != 0xFF) || code != 0) out[k++] = F(kDocumentNext, code, next);
  const uint64_t any_case = s.document_any_case.empty() ? 0 : s.document_any_case[i];
  if (any_case != code) out[k++] = F(kDocumentAnyCase, any_case, x.short_shape[i]);
  if (code == 0) return k;
  out[k++] = F(kDocument, code);
  out[k++] = F(kDocumentShape, code, x.short_shape[i]);
  // With what the history said before it: agreeing or not.
  out[k++] = F(kDocumentHistory, code, s.history.empty() ? 0 : s.history[i]);
  return k;
}

size_t FeatureExtractor::Dynamic(const FeatureScratch& x, size_t i, int prev1, int prev2, uint64_t* out) const {
  const size_t k = TagHistoryFeatures(prev1, prev2, out);
  return k + WordTagFeatures(x, i, prev1, out + k);
}

size_t FeatureExtractor::TagHistoryFeatures(int prev1, int prev2, uint64_t* out) const {
  const uint64_t p1 = static_cast<uint64_t>(prev1 + 2), p2 = static_cast<uint64_t>(prev2 + 2);
  out[0] = F(kPrevTag, p1);
  out[1] = F(kPrev2Tags, p1, p2);
  return kTagHistoryFeatures;
}

size_t FeatureExtractor::WordTagFeatures(const FeatureScratch& x, size_t i, int prev1, uint64_t* out) const {
  const uint64_t p1 = static_cast<uint64_t>(prev1 + 2);
  const size_t n = x.size;
  size_t k = 0;
  out[k++] = F(kPrevTagLower, p1, x.lower[i]);
  out[k++] = F(kPrevTagNextLower, p1, i + 1 < n ? x.lower[i + 1] : kEndHash);
  if (set_ == FeatureSet::kNer) {
    out[k++] = F(kPrevTagShape, p1, x.short_shape[i]);
  } else {
    out[k++] = F(kPrevTagSuffix3, p1, x.suffix3[i]);
  }
  return k;
}

}  // namespace hearsay::internal
