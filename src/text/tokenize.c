/* tokenize.c — text stage, step 2: normalised UTF-8 → tokens with offsets.
 *
 * A hand-written scanner rather than a regex: news prose needs a handful of
 * context rules (dotted abbreviations, possessives, hyphen joins, quote
 * direction) that are clearer as code, and the scanner runs in one pass with
 * no backtracking, so a 50 MB line without spaces costs linear time. */
#include "text/text.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ char classes */

/* One table answers every question the scanner asks about an ASCII byte;
 * code points >= 0x80 go through utf8proc (out of line: news text is mostly
 * ASCII). T_SYMBOL and T_QNEXT hold for NUL, as strchr() on the former
 * literal sets did. */
enum {
    T_ALPHA = 1, T_UPPER = 2, T_DIGIT = 4, T_SPACE = 8, /* ' ' '\n' */
    T_QUOTE = 16,  /* " ' ` */
    T_SYMBOL = 32, /* $ % # @ + = < > ^ | ~ * (and NUL): a symbol token */
    T_QNEXT = 64,  /* , . ; : ! ? ) ] (and NUL): after a straight quote, it closes */
    T_LOWER = 128  /* a-z */
};
static const unsigned char tclass[256] = {
     96,   0,   0,   0,   0,   0,   0,   0,   0,   0,   8,   0,   0,   0,   0,   0,  /* 0x00 */
      0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,  /* 0x10 */
      8,  64,  16,  32,  32,  32,   0,  16,   0,  64,  32,  32,  64,   0,  64,   0,  /* 0x20 */
      4,   4,   4,   4,   4,   4,   4,   4,   4,   4,  64,  64,  32,  32,  32,  64,  /* 0x30 */
     32,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,  /* 0x40 */
      3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   3,   0,   0,  64,  32,   0,  /* 0x50 */
     16, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129,  /* 0x60 */
    129, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129,   0,  32,   0,  32,   0,  /* 0x70 */
    /* 0x80-0xFF: 0, bytes of code points >= 0x80 */
};

typedef struct scan {
    const char *s;
    size_t n;
} scan;

/* Code point at i and its byte length. */
static inline int32_t cp_at(const scan *sc, size_t i, int *len)
{
    unsigned char c = (unsigned char)sc->s[i];
    if (DY_LIKELY(c < 0x80)) { *len = 1; return c; }
    int32_t cp;
    *len = dy_utf8_decode(sc->s + i, sc->n - i, &cp);
    return cp;
}

static int letter_cat(int32_t cp)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC;
}

static int upper_cat(int32_t cp)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static inline int cp_is_letter(int32_t cp)
{
    if (DY_LIKELY(cp < 0x80)) return (tclass[cp] & T_ALPHA) != 0;
    return letter_cat(cp);
}

static inline int cp_is_upper(int32_t cp)
{
    if (DY_LIKELY(cp < 0x80)) return (tclass[cp] & T_UPPER) != 0;
    return upper_cat(cp);
}

static inline int cp_is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
static inline int cp_is_space(int32_t cp) { return cp == ' ' || cp == '\n'; }

static inline int cp_is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

static int cp_is_quote(int32_t cp)
{
    if (cp < 0x80) return (tclass[cp] & T_QUOTE) != 0;
    switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D:
        return 1;
    }
    return 0;
}

