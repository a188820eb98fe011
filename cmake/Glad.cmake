# Generates the OpenGL 3.3 core loader with glad 2 into the build folder at configure time.
# --reproducible uses the specs bundled with python3-glad: no download.
set(KGVIZ_GLAD_DIR ${CMAKE_BINARY_DIR}/glad)
if(NOT EXISTS ${KGVIZ_GLAD_DIR}/src/gl.c)
  execute_process(
    COMMAND ${KGVIZ_GLAD} --api gl:core=3.3 --out-path ${KGVIZ_GLAD_DIR} --quiet --reproducible c
    RESULT_VARIABLE kgviz_glad_result OUTPUT_VARIABLE kgviz_glad_out ERROR_VARIABLE kgviz_glad_out)
  if(NOT kgviz_glad_result EQUAL 0)
    message(FATAL_ERROR "glad failed to generate the GL loader:\n${kgviz_glad_out}")
  endif()
endif()
add_library(kgviz_glad STATIC ${KGVIZ_GLAD_DIR}/src/gl.c)
target_include_directories(kgviz_glad SYSTEM PUBLIC ${KGVIZ_GLAD_DIR}/include)
set_target_properties(kgviz_glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
