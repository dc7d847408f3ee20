/* embedded.h — data files compiled into the library (see tools/embed.c). */
#ifndef DY_EMBEDDED_H
#define DY_EMBEDDED_H
#include <stddef.h>

typedef struct dy_embedded_file {
    const char *name;          /* file name as in data/dict/, e.g. "dyad.verbs" */
    const unsigned char *data; /* bytes, followed by a NUL not counted in len */
    size_t len;                /* length in bytes */
} dy_embedded_file;

extern const dy_embedded_file dy_embedded_files[];
extern const size_t dy_embedded_nfiles;

/* The embedded file called `name`, or NULL. */
const dy_embedded_file *dy_embedded_find(const char *name);

#endif
