# startup_benchmark [N...]: the window's start-up time and memory at N projects beside a bare QMainWindow.
add_executable(startup_benchmark ${CMAKE_CURRENT_LIST_DIR}/StartupBenchmark.cpp)
target_link_libraries(startup_benchmark PRIVATE salkku_gui salkku_flags)
# In CI, small sizes so it prints quickly; run it by hand with 100 100000 for the issue's comparison.
add_test(NAME bench.startup COMMAND startup_benchmark 100 2000)
set_tests_properties(bench.startup PROPERTIES LABELS benchmark TIMEOUT 900 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
