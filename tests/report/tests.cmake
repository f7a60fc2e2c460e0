# Report tests: a real client (python3-openpyxl) reads every workbook sif writes, and
# xmllint validates every XML against its schema in templates/.
find_program(SIF_REPORT_PYTHON NAMES python3 REQUIRED PATHS /usr/bin NO_DEFAULT_PATH)
find_program(SIF_XMLLINT NAMES xmllint REQUIRED)
file(GLOB SIF_REPORT_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/report/test_*.py)
foreach(f ${SIF_REPORT_TESTS})
  get_filename_component(n ${f} NAME_WE)
  string(REGEX REPLACE "^test_" "" n ${n})
  add_test(NAME report_${n} COMMAND ${SIF_REPORT_PYTHON} ${f} $<TARGET_FILE:sif-testclock>)
  set_tests_properties(report_${n} PROPERTIES SKIP_RETURN_CODE 77 ENVIRONMENT
    "SIF_SOURCE_DIR=${CMAKE_SOURCE_DIR};XMLLINT=${SIF_XMLLINT};LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/report/lsan.supp")
endforeach()
