/* dates.c — time expressions resolved to day ranges (dy_extract_dates).
 *
 * An event is only as useful as its date, and a news article rarely dates
 * its events the way the wire header does: "on Tuesday", "late last week",
 * "Oct. 2-4", "three days ago". This file finds such expressions in each
 * sentence and turns them into an inclusive range of day numbers, so that
 * the caller can give an event the date of its sentence rather than the
 * date of the article.
 *
 * How: every word token gets its id once (xwords.h), and a const table
 * indexed by id gives its classes (months, weekdays, units, modifiers, cue
 * words); no string is compared after that. One pass over a sentence ors
 * the classes of its words together and notes the tokens an expression can
 * begin with: digits, words of a starting class, "from"/"between" only if
 * the sentence names a month, "the" only if it has a unit word ("the
 * weekend"), a number word only if it has "ago". A sentence without such
 * tokens costs a few instructions per token. At each of them a fixed list
 * of matchers is tried, each looking a bounded number of tokens ahead; the
 * first match is emitted and the scan resumes after it, so the whole pass
 * is linear in the number of tokens and allocates nothing per token.
 *
 * What is recognised (the token range covers the expression itself, plus
 * "from"/"between" of a range and modifiers such as "late", "last", "the"
 * of "the weekend"; a plain "on"/"in" before it is not part of it):
 *   absolute   "October 3", "Oct. 3", "Sept. 3rd", "3 October", "3rd of
 *              October", "October 3, 2019", "Oct. 2-4, 2019", "from March 3
 *              to 6", "between 3 and 5 March", "March 30 to April 2",
 *              "Tuesday, Oct. 3" (one expression), "2019-10-03",
 *              "2019/10/03", "October 2019", "from March to May", "in 2019",
 *              "early 2019", "mid-2019", "the 1990s", "in October", "early/
 *              mid-/late October" (thirds of the month or year), "last/next/
 *              this October". Bare months and years need a cue before them
 *              ("in", "during", "by", "of", "until", "throughout") or a
 *              modifier, so "May" the verb and "2011 people" stay out.
 *              Numeric day-month forms such as "10/03/2019" are ambiguous (US
 *              vs. European order) and skipped.
 *   weekdays   "Tuesday", "on Tuesday", "late on Monday", "Monday night",
 *              "last Tuesday", "next Tuesday", "this Tuesday"; not inside a
 *              name ("The Sunday Times", "Bloody Sunday", "Super Tuesday").
 *   relative   "yesterday", "today", "tonight", "tomorrow" (with "morning"
 *              ... "night" after, "late"/"early" before), "last night", "this
 *              morning", "earlier today", "the day before yesterday";
 *              "last/this/next/past week|month|year|weekend" (calendar weeks
 *              run Monday to Sunday; "past" is the rolling period ending on
 *              the article date), "earlier/later this week|month|year"
 *              (clipped at the article date), "the weekend" / "over the
 *              weekend" (the latest weekend begun by the article date),
 *              "the past three days", "N days|weeks|months|years ago" with
 *              digits, number words or "a"/"an" (weeks, months and years ago
 *              give the whole calendar week, month or year).
 *
 * The year rule. News reports past events, so a date without a year
 * ("October 3", "in October", "on Tuesday") is put on or before the article
 * date: the most recent such day or month. It goes forward instead (the
 * first such day on or after the article date; for "in October" the first
 * October not before the article's month) when the expression says "next",
 * or when the context is future:
 *   - the word just before the expression (past an "on"/"in"/"from")
 *     decides first: a future cue there means future; a past form
 *     ("began", "was", "attacked", but not a passive "be closed") or a
 *     reporting verb means past;
 *   - otherwise a future cue (will, 'll, shall, scheduled, upcoming,
 *     planned, plans, due, expected, slated, next) within 8 tokens before
 *     or 6 after it in the sentence, with no reporting verb (said, told,
 *     announced ...) in between, means future.
 * So "he said on Tuesday he will resign" stays past, "elections will be
 * held on March 3" goes forward, and in "the talks, which began on Monday,
 * will end on Friday" Monday is past and Friday future. "last Tuesday" is
 * the most recent Tuesday strictly before the article date, "next Tuesday"
 * the first strictly after it. Year-less ranges take the start's year (the
 * end's for month spans); an end earlier in the calendar than the start
 * rolls into the following year ("December 30 to January 2").
 *
 * Without an article date (DY_NODATE) only fully specified expressions are
 * kept: dates with a year, ISO dates, "October 2019", "in 2019", decades. */
#include "extract/extract.h"
#include "extract/numwords.h"
#include "extract/xwords.h"
#include "util/date.h"

#include <string.h>

/* ------------------------------------------------------------- word table */

enum {
    D_MONTH   = 1u << 0,  /* v = 1..12 */
    D_FULL    = 1u << 1,  /* month written out ("October", not "Oct.") */
    D_WDAY    = 1u << 2,  /* v = 0 (Monday) .. 6 (Sunday) */
    D_RELDAY  = 1u << 3,  /* yesterday -1, today/tonight 0, tomorrow +1 */
    D_UNIT    = 1u << 4,  /* v = U_DAY .. U_WEEKEND */
    D_PLURAL  = 1u << 5,
    D_REL     = 1u << 6,  /* v = R_LAST, R_NEXT, R_THIS, R_PAST */
    D_PART    = 1u << 7,  /* v = early 1, mid 2, late 3 */
    D_TOD     = 1u << 8,  /* morning, afternoon, evening, night */
    D_AGO     = 1u << 9,
    D_EARLIER = 1u << 10, /* earlier -1, later +1 */
    D_LEAD    = 1u << 11, /* from 1, between 2 */
    D_CONN    = 1u << 12, /* to, through, until, till, thru */
    D_AND     = 1u << 13,
    D_CUE     = 1u << 14, /* in, during, throughout, by, until, of: allow a bare month/year */
    D_FUTURE  = 1u << 15,
    D_REPORT  = 1u << 16,
    D_THE     = 1u << 17,
    D_ON      = 1u << 18,
    D_BA      = 1u << 19, /* before -1, after +1 */
    D_NIGHT   = 1u << 20, /* "night": "last night" */
    D_PAST    = 1u << 21  /* irregular past verbs: "began on Monday" is past */
};

