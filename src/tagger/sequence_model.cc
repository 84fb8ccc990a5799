#include "tagger/sequence_model.h"

#include <atomic>
#include <cassert>
#include <utility>

#include "tagger/byte_io.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hearsay::internal {

TaggerSentence OwnedSentence::View() const {
  TaggerSentence s;
  s.words.assign(words.begin(), words.end());
  s.gazetteer = gazetteer;
  s.pos = pos;
  s.all_caps = all_caps;
  s.headline = headline;
  return s;
}

LabelTransitions::LabelTransitions(const std::vector<std::string>& labels) : n_(static_cast<int>(labels.size())) {
  allowed_.assign(static_cast<size_t>(n_ + 1) * n_, 1);
  can_end_.assign(n_, 1);
  auto bilou = [](const std::string& l) -> char {
    return l.size() > 2 && l[1] == '-' && std::string_view("BILU").find(l[0]) != std::string_view::npos ? l[0] : 0;
  };
  bool any = false;
  for (const auto& l : labels) any = any || bilou(l) != 0;
  for (int prev = -1; prev < n_ && any; ++prev) {
    const char pk = prev < 0 ? 'O' : bilou(labels[prev]);
    const std::string ptype = prev < 0 || pk == 0 ? "" : labels[prev].substr(2);
    const bool open = pk == 'B' || pk == 'I';  // an entity is open and must go on
    for (int cur = 0; cur < n_; ++cur) {
      const char ck = bilou(labels[cur]);
      const std::string ctype = ck == 0 ? "" : labels[cur].substr(2);
      bool ok;
      if (open) {
        ok = (ck == 'I' || ck == 'L') && ctype == ptype;
      } else {
        ok = ck != 'I' && ck != 'L';
      }
      allowed_[(prev + 1) * n_ + cur] = ok;
    }
  }
  for (int c = 0; c < n_ && any; ++c) {
    const char k = bilou(labels[c]);
    can_end_[c] = k != 'B' && k != 'I';
  }
  for (int prev = -1; prev < n_; ++prev) {
    for (int last = 0; last < 2; ++last) {
      choice_begin_.push_back(static_cast<uint32_t>(choices_.size()));
      for (int c = 0; c < n_; ++c)
        if (Allowed(prev, c) && (last == 0 || CanEnd(c))) choices_.push_back(static_cast<uint8_t>(c));
    }
  }
  choice_begin_.push_back(static_cast<uint32_t>(choices_.size()));
}

namespace {
std::atomic<uint64_t> next_model_id{1};

// to[c] = a[c] + b[c] (b null: to[c] = a[c]) for c < n: the per-word score
// copies and sums of tagging, four lanes at a time (-O2 leaves such loops
// scalar: the count is not a constant).
inline void SumScores(const int32_t* a, const int32_t* b, size_t n, int32_t* to) {
  size_t c = 0;
#if defined(__SSE2__)
  for (; c + 4 <= n; c += 4) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a + c));
    if (b != nullptr) v = _mm_add_epi32(v, _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + c)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + c), v);
  }
#endif
  for (; c < n; ++c) to[c] = b != nullptr ? a[c] + b[c] : a[c];
}
}  // namespace

PlainWordRule::PlainWordRule(const std::vector<std::string>& labels, FeatureSet set) {
  if (set != FeatureSet::kNer) return;
  for (size_t c = 0; c < labels.size(); ++c) {
    const std::string& l = labels[c];
    open_.push_back(l.size() > 2 && l[1] == '-' && (l[0] == 'B' || l[0] == 'I'));
    if (l == "O") outside_ = static_cast<int>(c);
  }
  bool bilou = false;
  for (const std::string& l : labels) bilou = bilou || (l.size() > 2 && l[0] == 'L' && l[1] == '-');
  if (!bilou) outside_ = -1;
}

SequenceModel::SequenceModel(FeatureSet set, std::vector<std::string> labels, Perceptron perceptron,
                             const WordClusters* clusters, const WordLexicon* lexicon)
    : features_(set, clusters, lexicon),
      labels_(std::move(labels)),
      transitions_(labels_),
      plain_(labels_, set),
      perceptron_(std::move(perceptron)),
      id_(next_model_id.fetch_add(1)) {
  // Tagging only compares a word's class scores: rows relative to the last
  // class give the same labels from 16 int16s a row instead of 17.
  perceptron_.MakeRelativeToLastClass();
  const int l = static_cast<int>(labels_.size());
  history_scores_.assign(static_cast<size_t>(l + 1) * (l + 1) * l, 0);
  uint64_t feats[FeatureExtractor::kTagHistoryFeatures];
  for (int p1 = -1; p1 < l; ++p1) {
    for (int p2 = -1; p2 < l; ++p2) {
      const size_t k = features_.TagHistoryFeatures(p1, p2, feats);
      perceptron_.Score(feats, k, &history_scores_[(static_cast<size_t>(p1 + 1) * (l + 1) + (p2 + 1)) * l]);
    }
  }
}

