// Tests of the tagger's decoding shortcuts: the word score cache and the
// tag-pair table give exactly the labels of scoring every feature; plain
// words outside a name are tagged O unscored; the document pass sees what
// the first pass said of a word elsewhere, never its own label.
#include "tagger/sequence_model.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tagger/corpus_reader.h"
#include "tagger/document_pass.h"
#include "tagger/prediction_history.h"
#include "tagger/trainer.h"

namespace hearsay::internal {
namespace {

// A toy NER corpus: "Name Name said , the X of Y met Z ." with people,
// organisations and places drawn from small lists.
std::vector<LabeledSentence> ToyNer(size_t n, uint64_t seed) {
  const std::vector<std::string> given = {"Anna", "Boris", "Carla", "Dmitri"}, family = {"Lee", "Moreno", "Okafor"},
                                 org = {"Acme", "Globex", "Initech"}, place = {"Paris", "Lagos", "Kyiv", "Lima"};
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
    add(given[next(given.size())], "B-PER");
    add(family[next(family.size())], "I-PER");
    add("said", "O");
    add(",", "O");
    add("the", "O");
    add(org[next(org.size())], "B-ORG");
    add("of", "I-ORG");
    add(place[next(place.size())], "I-ORG");
    add("met", "O");
    add(place[next(place.size())], "B-LOC");
    add(".", "O");
    s.tags = IobToBilou(s.tags);
    s.document = i / 4;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> NerLabels() {
  std::vector<std::string> labels = {"O"};
  for (const char* t : {"LOC", "ORG", "PER"})
    for (const char* k : {"B-", "I-", "L-", "U-"}) labels.push_back(std::string(k) + t);
  std::sort(labels.begin() + 1, labels.end());
  return labels;
}

SequenceModel TrainToyNer(int epochs = 3) {
  const std::vector<std::string> labels = NerLabels();
  TrainingSet train = MakeTrainingSet(ToyNer(200, 7), labels, nullptr);
  std::ostringstream log;
  Trainer trainer(FeatureSet::kNer, labels, nullptr);
  trainer.set_document_pass(true);
  return trainer.Train(train, {}, epochs, 1, {}, log);
}

TEST(SequenceModelTest, CachedTaggingGivesTheLabelsOfScoringEveryFeature) {
  // Few epochs: an imperfect model, whose scores are close enough for any
  // difference in them to show in the labels.
  const SequenceModel model = TrainToyNer(1);
  const std::vector<std::string> labels = NerLabels();
  TaggerScratch cached, uncached;
  std::vector<uint8_t> a, b;
  size_t words = 0;
  for (int round = 0; round < 2; ++round) {  // the second round hits the cache
    for (const OwnedSentence& s : MakeTrainingSet(ToyNer(40, 99), labels, nullptr).sentences) {
      model.Tag(s.View(), &cached, &a);
      model.TagUncached(s.View(), &uncached, &b);
      ASSERT_EQ(a, b);
      words += a.size();
    }
  }
  EXPECT_GT(words, 0u);
}

TEST(SequenceModelTest, ModelsShareAScratchWithoutMixingTheirCaches) {
  const SequenceModel one = TrainToyNer(1), two = TrainToyNer(2), three = TrainToyNer(3);
  const std::vector<std::string> labels = NerLabels();
  TaggerScratch shared, apart_one, apart_two, apart_three;
  std::vector<uint8_t> a, b;
  for (const OwnedSentence& s : MakeTrainingSet(ToyNer(30, 5), labels, nullptr).sentences) {
    one.Tag(s.View(), &shared, &a);
    one.Tag(s.View(), &apart_one, &b);
    EXPECT_EQ(a, b);
    two.Tag(s.View(), &shared, &a);
    two.Tag(s.View(), &apart_two, &b);
    EXPECT_EQ(a, b);
    three.Tag(s.View(), &shared, &a);  // a third model evicts the older cache
    three.Tag(s.View(), &apart_three, &b);
    EXPECT_EQ(a, b);
  }
}

TEST(SequenceModelTest, TwoModelsTakingTurnsKeepTheirCaches) {
  const SequenceModel one = TrainToyNer(1), two = TrainToyNer(2);
  const std::vector<std::string> labels = NerLabels();
  TaggerScratch scratch;
  std::vector<uint8_t> tags;
  OwnedSentence s = MakeTrainingSet(ToyNer(1, 5), labels, nullptr).sentences[0];
  one.Tag(s.View(), &scratch, &tags);
  two.Tag(s.View(), &scratch, &tags);
  const uint64_t first = scratch.caches[0].model_id, second = scratch.caches[1].model_id;
  EXPECT_NE(first, second);
  for (int round = 0; round < 3; ++round) {
    one.Tag(s.View(), &scratch, &tags);
    two.Tag(s.View(), &scratch, &tags);
  }
  EXPECT_EQ(scratch.caches[0].model_id, first);
  EXPECT_EQ(scratch.caches[1].model_id, second);
}

TEST(SequenceModelTest, LearnsTheToyNamesAndTagsPunctuationOutsideThemO) {
  const SequenceModel model = TrainToyNer();
  const std::vector<std::string> labels = NerLabels();
  TrainingSet test = MakeTrainingSet(ToyNer(40, 123), labels, nullptr);
  std::string detail;
  Trainer trainer(FeatureSet::kNer, labels, nullptr);
  trainer.set_document_pass(true);
  EXPECT_DOUBLE_EQ(trainer.Score(model, test, &detail), 1.0) << detail;
  // Punctuation is plain (without a lexicon, only punctuation is): O
  // unscored outside a name, whatever the weights say.
  TaggerScratch scratch;
  std::vector<uint8_t> tags;
  OwnedSentence s;
  s.words = {",", "(", ".", "--"};
  model.Tag(s.View(), &scratch, &tags);
  ASSERT_EQ(tags.size(), 4u);
  for (uint8_t t : tags) EXPECT_EQ(labels[t], "O");
}

TEST(PlainWordRuleTest, TagsPlainWordsOOnlyOutsideAName) {
  const std::vector<std::string> labels = NerLabels();
  const PlainWordRule rule(labels, FeatureSet::kNer);
  ASSERT_TRUE(rule.on());
  const std::vector<uint8_t> flags = {0, kPlainWordFlag};
  auto index = [&](const std::string& l) {
    return static_cast<int>(std::find(labels.begin(), labels.end(), l) - labels.begin());
  };
  EXPECT_EQ(rule.Label(flags, 0, -1), -1);  // not plain: scored
  EXPECT_EQ(rule.Label(flags, 1, -1), index("O"));
  EXPECT_EQ(rule.Label(flags, 1, index("U-PER")), index("O"));
  EXPECT_EQ(rule.Label(flags, 1, index("L-ORG")), index("O"));
  EXPECT_EQ(rule.Label(flags, 1, index("B-ORG")), -1);  // Bank [of] England: scored
  EXPECT_EQ(rule.Label(flags, 1, index("I-ORG")), -1);
  EXPECT_FALSE(PlainWordRule({"NOUN", "VERB"}, FeatureSet::kPos).on());
}

TEST(DocumentPassTest, CodesSayWhatTheRestOfTheDocumentSaid) {
  const std::vector<std::string> labels = {"O", "U-ORG", "U-PER"};
  PredictionHistory counts(labels);
  const std::vector<std::string_view> first = {"Acme", "rose"}, second = {"Acme", "fell"};
  counts.Update(first, {1, 0});   // Acme: ORG
  counts.Update(second, {2, 0});  // Acme: PER
  std::vector<uint8_t> codes;
  // Each mention sees the other's label only: the first sees PER, the second ORG.
  ASSERT_TRUE(counts.CodesExcept(first, {1, 0}, &codes));
  const uint8_t sees_per = codes[0];
  ASSERT_TRUE(counts.CodesExcept(second, {2, 0}, &codes));
  const uint8_t sees_org = codes[0];
  EXPECT_NE(sees_per, 0);
  EXPECT_NE(sees_org, 0);
  EXPECT_NE(sees_per, sees_org);
  EXPECT_EQ(codes[1], 0);  // lower case: no code
  // A word seen once has nothing else to go by.
  PredictionHistory once(labels);
  once.Update(first, {1, 0});
  EXPECT_FALSE(once.CodesExcept(first, {1, 0}, &codes));
}

}  // namespace
}  // namespace hearsay::internal
