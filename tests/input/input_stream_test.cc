#include "input/input_stream.h"

#include <gtest/gtest.h>

#include "ingest_test_util.h"

namespace hearsay::internal {
namespace {

using hearsay::testing::Gzip;
using hearsay::testing::GzipZeros;

std::string ReadAllOf(InputStream* in) {
  std::string out;
  char buf[7];  // odd size: reads straddle gzip members
  while (size_t n = in->Read(buf, sizeof buf)) out.append(buf, n);
  return out;
}

TEST(InputStreamTest, PlainBytesPassThrough) {
  auto in = InputStream::FromBytes("hello, world");
  EXPECT_FALSE(in->gzip());
  EXPECT_EQ(in->Peek(5), "hello");
  EXPECT_EQ(ReadAllOf(in.get()), "hello, world");
}

TEST(InputStreamTest, InflatesConcatenatedMembers) {
  auto in = InputStream::FromBytes(Gzip("first member\n") + Gzip("second member\n") + Gzip(""));
  EXPECT_TRUE(in->gzip());
  EXPECT_EQ(in->Peek(5), "first");
  EXPECT_EQ(ReadAllOf(in.get()), "first member\nsecond member\n");
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, TruncatedGzipIsADataErrorNamingTheMember) {
  std::string gz = Gzip("ok\n") + Gzip(std::string(10000, 'a') + "tail");
  const size_t second = Gzip("ok\n").size();
  auto in = InputStream::FromBytes(gz.substr(0, gz.size() - 20));
  std::string data = ReadAllOf(in.get());
  EXPECT_EQ(data.substr(0, 3), "ok\n");
  EXPECT_EQ(in->status().code(), StatusCode::kDataError);
  EXPECT_EQ(in->status().message(), "truncated gzip data (member at byte " + std::to_string(second) + ")");
}

TEST(InputStreamTest, CorruptMemberIsSkippedAndReported) {
  std::string a = Gzip("alpha\n"), b = Gzip(std::string(5000, 'b')), c = Gzip("gamma\n");
  b[b.size() / 2] ^= 0x55;
  b[b.size() / 2 + 1] ^= 0x55;
  auto in = InputStream::FromBytes(a + b + c);
  std::string data = ReadAllOf(in.get());
  EXPECT_EQ(data.substr(0, 6), "alpha\n");
  EXPECT_EQ(data.substr(data.size() - 6), "gamma\n");
  auto error = in->TakeError();
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->find("corrupt gzip data in the member at byte " + std::to_string(a.size())), std::string::npos);
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, GzipBombStopsAtTheLimit) {
  // 256 MiB of zeros in ~260 KB: ReadAll must stop at its limit, not inflate it all.
  auto in = InputStream::FromBytes(GzipZeros(size_t{256} << 20));
  Result<std::string> all = in->ReadAll(size_t{4} << 20);
  ASSERT_FALSE(all.ok());
  EXPECT_EQ(all.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(all.status().message(), "decompresses to more than 4194304 bytes (the limit)");
}

TEST(InputStreamTest, MissingFileAndDirectory) {
  EXPECT_EQ(InputStream::Open("/nonexistent/file.gz").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(InputStream::Open("/").status().message(), "is a directory");
}

}  // namespace
}  // namespace hearsay::internal
