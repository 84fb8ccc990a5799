# The server: `hearsay serve`'s HTTP API and the web page it carries.
# cpp-httplib from Debian (libcpp-httplib-dev, a compiled library there):
# thread pool, timeouts and payload limits built in; see server.cc for why.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# The web page (web/), compiled into the binary.
set(HEARSAY_WEB_FILES
  ${CMAKE_CURRENT_SOURCE_DIR}/web/index.html
  ${CMAKE_CURRENT_SOURCE_DIR}/web/app.js
  ${CMAKE_CURRENT_SOURCE_DIR}/web/style.css
  ${CMAKE_CURRENT_SOURCE_DIR}/web/world.json)
set(HEARSAY_WEB_OUT ${CMAKE_CURRENT_BINARY_DIR}/generated/web_assets.cc)
string(REPLACE ";" "|" HEARSAY_WEB_FILES_ARG "${HEARSAY_WEB_FILES}")
add_custom_command(
  OUTPUT ${HEARSAY_WEB_OUT}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${HEARSAY_WEB_OUT} -DFILES=${HEARSAY_WEB_FILES_ARG}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_web.cmake
  DEPENDS ${HEARSAY_WEB_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_web.cmake
  COMMENT "Embedding the web page"
  VERBATIM)

target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/server/api.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/server/ledger_pool.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/server/response_cache.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/server/server.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/server/static_assets.cc
  ${HEARSAY_WEB_OUT})
target_link_libraries(hearsay PRIVATE PkgConfig::HTTPLIB)
