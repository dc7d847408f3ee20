/* arena.h — bump allocator for objects that share one lifetime.
 *
 * A coder owns arenas: everything made while coding one document (tokens,
 * chunks, events, strings) is carved from them and dies together at
 * dy_arena_reset(), which keeps the first block for the next document so
 * steady-state coding does no malloc at all (git's mem-pool). Memory is
 * 16-byte aligned. Lifecycle: init → alloc* → reset* → release. */
#ifndef DY_ARENA_H
#define DY_ARENA_H

#include <stddef.h>

typedef struct dy_arena_block dy_arena_block;

typedef struct dy_arena {
    dy_arena_block *head;  /* current block (newest first) */
    size_t block_size;     /* default size of a new block */
    size_t total;          /* bytes held in blocks, for stats */
} dy_arena;

void dy_arena_init(dy_arena *a, size_t block_size);
void *dy_arena_alloc(dy_arena *a, size_t n);
void *dy_arena_calloc(dy_arena *a, size_t count, size_t size);
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n);
/* Grow an arena array: returns a new copy with room for new_count items. */
void *dy_arena_grow(dy_arena *a, void *old, size_t old_count, size_t new_count, size_t size);
void dy_arena_reset(dy_arena *a);
void dy_arena_release(dy_arena *a);

#endif
