/* gen_gazetteer.c — build-time tool: writes dyad's gazetteer (gazetteer.tsv),
 * the table of place names that src/extract/places.c recognises in text,
 * and its index (gazetteer.idx).
 *
 * Usage: dyad-gen-gazetteer --cities CITIES500 --iso1 ISO_3166-1.json
 *            --iso2 ISO_3166-2.json --countries COUNTRIES_TSV
 *            [--wordnet WORDNET_DIR] [--geonames-source TEXT]
 *            [--iso-version TEXT] --out OUT [--index OUT_IDX]
 *
 *   CITIES500      GeoNames cities500.txt (scripts/fetch-geonames.sh, pinned
 *                  and hash-checked): every populated place with 500+ people
 *                  and every administrative seat. If it is missing the output
 *                  has no places at all and a warning is printed: the build
 *                  must not need the network (as tools/gen_actors.c).
 *   ISO_3166-1     iso-codes: countries, alpha-2 → alpha-3, names.
 *   ISO_3166-2     iso-codes: first-level subdivision names, used to turn
 *                  GeoNames admin1 codes into names (see "Admin1" below).
 *   COUNTRIES_TSV  data/dict-src/countries.tsv: the short country names news
 *                  uses ("Syria", "Russia", "Ivory Coast") and demonyms
 *                  ("Iraqi"); only its "name", "former", "adj", "place"
 *                  (regions such as "West Bank": named when GeoNames has no
 *                  town of that name), "drop" and "alpha2" lines are read.
 *   WORDNET_DIR    Debian wordnet-base: flags names that are also common
 *                  lower-case words ("mobile", "reading", "nice": a lemma
 *                  written in lower case in data.*, tagged at least once in
 *                  cntlist.rev) or persons' names ("Jackson", "Clinton": a
 *                  capitalised lemma of a noun.person synset), so that the
 *                  matcher can ask for more evidence before taking them as
 *                  places.
 *   OUT_IDX        the index of OUT that places.c uses (hash slots, place
 *                  offsets, country map, subdivision names), written by
 *                  dy_gaz_index_build (src/extract/gazetteer_index.c) as one
 *                  binary blob and checked with the library's own
 *                  dy_gaz_index_open, so that dyad does no indexing at
 *                  start-up. Deterministic too.
 *
 * Why generated: cities500 is 32 MB in a dozen languages; the matcher needs
 * only folded Latin-script names, a country code, a subdivision name,
 * coordinates and a population. The output is about a third of the input,
 * deterministic (every sort is a total order, no dates or paths are written)
 * and records its inputs in its "# inputs:" line, so two runs on the same
 * inputs give identical bytes.
 *
 * Output (UTF-8, one record a line, tab-separated, sections in this order):
 *   C  ISO3                          a country code used below
 *   A  ISO3  NAME                    a first-level subdivision; its index is
 *                                    its position among the A lines
 *   P  GEONAMEID ISO3 ADMIN1 LAT LON POPULATION FEATURE
 *                                    a place; ADMIN1 is an A index or "-";
 *                                    LAT/LON in degrees (3 decimals, about
 *                                    100 m); the
 *                                    index of a place is its position among
 *                                    the P lines. Countries (feature "PCL")
 *                                    and subdivisions ("ADM1") are places too,
 *                                    with GEONAMEID 0, the coordinates of
 *                                    their capital (or seat; else of their
 *                                    most populous place) and the summed
 *                                    population of their GeoNames places.
 *   N  NAME FLAGS PLACES             a folded name (places.h dy_place_fold:
 *                                    lower-case ASCII words, one space
 *                                    between); FLAGS "-" or letters: c = also
 *                                    a common lower-case word, w = also a rare
 *                                    one, p = also a person's name (all from
 *                                    WordNet), d = a demonym ("Iraqi",
 *                                    countries.tsv "adj"),
 *                                    r = the name of a subdivision that has
 *                                    no record and names no place ("British
 *                                    Columbia"); d and r names are never
 *                                    places themselves, and PLACES starts
 *                                    with their country;
 *                                    PLACES = place indices best first:
 *                                    countries, then places named so in their
 *                                    main or ASCII name by population (a
 *                                    subdivision's is its summed population,
 *                                    but it comes after the places when a
 *                                    national capital has its name:
 *                                    "Washington" is first the city),
 *                                    then those named so only in an alternate
 *                                    name (marked with '*'; see rank_pairs
 *                                    for the exception).
 * This layout (names pointing at places) is about half the size of one row
 * per name and place, which matters: every dyad binary carries the table
 * (and, where the assembler cannot .incbin it, tools/embed.c turns each
 * byte into about four bytes of C).
 *
 * Places kept: GeoNames places of MIN_POP people or more, and seats (PPLA,
 * PPLA2, PPLC) of any size: the rest would double the table for villages
 * that the matcher would accept only rarely anyway.
 *
 * Names kept: the GeoNames name and ASCII name of every place; alternate
 * names only for places of ALT_MIN_POP people or more, only in Latin script
 * (each word folds), with a lower-case letter (no codes such as "NYC") and
 * no digits; country names from iso-codes and countries.tsv; subdivision
 * names from iso-codes. Dropped: names of more than MAX_WORDS words, names of
 * fewer than three letters (except country abbreviations: "UK", "US"), and a
 * subdivision name that is also a name (main or alternate) of a place in that
 * subdivision ("New York" the state yields to New York City, "Lagos" the
 * state to Lagos) or of its own country ("England").
 *
 * Admin1: GeoNames gives each place an admin1 code; iso-codes gives names to
 * ISO 3166-2 codes. For some countries GeoNames admin1 codes are the ISO
 * suffixes (US "IL" = US-IL Illinois), for most they are FIPS or national
 * numbers that may coincide with ISO numbers of other regions (Japan, Kenya,
 * Thailand, Turkey). So a code is mapped two ways: (1) by equal codes; (2) by
 * name: every seat of that admin1 votes — a PPLA/PPLC named (main, ASCII or
 * alternate name) like a first-level subdivision of its country ("Homs"/
 * "Hims" → "Ḩimş"), or a PPLA/PPLA2 named like a lower-level unit (an Italian
 * province, an English district) votes for that unit's first-level ancestor —
 * and a strict majority of the votes wins. (1) is trusted for a country only
 * where it agrees with (2) on at least 90% of the codes both map (and, for
 * numeric codes, on at least two), or — for letter codes — on at least half;
 * elsewhere (2) alone is used. The share of places that get a subdivision
 * name is written in the header and reported on stderr; DYAD_GAZ_DEBUG=1 in
 * the environment lists each country's mapping and every disagreement. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* getline */
#endif
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "extract/gazetteer_index.h"
#include "extract/places.h"

#define MIN_POP 1000       /* smaller places only if they are PPLA/PPLA2/PPLC seats */
#define ALT_MIN_POP 50000  /* alternate names only for places this big */
#define ALT_PROMOTE 5      /* ... ranked first if this many times bigger */
#define ALT_PROMOTE_SMALL 50000 /* ... than every place so named, all smaller than this */
#define MAX_WORDS 8        /* longest name, in words (places.c relies on it) */
#define MAX_KEY 120        /* longest folded name, in bytes */

/* ------------------------------------------------------------ small helpers */

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad-gen-gazetteer: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad-gen-gazetteer: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) die("out of memory");
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = xrealloc(NULL, n);
    memcpy(d, s, n);
    return d;
}

#define GROW(p, n, cap)                                                   \
    do {                                                                  \
        if ((n) == (cap)) {                                               \
            (cap) = (cap) ? 2 * (cap) : 64;                               \
            (p) = xrealloc((p), (cap) * sizeof *(p));                     \
        }                                                                 \
    } while (0)

/* qsort that accepts an empty, NULL array (qsort's argument must not be
 * NULL even for 0 elements: UBSan stops the generator of an ASan build
 * that has no GeoNames file). */
static void sort_n(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1) qsort(base, n, size, cmp);
}

