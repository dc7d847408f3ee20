/* sentence.c — text stage, step 3: sentence boundaries and the dateline.
 *
 * Rules, in order (see text.h for the summary):
 *   - a blank line always ends a sentence (headlines, paragraphs);
 *   - . ! ? … end a sentence when the next token can start one (a capital,
 *     a digit, an opening quote or bracket), after absorbing closing quotes
 *     and brackets that belong to the sentence just ended;
 *   - an abbreviation token ("Gen.", "U.S.", "Inc.") ends a sentence only if
 *     it can end one ("U.S.", "Inc.", not "Gen."/"Mr."/initials) and the next
 *     word is a typical sentence opener ("The", "He", "In" …);
 *   - a run longer than the token limit is cut, so one pathological line
 *     cannot make later stages quadratic. */
#include "text/text.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>

/* Abbreviations after which a sentence never ends (titles, "No. 5"). */
static const char *const never_final[] = {
    "adm.", "amb.", "brig.", "capt.", "cdr.", "cmdr.", "col.", "cpl.", "dr.", "ft.", "gen.",
    "gov.", "hon.", "lt.", "maj.", "messrs.", "mr.", "mrs.", "ms.", "mt.", "no.", "nos.",
    "pres.", "prof.", "pte.", "pvt.", "rep.", "reps.", "rev.", "rt.", "sen.", "sens.", "sgt.",
    "st.", "supt.", "vs.",
};

/* Closed-class words that typically open a sentence; after "U.S." or "Inc."
 * they signal that the period also ended the sentence. */
static const char *const openers[] = {
    "a", "after", "also", "an", "and", "as", "at", "but", "by", "during", "earlier",
    "for", "he", "her", "his", "however", "i", "if", "in", "it", "its", "last", "later",
    "meanwhile", "more", "most", "no", "not", "officials", "on", "one", "other", "our",
    "she", "since", "some", "that", "the", "their", "there", "these", "they", "this",
    "those", "though", "to", "two", "under", "we", "what", "when", "while", "who", "with",
    "yet", "you",
};

static int in_list(const char *const *list, size_t n, const char *p, size_t len)
{
    if (len == 0 || len > 15) return 0;
    char low[16];
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[len] = 0;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(list[mid], low);
        if (c == 0) return 1;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

static int tok_char(const dy_text *t, uint32_t i, char c)
{
    const dy_token *k = &t->toks[i];
    return k->len == 1 && t->text[k->start] == c;
}

static int is_terminal(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_PUNCT) return 0;
    const char *p = t->text + k->start;
    if (k->len == 1) return *p == '.' || *p == '!' || *p == '?';
    if (k->len == 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0) return 2; /* … */
    if (k->len >= 3 && p[0] == '.') return 2;                          /* ... */
    if (k->len == 3 && (memcmp(p, "\xEF\xBC\x81", 3) == 0 || memcmp(p, "\xEF\xBC\x9F", 3) == 0))
        return 1; /* fullwidth ! ? */
    return 0;
}

/* Can token i start a sentence? */
static int can_start(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->flags & DY_TF_PARA) return 1;
    switch (k->kind) {
    case DY_TOK_WORD: return (k->flags & DY_TF_CAP) != 0;
    case DY_TOK_NUMBER: return 1;
    case DY_TOK_QUOTE: return (k->flags & DY_TF_OPEN) != 0;
    case DY_TOK_PUNCT: return (k->flags & DY_TF_OPEN) || tok_char(t, i, '-');
    case DY_TOK_SYMBOL: return 1;
    }
    return 0;
}

/* After an abbreviation token a, does the sentence end before token n? */
static int abbrev_ends(const dy_text *t, uint32_t a, uint32_t n)
{
    const dy_token *k = &t->toks[a];
    if (k->flags & DY_TF_INITIAL) return 0;
    if (in_list(never_final, DY_ARRAY_LEN(never_final), t->text + k->start, k->len)) return 0;
    const dy_token *nk = &t->toks[n];
    if (nk->flags & DY_TF_PARA) return 1;
    if (nk->kind == DY_TOK_QUOTE && (nk->flags & DY_TF_OPEN)) return 1;
    if (nk->kind != DY_TOK_WORD || !(nk->flags & DY_TF_CAP)) return 0;
    /* month abbreviations before a number are dates, handled by the caller */
    return in_list(openers, DY_ARRAY_LEN(openers), t->text + nk->start, nk->len);
}

