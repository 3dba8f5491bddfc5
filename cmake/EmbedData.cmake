# Embeds data tables (engine/*/data/*.tsv) into the engine so that the binary needs no data path.
# yp_embed_data(OUT_CPP FILES...) generates OUT_CPP defining yp::data::lookup(name).
function(yp_embed_data out_cpp)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DROOT=${PROJECT_SOURCE_DIR} -DGEN_ROOT=${PROJECT_BINARY_DIR} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding data tables"
    VERBATIM)
endfunction()
