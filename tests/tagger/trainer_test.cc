// Tests for the Trainer, AveragedPerceptron and SequenceModel: a tiny
// synthetic tagging task is learned perfectly, training is deterministic, and
// a saved model loads back only when it is whole and consistent.
#include "tagger/trainer.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tagger/corpus_reader.h"
#include "tagger/model_file.h"
#include "tagger/sequence_model.h"

namespace hearsay::internal {
namespace {

// A toy language: DET ADJ? NOUN VERB DET NOUN . where "fly" and "watch" are
// nouns after a determiner or adjective and verbs after a noun, so context
// (the previous tag) decides.
std::vector<LabeledSentence> ToyCorpus(size_t n, uint64_t seed) {
  const std::vector<std::string> det = {"the", "a", "every"}, adj = {"big", "red", "old", "quick"},
                                 noun = {"dog", "cat", "fox", "bird", "fly", "watch"},
                                 verb = {"sees", "likes", "chases", "fly", "watch"};
  uint64_t state = seed;
  auto next = [&](size_t m) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % m);
  };
  std::vector<LabeledSentence> out;
  for (size_t i = 0; i < n; ++i) {
    LabeledSentence s;
    auto add = [&](const std::string& w, const std::string& t) {
      s.words.push_back(w);
      s.tags.push_back(t);
    };
    add(det[next(det.size())], "DET");
    if (next(2) == 0) add(adj[next(adj.size())], "ADJ");
    add(noun[next(noun.size())], "NOUN");
    add(verb[next(verb.size())], "VERB");
    add(det[next(det.size())], "DET");
    add(noun[next(noun.size())], "NOUN");
    add(".", "PUNCT");
    out.push_back(std::move(s));
  }
  return out;
}

const std::vector<std::string> kLabels = {"ADJ", "DET", "NOUN", "PUNCT", "VERB"};

SequenceModel TrainToy(uint64_t seed, int epochs = 5) {
  TrainingSet train = MakeTrainingSet(ToyCorpus(300, 7), kLabels, nullptr);
  std::ostringstream log;
  return Trainer(FeatureSet::kPos, kLabels, nullptr).Train(train, {}, epochs, seed, {}, log);
}

TEST(TrainerTest, LearnsATinySyntheticTaskPerfectly) {
  SequenceModel model = TrainToy(1);
  TrainingSet test = MakeTrainingSet(ToyCorpus(100, 99), kLabels, nullptr);
  std::string detail;
  EXPECT_DOUBLE_EQ(Trainer(FeatureSet::kPos, kLabels, nullptr).Score(model, test, &detail), 1.0) << detail;
}

TEST(TrainerTest, PrintsDevScoreEveryEpoch) {
  TrainingSet train = MakeTrainingSet(ToyCorpus(50, 7), kLabels, nullptr);
  TrainingSet dev = MakeTrainingSet(ToyCorpus(20, 8), kLabels, nullptr);
  std::ostringstream log;
  Trainer(FeatureSet::kPos, kLabels, nullptr).Train(train, dev, 3, 1, {}, log);
  const std::string text = log.str();
  EXPECT_NE(text.find("epoch 1/3"), std::string::npos) << text;
  EXPECT_NE(text.find("epoch 3/3"), std::string::npos) << text;
  EXPECT_NE(text.find("dev accuracy"), std::string::npos) << text;
}

TEST(TrainerTest, SameSeedGivesTheSameModelBytes) {
  const std::string a = TrainToy(3).ToFile("pos-tagger", "m", {}).Serialize();
  const std::string b = TrainToy(3).ToFile("pos-tagger", "m", {}).Serialize();
  EXPECT_EQ(a, b);
}

TEST(TrainerTest, PruningKeepsAtMostMaxFeatures) {
  TrainingSet train = MakeTrainingSet(ToyCorpus(300, 7), kLabels, nullptr);
  std::ostringstream log;
  PruneOptions prune;
  prune.max_features = 40;
  SequenceModel model = Trainer(FeatureSet::kPos, kLabels, nullptr).Train(train, {}, 3, 1, prune, log);
  EXPECT_LE(model.perceptron().num_features(), 40u);
  EXPECT_GT(model.perceptron().num_features(), 0u);
}

