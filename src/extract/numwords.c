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
 * past what it consumes, so callers scanning a sentence stay linear.
 *
 * Words are read by their xwords.h id, never by their letters: the number
 * words are the first ids, so the table below is indexed by id and a word is
 * a number word when its id is in range. Callers that scan many tokens pass
 * the ids of the whole text (dy_num_parse_ids); dy_num_parse looks each
 * token up as it goes. */
#include "extract/numwords.h"

#include <string.h>

#include "extract/xwords.h"

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
    int cls;
    long long v;
} nword;

/* Indexed by word id; only the number groups of xwords.h fit. */
static const nword nwords[1 + DY_XW_NNUMERIC + DY_XW_NNUMHELP] = {
    [DY_XW_A] = {NW_A, 1},
    [DY_XW_AN] = {NW_A, 1},
    [DY_XW_AND] = {NW_AND, 0},
    [DY_XW_BILLION] = {NW_SCALE, 1000000000LL},
    [DY_XW_BILLIONS] = {NW_VAGUE, 1000000000LL},
    [DY_XW_BN] = {NW_SCALE, 1000000000LL},
    [DY_XW_DOZEN] = {NW_DOZEN, 12},
    [DY_XW_DOZENS] = {NW_VAGUE, 12},
    [DY_XW_EIGHT] = {NW_UNIT, 8},
    [DY_XW_EIGHTEEN] = {NW_TEEN, 18},
    [DY_XW_EIGHTY] = {NW_TENS, 80},
    [DY_XW_ELEVEN] = {NW_TEEN, 11},
    [DY_XW_FEW] = {NW_FEW, 2},
    [DY_XW_FIFTEEN] = {NW_TEEN, 15},
    [DY_XW_FIFTY] = {NW_TENS, 50},
    [DY_XW_FIVE] = {NW_UNIT, 5},
    [DY_XW_FORTY] = {NW_TENS, 40},
    [DY_XW_FOUR] = {NW_UNIT, 4},
    [DY_XW_FOURTEEN] = {NW_TEEN, 14},
    [DY_XW_HALF] = {NW_HALF, 0},
    [DY_XW_HUNDRED] = {NW_HUNDRED, 100},
    [DY_XW_HUNDREDS] = {NW_VAGUE, 100},
    [DY_XW_MILLION] = {NW_SCALE, 1000000LL},
    [DY_XW_MILLIONS] = {NW_VAGUE, 1000000LL},
    [DY_XW_MLN] = {NW_SCALE, 1000000LL},
    [DY_XW_NINE] = {NW_UNIT, 9},
    [DY_XW_NINETEEN] = {NW_TEEN, 19},
    [DY_XW_NINETY] = {NW_TENS, 90},
    [DY_XW_ONE] = {NW_UNIT, 1},
    [DY_XW_SCORES] = {NW_VAGUE, 20},
    [DY_XW_SEVEN] = {NW_UNIT, 7},
    [DY_XW_SEVENTEEN] = {NW_TEEN, 17},
    [DY_XW_SEVENTY] = {NW_TENS, 70},
    [DY_XW_SEVERAL] = {NW_SEVERAL, 2},
    [DY_XW_SIX] = {NW_UNIT, 6},
    [DY_XW_SIXTEEN] = {NW_TEEN, 16},
    [DY_XW_SIXTY] = {NW_TENS, 60},
    [DY_XW_TEN] = {NW_TEEN, 10},
    [DY_XW_TENS] = {NW_VAGUE, 10},
    [DY_XW_THIRTEEN] = {NW_TEEN, 13},
    [DY_XW_THIRTY] = {NW_TENS, 30},
    [DY_XW_THOUSAND] = {NW_SCALE, 1000},
    [DY_XW_THOUSANDS] = {NW_VAGUE, 1000},
    [DY_XW_THREE] = {NW_UNIT, 3},
    [DY_XW_TRILLION] = {NW_SCALE, 1000000000000LL},
    [DY_XW_TWELVE] = {NW_TEEN, 12},
    [DY_XW_TWENTY] = {NW_TENS, 20},
    [DY_XW_TWO] = {NW_UNIT, 2},
    [DY_XW_ZERO] = {NW_UNIT, 0},
};

/* The text and, if the caller has them, the word ids of all its tokens. */
typedef struct nwctx {
    const dy_text *t;
    const uint16_t *ids;
} nwctx;

static unsigned word_at(const nwctx *nx, uint32_t i)
{
    return nx->ids ? nx->ids[i] : dy_xw_id(nx->t, i);
}

static const nword *lookup(const nwctx *nx, uint32_t i, uint32_t end)
{
    if (i >= end) return NULL;
    unsigned id = DY_XW_ID(word_at(nx, i));
    return dy_xw_number(id) && nwords[id].cls != NW_NONE ? &nwords[id] : NULL;
}

static int cls_at(const nwctx *nx, uint32_t i, uint32_t end)
{
    const nword *w = lookup(nx, i, end);
    return w ? w->cls : NW_NONE;
}

static int is_of(const nwctx *nx, uint32_t i, uint32_t end)
{
    return i < end && word_at(nx, i) == DY_XW_OF;
}

