/* arena.c — bump allocator; see arena.h. */
#include "util/arena.h"
#include "util/mem.h"
#include "util/check.h"

#include <stdint.h>
#include <string.h>

struct dy_arena_block {
    dy_arena_block *next;
    size_t size; /* usable bytes in data */
    size_t used;
    _Alignas(16) unsigned char data[];
};

void dy_arena_init(dy_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->total = 0;
}

static dy_arena_block *new_block(dy_arena *a, size_t need)
{
    size_t size = a->block_size;
    if (need > size) size = need;
    dy_arena_block *b = dy_malloc(sizeof *b + size);
    b->size = size;
    b->used = 0;
    b->next = a->head;
    a->head = b;
    a->total += size;
    return b;
}

void *dy_arena_alloc(dy_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    dy_arena_block *b = a->head;
    if (!b || b->size - b->used < n) b = new_block(a, n);
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

void *dy_arena_calloc(dy_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size / 2) dy_bug(__FILE__, __LINE__, "arena size overflow");
    void *p = dy_arena_alloc(a, count * size);
    memset(p, 0, count * size);
    return p;
}

char *dy_arena_strndup(dy_arena *a, const char *s, size_t n)
{
    char *d = dy_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void *dy_arena_grow(dy_arena *a, void *old, size_t old_count, size_t new_count, size_t size)
{
    void *p = dy_arena_calloc(a, new_count, size);
    if (old && old_count) memcpy(p, old, old_count * size);
    return p;
}

void dy_arena_reset(dy_arena *a)
{
    /* keep the oldest block (the one sized for ordinary documents) */
    dy_arena_block *b = a->head, *keep = NULL;
    while (b) {
        dy_arena_block *next = b->next;
        if (!next) keep = b; else { a->total -= b->size; dy_free(b); }
        b = next;
    }
    if (keep) { keep->used = 0; keep->next = NULL; }
    a->head = keep;
}

void dy_arena_release(dy_arena *a)
{
    dy_arena_block *b = a->head;
    while (b) { dy_arena_block *next = b->next; dy_free(b); b = next; }
    a->head = NULL;
    a->total = 0;
}
