#include "tagger/model_search.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace hearsay::internal {

std::vector<std::string> ModelSearchPath(const std::string& model_dir) {
  std::vector<std::string> dirs;
  if (!model_dir.empty()) dirs.push_back(model_dir);
  if (const char* env = std::getenv("HEARSAY_MODEL_DIR"); env != nullptr && *env != '\0') dirs.push_back(env);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path dir = exe.parent_path();
    dirs.push_back((dir / "models").string());
    dirs.push_back((dir.parent_path() / "models").string());
    dirs.push_back((dir.parent_path() / "share" / "hearsay" / "models").string());
  }
#ifdef HEARSAY_SOURCE_MODEL_DIR
  dirs.push_back(HEARSAY_SOURCE_MODEL_DIR);
#endif
  return dirs;
}

Result<std::string> FindModelFile(const std::string& file, const std::string& model_dir) {
  std::vector<std::string> dirs = ModelSearchPath(model_dir);
  std::string tried;
  for (const std::string& dir : dirs) {
    std::filesystem::path p = std::filesystem::path(dir) / file;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p.string();
    if (!tried.empty()) tried += ", ";
    tried += dir;
  }
  return NotFoundError("model file " + file + " not found (looked in " + tried +
                       "; set HEARSAY_MODEL_DIR to the directory holding it)");
}

}  // namespace hearsay::internal