void SequenceModel::ScoreWords(const TaggerSentence& s, TaggerScratch* x) const {
  const size_t n = s.words.size();
  const size_t classes = labels_.size();
  FeatureScratch& f = x->features;
  FeatureExtractor::Resize(n, &f);
  x->static_scores.resize(n * classes);
  WordScoreCache* found = nullptr;
  for (WordScoreCache& c : x->caches)
    if (c.model_id == id_) found = &c;
  if (found == nullptr) {
    found = &x->caches[x->older_cache];
    x->older_cache ^= 1;
    found->model_id = id_;
    found->entries.assign(WordScoreCache::kSlots, WordScoreCache::Entry{});
  }
  WordScoreCache& cache = *found;
  // Two ways a set: the word in the first, the one it displaced in the
  // second (a miss moves the first way's word there), so that two frequent
  // words of one set do not push each other out.
  constexpr size_t kSets = WordScoreCache::kSlots / 2;
  auto set_of = [&](uint64_t word) { return &cache.entries[((word ^ (word >> 29)) & (kSets - 1)) * 2]; };
  // The sentence's cache entries start loading before the first is read
  // (the cache is larger than the core's L2).
  for (size_t i = 0; i < n; ++i) {
    f.word[i] = Fnv1a64(s.words[i]);
    const WordScoreCache::Entry* e = set_of(f.word[i]);
    __builtin_prefetch(e);
    __builtin_prefetch(reinterpret_cast<const char*>(e) + 64);
    __builtin_prefetch(e + 1);
  }
  uint64_t feats[FeatureExtractor::kMaxFeatures];
  for (size_t i = 0; i < n; ++i) {
    const uint64_t word = f.word[i];
    WordScoreCache::Entry* set = set_of(word);
    WordScoreCache::Entry* e = set[0].word == word ? &set[0] : set[1].word == word ? &set[1] : nullptr;
    if (e != nullptr) {
      f.lower[i] = e->lower;
      f.short_shape[i] = e->short_shape;
      f.suffix3[i] = e->suffix3;
      f.cluster[i] = e->cluster;
      f.lexicon[i] = e->lexicon;
      f.flags[i] = e->flags;
    } else {
      set[1] = set[0];
      e = &set[0];
      features_.PrepareWord(s, i, &f);
      e->word = word;
      e->lower = f.lower[i];
      e->short_shape = f.short_shape[i];
      e->suffix3 = f.suffix3[i];
      e->cluster = f.cluster[i];
      e->lexicon = f.lexicon[i];
      e->flags = f.flags[i];
      for (size_t c = 0; c < classes; ++c) e->scores[c] = 0;
      perceptron_.Score(feats, features_.WordFeatures(f, i, feats), e->scores);
    }
    SumScores(e->scores, nullptr, classes, &x->static_scores[i * classes]);
  }
  FeatureExtractor::MarkFirst(&f);
}

