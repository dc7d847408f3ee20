/* eval_polnear.c — `dyad eval polnear`: direct quotations and their speakers
 * scored against PolNeAR (Newell, Margolin & Ruths, LREC 2018).
 *
 *   dyad eval polnear [--dict <path>]... [--split test|dev|train] [--errors] [<dir>]
 *
 * PolNeAR annotates every attribution in 1,008 US political news articles as
 * brat standoff: a Source span (who), a Cue (said, told …) and a Content span
 * (what), each a list of character ranges into text/<article>.txt; an article
 * annotated by several annotators has one .ann file each, and the first in
 * name order is used. Most attributions are indirect ("Trump said he would
 * win"); the gold quotations here are the DIRECT ones: those whose content is
 * inside quotation marks. Pairing the double marks of the article (" “ ” and
 * ''; a quote left open at a paragraph break continues when the next
 * paragraph opens with a mark), then curly single marks outside them
 * (headlines: Trump: ‘I will win’), gives each character an inside/outside
 * flag; an attribution is direct when at least 90% of the letters and digits
 * of its content are inside marks, mixed when some are ("said the law is
 * “ripe for abuse”"), indirect otherwise.
 *
 * Matching (letters and digits only, so marks, spaces and punctuation at the
 * edges never matter; offsets are mapped from the gold's code points to the
 * normalised text):
 *   span     a quote dyad finds matches the gold direct quotation holding at
 *            least half of its letters; a gold quotation is found when the
 *            quotes matching it cover at least half of its letters (so “A,” he
 *            said, “B.” — one gold attribution — is found by dyad's two quotes
 *            together, and each of them is correct);
 *   speaker  dyad's speaker span overlaps the gold Source span, or both name
 *            the same head word (the last word before an "of/for/at/from/
 *            with/in/on/and/who" tail or a comma, pronouns excluded: "Donald
 *            Trump" = "Trump"); a gold
 *            quotation without a source matches a quote without a speaker;
 *   pair     span and speaker both match (a gold quotation is found when the
 *            quotes matching it with the right speaker cover half its letters);
 *   speakers alone: the distinct speaker spans of dyad's quotes against the
 *            Source spans of the gold direct quotations, by overlap.
 * A quote of dyad lying mostly inside the content of a mixed attribution (a
 * partial quotation in reported speech) is neither right nor wrong: it is
 * left out of precision and counted apart. Every other quote is a false
 * positive (scare quotes, titles, quotes PolNeAR does not attribute). */
#include "cli.h"

#include <ctype.h>
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE UINT32_MAX

static const char *const usage_lines[] = {
    "dyad eval polnear [--dict <path>]... [--split test|dev|train] [--errors] [<dir>]",
    NULL,
};

static const char rule_text[] =
    "Scores dyad's direct quotations against PolNeAR (default <dir>: ../shared/gold/polnear,\n"
    "or $DYAD_SHARED/gold/polnear; <dir> may also be one split folder holding text/ and\n"
    "attributions/). Gold quotations are the attributions whose content is inside\n"
    "quotation marks (at least 90% of its letters); one annotator per article (the\n"
    "first .ann file in name order).\n"
    "\n"
    "Matching rule (letters and digits only; marks, spaces and punctuation ignored):\n"
    "  span     a dyad quote is right when at least half of its letters lie in one gold\n"
    "           direct quotation; a gold quotation is found when the dyad quotes matching\n"
    "           it cover at least half of its letters (a quote split by \"he said\" may be\n"
    "           found as two quotes);\n"
    "  speaker  dyad's speaker span overlaps the gold source span, or both have the same\n"
    "           head word, pronouns excluded (\"Donald Trump\" = \"Trump\"); no gold source\n"
    "           matches no speaker;\n"
    "  pair     span and speaker both right;\n"
    "  speakers alone: distinct speaker spans of dyad's quotes vs the gold sources of\n"
    "           direct quotations, by overlap.\n"
    "A dyad quote lying mostly inside a mixed attribution (a partial quotation in\n"
    "reported speech, \"said the law is 'ripe for abuse'\") is neither right nor wrong;\n"
    "any other quote outside gold direct quotations is a false positive.\n"
    "--errors prints each missed gold quotation (MISS), wrong speaker (SPEAKER) and\n"
    "false positive (FALSE) with document, sentence, expected and got.\n";

enum { K_NONE = 0, K_INDIRECT, K_MIXED, K_DIRECT };

