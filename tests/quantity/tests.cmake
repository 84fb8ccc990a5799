# Tests of the quantity annotators (src/quantity).
hearsay_test(number_parser_test quantity/number_parser_test.cc)
hearsay_test(date_resolver_test quantity/date_resolver_test.cc)
hearsay_test(units_table_test quantity/units_table_test.cc)
hearsay_test(quantity_annotator_test quantity/quantity_annotator_test.cc)

# The seed article against its gold quantities (bench/eval_quantities.py): all
# 12 with the right value and qualifier, at least 10 with the right counts and
# where. Sources come from the attribution annotator and are reported, not
# required here. Skips (and passes) when ../shared is absent.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME eval_quantities_seed
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/bench/eval_quantities.py
                   --hearsay $<TARGET_FILE:hearsay_cli> --min-value-qualifier 12 --min-counts-where 10)
endif()
