# Data compiled into libdyad: dyad's own default dictionaries (data/dict/),
# embedded as byte arrays by tools/embed.c so that `dyad code` works with no
# --dict and no installed data files.
file(GLOB DYAD_DICT_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/dict/*)
set(DYAD_EMBED_ARGS)
foreach(f ${DYAD_DICT_FILES})
  get_filename_component(n ${f} NAME)
  list(APPEND DYAD_EMBED_ARGS "${n}=${f}")
endforeach()
add_custom_command(
  OUTPUT ${GEN}/embedded_dict.c
  COMMAND dyad-embed ${GEN}/embedded_dict.c ${DYAD_EMBED_ARGS}
  DEPENDS dyad-embed ${DYAD_DICT_FILES}
  COMMENT "Embedding default dictionaries")
set(DYAD_GENERATED_SRC ${GEN}/embedded_dict.c)
