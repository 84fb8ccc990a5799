// HTML -> article body throughput on one thread: charset decoding, parsing,
// metadata and body extraction, as `hearsay extract --input html` does before
// the pipeline runs. Prints MB/s of HTML.
//
//   taskset -c 0 build/release/bench/html_throughput ../shared/data/article-extraction/html [rounds]
//
// Reads every file in the folder (gzip is inflated first, outside the timing).
// The figure uses the thread's CPU time, so that other processes on a busy
// machine do not distort it; wall-clock MB/s is printed beside it.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "hearsay/ingest.h"
#include "input/input_stream.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: html_throughput DIR [rounds]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::string> pages;
  size_t total = 0;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
    if (e.is_regular_file()) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    auto in = hearsay::internal::InputStream::Open(p.string());
    if (!in.ok()) continue;
    auto bytes = (*in)->ReadAll(size_t{1} << 30);
    if (!bytes.ok()) continue;
    total += bytes->size();
    pages.push_back(std::move(*bytes));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "html_throughput: no pages in %s\n", argv[1]);
    return 2;
  }
  auto cpu_seconds = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  double best_cpu = 0, best_wall = 0;
  size_t chars = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    chars = 0;
    for (const std::string& page : pages) {
      auto doc = hearsay::DocumentFromHtml(page, hearsay::DocumentInfo{});
      if (doc.ok()) chars += doc->text().size();
    }
    double cpu = cpu_seconds() - cpu_start;
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best_cpu = std::max(best_cpu, static_cast<double>(total) / 1e6 / cpu);
    best_wall = std::max(best_wall, static_cast<double>(total) / 1e6 / wall);
  }
  std::printf("html_throughput: %zu pages, %.1f MB of HTML -> %.1f MB of text; best of %d rounds: "
              "%.1f MB/s of CPU time on one thread (%.1f MB/s wall clock)\n",
              pages.size(), static_cast<double>(total) / 1e6, static_cast<double>(chars) / 1e6, rounds, best_cpu,
              best_wall);
  return 0;
}
