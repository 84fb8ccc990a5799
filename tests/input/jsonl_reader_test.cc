#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hearsay/input.h"

namespace hearsay {
namespace {

std::vector<JsonlRecord> ReadAll(std::string bytes, size_t max_line = size_t{1} << 30) {
  JsonlReader reader = JsonlReader::FromBytes(std::move(bytes), max_line);
  std::vector<JsonlRecord> records;
  JsonlRecord r;
  while (reader.Next(&r)) records.push_back(std::move(r));
  EXPECT_TRUE(reader.status().ok());
  return records;
}

TEST(JsonlReaderTest, ReadsDocumentsInOrderWithTheirMetadata) {
  auto records = ReadAll(
      "{\"id\":\"a\",\"text\":\"First.\",\"published\":\"2024-11-05\",\"url\":\"https://x.example/a\",\"title\":\"A\"}\n"
      "{\"text\":\"Second.\",\"id\":2}\n");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].document);
  EXPECT_EQ(records[0].document->text(), "First.");
  EXPECT_EQ(records[0].document->info().id, "a");
  EXPECT_EQ(records[0].document->info().published, "2024-11-05");
  EXPECT_EQ(records[0].document->info().url, "https://x.example/a");
  EXPECT_EQ(records[0].document->info().title, "A");
  ASSERT_TRUE(records[1].document);
  EXPECT_EQ(records[1].document->info().id, "2");
  EXPECT_TRUE(records[1].document->info().numeric_id);
  EXPECT_EQ(records[1].line, 2u);
}

TEST(JsonlReaderTest, ReportsBadLinesAndGoesOn) {
  auto records = ReadAll(
      "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
      "this is not json\n"
      "{\"id\":\"no-text\"}\n"
      "[1,2,3]\n"
      "{\"id\":\"bad-date\",\"text\":\"x\",\"published\":\"5 Nov\"}\n"
      "{\"id\":\"num-text\",\"text\":42}\n"
      "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
      "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
  ASSERT_EQ(records.size(), 8u);
  EXPECT_TRUE(records[0].document);
  EXPECT_FALSE(records[1].document);
  EXPECT_NE(records[1].error.find("not JSON"), std::string::npos) << records[1].error;
  EXPECT_EQ(records[2].error, "no \"text\" field");
  EXPECT_EQ(records[2].id_json, "\"no-text\"");
  EXPECT_EQ(records[3].error, "not a JSON object");
  EXPECT_NE(records[4].error.find("YYYY-MM-DD"), std::string::npos);
  EXPECT_EQ(records[5].error, "\"text\" is not a string");
  EXPECT_NE(records[6].error.find("binary data"), std::string::npos) << records[6].error;
  ASSERT_TRUE(records[7].document);
  EXPECT_EQ(records[7].line, 8u);
}

TEST(JsonlReaderTest, SkipsBlankLinesButCountsThem) {
  auto records = ReadAll("\n{\"text\":\"a\"}\r\n\n   \n{\"text\":\"b\"}");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].line, 2u);
  EXPECT_EQ(records[1].line, 5u);
  EXPECT_EQ(records[1].document->info().id, "5");  // no id: the line number
}

TEST(JsonlReaderTest, RefusesOverlongLinesWithoutKeepingThem) {
  std::string big = "{\"text\":\"" + std::string(5000, 'x') + "\"}\n{\"text\":\"small\"}\n";
  auto records = ReadAll(big, 1000);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[0].error.find("longer than 1000 bytes"), std::string::npos);
  ASSERT_TRUE(records[1].document);
  EXPECT_EQ(records[1].document->text(), "small");
}

TEST(JsonlReaderTest, DecodesEscapesAndNonAsciiText) {
  auto records = ReadAll(R"({"text":"\u201cKyiv\u201d \u2014 \ud83d\ude00 line\nbreak"})");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].document);
  EXPECT_EQ(records[0].document->text(), "“Kyiv” — 😀 line\nbreak");
}

TEST(JsonlReaderTest, OpenReportsAMissingFile) {
  auto reader = JsonlReader::Open("/nonexistent/dir/file.jsonl");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
}

TEST(JsonlReaderTest, LooksLikeJsonlNeedsAnObjectWithText) {
  EXPECT_TRUE(LooksLikeJsonl("{\"id\":1,\"text\":\"x\"}\n{\"text\":\"y\"}\n"));
  EXPECT_FALSE(LooksLikeJsonl("{ this is a brace in prose }"));
  EXPECT_FALSE(LooksLikeJsonl("{\"id\":1}"));
  EXPECT_FALSE(LooksLikeJsonl("Plain text article.\n"));
}

TEST(IsIsoDateTest, ChecksTheCalendar) {
  EXPECT_TRUE(IsIsoDate("2024-11-05"));
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2024-13-01"));
  EXPECT_FALSE(IsIsoDate("2024-1-5"));
  EXPECT_FALSE(IsIsoDate("05/11/2024"));
}

}  // namespace
}  // namespace hearsay
