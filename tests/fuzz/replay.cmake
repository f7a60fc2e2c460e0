# tests/fuzz/replay.cmake — every build replays each fuzz target's corpus as a CTest test:
# the target's LLVMFuzzerTestOneInput, compiled without libFuzzer, run over every file of
# tests/fuzz/corpus/<name>/ (the seeds and every input a fuzzing run found worth keeping).
include(${CMAKE_SOURCE_DIR}/tests/fuzz/targets.cmake)
foreach(t ${SIF_FUZZ_TARGETS})
  add_executable(replay_${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/replay.c
                 ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${t}.c)
  target_link_libraries(replay_${t} PRIVATE sif_import sif_core)
  target_include_directories(replay_${t} PRIVATE ${CMAKE_SOURCE_DIR}/importers)
  sif_warnings(replay_${t})
  add_test(NAME fuzz_replay_${t}
           COMMAND replay_${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/${t})
endforeach()
