# Warning flags for our own targets (never for generated or system code).
add_library(kgviz_warnings INTERFACE)
target_compile_options(kgviz_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                       -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
# GCC 12 (Debian 12's compiler) reports -Wrestrict and -Wnull-dereference inside libstdc++'s
# std::string code after inlining (string concatenation, vector<string>::insert): known false
# positives of that release, 18 of a clean build's 32 warnings, none in our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
   AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(kgviz_warnings INTERFACE -Wno-restrict -Wno-null-dereference)
endif()
if(KGVIZ_WERROR)
  target_compile_options(kgviz_warnings INTERFACE -Werror)
endif()
