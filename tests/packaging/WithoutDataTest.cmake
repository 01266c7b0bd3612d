# cmake -DSALKKU=<build folder's program> -DWORK=<folder> -P WithoutDataTest.cmake
# The program copied alone to another folder, with no data folder beside it nor in the XDG data folders, does
# not find the build folder's data (no path of it is compiled in): its first start imports nothing and
# --quit-after-start exits 1; the command line still runs, in English.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/bin" "${WORK}/home")
file(COPY "${SALKKU}" DESTINATION "${WORK}/bin")
get_filename_component(name "${SALKKU}" NAME)
set(program "${WORK}/bin/${name}")
set(ENV{HOME} "${WORK}/home")
set(ENV{XDG_DATA_HOME} "${WORK}/home/.local/share")
set(ENV{XDG_CONFIG_HOME} "${WORK}/home/.config")
set(ENV{XDG_CACHE_HOME} "${WORK}/home/.cache")
set(ENV{XDG_DATA_DIRS} "${WORK}/no-such-folder")
set(ENV{QT_QPA_PLATFORM} "offscreen")
unset(ENV{SALKKU_DB})

execute_process(COMMAND "${program}" --quit-after-start TIMEOUT 120
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 1)
    message(FATAL_ERROR "without its data, --quit-after-start should exit 1, not ${status}\n${out}${err}")
endif()
execute_process(COMMAND "${program}" export-csv --db "${WORK}/home/.local/share/Salkku/Salkku/portfolio.sqlite"
                        --list --language fi --out "${WORK}/list.csv"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
file(READ "${WORK}/list.csv" csv LIMIT 200)
string(FIND "${csv}" "Name" at)
if(NOT status EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "export-csv without translations (${status}) should write English headings: ${csv}\n${out}${err}")
endif()