/* Whole file into memory (NUL-terminated); NULL if it cannot be opened. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = xrealloc(NULL, cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) buf = xrealloc(buf, cap *= 2);
    }
    if (ferror(f)) die("error reading '%s'", path);
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) { h ^= s[i]; h *= 1099511628211ULL; }
    return h;
}
#define FNV_INIT 1469598103934665603ULL

static uint64_t hash_file(const char *path, int *ok)
{
    size_t n;
    char *b = slurp(path, &n);
    *ok = b != NULL;
    if (!b) return 0;
    uint64_t h = fnv1a(b, n, FNV_INIT);
    free(b);
    return h;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* ------------------------------------------------------------ names → keys */

/* Decode one UTF-8 sequence; returns its length (0 at NUL or a bad byte). */
static int utf8_next(const unsigned char *s, uint32_t *cp)
{
    if (s[0] == 0) return 0;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        (s[3] & 0xC0) == 0x80) {
        *cp = 0x10000;  /* outside the BMP: never a Latin letter */
        return 4;
    }
    return 0;
}

/* Word breaks as dyad's tokenizer makes them between the words of a name:
 * spaces, hyphens (split with the hyphen kept as a joined token, which the
 * matcher steps over) and commas ("Washington, D.C."). */
static int is_break(uint32_t cp)
{
    return cp == ' ' || cp == '-' || cp == ',' || cp == '\t' || cp == 0x2010 || cp == 0x2011 ||
           cp == 0xA0;
}

/* Characters that make a name unusable as written text ("X (historical)",
 * "Ward 3", "A/B"). */
static int is_bad(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
           cp == '/' || cp == '"' || cp == ';' || cp == ':' || cp == '&' || cp == '+' ||
           cp == '?' || cp == '!' || cp == '*' || cp == '=';
}

/* Folded key of a natural name: words folded by dy_place_fold and joined by
 * one space. Returns the key length (0 if the name cannot be written as
 * text or is too long) and the number of words and letters. */
static size_t make_key(const char *name, char *out, int *nwords, int *nletters)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t o = 0;
    *nwords = 0;
    *nletters = 0;
    for (;;) {
        /* skip breaks */
        uint32_t cp = 0;
        int k;
        while ((k = utf8_next(s, &cp)) > 0 && is_break(cp)) s += k;
        if (k == 0) break;
        const unsigned char *w = s;
        while ((k = utf8_next(s, &cp)) > 0 && !is_break(cp)) {
            if (is_bad(cp)) return 0;
            s += k;
        }
        if (*s && k == 0) return 0;                 /* invalid UTF-8 */
        char buf[MAX_KEY];
        size_t m = dy_place_fold((const char *)w, (size_t)(s - w), buf, sizeof buf);
        if (m == 0) {
            /* a word of marks or apostrophes only ("'") is dropped; else unusable */
            const unsigned char *q = w;
            while (q < s) {
                uint32_t c2;
                int k2 = utf8_next(q, &c2);
                char tmp[2];
                if (k2 == 0 || dy_place_fold_cp(c2, tmp) != 0) return 0;
                q += k2;
            }
            continue;
        }
        if (o + m + 1 >= MAX_KEY || *nwords == MAX_WORDS) return 0;
        if (o) out[o++] = ' ';
        memcpy(out + o, buf, m);
        o += m;
        (*nwords)++;
        for (size_t i = 0; i < m; i++) *nletters += isalpha((unsigned char)buf[i]) != 0;
    }
    out[o] = 0;
    return o;
}

/* ------------------------------------------------------------ tables */

typedef struct country {
    char a2[3], a3[4];
    char **names;           /* natural names */
    size_t nnames, capnames;
    char **drop;            /* keys not to use (countries.tsv "drop") */
    size_t ndrop, capdrop;
    char **adjs;            /* demonym keys (countries.tsv "adj") */
    size_t nadjs, capadjs;
    char **regions;         /* countries.tsv "place": "West Bank", "Gaza Strip" */
    size_t nregions, capregions;
    long place;             /* its record in places[], -1 if none */
    long capital;           /* best PPLC (or most populous place), -1 if none */
    unsigned long long pop; /* summed population of its GeoNames places */
    long *subs;             /* its subdivisions, in iso_3166-2.json order */
    size_t nsubs, capsubs;
    struct lower { char *key; long top; } *lower; /* lower-level names → first level */
    size_t nlower, caplower;
} country;

typedef struct subdiv {
    int c;                  /* country index */
    char *code;             /* ISO suffix: "IL" of US-IL */
    char *name;             /* display name */
    char **keys;            /* folded names */
    size_t nkeys, capkeys;
    int used;               /* some admin1 group maps to it */
    long seat;              /* best seat (or most populous place) */
    unsigned long long pop;
    long a_index;           /* its A line, -1 if not written */
    long place;             /* its P record */
} subdiv;

typedef struct place {
    unsigned long id;       /* geonameid, 0 for countries and subdivisions */
    const char *name, *ascii, *alts;  /* into the cities buffer */
    double lat, lon;
    unsigned long long pop;
    char fcode[8];
    int c;                  /* country index */
    const char *a1code;     /* GeoNames admin1 code */
    long sub;               /* subdivision index or -1 */
    long index;             /* P line index */
    int kind;               /* 0 country, 1 subdivision, 2 populated place */
} place;

typedef struct group {      /* places of one (country, GeoNames admin1 code) */
    int c;
    const char *code;
    long first, n;          /* range in the sorted member list */
    long m1, m2, final;     /* subdivision by code, by seat name, chosen */
} group;

typedef struct pair {       /* a name for a place */
    char *key;
    long place;             /* -1: a demonym, no place */
    int alt;                /* only an alternate name */
    unsigned long long rank;/* population used for ranking (see rank_pairs) */
    int promoted;           /* an alternate name ranked with the main names */
} pair;

typedef struct gaz {
    country *c;
    size_t nc, capc;
    int by_a2[26 * 26];
    subdiv *s;
    size_t ns, caps;
    place *p;
    size_t np, capp;
    pair *pr;
    size_t npr, cappr;
    char **common, **person; /* sorted WordNet keys */
    size_t ncommon, nperson, capcommon, capperson;
    char **rare;             /* lower-case WordNet lemmas never tagged in cntlist */
    size_t nrare, caprare;
    char **demonym;          /* countries.tsv "adj" keys */
    size_t ndemonym, capdemonym;
    char **region;           /* names of subdivisions without a record */
    size_t nregion, capregion;
} gaz;

static int a2_slot(const char *a2)
{
    if (!isupper((unsigned char)a2[0]) || !isupper((unsigned char)a2[1]) || a2[2]) return -1;
    return (a2[0] - 'A') * 26 + (a2[1] - 'A');
}

static int find_a2(const gaz *g, const char *a2)
{
    int s = a2_slot(a2);
    return s < 0 ? -1 : g->by_a2[s];
}

static int find_a3(const gaz *g, const char *a3)
{
    for (size_t i = 0; i < g->nc; i++)
        if (strcmp(g->c[i].a3, a3) == 0) return (int)i;
    return -1;
}

static int add_country(gaz *g, const char *a2, const char *a3)
{
    GROW(g->c, g->nc, g->capc);
    country *c = &g->c[g->nc];
    memset(c, 0, sizeof *c);
    snprintf(c->a2, sizeof c->a2, "%s", a2);
    snprintf(c->a3, sizeof c->a3, "%s", a3);
    c->place = c->capital = -1;
    int s = a2_slot(c->a2);
    if (s >= 0) g->by_a2[s] = (int)g->nc;
    return (int)g->nc++;
}

static void push_str(char ***v, size_t *n, size_t *cap, const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*v)[i], s) == 0) return;
    GROW(*v, *n, *cap);
    (*v)[(*n)++] = xstrdup(s);
}

static long add_place(gaz *g)
{
    GROW(g->p, g->np, g->capp);
    place *p = &g->p[g->np];
    memset(p, 0, sizeof *p);
    p->sub = -1;
    p->index = -1;
    return (long)g->np++;
}

static void add_pair(gaz *g, const char *key, long pl, int alt)
{
    GROW(g->pr, g->npr, g->cappr);
    g->pr[g->npr].key = xstrdup(key);
    g->pr[g->npr].place = pl;
    g->pr[g->npr].alt = alt;
    g->npr++;
}

static long sub_by_code(const gaz *g, int ci, const char *code);

