// End-to-end tests of `hearsay extract`: the binary is run as a user would,
// and its exit status, stdout and stderr are checked.
#include <sys/wait.h>

#include <gtest/gtest.h>

#include "cli/cli_test_util.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using hearsay::testing::RunResult;

class ExtractCliTest : public hearsay::testing::CliTest {
};

TEST_F(ExtractCliTest, OneFileGivesOneJsonObject) {
  std::string f = Write("a.txt", "Officials said 3,000 people left. “We expect rain,” she said.\n");
  RunResult r = Run("extract --format json --published 2024-11-05 " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.front(), '{');
  EXPECT_NE(r.out.find("\"published\":\"2024-11-05\""), std::string::npos);
  EXPECT_NE(r.out.find("\"sentences\":[{\"start\":0,\"end\":33},{\"start\":34,\"end\":61}]"), std::string::npos)
      << r.out;
  EXPECT_EQ(CountLines(r.out), 1);
}

TEST_F(ExtractCliTest, SeveralFilesGiveAnArrayInOrder) {
  std::string a = Write("a.txt", "First.");
  std::string b = Write("b.txt", "Second.");
  RunResult r = Run("extract --format json " + a + " " + b);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_LT(r.out.find("First."), r.out.find("Second."));
  RunResult lines = Run("extract --format jsonl " + a + " " + b);
  EXPECT_EQ(CountLines(lines.out), 2);
}

TEST_F(ExtractCliTest, JsonlStreamsOneLinePerInputLineInOrder) {
  std::string input;
  for (int i = 0; i < 50; ++i) {
    input += "{\"id\":\"doc" + std::to_string(i) + "\",\"text\":\"Story number " + std::to_string(i) + ".\"}\n";
  }
  RunResult r = Run("extract --input jsonl --format jsonl -", input);
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(CountLines(r.out), 50);
  size_t pos = 0;
  for (int i = 0; i < 50; ++i) {
    size_t at = r.out.find("{\"id\":\"doc" + std::to_string(i) + "\"", pos);
    ASSERT_NE(at, std::string::npos) << i;
    pos = at + 1;
  }
}

TEST_F(ExtractCliTest, JsonlBadLinesBecomeErrorRecordsAndExitOne) {
  std::string input =
      "{\"id\":\"a\",\"text\":\"Good.\"}\n"
      "not json\n"
      "{\"id\":7}\n"
      "{\"id\":\"b\",\"text\":\"Also good.\"}\n";
  RunResult r = Run("extract --input jsonl -", input);
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(CountLines(r.out), 4) << r.out;
  EXPECT_NE(r.out.find("{\"id\":null,\"line\":2,\"error\":\"not JSON"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"id\":7,\"line\":3,\"error\":\"no \\\"text\\\" field\"}"), std::string::npos) << r.out;
  EXPECT_LT(r.out.find("\"id\":\"a\""), r.out.find("\"line\":2"));
  EXPECT_LT(r.out.find("\"line\":3"), r.out.find("\"id\":\"b\""));
  EXPECT_NE(r.err.find("hearsay: stdin:2: not JSON"), std::string::npos) << r.err;
}

TEST_F(ExtractCliTest, AutoInputRecognisesJsonlByContent) {
  std::string f = Write("feed.data", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n");
  RunResult r = Run("extract --format jsonl " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(CountLines(r.out), 2);
  EXPECT_NE(r.out.find("\"id\":\"y\""), std::string::npos);
}

TEST_F(ExtractCliTest, OffsetsAreCodePointsWithNonAsciiText) {
  RunResult r = Run("extract --input jsonl --tokens -", "{\"id\":1,\"text\":\"Київ: «Так». Сеул’s.\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  // "Київ" is 4 code points (8 bytes); the colon is at code point 4.
  EXPECT_NE(r.out.find("{\"start\":0,\"end\":4,\"text\":\"Київ\"}"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"start\":4,\"end\":5,\"text\":\":\"}"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"sentences\":[{\"start\":0,\"end\":12},{\"start\":13,\"end\":20}]"), std::string::npos)
      << r.out;
}

TEST_F(ExtractCliTest, InvalidUtf8IsRepairedWithAWarningNamingTheByte) {
  std::string f = Write("latin1.txt", "The caf\xE9 closed.");
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("warning: invalid UTF-8 at byte 7"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"The caf\xEF\xBF\xBD closed.\""), std::string::npos);
  EXPECT_NE(r.out.find("\"warnings\":[{\"offset\":7,"), std::string::npos) << r.out;
}

TEST_F(ExtractCliTest, BinaryFileIsRefusedWithExitTwo) {
  std::string f = Write("data.bin", std::string("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 18));
  RunResult r = Run("extract " + f);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "hearsay: " + f + ": binary data, not text (NUL at byte 7)\n");
  EXPECT_TRUE(r.out.empty()) << "no partial output: " << r.out;
}

TEST_F(ExtractCliTest, EmptyFileIsAnEmptyDocument) {
  std::string f = Write("empty.txt", "");
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"\",\"paragraphs\":[],\"sentences\":[]"), std::string::npos) << r.out;
}

TEST_F(ExtractCliTest, MissingFileAndDirectoryAreClearErrors) {
  RunResult missing = Run("extract " + (dir_ / "nope.txt").string());
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "hearsay: " + (dir_ / "nope.txt").string() + ": No such file or directory\n");
  RunResult directory = Run("extract --format json " + dir_.string());
  EXPECT_EQ(directory.status, 2);
  EXPECT_EQ(directory.err, "hearsay: " + dir_.string() + ": is a directory\n");
}

TEST_F(ExtractCliTest, OneBadInputDoesNotStopTheOthers) {
  std::string good = Write("good.txt", "A good story.");
  RunResult r = Run("extract --format json " + (dir_ / "missing.txt").string() + " " + good);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_NE(r.out.find("A good story."), std::string::npos);
  EXPECT_EQ(r.out.substr(r.out.size() - 2), "]\n") << "the array is closed";
}

TEST_F(ExtractCliTest, BadFlagsAreOneLineErrors) {
  RunResult r = Run("extract --frobnicate x.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(CountLines(r.err), 1) << r.err;
  EXPECT_EQ(r.err.rfind("hearsay: ", 0), 0u) << r.err;
  RunResult date = Run("extract --published 05/11/2024 x.txt");
  EXPECT_EQ(date.status, 2);
  EXPECT_NE(date.err.find("YYYY-MM-DD"), std::string::npos) << date.err;
  RunResult format = Run("extract --format xml x.txt");
  EXPECT_EQ(format.status, 2);
}

TEST_F(ExtractCliTest, HelpAndVersionSucceed) {
  RunResult version = Run("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("hearsay ", 0), 0u) << version.out;
  RunResult help = Run("extract --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--published"), std::string::npos);
}

TEST_F(ExtractCliTest, TableFormatListsSentencesCount) {
  std::string f = Write("t.txt", "Headline here\n\nFirst sentence. Second one.\n");
  RunResult r = Run("extract --format table " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2 paragraphs, 3 sentences"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour when not a terminal";
}

TEST_F(ExtractCliTest, CrlfAndLoneCrAreLineBreaks) {
  std::string f = Write("crlf.txt", "Headline\r\n\r\nFirst paragraph.\r\rSecond paragraph.\r\n");
  RunResult r = Run("extract --format json " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"paragraphs\":[{\"start\":0,\"end\":8},{\"start\":12,\"end\":28},{\"start\":30,\"end\":47}]"),
            std::string::npos)
      << r.out;
}

}  // namespace
