#include <gtest/gtest.h>

#include <string>

#include "hearsay/document.h"
#include "hearsay/output.h"
#include "hearsay/pipeline.h"

namespace hearsay {
namespace {

DocumentInfo Named(const char* id) {
  DocumentInfo info;
  info.id = id;
  return info;
}

std::string ToJson(Document& doc, JsonOptions options = {}) {
  std::string out;
  AppendJson(doc, options, &out);
  return out;
}

TEST(JsonWriterTest, EscapesQuotesBackslashesAndControlCharacters) {
  std::string out;
  AppendJsonString("a \"quote\" \\ tab\t nl\n bell\x07", &out);
  EXPECT_EQ(out, R"("a \"quote\" \\ tab\t nl\n bell\u0007")");
}

TEST(JsonWriterTest, WritesEveryContractFieldEvenWhenEmpty) {
  Result<Document> doc = DecodeText("", Named("empty.txt"));
  ASSERT_TRUE(doc.ok());
  std::string json = ToJson(*doc);
  for (const char* key : {"\"id\":\"empty.txt\"", "\"url\":null", "\"title\":null", "\"published\":null",
                          "\"publisher\":null", "\"authors\":[]", "\"text\":\"\"", "\"paragraphs\":[]",
                          "\"sentences\":[]", "\"entities\":[]", "\"attributions\":[]", "\"quantities\":[]",
                          "\"warnings\":[]"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key << " missing from " << json;
  }
  EXPECT_EQ(json.find("\"tokens\""), std::string::npos);
}

TEST(JsonWriterTest, OffsetsAreCodePointsNotBytes) {
  // “ is three bytes but one code point: the sentence after it starts at 1.
  Result<Document> doc = DecodeText("“Kyiv.” Then Seoul.", Named("x"));
  ASSERT_TRUE(doc.ok());
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok());
  pipeline->Annotate(*doc);
  std::string json = ToJson(*doc, {.tokens = true});
  EXPECT_NE(json.find("\"sentences\":[{\"start\":0,\"end\":7},{\"start\":8,\"end\":19}]"), std::string::npos)
      << json;
  EXPECT_NE(json.find("{\"start\":1,\"end\":5,\"text\":\"Kyiv\"}"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"start\":6,\"end\":7,\"text\":\"”\",\"norm\":\"\\\"\"}"), std::string::npos) << json;
}

TEST(JsonWriterTest, WritesAnnotationsOfLaterStages) {
  Result<Document> doc = DecodeText("About 40 homes were destroyed, she said.", Named("d"));
  ASSERT_TRUE(doc.ok());
  Attribution a;
  a.kind = AttributionKind::kIndirect;
  a.content = {0, 29};
  a.cue = Span{35, 39};
  a.source.name = "Olena Kovalchuk";
  a.source.mention = Span{31, 34};
  a.source.role = "spokesperson";
  doc->mutable_attributions().push_back(a);
  Attribution more = a;  // a second part of the same quote
  more.cue.reset();
  more.continues = 0;
  doc->mutable_attributions().push_back(more);
  Quantity q;
  q.span = {0, 8};
  q.value = 40;
  q.qualifier = Qualifier::kApprox;
  q.counts = "homes";
  q.attribution = 0;
  q.source = "Olena Kovalchuk";
  doc->mutable_quantities().push_back(q);
  std::string json = ToJson(*doc);
  EXPECT_NE(json.find("\"kind\":\"indirect\",\"content\":{\"start\":0,\"end\":29,\"text\":\"About 40 homes were "
                      "destroyed\"},\"cue\":{\"start\":35,\"end\":39,\"text\":\"said\"}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"anonymous\":false},\"continues\":null}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"cue\":null,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"anonymous\":false},\"continues\":0}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"value\":40,\"low\":null,\"high\":null,\"qualifier\":\"approx\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"attribution\":0,\"source\":\"Olena Kovalchuk\""), std::string::npos) << json;
}

TEST(JsonWriterTest, NumericIdsAreWrittenAsNumbers) {
  DocumentInfo info;
  info.id = "17";
  info.numeric_id = true;
  Result<Document> doc = DecodeText("Text.", std::move(info));
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(ToJson(*doc).rfind("{\"id\":17,", 0), 0u);
}

TEST(JsonWriterTest, TableShowsCountsAndAttributions) {
  Result<Document> doc = DecodeText("Officials said the dam held.", Named("t.txt"));
  ASSERT_TRUE(doc.ok());
  auto pipeline = Pipeline::Create();
  pipeline->Annotate(*doc);
  Attribution a;
  a.content = {15, 27};
  a.cue = Span{10, 14};
  a.source.name = "officials";
  doc->mutable_attributions().push_back(a);
  std::string table;
  AppendTable(*doc, {}, &table);
  EXPECT_NE(table.find("1 paragraphs, 1 sentences"), std::string::npos) << table;
  EXPECT_NE(table.find("officials — said — «the dam held»"), std::string::npos) << table;
  EXPECT_EQ(table.find("\x1b["), std::string::npos) << "no colour unless asked";
}

}  // namespace
}  // namespace hearsay
