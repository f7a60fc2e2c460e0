# Every tests/cli/cases/<name>.t is one end-to-end case of the sif command (see run_case.py).
find_program(SIF_PYTHON NAMES python3 REQUIRED PATHS /usr/bin NO_DEFAULT_PATH)
file(GLOB SIF_CLI_CASES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cli/cases/*.t)
foreach(f ${SIF_CLI_CASES})
  get_filename_component(n ${f} NAME_WE)
  add_test(NAME cli_${n} COMMAND ${SIF_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_case.py
           $<TARGET_FILE:sif-testclock> ${f} $<TARGET_FILE:sif>)
  set_tests_properties(cli_${n} PROPERTIES ENVIRONMENT
    "SIF_SOURCE_DIR=${CMAKE_SOURCE_DIR};SIF_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data")
endforeach()

# the man page names every option each command's --help names, and the import formats
add_test(NAME cli_manpage COMMAND ${SIF_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_manpage.py
         $<TARGET_FILE:sif> ${CMAKE_SOURCE_DIR}/doc/sif.1)

# one language throughout (SPEC §14): every command of the table, run in English and in
# Swedish, says nothing in the other language (names users typed aside)
add_test(NAME cli_one_language COMMAND ${SIF_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_language.py
         $<TARGET_FILE:sif> ${CMAKE_SOURCE_DIR})
set_tests_properties(cli_one_language PROPERTIES
  ENVIRONMENT "SIF_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data" TIMEOUT 300)

# a dry run's progress bar says checking, never importing (issue 15); stderr is a terminal
add_test(NAME cli_progress_bar COMMAND ${SIF_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_progress.py
         $<TARGET_FILE:sif>)
set_tests_properties(cli_progress_bar PROPERTIES TIMEOUT 300)

# the Monte Carlo's runs show a progress bar on stderr (sif simulate, sif report --simulate):
# on a terminal after a second, with --progress from the start, never on stdout
add_test(NAME cli_sim_progress COMMAND ${SIF_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_sim_progress.py
         $<TARGET_FILE:sif>)
set_tests_properties(cli_sim_progress PROPERTIES TIMEOUT 300)