/* ------------------------------------------------------------ ISO 3166-1 */

static const char *jstr(json_object *o, const char *key)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v)) return NULL;
    return json_object_get_string(v);
}

/* An ISO name as text: "the State of Palestine" → "State of Palestine";
 * "Iran, Islamic Republic of" → "Iran"; "Holy See (Vatican City State)" →
 * "Holy See". */
static void iso_short(const char *name, char *out, size_t cap)
{
    if (strncmp(name, "the ", 4) == 0) name += 4;
    snprintf(out, cap, "%s", name);
    char *p = strpbrk(out, ",(");
    if (p) {
        while (p > out && p[-1] == ' ') p--;
        *p = 0;
    }
}

static void read_iso1(gaz *g, const char *path)
{
    json_object *root = json_object_from_file(path);
    if (!root) die("cannot read '%s': %s", path, json_util_get_last_err());
    json_object *arr;
    if (!json_object_object_get_ex(root, "3166-1", &arr) || !json_object_is_type(arr, json_type_array))
        die("'%s' has no \"3166-1\" array", path);
    size_t n = json_object_array_length(arr);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *a2 = jstr(o, "alpha_2"), *a3 = jstr(o, "alpha_3");
        if (!a2 || !a3 || strlen(a2) != 2 || strlen(a3) != 3)
            die("'%s': entry %zu lacks alpha_2/alpha_3", path, i);
        int ci = add_country(g, a2, a3);
        const char *keys[] = {"name", "common_name", "official_name"};
        for (size_t k = 0; k < 3; k++) {
            const char *v = jstr(o, keys[k]);
            if (!v) continue;
            char buf[256];
            iso_short(v, buf, sizeof buf);
            if (*buf) push_str(&g->c[ci].names, &g->c[ci].nnames, &g->c[ci].capnames, buf);
        }
    }
    json_object_put(root);
}

/* countries.tsv: ALPHA3 <TAB> KIND <TAB> VALUE [# comment]. */
static void read_countries_tsv(gaz *g, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) die("cannot open '%s': %s", path, strerror(errno));
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        size_t len = strlen(line);
        while (len && strchr("\r\n\t ", line[len - 1])) line[--len] = 0;
        if (!len) continue;
        char *a3 = line, *kind = strchr(a3, '\t');
        if (!kind) die("%s:%d: expected ALPHA3<TAB>KIND<TAB>VALUE", path, lineno);
        *kind++ = 0;
        char *value = strchr(kind, '\t');
        if (!value) die("%s:%d: expected ALPHA3<TAB>KIND<TAB>VALUE", path, lineno);
        *value++ = 0;
        while (*value == '\t') value++;
        int ci = find_a3(g, a3);
        if (ci < 0) {
            if (strcmp(kind, "name") != 0) continue;   /* gen_actors.c checks the file */
            ci = add_country(g, "", a3);
        }
        country *c = &g->c[ci];
        if (strcmp(kind, "name") == 0 || strcmp(kind, "former") == 0) {
            push_str(&c->names, &c->nnames, &c->capnames, value);
        } else if (strcmp(kind, "place") == 0) {
            push_str(&c->regions, &c->nregions, &c->capregions, value);
        } else if (strcmp(kind, "adj") == 0) {
            char key[MAX_KEY];
            int nw, nl;
            if (make_key(value, key, &nw, &nl)) {
                push_str(&g->demonym, &g->ndemonym, &g->capdemonym, key);
                push_str(&c->adjs, &c->nadjs, &c->capadjs, key);
            }
        } else if (strcmp(kind, "drop") == 0) {
            char key[MAX_KEY];
            int nw, nl;
            if (make_key(value, key, &nw, &nl)) push_str(&c->drop, &c->ndrop, &c->capdrop, key);
        } else if (strcmp(kind, "alpha2") == 0 && strlen(value) == 2) {
            snprintf(c->a2, sizeof c->a2, "%s", value);
            int s = a2_slot(c->a2);
            if (s >= 0) g->by_a2[s] = ci;
        }
    }
    fclose(f);
}

/* ------------------------------------------------------------ ISO 3166-2 */

/* Add one subdivision name as a key (and its parts around " / "). */
static void sub_add_keys(subdiv *s, const char *text)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    char *save = NULL;
    for (char *part = strtok_r(buf, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        char key[MAX_KEY];
        int nw, nl;
        if (make_key(part, key, &nw, &nl) && nl >= 3) push_str(&s->keys, &s->nkeys, &s->capkeys, key);
    }
}

/* Clean an ISO 3166-2 name: "Catalunya [Cataluña]" → "Catalunya" (+ key
 * "Cataluña"), "Sofia (stolitsa)" → "Sofia", "Murcia, Región de" → "Murcia",
 * "wallonne, Région" → "Région wallonne". */