void SequenceModel::Tag(const TaggerSentence& s, TaggerScratch* x, std::vector<uint8_t>* out) const {
  const size_t n = s.words.size();
  const size_t classes = labels_.size();
  if (classes > WordScoreCache::kMaxClasses) return TagUncached(s, x, out);
  constexpr size_t kMax = FeatureExtractor::kMaxFeatures;
  ScoreWords(s, x);
  // Context features of all words first, for the pipeline below.
  // Grown only: shrinking and regrowing would zero the slots every sentence.
  if (x->feats.size() < n * kMax) x->feats.resize(n * kMax);
  x->feat_counts.resize(n);
  // Plain words the rule will likely tag unscored get theirs only if scored.
  const std::vector<uint8_t>& flags = x->features.flags;
  for (size_t i = 0; i < n; ++i) {
    const bool maybe_fixed = plain_.on() && (flags[i] & kPlainWordFlag) != 0;
    const size_t k = maybe_fixed ? 0 : features_.ContextFeatures(s, x->features, i, &x->feats[i * kMax]);
    assert(k <= kMax - 8);
    x->feat_counts[i] = static_cast<uint32_t>(k);
  }
  // A three-step pipeline over the words, so that the weight tables' cache
  // misses overlap: while word i's rows are added, word i+1's rows are
  // found (and start loading) in the buckets prefetched for it while word
  // i-1 was scored, and word i+2's buckets start loading.
  const int16_t* rows[2][Perceptron::kMaxBatch];
  size_t row_count[2] = {0, 0};
  size_t rows_of[2] = {SIZE_MAX, SIZE_MAX};  // the word whose rows each holds
  auto find_rows = [&](size_t j) {
    row_count[j & 1] = perceptron_.FindRows(&x->feats[j * kMax], x->feat_counts[j], rows[j & 1]);
    rows_of[j & 1] = j;
  };
  for (size_t j = 0; j < 2 && j < n; ++j) perceptron_.Prefetch(&x->feats[j * kMax], x->feat_counts[j]);
  x->dynamic.resize(16);
  int32_t* static_scores = x->static_scores.data();
  const int32_t* history = history_scores_.data();
  const size_t l1 = classes + 1;
  auto score = [&](size_t i, int prev1, int prev2, int32_t* scores) {
    // The features of the tag just chosen first: their buckets load while
    // the static scores are summed.
    size_t d = features_.DocumentFeatures(s, x->features, i, x->dynamic.data());
    d += features_.WordTagFeatures(x->features, i, prev1, x->dynamic.data() + d);
    perceptron_.Prefetch(x->dynamic.data(), d);
    if (plain_.on() && (flags[i] & kPlainWordFlag) != 0) {
      x->feat_counts[i] = static_cast<uint32_t>(features_.ContextFeatures(s, x->features, i, &x->feats[i * kMax]));
      perceptron_.Prefetch(&x->feats[i * kMax], x->feat_counts[i]);
      find_rows(i);
    } else if (rows_of[i & 1] != i) {
      find_rows(i);  // the word before was tagged unscored
    }
    if (i + 2 < n) perceptron_.Prefetch(&x->feats[(i + 2) * kMax], x->feat_counts[i + 2]);
    if (i + 1 < n) find_rows(i + 1);
    int32_t* w = static_scores + i * classes;
    perceptron_.AddRows(rows[i & 1], row_count[i & 1], w);
    const int32_t* h = history + ((prev1 + 1) * l1 + (prev2 + 1)) * classes;
    SumScores(w, h, classes, scores);
    perceptron_.ScorePrefetched(x->dynamic.data(), d, scores);
  };
  auto fixed = [&](size_t i, int prev1) { return plain_.Label(flags, i, prev1); };
  GreedyDecode<int32_t>(n, static_cast<int>(classes), transitions_, score, fixed, out);
}

void SequenceModel::Retag(const TaggerSentence& s, const int32_t* static_scores, TaggerScratch* x,
                          std::vector<uint8_t>* out) const {
  const size_t n = s.words.size();
  const size_t classes = labels_.size();
  // Without the cache (too many classes), Tag scored every word's static
  // features (TagUncached); with it, plain words' only when it scored them.
  const bool complete = classes > WordScoreCache::kMaxClasses;
  if (complete) {
    features_.Prepare(s, &x->features);
  } else {
    ScoreWords(s, x);  // the word attributes the dynamic features read
  }
  x->dynamic.resize(16);
  const int32_t* history = history_scores_.data();
  const size_t l1 = classes + 1;
  const std::vector<uint8_t>& flags = x->features.flags;
  auto score = [&](size_t i, int prev1, int prev2, int32_t* scores) {
    const int32_t* h = history + ((prev1 + 1) * l1 + (prev2 + 1)) * classes;
    if (!complete && plain_.on() && (flags[i] & kPlainWordFlag) != 0) {
      // Tagged unscored in the first pass: its static scores are only its
      // word's (in x->static_scores now); add its context's.
      int32_t* w = &x->static_scores[i * classes];
      uint64_t feats[FeatureExtractor::kMaxFeatures];
      perceptron_.Score(feats, features_.ContextFeatures(s, x->features, i, feats), w);
      SumScores(w, h, classes, scores);
    } else {
      const int32_t* w = static_scores + i * classes;
      SumScores(w, h, classes, scores);
    }
    size_t d = features_.DocumentFeatures(s, x->features, i, x->dynamic.data());
    d += features_.WordTagFeatures(x->features, i, prev1, x->dynamic.data() + d);
    perceptron_.Score(x->dynamic.data(), d, scores);
  };
  auto fixed = [&](size_t i, int prev1) { return plain_.Label(flags, i, prev1); };
  GreedyDecode<int32_t>(n, static_cast<int>(classes), transitions_, score, fixed, out);
}

