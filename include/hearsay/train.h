// Training hearsay's taggers: the library half of `hearsay train`.
//
// Trains a part-of-speech (UPOS, from CoNLL-U) or named-entity (PER, ORG,
// LOC, MISC, from CoNLL-2003 IOB2) tagger with an averaged perceptron and
// greedy decoding, prints each epoch's dev score to `log`, and writes a model
// file. Training is deterministic: the same data, options and seed give the
// same bytes, so a committed model can be reproduced.
//
//   hearsay::TrainOptions o;
//   o.task = "pos";
//   o.train_file = "en_ewt-ud-train.conllu";
//   o.dev_file = "en_ewt-ud-dev.conllu";
//   o.out_file = "models/pos.model";
//   hearsay::Status s = hearsay::TrainTagger(o, std::cerr);
//
// Not for concurrent use on one output file.
#ifndef HEARSAY_TRAIN_H_
#define HEARSAY_TRAIN_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

#include "hearsay/status.h"

namespace hearsay {

struct TrainOptions {
  std::string task;        // "pos", "ner" or "attribution"
  std::string train_file;  // CoNLL-U (pos) or CoNLL-2003 (ner)
  std::string dev_file;    // same format; scored after every epoch
  std::string out_file;
  int epochs = 0;            // 0: the task's default (pos 8, ner 12)
  uint64_t seed = 1;         // shuffles the training sentences each epoch
  int runs = 0;              // train this many times (seeds seed, seed+1 ...), average the weights; 0: default
  size_t max_features = 0;   // keep at most this many features; 0: the task's default
  float min_weight = -1;     // drop averaged weights below this; < 0: the task's default
  std::string gazetteer;     // ner: gazetteer TSV; empty: found on the model search path
  std::string clusters;      // word clusters TSV; empty: found on the model search path; "none": without
  std::string lexicon;       // word lexicon TSV; empty: found on the model search path; "none": without
  std::string pos_model;     // ner: POS model for POS features; empty: pos.model on the search path; "none"
  bool document_pass = true; // ner: a second pass with what the first said elsewhere in the document
  std::string model_dir;     // first place to look for the gazetteer, clusters and POS model
  std::string command_line;  // recorded in the model's meta section
};

// Trains and writes a model; returns the first error (unreadable data, no
// gazetteer, unwritable output).
Status TrainTagger(const TrainOptions& options, std::ostream& log);

// Trains the attribution model (src/attribution/attribution_model.h) on a
// PolNeAR split: `train_file` and `dev_file` are split directories holding
// text/ and attributions/; the taggers are found on the model search path.
Status TrainAttribution(const TrainOptions& options, std::ostream& log);

}  // namespace hearsay

#endif  // HEARSAY_TRAIN_H_
