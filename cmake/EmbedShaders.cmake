# Embeds assets/shaders/*.{vert,frag} into a generated C++ source at build time.
# kgviz_embed_shaders(TARGET target) adds the generated source to `target`.
function(kgviz_embed_shaders target)
  file(GLOB shader_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/shaders/*.vert
                                           ${PROJECT_SOURCE_DIR}/assets/shaders/*.frag)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_shaders.cpp)
  # A list cannot cross the shell as-is (';' ends a command): pass it '|'-separated.
  string(REPLACE ";" "|" shader_arg "${shader_files}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${shader_arg}" -DNAMESPACE=kg::app
            -DFUNCTION=embedded_shader
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    VERBATIM
    DEPENDS ${shader_files} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding shaders")
  target_sources(${target} PRIVATE ${out})
endfunction()
