# Gazetteer compiled into libdyad (src/extract/places.c): place names from
# GeoNames cities500.txt (scripts/fetch-geonames.sh; pinned, hash-checked),
# countries and first-level subdivisions from Debian iso-codes, the country
# names of data/dict-src/countries.tsv and WordNet's common words and
# persons' names, written by tools/gen_gazetteer.c into build/gen/gazetteer.tsv
# together with its index build/gen/gazetteer.idx (src/extract/gazetteer_index.c,
# so that dyad does no indexing at start-up), both embedded as
# dy_gazetteer_files by tools/embed.c. Without cities500.txt the table and its
# index are empty (a warning; place recognition then finds nothing) and the
# CONFIGURE_DEPENDS glob re-runs CMake once the file appears.
# Included from CMakeLists.txt after cmake/data.cmake and cmake/wordnet.cmake,
# whose DYAD_ISO3166_JSON, DYAD_COUNTRIES_TSV, DYAD_GEONAMES_CITIES and
# DYAD_WORDNET_DIR it reuses.
add_executable(dyad-gen-gazetteer tools/gen_gazetteer.c src/extract/gazetteer_index.c)
target_include_directories(dyad-gen-gazetteer PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/include)
# the index builder (the library has only the reader)
target_compile_definitions(dyad-gen-gazetteer PRIVATE DY_GAZ_INDEX_BUILDER)
target_link_libraries(dyad-gen-gazetteer PRIVATE PkgConfig::JSONC)

find_file(DYAD_ISO3166_2_JSON iso_3166-2.json
          PATHS /usr/share/iso-codes/json /usr/local/share/iso-codes/json
          NO_DEFAULT_PATH
          DOC "iso_3166-2.json from the iso-codes package")
if(NOT DYAD_ISO3166_2_JSON)
  message(FATAL_ERROR "iso_3166-2.json not found: install the iso-codes package "
                      "(scripts/install-deps.sh) or set DYAD_ISO3166_2_JSON")
endif()

# Input versions recorded in the table's "# inputs:" line: the pinned npm
# package and hash from scripts/fetch-geonames.sh, the iso-codes version.
set(DYAD_GAZ_FETCH ${CMAKE_SOURCE_DIR}/scripts/fetch-geonames.sh)
file(STRINGS ${DYAD_GAZ_FETCH} _gaz_pins REGEX "^(PKG|VER|SHA1)=")
set(_gaz_pkg "?")
set(_gaz_ver "?")
set(_gaz_sha1 "?")
foreach(line ${_gaz_pins})
  if(line MATCHES "^PKG=(.*)$")
    set(_gaz_pkg "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^VER=(.*)$")
    set(_gaz_ver "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^SHA1=(.*)$")
    set(_gaz_sha1 "${CMAKE_MATCH_1}")
  endif()
endforeach()
set(DYAD_GAZ_GEONAMES_SOURCE "${_gaz_pkg}@${_gaz_ver} sha1=${_gaz_sha1}")
pkg_check_modules(ISOCODES QUIET iso-codes)
if(ISOCODES_VERSION)
  set(DYAD_GAZ_ISO_VERSION "${ISOCODES_VERSION}")
else()
  set(DYAD_GAZ_ISO_VERSION "unknown")
endif()

file(GLOB DYAD_GAZ_CITIES_FOUND CONFIGURE_DEPENDS ${DYAD_GEONAMES_CITIES})
if(NOT DYAD_GAZ_CITIES_FOUND)
  message(WARNING "${DYAD_GEONAMES_CITIES} is missing: the gazetteer will be empty and "
                  "place recognition will find nothing (run scripts/fetch-geonames.sh)")
endif()
file(GLOB DYAD_GAZ_WORDNET_FILES ${DYAD_WORDNET_DIR}/data.noun ${DYAD_WORDNET_DIR}/data.verb
     ${DYAD_WORDNET_DIR}/data.adj ${DYAD_WORDNET_DIR}/data.adv ${DYAD_WORDNET_DIR}/cntlist.rev)

