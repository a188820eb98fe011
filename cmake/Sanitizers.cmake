# KGVIZ_SANITIZE="address;undefined" or "thread": applied to everything we build.
if(KGVIZ_SANITIZE)
  list(JOIN KGVIZ_SANITIZE "," kgviz_sanitizers)
  add_compile_options(-fsanitize=${kgviz_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${kgviz_sanitizers})
  message(STATUS "kgviz: sanitizers ${kgviz_sanitizers}")
endif()
