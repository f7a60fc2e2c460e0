# tests/fuzz/targets.cmake — the fuzz targets (tests/fuzz/fuzz_<name>.c, seed corpus in
# tests/fuzz/corpus/<name>/), shared by the libFuzzer build and the corpus replay tests.
set(SIF_FUZZ_TARGETS amount xml xlsx sie)
if(EXISTS ${CMAKE_SOURCE_DIR}/importers/csv.h)
  list(APPEND SIF_FUZZ_TARGETS csv)
endif()
