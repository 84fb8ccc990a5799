// `hearsay train attribution`: learns AttributionModel (attribution_model.h)
// from a PolNeAR split.
//
// Each text of DIR/text is read as hearsay reads any text (tokenizer, sentence
// splitter, POS and NER taggers, entity clusters, from the committed models),
// and the first .ann file of it (by name) gives the gold attributions, whose
// code-point offsets are mapped onto the tokens.
//   cue: every cue candidate (a verb outside quotes) that the rules leave --
//        not inside the content, cue or source of an attribution the
//        model-free AttributionAnnotator finds, as at run time -- is an
//        instance; it is a cue when it overlaps a gold Cue span.
//   end: every gold content that starts within three tokens after the last
//        token of its cue, in the same sentence, is an instance: its start is
//        the first content token (after "that"), its gold end the token after
//        its first fragment (at most the sentence's content end); every other
//        end is a competitor (a ranking perceptron).
// Epochs visit the instances in a splitmix64-shuffled order (the same on
// every platform), so training is deterministic. The dev split is only
// scored after each epoch.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

#include "attribution/attribution_annotator.h"
#include "attribution/attribution_model.h"
#include "attribution/candidate.h"
#include "hearsay/input.h"
#include "hearsay/train.h"
#include "hearsay/version.h"
#include "tagger/averaged_perceptron.h"
#include "tagger/byte_io.h"
#include "tagger/entity_clusters.h"
#include "tagger/ner_tagger.h"
#include "tagger/pos_tagger.h"
#include "tagger/tagger_models.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay {

namespace {

using namespace internal;

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

struct GoldAttribution {
  std::vector<std::pair<uint32_t, uint32_t>> content, cue;  // code-point ranges
};

// The attributions of a brat .ann file: T lines give spans, E lines tie them.
std::vector<GoldAttribution> ParseAnn(std::string_view text) {
  std::map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> spans;
  std::vector<std::map<std::string, std::vector<std::string>>> events;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab < 2 || (line[0] != 'T' && line[0] != 'E')) continue;
    std::string id(line.substr(0, tab));
    bool digits = true;
    for (size_t k = 1; k < id.size(); ++k) digits &= id[k] >= '0' && id[k] <= '9';
    if (!digits) continue;
    std::string_view rest = line.substr(tab + 1);
    rest = rest.substr(0, rest.find('\t'));
    if (line[0] == 'T') {
      size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) continue;
      std::string_view ranges = rest.substr(sp + 1);
      auto& out = spans[id];
      while (!ranges.empty()) {
        size_t semi = ranges.find(';');
        std::string_view r = ranges.substr(0, semi);
        ranges = semi == std::string_view::npos ? std::string_view() : ranges.substr(semi + 1);
        unsigned a = 0, b = 0;
        if (std::sscanf(std::string(r).c_str(), "%u %u", &a, &b) == 2 && a < b) out.emplace_back(a, b);
      }
    } else {
      std::map<std::string, std::vector<std::string>> roles;
      while (!rest.empty()) {
        size_t sp = rest.find(' ');
        std::string_view item = rest.substr(0, sp);
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        size_t colon = item.find(':');
        if (colon == std::string_view::npos) continue;
        std::string role(item.substr(0, colon));
        while (!role.empty() && role.back() >= '0' && role.back() <= '9') role.pop_back();
        roles[role].emplace_back(item.substr(colon + 1));
      }
      events.push_back(std::move(roles));
    }
  }
  std::vector<GoldAttribution> out;
  for (auto& roles : events) {
    GoldAttribution g;
    for (const std::string& t : roles["Content"])
      for (auto r : spans[t]) g.content.push_back(r);
    for (const std::string& t : roles["Cue"])
      for (auto r : spans[t]) g.cue.push_back(r);
    if (g.content.empty()) continue;
    std::sort(g.content.begin(), g.content.end());
    out.push_back(std::move(g));
  }
  return out;
}

struct EndInstance {
  std::vector<std::vector<uint64_t>> candidates;  // features of each end, b+1 .. last
  uint32_t gold = 0;                              // index into candidates
};

struct Instances {
  std::vector<std::vector<uint64_t>> cue;
  std::vector<uint8_t> cue_gold;
  std::vector<EndInstance> end;
  size_t documents = 0;
  uint64_t hash = 0xcbf29ce484222325ull;
};

class Reader {
 public:
  explicit Reader(std::shared_ptr<const TaggerModels> models)
      : pos_(models), ner_(models), clusters_(&models->gazetteer()) {}

