/* test_gazetteer_index.c — the gazetteer's prebuilt index
 * (src/extract/gazetteer_index.c): the blob embedded in the library indexes
 * the table embedded with it (every name is found where it is, every place
 * offset starts a P line, the hash matches), and dy_gaz_index_open refuses
 * damaged headers instead of pointing out of bounds. Works with an empty
 * gazetteer too (a library built without GeoNames). */
#include "dytest.h"
#include "extract/gazetteer_index.h"
#include "util/embedded.h"

extern const dy_embedded_file dy_gazetteer_files[];
extern const size_t dy_gazetteer_files_n;

static const dy_embedded_file *file(const char *name)
{
    for (size_t i = 0; i < dy_gazetteer_files_n; i++)
        if (dy_gazetteer_files[i].name && strcmp(dy_gazetteer_files[i].name, name) == 0)
            return &dy_gazetteer_files[i];
    return NULL;
}

/* gazetteer-index-1: the embedded index is the index of the embedded table */
static void test_consistent(void **state)
{
    (void)state;
    const dy_embedded_file *t = file("gazetteer.tsv"), *x = file("gazetteer.idx");
    assert_non_null(t);
    assert_non_null(x);
    assert_int_equal((uintptr_t)x->data % 8, 0);
    dy_gaz_view v;
    const char *why = NULL;
    if (dy_gaz_index_open(x->data, x->len, t->len, &v, &why) != 0) fail_msg("open: %s", why);
    const char *d = (const char *)t->data;
    assert_true(v.tsv_hash == dy_gaz_hash_step(DY_GAZ_HASH_INIT, d, t->len));
    size_t nn = 0, np = 0;
    for (const char *p = d, *end = d + t->len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        if (v.nslots && nl - p >= 5 && p[0] == 'N' && p[1] == '\t') {
            const char *k = p + 2, *tab = memchr(k, '\t', (size_t)(nl - k));
            size_t n = tab ? (size_t)(tab - k) : 0;
            if (n > 0 && n < DY_GAZ_MAX_KEY) {
                uint64_t h = dy_gaz_hash_mix(dy_gaz_hash_step(DY_GAZ_HASH_INIT, k, n));
                const dy_gaz_slot *s = dy_gaz_find(v.slots, v.nslots - 1, d, k, n, h);
                if (!s || !(s->isname & 1) || s->off != (uint32_t)(k - d))
                    fail_msg("name '%.*s' is not indexed where it is", (int)n, k);
                nn++;
            }
        } else if (nl - p >= 5 && p[0] == 'P' && p[1] == '\t') {
            assert_true(np < v.nplaces);
            assert_int_equal(v.place_off[np], (uint32_t)(p - d));
            np++;
        }
        p = nl + 1;
    }
    assert_int_equal(nn, v.nnames);
    if (v.nslots) assert_int_equal(np, v.nplaces);
    for (size_t i = 0; i < v.nadmin1; i++) assert_true(strlen(v.admin1_pool + v.admin1_off[i]) > 0);
    for (size_t i = 0; i < v.ncountries; i++) {
        int c = dy_gaz_iso3(v.country[i]);
        assert_true(c >= 0);
        assert_int_equal(v.cmap[c], i + 1);
    }
    printf("gazetteer index: %zu names, %zu places, %zu slots, %zu bytes; source '%.40s...'\n",
           v.nnames, v.nplaces, v.nslots, x->len, v.source);
}

/* gazetteer-index-2: damaged headers are refused */
static void test_refused(void **state)
{
    (void)state;
    const dy_embedded_file *t = file("gazetteer.tsv"), *x = file("gazetteer.idx");
    assert_non_null(t);
    assert_non_null(x);
    size_t len = x->len;
    uint64_t *buf = malloc(len + 8);   /* 8-byte aligned copy */
    assert_non_null(buf);
    unsigned char *b = (unsigned char *)buf;
    dy_gaz_header *h = (dy_gaz_header *)buf;
    dy_gaz_view v;
    const char *why = NULL;
#define RESET() memcpy(b, x->data, len)
#define REFUSED(what)                                                                    \
    do {                                                                                 \
        why = NULL;                                                                      \
        if (dy_gaz_index_open(b, len, t->len, &v, &why) == 0) fail_msg("accepted: %s", what); \
        assert_non_null(why);                                                            \
        assert_non_null(v.source);                                                       \
        assert_null(v.slots);                                                            \
    } while (0)
    RESET();
    assert_int_equal(dy_gaz_index_open(b, len, t->len, &v, &why), 0);
    assert_int_not_equal(dy_gaz_index_open(b, len, t->len + 1, &v, &why), 0);   /* another table */
    assert_int_not_equal(dy_gaz_index_open(b, len - 8, t->len, &v, &why), 0);   /* truncated */
    assert_int_not_equal(dy_gaz_index_open(b, 16, t->len, &v, &why), 0);        /* shorter than a header */
    assert_int_not_equal(dy_gaz_index_open(NULL, len, t->len, &v, &why), 0);
    assert_int_not_equal(dy_gaz_index_open(b + 8, len - 8, t->len, &v, &why), 0);
    memmove(b + 1, b, len - 1);
    assert_int_not_equal(dy_gaz_index_open(b + 1, len - 1, t->len, &v, &why), 0); /* misaligned */
    RESET(); b[0] ^= 1; REFUSED("magic");
    RESET(); h->version++; REFUSED("version");
    RESET(); h->endian = 0x04030201u; REFUSED("byte order");
    RESET(); h->slot_size = 16; REFUSED("slot size");
    RESET(); h->blob_len++; REFUSED("blob length");
    for (int i = 0; i < DY_GAZ_NSECT; i++) {
        RESET(); h->sect[i].off += 4; REFUSED("misaligned section");
        RESET(); h->sect[i].off = len; h->sect[i].size = 8; REFUSED("section past the end");
        RESET(); h->sect[i].size = UINT64_MAX - 7; REFUSED("huge section");
        RESET(); h->sect[i].off = 0; REFUSED("section over the header");
    }
    RESET(); h->nplaces = UINT64_MAX; REFUSED("place count");
    RESET(); h->ncountries = h->sect[DY_GAZ_S_COUNTRY].size / 4; REFUSED("country count");
    RESET(); h->nadmin1 = h->sect[DY_GAZ_S_ADMIN1_OFF].size / 4; REFUSED("admin1 count");
    RESET(); b[h->sect[DY_GAZ_S_SOURCE].off + h->sect[DY_GAZ_S_SOURCE].size - 1] = 'x';
    REFUSED("source not terminated");
    RESET(); b[h->sect[DY_GAZ_S_ADMIN1_POOL].off + h->sect[DY_GAZ_S_ADMIN1_POOL].size - 1] = 'x';
    REFUSED("admin1 names not terminated");
    if (h->nslots) {
        RESET(); h->nslots--; REFUSED("slot count");
        RESET(); h->nslots *= 2; REFUSED("slot count");
        RESET(); h->sect[DY_GAZ_S_CMAP].size -= 8; REFUSED("country map");
        RESET(); h->nnames = h->nslots + 1; REFUSED("names");
    } else {
        RESET(); h->nnames = 1; REFUSED("names without slots");
    }
#undef RESET
#undef REFUSED
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_consistent),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
