# Unit tests: one cmocka executable per tests/<stage>/test_*.c, mirroring src/.
# Tests that need ../shared (the anchors' suites, gold data, corpora) find it
# through DYAD_SHARED and exit 77 (CTest "skipped") with a message when absent.
set(DYAD_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH "reference data folder")
set(DYAD_TEST_ENV "DYAD_SHARED=${DYAD_SHARED_DIR};DYAD_SRC=${CMAKE_SOURCE_DIR};DYAD_BIN=$<TARGET_FILE:dyad-cli>")
if(DYAD_SANITIZE)
  # tests with big inputs (tests/hostile/t0003-scaling.sh) take smaller ones
  list(APPEND DYAD_TEST_ENV "DYAD_SANITIZED=1")
endif()

if(CMOCKA_FOUND)
  file(GLOB DYAD_UNIT_TESTS CONFIGURE_DEPENDS tests/*/test_*.c)
  foreach(src ${DYAD_UNIT_TESTS})
    get_filename_component(name ${src} NAME_WE)
    get_filename_component(dir ${src} DIRECTORY)
    get_filename_component(stage ${dir} NAME)
    set(tname ${stage}_${name})
    add_executable(${tname} ${src})
    target_include_directories(${tname} PRIVATE src tests ${GEN})
    target_link_libraries(${tname} PRIVATE dyad PkgConfig::CMOCKA)
    add_test(NAME ${stage}/${name} COMMAND ${tname} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(${stage}/${name} PROPERTIES ENVIRONMENT "${DYAD_TEST_ENV}" SKIP_RETURN_CODE 77)
  endforeach()
else()
  message(WARNING "cmocka not found: unit tests disabled (run scripts/install-deps.sh)")
endif()

# Shell-driven tests: CLI behaviour, golden outputs, validation suites,
# hostile inputs (exact outcomes of malformed records and dictionaries).
file(GLOB DYAD_SH_TESTS CONFIGURE_DEPENDS tests/cli/t*.sh tests/golden/t*.sh tests/suite/t*.sh
     tests/hostile/t*.sh)
foreach(sh ${DYAD_SH_TESTS})
  get_filename_component(name ${sh} NAME_WE)
  get_filename_component(dir ${sh} DIRECTORY)
  get_filename_component(stage ${dir} NAME)
  add_test(NAME ${stage}/${name} COMMAND sh ${sh} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(${stage}/${name} PROPERTIES ENVIRONMENT "${DYAD_TEST_ENV}" SKIP_RETURN_CODE 77)
endforeach()
