/* xwords.c — token → word id for the extractors; see xwords.h.
 *
 * The lookup is a hash table made ahead of time. A word (at most 15 bytes)
 * is read as two 64-bit integers, zero padded, so that hashing it is two
 * multiplications and comparing it with a table entry two integer compares,
 * whatever its length. dy_xw_slots maps the top DY_XW_SLOT_BITS bits of the
 * hash to a word id, with linear probing; with ~900 words in 4096 slots most
 * tokens that are no listed word hit an empty slot at once.
 *
 * A token is read the same way straight from the text: one or two unaligned
 * loads, the bytes past the token masked off, letters lower-cased eight at
 * a time. Only tokens with a byte of 0x80 or more (a curly apostrophe, say)
 * or within 16 bytes of the end of the text take a slower path through a
 * byte buffer. The whole pass costs some 45 instructions per word.
 *
 * Everything here is const and built at compile time. The slot array is
 * generated from the list: after changing the words in xwords.h run
 *     build/extract_test_xwords --slots > src/extract/xwords_slots.inc
 * (that test fails, saying so, until the table matches the list). */
#include "extract/xwords.h"

#include <string.h>

/* The words, zero padded to 16 bytes, indexed by id. */
#define DY_XW_KEY_(name, str) [DY_XW_##name] = str,
static const char keys[DY_XW_COUNT][16] = {DY_XWORDS(DY_XW_KEY_)};
#undef DY_XW_KEY_

#define DY_XW_CHECK_(name, str) _Static_assert(sizeof(str) <= DY_XW_MAXLEN + 1, "word too long: " str);
DY_XWORDS(DY_XW_CHECK_)
#undef DY_XW_CHECK_
_Static_assert(DY_XW_COUNT < DY_XW_INEXACT, "too many words for the id flag");

const uint16_t dy_xw_slots[1u << DY_XW_SLOT_BITS] = {
#include "extract/xwords_slots.inc"
};

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
#define SLOT_MASK ((1u << DY_XW_SLOT_BITS) - 1u)

/* Eight bytes as a little-endian integer, on any host. */
static inline uint64_t load64(const void *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* Upper-case letters to lower case, eight bytes (all < 0x80) at once, by
 * setting bit 5 wherever bit 6 is set. That also turns @ [ \ ] ^ _ into
 * ` { | } ~ DEL, which is harmless: no listed word has either. */
static inline uint64_t fold8(uint64_t x)
{
    return x | ((x >> 1) & (ONES * 0x20));
}

static inline unsigned hash2(uint64_t k0, uint64_t k1)
{
    uint64_t h = (k0 ^ (k1 * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL;
    return (unsigned)(h >> (64 - DY_XW_SLOT_BITS));
}

static unsigned find2(uint64_t k0, uint64_t k1)
{
    unsigned h = hash2(k0, k1), id;
    while ((id = dy_xw_slots[h]) != 0) {
        if (load64(keys[id]) == k0 && load64(keys[id] + 8) == k1) return id;
        h = (h + 1) & SLOT_MASK;
    }
    return 0;
}

unsigned dy_xw_hash(const char *w, size_t n)
{
    char b[16] = {0};
    memcpy(b, w, n < 16 ? n : 16);
    return hash2(load64(b), load64(b + 8));
}

unsigned dy_xw_find(const char *w, size_t n)
{
    if (n == 0 || n > DY_XW_MAXLEN || memchr(w, 0, n)) return 0;
    char b[16] = {0};
    memcpy(b, w, n);
    return find2(load64(b), load64(b + 8));
}

const char *dy_xw_str(unsigned id)
{
    return DY_XW_ID(id) < DY_XW_COUNT ? keys[DY_XW_ID(id)] : "";
}

/* Token bytes p[0..n) with a non-ASCII byte: fold ’ to ' as dy_nw_lower does
 * (other bytes stay and then match nothing). */
static unsigned slow_id(const unsigned char *p, size_t n, unsigned inexact)
{
    char b[16] = {0};
    size_t o = 0;
    for (size_t j = 0; j < n; j++) {
        unsigned char c = p[j];
        if (c == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0x99) {
            c = '\'';
            j += 2;
            inexact = DY_XW_INEXACT;
        } else if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c + 32);
        }
        if (o == DY_XW_MAXLEN) return 0;
        b[o++] = (char)c;
    }
    unsigned id = o ? find2(load64(b), load64(b + 8)) : 0;
    return id ? id | inexact : 0;
}

static inline unsigned token_id(const dy_text *t, const dy_token *k)
{
    if (k->kind != DY_TOK_WORD) return 0;
    const unsigned char *p = (const unsigned char *)t->text + k->start;
    size_t n = k->len;
    unsigned inexact = 0;
    if ((k->flags & DY_TF_ABBREV) && n > 1 && p[n - 1] == '.') { n--; inexact = DY_XW_INEXACT; }
    if (n - 1 >= DY_XW_MAXLEN) {
        /* empty, or too long unless curly apostrophes (3 bytes read as 1) make it fit */
        return n > DY_XW_MAXLEN && n <= 3 * DY_XW_MAXLEN ? slow_id(p, n, inexact) : 0;
    }
    /* near the end of the text, where 16 bytes from p are not all there */
    if ((size_t)k->start + 16 > t->len) return slow_id(p, n, inexact);
    uint64_t k0 = load64(p), k1 = 0;
    if (n < 8) k0 &= ~0ULL >> (64 - 8 * n);
    else if (n > 8) k1 = load64(p + 8) & (~0ULL >> (128 - 8 * n));
    if ((k0 | k1) & HIGH) return slow_id(p, n, inexact);
    unsigned id = find2(fold8(k0), k1 ? fold8(k1) : 0);
    return id ? id | inexact : 0;
}

unsigned dy_xw_id(const dy_text *t, uint32_t i)
{
    return i < t->ntok ? token_id(t, &t->toks[i]) : 0;
}

uint16_t *dy_xw_of(const dy_text *t, dy_arena *a)
{
    uint16_t *id = dy_arena_alloc(a, ((size_t)t->ntok + 1) * sizeof *id);
    for (uint32_t i = 0; i < t->ntok; i++) id[i] = (uint16_t)token_id(t, &t->toks[i]);
    id[t->ntok] = 0;
    return id;
}