void SequenceModel::TagUncached(const TaggerSentence& s, TaggerScratch* x, std::vector<uint8_t>* out) const {
  const size_t n = s.words.size();
  constexpr size_t kMax = FeatureExtractor::kMaxFeatures;
  features_.Prepare(s, &x->features);
  if (x->feats.size() < n * kMax) x->feats.resize(n * kMax);
  x->feat_counts.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const size_t k = features_.Static(s, x->features, i, &x->feats[i * kMax]);
    assert(k <= kMax - 8);
    x->feat_counts[i] = static_cast<uint32_t>(k);
  }
  x->dynamic.resize(16);
  // Every word's static scores, for Retag.
  const size_t classes = labels_.size();
  x->static_scores.assign(n * classes, 0);
  for (size_t i = 0; i < n; ++i)
    perceptron_.Score(&x->feats[i * kMax], x->feat_counts[i], &x->static_scores[i * classes]);
  auto score = [&](size_t i, int prev1, int prev2, int32_t* scores) {
    for (size_t c = 0; c < classes; ++c) scores[c] = x->static_scores[i * classes + c];
    size_t d = features_.DocumentFeatures(s, x->features, i, x->dynamic.data());
    d += features_.Dynamic(x->features, i, prev1, prev2, x->dynamic.data() + d);
    perceptron_.Score(x->dynamic.data(), d, scores);
  };
  auto fixed = [&](size_t i, int prev1) { return plain_.Label(x->features.flags, i, prev1); };
  GreedyDecode<int32_t>(n, static_cast<int>(labels_.size()), transitions_, score, fixed, out);
}

ModelFile SequenceModel::ToFile(std::string_view kind, const std::string& meta,
                                const std::vector<OwnedSentence>& selftest) const {
  ModelFile file{std::string(kind)};
  file.AddSection("meta", meta);
  ByteWriter labels;
  labels.U8(static_cast<uint8_t>(features_.set()));
  labels.Varint(labels_.size());
  for (const auto& l : labels_) labels.String(l);
  file.AddSection("labels", labels.Release());
  ByteWriter weights;
  perceptron_.Serialize(&weights);
  file.AddSection("weights", weights.Release());
  ByteWriter clusters;
  clusters.U64(features_.clusters() != nullptr ? features_.clusters()->checksum() : 0);
  file.AddSection("clusters", clusters.Release());
  if (features_.lexicon() != nullptr) {
    ByteWriter lexicon;
    lexicon.U64(features_.lexicon()->checksum());
    file.AddSection("lexicon", lexicon.Release());
  }
  ByteWriter test;
  test.Varint(selftest.size());
  TaggerScratch scratch;
  std::vector<uint8_t> tags;
  for (const OwnedSentence& s : selftest) {
    test.Varint(s.words.size());
    for (const auto& w : s.words) test.String(w);
    test.String(std::string_view(reinterpret_cast<const char*>(s.gazetteer.data()), s.gazetteer.size()));
    test.String(std::string_view(reinterpret_cast<const char*>(s.pos.data()), s.pos.size()));
    test.U8(s.all_caps ? 1 : 0);
    Tag(s.View(), &scratch, &tags);
    test.String(std::string_view(reinterpret_cast<const char*>(tags.data()), tags.size()));
  }
  file.AddSection("selftest", test.Release());
  return file;
}

Result<SequenceModel> SequenceModel::Load(const std::string& path, std::string_view kind,
                                          const WordClusters* clusters, const WordLexicon* lexicon) {
  Result<ModelFile> file = ModelFile::Read(path);
  if (!file.ok()) return file.status();
  return FromFile(*file, path, kind, clusters, lexicon);
}