/* ----------------------------------------------------------------- dateline */

static int is_agency_word(const dy_text *t, uint32_t i)
{
    static const char *const agencies[] = {
        "afp", "ap", "bernama", "dpa", "efe", "irna", "kyodo", "mena", "pti", "ria",
        "reuters", "sana", "tass", "upi", "wafa", "xinhua", "yonhap", "ansa", "anadolu",
        "apa", "ips", "kuna", "qna", "spa", "wam", "ina", "bna", "cna", "jiji", "interfax",
    };
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD) return 0;
    char low[16];
    if (k->len >= sizeof low) return 0;
    for (size_t j = 0; j < k->len; j++) {
        unsigned char c = (unsigned char)t->text[k->start + j];
        low[j] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[k->len] = 0;
    for (size_t j = 0; j < DY_ARRAY_LEN(agencies); j++)
        if (strcmp(agencies[j], low) == 0) return 1;
    return 0;
}

static int is_dash_tok(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_PUNCT) return 0;
    const char *p = t->text + k->start;
    if (k->len == 1) return *p == '-' || *p == ':';
    if (k->len == 2) return p[0] == '-' && p[1] == '-';
    if (k->len == 3) return memcmp(p, "\xE2\x80\x93", 3) == 0 || memcmp(p, "\xE2\x80\x94", 3) == 0;
    return 0;
}

/* Dateline: PLACE [, PLACE2] [, Month Day] [(Agency)] DASH at text start.
 * PLACE is 1-4 words in capitals (ANKARA, NEW YORK, WASHINGTON, D.C.) or, when
 * followed by an agency in brackets, in title case ("Nairobi (Reuters) -"). */
static void find_dateline(dy_text *t)
{
    t->dateline_begin = t->dateline_end = t->dateline_place_end = 0;
    t->dateline_agency = -1;
    uint32_t n = t->ntok, i = 0;
    if (n < 3) return;
    uint32_t place_end = 0;
    int caps = 1, words = 0;
    while (i < n && words < 5) {
        const dy_token *k = &t->toks[i];
        if (k->kind == DY_TOK_WORD && (k->flags & DY_TF_CAP)) {
            if (!(k->flags & DY_TF_ALLCAPS) && k->len > 1 && !(k->flags & DY_TF_ABBREV)) caps = 0;
            words++;
            i++;
            place_end = i;
            continue;
        }
        if (tok_char(t, i, ',') && words > 0 && i + 2 < n && t->toks[i + 1].kind == DY_TOK_WORD &&
            (t->toks[i + 1].flags & DY_TF_CAP) && t->toks[i + 2].kind != DY_TOK_NUMBER) {
            i++;
            continue;
        }
        break;
    }
    if (words == 0 || i >= n) return;
    /* optional ", Oct 3" or "Oct 3" date after a comma */
    uint32_t j = place_end;
    if (j < n && tok_char(t, j, ',')) j++;
    if (j + 1 < n && t->toks[j].kind == DY_TOK_WORD && t->toks[j + 1].kind == DY_TOK_NUMBER) j += 2;
    else j = place_end;
    int agency = -1;
    if (j + 2 < n && tok_char(t, j, '(') && is_agency_word(t, j + 1)) {
        uint32_t k = j + 2;
        /* "(Reuters)", "(AP Photo)" is not a dateline but allow "(Reuters Health)" */
        while (k < n && k < j + 5 && !tok_char(t, k, ')')) k++;
        if (k < n && tok_char(t, k, ')')) { agency = (int)j + 1; j = k + 1; }
    }
    if (j >= n || !is_dash_tok(t, j)) return;
    if (!caps && agency < 0) return;
    /* a colon only counts after an all-caps place: "ANKARA:" */
    if (tok_char(t, j, ':') && !caps) return;
    t->dateline_begin = 0;
    t->dateline_place_end = place_end;
    t->dateline_end = j + 1;
    t->dateline_agency = agency;
    for (uint32_t k = 0; k < t->dateline_end; k++) t->toks[k].flags |= DY_TF_DATELINE;
}

/* --------------------------------------------------------------- splitting */

typedef struct sentvec {
    dy_sentence *v;
    size_t n, cap;
} sentvec;

