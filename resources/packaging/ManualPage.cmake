# cmake -DSALKKU=<program> -DOUTPUT=<dir>/salkku.1 -P ManualPage.cmake
# Writes the manual page the program prints (`salkku --man`). A fixed locale, so that the page is the same on
# every machine; no leak check at exit (in a sanitizer build: that is the tests' business).
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
execute_process(COMMAND "${SALKKU}" --man
                OUTPUT_FILE "${OUTPUT}.new" ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${SALKKU} --man failed (${status}): ${errors}")
endif()
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
