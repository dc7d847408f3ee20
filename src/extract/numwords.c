/* numwords.c — numbers from digit and word tokens; see numwords.h.
 *
 * Digits: the tokenizer already keeps "1,500", "2.5", "12:30" and "3rd" as
 * single tokens, so a digit number is one token plus an optional scale word
 * ("2.5 million", "12 thousand", "3 dozen"). Decimals are kept to three
 * places in fixed point so "1.25 million" is exact without floating point.
 *
 * Words: a small state machine over unit/teen/tens/hundred/scale words, the
 * way one reads a cheque ("one hundred and twenty-five thousand"): each word
 * is allowed only after the classes that can precede it, so "one two" is the
 * number 1 followed by another number rather than 12. "twenty-one" arrives as
 * three tokens (the hyphen carries DY_TF_JOINED) and is accepted only when
 * joined. Vague plurals take twice their base, a floor that reads as "more
 * than one of these": "dozens" 24, "hundreds" 200, "tens of thousands"
 * 20000. Every path consumes at least one token and looks at most two tokens
 * past what it consumes, so callers scanning a sentence stay linear. */
#include "extract/numwords.h"

#include <string.h>

size_t dy_nw_lower(const dy_text *t, uint32_t i, char *buf, size_t cap)
{
    const dy_token *k = &t->toks[i];
    const char *p = t->text + k->start;
    size_t n = k->len, o = 0;
    if ((k->flags & DY_TF_ABBREV) && n > 1 && p[n - 1] == '.') n--;
    for (size_t j = 0; j < n; j++) {
        unsigned char c = (unsigned char)p[j];
        if (c == 0xE2 && j + 2 < n && (unsigned char)p[j + 1] == 0x80 &&
            (unsigned char)p[j + 2] == 0x99) {
            c = '\'';
            j += 2;
        } else if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c + 32);
        }
        if (o + 1 >= cap) return 0;
        buf[o++] = (char)c;
    }
    buf[o] = 0;
    return o;
}

/* ------------------------------------------------------------ word table */

enum { NW_NONE = 0, NW_UNIT, NW_TEEN, NW_TENS, NW_HUNDRED, NW_SCALE, NW_DOZEN,
       NW_VAGUE, NW_A, NW_FEW, NW_SEVERAL, NW_HALF, NW_AND };

typedef struct nword {
    const char *w;
    int cls;
    long long v;
} nword;

/* Sorted by strcmp. */
static const nword nwords[] = {
    {"a", NW_A, 1},
    {"an", NW_A, 1},
    {"and", NW_AND, 0},
    {"billion", NW_SCALE, 1000000000LL},
    {"billions", NW_VAGUE, 1000000000LL},
    {"bn", NW_SCALE, 1000000000LL},
    {"dozen", NW_DOZEN, 12},
    {"dozens", NW_VAGUE, 12},
    {"eight", NW_UNIT, 8},
    {"eighteen", NW_TEEN, 18},
    {"eighty", NW_TENS, 80},
    {"eleven", NW_TEEN, 11},
    {"few", NW_FEW, 2},
    {"fifteen", NW_TEEN, 15},
    {"fifty", NW_TENS, 50},
    {"five", NW_UNIT, 5},
    {"forty", NW_TENS, 40},
    {"four", NW_UNIT, 4},
    {"fourteen", NW_TEEN, 14},
    {"half", NW_HALF, 0},
    {"hundred", NW_HUNDRED, 100},
    {"hundreds", NW_VAGUE, 100},
    {"million", NW_SCALE, 1000000LL},
    {"millions", NW_VAGUE, 1000000LL},
    {"mln", NW_SCALE, 1000000LL},
    {"nine", NW_UNIT, 9},
    {"nineteen", NW_TEEN, 19},
    {"ninety", NW_TENS, 90},
    {"one", NW_UNIT, 1},
    {"scores", NW_VAGUE, 20},
    {"seven", NW_UNIT, 7},
    {"seventeen", NW_TEEN, 17},
    {"seventy", NW_TENS, 70},
    {"several", NW_SEVERAL, 2},
    {"six", NW_UNIT, 6},
    {"sixteen", NW_TEEN, 16},
    {"sixty", NW_TENS, 60},
    {"ten", NW_TEEN, 10},
    {"tens", NW_VAGUE, 10},
    {"thirteen", NW_TEEN, 13},
    {"thirty", NW_TENS, 30},
    {"thousand", NW_SCALE, 1000},
    {"thousands", NW_VAGUE, 1000},
    {"three", NW_UNIT, 3},
    {"trillion", NW_SCALE, 1000000000000LL},
    {"twelve", NW_TEEN, 12},
    {"twenty", NW_TENS, 20},
    {"two", NW_UNIT, 2},
    {"zero", NW_UNIT, 0},
};

