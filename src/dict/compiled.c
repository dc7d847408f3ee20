/* compiled.c — the compiled dictionary file: `dyad dict compile` writes it,
 * `dyad code --dict FILE` maps it into memory.
 *
 * Why. Reading the PETRARCH-2 production dictionaries from text takes a few
 * hundred million instructions (phrase parsing, interning, sorting the
 * index) and WordNet's lemma table tens of millions more; a batch job that
 * starts many short processes, or a service that restarts, should not pay
 * that each time. After dy_dict_finish() every table of a dy_dict is a flat
 * array of plain structs and integers (no pointers between them: indices
 * and string-pool offsets), and so is the lemmatizer; the compiled file is
 * those arrays, 8-byte aligned, behind a small header, and loading it is
 * one mmap() plus pointer fixing: no parsing, no copying.
 *
 * Trust. The file is validated before any pointer is set: magic, format
 * version, byte order, a signature of the struct layouts (a file written by
 * a build whose structs differ is "stale", not garbage), every section's
 * bounds and element size, and a 64-bit checksum of the whole payload (a
 * truncated or corrupted file is an error naming the file, never a crash).
 * The format version must be bumped whenever what a table means changes.
 *
 * Layout: header | section table (nsect entries) | payload. All integers
 * little-endian (we check the host is). */
#include "dict/compiled.h"
#include "util/buf.h"
#include "util/check.h"
#include "util/error.h"
#include "util/mem.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define DY_COMPILED_MAGIC "DYADDICT"
#define DY_COMPILED_FORMAT 2u /* 2: dictionary lemma links keep words that are lemmas */

typedef struct cd_header {
    char magic[8];
    uint32_t format;        /* DY_COMPILED_FORMAT */
    uint32_t endian;        /* 0x01020304 as written */
    uint64_t layout;        /* signature of the struct sizes */
    uint64_t payload_len;   /* bytes after the section table */
    uint64_t checksum;      /* of the section table and payload */
    uint32_t nsect;
    uint32_t pad;
    char version[16];       /* dyad version that wrote it, for messages */
} cd_header;

typedef struct cd_sect {
    uint32_t id;            /* enum below */
    uint32_t elsize;
    uint64_t off;           /* from the start of the payload */
    uint64_t count;
} cd_sect;

/* Sections. Never renumber; add at the end. */
enum {
    S_SCALARS = 1, S_CONFIG, S_STATS,
    S_VOCAB_SLOTS, S_VOCAB_OFFS, S_VOCAB_LENS, S_VOCAB_HASHES, S_VOCAB_POOL,
    S_CODES_SLOTS, S_CODES_OFFS, S_CODES_LENS, S_CODES_HASHES, S_CODES_POOL,
    S_STRINGS, S_ELEMS, S_PHRASES, S_ENTRIES, S_ACTORS, S_ACODES, S_AGENTS, S_VERBS, S_PATS,
    S_SYNSETS, S_ALTS, S_ALT_PHRASES, S_ISSUE_CODES, S_FILES, S_IS_STEM, S_SLOTS, S_ILIST,
    S_LEMV, S_LEMN, S_VPL, S_VPL_OFF,
    S_LEM_SLOTS, S_LEM_OFFS, S_LEM_LENS, S_LEM_HASHES, S_LEM_POOL, S_LEM_POS, S_LEM_EXC_V, S_LEM_EXC_N,
    S_COUNT
};

/* Scalars of the dict and the lemmatizer that are not array lengths. */
typedef struct cd_scalars {
    uint32_t vocab_count, codes_count, lem_count;
    uint32_t uses_lemmas, no_stems, exact_patterns, lem_empty, pad;
} cd_scalars;

static uint64_t layout_signature(void)
{
    const uint64_t sizes[] = {
        sizeof(cd_scalars), sizeof(dy_config), sizeof(dyad_dict_stats), sizeof(dy_elem),
        sizeof(dy_phrase), sizeof(dy_entry), sizeof(dy_actor), sizeof(dy_actor_code), sizeof(dy_agent),
        sizeof(dy_verb), sizeof(dy_pattern), sizeof(dy_synset), sizeof(dy_altgroup), sizeof(dy_index_slot),
        sizeof(dy_evcode), DY_MAX_VERB_PATTERNS,
    };
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < DY_ARRAY_LEN(sizes); i++) h = (h ^ sizes[i]) * 1099511628211ULL;
    return h;
}

