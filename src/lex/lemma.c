/* lemma.c — WordNet-based lemmatiser; see lemma.h for the algorithm. */
#include "lex/lemma.h"
#include "util/check.h"
#include "util/embedded.h"
#include "util/mem.h"

#include <string.h>

extern const dy_embedded_file dy_wordnet_files[];
extern const size_t dy_wordnet_files_n;

static void ensure(dy_lemmatizer *l, uint32_t id)
{
    if (id < l->cap) return;
    size_t nc = l->cap ? l->cap * 2 : 1 << 17;
    while (nc <= id) nc *= 2;
    l->pos = dy_realloc(l->pos, nc);
    l->exc_v = dy_reallocarray(l->exc_v, nc, sizeof *l->exc_v);
    l->exc_n = dy_reallocarray(l->exc_n, nc, sizeof *l->exc_n);
    for (size_t i = l->cap; i < nc; i++) { l->pos[i] = 0; l->exc_v[i] = l->exc_n[i] = DY_NOID; }
    l->cap = nc;
}

void dy_lemmatizer_init(dy_lemmatizer *l)
{
    memset(l, 0, sizeof *l);
    dy_strtab_init(&l->words);
    l->empty = 1;
    if (dy_wordnet_files_n == 0 || !dy_wordnet_files[0].data) return;
    const char *p = (const char *)dy_wordnet_files[0].data;
    const char *end = p + dy_wordnet_files[0].len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        if (nl - p >= 3 && p[1] == ' ' && p[0] != '#') {
            char tag = p[0];
            const char *a = p + 2;
            const char *sp = memchr(a, ' ', (size_t)(nl - a));
            if (tag == 'V' || tag == 'N' || tag == 'A' || tag == 'R') {
                uint32_t id = dy_strtab_intern(&l->words, a, (size_t)(nl - a));
                ensure(l, id);
                l->pos[id] |= tag == 'V' ? 1 : tag == 'N' ? 2 : tag == 'A' ? 4 : 8;
            } else if (sp && tag == 'a') {
                uint32_t f = dy_strtab_intern(&l->words, a, (size_t)(sp - a));
                ensure(l, f);
                l->pos[f] |= 4; /* "fiercest": an inflected adjective */
            } else if (sp && (tag == 'v' || tag == 'n')) {
                uint32_t f = dy_strtab_intern(&l->words, a, (size_t)(sp - a));
                uint32_t m = dy_strtab_intern(&l->words, sp + 1, (size_t)(nl - sp - 1));
                ensure(l, f > m ? f : m);
                if (tag == 'v') l->exc_v[f] = m; else l->exc_n[f] = m;
            }
            l->empty = 0;
        }
        p = nl + 1;
    }
}

void dy_lemmatizer_release(dy_lemmatizer *l)
{
    if (l->mapped) { memset(l, 0, sizeof *l); return; }
    dy_strtab_release(&l->words);
    dy_free(l->pos);
    dy_free(l->exc_v);
    dy_free(l->exc_n);
    memset(l, 0, sizeof *l);
}

static int is_lemma(const dy_lemmatizer *l, const char *w, size_t n, int bit)
{
    uint32_t id = dy_strtab_find(&l->words, w, n);
    return id != DY_NOID && id < l->cap && (l->pos[id] & bit);
}

int dy_is_lemma(const dy_lemmatizer *l, char pos, const char *w, size_t n)
{
    return l && !l->empty && is_lemma(l, w, n, pos == 'v' ? 1 : pos == 'n' ? 2 : pos == 'a' ? 4 : 8);
}

static size_t put(char *out, size_t cap, const char *s, size_t n)
{
    if (n + 1 > cap) return 0;
    memcpy(out, s, n);
    out[n] = 0;
    return n;
}

static int vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* A detachment rule: ending suf (sl bytes) becomes rep (rl bytes). */
typedef struct rule {
    const char *suf;
    const char *rep;
    uint8_t sl, rl;
} rule;
#define RULE(s, r) {s, r, sizeof s - 1, sizeof r - 1}

static const rule vrules[] = {RULE("ies", "y"), RULE("es", "e"), RULE("es", ""), RULE("s", ""),
                              RULE("ed", "e"), RULE("ed", ""), RULE("ing", "e"), RULE("ing", "")};
static const rule nrules[] = {RULE("ies", "y"), RULE("ses", "s"), RULE("xes", "x"), RULE("zes", "z"),
                              RULE("ches", "ch"), RULE("shes", "sh"), RULE("men", "man"), RULE("s", "")};
static const rule adjrules[] = {RULE("est", ""), RULE("est", "e"), RULE("er", ""), RULE("er", "e")};

/* Does w (n bytes) end in suf (sl bytes)? */
static inline int ends_with(const char *w, size_t n, const char *suf, size_t sl)
{
    if (n < sl) return 0;
    w += n - sl;
    for (size_t i = 0; i < sl; i++)
        if (w[i] != suf[i]) return 0;
    return 1;
}

