/* version.c — run-time version of libdyad (see DYAD_VERSION_HEX in dyad.h). */
#include "dyad.h"

#ifndef DYAD_VERSION_STRING
#define DYAD_VERSION_STRING "0.0.0"
#endif

const char *dyad_version(void) { return DYAD_VERSION_STRING; }
unsigned dyad_version_hex(void) { return DYAD_VERSION_HEX; }
