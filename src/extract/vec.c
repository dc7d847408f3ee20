/* vec.c — growable arrays in an arena, for the extractors' results. */
#include "extract/extract.h"

#include <string.h>

void *dy_vec_push(dy_vec *vec, dy_arena *a)
{
    if (vec->n == vec->cap) {
        size_t nc = vec->cap ? vec->cap * 2 : 8;
        vec->v = dy_arena_grow(a, vec->v, vec->n, nc, vec->size);
        vec->cap = nc;
    }
    void *p = (char *)vec->v + vec->n * vec->size;
    memset(p, 0, vec->size);
    vec->n++;
    return p;
}