static void add_subdiv(gaz *g, int ci, const char *code, const char *iso_name)
{
    GROW(g->s, g->ns, g->caps);
    subdiv *s = &g->s[g->ns++];
    memset(s, 0, sizeof *s);
    s->c = ci;
    s->code = xstrdup(code);
    s->seat = s->a_index = s->place = -1;

    char name[512], extra[512] = "";
    snprintf(name, sizeof name, "%s", iso_name);
    char *lb = strchr(name, '[');
    if (lb) {
        char *rb = strchr(lb, ']');
        if (rb) {
            *rb = 0;
            /* keep words, drop codes such as "GB-CYM" */
            char *save = NULL, *o = extra;
            for (char *w = strtok_r(lb + 1, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
                int code_like = strchr(w, '-') && isupper((unsigned char)w[0]) && isupper((unsigned char)w[1]);
                if (code_like) continue;
                o += snprintf(o, sizeof extra - (size_t)(o - extra), "%s%s", o == extra ? "" : " ", w);
            }
        }
        *lb = 0;
    }
    char *lp = strchr(name, '(');
    if (lp) *lp = 0;
    size_t n = strlen(name);
    while (n && name[n - 1] == ' ') name[--n] = 0;
    char *comma = strchr(name, ',');
    if (comma) {
        *comma = 0;
        char *rest = comma + 1;
        while (*rest == ' ') rest++;
        if (islower((unsigned char)name[0])) {
            /* "wallonne, Région" → "Région wallonne" (both parts fit in name) */
            char tmp[sizeof name];
            size_t lr = strlen(rest), ln = strlen(name);
            if (lr + 1 + ln < sizeof tmp) {
                memcpy(tmp, rest, lr);
                tmp[lr] = ' ';
                memcpy(tmp + lr + 1, name, ln + 1);
                memcpy(name, tmp, lr + 1 + ln + 1);
            }
        }
    }
    s->name = xstrdup(name);
    sub_add_keys(s, name);
    if (*extra) sub_add_keys(s, extra);
}

/* First-level subdivisions become subdiv records. Lower levels (Italian
 * provinces, Spanish provinces, English districts: mostly named after their
 * chief town) are kept as keys pointing to their first-level ancestor, as
 * evidence for the admin1 mapping below. */
static void read_iso2(gaz *g, const char *path)
{
    json_object *root = json_object_from_file(path);
    if (!root) die("cannot read '%s': %s", path, json_util_get_last_err());
    json_object *arr;
    if (!json_object_object_get_ex(root, "3166-2", &arr) || !json_object_is_type(arr, json_type_array))
        die("'%s' has no \"3166-2\" array", path);
    size_t n = json_object_array_length(arr);
    for (int level = 0; level < 2; level++) {
        for (size_t i = 0; i < n; i++) {
            json_object *o = json_object_array_get_idx(arr, i);
            const char *code = jstr(o, "code"), *name = jstr(o, "name"), *parent = jstr(o, "parent");
            if (!code || !name || (level == 0) != (parent == NULL)) continue;
            const char *dash = strchr(code, '-');
            if (!dash || dash - code != 2) continue;
            char a2[3] = {code[0], code[1], 0};
            int ci = find_a2(g, a2);
            if (ci < 0) continue;
            country *c = &g->c[ci];
            if (level == 0) {
                add_subdiv(g, ci, dash + 1, name);
                GROW(c->subs, c->nsubs, c->capsubs);
                c->subs[c->nsubs++] = (long)g->ns - 1;
                continue;
            }
            /* walk up to the first level ("GB-MAN" → "GB-ENG"; parents
             * are given either as "GB-ENG" or as "ENG") */
            long top = -1;
            char pc[32];
            snprintf(pc, sizeof pc, "%s", parent);
            for (int hop = 0; hop < 4 && top < 0; hop++) {
                const char *suffix = strchr(pc, '-') ? strchr(pc, '-') + 1 : pc;
                top = sub_by_code(g, ci, suffix);
                if (top >= 0) break;
                int found = 0;
                for (size_t k = 0; k < n && !found; k++) {
                    json_object *q = json_object_array_get_idx(arr, k);
                    const char *qc = jstr(q, "code"), *qp = jstr(q, "parent");
                    if (!qc || !qp || strncmp(qc, code, 3) != 0) continue;
                    if (strcmp(qc + 3, suffix) == 0) {
                        snprintf(pc, sizeof pc, "%s", qp);
                        found = 1;
                    }
                }
                if (!found) break;
            }
            if (top < 0) continue;
            subdiv tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.code = "";
            char clean[512];
            snprintf(clean, sizeof clean, "%s", name);
            char *br = strpbrk(clean, "[(,");
            if (br) *br = 0;
            sub_add_keys(&tmp, clean);
            for (size_t k = 0; k < tmp.nkeys; k++) {
                GROW(c->lower, c->nlower, c->caplower);
                c->lower[c->nlower].key = tmp.keys[k];
                c->lower[c->nlower].top = top;
                c->nlower++;
            }
            free(tmp.keys);
        }
    }
    json_object_put(root);
}

/* ------------------------------------------------------------ WordNet */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int in_sorted(char **v, size_t n, const char *s)
{
    return n && bsearch(&s, v, n, sizeof *v, cmp_str) != NULL;
}

static void sort_unique(char **v, size_t *n)
{
    if (!*n) return;
    sort_n(v, *n, sizeof *v, cmp_str);
    size_t o = 1;
    for (size_t i = 1; i < *n; i++) {
        if (strcmp(v[i], v[o - 1]) == 0) { free(v[i]); continue; }
        v[o++] = v[i];
    }
    *n = o;
}

/* data.* lines: OFFSET LEXFILE POS WCNT(hex) WORD LEXID [WORD LEXID]... */
static int read_wordnet_file(gaz *g, const char *path, uint64_t *h)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf) return 0;
    *h = fnv1a(buf, len, *h);
    char *save = NULL;
    for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (!isdigit((unsigned char)line[0])) continue;     /* licence header */
        char *f[4];
        char *p = line;
        int k;
        for (k = 0; k < 4; k++) {
            f[k] = p;
            p = strchr(p, ' ');
            if (!p) break;
            *p++ = 0;
        }
        if (k < 4) continue;
        int lexfile = atoi(f[1]);
        long nw = strtol(f[3], NULL, 16);
        for (long w = 0; w < nw && p; w++) {
            char *word = p;
            p = strchr(p, ' ');
            if (!p) break;
            *p++ = 0;
            p = strchr(p, ' ');       /* skip lex_id */
            if (p) p++;
            char *paren = strchr(word, '(');
            if (paren) *paren = 0;    /* adjective markers "(a)", "(p)" */
            for (char *q = word; *q; q++)
                if (*q == '_') *q = ' ';
            int lower = 1;
            for (char *q = word; *q; q++)
                if (isupper((unsigned char)*q)) lower = 0;
            char key[MAX_KEY];
            int nwords, nl;
            if (!make_key(word, key, &nwords, &nl)) continue;
            if (lower) {
                GROW(g->common, g->ncommon, g->capcommon);
                g->common[g->ncommon++] = xstrdup(key);
            } else if (lexfile == 18 && isupper((unsigned char)word[0])) {
                GROW(g->person, g->nperson, g->capperson);
                g->person[g->nperson++] = xstrdup(key);
            }
        }
    }
    free(buf);
    return 1;
}

/* cntlist.rev: "lemma%ss:lexfile:lexid:head:headid sense count" — how often
 * each sense was tagged in WordNet's sense-tagged corpora. The lemmas tagged
 * at least once in a sense that is not a place or a person (lexicographer
 * files 15, 18) are the words used in ordinary text; the others ("geneva",
 * gin; "tripoli", a rock; "cologne", a perfume) are too rare to matter.
 * Returns the sorted keys of those lemmas, or NULL if the file is absent. */
static char **read_cntlist(const char *dir, size_t *n, uint64_t *h)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/cntlist.rev", dir);
    size_t len;
    char *buf = slurp(path, &len);
    *n = 0;
    if (!buf) return NULL;
    *h = fnv1a(buf, len, *h);
    char **v = NULL;
    size_t cap = 0;
    char *save = NULL;
    for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *pct = strchr(line, '%');
        char *sp = strchr(line, ' ');
        if (!pct || !sp || pct > sp || strlen(pct) < 6) continue;
        int lexfile = atoi(pct + 3);
        char *last = strrchr(line, ' ');
        if (lexfile == 15 || lexfile == 18 || atoi(last + 1) < 1) continue;
        *pct = 0;
        for (char *q = line; *q; q++)
            if (*q == '_') *q = ' ';
        char key[MAX_KEY];
        int nw, nl;
        if (!make_key(line, key, &nw, &nl)) continue;
        GROW(v, *n, cap);
        v[(*n)++] = xstrdup(key);
    }
    free(buf);
    sort_unique(v, n);
    return v;
}

static int read_wordnet(gaz *g, const char *dir, uint64_t *h)
{
    static const char *const files[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    int got = 0;
    *h = FNV_INIT;
    for (size_t i = 0; i < 4; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        got += read_wordnet_file(g, path, h);
    }
    sort_unique(g->common, &g->ncommon);
    sort_unique(g->person, &g->nperson);
    /* split the lower-case words into those ordinary text uses ('c') and
     * rare ones ('w') */
    size_t nused;
    char **used = read_cntlist(dir, &nused, h);
    if (used) {
        size_t o = 0;
        for (size_t i = 0; i < g->ncommon; i++) {
            if (in_sorted(used, nused, g->common[i])) {
                g->common[o++] = g->common[i];
            } else {
                GROW(g->rare, g->nrare, g->caprare);
                g->rare[g->nrare++] = g->common[i];
            }
        }
        g->ncommon = o;
        for (size_t i = 0; i < nused; i++) free(used[i]);
        free(used);
    }
    return got == 4;
}

/* ------------------------------------------------------------ cities500 */

/* Columns: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames, 4 lat, 5 lon,
 * 6 feature class, 7 feature code, 8 country code, 9 cc2, 10 admin1 code,
 * 11-13 admin2-4, 14 population, ... Returns the buffer (kept: places point
 * into it) or NULL if the file is missing. */
static char *read_cities(gaz *g, const char *path, uint64_t *h, size_t *rows, size_t *small)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf) return NULL;
    *h = fnv1a(buf, len, FNV_INIT);
    *rows = *small = 0;
    long unknown = 0;
    char *line = buf;
    while (*line) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = 0;
        char *col[19];
        int ncol = 0;
        char *p = line;
        while (ncol < 19) {
            col[ncol++] = p;
            p = strchr(p, '\t');
            if (!p) break;
            *p++ = 0;
        }
        if (ncol >= 15) {
            (*rows)++;
            unsigned long long pop = strtoull(col[14], NULL, 10);
            int seat = !strcmp(col[7], "PPLA") || !strcmp(col[7], "PPLA2") || !strcmp(col[7], "PPLC");
            if (pop < MIN_POP && !seat) {
                (*small)++;
                goto next;
            }
            int ci = find_a2(g, col[8]);
            if (ci < 0) {
                unknown++;
            } else {
                long pi = add_place(g);
                place *pl = &g->p[pi];
                pl->kind = 2;
                pl->id = strtoul(col[0], NULL, 10);
                pl->name = col[1];
                pl->ascii = col[2];
                pl->alts = col[3];
                pl->lat = strtod(col[4], NULL);
                pl->lon = strtod(col[5], NULL);
                snprintf(pl->fcode, sizeof pl->fcode, "%s", *col[7] ? col[7] : "PPL");
                pl->c = ci;
                pl->a1code = col[10];
                pl->pop = pop;
            }
        }
    next:
        if (!nl) break;
        line = nl + 1;
    }
    if (unknown) warn("%ld GeoNames rows with a country code outside ISO 3166-1 skipped", unknown);
    return buf;
}

