# Script mode: writes OUT, a C++ file defining kg::generated_link_cues() as the bytes of IN
# (the generated cue file, see WordNetCues.cmake).
file(READ ${IN} content)
set(body "// Generated from ${IN} by cmake/embed_kb_file.cmake. Do not edit.\n")
string(APPEND body "#include \"kb/generated_cues.hpp\"\nnamespace kg {\n")
string(APPEND body "std::string_view generated_link_cues() {\n")
string(APPEND body "    return R\"kgvizcues(${content})kgvizcues\";\n}\n} // namespace kg\n")
file(WRITE ${OUT}.tmp "${body}")
file(RENAME ${OUT}.tmp ${OUT})
