// Tests for ModelFile: a round trip, and a clear error for every way a model
// file can be broken.
#include "tagger/model_file.h"

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tagger/byte_io.h"

namespace hearsay::internal {
namespace {

std::string TempPath(const std::string& name) {
  return (testing::TempDir().empty() ? std::string("/tmp/") : testing::TempDir()) + "hearsay_model_file_" + name;
}

ModelFile Sample() {
  ModelFile m("test-kind");
  m.AddSection("meta", "task=test\n");
  m.AddSection("weights", std::string("\x01\x02\x03\x00\xff", 5));
  return m;
}

TEST(ModelFileTest, RoundTripsSectionsAndKind) {
  const std::string path = TempPath("roundtrip");
  ASSERT_TRUE(Sample().Write(path).ok());
  Result<ModelFile> m = ModelFile::Read(path);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->kind(), "test-kind");
  ASSERT_TRUE(m->Section("meta").ok());
  EXPECT_EQ(*m->Section("meta"), "task=test\n");
  EXPECT_EQ(*m->Section("weights"), std::string("\x01\x02\x03\x00\xff", 5));
  EXPECT_FALSE(m->Section("nope").ok());
  std::remove(path.c_str());
}

TEST(ModelFileTest, SerializationIsLittleEndianAndStable) {
  const std::string bytes = Sample().Serialize();
  EXPECT_EQ(bytes.substr(0, 8), "HSYMODEL");
  EXPECT_EQ(bytes[8], static_cast<char>(kModelFormatVersion));
  EXPECT_EQ(bytes.substr(9, 3), std::string("\0\0\0", 3));
  EXPECT_EQ(bytes, Sample().Serialize());
}

TEST(ModelFileTest, TruncatedFileOnDiskIsRefused) {
  const std::string path = TempPath("short");
  const std::string bytes = Sample().Serialize();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  Result<ModelFile> m = ModelFile::Read(path);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataError);
  EXPECT_NE(m.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(ModelFileTest, MissingFileIsNotFound) {
  Result<ModelFile> m = ModelFile::Read(TempPath("does-not-exist"));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("does-not-exist"), std::string::npos);
}

TEST(ModelFileTest, EveryTruncationIsADataError) {
  const std::string bytes = Sample().Serialize();
  for (size_t n = 0; n < bytes.size(); ++n) {
    Result<ModelFile> m = ModelFile::Parse(bytes.substr(0, n), "cut.model");
    ASSERT_FALSE(m.ok()) << "accepted a file cut at " << n;
    EXPECT_EQ(m.status().code(), StatusCode::kDataError);
    EXPECT_NE(m.status().message().find("cut.model"), std::string::npos);
  }
}

TEST(ModelFileTest, TruncatedFileSaysSo) {
  const std::string bytes = Sample().Serialize();
  Result<ModelFile> m = ModelFile::Parse(bytes.substr(0, bytes.size() - 12), "x.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("truncated"), std::string::npos) << m.status().message();
}

TEST(ModelFileTest, WrongVersionNamesBothVersions) {
  std::string bytes = Sample().Serialize();
  bytes[8] = static_cast<char>(kModelFormatVersion + 1);
  Result<ModelFile> m = ModelFile::Parse(bytes, "new.model");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataError);
  EXPECT_NE(m.status().message().find("format version " + std::to_string(kModelFormatVersion + 1)),
            std::string::npos)
      << m.status().message();
}

TEST(ModelFileTest, BadMagicIsNotAModel) {
  Result<ModelFile> m = ModelFile::Parse("hello, world, this is text", "text.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("not a hearsay model"), std::string::npos);
}

TEST(ModelFileTest, FlippedPayloadByteFailsItsSectionChecksum) {
  std::string bytes = Sample().Serialize();
  const size_t at = bytes.find("task=test");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'T';
  Result<ModelFile> m = ModelFile::Parse(bytes, "flip.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("checksum mismatch in section 'meta'"), std::string::npos)
      << m.status().message();
}

TEST(ModelFileTest, FlippedHeaderByteFailsTheFileChecksum) {
  std::string bytes = Sample().Serialize();
  const size_t at = bytes.find("test-kind");
  bytes[at] = 'b';
  Result<ModelFile> m = ModelFile::Parse(bytes, "flip.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos) << m.status().message();
}

TEST(ModelFileTest, LeftoverBytesAreRefused) {
  Result<ModelFile> m = ModelFile::Parse(Sample().Serialize() + "x", "long.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("unexpected bytes"), std::string::npos);
}

TEST(ByteIoTest, VarintsAndFixedIntegersRoundTrip) {
  ByteWriter w;
  const uint64_t values[] = {0, 1, 127, 128, 300, 0xFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull};
  for (uint64_t v : values) w.Varint(v);
  w.U32(0xDEADBEEF);
  w.I16(-1234);
  w.String("kyiv");
  ByteReader r(w.bytes());
  for (uint64_t v : values) {
    uint64_t got = 0;
    ASSERT_TRUE(r.Varint(&got));
    EXPECT_EQ(got, v);
  }
  uint32_t u = 0;
  int16_t i = 0;
  std::string s;
  ASSERT_TRUE(r.U32(&u) && r.I16(&i) && r.String(&s));
  EXPECT_EQ(u, 0xDEADBEEFu);
  EXPECT_EQ(i, -1234);
  EXPECT_EQ(s, "kyiv");
  EXPECT_TRUE(r.done());
  uint8_t b = 0;
  EXPECT_FALSE(r.U8(&b));
}

}  // namespace
}  // namespace hearsay::internal
