/* strtab.c — string interning with an open-addressing table; see strtab.h. */
#include "util/strtab.h"
#include "util/mem.h"

#include <string.h>

uint64_t dy_hash_bytes(const void *p, size_t n)
{
    /* 8 bytes at a time, multiply-xorshift; good enough for open addressing
     * and several times faster than byte-wise FNV on words */
    const unsigned char *s = p;
    uint64_t h = dy_hash_start(n);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = dy_hash_word(h, w);
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    return dy_hash_finish(h, w);
}

void dy_strtab_init(dy_strtab *t) { memset(t, 0, sizeof *t); }

void dy_strtab_release(dy_strtab *t)
{
    dy_free(t->slots); dy_free(t->offs); dy_free(t->lens); dy_free(t->hashes); dy_free(t->pool);
    memset(t, 0, sizeof *t);
}

static void rehash(dy_strtab *t, size_t nslots)
{
    dy_free(t->slots);
    t->slots = dy_calloc(nslots, sizeof *t->slots);
    t->nslots = nslots;
    for (uint32_t id = 0; id < t->count; id++) {
        size_t i = (size_t)t->hashes[id] & (nslots - 1);
        while (t->slots[i]) i = (i + 1) & (nslots - 1);
        t->slots[i] = id + 1;
    }
}

static inline uint32_t find_h(const dy_strtab *t, const char *s, size_t n, uint64_t h)
{
    size_t i = (size_t)h & (t->nslots - 1);
    uint32_t v;
    while ((v = t->slots[i])) {
        uint32_t id = v - 1;
        if (t->hashes[id] == h && t->lens[id] == n && memcmp(t->pool + t->offs[id], s, n) == 0)
            return id;
        i = (i + 1) & (t->nslots - 1);
    }
    return DY_NOID;
}

uint32_t dy_strtab_find(const dy_strtab *t, const char *s, size_t n)
{
    if (!t->nslots) return DY_NOID;
    return find_h(t, s, n, dy_hash_bytes(s, n));
}

uint32_t dy_strtab_find_h(const dy_strtab *t, const char *s, size_t n, uint64_t h)
{
    if (!t->nslots) return DY_NOID;
    return find_h(t, s, n, h);
}

uint32_t dy_strtab_intern(dy_strtab *t, const char *s, size_t n)
{
    return dy_strtab_intern_h(t, s, n, dy_hash_bytes(s, n));
}

uint32_t dy_strtab_intern_h(dy_strtab *t, const char *s, size_t n, uint64_t h)
{
    uint32_t id = t->nslots ? find_h(t, s, n, h) : DY_NOID;
    if (id != DY_NOID) return id;
    if ((t->count + 1) * 2 > t->nslots) rehash(t, t->nslots ? t->nslots * 2 : 256);
    size_t oldcap = t->cap;
    DY_GROW(t->offs, t->count + 1, t->cap);
    if (t->cap != oldcap) {
        t->lens = dy_reallocarray(t->lens, t->cap, sizeof *t->lens);
        t->hashes = dy_reallocarray(t->hashes, t->cap, sizeof *t->hashes);
    }
    if (t->pool_len + n + 1 > t->pool_cap) {
        size_t nc = t->pool_cap ? t->pool_cap * 2 : 4096;
        while (nc < t->pool_len + n + 1) nc *= 2;
        t->pool = dy_realloc(t->pool, nc);
        t->pool_cap = nc;
    }
    id = t->count++;
    t->offs[id] = (uint32_t)t->pool_len;
    t->lens[id] = (uint32_t)n;
    t->hashes[id] = h;
    memcpy(t->pool + t->pool_len, s, n);
    t->pool[t->pool_len + n] = 0;
    t->pool_len += n + 1;
    size_t i = (size_t)t->hashes[id] & (t->nslots - 1);
    while (t->slots[i]) i = (i + 1) & (t->nslots - 1);
    t->slots[i] = id + 1;
    return id;
}
