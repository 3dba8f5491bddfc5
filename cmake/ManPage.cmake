# Writes the manual page: runs `${YP} --man` into ${OUT} (cli/CMakeLists.txt, at build time).
execute_process(COMMAND ${YP} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "${YP} --man failed (${rc})")
endif()
file(RENAME ${OUT}.tmp ${OUT})
