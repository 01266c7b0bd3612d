# typing_benchmark PORTFOLIO|PAGES_DIR: the GUI thread's stalls while searches are typed into the window (a probe
# timer), beside a bare line edit in the same run, and how soon each search shows. Prints numbers, asserts
# nothing. A folder of pages is imported into a portfolio of its own first.
add_executable(typing_benchmark ${CMAKE_CURRENT_LIST_DIR}/TypingBenchmark.cpp)
target_link_libraries(typing_benchmark PRIVATE salkku_gui salkku_flags)
# In CI, the sample portfolio so it prints quickly; run it by hand on 10 000 pages for the issue's measure.
add_test(NAME bench.typing COMMAND typing_benchmark "${PROJECT_SOURCE_DIR}/data/samples")
set_tests_properties(bench.typing PROPERTIES LABELS benchmark TIMEOUT 600 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