/* ------------------------------------------------------------ utilities */

/* Decode one UTF-8 sequence (lenient: a bad byte is cp -1, length 1). */
static int utf8_dec(const unsigned char *p, size_t n, int32_t *cp)
{
    unsigned c = p[0];
    int len;
    int32_t v;
    if (c < 0x80) { *cp = (int32_t)c; return 1; }
    if (c >= 0xC2 && c < 0xE0) { len = 2; v = c & 0x1F; }
    else if (c >= 0xE0 && c < 0xF0) { len = 3; v = c & 0x0F; }
    else if (c >= 0xF0 && c < 0xF5) { len = 4; v = c & 0x07; }
    else { *cp = -1; return 1; }
    if ((size_t)len > n) { *cp = -1; return 1; }
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) { *cp = -1; return 1; }
        v = (v << 6) | (p[i] & 0x3F);
    }
    *cp = v;
    return len;
}

static int is_letter_cp(int32_t c)
{
    if (c < 0x80) return isalnum(c) != 0;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return 0;
    if (c >= 0x2000 && c <= 0x206F) return 0;   /* general punctuation */
    if (c >= 0x2190 && c <= 0x2BFF) return 0;   /* arrows, symbols */
    if (c >= 0x300 && c <= 0x36F) return 0;     /* combining marks */
    return c != 0xFFFD && c != 0xFEFF;
}

static int is_dropped_cp(int32_t c)
{
    return c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF ||
           (c >= 0x202A && c <= 0x202E);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 14, n = 0;
    char *b = malloc(cap);
    for (;;) {
        if (n + 4096 + 1 > cap) b = realloc(b, cap *= 2);
        if (!b) { fclose(f); return NULL; }
        size_t r = fread(b + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
    }
    fclose(f);
    b[n] = 0;
    *len = n;
    return b;
}

/* Map the gold's code-point offsets into the raw text onto byte offsets of
 * dyad's normalised text: walk both, skipping what normalisation dropped
 * (CR before LF, soft hyphens, zero-width marks, combining marks composed by
 * NFC). c2n has ncp + 1 entries. */
static uint32_t *align(const char *raw, size_t rn, const char *nt, size_t nn, size_t *ncp)
{
    size_t cps = 0;
    for (size_t i = 0; i < rn;) {
        int32_t c;
        i += (size_t)utf8_dec((const unsigned char *)raw + i, rn - i, &c);
        cps++;
    }
    uint32_t *c2n = malloc((cps + 1) * sizeof *c2n);
    if (!c2n) return NULL;
    size_t i = 0, j = 0, k = 0;
    while (i < rn) {
        int32_t r, c = -2, r2 = -2;
        int lr = utf8_dec((const unsigned char *)raw + i, rn - i, &r), ln = 0;
        if (j < nn) ln = utf8_dec((const unsigned char *)nt + j, nn - j, &c);
        if (i + (size_t)lr < rn) utf8_dec((const unsigned char *)raw + i + lr, rn - i - (size_t)lr, &r2);
        c2n[k++] = (uint32_t)j;
        i += (size_t)lr;
        if (j >= nn) continue;
        if (r == c) { j += (size_t)ln; continue; }
        if (r == '\r' && r2 == '\n') continue;                     /* CRLF → LF */
        if (is_dropped_cp(r) || (r >= 0x300 && r <= 0x36F)) continue;
        j += (size_t)ln;   /* a substitution: space, control, U+FFFD, NFC composition */
        if (r2 >= 0x300 && r2 <= 0x36F) {
            /* base + combining marks composed into c: skip the marks */
            while (i < rn) {
                int32_t m;
                int lm = utf8_dec((const unsigned char *)raw + i, rn - i, &m);
                if (!(m >= 0x300 && m <= 0x36F)) break;
                c2n[k++] = (uint32_t)j;
                i += (size_t)lm;
            }
        }
    }
    c2n[k] = (uint32_t)(j < nn ? j : nn);
    *ncp = k;
    return c2n;
}

/* ---------------------------------------------------------- gold reading */

typedef struct span {
    uint32_t s, e;
} span;

typedef struct tann {       /* one T line */
    int type;               /* 1 Source, 2 Content, 0 other */
    size_t first, n;        /* its ranges in the span pool */
} tann;

typedef struct gatt {       /* one gold attribution (E line) */
    int kind;               /* K_* */
    int has_src;
    uint32_t cs, ce;        /* content extent (normalised bytes) */
    uint32_t ss, se;        /* source extent, empty if none */
    size_t src0, nsrc;      /* its source ranges in pdoc.srcs (a source may be shared) */
    long letters;           /* letters in the content */
    long cov_span, cov_pair;/* letters covered by matching dyad quotes */
    int src_hit;            /* a dyad speaker overlaps its source */
} gatt;

typedef struct pool {
    span *v;
    size_t n, cap;
} pool;

static void pool_add(pool *p, span s)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->v = realloc(p->v, p->cap * sizeof *p->v);
        if (!p->v) { perror("dyad"); exit(EXIT_IO); }
    }
    p->v[p->n++] = s;
}

