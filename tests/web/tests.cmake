# sif serve: the security rules by plain HTTP requests against a real server (python3
# http.client), the web's own modules as unit tests, and the browser sessions (Chromium
# driven by playwright-core; skipped only where chromium or node is missing locally, and
# required in CI, where .ci/run installs them).
find_program(SIF_WEB_PYTHON NAMES python3 REQUIRED PATHS /usr/bin NO_DEFAULT_PATH)
add_test(NAME web_security COMMAND ${SIF_WEB_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/web/test_security.py
         $<TARGET_FILE:sif>)
set_tests_properties(web_security PROPERTIES TIMEOUT 300 ENVIRONMENT
  "SIF_SOURCE_DIR=${CMAKE_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1")

add_executable(test_web web/test_web.c)
target_link_libraries(test_web PRIVATE sif_web PkgConfig::CMOCKA)
target_include_directories(test_web PRIVATE ${CMAKE_SOURCE_DIR}/ledger/web)
sif_warnings(test_web)
add_test(NAME unit_web COMMAND test_web)

# The browser sessions: exit 77 (skipped, with the reason) where chromium, node or
# playwright-core is missing, unless SIF_CI is set, as .ci/run sets it.
add_test(NAME browser_sessions COMMAND ${SIF_WEB_PYTHON} ${CMAKE_SOURCE_DIR}/tests/browser/run.py
         $<TARGET_FILE:sif>)
set_tests_properties(browser_sessions PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77
  ENVIRONMENT "SIF_SOURCE_DIR=${CMAKE_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1")
