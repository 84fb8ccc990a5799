# The server: API routes, bad requests, static files, and the page in a real
# (headless) browser. The clients are cpp-httplib's (see src/server/sources.cmake).
hearsay_test(server_test server/server_test.cc)
target_link_libraries(server_test PRIVATE PkgConfig::HTTPLIB simdjson::simdjson)

hearsay_test(static_assets_test server/static_assets_test.cc)

hearsay_test(ledger_pool_test server/ledger_pool_test.cc)

hearsay_test(response_cache_test server/response_cache_test.cc)

# The ledger's document search and stored extract JSON (schema version 2),
# which the server's GET /api/documents routes read.
hearsay_test(document_search_test ledger/document_search_test.cc)
target_link_libraries(document_search_test PRIVATE SQLite::SQLite3)

# Loads the page in Debian's chromium (skipped when it is not installed) and
# saves screenshots under the build directory.
hearsay_test(browser_test server/browser_test.cc)
target_link_libraries(browser_test PRIVATE PkgConfig::HTTPLIB)
target_compile_definitions(browser_test PRIVATE HEARSAY_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