/* One article under evaluation. */
typedef struct pdoc {
    const char *name;
    const char *text;        /* dyad's normalised text */
    size_t len;
    uint8_t *letter;         /* 1 at the first byte of a letter or digit */
    uint8_t *quoted;         /* 1 inside paired double quotation marks */
    int32_t *con_own;        /* attribution whose content holds the byte, -1 */
    pool srcs;               /* source ranges of all attributions (gatt.src0, nsrc) */
    gatt *att;
    size_t natt;
} pdoc;

/* Is the double mark at byte i an opening one? 1 open, 0 close, -1 unknown. */
static int mark_dir(const char *s, size_t n, size_t i, int32_t cp, int len)
{
    if (cp == 0x201C || cp == 0x201E) return 1;
    if (cp == 0x201D) return 0;
    unsigned char pv = i ? (unsigned char)s[i - 1] : ' ';
    unsigned char nx = i + (size_t)len < n ? (unsigned char)s[i + len] : ' ';
    if (isspace(pv) || strchr("([{/-", pv) || pv == 0x94 || pv == 0x93) return 1;  /* … — – */
    if (isspace(nx) || strchr(".,;:!?)]-", nx) || nx == 0xE2) return 0;
    return -1;
}

static int is_dq(int32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E; }

/* A double mark at byte i: " “ ” „ or two apostrophes '' (the NYT archive's
 * style); its length in bytes, 0 if none. */
static int dq_at(const char *s, size_t n, size_t i, int32_t *cp)
{
    int l = utf8_dec((const unsigned char *)s + i, n - i, cp);
    if (is_dq(*cp)) return l;
    if (*cp == '\'' && i + 1 < n && s[i + 1] == '\'') { *cp = '"'; return 2; }
    return 0;
}

static void quote_mask(const char *s, size_t n, uint8_t *q)
{
    size_t open = SIZE_MAX;
    for (size_t i = 0; i < n;) {
        if (s[i] == '\n') {
            size_t j = i;
            while (j < n && isspace((unsigned char)s[j])) j++;
            if (open != SIZE_MAX) {
                int32_t cp = 0;
                int l = j < n ? dq_at(s, n, j, &cp) : 0;
                if (l && mark_dir(s, n, j, cp, l) != 0) {
                    i = j + (size_t)l;   /* the quote goes on in this paragraph */
                    continue;
                }
                open = SIZE_MAX;         /* never closed: not a quotation */
            }
            i = j;
            continue;
        }
        int32_t cp;
        int l = dq_at(s, n, i, &cp);
        if (l) {
            int d = mark_dir(s, n, i, cp, l);
            if (open == SIZE_MAX) {
                if (d != 0) open = i;
            } else if (d != 1 || cp == '"') {
                for (size_t k = open; k < i + (size_t)l; k++) q[k] = 1;
                open = SIZE_MAX;
            } else {
                open = i;
            }
        } else {
            l = utf8_dec((const unsigned char *)s + i, n - i, &cp);
        }
        i += (size_t)l;
    }
    /* curly single marks outside double ones (headlines: Trump: ‘I will
     * win’): ‘ before a letter opens, ’ not followed by a letter closes (so
     * "Kenya’s" and "don’t" never do); a paragraph break drops an open one */
    size_t so = SIZE_MAX;
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (s[i] == '\n' || q[i]) {
            if (s[i] == '\n') so = SIZE_MAX;
            i++;
            continue;
        }
        if (i + 3 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99)) {
            unsigned char nx = (unsigned char)s[i + 3];
            if (u[2] == 0x98 && (isalnum(nx) || nx >= 0x80)) {
                so = i;
            } else if (u[2] == 0x99 && so != SIZE_MAX && !isalnum(nx)) {
                for (size_t k = so; k < i + 3; k++) q[k] = 1;
                so = SIZE_MAX;
            }
            i += 3;
            continue;
        }
        i++;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Read <dir>/attributions/<file> for the article whose text is raw. */
