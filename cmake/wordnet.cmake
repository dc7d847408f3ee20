# WordNet lemma table (Debian wordnet-base) compiled into libdyad, so that
# lemma-based dictionaries match every inflection with no runtime data files.
set(DYAD_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet dict folder (index.verb, verb.exc ...)")
add_executable(dyad-gen-wordnet tools/gen_wordnet.c)
add_custom_command(
  OUTPUT ${GEN}/wordnet.lex
  COMMAND dyad-gen-wordnet ${DYAD_WORDNET_DIR} ${GEN}/wordnet.lex
  DEPENDS dyad-gen-wordnet
  COMMENT "Extracting WordNet lemmas")
add_custom_command(
  OUTPUT ${GEN}/embedded_wordnet.c
  COMMAND dyad-embed ${GEN}/embedded_wordnet.c --symbol dy_wordnet_files wordnet.lex=${GEN}/wordnet.lex
  DEPENDS dyad-embed ${GEN}/wordnet.lex
  COMMENT "Embedding WordNet lemmas")
list(APPEND DYAD_GENERATED_SRC ${GEN}/embedded_wordnet.c)
