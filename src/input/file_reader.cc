#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "hearsay/input.h"

namespace hearsay {

Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  const bool is_stdin = path == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    int err = errno;
    if (err == ENOENT) return NotFoundError(std::strerror(err));
    return IoError(std::strerror(err));
  }
  struct stat st {};
  if (fstat(fileno(f), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (!is_stdin) std::fclose(f);
      return InvalidArgumentError("is a directory");
    }
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      if (!is_stdin) std::fclose(f);
      return TooLargeError("too large (" + std::to_string(st.st_size) + " bytes; the limit is " +
                           std::to_string(max_bytes) + ")");
    }
  }
  std::string bytes;
  if (S_ISREG(st.st_mode) && st.st_size > 0) bytes.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    size_t got = std::fread(buf, 1, sizeof buf, f);
    bytes.append(buf, got);
    if (bytes.size() > max_bytes) {
      if (!is_stdin) std::fclose(f);
      return TooLargeError("too large (more than " + std::to_string(max_bytes) + " bytes)");
    }
    if (got < sizeof buf) break;
  }
  bool failed = std::ferror(f) != 0;
  int err = errno;
  if (!is_stdin) std::fclose(f);
  if (failed) return IoError(std::string("read failed: ") + std::strerror(err));
  return bytes;
}

Result<Document> ReadTextFile(const std::string& path, const DecodeOptions& options) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  DocumentInfo info;
  info.id = path;
  return DecodeText(*bytes, std::move(info), options);
}

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int year = std::stoi(std::string(d.substr(0, 4)));
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

}  // namespace hearsay