static int load_gold(pdoc *d, const char *annpath, const char *raw, size_t rawlen)
{
    size_t alen, ncp;
    char *ann = read_file(annpath, &alen);
    if (!ann) return -1;
    uint32_t *c2n = align(raw, rawlen, d->text, d->len, &ncp);
    if (!c2n) { free(ann); return -1; }
    tann *ts = NULL;
    size_t nts = 0;
    pool sp = {0};
    /* E lines: remember the T numbers of their source and content */
    typedef struct eline { long src[4], con[8]; int nsrc, ncon, nosrc; } eline;
    eline *es = NULL;
    size_t nes = 0, ecap = 0;
    char *save = NULL;
    for (char *line = strtok_r(ann, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == 'T' && isdigit((unsigned char)line[1])) {
            char *end;
            long id = strtol(line + 1, &end, 10);
            if (*end != '\t' || id < 0 || id > 1000000) continue;
            char *type = end + 1, *sp0 = strchr(type, ' ');
            if (!sp0) continue;
            if ((size_t)id >= nts) {
                size_t nn = (size_t)id + 64;
                ts = realloc(ts, nn * sizeof *ts);
                if (!ts) { perror("dyad"); exit(EXIT_IO); }
                memset(ts + nts, 0, (nn - nts) * sizeof *ts);
                nts = nn;
            }
            tann *t = &ts[id];
            size_t tl = (size_t)(sp0 - type);
            t->type = (tl == 6 && !strncmp(type, "Source", 6)) ? 1 : (tl == 7 && !strncmp(type, "Content", 7)) ? 2 : 0;
            t->first = sp.n;
            t->n = 0;
            char *p = sp0 + 1;
            for (;;) {
                char *e1, *e2;
                long a = strtol(p, &e1, 10), b = strtol(e1, &e2, 10);
                if (e1 == p || e2 == e1 || a < 0 || b < a || (size_t)b > ncp) break;
                pool_add(&sp, (span){c2n[a], c2n[b]});
                t->n++;
                if (*e2 != ';') break;
                p = e2 + 1;
            }
        } else if (line[0] == 'E' && isdigit((unsigned char)line[1])) {
            char *tab = strchr(line, '\t');
            if (!tab) continue;
            if (nes == ecap) {
                ecap = ecap ? ecap * 2 : 64;
                es = realloc(es, ecap * sizeof *es);
                if (!es) { perror("dyad"); exit(EXIT_IO); }
            }
            eline *e = &es[nes++];
            memset(e, 0, sizeof *e);
            char *s2 = NULL;
            for (char *r = strtok_r(tab + 1, " \t", &s2); r; r = strtok_r(NULL, " \t", &s2)) {
                char *colon = strchr(r, ':');
                if (!colon || colon[1] != 'T') continue;
                long id = strtol(colon + 2, NULL, 10);
                size_t kl = (size_t)(colon - r);
                while (kl && isdigit((unsigned char)r[kl - 1])) kl--;   /* Content2 */
                if (kl == 6 && !strncmp(r, "Source", 6) && e->nsrc < 4) e->src[e->nsrc++] = id;
                else if (kl == 7 && !strncmp(r, "Content", 7) && e->ncon < 8) e->con[e->ncon++] = id;
                else if (kl == 21 && !strncmp(r, "Attribution-no-source", 21)) e->nosrc = 1;
            }
        }
    }
    d->att = calloc(nes ? nes : 1, sizeof *d->att);
    d->natt = nes;
    for (size_t i = 0; i < nes; i++) {
        gatt *g = &d->att[i];
        g->cs = g->ss = NONE;
        g->ce = g->se = 0;
        long quoted = 0;
        for (int r = 0; r < es[i].nsrc + es[i].ncon; r++) {
            int is_src = r < es[i].nsrc;
            long id = is_src ? es[i].src[r] : es[i].con[r - es[i].nsrc];
            if (id < 0 || (size_t)id >= nts) continue;
            tann *t = &ts[id];
            for (size_t k = 0; k < t->n; k++) {
                span s = sp.v[t->first + k];
                uint32_t *lo = is_src ? &g->ss : &g->cs, *hi = is_src ? &g->se : &g->ce;
                if (s.s < *lo) *lo = s.s;
                if (s.e > *hi) *hi = s.e;
                if (is_src && s.e > s.s) {
                    if (!g->nsrc) g->src0 = d->srcs.n;
                    pool_add(&d->srcs, s);
                    g->nsrc++;
                    g->has_src = 1;
                }
                for (uint32_t b = s.s; b < s.e && b < d->len; b++) {
                    if (!is_src) {
                        d->con_own[b] = (int32_t)i;
                        if (d->letter[b]) { g->letters++; quoted += d->quoted[b]; }
                    }
                }
            }
        }
        if (!g->has_src) g->ss = g->se = 0;
        if (g->letters == 0) g->kind = K_NONE;
        else if (quoted * 10 >= g->letters * 9) g->kind = K_DIRECT;
        else if (quoted > 0) g->kind = K_MIXED;
        else g->kind = K_INDIRECT;
    }
    free(es);
    free(ts);
    free(sp.v);
    free(c2n);
    free(ann);
    return 0;
}

