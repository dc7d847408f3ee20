/* gazetteer_index.c — build (generator only) and open (library) the
 * gazetteer's index blob; format in gazetteer_index.h.
 *
 * Why here and not in places.c: the same code must run in the generator,
 * which writes the blob at build time, and places.c must only open it. The
 * builder is compiled only with DY_GAZ_INDEX_BUILDER (cmake/gazetteer.cmake
 * defines it for dyad-gen-gazetteer), so the library carries dy_gaz_index_open
 * alone; both share the hash, the slot layout and the probing of
 * gazetteer_index.h. */
#include "extract/gazetteer_index.h"

#include <stdint.h>
#include <string.h>

_Static_assert(sizeof(dy_gaz_slot) == 12, "dy_gaz_slot has no padding");
_Static_assert(sizeof(dy_gaz_header) % 8 == 0, "sections after the header stay aligned");
_Static_assert(sizeof DY_GAZ_MAGIC == 8, "magic is 8 bytes");

int dy_gaz_index_open(const void *blob, size_t blob_len, size_t tsv_len, dy_gaz_view *v,
                      const char **why)
{
#define FAIL(msg)                  \
    do {                           \
        if (why) *why = (msg);     \
        return -1;                 \
    } while (0)
    memset(v, 0, sizeof *v);
    v->source = "";
    if (!blob || blob_len < sizeof(dy_gaz_header)) FAIL("shorter than its header");
    if ((uintptr_t)blob % 8 != 0) FAIL("not 8-byte aligned");
    const dy_gaz_header *h = blob;
    const unsigned char *b = blob;
    if (memcmp(h->magic, DY_GAZ_MAGIC, sizeof h->magic) != 0) FAIL("bad magic");
    if (h->endian != DY_GAZ_ENDIAN) FAIL("written on a machine of another byte order");
    if (h->version != DY_GAZ_VERSION) FAIL("another format version");
    if (h->header_size != sizeof *h || h->slot_size != sizeof(dy_gaz_slot))
        FAIL("written with another layout");
    if (h->blob_len != blob_len) FAIL("truncated or padded");
    if (h->tsv_len != tsv_len || tsv_len >= UINT32_MAX) FAIL("built from another table");
    for (int i = 0; i < DY_GAZ_NSECT; i++) {
        uint64_t off = h->sect[i].off, size = h->sect[i].size;
        if (off % 8 != 0 || off < sizeof *h || off > blob_len || size > blob_len - off)
            FAIL("a section is out of bounds");
    }
#define SIZE(i) (h->sect[i].size)
#define AT(i) ((const void *)(b + h->sect[i].off))
    /* names and places (or neither: an empty table) */
    if (h->nslots) {
        if ((h->nslots & (h->nslots - 1)) != 0) FAIL("slot count not a power of two");
        if (SIZE(DY_GAZ_S_SLOTS) / sizeof(dy_gaz_slot) != h->nslots ||
            SIZE(DY_GAZ_S_SLOTS) % sizeof(dy_gaz_slot) != 0)
            FAIL("slot section size");
        if (SIZE(DY_GAZ_S_CMAP) != DY_GAZ_NCMAP * sizeof(uint16_t)) FAIL("country map size");
        if (h->nnames > h->nslots) FAIL("more names than slots");
    } else if (h->nnames || h->nplaces) {
        FAIL("names without slots");
    }
    if (h->nplaces > SIZE(DY_GAZ_S_PLACE_OFF) / sizeof(uint32_t)) FAIL("place section size");
    if (h->ncountries >= SIZE(DY_GAZ_S_COUNTRY) / 4 || h->ncountries > 0xFFFE)
        FAIL("country section size");
    if (h->nadmin1 >= SIZE(DY_GAZ_S_ADMIN1_OFF) / sizeof(uint32_t)) FAIL("admin1 section size");
    if (SIZE(DY_GAZ_S_ADMIN1_POOL) == 0 ||
        b[h->sect[DY_GAZ_S_ADMIN1_POOL].off + SIZE(DY_GAZ_S_ADMIN1_POOL) - 1] != 0)
        FAIL("admin1 names not terminated");
    if (SIZE(DY_GAZ_S_SOURCE) == 0 || b[h->sect[DY_GAZ_S_SOURCE].off + SIZE(DY_GAZ_S_SOURCE) - 1] != 0)
        FAIL("source not terminated");

    v->nslots = (size_t)h->nslots;
    v->slots = h->nslots ? AT(DY_GAZ_S_SLOTS) : NULL;
    v->cmap = h->nslots ? AT(DY_GAZ_S_CMAP) : NULL;
    v->place_off = AT(DY_GAZ_S_PLACE_OFF);
    v->nplaces = (size_t)h->nplaces;
    v->nnames = (size_t)h->nnames;
    v->country = AT(DY_GAZ_S_COUNTRY);
    v->ncountries = (size_t)h->ncountries;
    v->admin1_off = AT(DY_GAZ_S_ADMIN1_OFF);
    v->admin1_pool = AT(DY_GAZ_S_ADMIN1_POOL);
    v->nadmin1 = (size_t)h->nadmin1;
    v->source = AT(DY_GAZ_S_SOURCE);
    v->tsv_len = h->tsv_len;
    v->tsv_hash = h->tsv_hash;
    return 0;
#undef SIZE
#undef AT
#undef FAIL
}

