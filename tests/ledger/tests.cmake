hearsay_test(claims_test ledger/claims_test.cc)
hearsay_test(ledger_test ledger/ledger_test.cc)
target_link_libraries(ledger_test PRIVATE SQLite::SQLite3)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME ledger_crash_test
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ledger/crash_test.py $<TARGET_FILE:hearsay_cli>)
  set_tests_properties(ledger_crash_test PROPERTIES TIMEOUT 300)
endif()
