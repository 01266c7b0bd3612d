# cmake -DPROGRAM=<tool> -DARGUMENTS=<a;b> -P ExpectSilent.cmake
# Passes when the tool exits 0 and prints nothing: a validator's warnings and hints fail the test too.
execute_process(COMMAND ${PROGRAM} ${ARGUMENTS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} ${ARGUMENTS}: exit ${status}\n${out}${err}")
endif()
