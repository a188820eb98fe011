# Warning flags for our own targets (never for generated or system code).
add_library(kgviz_warnings INTERFACE)
target_compile_options(kgviz_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                       -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(KGVIZ_WERROR)
  target_compile_options(kgviz_warnings INTERFACE -Werror)
endif()
