# cmake -DAPP_ID=<id> -DVERSION=<x.y.z> -DPACKAGING_DIR=<resources/packaging> -DSOURCE_DIR=<repo> -P ...
# The desktop entry, the metainfo and the changelog agree with each other and with the project: one id, the
# project's version as the latest release, Finnish and English texts, screenshots that exist in docs/images.
set(failures "")
function(require text pattern message)
    if(NOT text MATCHES "${pattern}")
        set(failures "${failures}  ${message}\n" PARENT_SCOPE)
    endif()
endfunction()

file(READ "${PACKAGING_DIR}/${APP_ID}.desktop" desktop)
file(READ "${PACKAGING_DIR}/${APP_ID}.metainfo.xml" metainfo)

foreach(key Name GenericName Comment Keywords)
    require("${desktop}" "\n${key}=[^\n]+" "the desktop entry has no ${key}")
    require("${desktop}" "\n${key}\\[fi\\]=[^\n]+" "the desktop entry has no ${key}[fi]")
endforeach()
require("${desktop}" "\nExec=salkku\n" "the desktop entry does not run salkku")
require("${desktop}" "\nIcon=${APP_ID}\n" "the desktop entry's icon is not ${APP_ID}")

require("${metainfo}" "<id>${APP_ID}</id>" "the metainfo's id is not ${APP_ID}")
require("${metainfo}" "<launchable type=\"desktop-id\">${APP_ID}\\.desktop</launchable>"
        "the metainfo does not launch ${APP_ID}.desktop")
require("${metainfo}" "<summary xml:lang=\"fi\">" "the metainfo has no Finnish summary")
require("${metainfo}" "<p xml:lang=\"fi\">" "the metainfo has no Finnish description")
require("${metainfo}" "<content_rating type=\"oars-1\\.[01]\"" "the metainfo has no OARS content rating")
string(REGEX MATCH "<release version=\"([^\"]+)\"" release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND failures "  the latest release in the metainfo is '${CMAKE_MATCH_1}', the project's ${VERSION}\n")
endif()

file(STRINGS "${PACKAGING_DIR}/changelog" changelog LIMIT_COUNT 1)
string(REPLACE "." "\\." version_pattern "${VERSION}")
require("${changelog}" "^salkku \\(${version_pattern}\\) " "the changelog's latest entry is not ${VERSION}: ${changelog}")

# Each screenshot is a picture in docs/images, of the size the metainfo gives.
string(REGEX MATCHALL "<image type=\"source\" width=\"[0-9]+\" height=\"[0-9]+\">[^<]+</image>" images "${metainfo}")
if(NOT images)
    string(APPEND failures "  the metainfo has no screenshots\n")
endif()
foreach(image IN LISTS images)
    string(REGEX MATCH "width=\"([0-9]+)\" height=\"([0-9]+)\">[^<]*/(docs/images/[^<]+\\.png)<" _ "${image}")
    set(width "${CMAKE_MATCH_1}")
    set(height "${CMAKE_MATCH_2}")
    set(name "${CMAKE_MATCH_3}")
    if(NOT name OR NOT EXISTS "${SOURCE_DIR}/${name}")
        string(APPEND failures "  a screenshot is not a picture in docs/images: ${image}\n")
        continue()
    endif()
    # A PNG's width and height: big-endian, 16 bytes in (the IHDR chunk).
    file(READ "${SOURCE_DIR}/${name}" header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 w)
    string(SUBSTRING "${header}" 8 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT "${w}x${h}" STREQUAL "${width}x${height}")
        string(APPEND failures "  ${name} is ${w}x${h}, the metainfo says ${width}x${height}\n")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "The packaging metadata disagree:\n${failures}")
endif()
