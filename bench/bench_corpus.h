// The text the benchmarks read: the PolNeAR news articles in
// ../shared/data/polnear (train and dev) when present, else the bundled
// examples/ repeated to a few megabytes.
#ifndef HEARSAY_BENCH_BENCH_CORPUS_H_
#define HEARSAY_BENCH_BENCH_CORPUS_H_

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace hearsay::bench {

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

inline const std::vector<std::string>& Corpus() {
  namespace fs = std::filesystem;
  static const std::vector<std::string> corpus = [] {
    std::vector<std::string> texts;
    fs::path root = fs::path(HEARSAY_SOURCE_DIR) / ".." / "shared" / "data" / "polnear";
    for (const char* split : {"train", "dev"}) {
      fs::path dir = root / split / "text";
      if (!fs::is_directory(dir)) continue;
      for (const auto& e : fs::directory_iterator(dir)) texts.push_back(Slurp(e.path()));
    }
    if (texts.empty()) {
      std::vector<std::string> examples;
      for (const auto& e : fs::directory_iterator(fs::path(HEARSAY_SOURCE_DIR) / "examples")) {
        if (e.path().extension() == ".txt") examples.push_back(Slurp(e.path()));
      }
      for (int i = 0; i < 500; ++i) texts.insert(texts.end(), examples.begin(), examples.end());
    }
    return texts;
  }();
  return corpus;
}

}  // namespace hearsay::bench

#endif  // HEARSAY_BENCH_BENCH_CORPUS_H_