static int joined_hyphen(const nwctx *nx, uint32_t i, uint32_t end)
{
    const dy_text *t = nx->t;
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
static int parse_vague(const nwctx *nx, uint32_t i, uint32_t end, const nword *w, dy_num *n)
{
    long long base = w->v;
    n->flags = DY_NUM_WORDS | DY_NUM_VAGUE;
    n->end = i + 1;
    n->value = 2 * base;
    if (is_of(nx, i + 1, end)) {
        const nword *w2 = lookup(nx, i + 2, end);
        if (w2 && w2->cls == NW_VAGUE && w2->v > base && w2->v >= 100) {
            n->value = clamp_mul(2 * base, w2->v);
            n->end = i + 3;
            return 1;
        }
    }
    if (base == 10) return 0;                                  /* "tens" alone */
    if (base == 20 && !is_of(nx, i + 1, end)) return 0;       /* "scores" of what */
    return 1;
}

/* The state machine over number words. */
static int parse_words(const nwctx *nx, uint32_t i, uint32_t end, dy_num *n)
{
    const nword *w = lookup(nx, i, end);
    if (!w) return 0;
    if (w->cls == NW_VAGUE) return parse_vague(nx, i, end, w, n);

    unsigned flags = DY_NUM_WORDS;
    long long total = 0, cur = 0, lastscale = DY_NUM_MAX;
    int last = NW_NONE;
    uint32_t j = i;

    /* lead-ins: "a dozen", "a hundred", "half a dozen", "several hundred", "a few thousand" */
    if (w->cls == NW_HALF) {
        int c2 = cls_at(nx, i + 2, end);
        if (cls_at(nx, i + 1, end) != NW_A || (c2 != NW_DOZEN && c2 != NW_HUNDRED && c2 != NW_SCALE))
            return 0;
        const nword *w2 = lookup(nx, i + 2, end);
        n->value = w2->v / 2;
        n->end = i + 3;
        n->flags = flags;
        return 1;
    }
    if (w->cls == NW_A && cls_at(nx, i + 1, end) == NW_FEW) {
        j = i + 1;
        w = lookup(nx, j, end);
    }
    if (w->cls == NW_SEVERAL || w->cls == NW_FEW) {
        int c2 = cls_at(nx, j + 1, end);
        if (c2 != NW_HUNDRED && c2 != NW_SCALE && c2 != NW_DOZEN) return 0;
        flags |= DY_NUM_VAGUE;
        cur = 2;
        last = NW_UNIT;
        j++;
    } else if (w->cls == NW_A) {
        int c2 = cls_at(nx, j + 1, end);
        if (c2 != NW_HUNDRED && c2 != NW_SCALE && c2 != NW_DOZEN) return 0;
        cur = 1;
        last = NW_UNIT;
        j++;
    }

    while (j < end) {
        const nword *x = lookup(nx, j, end);
        int c = x ? x->cls : NW_NONE;
        /* "twenty-one": a joined hyphen between tens and a unit */
        if (c == NW_NONE && last == NW_TENS && joined_hyphen(nx, j, end) &&
            cls_at(nx, j + 1, end) == NW_UNIT) {
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
            int c2 = cls_at(nx, j + 1, end);
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
static int parse_digits(const nwctx *nx, uint32_t i, uint32_t end, dy_num *n)
{
    const dy_token *k = &nx->t->toks[i];
    const char *p = nx->t->text + k->start;
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
        /* the suffix, lower case, as one integer: "rd" is 'r' << 8 | 'd' */
        size_t sl = len - j;
        uint32_t suf = 0;
        for (size_t q = 0; q < sl && q < 4; q++) {
            char c = p[j + q];
            suf = suf << 8 | (unsigned char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
#define SUF2(a, b) ((uint32_t)(a) << 8 | (uint32_t)(b))
        if (sl > 3) suf = 0; /* none of the suffixes below */
        if (suf == SUF2('s', 't') || suf == SUF2('n', 'd') || suf == SUF2('r', 'd') || suf == SUF2('t', 'h'))
            flags |= DY_NUM_ORDINAL;
        else if (suf == 's')
            flags |= DY_NUM_DECADE;
        else if (suf == SUF2('b', 'n') || suf == 'b')
            scale = 1000000000LL;
        else if (suf == 'm' || suf == SUF2('m', 'n') || suf == (SUF2('m', 'l') << 8 | 'n'))
            scale = 1000000LL;
        else if (suf == 'k')
            scale = 1000;
        else
            flags |= DY_NUM_UNIT;
#undef SUF2
    }
    n->end = i + 1;
    if (!scale && !(flags & (DY_NUM_SEP | DY_NUM_ORDINAL | DY_NUM_DECADE | DY_NUM_UNIT))) {
        const nword *w = lookup(nx, i + 1, end);
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

static int parse(const nwctx *nx, uint32_t i, uint32_t end, dy_num *n)
{
    const dy_text *t = nx->t;
    if (i >= end || i >= t->ntok) return 0;
    if (end > t->ntok) end = t->ntok;
    memset(n, 0, sizeof *n);
    const dy_token *k = &t->toks[i];
    if (k->kind == DY_TOK_NUMBER) return parse_digits(nx, i, end, n);
    if (k->kind == DY_TOK_WORD) return parse_words(nx, i, end, n);
    return 0;
}

int dy_num_parse(const dy_text *t, uint32_t i, uint32_t end, dy_num *n)
{
    nwctx nx = {t, NULL};
    return parse(&nx, i, end, n);
}

int dy_num_parse_ids(const dy_text *t, const uint16_t *ids, uint32_t i, uint32_t end, dy_num *n)
{
    nwctx nx = {t, ids};
    return parse(&nx, i, end, n);
}
