# cmake -DBUILD_DIR=<build folder> -DWORK=<folder> -DAPP_ID=<id> -DSAMPLES=<data/samples> -P InstallTest.cmake
# `cmake --install` into a prefix, which is then moved: the moved tree holds exactly the files of the install
# layout, its icons are the sizes their folders say, its program runs (--version, parse of the installed sample
# pages and of every seed page when SALKKU_SEED_DIR is set) and still finds its data (no path of the build or
# source folder, nor of the first prefix, is needed).
include("${CMAKE_CURRENT_LIST_DIR}/FirstStart.cmake")
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK}/prefix"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}):\n${out}${err}")
endif()
file(RENAME "${WORK}/prefix" "${WORK}/moved")
set(prefix "${WORK}/moved")

set(sizes 16 22 24 32 48 64 128 256 512)
set(expected
    bin/salkku
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/salkku.1.gz
    share/doc/salkku/copyright
    share/doc/salkku/changelog.gz
    share/lintian/overrides/salkku
    share/salkku/translations/salkku_en.qm
    share/salkku/translations/salkku_fi.qm)
foreach(size IN LISTS sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB pages RELATIVE "${SAMPLES}" "${SAMPLES}/*.txt")
foreach(page IN LISTS pages)
    list(APPEND expected share/salkku/samples/${page})
endforeach()
file(GLOB_RECURSE installed RELATIVE "${prefix}" "${prefix}/*")
list(SORT expected)
list(SORT installed)
if(NOT installed STREQUAL expected)
    set(missing ${expected})
    list(REMOVE_ITEM missing ${installed})
    set(extra ${installed})
    list(REMOVE_ITEM extra ${expected})
    message(FATAL_ERROR "the installed files differ from the layout:\n  missing: ${missing}\n  not expected: ${extra}")
endif()

foreach(size IN LISTS sizes)
    file(READ "${prefix}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png" header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 w)
    string(SUBSTRING "${header}" 8 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT "${w}x${h}" STREQUAL "${size}x${size}")
        message(FATAL_ERROR "the ${size}x${size} icon is ${w}x${h}")
    endif()
endforeach()

execute_process(COMMAND "${prefix}/bin/salkku" --version OUTPUT_VARIABLE version RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version MATCHES "^salkku [0-9]")
    message(FATAL_ERROR "salkku --version (${status}): ${version}")
endif()

# salkku parse: the installed sample pages, and the real Innokylä exports of SALKKU_SEED_DIR when it is set (a
# missing folder fails, as in the other tests). Every page must parse (exit 0) and be summarised.
file(GLOB parsed "${prefix}/share/salkku/samples/*.txt")
if(DEFINED ENV{SALKKU_SEED_DIR} AND NOT "$ENV{SALKKU_SEED_DIR}" STREQUAL "")
    if(NOT IS_DIRECTORY "$ENV{SALKKU_SEED_DIR}")
        message(FATAL_ERROR "SALKKU_SEED_DIR names a missing folder: $ENV{SALKKU_SEED_DIR}")
    endif()
    file(GLOB seeds "$ENV{SALKKU_SEED_DIR}/*.txt")
    if(NOT seeds)
        message(FATAL_ERROR "SALKKU_SEED_DIR holds no *.txt page: $ENV{SALKKU_SEED_DIR}")
    endif()
    list(APPEND parsed ${seeds})
endif()
execute_process(COMMAND "${prefix}/bin/salkku" parse ${parsed}
                OUTPUT_VARIABLE summary ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "salkku parse (${status}):\n${summary}${err}")
endif()
foreach(page IN LISTS parsed)
    string(FIND "${summary}" "${page}: " at)
    if(at EQUAL -1)
        message(FATAL_ERROR "salkku parse printed no summary of ${page}:\n${summary}")
    endif()
endforeach()
list(LENGTH parsed count)
message(STATUS "salkku parse: ${count} pages")

salkku_first_start("${prefix}/bin/salkku" "${WORK}" "${SAMPLES}")