#ifdef DY_GAZ_INDEX_BUILDER
/* ------------------------------------------------------------ builder
 * The indexing that dy_gazetteer_new did at run time until the index moved
 * to build time, unchanged: the same passes, the same insertion order, hence
 * the same slot table. */
#include <stdlib.h>

static dy_gaz_slot *insert_slot(dy_gaz_slot *slots, size_t mask, const char *data, uint32_t off,
                                size_t n)
{
    uint64_t h = dy_gaz_hash_mix(dy_gaz_hash_step(DY_GAZ_HASH_INIT, data + off, n));
    const dy_gaz_slot *f = dy_gaz_find(slots, mask, data, data + off, n, h);
    if (f) return &slots[f - slots];
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        dy_gaz_slot *s = &slots[i];
        if (s->len == 0) {
            s->hash = (uint32_t)(h >> 32);
            s->off = off;
            s->len = (uint16_t)n;
            return s;
        }
    }
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

int dy_gaz_index_build(const char *d, size_t len, unsigned char **blob, size_t *blob_len)
{
    dy_gaz_slot *slots = NULL;
    uint32_t *place_off = NULL, *admin1_off = NULL;
    char(*country)[4] = NULL;
    uint16_t *cmap = NULL;
    char *admin1_pool = NULL;
    size_t nslots = 0, mask = 0, nplaces = 0, nnames = 0, ncountries = 0, nadmin1 = 0, pool = 0;
    char source[DY_GAZ_SOURCE_MAX] = "";
    int rc = -1;
    *blob = NULL;
    *blob_len = 0;
    const char *end = d ? d + len : d;
    int usable = d && len > 0 && len < UINT32_MAX;

    /* pass 1: count */
    size_t nkeys = 0, np = 0, nc = 0, na = 0, apool = 0;
    for (const char *p = d; usable && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        if (nl - p >= 2 && p[1] == '\t') {
            switch (p[0]) {
            case 'N': {
                nkeys++;
                const char *tab = memchr(p + 2, '\t', (size_t)(nl - p - 2));
                if (tab && memchr(p + 2, ' ', (size_t)(tab - p - 2))) nkeys++;
                break;
            }
            case 'P': np++; break;
            case 'C': nc++; break;
            case 'A': na++; apool += (size_t)(nl - p) + 1; break;
            default: break;
            }
        } else if (nl - p > 9 && memcmp(p, "# inputs:", 9) == 0) {
            size_t n = (size_t)(nl - p) - 9;
            const char *s = p + 9;
            while (n && *s == ' ') { s++; n--; }
            if (n >= sizeof source) n = sizeof source - 1;
            memcpy(source, s, n);
            source[n] = 0;
        }
        p = nl + 1;
    }

    if (usable && nkeys > 0 && np > 0) {
        nslots = 1024;
        while (nslots < 2 * nkeys) nslots *= 2;
        mask = nslots - 1;
        slots = calloc(nslots, sizeof *slots);
        place_off = calloc(np, sizeof *place_off);
        country = calloc(nc + 1, sizeof *country);
        cmap = calloc(DY_GAZ_NCMAP, sizeof *cmap);
        admin1_pool = calloc(apool + 1, 1);
        admin1_off = calloc(na + 1, sizeof *admin1_off);
        if (!slots || !place_off || !country || !cmap || !admin1_pool || !admin1_off) goto out;

        /* pass 2: fill */
        for (const char *p = d; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            if (!nl) nl = end;
            if (nl - p >= 5 && p[1] == '\t') {
                uint32_t off = (uint32_t)(p - d);
                if (p[0] == 'P') {
                    place_off[nplaces++] = off;
                } else if (p[0] == 'C' && ncountries < nc && nl - p >= 5) {
                    int s = dy_gaz_iso3(p + 2);
                    if (s >= 0 && ncountries < 0xFFFE) {
                        memcpy(country[ncountries], p + 2, 3);
                        country[ncountries][3] = 0;
                        cmap[s] = (uint16_t)(++ncountries);
                    }
                } else if (p[0] == 'A' && nl - p >= 7) {
                    size_t n = (size_t)(nl - p) - 6;   /* "A\tISO\tNAME" */
                    admin1_off[nadmin1++] = (uint32_t)pool;
                    memcpy(admin1_pool + pool, p + 6, n);
                    pool += n;
                    admin1_pool[pool++] = 0;
                } else if (p[0] == 'N') {
                    const char *k = p + 2;
                    const char *tab = memchr(k, '\t', (size_t)(nl - k));
                    size_t n = tab ? (size_t)(tab - k) : 0;
                    if (n > 0 && n < DY_GAZ_MAX_KEY) {
                        dy_gaz_slot *s = insert_slot(slots, mask, d, off + 2, n);
                        s->isname = 1;
                        for (const char *fl = tab + 1; fl < nl && *fl != '\t'; fl++)
                            if (*fl == 'd' || *fl == 'r') s->isname = 3;
                        if (s->maxw < 1) s->maxw = 1;
                        const char *sp = memchr(k, ' ', n);
                        if (sp) {
                            int words = 1;
                            for (size_t i = 0; i < n; i++) words += k[i] == ' ';
                            dy_gaz_slot *f1 = insert_slot(slots, mask, d, off + 2, (size_t)(sp - k));
                            if (words > DY_GAZ_MAX_WORDS) words = DY_GAZ_MAX_WORDS;
                            if (f1->maxw < words) f1->maxw = (uint8_t)words;
                        }
                        nnames++;
                    }
                }
            }
            p = nl + 1;
        }
    }

    /* serialise: header, then the sections, each 8-byte aligned */
    dy_gaz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DY_GAZ_MAGIC, sizeof h.magic);
    h.version = DY_GAZ_VERSION;
    h.endian = DY_GAZ_ENDIAN;
    h.header_size = sizeof h;
    h.slot_size = sizeof(dy_gaz_slot);
    h.tsv_len = d ? len : 0;
    h.tsv_hash = dy_gaz_hash_step(DY_GAZ_HASH_INIT, d ? d : "", d ? len : 0);
    h.nslots = nslots;
    h.nplaces = nplaces;
    h.nnames = nnames;
    h.ncountries = ncountries;
    h.nadmin1 = nadmin1;
    static const char zero[4];
    const void *src[DY_GAZ_NSECT] = {
        slots, place_off, country ? (const void *)country : zero, cmap,
        admin1_off ? (const void *)admin1_off : zero, admin1_pool ? admin1_pool : "", source,
    };
    size_t size[DY_GAZ_NSECT] = {
        nslots * sizeof *slots, nplaces * sizeof *place_off, (ncountries + 1) * sizeof *country,
        slots ? DY_GAZ_NCMAP * sizeof *cmap : 0, (nadmin1 + 1) * sizeof *admin1_off, pool + 1,
        strlen(source) + 1,
    };
    size_t at = sizeof h;
    for (int i = 0; i < DY_GAZ_NSECT; i++) {
        at = align8(at);
        h.sect[i].off = at;
        h.sect[i].size = size[i];
        at += size[i];
    }
    at = align8(at);
    h.blob_len = at;
    unsigned char *out = calloc(at, 1);   /* zero padding: same table, same bytes */
    if (!out) goto out;
    memcpy(out, &h, sizeof h);
    for (int i = 0; i < DY_GAZ_NSECT; i++)
        if (size[i]) memcpy(out + h.sect[i].off, src[i], size[i]);
    *blob = out;
    *blob_len = at;
    rc = 0;
out:
    free(slots);
    free(place_off);
    free(country);
    free(cmap);
    free(admin1_pool);
    free(admin1_off);
    return rc;
}
#endif
