#include "input/input_stream.h"

#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace hearsay::internal {

struct InputStream::Zlib {
  z_stream s{};
  bool initialized = false;
  ~Zlib() {
    if (initialized) inflateEnd(&s);
  }
};

namespace {
constexpr size_t kRawBuffer = 64 * 1024;
constexpr size_t kKeepMember = 1 << 20;
bool IsGzipMagic(std::string_view s) { return s.size() >= 3 && s[0] == '\x1f' && s[1] == '\x8b' && s[2] == '\x08'; }
}  // namespace

InputStream::~InputStream() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

Result<std::unique_ptr<InputStream>> InputStream::Open(const std::string& path) {
  std::unique_ptr<InputStream> in(new InputStream());
  if (path == "-") {
    in->file_ = stdin;
  } else {
    in->file_ = std::fopen(path.c_str(), "rb");
    if (in->file_ == nullptr) {
      int err = errno;
      if (err == ENOENT) return NotFoundError(std::strerror(err));
      return IoError(std::strerror(err));
    }
    in->owns_file_ = true;
    struct stat st {};
    if (fstat(fileno(in->file_), &st) == 0 && S_ISDIR(st.st_mode)) return InvalidArgumentError("is a directory");
  }
  in->Refill();
  in->gzip_ = IsGzipMagic(std::string_view(in->raw_).substr(in->raw_begin_));
  return in;
}

std::unique_ptr<InputStream> InputStream::FromBytes(std::string bytes) {
  std::unique_ptr<InputStream> in(new InputStream());
  in->memory_ = std::move(bytes);
  in->Refill();
  in->gzip_ = IsGzipMagic(std::string_view(in->raw_).substr(in->raw_begin_));
  return in;
}

// Tops up raw_ to kRawBuffer bytes when possible; false when nothing is left.
bool InputStream::Refill() {
  size_t drop = raw_begin_;
  if (in_member_ && member_start_ != std::string::npos) {
    if (raw_begin_ - member_start_ < kKeepMember) drop = member_start_;
    else member_start_ = std::string::npos;
  }
  if (drop > 0) {
    raw_.erase(0, drop);
    raw_begin_ -= drop;
    if (member_start_ != std::string::npos) member_start_ -= std::min(member_start_, drop);
  }
  while (!eof_ && raw_.size() - raw_begin_ < kRawBuffer) {
    size_t want = kRawBuffer - (raw_.size() - raw_begin_);
    size_t old = raw_.size();
    raw_.resize(old + want);
    size_t got = 0;
    if (file_ != nullptr) {
      got = std::fread(raw_.data() + old, 1, want, file_);
      if (got < want) {
        eof_ = true;
        if (std::ferror(file_)) status_ = IoError(std::string("read failed: ") + std::strerror(errno));
      }
    } else {
      got = std::min(want, memory_.size() - memory_pos_);
      std::memcpy(raw_.data() + old, memory_.data() + memory_pos_, got);
      memory_pos_ += got;
      if (memory_pos_ == memory_.size()) {
        eof_ = true;
        std::string().swap(memory_);
        memory_pos_ = 0;
      }
    }
    raw_.resize(old + got);
  }
  return raw_.size() > raw_begin_;
}

size_t InputStream::ReadRaw(char* buf, size_t n) {
  if (raw_begin_ == raw_.size() && !Refill()) return 0;
  size_t got = std::min(n, raw_.size() - raw_begin_);
  std::memcpy(buf, raw_.data() + raw_begin_, got);
  raw_begin_ += got;
  raw_offset_ += got;
  return got;
}

// Moves the read position back to just after the damaged member's header,
// when its bytes are still buffered, so SkipToNextMember sees all that follows.
void InputStream::RewindToMemberStart() {
  if (member_start_ == std::string::npos || member_start_ >= raw_begin_) return;
  raw_offset_ -= raw_begin_ - (member_start_ + 1);
  raw_begin_ = member_start_ + 1;
  member_start_ = std::string::npos;
}

// Drops raw bytes up to the next gzip member header; false if there is none.
bool InputStream::SkipToNextMember() {
  for (;;) {
    std::string_view avail = std::string_view(raw_).substr(raw_begin_);
    size_t at = avail.find("\x1f\x8b\x08", 1);
    if (at != std::string_view::npos) {
      raw_begin_ += at;
      raw_offset_ += at;
      return true;
    }
    // Keep the last two bytes: a header may straddle the refill.
    size_t drop = avail.size() > 2 ? avail.size() - 2 : 0;
    raw_begin_ += drop;
    raw_offset_ += drop;
    if (eof_) return false;
    size_t before = raw_.size() - raw_begin_;
    Refill();
    if (raw_.size() - raw_begin_ == before) return false;
  }
}