/* Words that may begin an expression anywhere ("Tuesday", "October",
 * "yesterday", "last", "early", "earlier"); see dy_extract_dates. */
#define D_START (D_WDAY | D_MONTH | D_RELDAY | D_REL | D_PART | D_EARLIER)

enum { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR, U_WEEKEND };
enum { R_LAST = 1, R_NEXT, R_THIS, R_PAST };
enum { P_EARLY = 1, P_MID, P_LATE };
enum { LEAD_FROM = 1, LEAD_BETWEEN };

typedef struct dword {
    uint32_t f;
    int v;
} dword;

/* Indexed by word id (xwords.h). */
static const dword dwords[DY_XW_COUNT] = {
    [DY_XW_APOS_LL] = {D_FUTURE, 0},
    [DY_XW_ADDED] = {D_REPORT, 0},
    [DY_XW_AFTER] = {D_BA, 1},
    [DY_XW_AFTERNOON] = {D_TOD, 0},
    [DY_XW_AGO] = {D_AGO, 0},
    [DY_XW_AND] = {D_AND, 0},
    [DY_XW_ANNOUNCED] = {D_REPORT, 0},
    [DY_XW_APR] = {D_MONTH, 4},
    [DY_XW_APRIL] = {D_MONTH | D_FULL, 4},
    [DY_XW_AUG] = {D_MONTH, 8},
    [DY_XW_AUGUST] = {D_MONTH | D_FULL, 8},
    [DY_XW_BEFORE] = {D_BA, -1},
    [DY_XW_BEGAN] = {D_PAST, 0},
    [DY_XW_BETWEEN] = {D_LEAD, LEAD_BETWEEN},
    [DY_XW_BROKE] = {D_PAST, 0},
    [DY_XW_BY] = {D_CUE, 0},
    [DY_XW_CAME] = {D_PAST, 0},
    [DY_XW_CLAIMED] = {D_REPORT, 0},
    [DY_XW_COMING] = {D_REL, R_NEXT},
    [DY_XW_CONFIRMED] = {D_REPORT, 0},
    [DY_XW_DAY] = {D_UNIT, U_DAY},
    [DY_XW_DAYS] = {D_UNIT | D_PLURAL, U_DAY},
    [DY_XW_DEC] = {D_MONTH, 12},
    [DY_XW_DECEMBER] = {D_MONTH | D_FULL, 12},
    [DY_XW_DECLARED] = {D_REPORT, 0},
    [DY_XW_DUE] = {D_FUTURE, 0},
    [DY_XW_DURING] = {D_CUE, 0},
    [DY_XW_EARLIER] = {D_EARLIER, -1},
    [DY_XW_EARLY] = {D_PART, P_EARLY},
    [DY_XW_EVENING] = {D_TOD, 0},
    [DY_XW_EXPECTED] = {D_FUTURE, 0},
    [DY_XW_FEB] = {D_MONTH, 2},
    [DY_XW_FEBRUARY] = {D_MONTH | D_FULL, 2},
    [DY_XW_FELL] = {D_PAST, 0},
    [DY_XW_FLED] = {D_PAST, 0},
    [DY_XW_FRIDAY] = {D_WDAY, 4},
    [DY_XW_FROM] = {D_LEAD, LEAD_FROM},
    [DY_XW_GAVE] = {D_PAST, 0},
    [DY_XW_IN] = {D_CUE, 0},
    [DY_XW_JAN] = {D_MONTH, 1},
    [DY_XW_JANUARY] = {D_MONTH | D_FULL, 1},
    [DY_XW_JUL] = {D_MONTH, 7},
    [DY_XW_JULY] = {D_MONTH | D_FULL, 7},
    [DY_XW_JUN] = {D_MONTH, 6},
    [DY_XW_JUNE] = {D_MONTH | D_FULL, 6},
    [DY_XW_LAST] = {D_REL, R_LAST},
    [DY_XW_LATE] = {D_PART, P_LATE},
    [DY_XW_LATER] = {D_EARLIER, 1},
    [DY_XW_LED] = {D_PAST, 0},
    [DY_XW_LEFT] = {D_PAST, 0},
    [DY_XW_LOST] = {D_PAST, 0},
    [DY_XW_MADE] = {D_PAST, 0},
    [DY_XW_MAR] = {D_MONTH, 3},
    [DY_XW_MARCH] = {D_MONTH | D_FULL, 3},
    [DY_XW_MAY] = {D_MONTH | D_FULL, 5},
    [DY_XW_MET] = {D_PAST, 0},
    [DY_XW_MID] = {D_PART, P_MID},
    [DY_XW_MONDAY] = {D_WDAY, 0},
    [DY_XW_MONTH] = {D_UNIT, U_MONTH},
    [DY_XW_MONTHS] = {D_UNIT | D_PLURAL, U_MONTH},
    [DY_XW_MORNING] = {D_TOD, 0},
    [DY_XW_NEXT] = {D_REL | D_FUTURE, R_NEXT},
    [DY_XW_NIGHT] = {D_TOD | D_NIGHT, 0},
    [DY_XW_NOV] = {D_MONTH, 11},
    [DY_XW_NOVEMBER] = {D_MONTH | D_FULL, 11},
    [DY_XW_OCT] = {D_MONTH, 10},
    [DY_XW_OCTOBER] = {D_MONTH | D_FULL, 10},
    [DY_XW_OF] = {D_CUE, 0},
    [DY_XW_ON] = {D_ON, 0},
    [DY_XW_PAST] = {D_REL, R_PAST},
    [DY_XW_PLANNED] = {D_FUTURE, 0},
    [DY_XW_PLANS] = {D_FUTURE, 0},
    [DY_XW_PREVIOUS] = {D_REL, R_LAST},
    [DY_XW_RAN] = {D_PAST, 0},
    [DY_XW_REPORTED] = {D_REPORT, 0},
    [DY_XW_ROSE] = {D_PAST, 0},
    [DY_XW_SAID] = {D_REPORT, 0},
    [DY_XW_SATURDAY] = {D_WDAY, 5},
    [DY_XW_SAW] = {D_PAST, 0},
    [DY_XW_SCHEDULED] = {D_FUTURE, 0},
    [DY_XW_SENT] = {D_PAST, 0},
    [DY_XW_SEP] = {D_MONTH, 9},
    [DY_XW_SEPT] = {D_MONTH, 9},
    [DY_XW_SEPTEMBER] = {D_MONTH | D_FULL, 9},
    [DY_XW_SHALL] = {D_FUTURE, 0},
    [DY_XW_SHOT] = {D_PAST, 0},
    [DY_XW_SLATED] = {D_FUTURE, 0},
    [DY_XW_SPOKE] = {D_PAST, 0},
    [DY_XW_STATED] = {D_REPORT, 0},
    [DY_XW_STOOD] = {D_PAST, 0},
    [DY_XW_STRUCK] = {D_PAST, 0},
    [DY_XW_SUNDAY] = {D_WDAY, 6},
    [DY_XW_THE] = {D_THE, 0},
    [DY_XW_THIS] = {D_REL, R_THIS},
    [DY_XW_THROUGH] = {D_CONN, 0},
    [DY_XW_THROUGHOUT] = {D_CUE, 0},
    [DY_XW_THRU] = {D_CONN, 0},
    [DY_XW_THURSDAY] = {D_WDAY, 3},
    [DY_XW_TILL] = {D_CONN, 0},
    [DY_XW_TO] = {D_CONN, 0},
    [DY_XW_TODAY] = {D_RELDAY, 0},
    [DY_XW_TOLD] = {D_REPORT, 0},
    [DY_XW_TOMORROW] = {D_RELDAY, 1},
    [DY_XW_TONIGHT] = {D_RELDAY, 0},
    [DY_XW_TOOK] = {D_PAST, 0},
    [DY_XW_TUESDAY] = {D_WDAY, 1},
    [DY_XW_TWEETED] = {D_REPORT, 0},
    [DY_XW_UNTIL] = {D_CONN | D_CUE, 0},
    [DY_XW_UPCOMING] = {D_FUTURE, 0},
    [DY_XW_WAS] = {D_PAST, 0},
    [DY_XW_WEDNESDAY] = {D_WDAY, 2},
    [DY_XW_WEEK] = {D_UNIT, U_WEEK},
    [DY_XW_WEEKEND] = {D_UNIT, U_WEEKEND},
    [DY_XW_WEEKS] = {D_UNIT | D_PLURAL, U_WEEK},
    [DY_XW_WENT] = {D_PAST, 0},
    [DY_XW_WERE] = {D_PAST, 0},
    [DY_XW_WILL] = {D_FUTURE, 0},
    [DY_XW_WON] = {D_PAST, 0},
    [DY_XW_WROTE] = {D_REPORT, 0},
    [DY_XW_YEAR] = {D_UNIT, U_YEAR},
    [DY_XW_YEARS] = {D_UNIT | D_PLURAL, U_YEAR},
    [DY_XW_YESTERDAY] = {D_RELDAY, -1},
};

