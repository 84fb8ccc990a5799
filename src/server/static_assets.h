// StaticAssets: the web page's files, compiled into the binary from web/ by
// cmake/embed_web.cmake, so `hearsay serve` needs nothing on disk and
// downloads nothing at run time.
//
//   const EmbeddedFile* file = StaticAssets::Find("/app.js");
//   if (file) Send(file->content_type, std::string_view(file->data, file->size));
//
// Lookup is by exact path in a fixed table: a request path is never joined
// to a directory, so "../" and its encodings cannot reach any other file.
// Thread-safe (the table is constant).
#ifndef HEARSAY_SERVER_STATIC_ASSETS_H_
#define HEARSAY_SERVER_STATIC_ASSETS_H_

#include <cstddef>
#include <string_view>

namespace hearsay::internal {

// One file of web/, as generated into web_assets.cc.
struct EmbeddedFile {
  const char* path;          // "/index.html", "/app.js" ...
  const char* content_type;  // "text/javascript; charset=utf-8" ...
  const char* data;
  size_t size;
};

// The generated table (web_assets.cc).
extern const EmbeddedFile kWebAssets[];
extern const size_t kWebAssetCount;

class StaticAssets {
 public:
  // The file served at `path`; "/" is "/index.html". Null if there is none.
  static const EmbeddedFile* Find(std::string_view path);
};

}  // namespace hearsay::internal

#endif  // HEARSAY_SERVER_STATIC_ASSETS_H_
