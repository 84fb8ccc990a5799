#include "tagger/trainer.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "hearsay/input.h"
#include "hearsay/version.h"
#include "tagger/byte_io.h"
#include "tagger/model_search.h"
#include "tagger/case_evidence.h"
#include "tagger/document_pass.h"
#include "tagger/prediction_history.h"

namespace hearsay::internal {
namespace {

// The best-scoring label the transitions allow after `prev1` (and, for the last word, to end on).
int BestAllowed(const float* scores, int num_labels, const LabelTransitions& transitions, int prev1, bool last) {
  int best = -1;
  for (int c = 0; c < num_labels; ++c) {
    if (!transitions.Allowed(prev1, c) || (last && !transitions.CanEnd(c))) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best < 0 ? 0 : best;
}

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// Sentences written for the model self-test (no corpus text is shipped).
const char* const kSelfTest[] = {
    "The minister said on Tuesday that 40 soldiers had been killed near Kyiv .",
    "Matthew Miller , a spokesman for the U.S. State Department , told reporters in Washington it was \" unacceptable \" .",
    "NORTH KOREA FIRES MISSILE , SEOUL SAYS",
    "Mr. Miller 's office did n't comment on the report by Human Rights Watch ( HRW ) .",
};

// Default numbers of averaged training runs (TrainOptions::runs).
constexpr int kPosRuns = 4;
constexpr int kNerRuns = 8;  // 8: +0.1 F1 on dev over 4 with the document pass; 16: no more

std::string Percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", v * 100);
  return buf;
}

}  // namespace

std::vector<uint8_t> UposOfLabels(const std::vector<std::string>& labels) {
  std::vector<uint8_t> out;
  for (const std::string& label : labels) {
    uint8_t value = static_cast<uint8_t>(PartOfSpeech::kX);
    for (int p = 0; p <= static_cast<int>(PartOfSpeech::kX); ++p) {
      if (label == PartOfSpeechName(static_cast<PartOfSpeech>(p))) value = static_cast<uint8_t>(p);
    }
    out.push_back(value);
  }
  return out;
}

TrainingSet MakeTrainingSet(const std::vector<LabeledSentence>& corpus, const std::vector<std::string>& labels,
                            const Gazetteer* gazetteer, const SequenceModel* pos_model) {
  std::vector<uint8_t> upos;
  if (pos_model != nullptr) upos = UposOfLabels(pos_model->labels());
  TaggerScratch pos_scratch;
  std::map<std::string, uint8_t> index;
  for (size_t i = 0; i < labels.size(); ++i) index[labels[i]] = static_cast<uint8_t>(i);
  TrainingSet set;
  set.sentences.reserve(corpus.size());
  std::string scratch;
  for (const LabeledSentence& ls : corpus) {
    OwnedSentence s;
    for (const std::string& w : ls.words) s.words.emplace_back(NormalizeWord(w, &scratch));
    std::vector<std::string_view> views(s.words.begin(), s.words.end());
    s.all_caps = LooksAllCaps(views);
    s.headline = (set.document.empty() || set.document.back() != ls.document) && LooksLikeHeadline(views);
    if (gazetteer != nullptr) gazetteer->Mark(views, &s.gazetteer);
    if (pos_model != nullptr) {
      pos_model->Tag(s.View(), &pos_scratch, &s.pos);
      for (uint8_t& p : s.pos) p = upos[p];
    }
    std::vector<uint8_t> gold;
    for (const std::string& t : ls.tags) {
      auto it = index.find(t);
      gold.push_back(it == index.end() ? 0 : it->second);
    }
    set.sentences.push_back(std::move(s));
    set.gold.push_back(std::move(gold));
    set.document.push_back(ls.document);
  }
  return set;
}

SequenceModel Trainer::Train(const TrainingSet& train, const TrainingSet& dev, int epochs, uint64_t seed,
                             const PruneOptions& prune, std::ostream& log, int runs) const {
  if (runs <= 1) return SequenceModel(set_, labels_, PruneRows(static_cast<int>(labels_.size()),
                                                               TrainRun(train, dev, epochs, seed, log), prune),
                                      clusters_, lexicon_);
  // Several runs, each its own shuffle, averaged weight by weight: one
  // model, as fast as any of them, but without the luck of one shuffle.
  std::vector<std::pair<uint64_t, std::vector<float>>> sum;
  for (int r = 0; r < runs; ++r) {
    log << "run " << r + 1 << "/" << runs << " (seed " << seed + r << ")\n";
    std::vector<std::pair<uint64_t, std::vector<float>>> rows = TrainRun(train, dev, epochs, seed + r, log);
    AddSortedRows(std::move(rows), &sum);
  }
  for (auto& [feature, w] : sum)
    for (float& v : w) v /= static_cast<float>(runs);
  return SequenceModel(set_, labels_, PruneRows(static_cast<int>(labels_.size()), std::move(sum), prune), clusters_,
                       lexicon_);
}

std::vector<std::pair<uint64_t, std::vector<float>>> Trainer::TrainRun(const TrainingSet& train,
                                                                       const TrainingSet& dev, int epochs,
                                                                       uint64_t seed, std::ostream& log) const {
  const int num_labels = static_cast<int>(labels_.size());
  AveragedPerceptron ap(num_labels);
  FeatureExtractor fx(set_, clusters_, lexicon_);
  LabelTransitions transitions(labels_);
  FeatureScratch scratch;
  std::vector<uint64_t> feats(FeatureExtractor::kMaxFeatures);
  std::vector<TaggerSentence> views;
  views.reserve(train.sentences.size());
  for (const auto& s : train.sentences) views.push_back(s.View());
  // Units of shuffling: documents for NER (history runs through them), else sentences.
  const bool history_on = set_ == FeatureSet::kNer;
  std::vector<std::pair<size_t, size_t>> units;
  for (size_t i = 0; i < views.size(); ++i) {
    if (history_on && !units.empty() && train.document[i] == train.document[units.back().first]) {
      units.back().second = i + 1;
    } else {
      units.emplace_back(i, i + 1);
    }
  }
  PredictionHistory history(labels_);
  CaseEvidence evidence;
  uint64_t rng = seed;
  std::vector<uint8_t> predicted;
  const bool second_pass = history_on && document_pass_;
  std::vector<std::vector<uint8_t>> first;  // the unit's first-pass labels
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = units.size(); i > 1; --i) std::swap(units[i - 1], units[SplitMix64(&rng) % i]);
    size_t tokens = 0, errors = 0;
    for (const auto& [unit_begin, unit_end] : units) {
      if (second_pass) first.assign(unit_end - unit_begin, {});
      history.Clear();
      if (history_on) {
        evidence.Clear();
        for (size_t si = unit_begin; si < unit_end; ++si) evidence.Add(views[si].words);
        for (size_t si = unit_begin; si < unit_end; ++si) evidence.Codes(views[si].words, &views[si].case_evidence);
      }
      for (size_t si = unit_begin; si < unit_end; ++si) {
        TaggerSentence& s = views[si];
        const std::vector<uint8_t>& gold = train.gold[si];
        if (history_on) history.Codes(s.words, &s.history);
        fx.Prepare(s, &scratch);
        const size_t n = s.words.size();
        predicted.assign(n, 0);
        float scores[Perceptron::kMaxClasses];
        for (size_t i = 0; i < n; ++i) {
          const int prev1 = i >= 1 ? predicted[i - 1] : -1;
          const int prev2 = i >= 2 ? predicted[i - 2] : -1;
          size_t k = fx.Static(s, scratch, i, feats.data());
          k += fx.Dynamic(scratch, i, prev1, prev2, feats.data() + k);
          std::fill(scores, scores + num_labels, 0.0f);
          ap.Scores(feats.data(), k, scores);
          const int best = BestAllowed(scores, num_labels, transitions, prev1, i + 1 == n);
          if (best != gold[i]) {
            ap.Update(feats.data(), k, gold[i], best);
            ++errors;
          }
          predicted[i] = static_cast<uint8_t>(best);
          ap.Tick();
          ++tokens;
        }
        if (history_on && !s.headline) history.Update(s.words, predicted);
        if (second_pass) first[si - unit_begin] = predicted;
      }
      if (!second_pass) continue;
      // The second pass (DocumentPass): each sentence with a word the rest
      // of the document has first-pass labels for, decoded again with them.
      // The training model's own first-pass labels. (Labels of models
      // trained on the other half of the documents, as wrong as on new text,
      // scored lower on dev: MODELS.md.)
      DocumentPass document(labels_);
      for (size_t si = unit_begin; si < unit_end; ++si) document.Add(views[si], first[si - unit_begin]);
      for (size_t si = unit_begin; si < unit_end; ++si) {
        TaggerSentence& s = views[si];
        if (!document.Prepare(si - unit_begin, &s)) {
          ClearSecondPass(&s);
          continue;
        }
        const std::vector<uint8_t>& gold = train.gold[si];
        fx.Prepare(s, &scratch);
        const size_t n = s.words.size();
        predicted.assign(n, 0);
        float scores[Perceptron::kMaxClasses];
        for (size_t i = 0; i < n; ++i) {
          const int prev1 = i >= 1 ? predicted[i - 1] : -1;
          const int prev2 = i >= 2 ? predicted[i - 2] : -1;
          size_t k = fx.Static(s, scratch, i, feats.data());
          k += fx.DocumentFeatures(s, scratch, i, feats.data() + k);
          k += fx.Dynamic(scratch, i, prev1, prev2, feats.data() + k);
          std::fill(scores, scores + num_labels, 0.0f);
          ap.Scores(feats.data(), k, scores);
          const int best = BestAllowed(scores, num_labels, transitions, prev1, i + 1 == n);
          if (best != gold[i]) ap.Update(feats.data(), k, gold[i], best);
          predicted[i] = static_cast<uint8_t>(best);
          ap.Tick();
        }
        ClearSecondPass(&s);  // the first pass of the next epoch must not see it
      }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log << "epoch " << epoch << "/" << epochs << ": train errors " << Percent(double(errors) / double(tokens))
        << ", " << ap.num_features() << " features, " << static_cast<int>(seconds) << " s";
    if (!dev.sentences.empty()) {
      SequenceModel model(set_, labels_, ap.Average({}), clusters_, lexicon_);
      std::string detail;
      const double score = Score(model, dev, &detail);
      log << ", dev " << (set_ == FeatureSet::kPos ? "accuracy " : "F1 ") << Percent(score) << " (" << detail << ")";
    }
    log << "\n" << std::flush;
  }
  return ap.AverageRows();
}