/* ---------------------------------------------------------------- context */

typedef struct dctx {
    const dy_text *t;
    const uint16_t *id;   /* word id per token (xwords.h), one past the end too */
    uint32_t b, e, s;     /* current sentence: tokens [b, e), index s */
    uint32_t words;       /* the classes of all its words, or-ed */
    int32_t doc;          /* article day or DY_NODATE */
    int doc_y, doc_m;     /* its year and month, when there is one */
    int32_t doc_monday;   /* and the Monday of its week */
    int32_t day_lo, day_hi;  /* 0001-01-01 and 9999-12-31 */
    dy_arena *a;
    dy_vec *out;
} dctx;

static const dword *word(const dctx *c, uint32_t i) { return &dwords[DY_XW_ID(c->id[i])]; }
static int has(const dctx *c, uint32_t i, uint32_t f) { return i < c->e && (word(c, i)->f & f) != 0; }
static int val(const dctx *c, uint32_t i) { return word(c, i)->v; }
/* Is token i exactly the word w (any case)? */
static int is(const dctx *c, uint32_t i, unsigned w) { return c->id[i] == w; }

/* A number from token i to the sentence end, into *n. */
static int number_at(const dctx *c, uint32_t i, dy_num *n)
{
    if (i >= c->e || (c->t->toks[i].kind != DY_TOK_NUMBER && !dy_xw_number(c->id[i]))) return 0;
    return dy_num_parse_ids(c->t, c->id, i, c->e, n);
}

static int cap(const dctx *c, uint32_t i) { return (c->t->toks[i].flags & DY_TF_CAP) != 0; }

static int punct_is_n(const dctx *c, uint32_t i, const char *s, size_t n)
{
    if (i >= c->e || c->t->toks[i].kind != DY_TOK_PUNCT) return 0;
    return c->t->toks[i].len == n && memcmp(c->t->text + c->t->toks[i].start, s, n) == 0;
}
#define punct_is(c, i, s) punct_is_n(c, i, s, sizeof(s) - 1)

static int is_comma(const dctx *c, uint32_t i) { return punct_is(c, i, ","); }

static int is_joined_hyphen(const dctx *c, uint32_t i)
{
    return punct_is(c, i, "-") && (c->t->toks[i].flags & DY_TF_JOINED);
}

/* A month name: capitalised, and not hyphen-joined except in "mid-October".
 * Abbreviations ("Oct.", "Sept") only where full_only is 0. */
