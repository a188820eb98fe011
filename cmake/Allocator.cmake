# kgviz_allocator: mimalloc for the executables that run the pipeline (kgviz, the extract
# benches). glibc's malloc/free and the page faults of fresh heap were about 14% of a run
# (docs/extraction.md, "Fourth round"). Never with sanitizers: they replace malloc themselves.
option(KGVIZ_MIMALLOC "Link mimalloc into the kgviz executable and the extract benches" ON)
add_library(kgviz_allocator INTERFACE)
if(KGVIZ_MIMALLOC AND NOT KGVIZ_SANITIZE)
  find_package(mimalloc 2 QUIET CONFIG)
  kgviz_require(mimalloc_FOUND libmimalloc-dev "mimalloc (or configure with -DKGVIZ_MIMALLOC=OFF)")
  # The options file makes a real reference to libmimalloc, so the link keeps it (and with it the
  # malloc/free/operator new that replace glibc's for the whole process).
  target_sources(kgviz_allocator INTERFACE ${CMAKE_CURRENT_LIST_DIR}/mimalloc_options.cpp)
  target_link_libraries(kgviz_allocator INTERFACE mimalloc)
  message(STATUS "kgviz: mimalloc ${mimalloc_VERSION} for the executables")
endif()