void Trainer::Count(size_t si, const std::vector<uint8_t>& predicted, const TrainingSet& data, size_t* tokens,
                    size_t* correct, std::map<std::string, std::array<size_t, 3>>* per_type) const {
  const std::vector<uint8_t>& gold = data.gold[si];
  for (size_t i = 0; i < gold.size(); ++i) *correct += predicted[i] == gold[i];
  *tokens += gold.size();
  if (set_ != FeatureSet::kNer) return;
  std::vector<std::string> p, g;
  for (uint8_t l : predicted) p.push_back(labels_[l]);
  for (uint8_t l : gold) g.push_back(labels_[l]);
  std::vector<TagSpan> ps = SpansOf(p), gs = SpansOf(g);
  for (const TagSpan& s : ps) {
    ++(*per_type)[s.type][1];
    if (std::find(gs.begin(), gs.end(), s) != gs.end()) ++(*per_type)[s.type][0];
  }
  for (const TagSpan& s : gs) ++(*per_type)[s.type][2];
}

std::vector<std::vector<uint8_t>> Trainer::TagAll(const SequenceModel& model, const TrainingSet& data,
                                                   bool document_pass) const {
  TaggerScratch scratch;
  std::vector<std::vector<uint8_t>> out(data.sentences.size());
  PredictionHistory history(labels_);
  CaseEvidence evidence;
  DocumentPass pass(labels_);
  const bool ner = set_ == FeatureSet::kNer;
  std::vector<TaggerSentence> views;
  // One document at a time (every sentence one for POS): NER's document
  // features need the whole of it, as in `hearsay extract`.
  for (size_t begin = 0, end = 0; begin < data.sentences.size(); begin = end) {
    end = begin + 1;
    if (ner) {
      while (end < data.sentences.size() && data.document[end] == data.document[begin]) ++end;
      history.Clear();
      evidence.Clear();
      pass.Clear();
    }
    views.clear();
    for (size_t si = begin; si < end; ++si) views.push_back(data.sentences[si].View());
    if (ner)
      for (const TaggerSentence& s : views) evidence.Add(s.words);
    for (size_t k = 0; k < views.size(); ++k) {
      TaggerSentence& s = views[k];
      if (ner) {
        history.Codes(s.words, &s.history);
        evidence.Codes(s.words, &s.case_evidence);
      }
      model.Tag(s, &scratch, &out[begin + k]);
      if (ner) {
        if (!s.headline) history.Update(s.words, out[begin + k]);
        pass.Add(s, out[begin + k], scratch);
      }
    }
    if (!(ner && document_pass)) continue;
    for (size_t k = 0; k < views.size(); ++k) pass.Retag(model, k, &views[k], &scratch, &out[begin + k]);
  }
  return out;
}

