/* mem.c — checked allocation wrappers; see mem.h for the policy. */
#include "util/mem.h"
#include "util/check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Noreturn void oom(size_t n)
{
    fprintf(stderr, "dyad: fatal: out of memory allocating %zu bytes\n", n);
    abort();
}

void *dy_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (DY_UNLIKELY(!p)) oom(n);
    return p;
}

void *dy_calloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (DY_UNLIKELY(!p)) oom(count * size);
    return p;
}

void *dy_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (DY_UNLIKELY(!q)) oom(n);
    return q;
}

void *dy_reallocarray(void *p, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) oom(SIZE_MAX);
    return dy_realloc(p, count * size);
}

char *dy_strndup(const char *s, size_t n)
{
    char *d = dy_malloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *dy_strdup(const char *s) { return dy_strndup(s, strlen(s)); }

void dy_free(void *p) { free(p); }

_Noreturn void dy_bug(const char *file, int line, const char *msg)
{
    fprintf(stderr, "dyad: BUG: %s:%d: %s\n", file, line, msg);
    abort();
}