add_custom_command(
  OUTPUT ${GEN}/gazetteer.tsv ${GEN}/gazetteer.idx
  COMMAND dyad-gen-gazetteer
          --cities ${DYAD_GEONAMES_CITIES}
          --iso1 ${DYAD_ISO3166_JSON}
          --iso2 ${DYAD_ISO3166_2_JSON}
          --countries ${DYAD_COUNTRIES_TSV}
          --wordnet ${DYAD_WORDNET_DIR}
          --geonames-source "${DYAD_GAZ_GEONAMES_SOURCE}"
          --iso-version "${DYAD_GAZ_ISO_VERSION}"
          --out ${GEN}/gazetteer.tsv
          --index ${GEN}/gazetteer.idx
  DEPENDS dyad-gen-gazetteer ${DYAD_GAZ_CITIES_FOUND} ${DYAD_ISO3166_JSON} ${DYAD_ISO3166_2_JSON}
          ${DYAD_COUNTRIES_TSV} ${DYAD_GAZ_WORDNET_FILES} ${DYAD_GAZ_FETCH}
  COMMENT "Generating gazetteer.tsv and its index (GeoNames + iso-codes)")

# Embedding: 16 MB as C arrays take 12 s of CPU and 1 GB of memory to
# compile; the assembler's .incbin copies the files in well under a second.
# It needs a GNU-compatible assembler and ELF (gcc or clang on Linux and the
# BSDs): checked here with the very directives tools/embed.c writes; else,
# or with -DDYAD_EMBED_INCBIN=OFF, the C arrays.
option(DYAD_EMBED_INCBIN "Embed the gazetteer with the assembler's .incbin when it works" ON)
set(DYAD_GAZ_EMBED_MODE)
if(DYAD_EMBED_INCBIN)
  # (written raw to a file: check_c_source_compiles would expand the \n)
  set(_gaz_probe ${CMAKE_BINARY_DIR}/CMakeFiles/incbin-probe.c)
  file(WRITE ${_gaz_probe} [=[
__asm__("\t.pushsection .rodata\n\t.balign 8\n\t.globl dyad_incbin_probe\n"
        "\t.hidden dyad_incbin_probe\n\t.type dyad_incbin_probe, %object\n"
        "dyad_incbin_probe:\n\t.incbin \"" __FILE__ "\"\n\t.byte 0\n"
        "\t.size dyad_incbin_probe, . - dyad_incbin_probe\n\t.popsection\n");
extern const unsigned char dyad_incbin_probe[] __attribute__((visibility("hidden")));
int main(void) { return dyad_incbin_probe[0] == '_' ? 0 : 1; }
]=])
  try_compile(DYAD_HAVE_INCBIN ${CMAKE_BINARY_DIR}/CMakeFiles/incbin-probe ${_gaz_probe}
              C_STANDARD 11 C_EXTENSIONS OFF OUTPUT_VARIABLE _gaz_probe_out)
  if(DYAD_HAVE_INCBIN)
    set(DYAD_GAZ_EMBED_MODE --incbin)
  else()
    message(STATUS "The assembler cannot .incbin: the gazetteer is embedded as C arrays "
                   "(slower to build)")
  endif()
endif()
add_custom_command(
  OUTPUT ${GEN}/embedded_gazetteer.c
  COMMAND dyad-embed ${GEN}/embedded_gazetteer.c --symbol dy_gazetteer_files ${DYAD_GAZ_EMBED_MODE}
          gazetteer.tsv=${GEN}/gazetteer.tsv gazetteer.idx=${GEN}/gazetteer.idx
  DEPENDS dyad-embed ${GEN}/gazetteer.tsv ${GEN}/gazetteer.idx
  COMMENT "Embedding the gazetteer and its index")
# with .incbin the object holds the files' bytes without the compiler knowing
set_source_files_properties(${GEN}/embedded_gazetteer.c PROPERTIES
  OBJECT_DEPENDS "${GEN}/gazetteer.tsv;${GEN}/gazetteer.idx")
list(APPEND DYAD_GENERATED_SRC ${GEN}/embedded_gazetteer.c)
