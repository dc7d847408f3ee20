/* lex.c — the per-coder lexicon: word form → lexeme, analysed once.
 *
 * dy_lex_tokens is on every token's path, so it folds and hashes an ASCII
 * token in one word-at-a-time pass (no dy_fold_word, no second hash) and
 * finds its form in a token index whose slot holds the hash, the length and
 * the first 8 folded bytes: a token meets one cache line, and the string
 * table (forms) only when the form is new to the index. A non-ASCII token
 * ("’s", "Erdoğan") is indexed as written as well, so dy_fold_word (Unicode
 * decomposition) runs once per spelling, not once per token. */
#include "lex/lex.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>

/* --------------------------------------------------------- closed classes */

typedef struct wc_entry {
    const char *w;
    uint16_t cls;
} wc_entry;

/* Sorted by word (strcmp order). English facts, written by hand. */
static const wc_entry classes[] = {
    {"'D", DY_WC_MODAL}, {"'LL", DY_WC_MODAL}, {"'M", DY_WC_BE}, {"'RE", DY_WC_BE}, {"'VE", DY_WC_HAVE},
    {"A", DY_WC_DET}, {"ABOARD", DY_WC_PREP}, {"ABOUT", DY_WC_PREP}, {"ABOVE", DY_WC_PREP},
    {"ACROSS", DY_WC_PREP}, {"ADDED", DY_WC_SAY}, {"AFTER", DY_WC_PREP}, {"AGAINST", DY_WC_PREP},
    {"AIN'T", DY_WC_NEG}, {"ALONG", DY_WC_PREP}, {"AM", DY_WC_BE}, {"AMID", DY_WC_PREP},
    {"AMONG", DY_WC_PREP}, {"AN", DY_WC_DET}, {"AND", DY_WC_CONJ}, {"ANNOUNCED", DY_WC_SAY},
    {"APR", DY_WC_MONTH}, {"APR.", DY_WC_MONTH}, {"APRIL", DY_WC_MONTH}, {"ARE", DY_WC_BE},
    {"AREN'T", DY_WC_BE | DY_WC_NEG}, {"AROUND", DY_WC_PREP}, {"AT", DY_WC_PREP},
    {"AUG", DY_WC_MONTH}, {"AUG.", DY_WC_MONTH}, {"AUGUST", DY_WC_MONTH}, {"BE", DY_WC_BE},
    {"BEEN", DY_WC_BE | DY_WC_AUX}, {"BEFORE", DY_WC_PREP}, {"BEHIND", DY_WC_PREP},
    {"BEING", DY_WC_BE}, {"BELOW", DY_WC_PREP}, {"BESIDE", DY_WC_PREP}, {"BETWEEN", DY_WC_PREP},
    {"BEYOND", DY_WC_PREP}, {"BUT", DY_WC_CONJ}, {"BY", DY_WC_BY | DY_WC_PREP}, {"CA", DY_WC_MODAL}, {"CAN", DY_WC_MODAL},
    {"CAN'T", DY_WC_MODAL | DY_WC_NEG}, {"CANNOT", DY_WC_MODAL | DY_WC_NEG}, {"CLAIMED", DY_WC_SAY},
    {"COULD", DY_WC_MODAL}, {"COULDN'T", DY_WC_MODAL | DY_WC_NEG}, {"DEC", DY_WC_MONTH},
    {"DEC.", DY_WC_MONTH}, {"DECEMBER", DY_WC_MONTH}, {"DECLARED", DY_WC_SAY},
    {"DESPITE", DY_WC_PREP}, {"DID", 0}, {"DIDN'T", DY_WC_NEG}, {"DOESN'T", DY_WC_NEG},
    {"DON'T", DY_WC_NEG}, {"DR", DY_WC_TITLE}, {"DR.", DY_WC_TITLE}, {"DURING", DY_WC_PREP},
    {"EXCEPT", DY_WC_PREP}, {"FEB", DY_WC_MONTH}, {"FEB.", DY_WC_MONTH}, {"FEBRUARY", DY_WC_MONTH},
    {"FOR", DY_WC_PREP}, {"FRIDAY", DY_WC_WEEKDAY}, {"FROM", DY_WC_PREP}, {"HAD", DY_WC_HAVE},
    {"HADN'T", DY_WC_HAVE | DY_WC_NEG}, {"HAS", DY_WC_HAVE}, {"HASN'T", DY_WC_HAVE | DY_WC_NEG},
    {"HAVE", DY_WC_HAVE}, {"HAVEN'T", DY_WC_HAVE | DY_WC_NEG}, {"HAVING", DY_WC_HAVE},
    {"HE", DY_WC_PRON}, {"HER", DY_WC_PRON | DY_WC_POSSPRON}, {"HIM", DY_WC_PRON},
    {"HIS", DY_WC_POSSPRON}, {"I", DY_WC_PRON}, {"IN", DY_WC_PREP}, {"INCLUDING", DY_WC_PREP}, {"INSIDE", DY_WC_PREP},
    {"INSISTED", DY_WC_SAY}, {"INTO", DY_WC_PREP}, {"IS", DY_WC_BE}, {"ISN'T", DY_WC_BE | DY_WC_NEG},
    {"IT", DY_WC_PRON}, {"ITS", DY_WC_POSSPRON}, {"JAN", DY_WC_MONTH}, {"JAN.", DY_WC_MONTH},
    {"JANUARY", DY_WC_MONTH}, {"JUL", DY_WC_MONTH}, {"JUL.", DY_WC_MONTH}, {"JULY", DY_WC_MONTH},
    {"JUN", DY_WC_MONTH}, {"JUN.", DY_WC_MONTH}, {"JUNE", DY_WC_MONTH}, {"MAR", DY_WC_MONTH},
    {"MAR.", DY_WC_MONTH}, {"MARCH", DY_WC_MONTH}, {"MAY", DY_WC_MODAL | DY_WC_MONTH},
    {"ME", DY_WC_PRON}, {"MIGHT", DY_WC_MODAL}, {"MONDAY", DY_WC_WEEKDAY}, {"MR", DY_WC_TITLE},
    {"MR.", DY_WC_TITLE}, {"MRS", DY_WC_TITLE}, {"MRS.", DY_WC_TITLE}, {"MS", DY_WC_TITLE},
    {"MS.", DY_WC_TITLE}, {"MUST", DY_WC_MODAL}, {"N'T", DY_WC_NEG}, {"NEAR", DY_WC_PREP},
    {"NEVER", DY_WC_NEG}, {"NO", DY_WC_NEG}, {"NOR", DY_WC_CONJ}, {"NOT", DY_WC_NEG},
    {"NOV", DY_WC_MONTH}, {"NOV.", DY_WC_MONTH}, {"NOVEMBER", DY_WC_MONTH}, {"OCT", DY_WC_MONTH},
    {"OCT.", DY_WC_MONTH}, {"OCTOBER", DY_WC_MONTH}, {"OF", DY_WC_PREP}, {"OFF", DY_WC_PREP},
    {"ON", DY_WC_PREP}, {"ONTO", DY_WC_PREP}, {"OR", DY_WC_CONJ}, {"OUR", DY_WC_POSSPRON},
    {"OUTSIDE", DY_WC_PREP}, {"OVER", DY_WC_PREP}, {"REPORTED", DY_WC_SAY}, {"SAID", DY_WC_SAY},
    {"SATURDAY", DY_WC_WEEKDAY}, {"SAY", DY_WC_SAY}, {"SAYING", DY_WC_SAY}, {"SAYS", DY_WC_SAY},
    {"SEP", DY_WC_MONTH}, {"SEP.", DY_WC_MONTH}, {"SEPT", DY_WC_MONTH}, {"SEPT.", DY_WC_MONTH},
    {"SEPTEMBER", DY_WC_MONTH}, {"SHALL", DY_WC_MODAL}, {"SHE", DY_WC_PRON}, {"SHOULD", DY_WC_MODAL},
    {"SHOULDN'T", DY_WC_MODAL | DY_WC_NEG}, {"SINCE", DY_WC_PREP}, {"STATED", DY_WC_SAY},
    {"SUNDAY", DY_WC_WEEKDAY}, {"THAT", DY_WC_REL}, {"THE", DY_WC_DET}, {"THEIR", DY_WC_POSSPRON},
    {"THEM", DY_WC_PRON}, {"THEY", DY_WC_PRON}, {"THROUGH", DY_WC_PREP}, {"THURSDAY", DY_WC_WEEKDAY},
    {"TO", DY_WC_PREP}, {"TOLD", DY_WC_SAY}, {"TOWARD", DY_WC_PREP}, {"TOWARDS", DY_WC_PREP},
    {"TUESDAY", DY_WC_WEEKDAY}, {"UNDER", DY_WC_PREP}, {"UNTIL", DY_WC_PREP}, {"UPON", DY_WC_PREP},
    {"US", DY_WC_PRON}, {"VIA", DY_WC_PREP}, {"WARNED", 0}, {"WAS", DY_WC_BE | DY_WC_AUX},
    {"WASN'T", DY_WC_BE | DY_WC_AUX | DY_WC_NEG}, {"WE", DY_WC_PRON}, {"WEDNESDAY", DY_WC_WEEKDAY},
    {"WERE", DY_WC_BE | DY_WC_AUX}, {"WEREN'T", DY_WC_BE | DY_WC_AUX | DY_WC_NEG},
    {"WHICH", DY_WC_REL}, {"WHO", DY_WC_REL}, {"WHOM", DY_WC_REL}, {"WHOSE", DY_WC_REL},
    {"WILL", DY_WC_MODAL}, {"WITH", DY_WC_PREP}, {"WITHIN", DY_WC_PREP}, {"WITHOUT", DY_WC_PREP},
    {"WO", DY_WC_MODAL}, {"WON'T", DY_WC_MODAL | DY_WC_NEG}, {"WOULD", DY_WC_MODAL}, {"WOULDN'T", DY_WC_MODAL | DY_WC_NEG},
    {"YOU", DY_WC_PRON},
};