/* 64-bit checksum, 8 bytes a step (a few ms for tens of MB). */
static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001B3ULL;
    return h ^ (h >> 32);
}

/* ------------------------------------------------------------ writing */

typedef struct cd_writer {
    cd_sect sect[S_COUNT];
    uint32_t nsect;
    dy_buf payload;
} cd_writer;

static void put(cd_writer *w, uint32_t id, const void *p, size_t elsize, size_t count)
{
    while (w->payload.len % 8) dy_buf_addc(&w->payload, 0);
    cd_sect *s = &w->sect[w->nsect++];
    s->id = id;
    s->elsize = (uint32_t)elsize;
    s->off = w->payload.len;
    s->count = count;
    if (count) dy_buf_add(&w->payload, p, elsize * count);
}

static void put_strtab(cd_writer *w, uint32_t first, const dy_strtab *t)
{
    put(w, first, t->slots, sizeof *t->slots, t->slots ? t->nslots : 0);
    put(w, first + 1, t->offs, sizeof *t->offs, t->count);
    put(w, first + 2, t->lens, sizeof *t->lens, t->count);
    put(w, first + 3, t->hashes, sizeof *t->hashes, t->count);
    put(w, first + 4, t->pool, 1, t->pool_len);
}

dyad_status dy_dict_save(const dy_dict *d, const dy_lemmatizer *lem, const char *path, dyad_error *err)
{
    if (!d->finished) return dy_error_set(err, DYAD_ERR_USAGE, "the dictionary is not finished");
    cd_writer w;
    memset(&w, 0, sizeof w);
    cd_scalars sc;
    memset(&sc, 0, sizeof sc);
    sc.vocab_count = d->vocab.count;
    sc.codes_count = d->codes.count;
    sc.lem_count = lem->words.count;
    sc.uses_lemmas = (uint32_t)d->uses_lemmas;
    sc.no_stems = (uint32_t)d->no_stems;
    sc.exact_patterns = (uint32_t)d->exact_patterns;
    sc.lem_empty = (uint32_t)lem->empty;
    put(&w, S_SCALARS, &sc, sizeof sc, 1);
    put(&w, S_CONFIG, &d->config, sizeof d->config, 1);
    put(&w, S_STATS, &d->stats, sizeof d->stats, 1);
    put_strtab(&w, S_VOCAB_SLOTS, &d->vocab);
    put_strtab(&w, S_CODES_SLOTS, &d->codes);
    put(&w, S_STRINGS, d->strings, 1, d->strings_len);
    put(&w, S_ELEMS, d->elems, sizeof *d->elems, d->nelems);
    put(&w, S_PHRASES, d->phrases, sizeof *d->phrases, d->nphrases);
    put(&w, S_ENTRIES, d->entries, sizeof *d->entries, d->nentries);
    put(&w, S_ACTORS, d->actors, sizeof *d->actors, d->nactors);
    put(&w, S_ACODES, d->acodes, sizeof *d->acodes, d->nacodes);
    put(&w, S_AGENTS, d->agents, sizeof *d->agents, d->nagents);
    put(&w, S_VERBS, d->verbs, sizeof *d->verbs, d->nverbs);
    put(&w, S_PATS, d->pats, sizeof *d->pats, d->npats);
    put(&w, S_SYNSETS, d->synsets, sizeof *d->synsets, d->nsynsets);
    put(&w, S_ALTS, d->alts, sizeof *d->alts, d->nalts);
    put(&w, S_ALT_PHRASES, d->alt_phrases, sizeof *d->alt_phrases, d->nalt_phrases);
    put(&w, S_ISSUE_CODES, d->issue_codes, sizeof *d->issue_codes, d->nissue_codes);
    dy_buf files = DY_BUF_INIT;
    for (size_t i = 0; i < d->nfiles; i++) {
        dy_buf_adds(&files, d->files[i]);
        dy_buf_addc(&files, 0);
    }
    put(&w, S_FILES, files.data, 1, files.len);
    dy_buf_release(&files);
    put(&w, S_IS_STEM, d->is_stem, 1, d->is_stem ? d->is_stem_cap : 0);
    put(&w, S_SLOTS, d->slots, sizeof *d->slots, d->nslots);
    put(&w, S_ILIST, d->ilist, sizeof *d->ilist, d->nilist);
    put(&w, S_LEMV, d->lemv, sizeof *d->lemv, d->lemv ? d->nlem : 0);
    put(&w, S_LEMN, d->lemn, sizeof *d->lemn, d->lemn ? d->nlem : 0);
    put(&w, S_VPL, d->vpl, sizeof *d->vpl, d->nvpl);
    put(&w, S_VPL_OFF, d->vpl_off, sizeof *d->vpl_off, d->vpl_off ? d->nverbs + 1 : 0);
    put_strtab(&w, S_LEM_SLOTS, &lem->words);
    put(&w, S_LEM_POS, lem->pos, 1, lem->pos ? lem->cap : 0);
    put(&w, S_LEM_EXC_V, lem->exc_v, sizeof *lem->exc_v, lem->exc_v ? lem->cap : 0);
    put(&w, S_LEM_EXC_N, lem->exc_n, sizeof *lem->exc_n, lem->exc_n ? lem->cap : 0);

    cd_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DY_COMPILED_MAGIC, 8);
    h.format = DY_COMPILED_FORMAT;
    h.endian = 0x01020304u;
    h.layout = layout_signature();
    h.nsect = w.nsect;
    h.payload_len = w.payload.len;
    snprintf(h.version, sizeof h.version, "%s", dyad_version());
    /* the checksum covers the section table and the payload */
    dy_buf body = DY_BUF_INIT;
    dy_buf_add(&body, w.sect, w.nsect * sizeof *w.sect);
    dy_buf_add(&body, w.payload.data, w.payload.len);
    h.checksum = checksum((const unsigned char *)body.data, body.len);

    /* write to a temporary name, then rename: never a half-written file */
    dy_buf tmp = DY_BUF_INIT;
    dy_buf_printf(&tmp, "%s.tmp%ld", path, (long)getpid());
    dyad_status st = DYAD_OK;
    FILE *f = fopen(dy_buf_str(&tmp), "wb");
    if (!f) {
        st = dy_error_set(err, DYAD_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
    } else {
        int ok = fwrite(&h, sizeof h, 1, f) == 1 && fwrite(body.data, 1, body.len, f) == body.len;
        if (fclose(f) != 0) ok = 0;
        if (!ok || rename(dy_buf_str(&tmp), path) != 0) {
            st = dy_error_set(err, DYAD_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
            remove(dy_buf_str(&tmp));
        }
    }
    dy_buf_release(&tmp);
    dy_buf_release(&body);
    dy_buf_release(&w.payload);
    return st;
}

/* ------------------------------------------------------------ mapping */

typedef struct cd_reader {
    const unsigned char *payload;
    uint64_t payload_len;
    const cd_sect *sect;
    uint32_t nsect;
    const cd_sect *by_id[S_COUNT];
} cd_reader;

/* Section id as an array of count elements of elsize bytes; NULL when empty.
 * Returns -1 if it is missing or malformed. */
static int get(const cd_reader *r, uint32_t id, size_t elsize, const void **p, size_t *count)
{
    const cd_sect *s = id < S_COUNT ? r->by_id[id] : NULL;
    if (!s || s->elsize != elsize || s->off % 8 || s->off > r->payload_len ||
        (s->count && (r->payload_len - s->off) / s->elsize < s->count))
        return -1;
    *p = s->count ? r->payload + s->off : NULL;
    *count = (size_t)s->count;
    return 0;
}

#define GET(id, ptr, n)                                                                 \
    do {                                                                                \
        const void *gp_;                                                                \
        size_t gn_;                                                                     \
        if (get(&r, id, sizeof *(ptr), &gp_, &gn_) < 0) { bad = #id; goto fail; }       \
        (ptr) = (void *)(uintptr_t)gp_;                                                 \
        (n) = gn_;                                                                      \
    } while (0)

static int map_strtab(const cd_reader *rp, uint32_t first, uint32_t count, dy_strtab *t)
{
    cd_reader r = *rp;
    const char *bad = NULL;
    size_t n_slots, n_offs, n_lens, n_hashes, n_pool;
    memset(t, 0, sizeof *t);
    GET(first, t->slots, n_slots);
    GET(first + 1, t->offs, n_offs);
    GET(first + 2, t->lens, n_lens);
    GET(first + 3, t->hashes, n_hashes);
    GET(first + 4, t->pool, n_pool);
    if (n_offs != count || n_lens != count || n_hashes != count || (n_slots & (n_slots - 1)) ||
        (count && n_slots < count))
        return -1;
    for (uint32_t i = 0; i < count; i++)
        if ((uint64_t)t->offs[i] + t->lens[i] >= n_pool || t->pool[t->offs[i] + t->lens[i]] != 0) return -1;
    for (size_t i = 0; i < n_slots; i++)
        if (t->slots[i] > count) return -1;
    t->nslots = n_slots;
    t->count = count;
    t->cap = 0;
    t->pool_len = n_pool;
    t->pool_cap = 0;
    return 0;
fail:
    (void)bad;
    return -1;
}

int dy_is_compiled(const void *data, size_t len)
{
    return len >= 8 && memcmp(data, DY_COMPILED_MAGIC, 8) == 0;
}

dyad_status dy_dict_map(dy_dict *d, dy_lemmatizer *lem, const char *path, dyad_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return dy_error_set(err, DYAD_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0 || sb.st_size < (off_t)sizeof(cd_header)) {
        close(fd);
        return dy_error_set(err, DYAD_ERR_COMPILED, "'%s' is not a compiled dyad dictionary (too short)", path);
    }
    size_t len = (size_t)sb.st_size;
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return dy_error_set(err, DYAD_ERR_IO, "cannot map '%s': %s", path, strerror(errno));
    const unsigned char *base = map;
    cd_header h;
    memcpy(&h, base, sizeof h);
    const char *why = NULL;
    if (memcmp(h.magic, DY_COMPILED_MAGIC, 8) != 0) why = "it is not a compiled dyad dictionary";
    else if (h.endian != 0x01020304u) why = "it was written on a machine of another byte order";
    else if (h.format != DY_COMPILED_FORMAT || h.layout != layout_signature()) why = "stale";
    else if (h.nsect == 0 || h.nsect > S_COUNT ||
             (len - sizeof h) / sizeof(cd_sect) < h.nsect ||
             len - sizeof h - h.nsect * sizeof(cd_sect) != h.payload_len)
        why = "it is truncated or has the wrong size";
    else if (checksum(base + sizeof h, len - sizeof h) != h.checksum)
        why = "its checksum does not match (the file is corrupt)";
    if (why) {
        munmap(map, len);
        h.version[sizeof h.version - 1] = 0;
        if (!strcmp(why, "stale"))
            return dy_error_set(err, DYAD_ERR_COMPILED,
                                "'%s' was compiled by another version of dyad (%s, format %u; this is %s, format %u): "
                                "recompile it with 'dyad dict compile'",
                                path, h.version, h.format, dyad_version(), DY_COMPILED_FORMAT);
        return dy_error_set(err, DYAD_ERR_COMPILED, "cannot use '%s': %s", path, why);
    }
    cd_reader r;
    memset(&r, 0, sizeof r);
    r.sect = (const cd_sect *)(const void *)(base + sizeof h);
    r.nsect = h.nsect;
    r.payload = base + sizeof h + h.nsect * sizeof(cd_sect);
    r.payload_len = h.payload_len;
    for (uint32_t i = 0; i < r.nsect; i++)
        if (r.sect[i].id < S_COUNT) r.by_id[r.sect[i].id] = &r.sect[i];

    const char *bad = NULL;
    dy_dict_release(d);
    dy_lemmatizer_release(lem);
    const cd_scalars *sc;
    const dy_config *cfg;
    const dyad_dict_stats *stats;
    const char *files;
    size_t n, nfiles_bytes, nlemv, nlemn, nvpl_off, npos, nexv, nexn;
    GET(S_SCALARS, sc, n);
    if (n != 1) { bad = "scalars"; goto fail; }
    GET(S_CONFIG, cfg, n);
    if (n != 1) { bad = "config"; goto fail; }
    GET(S_STATS, stats, n);
    if (n != 1) { bad = "stats"; goto fail; }
    if (map_strtab(&r, S_VOCAB_SLOTS, sc->vocab_count, &d->vocab) < 0) { bad = "vocabulary"; goto fail; }
    if (map_strtab(&r, S_CODES_SLOTS, sc->codes_count, &d->codes) < 0) { bad = "codes"; goto fail; }
    if (map_strtab(&r, S_LEM_SLOTS, sc->lem_count, &lem->words) < 0) { bad = "lemmas"; goto fail; }
    GET(S_STRINGS, d->strings, d->strings_len);
    GET(S_ELEMS, d->elems, d->nelems);
    GET(S_PHRASES, d->phrases, d->nphrases);
    GET(S_ENTRIES, d->entries, d->nentries);
    GET(S_ACTORS, d->actors, d->nactors);
    GET(S_ACODES, d->acodes, d->nacodes);
    GET(S_AGENTS, d->agents, d->nagents);
    GET(S_VERBS, d->verbs, d->nverbs);
    GET(S_PATS, d->pats, d->npats);
    GET(S_SYNSETS, d->synsets, d->nsynsets);
    GET(S_ALTS, d->alts, d->nalts);
    GET(S_ALT_PHRASES, d->alt_phrases, d->nalt_phrases);
    GET(S_ISSUE_CODES, d->issue_codes, d->nissue_codes);
    GET(S_FILES, files, nfiles_bytes);
    GET(S_IS_STEM, d->is_stem, d->is_stem_cap);
    GET(S_SLOTS, d->slots, d->nslots);
    GET(S_ILIST, d->ilist, d->nilist);
    GET(S_LEMV, d->lemv, nlemv);
    GET(S_LEMN, d->lemn, nlemn);
    GET(S_VPL, d->vpl, d->nvpl);
    GET(S_VPL_OFF, d->vpl_off, nvpl_off);
    GET(S_LEM_POS, lem->pos, npos);
    GET(S_LEM_EXC_V, lem->exc_v, nexv);
    GET(S_LEM_EXC_N, lem->exc_n, nexn);
    if (nlemv != nlemn || nvpl_off != (d->nverbs ? d->nverbs + 1 : nvpl_off) || npos != nexv || npos != nexn ||
        (d->nslots & (d->nslots - 1))) {
        bad = "table sizes";
        goto fail;
    }
    /* The tables index each other; check the indices the coder follows
     * without bounds checks, so that a crafted file cannot make it read
     * outside the mapping. */
    for (size_t i = 0; i < d->nphrases && !bad; i++)
        if ((uint64_t)d->phrases[i].el + d->phrases[i].nel > d->nelems || d->phrases[i].text >= d->strings_len)
            bad = "phrases";
    for (size_t i = 0; i < d->nentries && !bad; i++)
        if (d->entries[i].phrase >= d->nphrases) bad = "entries";
    for (size_t i = 0; i < d->nslots && !bad; i++)
        if (d->slots[i].key && (uint64_t)d->slots[i].first + d->slots[i].count > d->nilist) bad = "index";
    for (size_t i = 0; i < d->nilist && !bad; i++)
        if (d->ilist[i] >= d->nentries) bad = "index lists";
    for (size_t i = 0; i < d->nvpl && !bad; i++)
        if (d->vpl[i] >= d->npats) bad = "verb patterns";
    for (size_t i = 0; i < d->npats && !bad; i++)
        if (d->pats[i].phrase >= d->nphrases) bad = "patterns";
    for (size_t i = 0; i + 1 < nvpl_off && !bad; i++)
        if (d->vpl_off[i] > d->vpl_off[i + 1] || d->vpl_off[i + 1] > d->nvpl) bad = "verb pattern lists";
    for (size_t i = 0; i < d->nalt_phrases && !bad; i++)
        if (d->alt_phrases[i] >= d->nphrases) bad = "alternatives";
    for (size_t i = 0; i < d->nsynsets && !bad; i++)
        if ((uint64_t)d->synsets[i].alts + d->synsets[i].nalts > d->nalt_phrases) bad = "synsets";
    for (size_t i = 0; i < d->nalts && !bad; i++)
        if ((uint64_t)d->alts[i].alts + d->alts[i].nalts > d->nalt_phrases) bad = "alternative groups";
    for (size_t i = 0; i < d->nactors && !bad; i++)
        if ((uint64_t)d->actors[i].codes + d->actors[i].ncodes > d->nacodes || d->actors[i].parent >= d->strings_len)
            bad = "actors";
    uint32_t nv = d->vocab.count, nc = d->codes.count;
#define ID_OK(x, n) ((x) == DY_NOID || (x) < (n))
    for (size_t i = 0; i < d->nelems && !bad; i++) {
        const dy_elem *e = &d->elems[i];
        if ((e->kind == DY_EL_WORD || e->kind == DY_EL_PREP) && !ID_OK(e->id, nv)) bad = "words";
        if (e->kind == DY_EL_SYNSET && e->id >= d->nsynsets) bad = "synset references";
        if (e->kind == DY_EL_ALT && e->id >= d->nalts) bad = "alternative references";
    }
    for (size_t i = 0; i < d->nentries && !bad; i++) {
        const dy_entry *e = &d->entries[i];
        size_t lim = e->kind == DY_ENT_ACTOR ? d->nactors : e->kind == DY_ENT_AGENT ? d->nagents
                   : e->kind == DY_ENT_VERB ? d->nverbs : e->kind == DY_ENT_ISSUE ? d->nissue_codes : SIZE_MAX;
        if (lim != SIZE_MAX && e->ref >= lim) bad = "entry references";
    }
    for (size_t i = 0; i < d->nverbs && !bad; i++) {
        const dy_verb *v = &d->verbs[i];
        if ((uint64_t)v->pats + v->npats > d->npats || !ID_OK(v->alias, d->nverbs) || !ID_OK(v->code.code, nc) ||
            !ID_OK(v->code.code2, nc))
            bad = "verbs";
    }
    for (size_t i = 0; i < d->npats && !bad; i++)
        if (!ID_OK(d->pats[i].code.code, nc) || !ID_OK(d->pats[i].code.code2, nc)) bad = "pattern codes";
    for (size_t i = 0; i < d->nacodes && !bad; i++)
        if (!ID_OK(d->acodes[i].code, nc)) bad = "actor codes";
    for (size_t i = 0; i < d->nagents && !bad; i++)
        if (!ID_OK(d->agents[i].code, nc)) bad = "agent codes";
    for (size_t i = 0; i < d->nissue_codes && !bad; i++)
        if (!ID_OK(d->issue_codes[i], nc)) bad = "issue codes";
    for (size_t i = 0; i < nlemv && !bad; i++)
        if (!ID_OK(d->lemv[i], nv) || !ID_OK(d->lemn[i], nv)) bad = "lemma links";
    for (size_t i = 0; i < npos && !bad; i++)
        if (!ID_OK(lem->exc_v[i], lem->words.count) || !ID_OK(lem->exc_n[i], lem->words.count)) bad = "lemma exceptions";
#undef ID_OK
    if (bad) goto fail;
    if (nfiles_bytes && files[nfiles_bytes - 1] != 0) { bad = "file names"; goto fail; }
    for (size_t i = 0; i < nfiles_bytes; i += strlen(files + i) + 1) {
        DY_GROW(d->files, d->nfiles + 1, d->files_cap);
        d->files[d->nfiles++] = dy_strdup(files + i);
    }
    d->nlem = nlemv;
    d->uses_lemmas = (int)sc->uses_lemmas;
    d->no_stems = (int)sc->no_stems;
    d->exact_patterns = (int)sc->exact_patterns;
    d->config = *cfg;
    d->stats = *stats;
    d->finished = 1;
    d->map = map;
    d->map_len = len;
    dy_dict_index_groups(d); /* derived from the tables just checked */
    lem->cap = npos;
    lem->empty = (int)sc->lem_empty;
    lem->mapped = 1;
    return DYAD_OK;
fail:
    /* nothing that points into the mapping may survive it */
    for (size_t i = 0; i < d->nfiles; i++) dy_free(d->files[i]);
    dy_free(d->files);
    memset(d, 0, sizeof *d);
    dy_dict_init(d);
    memset(lem, 0, sizeof *lem);
    dy_lemmatizer_init(lem);
    munmap(map, len);
    return dy_error_set(err, DYAD_ERR_COMPILED, "cannot use '%s': its %s table is malformed", path, bad);
}