Result<SequenceModel> SequenceModel::FromFile(const ModelFile& file, const std::string& name, std::string_view kind,
                                              const WordClusters* clusters, const WordLexicon* lexicon) {
  auto bad = [&](const std::string& why) { return DataError("model " + name + ": " + why); };
  if (file.kind() != kind) return bad("is a '" + file.kind() + "' model, not '" + std::string(kind) + "'");
  Result<std::string_view> meta = file.Section("meta");
  Result<std::string_view> labels_bytes = file.Section("labels");
  Result<std::string_view> weights_bytes = file.Section("weights");
  Result<std::string_view> test_bytes = file.Section("selftest");
  Result<std::string_view> clusters_bytes = file.Section("clusters");
  for (const auto* r : {&meta, &labels_bytes, &weights_bytes, &test_bytes, &clusters_bytes})
    if (!r->ok()) return r->status();
  ByteReader cr(*clusters_bytes);
  uint64_t trained_clusters = 0;
  if (!cr.U64(&trained_clusters) || !cr.done()) return bad("clusters: expected one checksum");
  const uint64_t given = clusters != nullptr ? clusters->checksum() : 0;
  if (trained_clusters != given) {
    if (trained_clusters == 0) return bad("was trained without word clusters, but clusters were given");
    if (given == 0) return bad("was trained with word clusters (word_clusters.tsv), which were not found");
    return bad("was trained with other word clusters than word_clusters.tsv (retrain it)");
  }
  // Models written before the lexicon existed have no "lexicon" section.
  uint64_t trained_lexicon = 0;
  if (file.HasSection("lexicon")) {
    Result<std::string_view> lexicon_bytes = file.Section("lexicon");
    if (!lexicon_bytes.ok()) return lexicon_bytes.status();
    ByteReader xr(*lexicon_bytes);
    if (!xr.U64(&trained_lexicon) || !xr.done()) return bad("lexicon: expected one checksum");
  }
  if (trained_lexicon == 0) {
    lexicon = nullptr;  // not a feature of this model: tag without it
  } else if (lexicon == nullptr) {
    return bad("was trained with a word lexicon (word_lexicon.tsv), which was not found");
  } else if (lexicon->checksum() != trained_lexicon) {
    return bad("was trained with another word lexicon than word_lexicon.tsv (retrain it)");
  }

  ByteReader lr(*labels_bytes);
  uint8_t set = 0;
  uint64_t count = 0;
  if (!lr.U8(&set) || !lr.Varint(&count)) return bad("labels: truncated");
  if (set != static_cast<uint8_t>(FeatureSet::kPos) && set != static_cast<uint8_t>(FeatureSet::kNer)) {
    return bad("labels: unknown feature set " + std::to_string(set));
  }
  if (count == 0 || count > Perceptron::kMaxClasses) return bad("labels: " + std::to_string(count) + " labels");
  std::vector<std::string> labels(count);
  for (auto& l : labels)
    if (!lr.String(&l)) return bad("labels: truncated");
  if (!lr.done()) return bad("labels: unexpected bytes after the labels");

  ByteReader wr(*weights_bytes);
  Result<Perceptron> perceptron = Perceptron::Parse(&wr, name);
  if (!perceptron.ok()) return perceptron.status();
  if (!wr.done()) return bad("weights: unexpected bytes after the weights");
  if (perceptron->num_classes() != static_cast<int>(count)) return bad("weights and labels disagree");

  SequenceModel model(static_cast<FeatureSet>(set), std::move(labels), std::move(*perceptron), clusters, lexicon);
  model.meta_ = std::string(*meta);

  ByteReader tr(*test_bytes);
  uint64_t sentences = 0;
  if (!tr.Varint(&sentences)) return bad("selftest: truncated");
  TaggerScratch scratch;
  std::vector<uint8_t> tags;
  for (uint64_t i = 0; i < sentences; ++i) {
    OwnedSentence s;
    uint64_t words = 0;
    if (!tr.Varint(&words) || words > tr.remaining()) return bad("selftest: truncated");
    s.words.resize(words);
    for (auto& w : s.words)
      if (!tr.String(&w)) return bad("selftest: truncated");
    std::string gaz, pos, expected;
    uint8_t all_caps = 0;
    if (!tr.String(&gaz) || !tr.String(&pos) || !tr.U8(&all_caps) || !tr.String(&expected)) {
      return bad("selftest: truncated");
    }
    s.gazetteer.assign(gaz.begin(), gaz.end());
    s.pos.assign(pos.begin(), pos.end());
    s.all_caps = all_caps != 0;
    model.Tag(s.View(), &scratch, &tags);
    if (std::string_view(reinterpret_cast<const char*>(tags.data()), tags.size()) != expected) {
      return bad("self-test sentence " + std::to_string(i + 1) +
                 " tagged differently than when the model was saved (built for another hearsay version?)");
    }
  }
  if (!tr.done()) return bad("selftest: unexpected bytes at the end");
  return model;
}

}  // namespace hearsay::internal