  Status Read(const std::string& dir, Instances* out) const {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path text_dir = fs::path(dir) / "text", ann_dir = fs::path(dir) / "attributions";
    if (!fs::is_directory(text_dir, ec)) return NotFoundError(dir + ": no text/ directory (a PolNeAR split)");
    std::vector<std::string> names, anns;
    for (const auto& e : fs::directory_iterator(text_dir, ec)) {
      if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
    }
    for (const auto& e : fs::directory_iterator(ann_dir, ec)) {
      if (e.path().extension() == ".ann") anns.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::sort(anns.begin(), anns.end());
    for (const std::string& name : names) {
      auto it = std::lower_bound(anns.begin(), anns.end(), name + "_");
      if (it == anns.end() || it->rfind(name + "_", 0) != 0) continue;
      Result<std::string> text = ReadFileBytes((text_dir / (name + ".txt")).string());
      if (!text.ok()) return text.status();
      Result<std::string> ann = ReadFileBytes((ann_dir / *it).string());
      if (!ann.ok()) return ann.status();
      out->hash = Fnv1a64(*ann, Fnv1a64(*text, out->hash));
      AddDocument(*text, ParseAnn(*ann), out);
      ++out->documents;
    }
    if (out->documents == 0) return DataError(dir + ": no annotated texts");
    return Status::Ok();
  }

 private:
  void AddDocument(const std::string& text, const std::vector<GoldAttribution>& gold, Instances* out) const {
    Document doc(text, DocumentInfo{});
    tokenizer_.Annotate(doc);
    splitter_.Annotate(doc);
    pos_.Annotate(doc);
    ner_.Annotate(doc);
    clusters_.Annotate(doc);
    if (doc.tokens().empty() || doc.sentences().empty()) return;
    AttributionContext ctx(doc);
    // Code point -> byte offset.
    std::vector<uint32_t> byte_of;
    for (uint32_t b = 0; b < text.size(); ++b) {
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) byte_of.push_back(b);
    }
    byte_of.push_back(static_cast<uint32_t>(text.size()));
    const auto& tokens = doc.tokens();
    auto token_range = [&](std::pair<uint32_t, uint32_t> r, uint32_t* first, uint32_t* last) {
      if (r.second >= byte_of.size()) return false;
      const uint32_t a = byte_of[r.first], b = byte_of[r.second];
      auto it = std::lower_bound(tokens.begin(), tokens.end(), a, [](const Token& t, uint32_t v) { return t.span.end <= v; });
      if (it == tokens.end() || it->span.begin >= b) return false;
      *first = static_cast<uint32_t>(it - tokens.begin());
      uint32_t k = *first;
      while (k + 1 < tokens.size() && tokens[k + 1].span.begin < b) ++k;
      *last = k;
      return true;
    };
    std::vector<uint8_t> is_cue(tokens.size(), 0);
    for (const GoldAttribution& g : gold) {
      for (auto r : g.cue) {
        uint32_t f, l;
        if (token_range(r, &f, &l))
          for (uint32_t k = f; k <= l; ++k) is_cue[k] = 1;
      }
    }
    // The cue model sees at run time only the words the rules leave: train it on those.
    std::vector<uint8_t> taken(tokens.size(), 0);
    {
      Document ruled(text, DocumentInfo{});
      tokenizer_.Annotate(ruled);
      splitter_.Annotate(ruled);
      pos_.Annotate(ruled);
      ner_.Annotate(ruled);
      clusters_.Annotate(ruled);
      rules_.Annotate(ruled);
      auto mark = [&](Span sp) {
        auto it = std::lower_bound(tokens.begin(), tokens.end(), sp.begin, [](const Token& t, uint32_t v) { return t.span.end <= v; });
        for (; it != tokens.end() && it->span.begin < sp.end; ++it) taken[it - tokens.begin()] = 1;
      };
      for (const Attribution& a : ruled.attributions()) {
        mark(a.content);
        if (a.cue) mark(*a.cue);
        if (a.source.mention) mark(*a.source.mention);
      }
    }
    uint64_t feats[kMaxAttributionFeatures];
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      if (!IsCueCandidate(ctx, i) || taken[i]) continue;
      const size_t n = CueFeatures(ctx, i, feats);
      out->cue.emplace_back(feats, feats + n);
      out->cue_gold.push_back(is_cue[i]);
    }
    for (const GoldAttribution& g : gold) {
      if (g.cue.empty()) continue;
      uint32_t cf, cl, b, e;
      if (!token_range(g.cue.back(), &cf, &cl) || !token_range(g.content.front(), &b, &e)) continue;
      const uint32_t s = ctx.sentence_of[cl];
      if (b <= cl || b > cl + 3 || ctx.sentence_of[b] != s) continue;
      if (ctx.lower[b] == "that" && b < e) ++b;
      const uint32_t limit = ctx.ContentEnd(ctx.SentenceBegin(s), ctx.SentenceEnd(s));
      uint32_t gold_end = std::min(e + 1, limit);
      if (gold_end <= b || limit - b > AttributionModel::kMaxContent) continue;
      EndInstance inst;
      for (uint32_t k = b + 1; k <= limit; ++k) {
        if (k < limit && tokens[k - 1].kind == TokenKind::kPunct) {
          if (k == gold_end) gold_end = k - 1 > b ? k - 1 : k;  // the ranker never ends on punctuation
          continue;
        }
        if (k == gold_end) inst.gold = static_cast<uint32_t>(inst.candidates.size());
        const size_t n = EndFeatures(ctx, cl, b, k, limit, feats);
        inst.candidates.emplace_back(feats, feats + n);
      }
      if (inst.candidates.empty() || inst.gold >= inst.candidates.size()) continue;
      out->end.push_back(std::move(inst));
    }
  }

  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
  PosTagger pos_;
  NerTagger ner_;
  EntityClusters clusters_;
  AttributionAnnotator rules_;
};

