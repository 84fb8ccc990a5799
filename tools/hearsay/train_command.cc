// `hearsay train pos|ner`: train a tagger and write its model file.
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "hearsay/train.h"

namespace hearsay::cli {

void AddTrainCommand(CLI::App& app, int* exit_code, int argc, char** argv) {
  auto opt = std::make_shared<TrainOptions>();
  std::string command = "hearsay";
  for (int i = 1; i < argc; ++i) command += std::string(" ") + argv[i];
  opt->command_line = command;
  CLI::App* cmd = app.add_subcommand("train", "Train the part-of-speech or named-entity tagger, or the attribution model");
  cmd->add_option("task", opt->task, "pos (UD CoNLL-U, UPOS), ner (CoNLL-2003, IOB2) or attribution (PolNeAR split directories)")
      ->required()
      ->check(CLI::IsMember({"pos", "ner", "attribution"}));
  cmd->add_option("--train", opt->train_file, "Training data")->required();
  cmd->add_option("--dev", opt->dev_file, "Development data, scored after every epoch")->required();
  cmd->add_option("--out", opt->out_file, "Model file to write")->required();
  cmd->add_option("--epochs", opt->epochs, "Passes over the training data (default: pos 8, ner 12)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--seed", opt->seed, "Seed of the per-epoch shuffle (default 1)");
  cmd->add_option("--runs", opt->runs,
                  "Train this many times, seeds SEED, SEED+1 ..., and average the weights (default 4)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--max-features", opt->max_features, "Keep at most this many features (default: pos 150000, ner 87000)");
  cmd->add_option("--min-weight", opt->min_weight, "Drop averaged weights below this (default: pos 0.5, ner 0.25)");
  cmd->add_option("--gazetteer", opt->gazetteer, "ner: gazetteer TSV (default: gazetteer.tsv on the model path)");
  cmd->add_option("--clusters", opt->clusters,
                  "Word clusters TSV (default: word_clusters.tsv on the model path; 'none' for no cluster features)");
  cmd->add_option("--lexicon", opt->lexicon,
                  "Word lexicon TSV (default: word_lexicon.tsv on the model path; 'none' for no lexicon features)");
  cmd->add_option("--pos-model", opt->pos_model,
                  "ner: POS model giving the POS features (default: pos.model on the model path; 'none' for none)");
  cmd->add_flag("!--no-document-pass", opt->document_pass,
               "ner: without the second, document-level pass (what the first pass said elsewhere in the document)");
  cmd->add_option("--model-dir", opt->model_dir, "Look here first for the gazetteer and word clusters");
  cmd->callback([opt, exit_code]() {
    Status status = opt->task == "attribution" ? TrainAttribution(*opt, std::cerr) : TrainTagger(*opt, std::cerr);
    if (!status.ok()) {
      std::cerr << "hearsay: " << status.message() << "\n";
      *exit_code = 2;
    }
  });
}

}  // namespace hearsay::cli
