# salkku_first_start(PROGRAM WORK SAMPLES): starts the window as a new user (an empty home in WORK, offscreen,
# no other XDG data folder) with the hidden --quit-after-start, which must import the bundled sample portfolio
# and exit 0; then the command line must list a sample project and write Finnish CSV headings (the
# translations found). Included by FirstStartTest.cmake and InstallTest.cmake.
function(salkku_first_start program work samples)
    set(home "${work}/home")
    file(REMOVE_RECURSE "${home}")
    file(MAKE_DIRECTORY "${home}")
    set(ENV{HOME} "${home}")
    set(ENV{XDG_DATA_HOME} "${home}/.local/share")
    set(ENV{XDG_CONFIG_HOME} "${home}/.config")
    set(ENV{XDG_CACHE_HOME} "${home}/.cache")
    set(ENV{XDG_DATA_DIRS} "${work}/no-such-folder")
    set(ENV{QT_QPA_PLATFORM} "offscreen")
    unset(ENV{SALKKU_DB})

    execute_process(COMMAND "${program}" --quit-after-start TIMEOUT 120
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${program} --quit-after-start: exit ${status}\n${out}${err}")
    endif()
    set(portfolio "${home}/.local/share/Salkku/Salkku/portfolio.sqlite")
    if(NOT EXISTS "${portfolio}")
        message(FATAL_ERROR "the first start made no portfolio at ${portfolio}")
    endif()

    execute_process(COMMAND "${program}" list --db "${portfolio}"
                    OUTPUT_VARIABLE list ERROR_VARIABLE err RESULT_VARIABLE status)
    string(FIND "${list}" "Satakunnan sote-valmistelu" at)
    if(NOT status EQUAL 0 OR at EQUAL -1)
        message(FATAL_ERROR "the sample portfolio was not imported: salkku list (${status}):\n${list}${err}")
    endif()
    file(GLOB pages "${samples}/*.txt")
    list(LENGTH pages count)
    message(STATUS "${program}: first start imported the sample portfolio (${count} pages)")

    execute_process(COMMAND "${program}" export-csv --db "${portfolio}" --list --language fi --out "${work}/list.csv"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
    file(READ "${work}/list.csv" csv LIMIT 200)
    string(FIND "${csv}" "Nimi" at)
    if(NOT status EQUAL 0 OR at EQUAL -1)
        message(FATAL_ERROR "export-csv --language fi (${status}) wrote no Finnish headings: ${csv}\n${out}${err}")
    endif()
endfunction()
