# Fuzz targets (libFuzzer): one executable per fuzz/fuzz_<name>.c, built only
# with -DDYAD_FUZZ=ON and clang (fuzz/run.sh configures build-fuzz/ so).
# The library gets coverage instrumentation; DYAD_FUZZ also turns on
# DYAD_SANITIZE (ASan + UBSan) for everything. Seeds are in
# fuzz/corpus/<name>/.
if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DYAD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_C_COMPILER=clang")
endif()
target_compile_options(dyad PRIVATE -fsanitize=fuzzer-no-link)
file(GLOB DYAD_FUZZ_TARGETS CONFIGURE_DEPENDS fuzz/fuzz_*.c)
set(DYAD_FUZZ_NAMES "")
foreach(src ${DYAD_FUZZ_TARGETS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE src fuzz ${GEN})
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${name} PRIVATE dyad PkgConfig::JSONC)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  list(APPEND DYAD_FUZZ_NAMES ${name})
endforeach()
add_custom_target(fuzz-targets DEPENDS ${DYAD_FUZZ_NAMES})
