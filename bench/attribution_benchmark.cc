// What attribution costs: the text layer (decode, tokenize, split, JSON out)
// with and without the AttributionAnnotator, and the whole extract pipeline
// with and without it (BM_FullPipeline), in bytes of input per second on one
// core. The budget: attribution adds at most 30% to extract time.
//
// Corpus: the PolNeAR news articles in ../shared/data/polnear (train and dev)
// when present, else the bundled examples/ repeated. Run:
//   taskset -c 0 build/release/bench/attribution_benchmark
//
// With --extract it is instead a model-free extractor for evaluations: JSON
// Lines in on stdin ({"id","text"}), one JSON object per line out, running
// tokenizer, sentence splitter and attribution only:
//   build/release/bench/attribution_benchmark --extract < docs.jsonl
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "attribution/attribution_annotator.h"
#include "attribution/attribution_model.h"
#include "hearsay/pipeline.h"
#include "quantity/quantity_annotator.h"
#include "tagger/entity_clusters.h"
#include "tagger/model_search.h"
#include "tagger/ner_tagger.h"
#include "tagger/place_linker.h"
#include "tagger/pos_tagger.h"
#include "tagger/tagger_models.h"
#include "bench_corpus.h"
#include "hearsay/document.h"
#include "hearsay/input.h"
#include "hearsay/output.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

using hearsay::bench::Corpus;

// The committed attribution model (models/attribution.model), or null when it cannot be found.
std::shared_ptr<const hearsay::internal::AttributionModel> Model() {
  static const auto model = []() -> std::shared_ptr<const hearsay::internal::AttributionModel> {
    auto path = hearsay::internal::FindModelFile("attribution.model", "");
    if (!path.ok()) return nullptr;
    auto m = hearsay::internal::AttributionModel::Load(*path);
    return m.ok() ? *m : nullptr;
  }();
  return model;
}

// Without POS tags the model scores every lower-case word of four letters or
// more (with tags, only verbs): the costliest case.
void Run(benchmark::State& state, bool attribution) {
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  hearsay::AttributionAnnotator attributor(state.range(0) != 0 ? Model() : nullptr);
  size_t bytes = 0;
  std::string out;
  for (auto _ : state) {
    for (const std::string& text : Corpus()) {
      auto doc = hearsay::DecodeText(text, {});
      tokenizer.Annotate(*doc);
      splitter.Annotate(*doc);
      if (attribution) attributor.Annotate(*doc);
      out.clear();
      hearsay::AppendJson(*doc, {}, &out);
      benchmark::DoNotOptimize(out.data());
      bytes += text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_ExtractWithoutAttribution(benchmark::State& state) { Run(state, false); }
void BM_ExtractWithAttribution(benchmark::State& state) { Run(state, true); }
BENCHMARK(BM_ExtractWithoutAttribution)->Arg(0)->Unit(benchmark::kMillisecond);
// Arg 0: rules only; 1: rules and the learned model.
BENCHMARK(BM_ExtractWithAttribution)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The whole extract pipeline (tokenizer, splitter, POS, NER, entity clusters,
// place linker, quantities, JSON out) without attribution (arg 0), with the
// rules only (1) and with the rules and the learned model (2): what
// attribution adds to `hearsay extract`.
void BM_FullPipeline(benchmark::State& state) {
  auto models = hearsay::internal::TaggerModels::Load("");
  if (!models.ok()) {
    state.SkipWithError(std::string(models.status().message()).c_str());
    return;
  }
  hearsay::Pipeline pipeline;
  pipeline.Add(std::make_unique<hearsay::Tokenizer>());
  pipeline.Add(std::make_unique<hearsay::SentenceSplitter>());
  pipeline.Add(std::make_unique<hearsay::internal::PosTagger>(*models));
  pipeline.Add(std::make_unique<hearsay::internal::NerTagger>(*models));
  pipeline.Add(std::make_unique<hearsay::internal::EntityClusters>(&(*models)->gazetteer()));
  pipeline.Add(std::make_unique<hearsay::internal::PlaceLinker>(&(*models)->gazetteer()));
  if (state.range(0) == 1) pipeline.Add(std::make_unique<hearsay::AttributionAnnotator>());
  if (state.range(0) == 2) pipeline.Add(std::make_unique<hearsay::AttributionAnnotator>(Model()));
  pipeline.Add(std::make_unique<hearsay::QuantityAnnotator>());
  size_t bytes = 0;
  std::string out;
  for (auto _ : state) {
    for (const std::string& text : Corpus()) {
      auto doc = hearsay::DecodeText(text, {});
      pipeline.Annotate(*doc);
      out.clear();
      hearsay::AppendJson(*doc, {}, &out);
      benchmark::DoNotOptimize(out.data());
      bytes += text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_FullPipeline)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

int Extract() {
  std::string input(std::istreambuf_iterator<char>(std::cin), {});
  hearsay::JsonlReader reader = hearsay::JsonlReader::FromBytes(std::move(input));
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  hearsay::AttributionAnnotator attributor;
  hearsay::JsonlRecord record;
  std::string out;
  while (reader.Next(&record)) {
    if (!record.document) continue;
    hearsay::Document& doc = *record.document;
    tokenizer.Annotate(doc);
    splitter.Annotate(doc);
    attributor.Annotate(doc);
    out.clear();
    hearsay::AppendJson(doc, {}, &out);
    out.push_back('\n');
    std::cout << out;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--extract") == 0) return Extract();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