static void emit(sentvec *sv, const dy_text *t, uint32_t b, uint32_t e)
{
    if (e <= b) return;
    DY_GROW(sv->v, sv->n + 1, sv->cap);
    dy_sentence *s = &sv->v[sv->n++];
    s->tok_begin = b;
    s->tok_end = e;
    s->start = t->toks[b].start;
    s->end = t->toks[e - 1].start + t->toks[e - 1].len;
}

static int is_month_abbrev(const dy_text *t, uint32_t i)
{
    static const char *const months[] = {"apr.", "aug.", "dec.", "feb.", "jan.", "jul.", "jun.",
                                         "mar.", "nov.", "oct.", "sep.", "sept."};
    const dy_token *k = &t->toks[i];
    return in_list(months, DY_ARRAY_LEN(months), t->text + k->start, k->len);
}

void dy_text_split(dy_arena *a, dy_text *t, const dy_text_limits *lim)
{
    uint32_t maxtok = lim && lim->max_sentence_tokens ? lim->max_sentence_tokens : 400;
    sentvec sv = {0};
    t->ncut = 0;
    find_dateline(t);
    uint32_t n = t->ntok;
    uint32_t b = t->dateline_end;
    uint32_t last_cut = UINT32_MAX; /* start of the piece after the last cut */
    for (uint32_t i = b; i < n; i++) {
        if (i > b && (t->toks[i].flags & DY_TF_PARA)) {
            emit(&sv, t, b, i);
            b = i;
        }
        if (i - b + 1 >= maxtok) {
            /* a sentence that really goes on past the cut is counted once,
             * however many pieces it makes */
            if (i + 1 < n && !(t->toks[i + 1].flags & DY_TF_PARA) && !is_terminal(t, i)) {
                if (b != last_cut) t->ncut++;
                last_cut = i + 1;
            }
            emit(&sv, t, b, i + 1);
            b = i + 1;
            continue;
        }
        const dy_token *k = &t->toks[i];
        int term = is_terminal(t, i);
        int ends = 0;
        uint32_t e = i + 1;
        if (term) {
            /* absorb closing quotes and brackets */
            while (e < n && !(t->toks[e].flags & DY_TF_PARA) &&
                   ((t->toks[e].kind == DY_TOK_QUOTE && (t->toks[e].flags & DY_TF_CLOSE)) ||
                    (t->toks[e].kind == DY_TOK_PUNCT && (t->toks[e].flags & DY_TF_CLOSE))))
                e++;
            if (e >= n) ends = 1;
            else if (term == 2) ends = (t->toks[e].kind == DY_TOK_WORD && (t->toks[e].flags & DY_TF_CAP) &&
                                        (t->toks[e].flags & DY_TF_SPACE)) || (t->toks[e].flags & DY_TF_PARA);
            else ends = can_start(t, e) && ((t->toks[e].flags & DY_TF_SPACE) || t->toks[e].kind == DY_TOK_QUOTE);
            /* "11.8" is a number token, so a period here is never inside one */
        } else if (k->kind == DY_TOK_WORD && (k->flags & DY_TF_ABBREV) && i + 1 < n) {
            if (is_month_abbrev(t, i) && t->toks[i + 1].kind == DY_TOK_NUMBER) ends = 0;
            else ends = abbrev_ends(t, i, i + 1);
        }
        if (ends) {
            t->toks[i].flags |= DY_TF_SENT_END;
            emit(&sv, t, b, e);
            b = e;
            i = e - 1;
        }
    }
    emit(&sv, t, b, n);
    t->nsent = (uint32_t)sv.n;
    t->sents = dy_arena_alloc(a, (sv.n ? sv.n : 1) * sizeof(dy_sentence));
    if (sv.n) memcpy(t->sents, sv.v, sv.n * sizeof(dy_sentence));
    dy_free(sv.v);
}

void dy_text_analyze(dy_arena *a, const char *raw, size_t len, const dy_text_limits *lim, dy_text *out)
{
    memset(out, 0, sizeof *out);
    out->dateline_agency = -1;
    out->text = dy_text_normalize(a, raw, len, &out->len, &out->utf8_repairs);
    dy_text_tokenize(a, out->text, out->len, out);
    dy_text_split(a, out, lim);
}