uint16_t dy_word_class(const char *upper, size_t n)
{
    char w[16];
    if (n == 0 || n >= sizeof w) return 0;
    memcpy(w, upper, n);
    w[n] = 0;
    size_t lo = 0, hi = DY_ARRAY_LEN(classes);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        /* strcmp(classes[mid].w, w), inline: the words are short */
        const unsigned char *a = (const unsigned char *)classes[mid].w, *b = (const unsigned char *)w;
        while (*a && *a == *b) a++, b++;
        int c = (int)*a - (int)*b;
        if (c == 0) return classes[mid].cls;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

#define SW(w, id) {w, sizeof w - 1, id}
static const struct { const char *w; uint8_t n, sw; } specials[] = {
    SW("OF", DY_SW_OF), SW("FROM", DY_SW_FROM), SW("IN", DY_SW_IN), SW("AT", DY_SW_AT), SW("TO", DY_SW_TO),
    SW("FORMER", DY_SW_FORMER), SW("AND", DY_SW_AND), SW("OR", DY_SW_OR), SW("BUT", DY_SW_BUT), SW("HE", DY_SW_HE),
    SW("SHE", DY_SW_SHE), SW("IT", DY_SW_IT), SW("HIM", DY_SW_HIM), SW("ITS", DY_SW_ITS), SW("HIS", DY_SW_HIS),
    SW("HER", DY_SW_HER), SW("THEY", DY_SW_THEY), SW("THEM", DY_SW_THEM), SW("THEIR", DY_SW_THEIR), SW("US", DY_SW_US),
    SW("FOR", DY_SW_FOR),
};
#undef SW

static uint8_t special_word(const char *w, size_t n)
{
    if (n > 6) return DY_SW_NONE;
    for (size_t i = 0; i < DY_ARRAY_LEN(specials); i++)
        if (specials[i].n == n && memcmp(specials[i].w, w, n) == 0) return specials[i].sw;
    return DY_SW_NONE;
}

/* ---------------------------------------------------------------- lexicon */

void dy_lexicon_init(dy_lexicon *x, const dy_dict *d, const dy_lemmatizer *lem)
{
    memset(x, 0, sizeof *x);
    x->dict = d;
    x->lem = lem;
    dy_strtab_init(&x->forms);
}

void dy_lexicon_release(dy_lexicon *x)
{
    dy_strtab_release(&x->forms);
    dy_free(x->lex);
    dy_free(x->stem_ids);
    dy_free(x->idx);
    dy_free(x->raw_pool);
    memset(x, 0, sizeof *x);
}

static uint32_t vocab_find(const dy_dict *d, const char *s, size_t n)
{
    return dy_strtab_find(&d->vocab, s, n);
}

/* TABARI regular endings, removed from the end of the word (§5.2.3). */
static void add_base(dy_lexeme *L, uint32_t id)
{
    if (id == DY_NOID || L->nbases >= 3) return;
    for (uint8_t k = 0; k < L->nbases; k++)
        if (L->bases[k] == id) return;
    L->bases[L->nbases++] = id;
}

static void add_bases(const dy_dict *d, const char *w, size_t n, dy_lexeme *L)
{
    enum { E_ED = 2, E_ING = 5 }; /* indexes below */
    static const struct { const char *e; uint8_t n; } endings[] = {
        {"'S", 2}, {"S", 1}, {"ED", 2}, {"ES", 2}, {"EN", 2}, {"ING", 3}, {"'", 1}};
    for (size_t i = 0; i < DY_ARRAY_LEN(endings) && L->nbases < 3; i++) {
        size_t el = endings[i].n;
        if (n <= el + 1 || w[n - 1] != endings[i].e[el - 1] || memcmp(w + n - el, endings[i].e, el) != 0) continue;
        add_base(L, vocab_find(d, w, n - el));
        /* a root ending in E: DEPLORE_ → DEPLORED (−D), DEPLORING (ING → E) */
        if (i == E_ED) add_base(L, vocab_find(d, w, n - 1));
        if (i == E_ING && n - 3 < 60) {
            char tmp[64];
            memcpy(tmp, w, n - 3);
            tmp[n - 3] = 'E';
            add_base(L, vocab_find(d, tmp, n - 2));
        }
    }
}

static void analyse(dy_lexicon *x, uint32_t id, const char *w, size_t n)
{
    if (id >= x->lex_cap) {
        size_t nc = x->lex_cap ? x->lex_cap * 2 : 4096;
        while (nc <= id) nc *= 2;
        x->lex = dy_reallocarray(x->lex, nc, sizeof *x->lex);
        x->lex_cap = nc;
    }
    dy_lexeme *L = &x->lex[id];
    memset(L, 0, sizeof *L);
    L->key = id;
    L->lemma_v = L->lemma_n = L->lemv_str = DY_NOID;
    const dy_dict *d = x->dict;
    L->word = d ? vocab_find(d, w, n) : DY_NOID;
    L->cls = dy_word_class(w, n);
    L->sw = special_word(w, n);
    if (!d) return;
    add_bases(d, w, n, L);
    uint32_t stems[32];
    size_t ns = dy_dict_stems_of(d, w, n, stems, DY_ARRAY_LEN(stems));
    if (ns) {
        DY_GROW(x->stem_ids, x->nstem_ids + ns, x->stem_cap);
        L->stems = (uint32_t)x->nstem_ids;
        memcpy(x->stem_ids + x->nstem_ids, stems, ns * sizeof *stems);
        x->nstem_ids += ns;
        L->nstems = (uint8_t)ns;
    }
    if (x->lem && n < 60) {
        char low[64], lemma[80], lemma2[80], up[80];
        int ascii = 1;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)w[i];
            if (c >= 0x80) ascii = 0;
            low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        low[n] = 0;
        if (ascii) {
            size_t ll, ll2;
            L->wpos = (uint8_t)dy_word_lemmas(x->lem, low, n, lemma, &ll, lemma2, &ll2, sizeof lemma);
            if (ll) {
                for (size_t i = 0; i < ll; i++) up[i] = (char)((lemma[i] >= 'a' && lemma[i] <= 'z') ? lemma[i] - 32 : lemma[i]);
                L->lemma_v = d->uses_lemmas ? vocab_find(d, up, ll) : DY_NOID;
                L->lemv_str = dy_strtab_intern(&x->forms, up, ll);
            }
            if (ll2 && d->uses_lemmas) {
                for (size_t i = 0; i < ll2; i++) up[i] = (char)((lemma2[i] >= 'a' && lemma2[i] <= 'z') ? lemma2[i] - 32 : lemma2[i]);
                L->lemma_n = vocab_find(d, up, ll2);
            }
        }
    }
}