/* --------------------------------------------------------------- scoring */

typedef struct tally {
    long docs, gold, pred, neutral, neutral_spk;
    long span_tp_pred, span_found;     /* predictions right / gold found */
    long pair_tp_pred, pair_found;
    long spk_gold, spk_pred, spk_tp_pred, spk_found;
    long mixed, indirect;
} tally;

/* The head word of a speaker phrase: the last word before a tail ("of",
 * "for", "at", "from", "who", a comma), without a possessive; "" for a
 * pronoun. Lowercased into buf. */
static void head_word(const char *s, size_t n, char *buf, size_t cap)
{
    static const char *const stop[] = {"of", "for", "at", "from", "who", "with", "in", "on", "and", NULL};
    static const char *const pron[] = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", NULL};
    size_t i = 0, hs = 0, hl = 0;
    buf[0] = 0;
    while (i < n) {
        while (i < n && !isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
            if (s[i] == ',' && hl) goto done;
            i++;
        }
        size_t w0 = i;
        while (i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '-' || s[i] == '.')) {
            if ((unsigned char)s[i] == 0xE2) break;   /* ’ and other punctuation */
            i++;
        }
        if (i == w0) { i++; continue; }
        size_t wl = i - w0;
        while (wl && s[w0 + wl - 1] == '.') wl--;
        int is_stop = 0;
        for (int k = 0; stop[k]; k++)
            if (strlen(stop[k]) == wl && !strncasecmp(stop[k], s + w0, wl)) is_stop = 1;
        if (is_stop && hl) break;
        if (!is_stop) { hs = w0; hl = wl; }
        /* skip a possessive ending */
        if (i < n && s[i] == '\'') i++;
        else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) i += 3;
        if (i < n && (s[i] == 's' || s[i] == 'S') && (i + 1 >= n || !isalnum((unsigned char)s[i + 1]))) i++;
    }
done:
    if (hl >= cap) hl = cap - 1;
    for (size_t k = 0; k < hl; k++) buf[k] = (char)tolower((unsigned char)s[hs + k]);
    buf[hl] = 0;
    for (int k = 0; pron[k]; k++)
        if (!strcmp(buf, pron[k])) buf[0] = 0;
}

static uint32_t sentence_of(const dyad_doc *doc, uint32_t off)
{
    uint32_t lo = 0, hi = (uint32_t)doc->nsentences;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if ((size_t)(doc->sentences[mid].ptr - doc->text.ptr) <= off) lo = mid + 1; else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* Print text[s, e) on one line, at most 160 bytes (cut at a character). */
static void show(const char *text, uint32_t s, uint32_t e)
{
    if (e <= s) { fputs("(none)", stdout); return; }
    uint32_t n = e - s, cut = n > 160 ? 150 : n;
    while (cut < n && ((unsigned char)text[s + cut] & 0xC0) == 0x80) cut++;
    for (uint32_t i = 0; i < cut; i++) putchar(text[s + i] == '\n' ? ' ' : text[s + i]);
    if (cut < n) fputs(" […]", stdout);
}

/* The words around text[s, e): up to 100 bytes either side, the quote itself
 * shortened to its ends. */
static void context(const char *text, size_t len, uint32_t s, uint32_t e)
{
    uint32_t a = s > 100 ? s - 100 : 0, b = e + 100 < len ? e + 100 : (uint32_t)len;
    while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80) a--;
    while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80) b++;
    fputs("  context:  …", stdout);
    show(text, a, s);
    fputs("[", stdout);
    if (e - s > 80) {
        uint32_t m1 = s + 30, m2 = e - 30;
        while (((unsigned char)text[m1] & 0xC0) == 0x80) m1++;
        while (((unsigned char)text[m2] & 0xC0) == 0x80) m2++;
        show(text, s, m1);
        fputs(" … ", stdout);
        show(text, m2, e);
    } else {
        show(text, s, e);
    }
    fputs("]", stdout);
    show(text, e, b);
    fputs("…\n", stdout);
}

