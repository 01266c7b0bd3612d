# cmake -DSALKKU=<build folder's program> -DWORK=<folder> -DSAMPLES=<data/samples> -P FirstStartTest.cmake
# The program run from the build folder (as the README does) finds the staged data (build/…/share/salkku).
include("${CMAKE_CURRENT_LIST_DIR}/FirstStart.cmake")
file(REMOVE_RECURSE "${WORK}")
salkku_first_start("${SALKKU}" "${WORK}" "${SAMPLES}")