static uint32_t lookup_h(dy_lexicon *x, const char *folded, size_t n, uint64_t h)
{
    uint32_t before = x->forms.count;
    uint32_t id = dy_strtab_intern_h(&x->forms, folded, n, h);
    if (DY_UNLIKELY(id >= before)) {
        /* new form; analyse() may intern lemma strings, growing the table */
        analyse(x, id, dy_strtab_str(&x->forms, id), n);
        /* lemma strings interned during analysis need lexeme slots too */
        for (uint32_t k = before; k < x->forms.count; k++) {
            if (k == id) continue;
            analyse(x, k, dy_strtab_str(&x->forms, k), dy_strtab_len(&x->forms, k));
        }
    }
    return id;
}

uint32_t dy_lexicon_lookup(dy_lexicon *x, const char *folded, size_t n)
{
    return lookup_h(x, folded, n, dy_hash_bytes(folded, n));
}

/* Upper-case the ASCII word s (n bytes, n < 248) into out (room for
 * n + 8 bytes), hashing the result on the way exactly as
 * dy_hash_bytes(out, n) would: eight bytes at a time, lower-case letters
 * found and shifted with word arithmetic. *head gets the first 8 folded
 * bytes, zero-padded. Bytes are read up to limit (s + n <= limit), 8 at a
 * time while that stays below it. Returns 0 (outputs undefined) if s has a
 * byte >= 0x80: dy_fold_word must then do the Unicode folding. */
