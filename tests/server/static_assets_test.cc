#include "server/static_assets.h"

#include <gtest/gtest.h>

#include <string>

namespace hearsay::internal {
namespace {

TEST(StaticAssetsTest, FindsEveryFileOfThePage) {
  for (const char* path : {"/index.html", "/app.js", "/style.css", "/world.json"}) {
    const EmbeddedFile* file = StaticAssets::Find(path);
    ASSERT_NE(file, nullptr) << path;
    EXPECT_GT(file->size, 0u) << path;
    EXPECT_EQ(file->data[file->size], '\0') << path;  // the generator ends each file with a NUL
  }
}

TEST(StaticAssetsTest, RootIsTheIndex) { EXPECT_EQ(StaticAssets::Find("/"), StaticAssets::Find("/index.html")); }

TEST(StaticAssetsTest, GivesContentTypesByExtension) {
  EXPECT_STREQ(StaticAssets::Find("/index.html")->content_type, "text/html; charset=utf-8");
  EXPECT_STREQ(StaticAssets::Find("/app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_STREQ(StaticAssets::Find("/style.css")->content_type, "text/css; charset=utf-8");
  EXPECT_STREQ(StaticAssets::Find("/world.json")->content_type, "application/json");
}

TEST(StaticAssetsTest, FindsNothingElse) {
  for (const char* path : {"", "index.html", "/index.htm", "/../index.html", "/./app.js", "//app.js", "/app.js/",
                           "/web/app.js", "/APP.JS", "/NOTICE", "/../../etc/passwd", "/%2e%2e/CMakeLists.txt"}) {
    EXPECT_EQ(StaticAssets::Find(path), nullptr) << path;
  }
  EXPECT_EQ(StaticAssets::Find(std::string_view("/app.js\0x", 9)), nullptr);
}

}  // namespace
}  // namespace hearsay::internal
