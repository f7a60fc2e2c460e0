# Every tests/unit/test_<module>.c is one cmocka test program.
file(GLOB SIF_UNIT_TEST_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_*.c)
foreach(f ${SIF_UNIT_TEST_FILES})
  get_filename_component(n ${f} NAME_WE)
  string(REGEX REPLACE "^test_" "" n ${n})
  sif_unit_test(${n})
endforeach()