double Trainer::Score(const SequenceModel& model, const TrainingSet& data, std::string* detail) const {
  size_t tokens = 0, correct = 0;
  std::map<std::string, std::array<size_t, 3>> per_type;  // tp, predicted, gold
  const std::vector<std::vector<uint8_t>> predicted = TagAll(model, data, document_pass_);
  for (size_t si = 0; si < data.sentences.size(); ++si) Count(si, predicted[si], data, &tokens, &correct, &per_type);
  if (set_ != FeatureSet::kNer) {
    *detail = std::to_string(correct) + "/" + std::to_string(tokens) + " tokens";
    return tokens == 0 ? 0 : double(correct) / double(tokens);
  }
  size_t tp = 0, np = 0, ng = 0;
  detail->clear();
  auto f1 = [](size_t t, size_t p, size_t g) { return p + g == 0 ? 0.0 : 2.0 * double(t) / double(p + g); };
  for (const auto& [type, c] : per_type) {
    tp += c[0];
    np += c[1];
    ng += c[2];
    if (!detail->empty()) *detail += " ";
    *detail += type + " " + Percent(f1(c[0], c[1], c[2]));
  }
  return f1(tp, np, ng);
}

}  // namespace hearsay::internal

namespace hearsay {

using internal::FeatureSet;

Status TrainTagger(const TrainOptions& o, std::ostream& log) {
  using namespace internal;
  if (o.task != "pos" && o.task != "ner") return InvalidArgumentError("task must be pos or ner, not '" + o.task + "'");
  const bool ner = o.task == "ner";
  auto read = [&](const std::string& path) {
    return ner ? ReadConll2003(path) : ReadConllu(path);
  };
  Result<std::vector<LabeledSentence>> train = read(o.train_file);
  if (!train.ok()) return train.status();
  Result<std::vector<LabeledSentence>> dev = read(o.dev_file);
  if (!dev.ok()) return dev.status();
  if (train->empty()) return DataError(o.train_file + ": no sentences");

  std::optional<Gazetteer> gazetteer;
  std::string gazetteer_path;
  if (ner) {
    for (auto* corpus : {&*train, &*dev})
      for (LabeledSentence& s : *corpus) s.tags = IobToBilou(s.tags);
    Result<std::string> path = o.gazetteer.empty() ? FindModelFile("gazetteer.tsv", o.model_dir)
                                                   : Result<std::string>(o.gazetteer);
    if (!path.ok()) return path.status();
    Result<Gazetteer> g = Gazetteer::Load(*path);
    if (!g.ok()) return g.status();
    gazetteer = std::move(*g);
    gazetteer_path = *path;
  }
  // Labels: sorted, with O first for NER, so label order never depends on the data's order.
  std::set<std::string> tagset;
  for (const auto& s : *train)
    for (const auto& t : s.tags) tagset.insert(t);
  std::vector<std::string> labels;
  if (ner) labels.push_back("O");
  for (const auto& t : tagset)
    if (t != "O" || !ner) labels.push_back(t);
  if (labels.size() > static_cast<size_t>(Perceptron::kMaxClasses)) {
    return DataError(o.train_file + ": " + std::to_string(labels.size()) + " distinct tags (at most " +
                     std::to_string(Perceptron::kMaxClasses) + ")");
  }
  const Gazetteer* g = gazetteer ? &*gazetteer : nullptr;
  std::optional<WordClusters> clusters;
  std::string clusters_path;
  if (o.clusters != "none") {
    Result<std::string> path = o.clusters.empty() ? FindModelFile("word_clusters.tsv", o.model_dir)
                                                  : Result<std::string>(o.clusters);
    if (!path.ok()) return path.status();
    Result<WordClusters> c = WordClusters::Load(*path);
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
    clusters_path = *path;
  }
  const WordClusters* c = clusters ? &*clusters : nullptr;
  // The lexicon, for this model's features unless --lexicon none, and for
  // the POS model NER reads (which may have been trained with it).
  std::optional<WordLexicon> lexicon;
  std::string lexicon_path;
  if (o.lexicon != "none" || (ner && o.pos_model != "none")) {
    const bool given = !o.lexicon.empty() && o.lexicon != "none";
    Result<std::string> path =
        given ? Result<std::string>(o.lexicon) : FindModelFile("word_lexicon.tsv", o.model_dir);
    if (path.ok()) {
      Result<WordLexicon> x = WordLexicon::Load(*path);
      if (!x.ok()) return x.status();
      lexicon = std::move(*x);
      lexicon_path = *path;
    } else if (o.lexicon != "none") {
      return path.status();
    }
  }
  const WordLexicon* pos_lex = lexicon ? &*lexicon : nullptr;
  const WordLexicon* lex = o.lexicon != "none" ? pos_lex : nullptr;
  // NER sees the POS tags of the committed POS model, as at run time.
  std::optional<SequenceModel> pos_model;
  std::string pos_path = "none";
  if (ner && o.pos_model != "none") {
    Result<std::string> path = o.pos_model.empty() ? FindModelFile("pos.model", o.model_dir)
                                                   : Result<std::string>(o.pos_model);
    if (!path.ok()) return path.status();
    Result<SequenceModel> m = SequenceModel::Load(*path, "pos-tagger", c, pos_lex);
    if (!m.ok()) return m.status();
    pos_model.emplace(std::move(*m));
    pos_path = *path;
  }
  const SequenceModel* pm = pos_model ? &*pos_model : nullptr;
  TrainingSet train_set = MakeTrainingSet(*train, labels, g, pm);
  TrainingSet dev_set = MakeTrainingSet(*dev, labels, g, pm);
  size_t tokens = 0;
  for (const auto& s : train_set.gold) tokens += s.size();
  log << "train: " << o.train_file << ": " << train_set.sentences.size() << " sentences, " << tokens << " words, "
      << labels.size() << " labels\n";
  log << "dev: " << o.dev_file << ": " << dev_set.sentences.size() << " sentences\n";

  const int epochs = o.epochs > 0 ? o.epochs : (ner ? 12 : 8);
  PruneOptions prune;
  // NER: 0.25 scored 0.1 higher on dev than 0.5 (and than 0) at 87,000 features.
  prune.min_weight = o.min_weight >= 0 ? o.min_weight : (ner ? 0.25f : 0.5f);
  // NER: 87,000 features fill a 131,072-slot table to 2/3 (Perceptron::BuildTable):
  // half the table of more, at the same dev F1. (POS at 87,000: the same UPOS,
  // but NER trained on its tags scored 0.3 lower, within the noise.)
  prune.max_features = o.max_features > 0 ? o.max_features : (ner ? 87000 : 150000);
  const FeatureSet set = ner ? FeatureSet::kNer : FeatureSet::kPos;
  Trainer trainer(set, labels, c, lex);
  trainer.set_document_pass(ner && o.document_pass);
  const int runs = o.runs > 0 ? o.runs : (ner ? kNerRuns : kPosRuns);
  SequenceModel model = trainer.Train(train_set, dev_set, epochs, o.seed, prune, log, runs);
  std::string detail;
  const double score = trainer.Score(model, dev_set, &detail);
  log << "final (pruned to " << model.perceptron().num_features() << " features): dev "
      << (ner ? "F1 " : "accuracy ") << Percent(score) << " (" << detail << ")\n";

  Result<std::string> train_bytes = ReadFileBytes(o.train_file);
  std::string meta;
  meta += "task=" + o.task + "\n";
  meta += "hearsay=" + std::string(Version()) + "\n";
  meta += "command=" + o.command_line + "\n";
  meta += "train=" + o.train_file + "\n";
  char hash[32];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(train_bytes.ok() ? Fnv1a64(*train_bytes) : 0));
  meta += "train_fnv1a64=" + std::string(hash) + "\n";
  meta += "dev=" + o.dev_file + "\n";
  meta += "epochs=" + std::to_string(epochs) + "\nseed=" + std::to_string(o.seed) + "\n";
  meta += "runs=" + std::to_string(runs) + "\n";
  meta += "features=" + std::to_string(model.perceptron().num_features()) + "\n";
  meta += std::string("dev_") + (ner ? "f1" : "accuracy") + "=" + Percent(score) + " (" + detail + ")\n";
  if (ner) meta += "gazetteer=" + gazetteer_path + "\n";
  meta += "clusters=" + (clusters ? clusters_path : std::string("none")) + "\n";
  meta += "lexicon=" + (lex != nullptr ? lexicon_path : std::string("none")) + "\n";
  if (ner) meta += "pos_model=" + pos_path + "\n";
  if (ner && o.document_pass) meta += "second_pass=document\n";

  std::vector<LabeledSentence> selftest_corpus;
  for (const char* text : kSelfTest) {
    LabeledSentence ls;
    std::string_view rest = text;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      ls.words.emplace_back(rest.substr(0, sp));
      ls.tags.emplace_back("O");
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    selftest_corpus.push_back(std::move(ls));
  }
  TrainingSet selftest = MakeTrainingSet(selftest_corpus, labels, g, pm);
  ModelFile file = model.ToFile(ner ? "ner-tagger" : "pos-tagger", meta, selftest.sentences);
  HEARSAY_RETURN_IF_ERROR(file.Write(o.out_file));
  log << "wrote " << o.out_file << " (" << file.Serialize().size() << " bytes)\n";
  return Status::Ok();
}

}  // namespace hearsay