int32_t Margin(const AveragedPerceptron& ap, const std::vector<uint64_t>& f) {
  float s[2] = {0, 0};
  ap.Scores(f.data(), f.size(), s);
  return s[1] - s[0] > 0 ? 1 : 0;
}

float Score(const AveragedPerceptron& ap, const std::vector<uint64_t>& f) {
  float s[2] = {0, 0};
  ap.Scores(f.data(), f.size(), s);
  return s[1] - s[0];
}

int32_t Score(const Perceptron& p, const std::vector<uint64_t>& f) {
  int32_t s[2] = {0, 0};
  p.Score(f.data(), f.size(), s);
  return s[1] - s[0];
}

uint32_t Best(const Perceptron& p, const EndInstance& inst) {
  uint32_t best = 0;
  int32_t best_score = 0;
  for (uint32_t c = 0; c < inst.candidates.size(); ++c) {
    const int32_t s = Score(p, inst.candidates[c]);
    if (c == 0 || s > best_score) {
      best = c;
      best_score = s;
    }
  }
  return best;
}

std::string Percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", v * 100);
  return buf;
}

// Cue P/R/F1 and end accuracy of `cue` and `end` on `data`.
std::string Evaluate(const Perceptron& cue, const Perceptron& end, const Instances& data) {
  size_t tp = 0, np = 0, ng = 0, right = 0;
  for (size_t i = 0; i < data.cue.size(); ++i) {
    const bool p = Score(cue, data.cue[i]) > 0;
    np += p;
    ng += data.cue_gold[i];
    tp += p && data.cue_gold[i];
  }
  for (const EndInstance& inst : data.end) right += Best(end, inst) == inst.gold;
  const double P = np ? double(tp) / double(np) : 0, R = ng ? double(tp) / double(ng) : 0;
  return "cue P " + Percent(P) + " R " + Percent(R) + " F1 " + Percent(P + R > 0 ? 2 * P * R / (P + R) : 0) +
         ", end exact " + Percent(data.end.empty() ? 0 : double(right) / double(data.end.size())) + " of " +
         std::to_string(data.end.size());
}

// Default number of averaged training runs (TrainOptions::runs).
constexpr int kAttributionRuns = 4;

using Rows = std::vector<std::pair<uint64_t, std::vector<float>>>;

// One training run (its own shuffles, from `seed`): the averaged weight rows of the cue and end models.
std::pair<Rows, Rows> TrainRun(const Instances& train, const Instances& dev, int epochs, uint64_t seed,
                               std::ostream& log) {
  AveragedPerceptron cue_ap(2), end_ap(2);
  std::vector<uint32_t> cue_order(train.cue.size()), end_order(train.end.size());
  for (uint32_t i = 0; i < cue_order.size(); ++i) cue_order[i] = i;
  for (uint32_t i = 0; i < end_order.size(); ++i) end_order[i] = i;
  uint64_t rng = seed;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = cue_order.size(); i > 1; --i) std::swap(cue_order[i - 1], cue_order[SplitMix64(&rng) % i]);
    for (size_t i = end_order.size(); i > 1; --i) std::swap(end_order[i - 1], end_order[SplitMix64(&rng) % i]);
    size_t cue_errors = 0, end_errors = 0;
    for (uint32_t i : cue_order) {
      const auto& f = train.cue[i];
      const int guess = Margin(cue_ap, f);
      if (guess != train.cue_gold[i]) {
        cue_ap.Update(f.data(), f.size(), train.cue_gold[i], guess);
        ++cue_errors;
      }
      cue_ap.Tick();
    }
    for (uint32_t i : end_order) {
      const EndInstance& inst = train.end[i];
      uint32_t best = 0;
      float best_score = 0;
      for (uint32_t c = 0; c < inst.candidates.size(); ++c) {
        const float s = Score(end_ap, inst.candidates[c]);
        if (c == 0 || s > best_score) {
          best = c;
          best_score = s;
        }
      }
      if (best != inst.gold) {
        const auto& g = inst.candidates[inst.gold];
        const auto& p = inst.candidates[best];
        end_ap.Update(g.data(), g.size(), 1, 0);
        end_ap.Update(p.data(), p.size(), 0, 1);
        ++end_errors;
      }
      end_ap.Tick();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log << "epoch " << epoch << "/" << epochs << ": train cue errors "
        << Percent(double(cue_errors) / double(std::max<size_t>(1, train.cue.size()))) << ", end errors "
        << Percent(double(end_errors) / double(std::max<size_t>(1, train.end.size()))) << ", "
        << static_cast<int>(seconds) << " s, dev " << Evaluate(cue_ap.Average({}), end_ap.Average({}), dev) << "\n"
        << std::flush;
  }
  return {cue_ap.AverageRows(), end_ap.AverageRows()};
}


}  // namespace

