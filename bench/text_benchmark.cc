// Throughput of the text layer on one core: UTF-8 decoding, tokenizing,
// sentence splitting and JSON writing, in bytes of input per second; and the
// cost of the quantity annotator: on the text layer's path (ExtractPath/with_
// against ExtractPath/without_quantities), on the whole default pipeline
// (FullPipeline/with_ against FullPipeline/without_quantities), and alone
// (BM_Quantities).
//
// Corpus: the PolNeAR news articles in ../shared/data/polnear (train and dev)
// when present, else the bundled examples/ repeated. Run:
//   taskset -c 0 build/release/bench/text_benchmark
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "hearsay/document.h"
#include "hearsay/output.h"
#include "hearsay/pipeline.h"
#include "quantity/quantity_annotator.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

using hearsay::bench::Corpus;

size_t CorpusBytes() {
  size_t n = 0;
  for (const auto& t : Corpus()) n += t.size();
  return n;
}

std::vector<hearsay::Document> DecodedCorpus() {
  std::vector<hearsay::Document> docs;
  for (const auto& t : Corpus()) docs.push_back(std::move(hearsay::DecodeText(t, {})).value());
  return docs;
}

void BM_Decode(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& t : Corpus()) {
      auto doc = hearsay::DecodeText(t, {});
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  auto docs = DecodedCorpus();
  hearsay::Tokenizer tokenizer;
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (auto& d : docs) {
      tokenizer.Annotate(d);
      tokens += d.tokens().size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  auto docs = DecodedCorpus();
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  for (auto _ : state) {
    for (auto& d : docs) {
      tokenizer.Annotate(d);
      splitter.Annotate(d);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

void BM_WriteJson(benchmark::State& state) {
  auto docs = DecodedCorpus();
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  for (auto& d : docs) {
    tokenizer.Annotate(d);
    splitter.Annotate(d);
  }
  std::string out;
  for (auto _ : state) {
    for (auto& d : docs) {
      out.clear();
      hearsay::AppendJson(d, {}, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
}
BENCHMARK(BM_WriteJson)->Unit(benchmark::kMillisecond);

// extract's path for one document: tokenize, split, (find quantities), write
// JSON. The quantity annotator needs a published date to resolve relative dates.
void ExtractPath(benchmark::State& state, bool quantities) {
  std::vector<hearsay::Document> docs;
  hearsay::DocumentInfo info;
  info.published = "2016-10-01";
  for (const auto& t : Corpus()) docs.push_back(std::move(hearsay::DecodeText(t, info)).value());
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  hearsay::QuantityAnnotator annotator;
  std::string out;
  for (auto _ : state) {
    for (auto& d : docs) {
      tokenizer.Annotate(d);
      splitter.Annotate(d);
      if (quantities) annotator.Annotate(d);
      out.clear();
      hearsay::AppendJson(d, {}, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
}
BENCHMARK_CAPTURE(ExtractPath, without_quantities, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ExtractPath, with_quantities, true)->Unit(benchmark::kMillisecond);

// The whole default pipeline (Pipeline::Create: tokenizer, splitter, and the
// annotators the other areas add) plus JSON, with and without the quantity
// annotator, which the pipeline runs last.
void FullPipeline(benchmark::State& state, bool quantities) {
  std::vector<hearsay::Document> docs;
  hearsay::DocumentInfo info;
  info.published = "2016-10-01";
  for (const auto& t : Corpus()) docs.push_back(std::move(hearsay::DecodeText(t, info)).value());
  auto pipeline = hearsay::Pipeline::Create();
  if (!pipeline.ok()) {
    state.SkipWithError("no pipeline");
    return;
  }
  std::string out;
  for (auto _ : state) {
    for (auto& d : docs) {
      for (const auto& a : pipeline->annotators()) {
        if (quantities || a->name() != "quantities") a->Annotate(d);
      }
      out.clear();
      hearsay::AppendJson(d, {}, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
}
BENCHMARK_CAPTURE(FullPipeline, without_quantities, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FullPipeline, with_quantities, true)->Unit(benchmark::kMillisecond);

void BM_Quantities(benchmark::State& state) {
  std::vector<hearsay::Document> docs;
  hearsay::DocumentInfo info;
  info.published = "2016-10-01";
  for (const auto& t : Corpus()) docs.push_back(std::move(hearsay::DecodeText(t, info)).value());
  hearsay::Tokenizer tokenizer;
  hearsay::SentenceSplitter splitter;
  for (auto& d : docs) {
    tokenizer.Annotate(d);
    splitter.Annotate(d);
  }
  hearsay::QuantityAnnotator annotator;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (auto& d : docs) {
      annotator.Annotate(d);
      found += d.quantities().size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["quantities"] = static_cast<double>(found);
}
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