static int is_month(const dctx *c, uint32_t i, int full_only)
{
    if (!has(c, i, D_MONTH) || !cap(c, i)) return 0;
    if (full_only && !has(c, i, D_FULL)) return 0;
    if (c->t->toks[i].flags & DY_TF_JOINED) {
        if (i < c->b + 2 || !is_joined_hyphen(c, i - 1) || !has(c, i - 2, D_PART)) return 0;
        if (i + 1 < c->e && is_joined_hyphen(c, i + 1)) return 0;
    }
    return 1;
}

/* A weekday name, but not in a name: "The Sunday Times", "Bloody Sunday",
 * "Super Tuesday", "a Tuesday". */
static int is_wday(const dctx *c, uint32_t i)
{
    if (!has(c, i, D_WDAY) || !cap(c, i) || (c->t->toks[i].flags & DY_TF_JOINED)) return 0;
    if (i > c->b) {
        uint32_t p = i - 1;
        if (has(c, p, D_THE) || is(c, p, DY_XW_A)) return 0;
        if (c->t->toks[p].kind == DY_TOK_WORD && cap(c, p) && word(c, p)->f == 0) return 0;
    }
    return 1;
}

/* A day of the month: "3", "03", "3rd", "21st". */
static int day_num(const dctx *c, uint32_t i, int *d)
{
    if (i >= c->e || c->t->toks[i].kind != DY_TOK_NUMBER) return 0;
    const dy_token *k = &c->t->toks[i];
    const char *p = c->t->text + k->start;
    size_t n = k->len, j = 0;
    int v = 0;
    while (j < n && j < 3 && p[j] >= '0' && p[j] <= '9') v = v * 10 + (p[j++] - '0');
    if (j == 0 || j > 2) return 0;
    if (j < n) {
        if (n - j != 2) return 0;
        char a = (char)(p[j] | 32), b = (char)(p[j + 1] | 32);
        if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
              (a == 't' && b == 'h')))
            return 0;
    }
    if (v < 1 || v > 31) return 0;
    *d = v;
    return 1;
}

/* A four-digit year in [lo, hi], not glued to a hyphen ("2019-20"). */
static int year_num(const dctx *c, uint32_t i, int *y, int lo, int hi)
{
    if (i >= c->e || c->t->toks[i].kind != DY_TOK_NUMBER || c->t->toks[i].len != 4) return 0;
    const char *p = c->t->text + c->t->toks[i].start;
    int v = 0;
    for (int j = 0; j < 4; j++) {
        if (p[j] < '0' || p[j] > '9') return 0;
        v = v * 10 + (p[j] - '0');
    }
    if (v < lo || v > hi) return 0;
    if ((c->t->toks[i].flags & DY_TF_JOINED) && i + 1 < c->e && is_joined_hyphen(c, i + 1)) return 0;
    *y = v;
    return 1;
}

/* Range connector: "-" (joined), "–", "to", "through", "until"; "and" after "between". */
static int is_conn(const dctx *c, uint32_t i, int lead)
{
    if (is_joined_hyphen(c, i) || punct_is(c, i, "\xE2\x80\x93")) return 1;
    if (has(c, i, D_CONN)) return 1;
    return lead == LEAD_BETWEEN && has(c, i, D_AND);
}

/* ------------------------------------------------------------- calendars */

/* Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday). */
static int weekday(int32_t z)
{
    int r = (int)(z % 7);
    if (r < 0) r += 7;
    return (r + 3) % 7;
}

static void month_shift(int y, int m, int delta, int *oy, int *om)
{
    long idx = (long)y * 12 + (m - 1) + delta;
    *oy = (int)(idx / 12);
    *om = (int)(idx % 12) + 1;
}

static int year_ok(int y) { return y >= 1 && y <= 9999; }

static void month_range(int y, int m, int32_t *from, int32_t *to)
{
    *from = dy_days_from_civil(y, m, 1);
    *to = dy_days_from_civil(y, m, dy_days_in_month(y, m));
}

/* The same day-of-month `delta` months away, clamped to the month's end. */
static int32_t add_months(int32_t z, int delta)
{
    int y, m, d, ny, nm;
    dy_civil_from_days(z, &y, &m, &d);
    month_shift(y, m, delta, &ny, &nm);
    if (!year_ok(ny)) return z;
    int dim = dy_days_in_month(ny, nm);
    return dy_days_from_civil(ny, nm, d > dim ? dim : d);
}

/* early / mid / late: the first, middle or last third of a range of at least three days. */
static void narrow(int part, int32_t *from, int32_t *to)
{
    int32_t len = *to - *from + 1;
    if (!part || len < 3) return;
    int32_t third = len / 3;
    if (part == P_EARLY) *to = *from + third - 1;
    else if (part == P_LATE) *from = *to - third + 1;
    else { *from += third; *to -= third; }
}

/* ------------------------------------------------------------ emitting */

static void emit(dctx *c, uint32_t tok0, uint32_t tok1, int32_t from, int32_t to)
{
    if (from > to) return;
    if (from < c->day_lo || to > c->day_hi) return;
    dy_date_expr *d = dy_vec_push(c->out, c->a);
    d->tok0 = tok0;
    d->tok1 = tok1;
    d->sentence = c->s;
    d->from = from;
    d->to = to;
}

static int ends_ed(const dctx *c, uint32_t i)
{
    const dy_token *k = &c->t->toks[i];
    const char *p = c->t->text + k->start;
    return k->kind == DY_TOK_WORD && k->len > 3 && p[k->len - 2] == 'e' && p[k->len - 1] == 'd';
}

