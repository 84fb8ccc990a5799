# The quantity annotators: numbers, qualifiers, counted things, places, dates.
target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/counted_thing.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/date_resolver.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/number_parser.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/place_finder.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/qualifier.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/quantity_annotator.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/quantity/units_table.cc)