TEST(SequenceModelTest, SavedModelLoadsAndTagsTheSame) {
  SequenceModel model = TrainToy(1);
  std::vector<OwnedSentence> selftest = MakeTrainingSet(ToyCorpus(3, 5), kLabels, nullptr).sentences;
  ModelFile file = model.ToFile("pos-tagger", "task=toy\n", selftest);
  Result<ModelFile> parsed = ModelFile::Parse(file.Serialize(), "toy.model");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  Result<SequenceModel> loaded = SequenceModel::FromFile(*parsed, "toy.model", "pos-tagger", nullptr);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->labels(), kLabels);
  EXPECT_EQ(loaded->meta(), "task=toy\n");
  TaggerScratch scratch;
  std::vector<uint8_t> a, b;
  for (const OwnedSentence& s : MakeTrainingSet(ToyCorpus(20, 11), kLabels, nullptr).sentences) {
    model.Tag(s.View(), &scratch, &a);
    loaded->Tag(s.View(), &scratch, &b);
    EXPECT_EQ(a, b);
  }
}

TEST(SequenceModelTest, WrongKindIsRefused) {
  ModelFile file = TrainToy(1).ToFile("pos-tagger", "", {});
  Result<SequenceModel> loaded = SequenceModel::FromFile(file, "toy.model", "ner-tagger", nullptr);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("'pos-tagger' model, not 'ner-tagger'"), std::string::npos)
      << loaded.status().message();
}

TEST(SequenceModelTest, SelfTestCatchesWeightsThatTagDifferently) {
  std::vector<OwnedSentence> selftest = MakeTrainingSet(ToyCorpus(10, 5), kLabels, nullptr).sentences;
  ModelFile good = TrainToy(1).ToFile("pos-tagger", "", selftest);
  // Weights from a model that has barely learned, under the good self-test.
  std::vector<std::string> barely_labels = {"ADJ", "DET", "NOUN", "PUNCT", "VERB"};
  TrainingSet one = MakeTrainingSet(ToyCorpus(2, 1), barely_labels, nullptr);
  std::ostringstream log;
  ModelFile barely =
      Trainer(FeatureSet::kPos, barely_labels, nullptr).Train(one, {}, 1, 1, {}, log).ToFile("pos-tagger", "", {});
  ModelFile mixed("pos-tagger");
  for (const char* name : {"meta", "labels", "clusters", "selftest"}) {
    mixed.AddSection(name, std::string(*good.Section(name)));
  }
  mixed.AddSection("weights", std::string(*barely.Section("weights")));
  Result<SequenceModel> loaded = SequenceModel::FromFile(mixed, "mixed.model", "pos-tagger", nullptr);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("self-test"), std::string::npos) << loaded.status().message();
}

TEST(SequenceModelTest, ClustersMustMatchTraining) {
  ModelFile file = TrainToy(1).ToFile("pos-tagger", "", {});
  Result<WordClusters> clusters = WordClusters::Parse("dog\t1\t1\t1\ncat\t1\t1\t1\n", "c.tsv");
  ASSERT_TRUE(clusters.ok());
  Result<SequenceModel> loaded = SequenceModel::FromFile(file, "toy.model", "pos-tagger", &*clusters);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("without word clusters"), std::string::npos);
}

TEST(SequenceModelTest, LexiconMustMatchTraining) {
  Result<WordLexicon> lexicon = WordLexicon::Parse("dog\t9\ncat\t9\nsees\t17\n", "lex.tsv");
  Result<WordLexicon> other = WordLexicon::Parse("dog\t9\ncat\t9\n", "other.tsv");
  ASSERT_TRUE(lexicon.ok() && other.ok());
  TrainingSet train = MakeTrainingSet(ToyCorpus(300, 7), kLabels, nullptr);
  std::ostringstream log;
  ModelFile file =
      Trainer(FeatureSet::kPos, kLabels, nullptr, &*lexicon).Train(train, {}, 3, 1, {}, log).ToFile("pos-tagger", "", {});
  EXPECT_TRUE(SequenceModel::FromFile(file, "toy.model", "pos-tagger", nullptr, &*lexicon).ok());
  Result<SequenceModel> without = SequenceModel::FromFile(file, "toy.model", "pos-tagger", nullptr, nullptr);
  ASSERT_FALSE(without.ok());
  EXPECT_NE(without.status().message().find("word_lexicon.tsv"), std::string::npos) << without.status().message();
  Result<SequenceModel> wrong = SequenceModel::FromFile(file, "toy.model", "pos-tagger", nullptr, &*other);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("another word lexicon"), std::string::npos) << wrong.status().message();
  // A model trained without a lexicon loads whether or not one is given.
  ModelFile plain = TrainToy(1).ToFile("pos-tagger", "", {});
  EXPECT_TRUE(SequenceModel::FromFile(plain, "toy.model", "pos-tagger", nullptr, &*lexicon).ok());
}