static inline int fold_hash_ascii(const char *s, size_t n, const char *limit, char *out, uint64_t *hash,
                                  uint64_t *head)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t h = dy_hash_start(n), w, any = 0;
    size_t i = 0;
    for (;; i += 8) {
        size_t r = n - i;
        if (r < 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            if (limit - (s + i) >= 8) {
                memcpy(&w, s + i, 8);
                w &= ((uint64_t)1 << (8 * r)) - 1; /* r < 8; r == 0 gives 0 */
            } else
#endif
            {
                w = 0;
                memcpy(&w, s + i, r);
            }
        } else {
            memcpy(&w, s + i, 8);
        }
        any |= w;
        /* bytes < 0x80: high bit of w + (0x80 - 'a') is set for c >= 'a', of
         * w + (0x80 - 'z' - 1) for c > 'z'; no carry crosses a byte */
        uint64_t ge_a = w + ones * (0x80 - 'a'), gt_z = w + ones * (0x80 - 'z' - 1);
        w -= ((ge_a & ~gt_z) & highs) >> 2;
        memcpy(out + i, &w, 8);
        if (i == 0) *head = w;
        if (r <= 8) {
            if (r == 8) { h = dy_hash_word(h, w); w = 0; }
            h = dy_hash_finish(h, w);
            break;
        }
        h = dy_hash_word(h, w);
    }
    out[n] = 0;
    *hash = h;
    return (any & highs) == 0;
}