Status TrainAttribution(const TrainOptions& o, std::ostream& log) {
  Result<std::shared_ptr<const TaggerModels>> models = TaggerModels::Load(o.model_dir);
  if (!models.ok()) return models.status();
  Reader reader(*models);
  Instances train, dev;
  HEARSAY_RETURN_IF_ERROR(reader.Read(o.train_file, &train));
  HEARSAY_RETURN_IF_ERROR(reader.Read(o.dev_file, &dev));
  log << "train: " << o.train_file << ": " << train.documents << " texts, " << train.cue.size()
      << " cue candidates, " << train.end.size() << " content ends\n";
  log << "dev: " << o.dev_file << ": " << dev.documents << " texts, " << dev.cue.size() << " cue candidates, "
      << dev.end.size() << " content ends\n";
  const int epochs = o.epochs > 0 ? o.epochs : 10;
  // Several runs, each its own shuffle, averaged weight by weight (as the taggers do): the
  // model is as fast as one run's, without the luck of one shuffle.
  const int runs = o.runs > 0 ? o.runs : kAttributionRuns;
  PruneOptions prune;
  prune.min_weight = o.min_weight >= 0 ? o.min_weight : 0.5f;
  prune.max_features = o.max_features > 0 ? o.max_features : 120000;
  Rows cue_sum, end_sum;
  for (int r = 0; r < runs; ++r) {
    if (runs > 1) log << "run " << r + 1 << "/" << runs << " (seed " << o.seed + r << ")\n";
    auto [cue_rows, end_rows] = TrainRun(train, dev, epochs, o.seed + r, log);
    AddSortedRows(std::move(cue_rows), &cue_sum);
    AddSortedRows(std::move(end_rows), &end_sum);
  }
  for (Rows* sum : {&cue_sum, &end_sum}) {
    for (auto& [feature, w] : *sum) {
      for (float& v : w) v /= static_cast<float>(runs);
    }
  }
  Perceptron cue_model = PruneRows(2, cue_sum, prune);
  Perceptron end_model = PruneRows(2, end_sum, prune);
  AttributionModel tmp(cue_model, end_model, "");
  const std::string score = Evaluate(tmp.cue(), tmp.end(), dev);
  log << "final (pruned to " << tmp.cue().num_features() << " cue and " << tmp.end().num_features()
      << " end features): dev " << score << "\n";
  char hash[32];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(train.hash));
  std::string meta;
  meta += "task=attribution\n";
  meta += "hearsay=" + std::string(Version()) + "\n";
  meta += "command=" + o.command_line + "\n";
  meta += "train=" + o.train_file + "\n";
  meta += "train_fnv1a64=" + std::string(hash) + "\n";
  meta += "dev=" + o.dev_file + "\n";
  meta += "epochs=" + std::to_string(epochs) + "\nseed=" + std::to_string(o.seed) + "\nruns=" + std::to_string(runs) + "\n";
  meta += "features=" + std::to_string(tmp.cue().num_features()) + "+" + std::to_string(tmp.end().num_features()) + "\n";
  meta += "dev_score=" + score + "\n";
  // Self-test: feature hashes only (no corpus text is shipped).
  std::vector<std::vector<uint64_t>> selftest;
  for (size_t i = 0; i < train.cue.size() && selftest.size() < 4; i += 997) selftest.push_back(train.cue[i]);
  for (size_t i = 0; i < train.end.size() && selftest.size() < 8; i += 331) selftest.push_back(train.end[i].candidates[train.end[i].gold]);
  AttributionModel model(std::move(cue_model), std::move(end_model), meta);
  ModelFile file = model.ToFile(selftest);
  HEARSAY_RETURN_IF_ERROR(file.Write(o.out_file));
  log << "wrote " << o.out_file << " (" << file.Serialize().size() << " bytes)\n";
  return Status::Ok();
}

}  // namespace hearsay