TEST(TrainerTest, AveragedRunsAreDeterministicAndStillLearnTheTask) {
  TrainingSet train = MakeTrainingSet(ToyCorpus(300, 7), kLabels, nullptr);
  TrainingSet test = MakeTrainingSet(ToyCorpus(100, 99), kLabels, nullptr);
  std::ostringstream log;
  const Trainer trainer(FeatureSet::kPos, kLabels, nullptr);
  SequenceModel a = trainer.Train(train, {}, 3, 1, {}, log, 3);
  SequenceModel b = trainer.Train(train, {}, 3, 1, {}, log, 3);
  SequenceModel one = trainer.Train(train, {}, 3, 1, {}, log, 1);
  EXPECT_EQ(a.ToFile("pos-tagger", "", {}).Serialize(), b.ToFile("pos-tagger", "", {}).Serialize());
  EXPECT_NE(a.ToFile("pos-tagger", "", {}).Serialize(), one.ToFile("pos-tagger", "", {}).Serialize());
  EXPECT_NE(log.str().find("run 3/3 (seed 3)"), std::string::npos) << log.str();
  std::string detail;
  EXPECT_DOUBLE_EQ(trainer.Score(a, test, &detail), 1.0) << detail;
}

TEST(LabelTransitionsTest, BilouLabelsKeepEntitiesWellFormed) {
  const std::vector<std::string> labels = {"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "L-LOC"};
  LabelTransitions t(labels);
  EXPECT_TRUE(t.Allowed(-1, 0));
  EXPECT_TRUE(t.Allowed(-1, 1));
  EXPECT_FALSE(t.Allowed(-1, 2));  // I-PER cannot start a sentence
  EXPECT_FALSE(t.Allowed(0, 3));   // L-PER after O
  EXPECT_TRUE(t.Allowed(1, 2));    // B-PER I-PER
  EXPECT_TRUE(t.Allowed(1, 3));    // B-PER L-PER
  EXPECT_FALSE(t.Allowed(1, 6));   // B-PER L-LOC
  EXPECT_FALSE(t.Allowed(1, 0));   // B-PER O
  EXPECT_TRUE(t.Allowed(3, 4));    // L-PER U-PER
  EXPECT_FALSE(t.CanEnd(1));
  EXPECT_TRUE(t.CanEnd(3));
}

// The decoder's argmax runs over After(): the allowed labels in order.
TEST(LabelTransitionsTest, AfterListsTheAllowedLabelsInOrder) {
  const std::vector<std::string> labels = {"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "L-LOC"};
  LabelTransitions t(labels);
  auto list = [&](int prev, bool last) {
    const LabelTransitions::Choices c = t.After(prev, last);
    return std::vector<int>(c.labels, c.labels + c.count);
  };
  EXPECT_EQ(list(-1, false), (std::vector<int>{0, 1, 4, 5}));
  EXPECT_EQ(list(-1, true), (std::vector<int>{0, 4}));  // a one-word sentence
  EXPECT_EQ(list(1, false), (std::vector<int>{2, 3}));   // B-PER: I-PER or L-PER
  EXPECT_EQ(list(1, true), (std::vector<int>{3}));
  EXPECT_EQ(list(5, false), (std::vector<int>{6}));      // B-LOC: only L-LOC here
  for (int prev = -1; prev < static_cast<int>(labels.size()); ++prev) {
    for (bool last : {false, true}) {
      std::vector<int> expected;
      for (int c = 0; c < static_cast<int>(labels.size()); ++c)
        if (t.Allowed(prev, c) && (!last || t.CanEnd(c))) expected.push_back(c);
      EXPECT_EQ(list(prev, last), expected) << "after " << prev;
    }
  }
}

TEST(LabelTransitionsTest, PlainTagSetsAllowEverything) {
  LabelTransitions t(kLabels);
  for (int p = -1; p < static_cast<int>(kLabels.size()); ++p)
    for (int c = 0; c < static_cast<int>(kLabels.size()); ++c) EXPECT_TRUE(t.Allowed(p, c));
}

TEST(CorpusReaderTest, IobToBilouAndBack) {
  const std::vector<std::string> iob = {"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG"};
  const std::vector<std::string> bilou = IobToBilou(iob);
  EXPECT_EQ(bilou, (std::vector<std::string>{"B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC", "L-LOC", "O",
                                             "U-ORG"}));
  EXPECT_EQ(SpansOf(iob), SpansOf(bilou));
  ASSERT_EQ(SpansOf(iob).size(), 4u);
  EXPECT_EQ(SpansOf(iob)[2], (TagSpan{4, 7, "LOC"}));
}

}  // namespace
}  // namespace hearsay::internal
