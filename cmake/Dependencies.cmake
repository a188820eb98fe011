# Every dependency comes from a Debian package; a missing one stops configure naming that package.
function(kgviz_require found package what)
  if(NOT ${found})
    message(FATAL_ERROR "kgviz needs ${what}: install the Debian package '${package}' "
                        "(or run scripts/setup)")
  endif()
endfunction()

find_package(Threads REQUIRED)

find_package(PkgConfig QUIET)
kgviz_require(PkgConfig_FOUND pkg-config "pkg-config")

find_package(Boost 1.74 QUIET CONFIG COMPONENTS graph)
kgviz_require(Boost_FOUND libboost-graph-dev "Boost.Graph")

find_package(nlohmann_json 3.10 QUIET CONFIG)
kgviz_require(nlohmann_json_FOUND nlohmann-json3-dev "nlohmann/json")

pkg_check_modules(SPNG QUIET IMPORTED_TARGET spng)
kgviz_require(SPNG_FOUND libspng-dev "libspng (PNG encoder)")

if(KGVIZ_BUILD_APP)
  pkg_check_modules(GLFW QUIET IMPORTED_TARGET glfw3)
  kgviz_require(GLFW_FOUND libglfw3-dev "GLFW")
  pkg_check_modules(EGL QUIET IMPORTED_TARGET egl)
  kgviz_require(EGL_FOUND libegl-dev "EGL (windowless GL for snapshots)")
  pkg_check_modules(IMGUI QUIET IMPORTED_TARGET imgui)
  kgviz_require(IMGUI_FOUND libimgui-dev "Dear ImGui")
  find_program(KGVIZ_GLAD glad)
  kgviz_require(KGVIZ_GLAD python3-glad "the glad 2 loader generator")
endif()

if(KGVIZ_BUILD_TESTS)
  find_package(GTest QUIET CONFIG)
  kgviz_require(GTest_FOUND libgtest-dev "GoogleTest")
endif()

if(KGVIZ_BUILD_BENCH)
  find_package(benchmark QUIET CONFIG)
  kgviz_require(benchmark_FOUND libbenchmark-dev "Google Benchmark")
endif()