/* ------------------------------------------------------------ admin1 mapping */

static int is_seat(const place *p)
{
    return strcmp(p->fcode, "PPLA") == 0 || strcmp(p->fcode, "PPLC") == 0;
}

/* Better representative: a seat over a non-seat, then population, then id. */
static int better(const gaz *g, long a, long b)
{
    if (b < 0) return 1;
    const place *x = &g->p[a], *y = &g->p[b];
    if (is_seat(x) != is_seat(y)) return is_seat(x);
    if (x->pop != y->pop) return x->pop > y->pop;
    return x->id < y->id;
}

static const gaz *sort_ctx;

static int cmp_member(const void *a, const void *b)
{
    const place *x = &sort_ctx->p[*(const long *)a], *y = &sort_ctx->p[*(const long *)b];
    if (x->c != y->c) return x->c < y->c ? -1 : 1;
    int r = strcmp(x->a1code, y->a1code);
    if (r) return r;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Subdivision of country ci with key k, or -1 (the first in table order). */
static long sub_by_key(const gaz *g, int ci, const char *k)
{
    const country *c = &g->c[ci];
    for (size_t i = 0; i < c->nsubs; i++) {
        const subdiv *s = &g->s[c->subs[i]];
        for (size_t j = 0; j < s->nkeys; j++)
            if (strcmp(s->keys[j], k) == 0) return c->subs[i];
    }
    return -1;
}

static long sub_by_code(const gaz *g, int ci, const char *code)
{
    const country *c = &g->c[ci];
    for (size_t i = 0; i < c->nsubs; i++)
        if (strcmp(g->s[c->subs[i]].code, code) == 0) return c->subs[i];
    return -1;
}

/* Subdivision that the name key k of a place in country ci points to:
 * a first-level name (if first is set), or a lower-level name's first-level
 * ancestor; -1. */
static long sub_for_key(const gaz *g, int ci, const char *k, int first)
{
    long s = first ? sub_by_key(g, ci, k) : -1;
    if (s >= 0) return s;
    const country *c = &g->c[ci];
    for (size_t i = 0; i < c->nlower; i++)
        if (strcmp(c->lower[i].key, k) == 0) return c->lower[i].top;
    return -1;
}

/* Subdivision named like place pl (main or ASCII name; then, for PPLA/PPLC,
 * alternate names: "Hims" for Homs), or -1. A first-level seat (PPLA/PPLC)
 * may be named like its first-level unit or like a lower unit in it; a
 * second-level seat (PPLA2) only like a lower unit: "Nevada, Texas" is a
 * county seat, not the seat of Nevada. */
static long sub_by_place_names(const gaz *g, long pl)
{
    const place *p = &g->p[pl];
    char key[MAX_KEY];
    int nw, nl, first = is_seat(p);
    long s;
    if (make_key(p->name, key, &nw, &nl) && (s = sub_for_key(g, p->c, key, first)) >= 0) return s;
    if (make_key(p->ascii, key, &nw, &nl) && (s = sub_for_key(g, p->c, key, first)) >= 0) return s;
    if (!is_seat(p)) return -1;
    const char *a = p->alts;
    while (*a) {
        const char *e = strchr(a, ',');
        size_t n = e ? (size_t)(e - a) : strlen(a);
        char buf[512];
        if (n < sizeof buf) {
            memcpy(buf, a, n);
            buf[n] = 0;
            if (make_key(buf, key, &nw, &nl) && (s = sub_for_key(g, p->c, key, first)) >= 0) return s;
        }
        if (!e) break;
        a = e + 1;
    }
    return -1;
}

static int numeric(const char *s)
{
    for (; *s; s++)
        if (!isdigit((unsigned char)*s)) return 0;
    return 1;
}

typedef struct admin_stats {
    long places, mapped, by_code_countries, by_name_countries;
} admin_stats;

static void map_admin1(gaz *g, admin_stats *st)
{
    long ncity = (long)g->np;
    long *mem = xrealloc(NULL, (size_t)(ncity ? ncity : 1) * sizeof *mem);
    for (long i = 0; i < ncity; i++) mem[i] = i;
    sort_ctx = g;
    sort_n(mem, (size_t)ncity, sizeof *mem, cmp_member);

    group *gr = NULL;
    size_t ngr = 0, capgr = 0;
    for (long i = 0; i < ncity;) {
        long j = i;
        const place *a = &g->p[mem[i]];
        while (j < ncity && g->p[mem[j]].c == a->c && strcmp(g->p[mem[j]].a1code, a->a1code) == 0) j++;
        GROW(gr, ngr, capgr);
        gr[ngr] = (group){a->c, a->a1code, i, j - i, -1, -1, -1};
        ngr++;
        i = j;
    }

    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < ngr;) {
        size_t j = i;
        while (j < ngr && gr[j].c == gr[i].c) j++;
        /* both mappings for every group of this country */
        long compared = 0, agree = 0, n1 = 0, m2n = 0;
        int letters = 0;
        for (size_t k = i; k < j; k++) {
            group *x = &gr[k];
            if (!*x->code || strcmp(x->code, "00") == 0) continue;
            x->m1 = sub_by_code(g, x->c, x->code);
            /* name vote: each seat (PPLA, PPLA2, PPLC) named like a
             * subdivision, or like a lower-level unit of one, votes for it;
             * a strict majority of the votes wins */
            long *votes = xrealloc(NULL, (g->c[x->c].nsubs + 1) * sizeof *votes);
            memset(votes, 0, (g->c[x->c].nsubs + 1) * sizeof *votes);
            long cast = 0;
            for (long m = x->first; m < x->first + x->n; m++) {
                const place *pm = &g->p[mem[m]];
                if (!is_seat(pm) && strcmp(pm->fcode, "PPLA2") != 0) continue;
                long sv = sub_by_place_names(g, mem[m]);
                if (sv < 0) continue;
                for (size_t q = 0; q < g->c[x->c].nsubs; q++)
                    if (g->c[x->c].subs[q] == sv) votes[q]++;
                cast++;
            }
            for (size_t q = 0; q < g->c[x->c].nsubs; q++)
                if (2 * votes[q] > cast) x->m2 = g->c[x->c].subs[q];
            free(votes);
            if (x->m1 >= 0) {
                n1++;
                if (!numeric(x->code)) letters = 1;
            }
            if (x->m2 >= 0) m2n++;
            if (x->m1 >= 0 && x->m2 >= 0) {
                compared++;
                agree += x->m1 == x->m2;
                if (x->m1 != x->m2 && getenv("DYAD_GAZ_DEBUG"))
                    fprintf(stderr, "  %s %s: by code %s, by name %s\n", g->c[x->c].a3, x->code,
                            g->s[x->m1].name, g->s[x->m2].name);
            }
        }
        int trust = 0;
        if (n1 > 0) {
            if (letters) trust = 2 * agree >= compared;
            else trust = compared >= 2 && 10 * agree >= 9 * compared;
        }
        if (getenv("DYAD_GAZ_DEBUG"))
            fprintf(stderr, "admin1 %s: codes-matched=%ld compared=%ld agree=%ld by-name=%ld letters=%d trust=%d\n",
                    g->c[gr[i].c].a3, n1, compared, agree, m2n, letters, trust);
        if (trust) st->by_code_countries++;
        else if (m2n) st->by_name_countries++;
        for (size_t k = i; k < j; k++) {
            group *x = &gr[k];
            x->final = trust && x->m1 >= 0 ? x->m1 : x->m2;
            for (long m = x->first; m < x->first + x->n; m++) {
                place *p = &g->p[mem[m]];
                p->sub = x->final;
                st->places++;
                if (x->final >= 0) st->mapped++;
            }
        }
        i = j;
    }
    /* subdivision records: seat, population */
    for (long i = 0; i < ncity; i++) {
        place *p = &g->p[i];
        if (p->sub < 0) continue;
        subdiv *s = &g->s[p->sub];
        s->used = 1;
        s->pop += p->pop;
        if (better(g, i, s->seat)) s->seat = i;
    }
    free(gr);
    free(mem);
}

