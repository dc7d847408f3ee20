/* attrib.c — stage 6: who a report is attributed to.
 *
 * An event read from "Troops shelled the town, state media said" is a claim
 * by state media, and a consumer weighing events needs to know that. This
 * file finds the attributed source phrase of such clauses:
 *
 *   according to NP            "according to a statement from the ministry"
 *   citing NP                  "citing security sources" (a source-like NP)
 *   reported/quoted/cited by NP
 *   NP said|says|added|…       when NP is source-like: "state media said",
 *                              "a statement said", "officials said", "the
 *                              official news agency WAFA said", "AFP said"
 *   NP reported|reports|quoted any non-pronoun NP: "Reuters reported",
 *                              "the daily Hurriyet reported"
 *   “…,” said NP / , said NP   inverted, source-like NP
 *   NP told <media>            "a senior official told Reuters": the source is
 *                              the SUBJECT (the official). Reuters is only the
 *                              channel the statement went through — it vouches
 *                              for nothing but having heard it — so it is not
 *                              recorded; the subject is recorded even when it
 *                              is a plain name ("Erdogan told Anadolu"), since
 *                              the construction itself marks an attribution.
 *   the dateline agency        "NAIROBI (Reuters) -": an attribution of the
 *                              whole document, with sentence = UINT32_MAX
 *                              (0 would claim it for the first sentence only).
 *
 * "Source-like" means the phrase holds a media name (Reuters, AFP, Anadolu,
 * WAFA …), a media noun (agency, television, newspaper …), a document noun
 * (statement, report, communique …) or an anonymous-source noun (sources,
 * officials, witnesses, residents, police, spokesman). A named person with
 * "said" ("Erdogan said") is a speaker, not an attribution: quotes.c and the
 * coder's own source handle that. "According to the plan/law/agreement" is
 * not a source.
 *
 * Noun phrases come from quotes.c's dy_speech_* helpers, so speakers and
 * sources are delimited by the same rule. One pass over the tokens with
 * constant-size windows: linear in tokens. */
#include "extract/extract.h"
#include "util/check.h"

#include <string.h>

/* ---------------------------------------------- shared with quotes.c */
#include "extract/speech.h"

enum {
    A_SAY     = 1u << 0,  /* said, says, added … (source-like subject required) */
    A_REPORT  = 1u << 1,  /* reported, reports, quoted (any non-pronoun subject) */
    A_TOLD    = 1u << 2,  /* told, tells */
    A_ACC     = 1u << 3,  /* according */
    A_CITING  = 1u << 4,  /* citing */
    A_BY      = 1u << 5,  /* by */
    A_PASSIVE = 1u << 6,  /* reported/quoted/cited before "by" */
    A_SRC     = 1u << 7,  /* a source-like word */
    A_MEDIA   = 1u << 8,  /* a media name or noun (a channel for "told") */
    A_NONSRC  = 1u << 9,  /* "according to" these is not an attribution */
    A_PRON    = 1u << 10  /* pronoun subject */
};

typedef struct attrword {
    const char *w;
    unsigned cls;
} attrword;

#define SM (A_SRC | A_MEDIA)

