// AveragedPerceptron: the learning half of the perceptron (training only).
//
// The classic averaged perceptron (Collins 2002; Freund & Schapire 1999):
// on a mistake, the gold class's weights of every active feature go up by
// one and the guessed class's go down by one; the model kept is the average
// of the weights over every instance seen, which generalises far better than
// the last weights. Averages are kept lazily: each weight remembers when it
// last changed, so an update costs O(features), not O(model).
//
//   AveragedPerceptron ap(num_classes);
//   for (each instance) { ap.Scores(f, n, s); if (guess != gold) ap.Update(f, n, gold, guess); ap.Tick(); }
//   Perceptron model = ap.Average({.min_weight = 0.5});
//
// Not thread-safe.
#ifndef HEARSAY_TAGGER_AVERAGED_PERCEPTRON_H_
#define HEARSAY_TAGGER_AVERAGED_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tagger/perceptron.h"

namespace hearsay::internal {

struct PruneOptions {
  // Per weight: averaged weights with |w| below this are dropped.
  float min_weight = 0;
  // Keep at most this many features (those with the largest total |w|); 0 = all.
  size_t max_features = 0;
};

// Prunes (feature hash, weights) rows by `prune` and quantizes them into a
// model. Deterministic: ties in the feature ranking go by hash.
Perceptron PruneRows(int num_classes, std::vector<std::pair<uint64_t, std::vector<float>>> rows,
                     const PruneOptions& prune);

// Adds `rows` to `sum`, both sorted by feature hash (rows of the same hash add weight by weight):
// how several training runs are averaged.
void AddSortedRows(std::vector<std::pair<uint64_t, std::vector<float>>> rows,
                   std::vector<std::pair<uint64_t, std::vector<float>>>* sum);

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return index_.size(); }

  // Adds the current (not averaged) weights of `features` to scores[0..classes).
  void Scores(const uint64_t* features, size_t n, float* scores) const;
  // One mistake: +1 to `gold`, -1 to `guess` for every feature.
  void Update(const uint64_t* features, size_t n, int gold, int guess);
  // Counts one instance (call once per tagged token, after any Update).
  void Tick() { ++now_; }

  // The averaged weights, pruned, as a model for tagging.
  Perceptron Average(const PruneOptions& prune) const;
  // The averaged weights of every feature with one non-zero, in hash order.
  std::vector<std::pair<uint64_t, std::vector<float>>> AverageRows() const;

 private:
  void Add(uint64_t feature, int cls, float delta);

  int num_classes_;
  int64_t now_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;  // feature -> row
  std::vector<float> weights_;   // rows x classes
  std::vector<double> totals_;   // sum of weights over time, up to stamps_
  std::vector<int64_t> stamps_;  // when each weight last changed
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_AVERAGED_PERCEPTRON_H_