/* ------------------------------------------------------------ records and names */

/* Capital and population of each country. */
static void country_capitals(gaz *g)
{
    for (size_t i = 0; i < g->np; i++) {
        place *p = &g->p[i];
        if (p->kind != 2) continue;
        country *c = &g->c[p->c];
        c->pop += p->pop;
        long b = c->capital;
        int pc = strcmp(p->fcode, "PPLC") == 0;
        int bc = b >= 0 && strcmp(g->p[b].fcode, "PPLC") == 0;
        if (b < 0 || (pc && !bc) ||
            (pc == bc && (p->pop > g->p[b].pop || (p->pop == g->p[b].pop && p->id < g->p[b].id))))
            c->capital = (long)i;
    }
}

static int key_in(char **v, size_t n, const char *k)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], k) == 0) return 1;
    return 0;
}

/* Add the names of one populated place. */
static void city_names(gaz *g, long pi)
{
    const place *p = &g->p[pi];
    char key[MAX_KEY], seen[16][MAX_KEY];
    int nseen = 0, nw, nl;
    const char *mains[2] = {p->name, p->ascii};
    for (int k = 0; k < 2; k++) {
        if (!make_key(mains[k], key, &nw, &nl) || nl < 3) continue;
        int dup = 0;
        for (int s = 0; s < nseen; s++) dup |= strcmp(seen[s], key) == 0;
        if (dup) continue;
        memcpy(seen[nseen++], key, strlen(key) + 1);
        add_pair(g, key, pi, 0);
    }
    if (p->pop < ALT_MIN_POP) return;
    const char *a = p->alts;
    char **alts = NULL;
    size_t nalts = 0, capalts = 0;
    while (*a) {
        const char *e = strchr(a, ',');
        size_t n = e ? (size_t)(e - a) : strlen(a);
        char buf[512];
        int lower = 0;
        for (size_t i = 0; i < n; i++) lower |= islower((unsigned char)a[i]) != 0;
        if (n < sizeof buf && lower) {
            memcpy(buf, a, n);
            buf[n] = 0;
            if (make_key(buf, key, &nw, &nl) && nl >= 3) {
                int dup = 0;
                for (int s = 0; s < nseen; s++) dup |= strcmp(seen[s], key) == 0;
                if (!dup) push_str(&alts, &nalts, &capalts, key);
            }
        }
        if (!e) break;
        a = e + 1;
    }
    for (size_t i = 0; i < nalts; i++) {
        add_pair(g, alts[i], pi, 1);
        free(alts[i]);
    }
    free(alts);
}

/* Country and subdivision records, and all names. */
static void build_names(gaz *g, long *nocountry)
{
    size_t ncity = g->np;
    for (size_t i = 0; i < ncity; i++) city_names(g, (long)i);

    *nocountry = 0;
    for (size_t ci = 0; ci < g->nc; ci++) {
        country *c = &g->c[ci];
        if (c->capital < 0) { (*nocountry)++; continue; }
        long pi = add_place(g);
        place *p = &g->p[pi];
        const place *cap = &g->p[c->capital];
        p->kind = 0;
        p->c = (int)ci;
        p->lat = cap->lat;
        p->lon = cap->lon;
        p->pop = c->pop;
        p->name = p->ascii = p->alts = "";
        p->a1code = "";
        snprintf(p->fcode, sizeof p->fcode, "PCL");
        c->place = pi;
        for (size_t k = 0; k < c->nnames; k++) {
            char key[MAX_KEY];
            int nw, nl;
            if (!make_key(c->names[k], key, &nw, &nl)) continue;
            if (nl < 2 || key_in(c->drop, c->ndrop, key)) continue;
            int dup = 0;
            for (size_t m = 0; m < k; m++) {
                char k2[MAX_KEY];
                if (make_key(c->names[m], k2, &nw, &nl) && strcmp(k2, key) == 0) dup = 1;
            }
            if (!dup) add_pair(g, key, pi, 0);
        }
        /* regions that stand for the country in news ("West Bank", "Gaza
         * Strip") are located at the country, unless GeoNames knows a town
         * of that name (then the town is meant: "Gaza", "Yangon") */
        for (size_t k = 0; k < c->nregions; k++) {
            char key[MAX_KEY];
            int nw, nl;
            if (!make_key(c->regions[k], key, &nw, &nl) || nl < 2) continue;
            int known = 0;
            for (size_t q = 0; q < g->npr && !known; q++) known = strcmp(g->pr[q].key, key) == 0;
            if (!known) add_pair(g, key, pi, 0);
        }
    }
}

static int cmp_pair_key(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int r = strcmp(x->key, y->key);
    if (r) return r;
    if (x->place != y->place) return x->place < y->place ? -1 : 1;
    return x->alt - y->alt;
}

/* Subdivision records; a subdivision name that is also a name of a place in
 * it, or of its own country, is not used. Needs the pairs sorted by key. */
static void build_subdivs(gaz *g)
{
    size_t npairs = g->npr;
    for (size_t si = 0; si < g->ns; si++) {
        subdiv *s = &g->s[si];
        if (!s->used || s->seat < 0) continue;
        long pi = add_place(g);
        place *p = &g->p[pi];
        const place *seat = &g->p[s->seat];
        p->kind = 1;
        p->c = s->c;
        p->sub = (long)si;
        p->lat = seat->lat;
        p->lon = seat->lon;
        p->pop = s->pop;
        p->name = p->ascii = p->alts = "";
        p->a1code = "";
        snprintf(p->fcode, sizeof p->fcode, "ADM1");
        s->place = pi;
        for (size_t k = 0; k < s->nkeys; k++) {
            /* the run of pairs with this key (pairs are sorted by key) */
            int clash = 0;
            size_t lo = 0, hi = npairs;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (strcmp(g->pr[mid].key, s->keys[k]) < 0) lo = mid + 1; else hi = mid;
            }
            for (size_t m = lo; m < npairs && strcmp(g->pr[m].key, s->keys[k]) == 0; m++) {
                const place *q = &g->p[g->pr[m].place];
                if (q->c != s->c) continue;
                if (q->kind == 0 || (q->kind == 2 && q->sub == (long)si)) clash = 1;
            }
            if (!clash) add_pair(g, s->keys[k], pi, 0);
        }
    }
}

/* ------------------------------------------------------------ output */

