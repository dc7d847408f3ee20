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

/* dy_hash_bytes in steps, for callers that hash while they produce the
 * bytes (the lexicon folds and hashes a word in one pass): start with the
 * length, feed each full 8-byte word (memcpy order), finish with the last
 * 0..7 bytes zero-padded (a zero word when the length is a multiple of 8). */
static inline uint64_t dy_hash_start(size_t n) { return 0x9E3779B97F4A7C15ULL ^ (uint64_t)n; }
static inline uint64_t dy_hash_word(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 29);
}
static inline uint64_t dy_hash_finish(uint64_t h, uint64_t last)
{
    h = (h ^ last) * 0x94D049BB133111EBULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    return h;
}

/* dy_strtab_find / dy_strtab_intern with h = dy_hash_bytes(s, n) already known. */
uint32_t dy_strtab_find_h(const dy_strtab *t, const char *s, size_t n, uint64_t h);
uint32_t dy_strtab_intern_h(dy_strtab *t, const char *s, size_t n, uint64_t h);

#endif