/* Is the expression [tok0, tok1) about the future? See the file comment. */
static int is_future(const dctx *c, uint32_t tok0, uint32_t tok1)
{
    /* the verb right before decides: "began on Monday", "attacked in May" */
    uint32_t v = tok0;
    if (v > c->b && has(c, v - 1, D_ON | D_CUE | D_LEAD)) v--;
    if (v > c->b) {
        uint32_t p = v - 1;
        if (has(c, p, D_FUTURE)) return 1;
        int passive = p > c->b && (is(c, p - 1, DY_XW_BE) || is(c, p - 1, DY_XW_BEEN) ||
                                   is(c, p - 1, DY_XW_BEING));
        if (has(c, p, D_PAST | D_REPORT) || (ends_ed(c, p) && !passive)) return 0;
    }
    for (uint32_t k = tok0; k > c->b && tok0 - k < 8;) {
        k--;
        if (has(c, k, D_REPORT)) return 0;
        if (has(c, k, D_FUTURE)) return 1;
    }
    for (uint32_t k = tok1; k < c->e && k - tok1 < 6; k++) {
        if (has(c, k, D_REPORT)) return 0;
        if (has(c, k, D_FUTURE)) return 1;
    }
    return 0;
}

/* Year for a year-less month/day: the latest on or before the article date,
 * or the first on or after it when `future`. Feb 29 looks further. */
static int year_for(const dctx *c, int m, int d, int future, int *y)
{
    int dy = c->doc_y;
    for (int k = 0; k <= 8; k++) {
        int yy = future ? dy + k : dy - k;
        if (!year_ok(yy) || d > dy_days_in_month(yy, m)) continue;
        int32_t z = dy_days_from_civil(yy, m, d);
        if (future ? z >= c->doc : z <= c->doc) { *y = yy; return 1; }
    }
    return 0;
}

/* --------------------------------------------------------------- matchers */

typedef struct point { int y, m, d, dayfirst; } point;

/* "October 3", "Oct. 3rd, 2019", "3 October", "3rd of October 2019". */
static uint32_t parse_point(const dctx *c, uint32_t i, point *p)
{
    int d, y;
    uint32_t j;
    memset(p, 0, sizeof *p);
    if (is_month(c, i, 0) && day_num(c, i + 1, &d)) {
        p->m = val(c, i);
        p->d = d;
        j = i + 2;
    } else if (day_num(c, i, &d)) {
        j = i + 1;
        if (j < c->e && is(c, j, DY_XW_OF) && is_month(c, j + 1, 0)) j++;
        if (!is_month(c, j, 0)) return 0;
        p->m = val(c, j);
        p->d = d;
        p->dayfirst = 1;
        j++;
    } else {
        return 0;
    }
    if (is_comma(c, j) && year_num(c, j + 1, &y, 1000, 2999)) { p->y = y; j += 2; }
    else if (year_num(c, j, &y, 1000, 2999)) { p->y = y; j++; }
    return j;
}

static int md_cmp(const point *a, const point *b)
{
    return a->m != b->m ? a->m - b->m : a->d - b->d;
}

/* Resolve and emit a date or date range given by two points. */
static int emit_points(dctx *c, uint32_t tok0, uint32_t tok1, point p1, point p2)
{
    if (!p1.y && !p2.y) {
        if (c->doc == DY_NODATE) return 0;
        if (!year_for(c, p1.m, p1.d, is_future(c, tok0, tok1), &p1.y)) return 0;
        p2.y = md_cmp(&p2, &p1) >= 0 ? p1.y : p1.y + 1;
    } else if (!p1.y) {
        p1.y = md_cmp(&p1, &p2) <= 0 ? p2.y : p2.y - 1;
    } else if (!p2.y) {
        p2.y = md_cmp(&p2, &p1) >= 0 ? p1.y : p1.y + 1;
    }
    if (!year_ok(p1.y) || !year_ok(p2.y)) return 0;
    if (p1.d > dy_days_in_month(p1.y, p1.m) || p2.d > dy_days_in_month(p2.y, p2.m)) return 0;
    int32_t from = dy_days_from_civil(p1.y, p1.m, p1.d), to = dy_days_from_civil(p2.y, p2.m, p2.d);
    if (from > to) return 0;
    emit(c, tok0, tok1, from, to);
    return 1;
}

/* ISO dates: "2019-10-03" (five joined tokens) and "2019/10/03" (one token). */
static uint32_t match_iso(dctx *c, uint32_t i)
{
    const dy_token *k = c->t->toks;
    int32_t z;
    if (i >= c->e || k[i].kind != DY_TOK_NUMBER) return 0;
    if (k[i].len == 10 && c->t->text[k[i].start + 4] == '/' &&
        dy_parse_ymd(c->t->text + k[i].start, 10, 0, &z) == 0) {
        emit(c, i, i + 1, z, z);
        return i + 1;
    }
    if (k[i].len == 4 && i + 4 < c->e && is_joined_hyphen(c, i + 1) && is_joined_hyphen(c, i + 3) &&
        k[i + 2].kind == DY_TOK_NUMBER && k[i + 4].kind == DY_TOK_NUMBER &&
        k[i + 4].start + k[i + 4].len - k[i].start == 10 &&
        dy_parse_ymd(c->t->text + k[i].start, 10, 0, &z) == 0) {
        emit(c, i, i + 5, z, z);
        return i + 5;
    }
    return 0;
}

/* Dates with a day of the month, single or ranges, optionally after
 * "from"/"between" or a weekday ("Tuesday, Oct. 3"). */