static inline int cp_is_dash(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* -------------------------------------------------------- abbreviations */

/* Words that take a period as part of themselves. Kept sorted; looked up
 * lower-case without the period. The sentence splitter has its own view of
 * which of these can end a sentence. */
static const char *const abbrevs[] = {
    "adm", "al", "amb", "apr", "approx", "assn", "aug", "ave", "blvd", "bn", "brig",
    "bros", "capt", "cdr", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "govt", "hon", "inc", "jan",
    "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mln", "mon", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "oct", "pres", "prof", "pte", "pvt", "rep", "reps",
    "rev", "rt", "sat", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "sun", "supt",
    "thu", "thur", "thurs", "tue", "tues", "univ", "vol", "vs", "wed",
};

static int is_abbrev(const char *w, size_t n)
{
    if (n == 0 || n > 7) return 0;
    char low[8];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 0x80) return 0;
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[n] = 0;
    size_t lo = 0, hi = DY_ARRAY_LEN(abbrevs);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(abbrevs[mid], low);
        if (c == 0) return 1;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* ---------------------------------------------------------------- tokens */

typedef struct tokvec {
    dy_token *v;
    size_t n, cap;
} tokvec;

static inline dy_token *push(tokvec *tv, size_t start, size_t len, int kind, unsigned flags)
{
    if (DY_UNLIKELY(tv->n == tv->cap)) DY_GROW(tv->v, tv->n + 1, tv->cap);
    dy_token *t = &tv->v[tv->n++];
    t->start = (uint32_t)start;
    t->len = (uint32_t)len;
    t->kind = (uint16_t)kind;
    t->flags = (uint16_t)flags;
    t->lex = 0;
    return t;
}

/* Scan a word starting at i (a letter); returns end offset. Sets *fl, and
 * *apos when the word took in an apostrophe (only then can it end in a
 * clitic). ASCII letters and digits are taken in a tight loop that only
 * ORs their classes: letters are counted afterwards, and only for a word
 * with no lower-case letter (the one case where DY_TF_ALLCAPS needs the
 * count). */
static size_t scan_word(const scan *sc, size_t i, unsigned *fl, int *apos)
{
    const unsigned char *s = (const unsigned char *)sc->s;
    size_t n = sc->n, start = i;
    int len, na_letters = 0, na_lower = 0, nonascii = 0;
    unsigned acc = 0; /* OR of the classes of the ASCII letters and digits */
    *apos = 0;
    while (i < n) {
        int32_t cp;
        unsigned char c = s[i];
        unsigned k = tclass[c];
        if (k & (T_ALPHA | T_DIGIT)) {
            acc |= k;
            i++;
            continue;
        }
        if (c < 0x80) {
            if (c != '\'') break;
            cp = c;
            len = 1;
        } else {
            cp = cp_at(sc, i, &len);
            if (letter_cat(cp)) {
                na_letters++;
                if (!upper_cat(cp)) na_lower = 1;
                nonascii = 1;
                i += (size_t)len;
                continue;
            }
            if (!cp_is_apostrophe(cp)) break;
        }
        if (i + (size_t)len < n) {
            /* inner apostrophe: don't, O'Brien, Shi'a — but not the possessive 's */
            int l2;
            int32_t nx = cp_at(sc, i + (size_t)len, &l2);
            if (!cp_is_letter(nx)) break;
            if ((nx == 's' || nx == 'S')) {
                size_t after = i + (size_t)len + (size_t)l2;
                int l3;
                if (after >= n || !cp_is_letter(cp_at(sc, after, &l3))) break;
            }
            if (cp >= 0x80) nonascii = 1;
            *apos = 1;
            i += (size_t)len;
            continue;
        }
        break;
    }
    unsigned f = DY_TF_LETTERS;
    int32_t first = cp_at(sc, start, &len);
    if (cp_is_upper(first)) f |= DY_TF_CAP;
    if (!(acc & T_LOWER) && !na_lower) {
        /* every letter is upper case: all caps if there are two or more */
        int nletters = na_letters;
        for (size_t j = start; j < i && nletters < 2; j++) nletters += tclass[s[j]] & T_ALPHA;
        if (nletters >= 2) f |= DY_TF_ALLCAPS;
    }
    if (nonascii) f |= DY_TF_NONASCII;
    *fl = f;
    return i;
}

/* At i (just after a word of wlen bytes ending with '.' at i): extend a dotted
 * abbreviation "U.S." "e.g." "p.m." Returns new end or 0 if not dotted. */
static size_t scan_dotted(const scan *sc, size_t wstart, size_t i)
{
    if (i - wstart > 2) return 0;
    size_t j = i;
    int groups = 0, len;
    while (j < sc->n && sc->s[j] == '.') {
        size_t k = j + 1, nl = 0;
        while (k < sc->n && nl < 3) {
            int32_t cp = cp_at(sc, k, &len);
            if (!cp_is_letter(cp)) break;
            k += (size_t)len;
            nl++;
        }
        if (nl == 0 || nl > 2) { j++; break; }
        groups++;
        j = k;
        if (j >= sc->n || sc->s[j] != '.') return 0; /* "U.S" without final dot: leave */
    }
    return groups > 0 ? j : 0;
}

static size_t scan_number(const scan *sc, size_t i)
{
    int len;
    while (i < sc->n) {
        int32_t cp = cp_at(sc, i, &len);
        if (cp_is_digit(cp)) { i += (size_t)len; continue; }
        if ((cp == ',' || cp == '.' || cp == ':' || cp == '/') && i + 1 < sc->n &&
            sc->s[i + 1] >= '0' && sc->s[i + 1] <= '9') {
            i++;
            continue;
        }
        break;
    }
    /* ordinal / unit suffix glued to the digits: 3rd, 1990s, 5km, 10bn */
    size_t j = i;
    while (j < sc->n) {
        int32_t cp = cp_at(sc, j, &len);
        if (!cp_is_letter(cp) || cp >= 0x80) break;
        j += (size_t)len;
    }
    if (j - i <= 3) i = j;
    return i;
}

void dy_text_tokenize(dy_arena *a, const char *text, size_t len, dy_text *out)
{
    scan sc = {text, len};
    tokvec tv = {0};
    /* about one token per 6 bytes of news text: room for most documents */
    tv.cap = len / 5 + 16;
    tv.v = dy_reallocarray(NULL, tv.cap, sizeof *tv.v);
    size_t i = 0;
    unsigned pending = DY_TF_SPACE | DY_TF_PARA | DY_TF_NEWLINE;
    int open_dq = 0; /* parity of straight double quotes in the paragraph */
    int clen;
    while (i < len) {
        unsigned char c0 = (unsigned char)text[i];
        if (c0 == ' ') { pending |= DY_TF_SPACE; i++; continue; }
        int32_t cp = cp_at(&sc, i, &clen);
        if (cp_is_space(cp)) {
            pending |= DY_TF_SPACE;
            if (cp == '\n') {
                if (pending & DY_TF_NEWLINE) { pending |= DY_TF_PARA; open_dq = 0; }
                /* a line of only spaces also counts as blank */
                pending |= DY_TF_NEWLINE;
            }
            i += (size_t)clen;
            continue;
        }
        unsigned fl = pending;
        pending = 0;
        /* a newline followed by spaces then newline: treat as paragraph */
        if (cp_is_letter(cp)) {
            unsigned wf;
            int apos;
            size_t end = scan_word(&sc, i, &wf, &apos);
            fl |= wf;
            if (end < len && text[end] == '.' && !(end + 1 < len && text[end + 1] == '.')) {
                size_t d = scan_dotted(&sc, i, end);
                if (d) { end = d; fl |= DY_TF_ABBREV; }
                else if (is_abbrev(text + i, end - i)) { end++; fl |= DY_TF_ABBREV; }
                else if (end - i == 1 && (wf & DY_TF_CAP)) { end++; fl |= DY_TF_ABBREV | DY_TF_INITIAL; }
            }
            /* a clitic needs an apostrophe, which only scan_word takes in */
            size_t cut = apos ? dy_clitic_split(text + i, end - i) : 0;
            if (cut) {
                /* PTB-style clitics: "didn't" → "did" "n't", "they're" → "they" "'re" */
                push(&tv, i, cut, DY_TOK_WORD, fl);
                push(&tv, i + cut, end - i - cut, DY_TOK_WORD, DY_TF_LETTERS);
            } else {
                push(&tv, i, end - i, DY_TOK_WORD, fl);
            }
            i = end;
            /* possessive: 's ’s, or plural ' after s */
            if (i < len) {
                int l1;
                int32_t c1 = cp_at(&sc, i, &l1);
                if (cp_is_apostrophe(c1)) {
                    size_t j = i + (size_t)l1;
                    int l2 = 0;
                    int32_t c2 = j < len ? cp_at(&sc, j, &l2) : ' ';
                    int32_t c3 = ' ';
                    int l3 = 0;
                    if (j + (size_t)l2 < len) c3 = cp_at(&sc, j + (size_t)l2, &l3);
                    if ((c2 == 's' || c2 == 'S') && !cp_is_letter(c3) && !cp_is_digit(c3)) {
                        push(&tv, i, (size_t)l1 + (size_t)l2, DY_TOK_POSS, 0);
                        i = j + (size_t)l2;
                    } else if (!cp_is_letter(c2) && !cp_is_digit(c2) &&
                               (text[i - 1] == 's' || text[i - 1] == 'S') && c1 != '\'') {
                        /* "countries’ leaders" — curly only; straight ' is too often a quote */
                        push(&tv, i, (size_t)l1, DY_TOK_POSS, 0);
                        i = j;
                    }
                }
            }
            continue;
        }
        if (cp_is_digit(cp)) {
            size_t end = scan_number(&sc, i);
            push(&tv, i, end - i, DY_TOK_NUMBER, fl);
            i = end;
            continue;
        }
        if (cp == '.' && i + 2 < len && text[i + 1] == '.' && text[i + 2] == '.') {
            size_t end = i + 3;
            while (end < len && text[end] == '.') end++;
            push(&tv, i, end - i, DY_TOK_PUNCT, fl);
            i = end;
            continue;
        }
        if (cp == '-' && i + 1 < len && text[i + 1] == '-') {
            size_t end = i + 2;
            while (end < len && text[end] == '-') end++;
            push(&tv, i, end - i, DY_TOK_PUNCT, fl);
            i = end;
            continue;
        }
        if (cp_is_quote(cp)) {
            unsigned dir = 0;
            if (cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E || cp == 0x2039 ||
                cp == 0x300C || cp == 0x201A)
                dir = DY_TF_OPEN;
            else if (cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D)
                dir = DY_TF_CLOSE;
            else {
                int before_space = (fl & DY_TF_SPACE) != 0;
                if (!before_space && tv.n) {
                    dy_token *p = &tv.v[tv.n - 1];
                    if (p->kind == DY_TOK_PUNCT && (text[p->start] == '(' || text[p->start] == '['))
                        before_space = 1;
                    if (p->kind == DY_TOK_QUOTE && (p->flags & DY_TF_OPEN)) before_space = 1;
                }
                int after_space = 1;
                if (i + (size_t)clen < len) {
                    int l2;
                    int32_t nx = cp_at(&sc, i + (size_t)clen, &l2);
                    after_space = cp_is_space(nx) || (nx < 0x80 && (tclass[nx] & T_QNEXT)) ||
                                  cp_is_quote(nx);
                }
                if (before_space && !after_space) dir = DY_TF_OPEN;
                else if (!before_space && after_space) dir = DY_TF_CLOSE;
                else if (cp == '"') dir = open_dq ? DY_TF_CLOSE : DY_TF_OPEN;
                else dir = DY_TF_CLOSE;
                if (cp == '"') open_dq = (dir == DY_TF_OPEN);
            }
            push(&tv, i, (size_t)clen, DY_TOK_QUOTE, fl | dir);
            i += (size_t)clen;
            continue;
        }
        if (cp < 0x80) {
            int kind = (tclass[cp] & T_SYMBOL) ? DY_TOK_SYMBOL : DY_TOK_PUNCT;
            unsigned f = fl;
            if (cp == '(' || cp == '[' || cp == '{') f |= DY_TF_OPEN;
            if (cp == ')' || cp == ']' || cp == '}') f |= DY_TF_CLOSE;
            dy_token *t = push(&tv, i, 1, kind, f);
            /* hyphen joining two words: "war-torn", "al-Assad" */
            if (cp_is_dash(cp) && tv.n >= 2 && !(fl & DY_TF_SPACE) && i + 1 < len &&
                !cp_is_space((unsigned char)text[i + 1])) {
                dy_token *prev = &tv.v[tv.n - 2];
                if (prev->kind == DY_TOK_WORD || prev->kind == DY_TOK_NUMBER) {
                    prev->flags |= DY_TF_JOINED;
                    t->flags |= DY_TF_JOINED;
                    pending |= DY_TF_JOINED;
                }
            }
            i++;
            continue;
        }
        /* other code points: dashes and punctuation, or symbols */
        utf8proc_category_t cat = utf8proc_category(cp);
        int kind = (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) ? DY_TOK_PUNCT : DY_TOK_SYMBOL;
        push(&tv, i, (size_t)clen, kind, fl | DY_TF_NONASCII);
        i += (size_t)clen;
    }
    out->ntok = (uint32_t)tv.n;
    out->toks = dy_arena_alloc(a, (tv.n ? tv.n : 1) * sizeof(dy_token));
    if (tv.n) memcpy(out->toks, tv.v, tv.n * sizeof(dy_token));
    dy_free(tv.v);
}

size_t dy_clitic_split(const char *w, size_t n)
{
    /* the apostrophe may be ' (1 byte) or ’ (3 bytes) */
    static const char *const tails[] = {"n't", "'ll", "'re", "'ve", "'m", "'d"};
    /* nearly every word has no apostrophe (' or the last byte of ’) */
    if (!memchr(w, '\'', n) && !memchr(w, '\x99', n)) return 0;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        for (int curly = 0; curly < 2; curly++) {
            char t[8];
            size_t tl = 0;
            for (const char *p = tails[k]; *p; p++) {
                if (*p == '\'' && curly) { memcpy(t + tl, "\xE2\x80\x99", 3); tl += 3; }
                else t[tl++] = *p;
            }
            if (n <= tl) continue;
            int ok = 1;
            for (size_t j = 0; j < tl && ok; j++) {
                char a = w[n - tl + j], b = t[j];
                if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
                ok = a == b;
            }
            if (!ok) continue;
            size_t stem = n - tl;
            /* "n't" needs a stem ("don't" → "do"); the others a word before */
            if (stem == 0) continue;
            return stem;
        }
    }
    return 0;
}

int dy_tok_is(const dy_text *t, uint32_t i, const char *s)
{
    const dy_token *k = &t->toks[i];
    size_t n = strlen(s);
    if (k->len != n) return 0;
    const char *p = t->text + k->start;
    for (size_t j = 0; j < n; j++) {
        char c = p[j], d = s[j];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (d >= 'A' && d <= 'Z') d = (char)(d + 32);
        if (c != d) return 0;
    }
    return 1;
}
