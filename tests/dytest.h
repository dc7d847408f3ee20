/* dytest.h — shared helpers for the cmocka unit tests. */
#ifndef DYTEST_H
#define DYTEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* Path of ../shared (or $DYAD_SHARED), or NULL when absent. */
static inline const char *dytest_shared(void)
{
    const char *s = getenv("DYAD_SHARED");
    static char buf[1024];
    if (!s) s = "../shared";
    snprintf(buf, sizeof buf, "%s/README.md", s);
    FILE *f = fopen(buf, "r");
    if (!f) return NULL;
    fclose(f);
    return s;
}

/* Exit 77 (CTest: skipped) with a message when ../shared is absent. */
#define DYTEST_REQUIRE_SHARED()                                                          \
    do {                                                                                 \
        if (!dytest_shared()) {                                                          \
            printf("SKIP: ../shared not found (set DYAD_SHARED); this test reads the "   \
                   "anchors' reference data\n");                                         \
            return 77;                                                                   \
        }                                                                                \
    } while (0)

#endif