static uint32_t match_date(dctx *c, uint32_t i)
{
    uint32_t j = i, e1, e2;
    int lead = 0, d1, d2, y;
    point p1, p2;
    if (!(c->words & D_MONTH)) return 0; /* each form below names a month */
    if (has(c, j, D_LEAD)) lead = val(c, j++);
    if (!lead && is_wday(c, j)) {
        uint32_t k = j + 1;
        if (is_comma(c, k)) k++;
        if (parse_point(c, k, &p1)) j = k;
    }
    /* "from March to May", "between October and December 2019" */
    if (lead && is_month(c, j, 1) && is_conn(c, j + 1, lead) && is_month(c, j + 2, 1) &&
        !day_num(c, j + 3, &d2)) {
        int m1 = val(c, j), m2 = val(c, j + 2), y1, y2;
        uint32_t end = j + 3;
        int32_t from, to, unused;
        if (year_num(c, end, &y, 1000, 2999)) {
            y2 = y;
            y1 = m1 <= m2 ? y : y - 1;
            end++;
        } else {
            if (c->doc == DY_NODATE) return 0;
            int dy = c->doc_y, dm = c->doc_m;
            /* past: the span ends by the article's month; future: starts at or after it */
            if (is_future(c, i, end)) { y1 = m1 >= dm ? dy : dy + 1; y2 = m2 >= m1 ? y1 : y1 + 1; }
            else { y2 = m2 <= dm ? dy : dy - 1; y1 = m1 <= m2 ? y2 : y2 - 1; }
        }
        if (!year_ok(y1) || !year_ok(y2)) return 0;
        month_range(y1, m1, &from, &unused);
        month_range(y2, m2, &unused, &to);
        emit(c, i, end, from, to);
        return end;
    }
    e1 = parse_point(c, j, &p1);
    if (e1) {
        if (is_conn(c, e1, lead)) {
            e2 = parse_point(c, e1 + 1, &p2);
            if (e2 && emit_points(c, i, e2, p1, p2)) return e2;
            if (!p1.dayfirst && !p1.y && day_num(c, e1 + 1, &d2) && d2 > p1.d) {
                uint32_t end = e1 + 2;
                if (is_comma(c, end) && year_num(c, end + 1, &y, 1000, 2999)) { p1.y = y; end += 2; }
                else if (year_num(c, end, &y, 1000, 2999)) { p1.y = y; end++; }
                p2 = p1;
                p2.d = d2;
                if (emit_points(c, i, end, p1, p2)) return end;
                return 0;
            }
        }
        /* a lone point after "from"/"between" leaves the lead word out */
        uint32_t tok0 = lead ? j : i;
        if (emit_points(c, tok0, e1, p1, p1)) return e1;
        return 0;
    }
    /* "3 to 5 March", "2-4 October 2019", "between 3 and 5 March" */
    if (day_num(c, j, &d1) && is_conn(c, j + 1, lead) && (e2 = parse_point(c, j + 2, &p2)) &&
        p2.dayfirst && d1 < p2.d) {
        p1 = p2;
        p1.d = d1;
        if (emit_points(c, i, e2, p1, p2)) return e2;
    }
    return 0;
}

/* Modifiers before a relative expression. */
typedef struct prefix {
    int ee;        /* earlier -1 / later +1 */
    int part;      /* P_EARLY, P_MID, P_LATE */
    int rel;       /* R_LAST ... */
    uint32_t end;  /* first token after the modifiers */
} prefix;

static prefix parse_prefix(const dctx *c, uint32_t i)
{
    prefix p = {0, 0, 0, i};
    uint32_t j = i;
    if (has(c, j, D_EARLIER) && (has(c, j + 1, D_REL) || has(c, j + 1, D_RELDAY))) p.ee = val(c, j++);
    if (has(c, j, D_PART)) {
        p.part = val(c, j++);
        if (is_joined_hyphen(c, j)) j++;
        else if (has(c, j, D_ON) && is_wday(c, j + 1)) j++;
    }
    if (has(c, j, D_REL)) p.rel = val(c, j++);
    p.end = j;
    return p;
}

/* Weekday counting from the article date. */
static int32_t wday_resolve(int32_t doc, int w, int mode)
{
    int d = weekday(doc);
    switch (mode) {
    case -2: return doc - ((d - w + 6) % 7 + 1);    /* strictly before */
    case -1: return doc - ((d - w + 7) % 7);        /* on or before */
    case 1: return doc + ((w - d + 7) % 7);         /* on or after */
    default: return doc + ((w - d + 6) % 7 + 1);    /* strictly after */
    }
}

/* [late|early] [on] [last|next|this] Tuesday [night] */
static uint32_t match_wday(dctx *c, uint32_t i, const prefix *p)
{
    uint32_t k = p->end;
    if (!is_wday(c, k) || c->doc == DY_NODATE || p->ee) return 0;
    uint32_t end = k + 1;
    if (has(c, end, D_TOD)) end++;
    int mode;
    if (p->rel == R_LAST || p->rel == R_PAST) mode = -2;
    else if (p->rel == R_NEXT) mode = 2;
    else mode = is_future(c, i, end) ? 1 : -1;
    int32_t z = wday_resolve(c->doc, val(c, k), mode);
    emit(c, i, end, z, z);
    return end;
}

/* yesterday / today / tonight / tomorrow [morning ...], last night, this
 * morning, earlier today, the day before yesterday, the day after tomorrow. */
static uint32_t match_relday(dctx *c, uint32_t i, const prefix *p)
{
    uint32_t k = p->end;
    if (c->doc == DY_NODATE) return 0;
    if (has(c, k, D_RELDAY) && !p->rel) {
        uint32_t end = k + 1;
        if (has(c, end, D_TOD) && !is(c, k, DY_XW_TONIGHT)) end++;
        int32_t z = c->doc + val(c, k);
        emit(c, i, end, z, z);
        return end;
    }
    if (p->rel == R_LAST && has(c, k, D_NIGHT)) {
        emit(c, i, k + 1, c->doc - 1, c->doc - 1);
        return k + 1;
    }
    if (p->rel == R_THIS && has(c, k, D_TOD)) {
        emit(c, i, k + 1, c->doc, c->doc);
        return k + 1;
    }
    if (!p->rel && !p->part && !p->ee && has(c, k, D_THE) && has(c, k + 1, D_UNIT) &&
        val(c, k + 1) == U_DAY && !has(c, k + 1, D_PLURAL) && has(c, k + 2, D_BA) &&
        has(c, k + 3, D_RELDAY) && val(c, k + 3) == val(c, k + 2) && val(c, k + 3) != 0) {
        int32_t z = c->doc + 2 * val(c, k + 3);
        emit(c, i, k + 4, z, z);
        return k + 4;
    }
    return 0;
}

