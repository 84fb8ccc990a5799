#include "tagger/averaged_perceptron.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace hearsay::internal {

void AveragedPerceptron::Scores(const uint64_t* features, size_t n, float* scores) const {
  for (size_t f = 0; f < n; ++f) {
    auto it = index_.find(features[f]);
    if (it == index_.end()) continue;
    const float* row = &weights_[static_cast<size_t>(it->second) * num_classes_];
    for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
  }
}

void AveragedPerceptron::Add(uint64_t feature, int cls, float delta) {
  auto [it, inserted] = index_.try_emplace(feature, static_cast<uint32_t>(index_.size()));
  if (inserted) {
    weights_.resize(weights_.size() + num_classes_, 0.0f);
    totals_.resize(totals_.size() + num_classes_, 0.0);
    stamps_.resize(stamps_.size() + num_classes_, 0);
  }
  const size_t i = static_cast<size_t>(it->second) * num_classes_ + cls;
  totals_[i] += static_cast<double>(now_ - stamps_[i]) * weights_[i];
  stamps_[i] = now_;
  weights_[i] += delta;
}

void AveragedPerceptron::Update(const uint64_t* features, size_t n, int gold, int guess) {
  if (gold == guess) return;
  for (size_t f = 0; f < n; ++f) {
    Add(features[f], gold, 1.0f);
    Add(features[f], guess, -1.0f);
  }
}

std::vector<std::pair<uint64_t, std::vector<float>>> AveragedPerceptron::AverageRows() const {
  std::vector<std::pair<uint64_t, std::vector<float>>> rows;
  rows.reserve(index_.size());
  for (const auto& [feature, row] : index_) {
    std::vector<float> avg(num_classes_);
    bool any = false;
    for (int c = 0; c < num_classes_; ++c) {
      const size_t i = static_cast<size_t>(row) * num_classes_ + c;
      const double total = totals_[i] + static_cast<double>(now_ - stamps_[i]) * weights_[i];
      avg[c] = static_cast<float>(total / static_cast<double>(now_));
      any = any || avg[c] != 0;
    }
    if (any) rows.emplace_back(feature, std::move(avg));
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return rows;
}

Perceptron AveragedPerceptron::Average(const PruneOptions& prune) const {
  return PruneRows(num_classes_, AverageRows(), prune);
}

Perceptron PruneRows(int num_classes, std::vector<std::pair<uint64_t, std::vector<float>>> all,
                     const PruneOptions& prune) {
  std::vector<std::pair<uint64_t, std::vector<float>>> rows;
  rows.reserve(all.size());
  std::vector<double> mass;
  for (auto& [feature, avg] : all) {
    double total_abs = 0;
    for (float& a : avg) {
      if (std::fabs(a) < prune.min_weight) a = 0;
      total_abs += std::fabs(a);
    }
    if (total_abs == 0) continue;
    rows.emplace_back(feature, std::move(avg));
    mass.push_back(total_abs);
  }
  if (prune.max_features > 0 && rows.size() > prune.max_features) {
    std::vector<size_t> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Ties broken by hash so the result never depends on hash-map order.
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return mass[a] != mass[b] ? mass[a] > mass[b] : rows[a].first < rows[b].first;
    });
    order.resize(prune.max_features);
    std::vector<std::pair<uint64_t, std::vector<float>>> kept;
    kept.reserve(order.size());
    for (size_t i : order) kept.push_back(std::move(rows[i]));
    rows = std::move(kept);
  }
  return Perceptron::FromRows(num_classes, rows);
}

void AddSortedRows(std::vector<std::pair<uint64_t, std::vector<float>>> rows,
                   std::vector<std::pair<uint64_t, std::vector<float>>>* sum) {
  std::vector<std::pair<uint64_t, std::vector<float>>> merged;
  merged.reserve(sum->size() + rows.size());
  size_t a = 0, b = 0;
  while (a < sum->size() || b < rows.size()) {
    if (b == rows.size() || (a < sum->size() && (*sum)[a].first < rows[b].first)) {
      merged.push_back(std::move((*sum)[a++]));
    } else if (a == sum->size() || rows[b].first < (*sum)[a].first) {
      merged.push_back(std::move(rows[b++]));
    } else {
      for (size_t c = 0; c < (*sum)[a].second.size(); ++c) (*sum)[a].second[c] += rows[b].second[c];
      merged.push_back(std::move((*sum)[a++]));
      ++b;
    }
  }
  *sum = std::move(merged);
}

}  // namespace hearsay::internal
