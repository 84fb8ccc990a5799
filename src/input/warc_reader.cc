#include "input/warc_reader.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace hearsay::internal {
namespace {

constexpr size_t kChunk = 64 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool ParseLength(std::string_view s, uint64_t* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

// Decodes a chunked transfer encoding; keeps what precedes a malformed chunk.
std::string Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view size_line = Trim(body.substr(pos, eol - pos));
    size_t semi = size_line.find(';');
    if (semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    char* end = nullptr;
    std::string hex(size_line);
    unsigned long long n = std::strtoull(hex.c_str(), &end, 16);
    if (hex.empty() || end == hex.c_str()) break;
    pos = eol + 1;
    if (n == 0) break;
    if (n > body.size() - pos) n = body.size() - pos;
    out.append(body.substr(pos, n));
    pos += n;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

}  // namespace

bool WarcReader::Fill() {
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    buf_base_ += pos_;
    pos_ = 0;
    while (marks_.size() > 1 && marks_[1].first <= buf_base_) marks_.erase(marks_.begin());
  }
  char chunk[kChunk];
  size_t got = in_->Read(chunk, sizeof chunk);
  if (got == 0) return false;
  marks_.emplace_back(buf_base_ + buf_.size(), in_->member_offset());
  buf_.append(chunk, got);
  if (auto e = in_->TakeError()) {
    if (pending_error_.empty()) {
      pending_error_ = *e;
      error_pos_ = in_->error_position();
      error_offset_ = in_->error_offset();
    }
  }
  return true;
}

// Reports a damaged member whose data ended at or before the read position,
// and moves the read position to where good data resumes.
bool WarcReader::TakePendingError(std::string* error) {
  if (pending_error_.empty() || error_pos_ > buf_base_ + pos_ + 0) return false;
  *error = std::move(pending_error_);
  pending_error_.clear();
  resync_ = true;
  return true;
}

uint64_t WarcReader::OffsetAt(uint64_t stream_pos) const {
  if (!in_->gzip()) return stream_pos;
  uint64_t offset = 0;
  for (const auto& [pos, member] : marks_) {
    if (pos > stream_pos) break;
    offset = member;
  }
  return offset;
}

bool WarcReader::ReadLine(std::string* line, uint64_t* offset) {
  line->clear();
  *offset = buf_base_ + pos_;
  bool any = false;
  for (;;) {
    if (pos_ == buf_.size() && !Fill()) return any;
    any = true;
    size_t nl = buf_.find('\n', pos_);
    size_t end = nl == std::string::npos ? buf_.size() : nl;
    size_t room = kMaxHeaderBytes > line->size() ? kMaxHeaderBytes - line->size() : 0;
    line->append(buf_, pos_, std::min(end - pos_, room));  // a longer line is cut, the rest dropped
    pos_ = nl == std::string::npos ? buf_.size() : nl + 1;
    if (nl != std::string::npos) break;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

bool WarcReader::ReadBlock(uint64_t n, std::string* out, bool keep) {
  while (n > 0) {
    if (pos_ == buf_.size() && !Fill()) return false;
    uint64_t avail = buf_.size() - pos_;
    if (!pending_error_.empty() && error_pos_ >= buf_base_ + pos_) {
      avail = std::min<uint64_t>(avail, error_pos_ - (buf_base_ + pos_));
      if (avail == 0) return false;  // the block runs into a damaged member
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(n, avail));
    if (keep) out->append(buf_, pos_, take);
    pos_ += take;
    n -= take;
  }
  return true;
}

bool WarcReader::Next(WarcRecord* record, std::string* error) {
  error->clear();
  std::string line;
  uint64_t line_pos = 0;
  for (;;) {
    const bool more = ReadLine(&line, &line_pos);
    if (TakePendingError(error)) {
      *record = WarcRecord();
      record->index = count_ + 1;
      record->offset = error_offset_;
      // Good data resumes where the damaged member ended: read on from there.
      if (error_pos_ >= buf_base_ && error_pos_ <= buf_base_ + buf_.size())
        pos_ = static_cast<size_t>(error_pos_ - buf_base_);
      return true;
    }
    if (!more) return false;
    if (line.empty()) continue;
    if (line.compare(0, 5, "WARC/") == 0) break;
    if (!resync_) {
      resync_ = true;
      *record = WarcRecord();
      record->index = count_ + 1;
      record->offset = OffsetAt(line_pos);
      *error = "not a WARC record header; skipped to the next record";
      return true;
    }
  }
  resync_ = false;
  *record = WarcRecord();
  record->index = ++count_;
  record->offset = OffsetAt(line_pos);
  bool have_length = false;
  size_t header_bytes = 0;
  for (;;) {
    if (!ReadLine(&line, &line_pos)) {
      *error = "the file ends inside the record header";
      return true;
    }
    if (line.empty()) break;
    header_bytes += line.size();
    if (header_bytes > kMaxHeaderBytes) {
      *error = "record header longer than " + std::to_string(kMaxHeaderBytes) + " bytes";
      resync_ = true;
      return true;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = Lower(Trim(std::string_view(line).substr(0, colon)));
    std::string_view value = Trim(std::string_view(line).substr(colon + 1));
    if (name == "warc-type") record->type = std::string(value);
    else if (name == "warc-target-uri") record->target_uri = std::string(value);
    else if (name == "warc-date") record->date = std::string(value);
    else if (name == "content-type") record->content_type = std::string(value);
    else if (name == "content-length") have_length = ParseLength(value, &record->length);
  }
  if (!have_length) {
    *error = "record without a valid Content-Length";
    resync_ = true;
    return true;
  }
  const bool keep = record->length <= max_record_bytes_;
  record->too_large = !keep;
  if (keep) record->block.reserve(static_cast<size_t>(record->length));
  if (!ReadBlock(record->length, &record->block, keep)) {
    if (TakePendingError(error)) {
      *error = "record damaged: " + *error;
      record->offset = std::min(record->offset, error_offset_);
    } else {
      *error = "record cut short: Content-Length is " + std::to_string(record->length) +
               " but the input ends first";
    }
    record->block.clear();
    return true;
  }
  return true;
}

bool WarcReader::ParseHttp(std::string_view block, HttpResponse* out, size_t max_body) {
  *out = HttpResponse();
  if (block.substr(0, 7) != "HTTP/1." && block.substr(0, 6) != "HTTP/2") return false;
  size_t eol = block.find('\n');
  if (eol == std::string_view::npos) return false;
  std::string_view status_line = block.substr(0, eol);
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return false;
  out->status = std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
  size_t pos = eol + 1;
  bool chunked = false;
  std::string encoding;
  for (;;) {
    size_t e = block.find('\n', pos);
    if (e == std::string_view::npos) {
      pos = block.size();
      break;
    }
    std::string_view line = Trim(block.substr(pos, e - pos));
    pos = e + 1;
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") out->content_type = std::string(value);
    else if (name == "transfer-encoding") chunked = Lower(value).find("chunked") != std::string::npos;
    else if (name == "content-encoding") encoding = Lower(value);
  }
  std::string_view body = block.substr(pos);
  std::string decoded = chunked ? Dechunk(body) : std::string(body);
  if (encoding == "gzip" || encoding == "x-gzip") {
    std::unique_ptr<InputStream> in = InputStream::FromBytes(std::move(decoded));
    Result<std::string> inflated = in->ReadAll(max_body);
    if (!inflated.ok()) return false;
    decoded = std::move(*inflated);
  }
  out->body = std::move(decoded);
  return true;
}

}  // namespace hearsay::internal
