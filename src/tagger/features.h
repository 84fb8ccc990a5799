// FeatureExtractor: the features the POS and NER perceptrons see.
//
// Every feature is a 64-bit hash of a template id and a string (or of other
// hashes), so no feature string is ever built or stored: the model keeps only
// hashes, and extraction allocates nothing once its scratch is warm.
//
// Per sentence, each word's own attributes (lower-cased form with digits as
// 0, shape, affixes ...) are hashed once; a token's static features combine
// its own and its neighbours' hashes. The dynamic features -- the previous
// one or two predicted tags, alone and with the word -- are added by the
// decoder as it goes left to right (greedy decoding).
//
//   FeatureExtractor fx(FeatureSet::kPos);
//   fx.Prepare(sentence, &scratch);
//   size_t n = fx.Static(sentence, scratch, i, feats);
//   n += fx.Dynamic(scratch, i, prev1, prev2, feats + n);
//
// Thread-safe: a FeatureExtractor is immutable; scratch belongs to the caller.
#ifndef HEARSAY_TAGGER_FEATURES_H_
#define HEARSAY_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay::internal {

enum class FeatureSet : uint8_t { kPos = 1, kNer = 2 };

// Bits of TaggerSentence::gazetteer: what the gazetteer knows of a word.
enum GazetteerBit : uint8_t {
  kGazCountryBegin = 1 << 0,  // first word of a country name
  kGazCountryInside = 1 << 1, // later word of a country name
  kGazCityBegin = 1 << 2,
  kGazCityInside = 1 << 3,
  kGazDemonym = 1 << 4,       // Ukrainian, North Korean (each word)
};

// A bit of FeatureScratch::flags: the word is punctuation, or a lower-case
// word that the dictionary writes so and no name list holds ("the", "said",
// ","). Such a word hardly ever starts a name (6 of CoNLL-2003 dev's 5,942
// entities), so the NER decoder tags it O unscored unless a name is open
// before it (SequenceModel::Tag): 58% of news words.
inline constexpr uint8_t kPlainWordFlag = 1 << 6;

// One sentence as the taggers see it.
struct TaggerSentence {
  std::vector<std::string_view> words;  // normalized word forms (see NormalizeWord)
  std::vector<uint8_t> gazetteer;       // GazetteerBit per word, or empty
  std::vector<uint8_t> history;         // PredictionHistory code per word, or empty
  std::vector<uint8_t> pos;             // PartOfSpeech per word (NER: from the POS tagger), or empty
  std::vector<uint8_t> case_evidence;   // CaseEvidence code per word, or empty
  std::vector<uint8_t> document;        // second NER pass: DocumentPass code per word, or empty
  std::vector<uint8_t> document_any_case;  // the same, counting the word's mentions in any case
  std::vector<uint8_t> first_pass;      // second NER pass: the first pass's labels of these words, or empty
  bool all_caps = false;                // most letters upper case: a headline
  bool headline = false;                // a document's title line (DocumentPass)
};

// Per-sentence hashes, reused between sentences to avoid allocation.
struct FeatureScratch {
  // Words of the current sentence. The vectors only grow (zero-filling them
  // again for every sentence cost 2% of tagging); entries past `size` are
  // left from earlier sentences and never read.
  size_t size = 0;
  std::vector<uint64_t> word, lower, shape, short_shape, suffix2, suffix3, suffix4, prefix2, prefix3, prefix1,
      suffix1;
  std::vector<uint8_t> flags;  // per word: kCap, kAllCap, kDigit, ..., kPlainWordFlag
  std::vector<uint32_t> cluster;  // per word: WordClusters::Find, or kUnknown
  std::vector<uint16_t> lexicon;  // per word: WordLexicon::Find (LexiconBits), or 0
};

class WordClusters;
class WordLexicon;

// Mixes two 64-bit values into a well-spread feature hash (never 0).
inline uint64_t MixHash(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x == 0 ? 1 : x;
}

// Maps typographic quotes, apostrophes and dashes to the ASCII forms the
// training corpora use (’ -> ', “ -> ", — -> --), into `out`; returns `word`
// unchanged when nothing needs mapping.
std::string_view NormalizeWord(std::string_view word, std::string* out);

