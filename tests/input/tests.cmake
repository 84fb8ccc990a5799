# Ingestion tests: HTML, charsets, feeds, WARC, gzip, format detection, and
# `hearsay extract` on web inputs.
set(HEARSAY_INGEST_TESTS charset_test date_parser_test html_extractor_test feed_reader_test
    input_stream_test warc_reader_test format_detector_test document_source_test ingest_cli_test)
foreach(t ${HEARSAY_INGEST_TESTS})
  hearsay_test(${t} input/${t}.cc)
  target_link_libraries(${t} PRIVATE LibXml2::LibXml2 ZLIB::ZLIB)
endforeach()
add_dependencies(ingest_cli_test hearsay_cli)
