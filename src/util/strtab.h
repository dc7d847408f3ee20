/* strtab.h — string interning: each distinct byte string gets a dense id.
 *
 * Used for the dictionary vocabulary (every word of every phrase) so the
 * matcher compares integers, never strings (Lua's interned names). Ids are
 * 0..count-1 in order of first insertion; strings are stored NUL-terminated
 * in one pool and stay valid until dy_strtab_release(). Not thread-safe for
 * writes; concurrent lookups on a table nobody writes are safe. */
#ifndef DY_STRTAB_H
#define DY_STRTAB_H

#include <stddef.h>
#include <stdint.h>

#define DY_NOID UINT32_MAX

typedef struct dy_strtab {
    uint32_t *slots;     /* open addressing: id+1, 0 = empty */
    size_t nslots;       /* power of two */
    uint32_t *offs;      /* id → offset into pool */
    uint32_t *lens;      /* id → length */
    uint64_t *hashes;    /* id → hash */
    uint32_t count;
    size_t cap;
    char *pool;
    size_t pool_len, pool_cap;
} dy_strtab;

void dy_strtab_init(dy_strtab *t);
void dy_strtab_release(dy_strtab *t);
uint32_t dy_strtab_intern(dy_strtab *t, const char *s, size_t n);
uint32_t dy_strtab_find(const dy_strtab *t, const char *s, size_t n);
static inline const char *dy_strtab_str(const dy_strtab *t, uint32_t id) { return t->pool + t->offs[id]; }
static inline uint32_t dy_strtab_len(const dy_strtab *t, uint32_t id) { return t->lens[id]; }

uint64_t dy_hash_bytes(const void *p, size_t n);

#endif