/* Sorted by strcmp (checked by test_attrib.c through dy_attrib_table_check). */
static const attrword awords[] = {
    {"abc", SM}, {"accord", A_NONSRC}, {"according", A_ACC}, {"added", A_SAY},
    {"afp", SM}, {"agency", SM}, {"agreement", A_NONSRC}, {"aljazeera", SM},
    {"anadolu", SM}, {"announcement", A_SRC}, {"ansa", SM},
    {"ap", SM}, {"arabiya", SM}, {"bbc", SM}, {"bernama", SM}, {"broadcaster", SM},
    {"bulletin", A_SRC}, {"by", A_BY}, {"cbs", SM}, {"channel", SM},
    {"cited", A_PASSIVE}, {"citing", A_CITING}, {"claimed", A_SAY}, {"cnn", SM},
    {"communique", A_SRC}, {"confirmed", A_SAY}, {"constitution", A_NONSRC},
    {"custom", A_NONSRC}, {"daily", SM}, {"deal", A_NONSRC}, {"document", A_SRC},
    {"documents", A_SRC}, {"dpa", SM}, {"efe", SM}, {"fars", SM}, {"haaretz", SM},
    {"he", A_PRON}, {"hurriyet", SM}, {"i", A_PRON}, {"interfax", SM}, {"irna", SM},
    {"isna", SM}, {"it", A_PRON}, {"jazeera", SM}, {"kcna", SM}, {"kuna", SM},
    {"kyodo", SM}, {"law", A_NONSRC}, {"laws", A_NONSRC}, {"media", SM}, {"mehr", SM},
    {"mena", SM}, {"monitor", A_SRC}, {"msnbc", SM}, {"nbc", SM}, {"network", SM},
    {"newspaper", SM}, {"newspapers", SM}, {"noted", A_SAY}, {"npr", SM},
    {"observatory", A_SRC}, {"office", A_SRC}, {"official", A_SRC}, {"officials", A_SRC},
    {"outlet", SM}, {"paper", SM}, {"plan", A_NONSRC}, {"plans", A_NONSRC}, {"police", A_SRC},
    {"press", SM}, {"protocol", A_NONSRC}, {"qna", SM}, {"quoted", A_REPORT | A_PASSIVE},
    {"radio", SM}, {"release", A_SRC}, {"report", A_SRC},
    {"reported", A_REPORT | A_PASSIVE}, {"reports", A_SRC}, {"resident", A_SRC},
    {"residents", A_SRC}, {"reuters", SM}, {"ria", SM}, {"rule", A_NONSRC},
    {"rules", A_NONSRC}, {"said", A_SAY}, {"sana", SM}, {"say", A_SAY}, {"says", A_SAY},
    {"schedule", A_NONSRC}, {"she", A_PRON}, {"source", A_SRC}, {"sources", A_SRC},
    {"spokesman", A_SRC}, {"spokesperson", A_SRC}, {"spokeswoman", A_SRC}, {"sputnik", SM},
    {"stated", A_SAY}, {"statement", A_SRC}, {"statements", A_SRC}, {"station", SM},
    {"tasnim", SM}, {"tass", SM}, {"television", SM}, {"tells", A_TOLD}, {"terms", A_NONSRC},
    {"they", A_PRON}, {"timetable", A_NONSRC}, {"told", A_TOLD}, {"tradition", A_NONSRC},
    {"treaty", A_NONSRC}, {"tv", SM}, {"upi", SM}, {"wafa", SM}, {"wam", SM},
    {"warned", A_SAY}, {"way", A_NONSRC}, {"we", A_PRON}, {"website", SM}, {"wire", SM}, {"witness", A_SRC},
    {"witnesses", A_SRC}, {"xinhua", SM}, {"yonhap", SM},
};

size_t dy_attrib_table_check(void)
{
    for (size_t i = 1; i < DY_ARRAY_LEN(awords); i++)
        if (strcmp(awords[i - 1].w, awords[i].w) >= 0) return i;
    return 0;
}