/* Does [ss, se) share a letter with a source range of g? */
static int src_overlap(const pdoc *d, const gatt *g, uint32_t ss, uint32_t se)
{
    for (size_t k = 0; k < g->nsrc; k++) {
        span r = d->srcs.v[g->src0 + k];
        uint32_t a = r.s > ss ? r.s : ss, b = r.e < se ? r.e : se;
        for (; a < b && a < d->len; a++)
            if (d->letter[a]) return 1;
    }
    return 0;
}

static int speaker_ok(const pdoc *d, const gatt *g, uint32_t ss, uint32_t se)
{
    if (!g->has_src) return se <= ss;
    if (se <= ss) return 0;
    if (src_overlap(d, g, ss, se)) return 1;
    char h1[64], h2[64];
    head_word(d->text + ss, se - ss, h1, sizeof h1);
    head_word(d->text + g->ss, g->se - g->ss, h2, sizeof h2);
    return h1[0] && !strcmp(h1, h2);
}

static void score_doc(pdoc *d, const dyad_doc *doc, int errors, tally *ty)
{
    const char *text = d->text;
    long *cnt = calloc(d->natt + 1, sizeof *cnt);
    int32_t *touched = malloc((d->natt + 1) * sizeof *touched);
    /* gold speakers: sources of direct quotations */
    for (size_t g = 0; g < d->natt; g++) {
        if (d->att[g].kind == K_DIRECT) {
            ty->gold++;
            if (d->att[g].has_src) ty->spk_gold++;
        } else if (d->att[g].kind == K_MIXED) {
            ty->mixed++;
        } else if (d->att[g].kind == K_INDIRECT) {
            ty->indirect++;
        }
    }
    uint32_t last_ss = NONE, last_se = NONE;
    for (size_t qi = 0; qi < doc->nquotes; qi++) {
        const dyad_quote *q = &doc->quotes[qi];
        uint32_t s = q->start, e = q->end > d->len ? (uint32_t)d->len : q->end;
        uint32_t ss = 0, se = 0;
        if (q->speaker.len) {
            ss = (uint32_t)(q->speaker.ptr - doc->text.ptr);
            se = ss + (uint32_t)q->speaker.len;
        }
        long L = 0;
        size_t nt = 0;
        for (uint32_t b = s; b < e; b++) {
            if (!d->letter[b]) continue;
            L++;
            int32_t o = d->con_own[b];
            if (o < 0) continue;
            if (!cnt[o]++) touched[nt++] = o;
        }
        int32_t best = -1;
        for (size_t k = 0; k < nt; k++)
            if (best < 0 || cnt[touched[k]] > cnt[best]) best = touched[k];
        long bc = best >= 0 ? cnt[best] : 0;
        for (size_t k = 0; k < nt; k++) cnt[touched[k]] = 0;
        int kind = best >= 0 && 2 * bc >= L && L > 0 ? d->att[best].kind : K_NONE;
        if (kind == K_MIXED) {
            ty->neutral++;
            if (speaker_ok(d, &d->att[best], ss, se)) ty->neutral_spk++;
            continue;
        }
        ty->pred++;
        if (se > ss && (ss != last_ss || se != last_se)) {
            /* speakers alone: a new speaker mention */
            ty->spk_pred++;
            int hit = 0;
            for (size_t o = 0; o < d->natt; o++)
                if (d->att[o].kind == K_DIRECT && src_overlap(d, &d->att[o], ss, se)) {
                    d->att[o].src_hit = 1;
                    hit = 1;
                }
            if (hit) ty->spk_tp_pred++;
            last_ss = ss;
            last_se = se;
        }
        if (kind != K_DIRECT) {
            if (errors) {
                printf("FALSE %s s%u\n  expected: no direct quotation%s\n  got:      “", d->name,
                       sentence_of(doc, s),
                       kind == K_INDIRECT ? " (inside an indirect attribution)" : "");
                show(text, s, e);
                printf("” — ");
                show(text, ss, se);
                putchar('\n');
                context(text, d->len, s, e);
            }
            continue;
        }
        gatt *g = &d->att[best];
        ty->span_tp_pred++;
        g->cov_span += bc;
        if (speaker_ok(d, g, ss, se)) {
            ty->pair_tp_pred++;
            g->cov_pair += bc;
        }
    }
    for (size_t gi = 0; gi < d->natt; gi++) {
        gatt *g = &d->att[gi];
        if (g->kind != K_DIRECT) continue;
        int sf = 2 * g->cov_span >= g->letters, pf = 2 * g->cov_pair >= g->letters;
        ty->span_found += sf;
        ty->pair_found += pf;
        if (g->has_src && g->src_hit) ty->spk_found++;
        if (!errors || pf) continue;
        printf("%s %s s%u\n  expected: “", sf ? "SPEAKER" : "MISS", d->name, sentence_of(doc, g->cs));
        show(text, g->cs, g->ce);
        printf("” — ");
        show(text, g->ss, g->se);
        printf("\n  got:      ");
        int any = 0;
        for (size_t qi = 0; qi < doc->nquotes; qi++) {
            const dyad_quote *q = &doc->quotes[qi];
            if (q->end <= g->cs || q->start >= g->ce) continue;
            uint32_t ss = 0, se = 0;
            if (q->speaker.len) {
                ss = (uint32_t)(q->speaker.ptr - doc->text.ptr);
                se = ss + (uint32_t)q->speaker.len;
            }
            printf("%s“", any ? "\n            " : "");
            show(text, q->start, q->end);
            printf("” — ");
            show(text, ss, se);
            any = 1;
        }
        if (!any) fputs("nothing", stdout);
        putchar('\n');
        context(text, d->len, g->cs, g->ce);
    }
    free(cnt);
    free(touched);
}

