// InputStream: the bytes of a file, standard input or a buffer, inflated on
// the fly when they are gzip.
//
// gzip is detected by its magic bytes, not the file name. Several gzip members
// in a row (as .warc.gz files have, one per record) read as one stream. A
// corrupt member is reported (TakeError) and reading resumes at the next gzip
// member header; truncated data ends the stream with an error. Memory is two
// 64 KiB buffers and zlib's 32 KiB window, whatever the input size, so a gzip
// bomb costs time, never memory: callers bound what they keep (ReadAll).
//
// zlib rather than libarchive: it is what libarchive uses underneath, it lets
// us resynchronise after a damaged member and report compressed offsets, and
// it adds no dependency beyond what every Debian system has.
//
//   auto in = internal::InputStream::Open("crawl.warc.gz");
//   char buf[4096];
//   while (size_t n = (*in)->Read(buf, sizeof buf)) Use(buf, n);
//
// Not thread-safe.
#ifndef HEARSAY_INPUT_INPUT_STREAM_H_
#define HEARSAY_INPUT_INPUT_STREAM_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hearsay/status.h"

namespace hearsay::internal {

class InputStream {
 public:
  // Opens `path` ("-" for standard input). Fails on a missing file or a directory.
  static Result<std::unique_ptr<InputStream>> Open(const std::string& path);
  // Reads from `bytes` (owned).
  static std::unique_ptr<InputStream> FromBytes(std::string bytes);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `n` bytes into `buf`; returns 0 only at the end or after a
  // fatal error (status() then says which).
  size_t Read(char* buf, size_t n);

  // Reads everything left; fails with TooLarge past `max_bytes` (a gzip bomb
  // stops there) and with DataError on damaged gzip.
  Result<std::string> ReadAll(size_t max_bytes);

  // Peeks at the first up to `n` bytes of (inflated) content without consuming them.
  std::string_view Peek(size_t n);

  bool gzip() const { return gzip_; }
  // Offset in the file (compressed bytes) where the gzip member being read
  // began; for plain input the offset of the next byte.
  // For gzip, this is the member of the bytes the last Read returned (a Read
  // never returns bytes of two members).
  uint64_t member_offset() const { return gzip_ ? read_member_offset_ : raw_offset_; }
  // A recoverable problem met since the last call (a damaged member that was
  // skipped), or nothing.
  std::optional<std::string> TakeError();
  // Position in the inflated stream where data resumed after the last
  // damaged member (bytes before it belong to the damaged member).
  uint64_t error_position() const { return error_position_; }
  // File offset of the damaged member (or of the bytes that were not gzip).
  uint64_t error_offset() const { return error_offset_; }
  const Status& status() const { return status_; }

 private:
  InputStream() = default;
  bool Refill();
  size_t ReadRaw(char* buf, size_t n);
  size_t Inflate(char* buf, size_t n);
  bool SkipToNextMember();
  void RewindToMemberStart();

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string memory_;
  size_t memory_pos_ = 0;
  bool eof_ = false;

  std::string raw_;        // raw (compressed) buffer
  size_t raw_begin_ = 0;   // unread part of raw_ is [raw_begin_, raw_.size())
  uint64_t raw_offset_ = 0;  // file offset of raw_[raw_begin_]

  bool gzip_ = false;
  struct Zlib;
  std::unique_ptr<Zlib> z_;
  bool in_member_ = false;
  uint64_t member_offset_ = 0;
  // Index in raw_ where the current member began, kept (up to kKeepMember
  // bytes) so that after damage the search for the next member starts there:
  // corrupt deflate data can make zlib swallow the next member's header.
  size_t member_start_ = std::string::npos;

  std::string peeked_;     // inflated bytes handed out by Peek, not yet Read
  size_t peeked_pos_ = 0;
  // Where each gzip member's bytes start in peeked_, with the member's offset.
  std::vector<std::pair<size_t, uint64_t>> peek_marks_;
  uint64_t read_member_offset_ = 0;
  std::optional<std::string> error_;
  uint64_t error_position_ = 0;
  uint64_t error_offset_ = 0;
  uint64_t produced_ = 0;  // inflated bytes produced so far
  Status status_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_INPUT_STREAM_H_