/* The weekend around the article date: the latest one begun by it, or in the
 * future the first one not yet over. */
static void weekend_near(int32_t doc, int future, int32_t *from, int32_t *to)
{
    int32_t ws = doc - weekday(doc), sat = ws + 5;
    if (future || doc >= sat) { *from = sat; *to = sat + 1; }
    else { *from = ws - 2; *to = ws - 1; }
}

/* last/this/next/past week|month|year|weekend, "the weekend", and the
 * rolling "the past three days". */
static uint32_t match_unit(dctx *c, uint32_t i, const prefix *p)
{
    uint32_t k = p->end;
    if (c->doc == DY_NODATE) return 0;
    int y = c->doc_y, m = c->doc_m;
    int32_t ws = c->doc_monday, from, to;

    /* "the weekend", "over the weekend" */
    if (!p->rel && !p->ee && has(c, k, D_THE) && has(c, k + 1, D_UNIT) && val(c, k + 1) == U_WEEKEND) {
        weekend_near(c->doc, is_future(c, i, k + 2), &from, &to);
        emit(c, i, k + 2, from, to);
        return k + 2;
    }
    if (!p->rel) return 0;

    /* rolling: "the past three days", "the last two weeks", "the next 10 days" */
    dy_num n;
    if ((p->rel == R_PAST || p->rel == R_LAST || p->rel == R_NEXT) && !p->part && !p->ee &&
        number_at(c, k, &n) && !(n.flags & ~(unsigned)(DY_NUM_DIGITS | DY_NUM_WORDS)) &&
        n.value >= 1 && n.value <= 1000 && has(c, n.end, D_UNIT) && val(c, n.end) != U_WEEKEND &&
        (has(c, n.end, D_PLURAL) || n.value == 1)) {
        int u = val(c, n.end), nv = (int)n.value;
        int32_t other;
        int sign = p->rel == R_NEXT ? 1 : -1;
        switch (u) {
        case U_DAY: other = c->doc + sign * nv; break;
        case U_WEEK: other = c->doc + sign * 7 * nv; break;
        case U_MONTH: other = add_months(c->doc, sign * nv); break;
        default: other = add_months(c->doc, sign * 12 * nv); break;
        }
        if (sign < 0) emit(c, i, n.end + 1, other, c->doc);
        else emit(c, i, n.end + 1, c->doc, other);
        return n.end + 1;
    }

    if (!has(c, k, D_UNIT) || has(c, k, D_PLURAL)) return 0;
    int u = val(c, k), ny, nm;
    int delta = p->rel == R_LAST ? -1 : p->rel == R_NEXT ? 1 : 0;
    switch (u) {
    case U_WEEK:
        if (p->rel == R_PAST) { from = c->doc - 7; to = c->doc; break; }
        from = ws + 7 * delta;
        to = from + 6;
        break;
    case U_MONTH:
        if (p->rel == R_PAST) { from = add_months(c->doc, -1); to = c->doc; break; }
        month_shift(y, m, delta, &ny, &nm);
        if (!year_ok(ny)) return 0;
        month_range(ny, nm, &from, &to);
        break;
    case U_YEAR:
        if (p->rel == R_PAST) { from = add_months(c->doc, -12); to = c->doc; break; }
        if (!year_ok(y + delta)) return 0;
        from = dy_days_from_civil(y + delta, 1, 1);
        to = dy_days_from_civil(y + delta, 12, 31);
        break;
    case U_WEEKEND:
        if (p->rel == R_PAST) { weekend_near(c->doc, 0, &from, &to); break; }
        from = ws + 5 + 7 * delta;
        to = from + 1;
        break;
    default:
        return 0;
    }
    narrow(p->part, &from, &to);
    if (p->ee < 0 && from <= c->doc && c->doc <= to) to = c->doc;
    if (p->ee > 0 && from <= c->doc && c->doc <= to) from = c->doc;
    emit(c, i, k + 1, from, to);
    return k + 1;
}

/* "three days ago", "a week ago", "2 years ago" */
static uint32_t match_ago(dctx *c, uint32_t i)
{
    if (c->doc == DY_NODATE || !(c->words & D_AGO)) return 0;
    long long nv;
    uint32_t u;
    dy_num n;
    if (i < c->e && (is(c, i, DY_XW_A) || is(c, i, DY_XW_AN)) && has(c, i + 1, D_UNIT)) {
        nv = 1;
        u = i + 1;
    } else if (number_at(c, i, &n) &&
               !(n.flags & ~(unsigned)(DY_NUM_DIGITS | DY_NUM_WORDS))) {
        nv = n.value;
        u = n.end;
    } else {
        return 0;
    }
    if (!has(c, u, D_UNIT) || !has(c, u + 1, D_AGO) || nv < 1 || nv > 5000) return 0;
    if (nv > 1 && !has(c, u, D_PLURAL)) return 0;
    int y = c->doc_y, m = c->doc_m, ny, nm, k = (int)nv;
    int32_t from, to;
    switch (val(c, u)) {
    case U_DAY: from = to = c->doc - k; break;
    case U_WEEK: {
        int32_t z = c->doc - 7 * k;
        from = z - weekday(z);
        to = from + 6;
        break;
    }
    case U_MONTH:
        month_shift(y, m, -k, &ny, &nm);
        if (!year_ok(ny)) return 0;
        month_range(ny, nm, &from, &to);
        break;
    case U_YEAR:
        if (!year_ok(y - k)) return 0;
        from = dy_days_from_civil(y - k, 1, 1);
        to = dy_days_from_civil(y - k, 12, 31);
        break;
    default:
        return 0;
    }
    emit(c, i, u + 2, from, to);
    return u + 2;
}

