// WarcReader: streams the records of a WARC 1.0/1.1 file (.warc or .warc.gz,
// one gzip member per record or the whole file compressed) in bounded memory.
//
// Records are read one at a time from an InputStream: the header lines, then
// exactly Content-Length bytes of block. A block longer than the record limit
// is read through without being kept (the record comes back with too_large
// set). A record that does not start with "WARC/", lacks a Content-Length,
// ends early or sits in a damaged gzip member is reported once, and reading
// resumes at the next line that starts a record ("WARC/1."), so one bad
// record never costs the rest of a 40 GB crawl file.
//
// Hand-written over zlib (see input_stream.h) rather than libarchive's WARC
// reader, which stops at the first damaged record and hides offsets.
//
//   internal::WarcReader reader(stream.get(), 64 << 20);
//   internal::WarcRecord record;
//   std::string error;
//   while (reader.Next(&record, &error)) {
//     if (!error.empty()) { Warn(record.offset, error); continue; }
//     internal::HttpResponse http;
//     if (record.type == "response" && internal::WarcReader::ParseHttp(record.block, &http)) ...
//   }
//
// Not thread-safe.
#ifndef HEARSAY_INPUT_WARC_READER_H_
#define HEARSAY_INPUT_WARC_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "input/input_stream.h"

namespace hearsay::internal {

struct WarcRecord {
  size_t index = 0;      // 1-based position in the file
  uint64_t offset = 0;   // byte offset in the file (of its gzip member when compressed)
  std::string type;      // WARC-Type: response, request, metadata, warcinfo ...
  std::string target_uri;
  std::string date;      // WARC-Date
  std::string content_type;
  uint64_t length = 0;   // Content-Length
  bool too_large = false;
  std::string block;     // the content block, empty when too_large
};

// An HTTP response held in a WARC response record.
struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string body;  // de-chunked and inflated when the headers say so
};

class WarcReader {
 public:
  static constexpr size_t kMaxHeaderBytes = 64 * 1024;

  WarcReader(InputStream* in, size_t max_record_bytes) : in_(in), max_record_bytes_(max_record_bytes) {}

  // Reads the next record into `record`. When a record is damaged, sets
  // `error` (else clears it) and returns true with what is known of it.
  // Returns false at the end of the input.
  bool Next(WarcRecord* record, std::string* error);

  // Parses the HTTP response in a response record's block; false if it is not one.
  // `max_body` bounds an inflated Content-Encoding: gzip body.
  static bool ParseHttp(std::string_view block, HttpResponse* out, size_t max_body);

 private:
  bool Fill();
  bool ReadLine(std::string* line, uint64_t* offset);
  bool ReadBlock(uint64_t n, std::string* out, bool keep);
  bool TakePendingError(std::string* error);
  uint64_t OffsetAt(uint64_t stream_pos) const;

  InputStream* in_;
  size_t max_record_bytes_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t buf_base_ = 0;  // stream position of buf_[0]
  // (stream position, file offset of the gzip member) for each chunk read.
  std::vector<std::pair<uint64_t, uint64_t>> marks_;
  size_t count_ = 0;
  bool resync_ = false;
  // A damaged gzip member met while filling: its message, and the stream
  // position where good data resumes.
  std::string pending_error_;
  uint64_t error_pos_ = 0;
  uint64_t error_offset_ = 0;  // file offset of the damaged member
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_WARC_READER_H_
