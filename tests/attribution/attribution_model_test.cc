#include "attribution/attribution_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hearsay/pipeline.h"
#include "tagger/model_search.h"

namespace hearsay {
namespace {

using internal::AttributionModel;
using internal::ModelFile;
using internal::Perceptron;

// A two-class perceptron over three features whose class-1 weights are w, 2w and 3w
// (or, with `flat`, 3w for the first and w for the others).
Perceptron Tiny(float w, bool flat = false) {
  std::vector<std::pair<uint64_t, std::vector<float>>> rows;
  for (uint64_t f = 1; f <= 3; ++f) {
    const float v = flat ? (f == 1 ? 3 * w : w) : w * static_cast<float>(f);
    rows.push_back({f * 0x9e3779b97f4a7c15ull, {0.0f, v}});
  }
  return Perceptron::FromRows(2, rows);
}

const std::vector<std::vector<uint64_t>> kSelfTest = {{0x9e3779b97f4a7c15ull, 2 * 0x9e3779b97f4a7c15ull}};

TEST(AttributionModelTest, RoundTripsThroughAModelFile) {
  AttributionModel model(Tiny(1.0f), Tiny(-2.0f), "task=attribution\n");
  ModelFile file = model.ToFile(kSelfTest);
  Result<ModelFile> parsed = ModelFile::Parse(file.Serialize(), "tiny.model");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  auto loaded = AttributionModel::FromFile(*parsed, "tiny.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->meta(), "task=attribution\n");
  EXPECT_EQ((*loaded)->cue().num_features(), 3u);
  EXPECT_EQ((*loaded)->end().num_features(), 3u);
}

TEST(AttributionModelTest, RefusesWeightsThatDisagreeWithTheSelfTest) {
  // The weights of one model with the self-test of another: as if a weight had been corrupted.
  ModelFile a = AttributionModel(Tiny(1.0f), Tiny(1.0f), "").ToFile(kSelfTest);
  ModelFile b = AttributionModel(Tiny(1.0f), Tiny(1.0f, /*flat=*/true), "").ToFile(kSelfTest);
  ModelFile mixed("attribution");
  mixed.AddSection("meta", "");
  mixed.AddSection("cue", std::string(*a.Section("cue")));
  mixed.AddSection("end", std::string(*b.Section("end")));
  mixed.AddSection("selftest", std::string(*a.Section("selftest")));
  auto loaded = AttributionModel::FromFile(mixed, "mixed.model");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("self-test"), std::string::npos) << loaded.status().message();
}

TEST(AttributionModelTest, RefusesAnotherKindOfModel) {
  ModelFile other("pos-tagger");
  other.AddSection("meta", "");
  auto loaded = AttributionModel::FromFile(other, "pos.model");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("not an attribution model"), std::string::npos);
}

TEST(AttributionModelTest, CommittedModelLoads) {
  Result<std::string> path = internal::FindModelFile("attribution.model", "");
  ASSERT_TRUE(path.ok()) << path.status().message();
  auto model = AttributionModel::Load(*path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  EXPECT_NE((*model)->meta().find("task=attribution"), std::string::npos);
  EXPECT_GT((*model)->cue().num_features(), 1000u);
  EXPECT_LT((*model)->MemoryBytes(), size_t{16} << 20);
}

// The learned cues through the default pipeline (taggers and the committed model).
class LearnedCueTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto p = Pipeline::Create();
    ASSERT_TRUE(p.ok()) << p.status().message();
    pipeline_ = new Pipeline(std::move(*p));
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  static Document Annotate(const std::string& text) {
    Result<Document> doc = DecodeText(text, {});
    pipeline_->Annotate(*doc);
    return std::move(*doc);
  }

  // The attribution whose cue is `cue`, or null.
  static const Attribution* WithCue(const Document& doc, std::string_view cue) {
    for (const Attribution& a : doc.attributions()) {
      if (a.cue && doc.Text(*a.cue) == cue) return &a;
    }
    return nullptr;
  }

  static std::string Describe(const Document& doc) {
    std::string s;
    for (const Attribution& a : doc.attributions()) {
      s += "«" + std::string(doc.Text(a.content)) + "» cue=" + (a.cue ? std::string(doc.Text(*a.cue)) : "null") +
           " source=" + a.source.name + "\n";
    }
    return s;
  }

  static Pipeline* pipeline_;
};
Pipeline* LearnedCueTest::pipeline_ = nullptr;

TEST_F(LearnedCueTest, StanceVerbWithAnInfinitiveIsAnAttribution) {
  Document doc = Annotate("Headline\n\nMaria Alvarez wants to double the number of nurses in rural clinics.\n");
  const Attribution* a = WithCue(doc, "wants");
  ASSERT_NE(a, nullptr) << Describe(doc);
  EXPECT_EQ(a->source.name, "Maria Alvarez");
  EXPECT_EQ(doc.Text(a->content), "to double the number of nurses in rural clinics") << Describe(doc);
}

TEST_F(LearnedCueTest, CoordinatedCueSplitsTheContentAndSharesTheSource) {
  Document doc = Annotate(
      "Headline\n\nTed Cruz said the party must offer new ideas and defended his record on immigration.\n");
  const Attribution* said = WithCue(doc, "said");
  const Attribution* defended = WithCue(doc, "defended");
  ASSERT_NE(said, nullptr) << Describe(doc);
  ASSERT_NE(defended, nullptr) << Describe(doc);
  EXPECT_EQ(doc.Text(said->content), "the party must offer new ideas") << Describe(doc);
  EXPECT_EQ(doc.Text(defended->content), "his record on immigration") << Describe(doc);
  EXPECT_EQ(defended->source.name, "Ted Cruz");
}

TEST_F(LearnedCueTest, ParticleAndPrepositionJoinTheLearnedCue) {
  Document doc = Annotate("Headline\n\nThe governor lashed out at the federal agency over the delays.\n");
  const Attribution* a = WithCue(doc, "lashed out at");
  ASSERT_NE(a, nullptr) << Describe(doc);
  EXPECT_EQ(doc.Text(a->content).substr(0, 18), "the federal agency") << Describe(doc);
}

TEST_F(LearnedCueTest, SpeechVerbAfterAnAppositionFindsTheNameBeforeIt) {
  Document doc = Annotate(
      "Headline\n\nSenator Alice Moreno, Democrat of Oregon, said the program had failed thousands of "
      "farmers.\n");
  const Attribution* a = WithCue(doc, "said");
  ASSERT_NE(a, nullptr) << Describe(doc);
  EXPECT_EQ(a->source.name, "Alice Moreno") << Describe(doc);
  EXPECT_EQ(doc.Text(a->content), "the program had failed thousands of farmers") << Describe(doc);
}

TEST_F(LearnedCueTest, PassiveWithAnAgentHasTheSubjectAsContentAndTheAgentAsSource) {
  Document doc = Annotate("Headline\n\nThe Democratic nominee has been endorsed by The New York Times.\n");
  const Attribution* a = WithCue(doc, "endorsed");
  ASSERT_NE(a, nullptr) << Describe(doc);
  EXPECT_EQ(doc.Text(a->content), "The Democratic nominee") << Describe(doc);
  ASSERT_TRUE(a->source.mention.has_value());
  EXPECT_EQ(doc.Text(*a->source.mention), "The New York Times") << Describe(doc);
}

TEST_F(LearnedCueTest, PassiveWithoutAnAgentIsNotAnAttribution) {
  Document doc = Annotate("Headline\n\nAbout 3,000 residents were ordered out of their homes on Tuesday.\n");
  EXPECT_EQ(WithCue(doc, "ordered"), nullptr) << Describe(doc);
}

// A transcript's speaker label in mixed case counts when the tagger reads it as a person's name
// (a label in capitals needs no tagger), and not when it is a common word.
TEST_F(LearnedCueTest, PersonNameLabelOpensATranscriptParagraph) {
  Document doc = Annotate(
      "Headline\n\nThe interview went on.\n\nChris Matthews: Well, speculation is bad for the markets.\n\n"
      "Related: Stocks fell on Monday.\n");
  const Attribution* a = WithCue(doc, ":");
  ASSERT_NE(a, nullptr) << Describe(doc);
  EXPECT_EQ(doc.Text(a->content), "Well, speculation is bad for the markets") << Describe(doc);
  EXPECT_EQ(a->source.name, "Chris Matthews") << Describe(doc);
  for (const Attribution& b : doc.attributions()) {
    EXPECT_NE(doc.Text(b.content), "Stocks fell on Monday") << Describe(doc);
  }
}

TEST_F(LearnedCueTest, VerbsOfEventsAreNotCues) {
  Document doc = Annotate("Headline\n\nThe river rose two metres overnight and flooded the lower town.\n");
  EXPECT_TRUE(doc.attributions().empty()) << Describe(doc);
}

TEST_F(LearnedCueTest, OddTextNeverFailsAndSpansStayInsideTheText) {
  std::string long_sentence = "Headline\n\nThe mayor wants";
  for (int k = 0; k < 200; ++k) long_sentence += " to build roads and bridges";
  long_sentence += ".\n";
  const std::string texts[] = {
      "",
      "...",
      "\"\"\"\n\n\"",
      "He said \"it was\n\nShe wants \u201cmore \u201c of it",
      "wants wants wants wants",
      "Endorsed by by by",
      long_sentence,
  };
  for (const std::string& text : texts) {
    Document doc = Annotate(text);
    for (const Attribution& a : doc.attributions()) {
      EXPECT_LT(a.content.begin, a.content.end);
      EXPECT_LE(a.content.end, doc.text().size());
      if (a.cue) {
        EXPECT_LE(a.cue->end, doc.text().size());
      }
    }
  }
}

}  // namespace
}  // namespace hearsay
