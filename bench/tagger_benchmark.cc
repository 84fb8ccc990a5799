// Tagger figures: UPOS accuracy on UD English EWT dev with gold tokens,
// throughput of POS + NER on one thread, and the memory of the loaded models.
//
//   taskset -c 0 build/release/bench/tagger_benchmark [--data ../shared/data] [--model-dir models]
//       [--combined-only]   (POS+NER alone, one pass: for valgrind --tool=callgrind)
//
// Throughput is words per second of the thread's CPU time, so that other
// processes on a shared machine do not count against it. Prints one line per figure; skips (exit 0) what needs ../shared when it is
// absent. Throughput runs on UD EWT dev and CoNLL-2003 dev words (gold
// sentences, so tokenization is not timed): the words per second of POS
// tagging, of NER (gazetteer marks, history, tagging and the second,
// document-level pass when the model has one), and of both.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "tagger/case_evidence.h"
#include "tagger/corpus_reader.h"
#include "tagger/document_pass.h"
#include "tagger/prediction_history.h"
#include "tagger/tagger_models.h"
#include "tagger/trainer.h"

using namespace hearsay::internal;

namespace {

// CPU time of this thread: on a shared machine, wall time would count the
// time other processes held the core.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  bool only_both = false;
  std::string data = std::string(HEARSAY_SOURCE_DIR) + "/../shared/data";
  std::string model_dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) data = argv[++i];
    else if (std::strcmp(argv[i], "--model-dir") == 0 && i + 1 < argc) model_dir = argv[++i];
    else if (std::strcmp(argv[i], "--combined-only") == 0) only_both = true;
  }
  const long rss_before = PeakRssKb();
  auto load_start = std::chrono::steady_clock::now();
  hearsay::Result<std::shared_ptr<const TaggerModels>> models = TaggerModels::Load(model_dir);
  if (!models.ok()) {
    std::fprintf(stderr, "tagger_benchmark: %s\n", models.status().message().c_str());
    return 2;
  }
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count();
  const long rss_after = PeakRssKb();
  std::printf("models: loaded in %.0f ms; %.1f MB held (pos %.1f, ner %.1f, clusters %.1f, lexicon %.1f, "
              "gazetteer %.1f); peak RSS grew %.1f MB\n",
              load_ms, (*models)->MemoryBytes() / 1e6, (*models)->pos().perceptron().MemoryBytes() / 1e6,
              (*models)->ner().perceptron().MemoryBytes() / 1e6, (*models)->clusters().MemoryBytes() / 1e6,
              (*models)->lexicon().MemoryBytes() / 1e6, (*models)->gazetteer().MemoryBytes() / 1e6,
              (rss_after - rss_before) / 1024.0);

  const std::string ewt_dev = data + "/ud-ewt/en_ewt-ud-dev.conllu";
  const std::string conll_dev = data + "/conll2003/dev.txt";
  if (!std::filesystem::exists(ewt_dev) || !std::filesystem::exists(conll_dev)) {
    std::printf("skipped: %s not found\n", data.c_str());
    return 0;
  }
  hearsay::Result<std::vector<LabeledSentence>> ewt = ReadConllu(ewt_dev);
  hearsay::Result<std::vector<LabeledSentence>> conll = ReadConll2003(conll_dev);
  if (!ewt.ok() || !conll.ok()) {
    std::fprintf(stderr, "tagger_benchmark: cannot read the dev data\n");
    return 2;
  }
  const SequenceModel& pos = (*models)->pos();
  const SequenceModel& ner = (*models)->ner();
  TrainingSet pos_dev = MakeTrainingSet(*ewt, pos.labels(), nullptr);
  Trainer pos_trainer(FeatureSet::kPos, pos.labels(), &(*models)->clusters());
  std::string detail;
  const double accuracy = pos_trainer.Score(pos, pos_dev, &detail);
  std::printf("UPOS accuracy, UD EWT dev, gold tokens: %.2f%% (%s)\n", accuracy * 100, detail.c_str());

  // Throughput: every dev sentence of both corpora, repeated to run ~2 s each.
  // Documents as the corpora divide them: NER's document-level features
  // (history, case evidence) are gathered per document, as in
  // `hearsay extract`.
  std::vector<OwnedSentence> sentences;
  std::vector<size_t> document;
  for (const auto* corpus : {&*ewt, &*conll}) {
    TrainingSet set = MakeTrainingSet(*corpus, {"O"}, nullptr);
    const size_t base = document.empty() ? 0 : document.back() + 1;
    for (size_t i = 0; i < set.sentences.size(); ++i) {
      sentences.push_back(std::move(set.sentences[i]));
      document.push_back(base + set.document[i]);
    }
  }
  std::vector<TaggerSentence> views;
  size_t words = 0;
  for (const auto& s : sentences) {
    views.push_back(s.View());
    words += s.words.size();
  }
  TaggerScratch scratch;
  std::vector<uint8_t> labels;
  const std::vector<uint8_t> upos = UposOfLabels(pos.labels());
  const bool ner_uses_pos = ner.meta().find("\npos_model=none") == std::string::npos;
  for (TaggerSentence& v : views) {  // POS context for the NER-only run
    pos.Tag(v, &scratch, &v.pos);
    for (uint8_t& p : v.pos) p = upos[p];
    if (!ner_uses_pos) v.pos.clear();
  }
  const bool document_pass = UsesDocumentPass(ner);
  // One timed run: passes over the text until `min_seconds` of CPU time.
  auto time_run = [&](bool run_pos, bool run_ner, double min_seconds) {
    size_t done = 0;
    PredictionHistory history(ner.labels());
    CaseEvidence evidence;
    DocumentPass pass(ner.labels());
    const double start = ThreadSeconds();
    double seconds = 0;
    do {
      // Each pass tags the text as new: words cached in the pass before
      // would make a repeated text faster than news is.
      scratch.ClearWordCaches();
      for (size_t begin = 0, end = 0; begin < views.size(); begin = end) {
        end = begin + 1;
        while (end < views.size() && document[end] == document[begin]) ++end;
        if (run_ner) {
          history.Clear();
          evidence.Clear();
          pass.Clear();
          for (size_t sj = begin; sj < end; ++sj) evidence.Add(views[sj].words);
        }
        // As `hearsay extract` runs them: POS over the whole document, then NER.
        for (size_t si = begin; si < end && run_pos; ++si) {
          TaggerSentence& v = views[si];
          pos.Tag(v, &scratch, &labels);
          if (ner_uses_pos) {
            v.pos.resize(labels.size());
            for (size_t i = 0; i < labels.size(); ++i) v.pos[i] = upos[labels[i]];
          }
        }
        for (size_t si = begin; si < end && run_ner; ++si) {
          TaggerSentence& v = views[si];
          (*models)->gazetteer().Mark(v.words, &v.gazetteer);
          history.Codes(v.words, &v.history);
          evidence.Codes(v.words, &v.case_evidence);
          ner.Tag(v, &scratch, &labels);
          history.Update(v.words, labels);
          pass.Add(v, labels, scratch);
        }
        if (run_ner && document_pass) {
          for (size_t si = begin; si < end; ++si) {
            pass.Retag(ner, si - begin, &views[si], &scratch, &labels);
            ClearSecondPass(&views[si]);
          }
        }
      }
      done += words;
      seconds = ThreadSeconds() - start;
    } while (seconds < min_seconds);
    return static_cast<double>(done) / seconds;
  };
  // The machine may be shared: the same binary runs up to half again as
  // fast in one run as in another. So each figure is the median of several
  // runs, printed with their range.
  struct Rate {
    double median, low, high;
  };
  auto rate = [&](bool run_pos, bool run_ner, int runs) {
    std::vector<double> r;
    for (int i = 0; i < runs; ++i) r.push_back(time_run(run_pos, run_ner, 0.4));
    std::sort(r.begin(), r.end());
    return Rate{r[r.size() / 2] / 1e3, r.front() / 1e3, r.back() / 1e3};
  };
  if (only_both) {
    const double both_rate = time_run(true, true, 0);  // one pass (callgrind)
    std::printf("throughput, one thread (thread CPU time), %zu words of EWT + CoNLL dev: POS+NER %.0fk words/s\n", words,
                both_rate / 1e3);
  } else {
    const Rate pos_rate = rate(true, false, 5);
    const Rate ner_rate = rate(false, true, 5);
    const Rate both_rate = rate(true, true, 9);
    std::printf("throughput, one thread (thread CPU time), %zu words of EWT + CoNLL dev, median of 5, 5, 9 runs of "
                "0.4 s (range): POS %.0fk (%.0f-%.0fk), NER %.0fk (%.0f-%.0fk), POS+NER %.0fk words/s (%.0f-%.0fk)\n",
                words, pos_rate.median, pos_rate.low, pos_rate.high, ner_rate.median, ner_rate.low, ner_rate.high,
                both_rate.median, both_rate.low, both_rate.high);
  }
  std::printf("peak RSS: %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}