/* Lowercase lookup of token i; verb classes only for lowercase tokens. */
static unsigned aclass(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD || k->len >= 16) return 0;
    char w[16];
    for (uint32_t j = 0; j < k->len; j++) {
        unsigned char c = (unsigned char)t->text[k->start + j];
        w[j] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    w[k->len] = 0;
    size_t lo = 0, hi = DY_ARRAY_LEN(awords);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(awords[mid].w, w);
        if (c == 0) {
            unsigned cl = awords[mid].cls;
            if (k->flags & DY_TF_CAP)
                cl &= ~(unsigned)(A_SAY | A_REPORT | A_TOLD | A_ACC | A_CITING | A_BY | A_PASSIVE);
            return cl;
        }
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

static unsigned range_class(const dy_text *t, uint32_t a, uint32_t b)
{
    unsigned c = 0;
    for (uint32_t i = a; i < b; i++) c |= aclass(t, i);
    return c;
}

static void emit(dy_arena *a, dy_vec *out, uint32_t s0, uint32_t s1, uint32_t sent)
{
    dy_attrib_expr *e = dy_vec_push(out, a);
    e->tok0 = s0;
    e->tok1 = s1;
    e->sentence = sent;
}

static int is_punct(const dy_text *t, uint32_t i, char c)
{
    const dy_token *k = &t->toks[i];
    return k->kind == DY_TOK_PUNCT && k->len == 1 && t->text[k->start] == c;
}

/* "was reported", "had been quoted", "reported by": passive voice. */
static int is_passive(const dy_text *t, uint32_t i)
{
    static const char *const aux[] = {"was", "were", "been", "being", "is", "are", "be"};
    if (i + 1 < t->ntok && dy_tok_is(t, i + 1, "by")) return 1;
    if (i == 0) return 0;
    uint32_t p = i - 1;
    /* "was widely reported" */
    const dy_token *k = &t->toks[p];
    if (p > 0 && k->kind == DY_TOK_WORD && k->len > 3 && t->text[k->start + k->len - 2] == 'l' &&
        t->text[k->start + k->len - 1] == 'y')
        p--;
    for (size_t j = 0; j < DY_ARRAY_LEN(aux); j++)
        if (dy_tok_is(t, p, aux[j])) return 1;
    return 0;
}

void dy_extract_attributions(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out)
{
    (void)xw;
    if (!t || t->ntok == 0) return;
    uint32_t n = t->ntok;
    /* the dateline agency: "(Reuters)", "(Reuters Health)" — the words up to ")" */
    if (t->dateline_agency >= 0 && (uint32_t)t->dateline_agency < n) {
        uint32_t ag = (uint32_t)t->dateline_agency, e = ag + 1;
        while (e < n && e < ag + 4 && t->toks[e].kind == DY_TOK_WORD) e++;
        if (e >= n || !is_punct(t, e, ')')) e = ag + 1;
        emit(a, out, ag, e, UINT32_MAX);
    }
    const dy_speech *sp = dy_speech_scan(t, a);
    uint32_t cur = 0, first = t->dateline_end;
    for (uint32_t i = first; i < n; i++) {
        while (cur + 1 < t->nsent && t->sents[cur].tok_end <= i) cur++;
        unsigned c = aclass(t, i);
        if (!(c & (A_SAY | A_REPORT | A_TOLD | A_ACC | A_CITING | A_BY))) continue;
        uint32_t lim = i + 18 < n ? i + 18 : n;
        uint32_t lo = i >= first + 12 ? i - 12 : first;
        uint32_t s0, s1;
        if (c & A_ACC) {
            if (i + 2 < n && dy_tok_is(t, i + 1, "to")) {
                uint32_t s = dy_speech_np_after(sp, i + 2, lim, 1);
                if (s > i + 2 && !(range_class(t, i + 2, s) & A_NONSRC)) emit(a, out, i + 2, s, cur);
            }
        } else if (c & A_CITING) {
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
            if (s > i + 1 && (range_class(t, i + 1, s) & A_SRC)) emit(a, out, i + 1, s, cur);
        } else if (c & A_BY) {
            if (i > first && (aclass(t, i - 1) & A_PASSIVE)) {
                uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
                if (s > i + 1 && !(range_class(t, i + 1, s) & A_PRON)) emit(a, out, i + 1, s, cur);
            }
        } else if (c & A_TOLD) {
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
            if (s > i + 1 && (range_class(t, i + 1, s) & A_MEDIA) &&
                dy_speech_subject(sp, i, lo, &s0, &s1))
                emit(a, out, s0, s1, cur);
        } else if ((c & A_REPORT) && (is_passive(t, i) || (i + 1 < n && dy_tok_is(t, i + 1, "from")))) {
            /* "was reported (by …)": the subject is what was reported;
             * "Costa reported from Washington." is a byline */
            continue;
        } else if (dy_speech_subject(sp, i, lo, &s0, &s1)) {
            unsigned rc = range_class(t, s0, s1);
            int pron = s1 == s0 + 1 && (rc & A_PRON);
            if ((c & A_REPORT) ? !pron : (rc & A_SRC) != 0) emit(a, out, s0, s1, cur);
        } else if (i > first && (is_punct(t, i - 1, ',') ||
                                 (t->toks[i - 1].kind == DY_TOK_QUOTE &&
                                  (t->toks[i - 1].flags & DY_TF_CLOSE)))) {
            /* inverted: "“…,” said a statement", ", reported Anadolu" */
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 0);
            if (s > i + 1 && (range_class(t, i + 1, s) & A_SRC)) emit(a, out, i + 1, s, cur);
        }
    }
}
