/* gazetteer_index.h — the gazetteer's hash index, built at build time.
 *
 * The gazetteer table (build/gen/gazetteer.tsv, written by
 * tools/gen_gazetteer.c) is read by places.c through an index: an
 * open-addressing hash table over the folded names (and the first words of
 * names of several words), the offsets of the place lines, the country codes
 * and the subdivision names. Building it costs about 100 million
 * instructions and 15 MB of heap, so the generator builds it once
 * (dy_gaz_index_build, compiled into the generator only) and writes it as one
 * binary blob, build/gen/gazetteer.idx, which is embedded next to the table
 * (tools/embed.c --incbin; cmake/gazetteer.cmake). At run time
 * dy_gaz_index_open checks the blob's header and points into it: no work
 * per entry, no allocation; the pages are read only when names are looked up.
 *
 * Blob layout (host byte order; the writer and the reader are the same
 * machine, which the header checks): a dy_gaz_header, then the sections in
 * the order of the DY_GAZ_S_* constants, each starting at a multiple of 8
 * bytes, zero-padded. Every offset in a section is a byte offset into the
 * table the blob was built from (header.tsv_len bytes; FNV-1a 64 of its bytes
 * in header.tsv_hash). Deterministic: the same table gives the same bytes.
 *
 *   SLOTS        nslots dy_gaz_slot (a power of two, or 0 if the table has no
 *                names or no places); lookups as dy_gaz_find
 *   PLACE_OFF    nplaces uint32: offset of the P line of place i
 *   COUNTRY      ncountries + 1 char[4]: the C lines' ISO3 codes, NUL-terminated
 *   CMAP         26^3 uint16: ISO3 ((A*26+B)*26+C) → country index + 1, 0 = unknown
 *   ADMIN1_OFF   nadmin1 + 1 uint32: offset of subdivision i's name in ADMIN1_POOL
 *   ADMIN1_POOL  the A lines' names, each NUL-terminated, then a NUL
 *   SOURCE       the table's "# inputs:" line (up to DY_GAZ_SOURCE_MAX - 1
 *                bytes), NUL-terminated
 *
 * Changing the layout or the hash means bumping DY_GAZ_VERSION. */
#ifndef DY_GAZETTEER_INDEX_H
#define DY_GAZETTEER_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define DY_GAZ_MAGIC "dyadGAZ"    /* 8 bytes with the NUL */
#define DY_GAZ_VERSION 1
#define DY_GAZ_ENDIAN 0x01020304u
#define DY_GAZ_MAX_WORDS 8        /* longest name, in words (tools/gen_gazetteer.c) */
#define DY_GAZ_MAX_KEY 128        /* names this long or longer are not indexed */
#define DY_GAZ_SOURCE_MAX 512
#define DY_GAZ_NCMAP (26 * 26 * 26)

enum {
    DY_GAZ_S_SLOTS, DY_GAZ_S_PLACE_OFF, DY_GAZ_S_COUNTRY, DY_GAZ_S_CMAP,
    DY_GAZ_S_ADMIN1_OFF, DY_GAZ_S_ADMIN1_POOL, DY_GAZ_S_SOURCE, DY_GAZ_NSECT
};

typedef struct dy_gaz_slot {
    uint32_t hash;   /* high half of the key hash */
    uint32_t off;    /* key bytes in the table (inside an N line) */
    uint16_t len;    /* key length; 0 = empty slot */
    uint8_t maxw;    /* longest name, in words, that starts with this key as a word */
    uint8_t isname;  /* 1: the key is itself a name (its N line starts at off - 2);
                        3: ... but never a place: a demonym ("Iraqi") or a
                        subdivision without coordinates ("British Columbia") */
} dy_gaz_slot;

typedef struct dy_gaz_header {
    char magic[8];           /* DY_GAZ_MAGIC */
    uint32_t version;        /* DY_GAZ_VERSION */
    uint32_t endian;         /* DY_GAZ_ENDIAN as the writer stored it */
    uint32_t header_size;    /* sizeof(dy_gaz_header) */
    uint32_t slot_size;      /* sizeof(dy_gaz_slot) */
    uint64_t blob_len;       /* the whole blob, header included */
    uint64_t tsv_len;        /* the table indexed */
    uint64_t tsv_hash;       /* FNV-1a 64 of the table (checked by the generator) */
    uint64_t nslots, nplaces, nnames, ncountries, nadmin1;
    struct { uint64_t off, size; } sect[DY_GAZ_NSECT];   /* bytes from the blob's start */
} dy_gaz_header;

/* The index, pointing into a blob (or, in the generator, into its arrays). */
typedef struct dy_gaz_view {
    const dy_gaz_slot *slots;     /* NULL if nslots == 0 */
    size_t nslots;
    const uint32_t *place_off;
    size_t nplaces, nnames;
    const char (*country)[4];
    size_t ncountries;
    const uint16_t *cmap;
    const char *admin1_pool;
    const uint32_t *admin1_off;
    size_t nadmin1;
    const char *source;           /* never NULL */
    uint64_t tsv_len, tsv_hash;
} dy_gaz_view;

/* Key hash: FNV-1a 64 over the folded name, finished by a mixer; the low bits
 * pick the slot, the high half is stored. */
#define DY_GAZ_HASH_INIT 1469598103934665603ULL
static inline uint64_t dy_gaz_hash_step(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}
static inline uint64_t dy_gaz_hash_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* The slot of key k[0..n) (h = its mixed hash) in a table of mask + 1 slots
 * whose keys are in data, or NULL. Linear probing; the table is never full. */
static inline const dy_gaz_slot *dy_gaz_find(const dy_gaz_slot *slots, size_t mask,
                                             const char *data, const char *k, size_t n,
                                             uint64_t h)
{
    uint32_t hi = (uint32_t)(h >> 32);
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        const dy_gaz_slot *s = &slots[i];
        if (s->len == 0) return NULL;
        if (s->hash == hi && s->len == n && memcmp(data + s->off, k, n) == 0) return s;
    }
}

/* ISO3 code → CMAP index, -1 if not three capital letters. */
static inline int dy_gaz_iso3(const char *s)
{
    if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' || s[2] > 'Z') return -1;
    return ((s[0] - 'A') * 26 + (s[1] - 'A')) * 26 + (s[2] - 'A');
}

/* Check a blob's header against the table it must index (tsv_len bytes) and
 * fill v with pointers into the blob. O(1): the sections' contents are
 * trusted (the blob is built with the library). blob must be 8-byte aligned.
 * Returns 0, or -1 with a reason in *why (a static string) if the blob is
 * not a valid index of this version for a table of that length. */
int dy_gaz_index_open(const void *blob, size_t blob_len, size_t tsv_len, dy_gaz_view *v,
                      const char **why);

/* Build-time only (compiled when DY_GAZ_INDEX_BUILDER is defined, in
 * tools/gen_gazetteer.c's target): index the table tsv[0..len) and return
 * the blob (malloc'ed, 8-byte aligned) in *blob, *blob_len. An empty or
 * oversized table gives a valid blob of an empty index. Returns 0, or -1 if
 * out of memory. */
int dy_gaz_index_build(const char *tsv, size_t len, unsigned char **blob, size_t *blob_len);

#endif