/* "October 2019", "in October", "early October", "mid-October", "last October". */
static uint32_t match_month(dctx *c, uint32_t i, const prefix *p)
{
    uint32_t k = p->end;
    int y, d;
    int32_t from, to;
    if (p->ee || !is_month(c, k, 0)) return 0;
    if (day_num(c, k + 1, &d)) return 0;               /* a date: match_date's */
    if (year_num(c, k + 1, &y, 1000, 2999)) {
        month_range(y, val(c, k), &from, &to);
        narrow(p->part, &from, &to);
        emit(c, i, k + 2, from, to);
        return k + 2;
    }
    if (!is_month(c, k, 1) || c->doc == DY_NODATE) return 0;
    if (!p->part && !p->rel && !(i > c->b && has(c, i - 1, D_CUE))) return 0;
    int dy = c->doc_y, dm = c->doc_m, mm = val(c, k);
    switch (p->rel) {
    case R_LAST: case R_PAST: y = mm < dm ? dy : dy - 1; break;
    case R_NEXT: y = mm > dm ? dy : dy + 1; break;
    case R_THIS: y = dy; break;
    default:
        if (is_future(c, i, k + 1)) y = mm >= dm ? dy : dy + 1;
        else y = mm <= dm ? dy : dy - 1;
    }
    if (!year_ok(y)) return 0;
    month_range(y, mm, &from, &to);
    narrow(p->part, &from, &to);
    emit(c, i, k + 1, from, to);
    return k + 1;
}

/* "in 2019", "early 2019", "mid-2019", "the 1990s". */
static uint32_t match_year(dctx *c, uint32_t i, const prefix *p)
{
    uint32_t k = p->end;
    int y;
    int32_t from, to;
    if (p->rel || p->ee || k >= c->e) return 0;
    const dy_token *tk = &c->t->toks[k];
    const char *s = c->t->text + tk->start;
    if (tk->kind == DY_TOK_NUMBER && tk->len == 5 && (s[4] == 's' || s[4] == 'S') && s[3] == '0') {
        y = 0;
        for (int j = 0; j < 4; j++) {
            if (s[j] < '0' || s[j] > '9') return 0;
            y = y * 10 + (s[j] - '0');
        }
        if (y < 1000 || y > 2990) return 0;
        uint32_t tok0 = i;
        if (!p->part && i > c->b && has(c, i - 1, D_THE)) tok0 = i - 1;
        from = dy_days_from_civil(y, 1, 1);
        to = dy_days_from_civil(y + 9, 12, 31);
        narrow(p->part, &from, &to);
        emit(c, tok0, k + 1, from, to);
        return k + 1;
    }
    if (!year_num(c, k, &y, 1800, 2199)) return 0;
    if (!p->part && !(i > c->b && has(c, i - 1, D_CUE))) return 0;
    from = dy_days_from_civil(y, 1, 1);
    to = dy_days_from_civil(y, 12, 31);
    narrow(p->part, &from, &to);
    emit(c, i, k + 1, from, to);
    return k + 1;
}

/* Try every matcher at token i; returns the end of the match or 0. */
static uint32_t match_at(dctx *c, uint32_t i)
{
    uint32_t r;
    if ((r = match_iso(c, i))) return r;
    if ((r = match_date(c, i))) return r;
    if ((r = match_ago(c, i))) return r;
    prefix p = parse_prefix(c, i);
    if ((r = match_wday(c, i, &p))) return r;
    if ((r = match_relday(c, i, &p))) return r;
    if ((r = match_unit(c, i, &p))) return r;
    if ((r = match_month(c, i, &p))) return r;
    if ((r = match_year(c, i, &p))) return r;
    return 0;
}

void dy_extract_dates(const dy_text *t, const uint16_t *xw, int32_t doc_day, dy_arena *a, dy_vec *out)
{
    if (!t || !out || t->ntok == 0) return;
    dctx c = {.t = t, .id = xw ? xw : dy_xw_of(t, a), .doc = doc_day, .a = a, .out = out};
    c.day_lo = dy_days_from_civil(1, 1, 1);
    c.day_hi = dy_days_from_civil(9999, 12, 31);
    if (doc_day != DY_NODATE &&
        (doc_day < dy_days_from_civil(2, 1, 1) || doc_day > dy_days_from_civil(9998, 12, 31)))
        c.doc = DY_NODATE;
    if (c.doc != DY_NODATE) {
        int d;
        dy_civil_from_days(c.doc, &c.doc_y, &c.doc_m, &d);
        c.doc_monday = c.doc - weekday(c.doc);
    }
    uint32_t *cand = dy_arena_alloc(a, t->ntok * sizeof *cand);
    for (uint32_t s = 0; s < t->nsent; s++) {
        c.b = t->sents[s].tok_begin;
        c.e = t->sents[s].tok_end;
        c.s = s;
        /* One pass over the sentence: the classes of its words, and the
         * tokens an expression may begin with (digits, number words, words
         * of the classes below). A sentence with none ends here. */
        uint32_t words = 0, nc = 0;
        for (uint32_t i = c.b; i < c.e; i++) {
            uint32_t f = word(&c, i)->f;
            words |= f;
            if ((f & (D_START | D_LEAD | D_THE)) || dy_xw_number(c.id[i]) || t->toks[i].kind == DY_TOK_NUMBER)
                cand[nc++] = i;
        }
        if (nc == 0) continue;
        c.words = words;
        /* Of those, "from" and "between" only begin one before a month, "the"
         * only before a unit ("the weekend", "the day before yesterday"), a
         * number word only before "ago" ("three days ago", "a week ago"). */
        uint32_t start = D_START;
        if (words & D_MONTH) start |= D_LEAD;
        if (words & D_UNIT) start |= D_THE;
        int numword = (words & D_AGO) != 0;
        for (uint32_t k = 0, next = c.b; k < nc; k++) {
            uint32_t i = cand[k];
            if (i < next) continue; /* inside the expression just found */
            if (t->toks[i].kind != DY_TOK_NUMBER && !(word(&c, i)->f & start) &&
                !(numword && dy_xw_number(c.id[i])))
                continue;
            uint32_t r = match_at(&c, i);
            next = r > i ? r : i + 1;
        }
    }
}