static void idx_put(dy_lexslot *v, size_t nslots, const dy_lexslot *e)
{
    size_t i = (size_t)e->hash & (nslots - 1);
    while (v[i].id1) i = (i + 1) & (nslots - 1);
    v[i] = *e;
}

static void idx_add(dy_lexicon *x, const dy_lexslot *e)
{
    if ((x->idx_count + 1) * 2 > x->idx_n) {
        size_t nn = x->idx_n ? x->idx_n * 2 : 4096;
        dy_lexslot *v = dy_calloc(nn, sizeof *v);
        for (size_t k = 0; k < x->idx_n; k++)
            if (x->idx[k].id1) idx_put(v, nn, &x->idx[k]);
        dy_free(x->idx);
        x->idx = v;
        x->idx_n = nn;
    }
    idx_put(x->idx, x->idx_n, e);
    x->idx_count++;
}

/* Form id of folded word w (n bytes, hash h, first 8 bytes head): from the
 * token index, else from the lexicon (analysed if new) and then indexed. */
static inline uint32_t idx_lookup(dy_lexicon *x, const char *w, size_t n, uint64_t h, uint64_t head)
{
    if (DY_LIKELY(x->idx_n)) {
        size_t mask = x->idx_n - 1, i = (size_t)h & mask;
        const dy_lexslot *e;
        while ((e = &x->idx[i])->id1) {
            if (e->hash == h && e->head == head && e->len == n &&
                (n <= 8 || memcmp(dy_strtab_str(&x->forms, e->id1 - 1) + 8, w + 8, n - 8) == 0))
                return e->id1 - 1;
            i = (i + 1) & mask;
        }
    }
    uint32_t id = lookup_h(x, w, n, h);
    dy_lexslot e = {h, head, id + 1, (uint32_t)n, 0};
    idx_add(x, &e);
    return id;
}

