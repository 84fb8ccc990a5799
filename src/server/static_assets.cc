#include "server/static_assets.h"

namespace hearsay::internal {

const EmbeddedFile* StaticAssets::Find(std::string_view path) {
  if (path == "/") path = "/index.html";
  for (size_t i = 0; i < kWebAssetCount; ++i) {
    if (path == kWebAssets[i].path) return &kWebAssets[i];
  }
  return nullptr;
}

}  // namespace hearsay::internal