static int cmp_place(const void *a, const void *b)
{
    const place *x = &sort_ctx->p[*(const long *)a], *y = &sort_ctx->p[*(const long *)b];
    if ((x->kind == 2) != (y->kind == 2)) return x->kind == 2 ? 1 : -1;
    if (x->kind != 2) {
        int r = strcmp(sort_ctx->c[x->c].a3, sort_ctx->c[y->c].a3);
        if (r) return r;
        if (x->kind != y->kind) return x->kind - y->kind;
        return strcmp(sort_ctx->s[x->sub].name, sort_ctx->s[y->sub].name);
    }
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Ranking population of each pair: a place's population; a subdivision's
 * summed population, except that a subdivision named like a national
 * capital ranks after every place of that name ("Washington" is first the
 * city, "Wyoming" first the state). An alternate name ranks after the main
 * names unless its place is ALT_PROMOTE times bigger than every place that
 * has the name as its main name, and those are all small ("Geneva" is
 * Genève, not Geneva, Illinois; but "Bethlehem" stays Bethlehem, not Belém,
 * "Dili" Díli, not Delhi). Needs the pairs sorted by key. */
static void rank_pairs(gaz *g)
{
    for (size_t i = 0; i < g->npr;) {
        size_t j = i;
        int capital = 0;
        unsigned long long best_main = 0;
        while (j < g->npr && strcmp(g->pr[j].key, g->pr[i].key) == 0) {
            const pair *x = &g->pr[j];
            if (x->place >= 0 && !x->alt && strcmp(g->p[x->place].fcode, "PPLC") == 0) capital = 1;
            if (x->place >= 0 && !x->alt && g->p[x->place].pop > best_main) best_main = g->p[x->place].pop;
            j++;
        }
        for (size_t k = i; k < j; k++) {
            pair *x = &g->pr[k];
            if (x->place < 0) continue;
            const place *p = &g->p[x->place];
            x->rank = p->kind == 1 && capital ? 0 : p->pop;
            x->promoted = x->alt && best_main < ALT_PROMOTE_SMALL && p->pop >= ALT_PROMOTE * best_main;
        }
        i = j;
    }
}

/* Rank of a pair within its name: countries, main names by population,
 * alternate names by population; ties by P index. */
static int cmp_pair_rank(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int r = strcmp(x->key, y->key);
    if (r) return r;
    if ((x->place < 0) != (y->place < 0)) return x->place < 0 ? 1 : -1;
    if (x->place < 0) return 0;
    const place *p = &sort_ctx->p[x->place], *q = &sort_ctx->p[y->place];
    if ((p->kind == 0) != (q->kind == 0)) return p->kind == 0 ? -1 : 1;
    int xa = x->alt && !x->promoted, ya = y->alt && !y->promoted;
    if (xa != ya) return xa - ya;
    if (x->rank != y->rank) return x->rank > y->rank ? -1 : 1;
    return p->index < q->index ? -1 : p->index > q->index;
}

static int cmp_sub(const void *a, const void *b)
{
    const subdiv *x = &sort_ctx->s[*(const long *)a], *y = &sort_ctx->s[*(const long *)b];
    int r = strcmp(sort_ctx->c[x->c].a3, sort_ctx->c[y->c].a3);
    if (r) return r;
    r = strcmp(x->name, y->name);
    if (r) return r;
    return strcmp(x->code, y->code);
}

static int cmp_code(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void write_out(gaz *g, const char *path, const char *inputs, const admin_stats *st,
                      size_t skipped)
{
    sort_ctx = g;
    /* A lines: subdivisions that are used, sorted */
    long *subs = xrealloc(NULL, (g->ns + 1) * sizeof *subs);
    size_t nsubs = 0;
    for (size_t i = 0; i < g->ns; i++)
        if (g->s[i].used) subs[nsubs++] = (long)i;
    sort_n(subs, nsubs, sizeof *subs, cmp_sub);
    for (size_t i = 0; i < nsubs; i++) g->s[subs[i]].a_index = (long)i;

    /* P lines */
    long *order = xrealloc(NULL, (g->np + 1) * sizeof *order);
    for (size_t i = 0; i < g->np; i++) order[i] = (long)i;
    sort_n(order, g->np, sizeof *order, cmp_place);
    for (size_t i = 0; i < g->np; i++) g->p[order[i]].index = (long)i;

    /* C lines: countries with a record */
    char (*codes)[4] = xrealloc(NULL, (g->nc + 1) * sizeof *codes);
    size_t ncodes = 0;
    for (size_t i = 0; i < g->np; i++) {
        const char *a3 = g->c[g->p[i].c].a3;
        int dup = 0;
        for (size_t k = 0; k < ncodes && !dup; k++) dup = strcmp(codes[k], a3) == 0;
        if (!dup) memcpy(codes[ncodes++], a3, 4);
    }
    sort_n(codes, ncodes, sizeof *codes, cmp_code);

    /* N lines: pairs by key then rank, duplicates (same key and place) merged */
    sort_n(g->pr, g->npr, sizeof *g->pr, cmp_pair_key);
    rank_pairs(g);
    sort_n(g->pr, g->npr, sizeof *g->pr, cmp_pair_rank);
    size_t nnames = 0;
    for (size_t i = 0; i < g->npr; i++)
        if (i == 0 || strcmp(g->pr[i].key, g->pr[i - 1].key) != 0) nnames++;

    /* written under a name of its own, then renamed: two builds running the
     * generator at once (make in a shared build folder) never see a half
     * file and never rename each other's */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *out = fopen(tmp, "w");
    if (!out) die("cannot write '%s': %s", tmp, strerror(errno));
    fprintf(out,
        "# gazetteer.tsv - dyad's place names. GENERATED by tools/gen_gazetteer.c at build\n"
        "# time; do not edit. Format: see the top of tools/gen_gazetteer.c.\n"
        "# inputs: %s\n"
        "# Place data from GeoNames (https://www.geonames.org/), CC BY 4.0; country and\n"
        "# subdivision names from Debian iso-codes (ISO 3166-1, ISO 3166-2).\n"
        "# counts: countries=%zu admin1=%zu places=%zu names=%zu pairs=%zu; skipped %zu GeoNames\n"
        "# places under %d people that are not PPLA/PPLA2/PPLC seats\n"
        "# admin1: named for %ld of %ld GeoNames places (%.1f%%); by code in %ld countries, "
        "by seat name only in %ld\n",
        inputs, ncodes, nsubs, g->np, nnames, g->npr, skipped, MIN_POP, st->mapped, st->places,
        st->places ? 100.0 * (double)st->mapped / (double)st->places : 0.0,
        st->by_code_countries, st->by_name_countries);
    for (size_t i = 0; i < ncodes; i++) fprintf(out, "C\t%s\n", codes[i]);
    for (size_t i = 0; i < nsubs; i++) {
        const subdiv *s = &g->s[subs[i]];
        fprintf(out, "A\t%s\t%s\n", g->c[s->c].a3, s->name);
    }
    for (size_t i = 0; i < g->np; i++) {
        const place *p = &g->p[order[i]];
        fprintf(out, "P\t%lu\t%s\t", p->id, g->c[p->c].a3);
        if (p->sub >= 0 && g->s[p->sub].a_index >= 0) fprintf(out, "%ld", g->s[p->sub].a_index);
        else fputc('-', out);
        fprintf(out, "\t%.3f\t%.3f\t%llu\t%s\n", p->lat, p->lon, p->pop, p->fcode);
    }
    for (size_t i = 0; i < g->npr;) {
        size_t j = i;
        while (j < g->npr && strcmp(g->pr[j].key, g->pr[i].key) == 0) j++;
        const char *k = g->pr[i].key;
        int c = in_sorted(g->common, g->ncommon, k), pn = in_sorted(g->person, g->nperson, k);
        int w = !c && in_sorted(g->rare, g->nrare, k);
        int d = in_sorted(g->demonym, g->ndemonym, k), rg = in_sorted(g->region, g->nregion, k);
        fprintf(out, "N\t%s\t%s%s%s%s%s%s\t", k, c ? "c" : "", w ? "w" : "", pn ? "p" : "",
                d ? "d" : "", rg ? "r" : "", c || w || pn || d || rg ? "" : "-");
        int first = 1;
        for (size_t m = i; m < j; m++) {
            if (g->pr[m].place < 0) continue;
            /* the same place twice (main and alternate): keep the better */
            int dup = 0;
            for (size_t q = i; q < m && !dup; q++) dup = g->pr[q].place == g->pr[m].place;
            if (dup) continue;
            fprintf(out, "%s%ld%s", first ? "" : " ", g->p[g->pr[m].place].index, g->pr[m].alt ? "*" : "");
            first = 0;
        }
        fputc('\n', out);
        i = j;
    }
    if (ferror(out) || fclose(out) != 0) die("error writing '%s'", tmp);
    if (rename(tmp, path) != 0) die("cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
    fprintf(stderr, "dyad-gen-gazetteer: %zu places (%zu countries, %zu subdivisions), %zu names; "
                    "admin1 named for %.1f%% of GeoNames places\n",
            g->np, ncodes, nsubs, nnames,
            st->places ? 100.0 * (double)st->mapped / (double)st->places : 0.0);
    free(codes);
    free(order);
    free(subs);
}

/* ------------------------------------------------------------ index */

/* Index the table just written (the same bytes the library embeds) and
 * write the blob beside it, checked as the library will check it. */
static void write_index(const char *tsv_path, const char *path)
{
    size_t len;
    char *tsv = slurp(tsv_path, &len);
    if (!tsv) die("cannot read '%s' back: %s", tsv_path, strerror(errno));
    unsigned char *blob;
    size_t blen;
    if (dy_gaz_index_build(tsv, len, &blob, &blen) != 0) die("out of memory indexing '%s'", tsv_path);
    dy_gaz_view v;
    const char *why = "";
    if (dy_gaz_index_open(blob, blen, len, &v, &why) != 0)
        die("the index of '%s' does not check: %s", tsv_path, why);
    if (v.tsv_hash != fnv1a(tsv, len, FNV_INIT)) die("the index of '%s' has a wrong hash", tsv_path);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *out = fopen(tmp, "wb");
    if (!out) die("cannot write '%s': %s", tmp, strerror(errno));
    fwrite(blob, 1, blen, out);
    if (ferror(out) || fclose(out) != 0) die("error writing '%s'", tmp);
    if (rename(tmp, path) != 0) die("cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
    fprintf(stderr, "dyad-gen-gazetteer: index: %zu names, %zu slots, %zu places; %zu bytes\n",
            v.nnames, v.nslots, v.nplaces, blen);
    free(blob);
    free(tsv);
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
    const char *cities = NULL, *iso1 = NULL, *iso2 = NULL, *ctsv = NULL, *wn = NULL,
               *gsrc = "unknown", *isover = "unknown", *outp = NULL, *idxp = NULL;
    for (int i = 1; i < argc; i++) {
        const char **dst = NULL;
        if (strcmp(argv[i], "--cities") == 0) dst = &cities;
        else if (strcmp(argv[i], "--iso1") == 0) dst = &iso1;
        else if (strcmp(argv[i], "--iso2") == 0) dst = &iso2;
        else if (strcmp(argv[i], "--countries") == 0) dst = &ctsv;
        else if (strcmp(argv[i], "--wordnet") == 0) dst = &wn;
        else if (strcmp(argv[i], "--geonames-source") == 0) dst = &gsrc;
        else if (strcmp(argv[i], "--iso-version") == 0) dst = &isover;
        else if (strcmp(argv[i], "--out") == 0) dst = &outp;
        else if (strcmp(argv[i], "--index") == 0) dst = &idxp;
        if (!dst || i + 1 >= argc) {
            fprintf(stderr, "usage: dyad-gen-gazetteer --cities CITIES500 --iso1 ISO_3166-1.json "
                            "--iso2 ISO_3166-2.json --countries COUNTRIES_TSV [--wordnet DIR] "
                            "[--geonames-source TEXT] [--iso-version TEXT] --out OUT [--index OUT_IDX]\n");
            return 2;
        }
        *dst = argv[++i];
    }
    if (!cities || !iso1 || !iso2 || !ctsv || !outp) {
        fprintf(stderr, "dyad-gen-gazetteer: --cities, --iso1, --iso2, --countries and --out are required\n");
        return 2;
    }

    gaz g;
    memset(&g, 0, sizeof g);
    for (size_t i = 0; i < 26 * 26; i++) g.by_a2[i] = -1;
    int ok1, ok2, ok3;
    uint64_t h1 = hash_file(iso1, &ok1), h2 = hash_file(iso2, &ok2), h3 = hash_file(ctsv, &ok3);
    read_iso1(&g, iso1);
    read_countries_tsv(&g, ctsv);
    read_iso2(&g, iso2);

    uint64_t hw = 0;
    int have_wn = wn && read_wordnet(&g, wn, &hw);
    if (!have_wn)
        warn("WordNet not found in '%s': no common-word or person-name flags", wn ? wn : "(none)");

    uint64_t hc = 0;
    size_t rows = 0, small = 0;
    char *cbuf = read_cities(&g, cities, &hc, &rows, &small);
    if (!cbuf)
        warn("'%s' not found: empty gazetteer, no place recognition (run scripts/fetch-geonames.sh)",
             cities);

    char inputs[1024];
    if (cbuf) {
        snprintf(inputs, sizeof inputs,
                 "geonames=%s %s rows=%zu fnv1a64=%016llx; iso-codes=%s %s fnv1a64=%016llx "
                 "%s fnv1a64=%016llx; %s fnv1a64=%016llx; wordnet %s fnv1a64=%016llx",
                 gsrc, base_name(cities), rows, (unsigned long long)hc, isover, base_name(iso1),
                 (unsigned long long)h1, base_name(iso2), (unsigned long long)h2, base_name(ctsv),
                 (unsigned long long)h3, have_wn ? "data.*" : "absent", (unsigned long long)hw);
    } else {
        snprintf(inputs, sizeof inputs, "geonames=%s ABSENT (built without %s: empty gazetteer)",
                 gsrc, base_name(cities));
    }

    admin_stats st;
    memset(&st, 0, sizeof st);
    if (cbuf) {
        map_admin1(&g, &st);
        country_capitals(&g);
        long nocountry;
        build_names(&g, &nocountry);
        sort_ctx = &g;
        sort_n(g.pr, g.npr, sizeof *g.pr, cmp_pair_key);
        build_subdivs(&g);
        /* names of subdivisions that got no record (no admin1 code maps to
         * them) and name no place either point to their country, flagged
         * 'r': "British Columbia" is then neither a place nor "Columbia" */
        sort_n(g.pr, g.npr, sizeof *g.pr, cmp_pair_key);
        size_t npairs = g.npr;
        for (size_t si = 0; si < g.ns; si++) {
            const subdiv *sd = &g.s[si];
            long cp = g.c[sd->c].place;
            if (sd->place >= 0 || cp < 0) continue;
            for (size_t k = 0; k < sd->nkeys; k++) {
                size_t lo = 0, hi = npairs;
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (strcmp(g.pr[mid].key, sd->keys[k]) < 0) lo = mid + 1; else hi = mid;
                }
                if (lo < npairs && strcmp(g.pr[lo].key, sd->keys[k]) == 0) continue;
                push_str(&g.region, &g.nregion, &g.capregion, sd->keys[k]);
                add_pair(&g, sd->keys[k], cp, 0);
            }
        }
        sort_unique(g.region, &g.nregion);
        /* demonyms point to their country (evidence that the text is about
         * it), or to nothing */
        sort_unique(g.demonym, &g.ndemonym);
        for (size_t i = 0; i < g.nc; i++)
            for (size_t k = 0; k < g.c[i].nadjs; k++)
                add_pair(&g, g.c[i].adjs[k], g.c[i].place, 0);
    } else {
        g.np = 0;
    }
    write_out(&g, outp, inputs, &st, small);
    if (idxp) write_index(outp, idxp);

    for (size_t i = 0; i < g.npr; i++) free(g.pr[i].key);
    free(g.pr);
    for (size_t i = 0; i < g.nc; i++) {
        for (size_t k = 0; k < g.c[i].nnames; k++) free(g.c[i].names[k]);
        for (size_t k = 0; k < g.c[i].nregions; k++) free(g.c[i].regions[k]);
        free(g.c[i].regions);
        for (size_t k = 0; k < g.c[i].ndrop; k++) free(g.c[i].drop[k]);
        for (size_t k = 0; k < g.c[i].nadjs; k++) free(g.c[i].adjs[k]);
        free(g.c[i].adjs);
        free(g.c[i].names);
        free(g.c[i].drop);
        free(g.c[i].subs);
        for (size_t k = 0; k < g.c[i].nlower; k++) free(g.c[i].lower[k].key);
        free(g.c[i].lower);
    }
    free(g.c);
    for (size_t i = 0; i < g.ns; i++) {
        for (size_t k = 0; k < g.s[i].nkeys; k++) free(g.s[i].keys[k]);
        free(g.s[i].keys);
        free(g.s[i].code);
        free(g.s[i].name);
    }
    free(g.s);
    free(g.p);
    for (size_t i = 0; i < g.nregion; i++) free(g.region[i]);
    free(g.region);
    for (size_t i = 0; i < g.ndemonym; i++) free(g.demonym[i]);
    free(g.demonym);
    for (size_t i = 0; i < g.nrare; i++) free(g.rare[i]);
    free(g.rare);
    for (size_t i = 0; i < g.ncommon; i++) free(g.common[i]);
    for (size_t i = 0; i < g.nperson; i++) free(g.person[i]);
    free(g.common);
    free(g.person);
    free(cbuf);
    (void)ok1; (void)ok2; (void)ok3;
    return 0;
}
