/* mem.h — the one place that decides what out-of-memory means.
 *
 * Every heap allocation in libdyad goes through these wrappers. On failure
 * they print one line to stderr and abort: a coder that cannot allocate a few
 * kilobytes cannot produce trustworthy output, and checking every call would
 * bury the real logic (jq's jv_alloc makes the same choice). Sizes are
 * checked for overflow before multiplying. */
#ifndef DY_MEM_H
#define DY_MEM_H

#include <stddef.h>

void *dy_malloc(size_t n);
void *dy_calloc(size_t count, size_t size);
void *dy_realloc(void *p, size_t n);
void *dy_reallocarray(void *p, size_t count, size_t size);
char *dy_strndup(const char *s, size_t n);
char *dy_strdup(const char *s);
void dy_free(void *p);

/* Grow *cap geometrically (×1.5, at least `need`) and realloc *p to hold it. */
#define DY_GROW(p, need, cap)                                                   \
    do {                                                                        \
        if ((size_t)(need) > (size_t)(cap)) {                                   \
            size_t dy_nc_ = (cap) ? (size_t)(cap) + (size_t)(cap) / 2 + 8 : 16; \
            if (dy_nc_ < (size_t)(need)) dy_nc_ = (size_t)(need);               \
            (p) = dy_reallocarray((p), dy_nc_, sizeof *(p));                    \
            (cap) = dy_nc_;                                                     \
        }                                                                       \
    } while (0)

#endif