/* Form id of the non-ASCII token w (n bytes, as written): from the token
 * index, else folded (dy_fold_word), looked up as any token, and indexed
 * under its written bytes too. */
static uint32_t raw_lookup(dy_lexicon *x, const char *w, size_t n)
{
    uint64_t h = dy_hash_bytes(w, n), head = 0;
    memcpy(&head, w, n < 8 ? n : 8);
    uint32_t tag = (uint32_t)n | DY_LEXSLOT_RAW;
    if (x->idx_n) {
        size_t mask = x->idx_n - 1, i = (size_t)h & mask;
        const dy_lexslot *e;
        while ((e = &x->idx[i])->id1) {
            if (e->hash == h && e->head == head && e->len == tag &&
                (n <= 8 || memcmp(x->raw_pool + e->raw + 8, w + 8, n - 8) == 0))
                return e->id1 - 1;
            i = (i + 1) & mask;
        }
    }
    char buf[256];
    size_t fn = dy_fold_word(w, n, buf, sizeof buf);
    uint64_t fh = dy_hash_bytes(buf, fn), fhead = 0;
    memcpy(&fhead, buf, fn < 8 ? fn : 8);
    uint32_t id = idx_lookup(x, buf, fn, fh, fhead);
    if (x->raw_len + n > x->raw_cap) {
        size_t nc = x->raw_cap ? x->raw_cap * 2 : 4096;
        while (nc < x->raw_len + n) nc *= 2;
        x->raw_pool = dy_realloc(x->raw_pool, nc);
        x->raw_cap = nc;
    }
    memcpy(x->raw_pool + x->raw_len, w, n);
    dy_lexslot e = {h, head, id + 1, tag, (uint32_t)x->raw_len};
    x->raw_len += n;
    idx_add(x, &e);
    return id;
}

void dy_lex_tokens(dy_lexicon *x, dy_text *t)
{
    char buf[256];
    const char *limit = t->text + t->len;
    for (uint32_t i = 0; i < t->ntok; i++) {
        dy_token *k = &t->toks[i];
        const char *w = t->text + k->start;
        /* "US" in capitals is the country ("U.S."), "us" the pronoun */
        if (k->len == 2 && w[0] == 'U' && w[1] == 'S') {
            k->lex = dy_lexicon_lookup(x, "U.S.", 4);
            continue;
        }
        size_t n = k->len < 200 ? k->len : 200;
        uint64_t h, head;
        if (DY_LIKELY(fold_hash_ascii(w, n, limit, buf, &h, &head)))
            k->lex = idx_lookup(x, buf, n, h, head);
        else
            k->lex = raw_lookup(x, w, n);
    }
}
