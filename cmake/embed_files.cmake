# Script mode: writes OUT, a C++ file defining kg::app::embedded_shader(name) over FILES
# ('|'-separated paths, see EmbedShaders.cmake).
string(REPLACE "|" ";" FILES "${FILES}")
set(body "// Generated from assets/shaders by cmake/embed_files.cmake. Do not edit.\n")
string(APPEND body "#include <string_view>\nnamespace kg::app {\nstd::string_view embedded_shader(std::string_view name) {\n")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  file(READ ${f} content)
  string(APPEND body "    if (name == \"${name}\") return R\"kgvizshader(${content})kgvizshader\";\n")
endforeach()
string(APPEND body "    return {};\n}\n} // namespace kg::app\n")
file(WRITE ${OUT}.tmp "${body}")
file(RENAME ${OUT}.tmp ${OUT})
