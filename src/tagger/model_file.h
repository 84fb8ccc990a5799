// ModelFile: the container every hearsay model is stored in.
//
// A model file is a small, versioned, checksummed bundle of named sections:
//
//   offset 0   8 bytes   magic "HSYMODEL"
//              u32       format version (kModelFormatVersion)
//              string    kind, e.g. "pos-tagger", "ner-tagger"
//              u32       number of sections
//   per section:
//              string    name ("meta", "labels", "weights", "selftest" ...)
//              u64       payload length in bytes
//              u64       FNV-1a 64 checksum of the payload
//              bytes     payload
//              u64       FNV-1a 64 checksum of every byte before it
//
// Integers are little-endian; strings are a varint length and UTF-8 bytes
// (see byte_io.h). The loader refuses a wrong magic or version, a truncated
// file, a bad checksum and any byte left after the trailer, each with a one-
// line message naming the file.
//
// Format versions (list every change here, above the loader):
//   1  first version.
//
//   ModelFile m("pos-tagger");
//   m.AddSection("weights", bytes);
//   HEARSAY_RETURN_IF_ERROR(m.Write("pos.model"));
//   Result<ModelFile> loaded = ModelFile::Read("pos.model");
//   Result<std::string_view> w = loaded->Section("weights");
//
// A ModelFile is an immutable value once built; concurrent reads are safe.
#ifndef HEARSAY_TAGGER_MODEL_FILE_H_
#define HEARSAY_TAGGER_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hearsay/status.h"

namespace hearsay::internal {

inline constexpr uint32_t kModelFormatVersion = 1;

class ModelFile {
 public:
  explicit ModelFile(std::string kind) : kind_(std::move(kind)) {}

  // Reads and checks the model at `path`. Errors: NotFound (no such file),
  // IoError, DataError (not a model, wrong version, truncated, corrupt).
  static Result<ModelFile> Read(const std::string& path);
  // Checks and parses `bytes`; `name` is used in error messages only.
  static Result<ModelFile> Parse(std::string bytes, const std::string& name);

  const std::string& kind() const { return kind_; }
  // Appends a section; names should be unique.
  void AddSection(std::string name, std::string payload);
  // The payload of the section called `name`, or a DataError naming it.
  Result<std::string_view> Section(std::string_view name) const;
  bool HasSection(std::string_view name) const;

  // The file's bytes, ready to write.
  std::string Serialize() const;
  // Writes Serialize() to `path` (via a temporary file, renamed into place).
  Status Write(const std::string& path) const;

 private:
  std::string kind_;
  std::string name_;  // where it was read from, for messages
  std::vector<std::pair<std::string, std::string>> sections_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_MODEL_FILE_H_
