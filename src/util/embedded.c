/* embedded.c — lookup of data files compiled into the library. */
#include "util/embedded.h"

#include <string.h>

const dy_embedded_file *dy_embedded_find(const char *name)
{
    for (size_t i = 0; i < dy_embedded_nfiles; i++)
        if (dy_embedded_files[i].name && strcmp(dy_embedded_files[i].name, name) == 0)
            return &dy_embedded_files[i];
    return NULL;
}