size_t InputStream::Inflate(char* buf, size_t n) {
  if (!z_) {
    z_ = std::make_unique<Zlib>();
    if (inflateInit2(&z_->s, 15 + 16) != Z_OK) {
      status_ = InternalError("cannot initialise zlib");
      return 0;
    }
    z_->initialized = true;
  }
  z_stream& s = z_->s;
  for (;;) {
    if (raw_begin_ == raw_.size() && !Refill()) {
      if (in_member_) {
        status_ = DataError("truncated gzip data (member at byte " + std::to_string(member_offset_) + ")");
      }
      return 0;
    }
    if (!in_member_) {
      if (raw_.size() - raw_begin_ < 3 && !eof_) Refill();
      std::string_view avail = std::string_view(raw_).substr(raw_begin_);
      if (!IsGzipMagic(avail)) {
        // Trailing zero padding is common and harmless; anything else is not gzip.
        if (avail.find_first_not_of('\0') == std::string_view::npos && eof_) {
          raw_offset_ += avail.size();
          raw_begin_ = raw_.size();
          continue;
        }
        error_ = "bytes that are not gzip at byte " + std::to_string(raw_offset_) + " skipped";
        error_position_ = produced_;
        error_offset_ = raw_offset_;
        if (!SkipToNextMember()) return 0;
      }
      in_member_ = true;
      member_offset_ = raw_offset_;
      member_start_ = raw_begin_;
      inflateReset(&s);
    }
    s.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_begin_);
    s.avail_in = static_cast<uInt>(raw_.size() - raw_begin_);
    s.next_out = reinterpret_cast<Bytef*>(buf);
    s.avail_out = static_cast<uInt>(n);
    int rc = inflate(&s, Z_NO_FLUSH);
    size_t used = (raw_.size() - raw_begin_) - s.avail_in;
    raw_begin_ += used;
    raw_offset_ += used;
    size_t produced = n - s.avail_out;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR) {
      error_ = "corrupt gzip data in the member at byte " + std::to_string(member_offset_) + " (" +
               (s.msg ? s.msg : "inflate failed") + "); skipped to the next member";
      in_member_ = false;
      produced_ += produced;
      error_position_ = produced_;
      error_offset_ = member_offset_;
      RewindToMemberStart();
      if (!SkipToNextMember() || produced > 0) return produced;
      continue;
    } else if (used == 0 && produced == 0 && raw_begin_ < raw_.size()) {
      // No progress with input at hand: zlib cannot go on with this member.
      error_ = "corrupt gzip data in the member at byte " + std::to_string(member_offset_) +
               "; skipped to the next member";
      in_member_ = false;
      error_position_ = produced_;
      error_offset_ = member_offset_;
      RewindToMemberStart();
      if (!SkipToNextMember()) return 0;
    }
    if (produced > 0) {
      produced_ += produced;
      return produced;
    }
  }
}

size_t InputStream::Read(char* buf, size_t n) {
  if (n == 0) return 0;
  if (peeked_pos_ < peeked_.size()) {
    size_t end = peeked_.size();
    for (size_t i = 0; i < peek_marks_.size(); ++i) {
      if (peek_marks_[i].first <= peeked_pos_) {
        read_member_offset_ = peek_marks_[i].second;
      } else {
        end = peek_marks_[i].first;
        break;
      }
    }
    size_t got = std::min(n, end - peeked_pos_);
    std::memcpy(buf, peeked_.data() + peeked_pos_, got);
    peeked_pos_ += got;
    if (peeked_pos_ == peeked_.size()) {
      peeked_.clear();
      peeked_pos_ = 0;
      peek_marks_.clear();
    }
    return got;
  }
  if (!status_.ok()) return 0;
  if (!gzip_) return ReadRaw(buf, n);
  size_t got = Inflate(buf, n);
  read_member_offset_ = member_offset_;
  return got;
}

std::string_view InputStream::Peek(size_t n) {
  if (peeked_pos_ > 0) {
    peeked_.erase(0, peeked_pos_);
    for (auto& mark : peek_marks_) mark.first = mark.first > peeked_pos_ ? mark.first - peeked_pos_ : 0;
    peeked_pos_ = 0;
  }
  char buf[16384];
  while (peeked_.size() < n) {
    size_t want = std::min(sizeof buf, n - peeked_.size());
    size_t got = !status_.ok() ? 0 : gzip_ ? Inflate(buf, want) : ReadRaw(buf, want);
    if (got == 0) break;
    if (gzip_ && (peek_marks_.empty() || peek_marks_.back().second != member_offset_))
      peek_marks_.emplace_back(peeked_.size(), member_offset_);
    peeked_.append(buf, got);
  }
  return std::string_view(peeked_).substr(0, std::min(n, peeked_.size()));
}

Result<std::string> InputStream::ReadAll(size_t max_bytes) {
  std::string out;
  char buf[65536];
  for (;;) {
    size_t got = Read(buf, sizeof buf);
    if (got == 0) break;
    if (out.size() + got > max_bytes) {
      return TooLargeError(std::string(gzip_ ? "decompresses to" : "is") + " more than " +
                           std::to_string(max_bytes) + " bytes (the limit)");
    }
    out.append(buf, got);
  }
  if (!status_.ok()) return status_;
  if (error_) return DataError(*error_);
  return out;
}

std::optional<std::string> InputStream::TakeError() {
  std::optional<std::string> e = std::move(error_);
  error_.reset();
  return e;
}

}  // namespace hearsay::internal
