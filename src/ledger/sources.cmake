# The ledger: SQLite storage, claim grouping.
find_package(SQLite3 REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/ledger/claims.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/ledger/ledger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/ledger/normalize.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/ledger/sqlite_store.cc
  # The JSON writers for the ledger's answers (claims, sources ...), shared by the CLI and the server.
  ${CMAKE_CURRENT_SOURCE_DIR}/src/output/ledger_json.cc)
target_link_libraries(hearsay PRIVATE SQLite::SQLite3 PkgConfig::XXHASH)
