#include "input/warc_reader.h"

#include <gtest/gtest.h>

#include "ingest_test_util.h"

namespace hearsay::internal {
namespace {

using hearsay::testing::Gzip;
using hearsay::testing::HttpResponse;
using hearsay::testing::WarcRecord;

struct Read {
  std::vector<internal::WarcRecord> records;
  std::vector<std::string> errors;  // "index@offset: message"
};

Read ReadWarc(std::string bytes, size_t max_record = 1 << 20) {
  auto in = InputStream::FromBytes(std::move(bytes));
  WarcReader reader(in.get(), max_record);
  Read r;
  internal::WarcRecord record;
  std::string error;
  while (reader.Next(&record, &error)) {
    if (!error.empty()) {
      r.errors.push_back(std::to_string(record.index) + "@" + std::to_string(record.offset) + ": " + error);
    } else {
      r.records.push_back(record);
    }
  }
  return r;
}

TEST(WarcReaderTest, ReadsRecordsOfAPlainFile) {
  std::string a = WarcRecord("warcinfo", "", "software: test\r\n", "2024-11-01T00:00:00Z", "application/warc-fields");
  std::string b = WarcRecord("response", "https://example.com/a", HttpResponse(200, "text/html", "<p>hi</p>"));
  Read r = ReadWarc(a + b);
  ASSERT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].type, "warcinfo");
  EXPECT_EQ(r.records[1].type, "response");
  EXPECT_EQ(r.records[1].index, 2u);
  EXPECT_EQ(r.records[1].offset, a.size());
  EXPECT_EQ(r.records[1].target_uri, "https://example.com/a");
  EXPECT_EQ(r.records[1].date, "2024-11-01T12:00:00Z");
  internal::HttpResponse http;
  ASSERT_TRUE(WarcReader::ParseHttp(r.records[1].block, &http, 1 << 20));
  EXPECT_EQ(http.status, 200);
  EXPECT_EQ(http.content_type, "text/html");
  EXPECT_EQ(http.body, "<p>hi</p>");
}

TEST(WarcReaderTest, OffsetsOfGzipRecordsAreTheirMembers) {
  std::string a = Gzip(WarcRecord("request", "https://example.com/", "GET / HTTP/1.1\r\n\r\n"));
  std::string b = Gzip(WarcRecord("response", "https://example.com/", HttpResponse(200, "text/html", "x")));
  Read r = ReadWarc(a + b);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].offset, 0u);
  EXPECT_EQ(r.records[1].offset, a.size());
}

TEST(WarcReaderTest, CorruptRecordIsReportedAndTheRestRead) {
  std::string good1 = WarcRecord("response", "https://e.com/1", "one");
  std::string bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nbody\r\n\r\n";
  std::string junk = "this is not a record at all\r\nnor this\r\n";
  std::string good2 = WarcRecord("response", "https://e.com/2", "two");
  Read r = ReadWarc(good1 + bad + junk + good2);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[1].target_uri, "https://e.com/2");
  EXPECT_EQ(r.records[1].block, "two");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "2@" + std::to_string(good1.size()) + ": record without a valid Content-Length");
}

TEST(WarcReaderTest, GarbageBetweenRecordsIsReportedOnce) {
  std::string good1 = WarcRecord("response", "https://e.com/1", "one");
  std::string junk = "garbage line\r\nmore garbage\r\n";
  std::string good2 = WarcRecord("response", "https://e.com/2", "two");
  Read r = ReadWarc(good1 + junk + good2);
  ASSERT_EQ(r.records.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "2@" + std::to_string(good1.size()) +
                             ": not a WARC record header; skipped to the next record");
}

TEST(WarcReaderTest, DamagedGzipMemberCostsOnlyItsRecord) {
  std::string a = Gzip(WarcRecord("response", "https://e.com/1", std::string(3000, 'a')));
  std::string b = Gzip(WarcRecord("response", "https://e.com/2", std::string(3000, 'b')));
  std::string c = Gzip(WarcRecord("response", "https://e.com/3", std::string(3000, 'c')));
  for (size_t i = 30; i < 40; ++i) b[i] = static_cast<char>(b[i] ^ 0xA5);
  Read r = ReadWarc(a + b + c);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].target_uri, "https://e.com/1");
  EXPECT_EQ(r.records[1].target_uri, "https://e.com/3");
  EXPECT_EQ(r.records[1].block, std::string(3000, 'c'));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].substr(0, r.errors[0].find(':')), "2@" + std::to_string(a.size()));
  EXPECT_NE(r.errors[0].find("corrupt gzip data in the member at byte " + std::to_string(a.size())),
            std::string::npos)
      << r.errors[0];
}

TEST(WarcReaderTest, TruncatedLastRecord) {
  std::string good = WarcRecord("response", "https://e.com/1", "one");
  std::string cut = WarcRecord("response", "https://e.com/2", std::string(1000, 'z'));
  Read r = ReadWarc(good + cut.substr(0, cut.size() - 500));
  ASSERT_EQ(r.records.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("Content-Length is 1000 but the input ends first"), std::string::npos);
}

TEST(WarcReaderTest, OversizedRecordIsSkippedNotKept) {
  std::string big = WarcRecord("response", "https://e.com/big", std::string(5000, 'x'));
  std::string small = WarcRecord("response", "https://e.com/small", "fine");
  Read r = ReadWarc(big + small, 1000);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_TRUE(r.records[0].too_large);
  EXPECT_TRUE(r.records[0].block.empty());
  EXPECT_EQ(r.records[0].length, 5000u);
  EXPECT_EQ(r.records[1].block, "fine");
}

TEST(WarcReaderTest, HttpChunkedAndGzipBodies) {
  internal::HttpResponse http;
  ASSERT_TRUE(WarcReader::ParseHttp(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n4\r\n<p>a\r\n5\r\nb</p>\r\n0\r\n\r\n",
      &http, 1 << 20));
  EXPECT_EQ(http.body, "<p>ab</p>");
  std::string gz = "HTTP/1.1 404 Not Found\r\nContent-Encoding: gzip\r\n\r\n" + Gzip("<p>gone</p>");
  ASSERT_TRUE(WarcReader::ParseHttp(gz, &http, 1 << 20));
  EXPECT_EQ(http.status, 404);
  EXPECT_EQ(http.body, "<p>gone</p>");
  EXPECT_FALSE(WarcReader::ParseHttp("GET / HTTP/1.1\r\n\r\n", &http, 1 << 20));
}

}  // namespace
}  // namespace hearsay::internal
