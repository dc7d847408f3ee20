# Gazetteer compiled into libdyad (src/extract/places.c): place names from
# GeoNames cities500.txt (scripts/fetch-geonames.sh; pinned, hash-checked),
# countries and first-level subdivisions from Debian iso-codes, the country
# names of data/dict-src/countries.tsv and WordNet's common words and
# persons' names, written by tools/gen_gazetteer.c into build/gen/gazetteer.tsv
# and embedded as dy_gazetteer_files by tools/embed.c. Without cities500.txt
# the table is empty (a warning; place recognition then finds nothing) and
# the CONFIGURE_DEPENDS glob re-runs CMake once the file appears.
# Included from CMakeLists.txt after cmake/data.cmake and cmake/wordnet.cmake,
# whose DYAD_ISO3166_JSON, DYAD_COUNTRIES_TSV, DYAD_GEONAMES_CITIES and
# DYAD_WORDNET_DIR it reuses.
add_executable(dyad-gen-gazetteer tools/gen_gazetteer.c)
target_include_directories(dyad-gen-gazetteer PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/include)
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
  OUTPUT ${GEN}/gazetteer.tsv
  COMMAND dyad-gen-gazetteer
          --cities ${DYAD_GEONAMES_CITIES}
          --iso1 ${DYAD_ISO3166_JSON}
          --iso2 ${DYAD_ISO3166_2_JSON}
          --countries ${DYAD_COUNTRIES_TSV}
          --wordnet ${DYAD_WORDNET_DIR}
          --geonames-source "${DYAD_GAZ_GEONAMES_SOURCE}"
          --iso-version "${DYAD_GAZ_ISO_VERSION}"
          --out ${GEN}/gazetteer.tsv
  DEPENDS dyad-gen-gazetteer ${DYAD_GAZ_CITIES_FOUND} ${DYAD_ISO3166_JSON} ${DYAD_ISO3166_2_JSON}
          ${DYAD_COUNTRIES_TSV} ${DYAD_GAZ_WORDNET_FILES} ${DYAD_GAZ_FETCH}
  COMMENT "Generating gazetteer.tsv (GeoNames + iso-codes)")
add_custom_command(
  OUTPUT ${GEN}/embedded_gazetteer.c
  COMMAND dyad-embed ${GEN}/embedded_gazetteer.c --symbol dy_gazetteer_files gazetteer.tsv=${GEN}/gazetteer.tsv
  DEPENDS dyad-embed ${GEN}/gazetteer.tsv
  COMMENT "Embedding the gazetteer")
list(APPEND DYAD_GENERATED_SRC ${GEN}/embedded_gazetteer.c)
