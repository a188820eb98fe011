# Relation cues from WordNet's verb hierarchy, made at build time (scripts/wordnet_link_cues.py)
# from the WordNet that Debian's wordnet-base installs, written into the build folder
# (generated/kb/link_cues_wordnet.json) and compiled into kgviz_core (kg::generated_link_cues).
# The repository holds our root senses only, never WordNet's data. WordNet is required: without
# it the same articles would get other link kinds on another machine.
set(KGVIZ_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet 3.0 database (Debian: wordnet-base)")
if(NOT EXISTS ${KGVIZ_WORDNET_DIR}/data.verb)
  message(FATAL_ERROR "No WordNet in ${KGVIZ_WORDNET_DIR}: install wordnet-base (scripts/setup "
                      "does), or point KGVIZ_WORDNET_DIR at a WordNet 3.0 database")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

function(kgviz_wordnet_cues target)
  set(json ${PROJECT_BINARY_DIR}/generated/kb/link_cues_wordnet.json)
  set(cpp ${PROJECT_BINARY_DIR}/generated/generated_cues.cpp)
  set(roots ${PROJECT_SOURCE_DIR}/scripts/wordnet_cue_roots.json)
  # The hand-written lists win: the generated list leaves out every word they hold.
  file(GLOB hand_lists CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/kb/link_cues*.json)
  set(known_args)
  foreach(f ${hand_lists})
    list(APPEND known_args --known ${f})
  endforeach()
  set(wordnet_files ${KGVIZ_WORDNET_DIR}/data.verb ${KGVIZ_WORDNET_DIR}/index.verb
                    ${KGVIZ_WORDNET_DIR}/cntlist.rev)
  add_custom_command(OUTPUT ${json}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated/kb
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/wordnet_link_cues.py ${roots} ${json}
            --wordnet ${KGVIZ_WORDNET_DIR} ${known_args}
    VERBATIM
    DEPENDS ${PROJECT_SOURCE_DIR}/scripts/wordnet_link_cues.py
            ${PROJECT_SOURCE_DIR}/scripts/wordnet_reader.py ${roots} ${hand_lists} ${wordnet_files}
    COMMENT "Generating relation cues from WordNet")
  add_custom_command(OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${cpp} -DFILES=${json} -DNAMESPACE=kg
            -DFUNCTION=embedded_kb_file -DINCLUDE=kb/generated_cues.hpp
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    VERBATIM
    DEPENDS ${json} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding the generated relation cues")
  target_sources(${target} PRIVATE ${cpp})
endfunction()
