# Data compiled into libdyad: dyad's own default dictionaries (data/dict/),
# embedded as byte arrays by tools/embed.c so that `dyad code` works with no
# --dict and no installed data files.
file(GLOB DYAD_DICT_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/dict/*)
set(DYAD_EMBED_ARGS)
foreach(f ${DYAD_DICT_FILES})
  get_filename_component(n ${f} NAME)
  list(APPEND DYAD_EMBED_ARGS "${n}=${f}")
endforeach()

# Generated country actors (tools/gen_actors.c): ISO 3166-1 names from the
# iso-codes package + data/dict-src/countries.tsv + GeoNames capitals from
# third_party/geonames/cities500.txt (scripts/fetch-geonames.sh). Without the
# GeoNames file the generator warns and writes no GeoNames capitals; the
# CONFIGURE_DEPENDS glob re-runs CMake once the file appears.
add_executable(dyad-gen-actors tools/gen_actors.c)
target_link_libraries(dyad-gen-actors PRIVATE PkgConfig::JSONC)
find_file(DYAD_ISO3166_JSON iso_3166-1.json
          PATHS /usr/share/iso-codes/json /usr/local/share/iso-codes/json
          NO_DEFAULT_PATH
          DOC "iso_3166-1.json from the iso-codes package")
if(NOT DYAD_ISO3166_JSON)
  message(FATAL_ERROR "iso_3166-1.json not found: install the iso-codes package "
                      "(scripts/install-deps.sh) or set DYAD_ISO3166_JSON")
endif()
set(DYAD_COUNTRIES_TSV ${CMAKE_SOURCE_DIR}/data/dict-src/countries.tsv)
set(DYAD_GEONAMES_CITIES ${CMAKE_SOURCE_DIR}/third_party/geonames/cities500.txt)
file(GLOB DYAD_GEONAMES_FOUND CONFIGURE_DEPENDS ${DYAD_GEONAMES_CITIES})
if(NOT DYAD_GEONAMES_FOUND)
  message(WARNING "${DYAD_GEONAMES_CITIES} is missing: the default country "
                  "dictionary will have no GeoNames capitals (run scripts/fetch-geonames.sh)")
endif()
add_custom_command(
  OUTPUT ${GEN}/dyad.countries.actors.txt ${GEN}/country_codes.inc
  COMMAND dyad-gen-actors ${DYAD_ISO3166_JSON} ${DYAD_COUNTRIES_TSV}
          ${DYAD_GEONAMES_CITIES} ${GEN}/dyad.countries.actors.txt ${GEN}/country_codes.inc
  DEPENDS dyad-gen-actors ${DYAD_ISO3166_JSON} ${DYAD_COUNTRIES_TSV} ${DYAD_GEONAMES_FOUND}
  COMMENT "Generating dyad.countries.actors.txt")
list(APPEND DYAD_EMBED_ARGS "dyad.countries.actors.txt=${GEN}/dyad.countries.actors.txt")

add_custom_command(
  OUTPUT ${GEN}/embedded_dict.c
  COMMAND dyad-embed ${GEN}/embedded_dict.c ${DYAD_EMBED_ARGS}
  DEPENDS dyad-embed ${DYAD_DICT_FILES} ${GEN}/dyad.countries.actors.txt
  COMMENT "Embedding default dictionaries")
set(DYAD_GENERATED_SRC ${GEN}/embedded_dict.c ${GEN}/country_codes.inc)