/* dy_lemma for 0 < n <= 60, with id = dy_strtab_find(&l->words, w, n). */
static size_t lemma_of(const dy_lemmatizer *l, char pos, const char *w, size_t n, uint32_t id, char *out, size_t cap)
{
    int bit = pos == 'v' ? 1 : 2;
    if (id != DY_NOID && id < l->cap) {
        uint32_t m = pos == 'v' ? l->exc_v[id] : l->exc_n[id];
        if (m != DY_NOID) return put(out, cap, dy_strtab_str(&l->words, m), dy_strtab_len(&l->words, m));
        if (l->pos[id] & bit) return put(out, cap, w, n);
    }
    const rule *rules = pos == 'v' ? vrules : nrules;
    size_t nrules_n = pos == 'v' ? DY_ARRAY_LEN(vrules) : DY_ARRAY_LEN(nrules);
    char buf[80];
    for (size_t r = 0; r < nrules_n; r++) {
        size_t sl = rules[r].sl, rl = rules[r].rl;
        if (n <= sl + 1 || !ends_with(w, n, rules[r].suf, sl)) continue;
        size_t bl = n - sl;
        memcpy(buf, w, bl);
        memcpy(buf + bl, rules[r].rep, rl);
        bl += rl;
        buf[bl] = 0;
        if (l->empty) {
            /* no WordNet: accept the first rule that leaves a plausible stem */
            if (bl >= 3) return put(out, cap, buf, bl);
            continue;
        }
        /* verbs drop -es only after s x z ch sh o ("departes" is not "depart") */
        if (pos == 'v' && sl == 2 && rules[r].suf[0] == 'e' && rules[r].suf[1] == 's' && rl == 0 && bl >= 1) {
            char e = buf[bl - 1], e2 = bl >= 2 ? buf[bl - 2] : 0;
            if (!(e == 's' || e == 'x' || e == 'z' || e == 'o' || (e == 'h' && (e2 == 'c' || e2 == 's')))) continue;
        }
        if (is_lemma(l, buf, bl, bit)) return put(out, cap, buf, bl);
        /* doubled consonant: "stopped" → "stopp" → "stop" */
        if (pos == 'v' && rl == 0 && bl >= 3 && buf[bl - 1] == buf[bl - 2] && !vowel(buf[bl - 1]) &&
            is_lemma(l, buf, bl - 1, bit))
            return put(out, cap, buf, bl - 1);
    }
    return 0;
}

size_t dy_lemma(const dy_lemmatizer *l, char pos, const char *w, size_t n, char *out, size_t cap)
{
    if (n == 0 || n > 60) return 0;
    return lemma_of(l, pos, w, n, dy_strtab_find(&l->words, w, n), out, cap);
}

/* The adjective and adverb bits of dy_word_pos (id as for lemma_of). */
static unsigned adj_adv_pos(const dy_lemmatizer *l, const char *w, size_t n, uint32_t id)
{
    unsigned pos = 0;
    char buf[80];
    if (id != DY_NOID && id < l->cap) pos |= l->pos[id] & 12; /* adjectives, adverbs: base forms */
    /* comparatives and superlatives: fiercer, fiercest, bigger, biggest */
    for (size_t r = 0; r < DY_ARRAY_LEN(adjrules) && !(pos & 4) && n > 4; r++) {
        size_t sl = adjrules[r].sl, rl = adjrules[r].rl;
        if (!ends_with(w, n, adjrules[r].suf, sl)) continue;
        size_t bl = n - sl;
        memcpy(buf, w, bl);
        memcpy(buf + bl, adjrules[r].rep, rl);
        bl += rl;
        if (is_lemma(l, buf, bl, 4)) pos |= 4;
        else if (rl == 0 && bl >= 3 && buf[bl - 1] == buf[bl - 2] && is_lemma(l, buf, bl - 1, 4)) pos |= 4;
    }
    return pos;
}

unsigned dy_word_pos(const dy_lemmatizer *l, const char *w, size_t n)
{
    char buf[80];
    if (n == 0 || n > 60) return 0;
    uint32_t id = dy_strtab_find(&l->words, w, n);
    unsigned pos = adj_adv_pos(l, w, n, id);
    if (lemma_of(l, 'v', w, n, id, buf, sizeof buf)) pos |= 1;
    if (lemma_of(l, 'n', w, n, id, buf, sizeof buf)) pos |= 2;
    return pos;
}

unsigned dy_word_lemmas(const dy_lemmatizer *l, const char *w, size_t n, char *lemma_v, size_t *len_v,
                        char *lemma_n, size_t *len_n, size_t cap)
{
    *len_v = *len_n = 0;
    if (n == 0 || n > 60) return 0;
    uint32_t id = dy_strtab_find(&l->words, w, n); /* the word itself: looked up once for all three */
    unsigned pos = adj_adv_pos(l, w, n, id);
    *len_v = lemma_of(l, 'v', w, n, id, lemma_v, cap);
    *len_n = lemma_of(l, 'n', w, n, id, lemma_n, cap);
    if (*len_v) pos |= 1;
    if (*len_n) pos |= 2;
    return pos;
}