static void prf(const char *what, long tp_pred, long pred, long found, long gold)
{
    double p = pred ? (double)tp_pred / pred : 0, r = gold ? (double)found / gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%-16s %6.1f%% %6.1f%% %6.1f%%   (%ld of %ld right, %ld of %ld found)\n", what, 100 * p, 100 * r, 100 * f,
           tp_pred, pred, found, gold);
}

/* Article date from a PolNeAR file name: publisher_YYYY-MM-DD_slug. */
static void name_date(const char *name, char out[11])
{
    out[0] = 0;
    const char *u = strchr(name, '_');
    if (u && strlen(u + 1) >= 10 && u[5] == '-' && u[8] == '-') {
        memcpy(out, u + 1, 10);
        out[10] = 0;
    }
}

static int run(dyad_ctx *ctx, const char *dir, int errors)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/attributions", dir);
    DIR *dh = opendir(path);
    if (!dh) {
        cli_error("cannot open '%s' (a PolNeAR split folder with text/ and attributions/)", path);
        return EXIT_IO;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (struct dirent *de; (de = readdir(dh));) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".ann")) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 128;
            names = realloc(names, cap * sizeof *names);
            if (!names) { perror("dyad"); exit(EXIT_IO); }
        }
        names[n++] = strdup(de->d_name);
    }
    closedir(dh);
    qsort(names, n, sizeof *names, cmp_str);
    dyad_coder *coder = dyad_coder_new(ctx);
    tally ty;
    memset(&ty, 0, sizeof ty);
    char prev[1024] = "";
    int rc = EXIT_OK;
    for (size_t i = 0; i < n; i++) {
        /* article = file name up to the last '_' (the annotator id) */
        char art[1024];
        snprintf(art, sizeof art, "%s", names[i]);
        char *u = strrchr(art, '_');
        if (!u) continue;
        *u = 0;
        if (!strcmp(art, prev)) continue;   /* another annotator of the same article */
        snprintf(prev, sizeof prev, "%s", art);
        size_t rawlen;
        snprintf(path, sizeof path, "%s/text/%s.txt", dir, art);
        char *raw = read_file(path, &rawlen);
        if (!raw) {
            cli_warning("cannot read '%s'", path);
            rc = EXIT_PARTIAL;
            continue;
        }
        char date[11];
        name_date(art, date);
        dyad_input in;
        memset(&in, 0, sizeof in);
        in.id = art;
        in.id_len = strlen(art);
        in.text = raw;
        in.text_len = rawlen;
        if (date[0]) { in.date = date; in.date_len = 10; }
        const dyad_doc *doc;
        dyad_error err;
        if (dyad_code(coder, &in, &doc, &err) != DYAD_OK) {
            cli_print_error(stderr, &err);
            free(raw);
            rc = EXIT_PARTIAL;
            continue;
        }
        pdoc d;
        memset(&d, 0, sizeof d);
        d.name = art;
        d.text = doc->text.ptr;
        d.len = doc->text.len;
        d.letter = calloc(d.len + 1, 1);
        d.quoted = calloc(d.len + 1, 1);
        d.con_own = malloc((d.len + 1) * sizeof *d.con_own);
        if (!d.letter || !d.quoted || !d.con_own) { perror("dyad"); exit(EXIT_IO); }
        for (size_t b = 0; b <= d.len; b++) d.con_own[b] = -1;
        for (size_t b = 0; b < d.len;) {
            int32_t cp;
            int l = utf8_dec((const unsigned char *)d.text + b, d.len - b, &cp);
            if (is_letter_cp(cp)) d.letter[b] = 1;
            b += (size_t)l;
        }
        quote_mask(d.text, d.len, d.quoted);
        snprintf(path, sizeof path, "%s/attributions/%s", dir, names[i]);
        if (load_gold(&d, path, raw, rawlen) != 0) {
            cli_warning("cannot read '%s'", path);
            rc = EXIT_PARTIAL;
        } else {
            ty.docs++;
            score_doc(&d, doc, errors, &ty);
        }
        free(d.letter);
        free(d.quoted);
        free(d.con_own);
        free(d.srcs.v);
        free(d.att);
        free(raw);
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    dyad_coder_free(coder);
    if (errors) putchar('\n');
    printf("PolNeAR %s: %ld articles; gold attributions: %ld direct quotations, %ld mixed, %ld indirect\n", dir,
           ty.docs, ty.gold, ty.mixed, ty.indirect);
    printf("dyad quotations: %ld scored, %ld partial quotations inside mixed attributions left out "
           "(%ld of them with the right speaker)\n\n",
           ty.pred, ty.neutral, ty.neutral_spk);
    printf("%-16s %7s %7s %7s\n", "direct quotes", "prec", "recall", "F1");
    prf("span + speaker", ty.pair_tp_pred, ty.pred, ty.pair_found, ty.gold);
    prf("span", ty.span_tp_pred, ty.pred, ty.span_found, ty.gold);
    prf("speakers alone", ty.spk_tp_pred, ty.spk_pred, ty.spk_found, ty.spk_gold);
    return rc;
}