// Writes `word` lower-cased, with every digit as 0, to `out`: the form the
// lower-case features and the word clusters are keyed by.
void LowerForm(std::string_view word, std::string* out);

// True if the letters of `words` are nearly all capitals (a headline or
// dateline written in capitals), which changes what capitals mean.
bool LooksAllCaps(const std::vector<std::string_view>& words);

// True if `words`, a document's first line, read as its headline: not in
// capitals (an all-capitals line is a headline the features know already)
// and not ended by a sentence's final punctuation.
bool LooksLikeHeadline(const std::vector<std::string_view>& words);

class FeatureExtractor {
 public:
  // At most this many features per token (static + dynamic).
  static constexpr size_t kMaxFeatures = 96;

  // `clusters` (may be null; must outlive the extractor) adds word-class
  // features; `lexicon` (likewise) dictionary and WordNet features.
  explicit FeatureExtractor(FeatureSet set, const WordClusters* clusters = nullptr,
                            const WordLexicon* lexicon = nullptr)
      : set_(set), clusters_(clusters), lexicon_(lexicon) {}
  FeatureSet set() const { return set_; }
  const WordClusters* clusters() const { return clusters_; }
  const WordLexicon* lexicon() const { return lexicon_; }

  // Hashes the attributes of each word of `s` into `scratch`.
  void Prepare(const TaggerSentence& s, FeatureScratch* scratch) const;
  // Hashes the attributes of word `i` alone (scratch's vectors already sized).
  void PrepareWord(const TaggerSentence& s, size_t i, FeatureScratch* scratch) const;
  // Sizes scratch for `n` words (scratch->size; the vectors at least so long).
  static void Resize(size_t n, FeatureScratch* scratch);
  // Flags the first word as first (PrepareWord does not: it sees one word).
  static void MarkFirst(FeatureScratch* scratch);
  // Writes the tag-independent features of word `i` to `out`; returns how
  // many: WordFeatures then ContextFeatures.
  size_t Static(const TaggerSentence& s, const FeatureScratch& scratch, size_t i, uint64_t* out) const;
  // The static features that depend on the word's own form only (not on its
  // place, its neighbours or the document): the same for every occurrence
  // of a word, so a tagger may score them once per word (WordScoreCache).
  // They read only what the word's FeatureScratch entries hold.
  size_t WordFeatures(const FeatureScratch& scratch, size_t i, uint64_t* out) const;
  // The others: position, neighbours, gazetteer, POS, document features.
  // Of word i's own attributes they read only word, lower, short_shape,
  // suffix3, flags, cluster and lexicon (what WordScoreCache keeps).
  size_t ContextFeatures(const TaggerSentence& s, const FeatureScratch& scratch, size_t i, uint64_t* out) const;
  // The features of the second NER pass: what the first pass said of the
  // same word elsewhere in the document (s.document). Not part of Static.
  size_t DocumentFeatures(const TaggerSentence& s, const FeatureScratch& scratch, size_t i, uint64_t* out) const;
  // Writes the features that depend on the previous predicted tags (-1 when
  // there is none) to `out`; returns how many: TagHistoryFeatures then
  // WordTagFeatures.
  size_t Dynamic(const FeatureScratch& scratch, size_t i, int prev1, int prev2, uint64_t* out) const;
  // The dynamic features of the previous tags alone (no word): a tagger may
  // score them once per tag pair.
  static constexpr size_t kTagHistoryFeatures = 2;
  size_t TagHistoryFeatures(int prev1, int prev2, uint64_t* out) const;
  // The dynamic features of the previous tag with word i's attributes.
  size_t WordTagFeatures(const FeatureScratch& scratch, size_t i, int prev1, uint64_t* out) const;

 private:
  // ContextFeatures for a word with (kInterior) or without two neighbours on either side.
  template <bool kInterior>
  size_t ContextFeaturesAt(const TaggerSentence& s, const FeatureScratch& scratch, size_t i, uint64_t* out) const;

  FeatureSet set_;
  const WordClusters* clusters_;
  const WordLexicon* lexicon_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_FEATURES_H_
