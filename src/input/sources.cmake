# Ingestion: HTML pages, RSS/Atom feeds and WARC files -> Documents.
# libxml2 parses HTML and feeds, ICU decodes charsets, zlib inflates gzip
# (see the header comments of html_parser.h, charset.h and input_stream.h for
# why these). All are Debian packages: libxml2-dev, libicu-dev, zlib1g-dev.
find_package(LibXml2 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/body_extractor.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/charset.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/date_parser.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/document_source.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/feed_reader.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/format_detector.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/html_extractor.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/html_parser.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/input_stream.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/metadata_extractor.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/input/warc_reader.cc)
target_link_libraries(hearsay PRIVATE LibXml2::LibXml2 ZLIB::ZLIB ICU::uc ICU::i18n)