int cmd_eval_polnear(int argc, char **argv)
{
    int errors = 0;
    const char *split = "test";
    cli_list args = {0}, dicts = {0};
    const cli_opt opts[] = {
        {OPT_LIST, 'd', "dict", &dicts, "<path>", "dictionaries (for speaker codes; default: dyad's own); repeatable"},
        {OPT_STRING, 's', "split", &split, "<name>", "test (default), dev or train"},
        {OPT_FLAG, 'e', "errors", &errors, NULL, "print every miss, wrong speaker and false positive"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "eval polnear", usage_lines, opts, &args);
    if (r > 0) fputs("\n", stdout), fputs(rule_text, stdout);
    if (r) { free(args.v); free(dicts.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    if (args.n > 1) {
        cli_error("'dyad eval polnear' takes at most one folder");
        cli_usage(stderr, usage_lines, opts);
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    if (strcmp(split, "test") && strcmp(split, "dev") && strcmp(split, "train")) {
        cli_error("unknown split '%s' (use test, dev or train)", split);
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    char dir[2048], probe[2100];
    if (args.n == 1) {
        snprintf(dir, sizeof dir, "%s", args.v[0]);
    } else {
        const char *shared = getenv("DYAD_SHARED");
        snprintf(dir, sizeof dir, "%s/gold/polnear", shared ? shared : "../shared");
    }
    /* the corpus root (data/<split>/) or one split folder */
    snprintf(probe, sizeof probe, "%s/attributions", dir);
    DIR *dh = opendir(probe);
    if (dh) {
        closedir(dh);
    } else {
        size_t l = strlen(dir);
        snprintf(dir + l, sizeof dir - l, "/data/%s", split);
    }
    cli_diag_count dc = {0};
    dyad_ctx *ctx = cli_load_list(&dicts, 0, &dc, 1);
    free(dicts.v);
    free(args.v);
    if (!ctx) return EXIT_DICT;
    int rc = run(ctx, dir, errors);
    dyad_ctx_free(ctx);
    return rc;
}
