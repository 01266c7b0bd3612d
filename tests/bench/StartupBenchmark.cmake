# startup_benchmark [N...]: the window's start-up time and memory at N projects beside a bare QMainWindow, from
# launch to the first paint. The bare window is a program of its own, linked with Qt Widgets alone.
add_executable(startup_bare ${CMAKE_CURRENT_LIST_DIR}/StartupBare.cpp ${CMAKE_CURRENT_LIST_DIR}/FirstPaint.h)
target_link_libraries(startup_bare PRIVATE Qt6::Widgets salkku_flags)
add_executable(startup_benchmark ${CMAKE_CURRENT_LIST_DIR}/StartupBenchmark.cpp ${CMAKE_CURRENT_LIST_DIR}/FirstPaint.h)
target_link_libraries(startup_benchmark PRIVATE salkku_gui salkku_flags)
# Both linked as the program is (src/CMakeLists.txt), so that loading them costs what loading a program does.
target_link_options(startup_bare PRIVATE LINKER:-z,relro LINKER:-z,now)
target_link_options(startup_benchmark PRIVATE LINKER:-z,relro LINKER:-z,now)
add_dependencies(startup_benchmark startup_bare)
# In CI, small sizes so it prints quickly; run it by hand with 100 100000 for the issue's comparison.
add_test(NAME bench.startup COMMAND startup_benchmark 100 2000)
set_tests_properties(bench.startup PROPERTIES LABELS benchmark TIMEOUT 900 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
