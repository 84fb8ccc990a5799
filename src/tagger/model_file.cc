#include "tagger/model_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "hearsay/input.h"
#include "tagger/byte_io.h"

namespace hearsay::internal {
namespace {

constexpr std::string_view kMagic = "HSYMODEL";

}  // namespace

void ModelFile::AddSection(std::string name, std::string payload) {
  sections_.emplace_back(std::move(name), std::move(payload));
}

bool ModelFile::HasSection(std::string_view name) const {
  for (const auto& s : sections_)
    if (s.first == name) return true;
  return false;
}

Result<std::string_view> ModelFile::Section(std::string_view name) const {
  for (const auto& s : sections_)
    if (s.first == name) return std::string_view(s.second);
  return DataError("model " + name_ + " has no section '" + std::string(name) + "'");
}

std::string ModelFile::Serialize() const {
  ByteWriter w;
  w.Raw(kMagic);
  w.U32(kModelFormatVersion);
  w.String(kind_);
  w.U32(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, payload] : sections_) {
    w.String(name);
    w.U64(payload.size());
    w.U64(Fnv1a64(payload));
    w.Raw(payload);
  }
  w.U64(Fnv1a64(w.bytes()));
  return w.Release();
}

Status ModelFile::Write(const std::string& path) const {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError("cannot write " + tmp + ": " + std::strerror(errno));
    const std::string bytes = Serialize();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return IoError("cannot write " + tmp + ": " + std::strerror(errno));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return IoError("cannot rename " + tmp + " to " + path + ": " + std::strerror(errno));
  }
  return Status::Ok();
}

Result<ModelFile> ModelFile::Read(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, size_t{1} << 30);
  if (!bytes.ok()) {
    return Status(bytes.status().code(), "model " + path + ": " + bytes.status().message());
  }
  return Parse(std::move(*bytes), path);
}

Result<ModelFile> ModelFile::Parse(std::string bytes, const std::string& name) {
  auto corrupt = [&](const std::string& what) { return DataError("model " + name + ": " + what); };
  if (bytes.size() < kMagic.size() || std::string_view(bytes).substr(0, kMagic.size()) != kMagic) {
    return corrupt("not a hearsay model file (bad magic)");
  }
  ByteReader r(bytes);
  std::string_view magic;
  r.Raw(kMagic.size(), &magic);
  uint32_t version = 0;
  if (!r.U32(&version)) return corrupt("truncated (file ends in the header)");
  if (version != kModelFormatVersion) {
    return corrupt("format version " + std::to_string(version) + ", but this hearsay reads version " +
                   std::to_string(kModelFormatVersion) + " (retrain or update hearsay)");
  }
  ModelFile model("");
  model.name_ = name;
  uint32_t count = 0;
  if (!r.String(&model.kind_) || !r.U32(&count)) return corrupt("truncated (file ends in the header)");
  for (uint32_t i = 0; i < count; ++i) {
    std::string section;
    uint64_t length = 0, checksum = 0;
    if (!r.String(&section) || !r.U64(&length) || !r.U64(&checksum)) {
      return corrupt("truncated (file ends in section " + std::to_string(i + 1) + " of " + std::to_string(count) + ")");
    }
    std::string_view payload;
    if (!r.Raw(length, &payload)) {
      return corrupt("truncated (section '" + section + "' needs " + std::to_string(length) + " bytes, " +
                     std::to_string(r.remaining()) + " left)");
    }
    if (Fnv1a64(payload) != checksum) return corrupt("checksum mismatch in section '" + section + "'");
    model.sections_.emplace_back(std::move(section), std::string(payload));
  }
  const size_t body_end = r.position();
  uint64_t file_checksum = 0;
  if (!r.U64(&file_checksum)) return corrupt("truncated (no trailing checksum)");
  if (Fnv1a64(std::string_view(bytes).substr(0, body_end)) != file_checksum) {
    return corrupt("checksum mismatch in the header");
  }
  if (!r.done()) return corrupt(std::to_string(r.remaining()) + " unexpected bytes after the end");
  return model;
}

}  // namespace hearsay::internal