static const nword *lookup(const dy_text *t, uint32_t i, uint32_t end)
{
    if (i >= end || t->toks[i].kind != DY_TOK_WORD) return NULL;
    char w[16];
    if (!dy_nw_lower(t, i, w, sizeof w)) return NULL;
    size_t lo = 0, hi = sizeof nwords / sizeof nwords[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(nwords[mid].w, w);
        if (c == 0) return &nwords[mid];
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

static int cls_at(const dy_text *t, uint32_t i, uint32_t end)
{
    const nword *w = lookup(t, i, end);
    return w ? w->cls : NW_NONE;
}

static int is_of(const dy_text *t, uint32_t i, uint32_t end)
{
    return i < end && dy_tok_is(t, i, "of");
}

static int joined_hyphen(const dy_text *t, uint32_t i, uint32_t end)
{
    return i < end && t->toks[i].kind == DY_TOK_PUNCT && (t->toks[i].flags & DY_TF_JOINED) &&
           t->toks[i].len == 1 && t->text[t->toks[i].start] == '-';
}

static long long clamp_mul(long long a, long long b)
{
    if (a == 0 || b == 0) return 0;
    if (a > DY_NUM_MAX / b) return DY_NUM_MAX;
    return a * b;
}

/* "dozens", "hundreds", "tens of thousands", "scores of" */
static int parse_vague(const dy_text *t, uint32_t i, uint32_t end, const nword *w, dy_num *n)
{
    long long base = w->v;
    n->flags = DY_NUM_WORDS | DY_NUM_VAGUE;
    n->end = i + 1;
    n->value = 2 * base;
    if (is_of(t, i + 1, end)) {
        const nword *w2 = lookup(t, i + 2, end);
        if (w2 && w2->cls == NW_VAGUE && w2->v > base && w2->v >= 100) {
            n->value = clamp_mul(2 * base, w2->v);
            n->end = i + 3;
            return 1;
        }
    }
    if (base == 10) return 0;                                  /* "tens" alone */
    if (base == 20 && !is_of(t, i + 1, end)) return 0;        /* "scores" of what */
    return 1;
}

/* The state machine over number words. */
static int parse_words(const dy_text *t, uint32_t i, uint32_t end, dy_num *n)
{
    const nword *w = lookup(t, i, end);
    if (!w) return 0;
    if (w->cls == NW_VAGUE) return parse_vague(t, i, end, w, n);

    unsigned flags = DY_NUM_WORDS;
    long long total = 0, cur = 0, lastscale = DY_NUM_MAX;
    int last = NW_NONE;
    uint32_t j = i;

    /* lead-ins: "a dozen", "a hundred", "half a dozen", "several hundred", "a few thousand" */
    if (w->cls == NW_HALF) {
        int c2 = cls_at(t, i + 2, end);
        if (cls_at(t, i + 1, end) != NW_A || (c2 != NW_DOZEN && c2 != NW_HUNDRED && c2 != NW_SCALE))
            return 0;
        const nword *w2 = lookup(t, i + 2, end);
        n->value = w2->v / 2;
        n->end = i + 3;
        n->flags = flags;
        return 1;
    }
    if (w->cls == NW_A && cls_at(t, i + 1, end) == NW_FEW) {
        j = i + 1;
        w = lookup(t, j, end);
    }
    if (w->cls == NW_SEVERAL || w->cls == NW_FEW) {
        int c2 = cls_at(t, j + 1, end);
        if (c2 != NW_HUNDRED && c2 != NW_SCALE && c2 != NW_DOZEN) return 0;
        flags |= DY_NUM_VAGUE;
        cur = 2;
        last = NW_UNIT;
        j++;
    } else if (w->cls == NW_A) {
        int c2 = cls_at(t, j + 1, end);
        if (c2 != NW_HUNDRED && c2 != NW_SCALE && c2 != NW_DOZEN) return 0;
        cur = 1;
        last = NW_UNIT;
        j++;
    }

    while (j < end) {
        const nword *x = lookup(t, j, end);
        int c = x ? x->cls : NW_NONE;
        /* "twenty-one": a joined hyphen between tens and a unit */
        if (c == NW_NONE && last == NW_TENS && joined_hyphen(t, j, end) &&
            cls_at(t, j + 1, end) == NW_UNIT) {
            j++;
            continue;
        }
        if (c == NW_UNIT && x->v > 0) {
            if (last != NW_NONE && last != NW_TENS && last != NW_HUNDRED && last != NW_SCALE &&
                last != NW_AND)
                break;
            /* "twenty one" with a space is read as 21 too, but "twenty-" must join */
            cur += x->v;
            last = NW_UNIT;
        } else if (c == NW_UNIT) { /* zero */
            if (last != NW_NONE) break;
            last = NW_UNIT;
        } else if (c == NW_TEEN || c == NW_TENS) {
            if (last != NW_NONE && last != NW_HUNDRED && last != NW_SCALE && last != NW_AND) break;
            cur += x->v;
            last = c;
        } else if (c == NW_HUNDRED) {
            if ((last != NW_UNIT && last != NW_TEEN) || cur <= 0 || cur >= 100) break;
            cur *= 100;
            last = NW_HUNDRED;
        } else if (c == NW_SCALE) {
            if (last != NW_UNIT && last != NW_TEEN && last != NW_TENS && last != NW_HUNDRED) break;
            if (cur <= 0 || x->v >= lastscale) break;
            total += clamp_mul(cur, x->v);
            cur = 0;
            lastscale = x->v;
            last = NW_SCALE;
        } else if (c == NW_DOZEN) {
            if ((last != NW_UNIT && last != NW_TEEN && last != NW_TENS) || cur <= 0 || cur >= 100)
                break;
            cur *= 12;
            j++;
            last = NW_DOZEN;
            break;
        } else if (c == NW_AND) {
            int c2 = cls_at(t, j + 1, end);
            if ((last != NW_HUNDRED && last != NW_SCALE) ||
                (c2 != NW_UNIT && c2 != NW_TEEN && c2 != NW_TENS))
                break;
            last = NW_AND;
        } else {
            break;
        }
        j++;
    }
    if (last == NW_NONE || j == i) return 0;
    n->value = total + cur;
    if (n->value > DY_NUM_MAX) n->value = DY_NUM_MAX;
    n->end = j;
    n->flags = flags;
    return 1;
}

/* One digit token plus an optional scale word. */
static int parse_digits(const dy_text *t, uint32_t i, uint32_t end, dy_num *n)
{
    const dy_token *k = &t->toks[i];
    const char *p = t->text + k->start;
    size_t len = k->len, j = 0;
    long long mant = 0, frac = 0;
    int fd = 0, nint = 0, comma = 0, dot = 0, sep = 0;
    unsigned flags = DY_NUM_DIGITS;
    for (; j < len; j++) {
        char c = p[j];
        if (c >= '0' && c <= '9') {
            if (sep) continue;
            if (dot) {
                if (fd < 3) { frac = frac * 10 + (c - '0'); fd++; }
            } else {
                mant = mant > DY_NUM_MAX / 10 ? DY_NUM_MAX : mant * 10 + (c - '0');
                nint++;
            }
        } else if (c == ',') {
            comma = 1;
        } else if (c == '.') {
            if (dot) sep = 1;
            dot = 1;
        } else if (c == ':' || c == '/') {
            sep = 1;
        } else {
            break;
        }
    }
    while (fd < 3 && fd > 0) { frac *= 10; fd++; }
    if (sep) flags |= DY_NUM_SEP;
    long long scale = 0;
    if (j < len) {
        char suf[8];
        size_t sl = len - j;
        if (sl >= sizeof suf) sl = sizeof suf - 1;
        for (size_t q = 0; q < sl; q++) {
            char c = p[j + q];
            suf[q] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        suf[sl] = 0;
        if (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") || !strcmp(suf, "th"))
            flags |= DY_NUM_ORDINAL;
        else if (!strcmp(suf, "s"))
            flags |= DY_NUM_DECADE;
        else if (!strcmp(suf, "bn") || !strcmp(suf, "b"))
            scale = 1000000000LL;
        else if (!strcmp(suf, "m") || !strcmp(suf, "mn") || !strcmp(suf, "mln"))
            scale = 1000000LL;
        else if (!strcmp(suf, "k"))
            scale = 1000;
        else
            flags |= DY_NUM_UNIT;
    }
    n->end = i + 1;
    if (!scale && !(flags & (DY_NUM_SEP | DY_NUM_ORDINAL | DY_NUM_DECADE | DY_NUM_UNIT))) {
        const nword *w = lookup(t, i + 1, end);
        if (w && (w->cls == NW_SCALE || w->cls == NW_HUNDRED || w->cls == NW_DOZEN)) {
            scale = w->v;
            n->end = i + 2;
        }
    }
    if (scale) {
        long long v = clamp_mul(mant, scale);
        if (v < DY_NUM_MAX) v += frac * scale / 1000;
        n->value = v > DY_NUM_MAX ? DY_NUM_MAX : v;
    } else {
        n->value = mant;
        if (dot && !sep) flags |= DY_NUM_FRACTION;
        if (nint == 4 && !comma && !dot && !sep && j == len && mant >= 1000 && mant <= 2999)
            flags |= DY_NUM_YEARLIKE;
    }
    n->flags = flags;
    return 1;
}

int dy_num_parse(const dy_text *t, uint32_t i, uint32_t end, dy_num *n)
{
    if (i >= end || i >= t->ntok) return 0;
    if (end > t->ntok) end = t->ntok;
    memset(n, 0, sizeof *n);
    const dy_token *k = &t->toks[i];
    if (k->kind == DY_TOK_NUMBER) return parse_digits(t, i, end, n);
    if (k->kind == DY_TOK_WORD) return parse_words(t, i, end, n);
    return 0;
}
