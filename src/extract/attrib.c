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
 * constant-size windows: linear in tokens. Words are xwords ids (xwords.h,
 * looked up once per document): a token's class is one table read. */
#include "extract/extract.h"
#include "util/check.h"

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

#define SM (A_SRC | A_MEDIA)

/* The class of each word, by its xwords id. A token has it only when it is
 * the word exactly, in any case (no ’ read as ', no period dropped). */
static const uint16_t acls[DY_XW_COUNT] = {
    [DY_XW_ABC] = SM, [DY_XW_ACCORD] = A_NONSRC, [DY_XW_ACCORDING] = A_ACC, [DY_XW_ADDED] = A_SAY,
    [DY_XW_AFP] = SM, [DY_XW_AGENCY] = SM, [DY_XW_AGREEMENT] = A_NONSRC, [DY_XW_ALJAZEERA] = SM,
    [DY_XW_ANADOLU] = SM, [DY_XW_ANNOUNCEMENT] = A_SRC, [DY_XW_ANSA] = SM, [DY_XW_AP] = SM,
    [DY_XW_ARABIYA] = SM, [DY_XW_BBC] = SM, [DY_XW_BERNAMA] = SM, [DY_XW_BROADCASTER] = SM,
    [DY_XW_BULLETIN] = A_SRC, [DY_XW_BY] = A_BY, [DY_XW_CBS] = SM, [DY_XW_CHANNEL] = SM,
    [DY_XW_CITED] = A_PASSIVE, [DY_XW_CITING] = A_CITING, [DY_XW_CLAIMED] = A_SAY, [DY_XW_CNN] = SM,
    [DY_XW_COMMUNIQUE] = A_SRC, [DY_XW_CONFIRMED] = A_SAY, [DY_XW_CONSTITUTION] = A_NONSRC,
    [DY_XW_CUSTOM] = A_NONSRC, [DY_XW_DAILY] = SM, [DY_XW_DEAL] = A_NONSRC, [DY_XW_DOCUMENT] = A_SRC,
    [DY_XW_DOCUMENTS] = A_SRC, [DY_XW_DPA] = SM, [DY_XW_EFE] = SM, [DY_XW_FARS] = SM,
    [DY_XW_HAARETZ] = SM, [DY_XW_HE] = A_PRON, [DY_XW_HURRIYET] = SM, [DY_XW_I] = A_PRON,
    [DY_XW_INTERFAX] = SM, [DY_XW_IRNA] = SM, [DY_XW_ISNA] = SM, [DY_XW_IT] = A_PRON,
    [DY_XW_JAZEERA] = SM, [DY_XW_KCNA] = SM, [DY_XW_KUNA] = SM, [DY_XW_KYODO] = SM,
    [DY_XW_LAW] = A_NONSRC, [DY_XW_LAWS] = A_NONSRC, [DY_XW_MEDIA] = SM, [DY_XW_MEHR] = SM,
    [DY_XW_MENA] = SM, [DY_XW_MONITOR] = A_SRC, [DY_XW_MSNBC] = SM, [DY_XW_NBC] = SM,
    [DY_XW_NETWORK] = SM, [DY_XW_NEWSPAPER] = SM, [DY_XW_NEWSPAPERS] = SM, [DY_XW_NOTED] = A_SAY,
    [DY_XW_NPR] = SM, [DY_XW_OBSERVATORY] = A_SRC, [DY_XW_OFFICE] = A_SRC, [DY_XW_OFFICIAL] = A_SRC,
    [DY_XW_OFFICIALS] = A_SRC, [DY_XW_OUTLET] = SM, [DY_XW_PAPER] = SM, [DY_XW_PLAN] = A_NONSRC,
    [DY_XW_PLANS] = A_NONSRC, [DY_XW_POLICE] = A_SRC, [DY_XW_PRESS] = SM, [DY_XW_PROTOCOL] = A_NONSRC,
    [DY_XW_QNA] = SM, [DY_XW_QUOTED] = A_REPORT | A_PASSIVE, [DY_XW_RADIO] = SM,
    [DY_XW_RELEASE] = A_SRC, [DY_XW_REPORT] = A_SRC, [DY_XW_REPORTED] = A_REPORT | A_PASSIVE,
    [DY_XW_REPORTS] = A_SRC, [DY_XW_RESIDENT] = A_SRC, [DY_XW_RESIDENTS] = A_SRC, [DY_XW_REUTERS] = SM,
    [DY_XW_RIA] = SM, [DY_XW_RULE] = A_NONSRC, [DY_XW_RULES] = A_NONSRC, [DY_XW_SAID] = A_SAY,
    [DY_XW_SANA] = SM, [DY_XW_SAY] = A_SAY, [DY_XW_SAYS] = A_SAY, [DY_XW_SCHEDULE] = A_NONSRC,
    [DY_XW_SHE] = A_PRON, [DY_XW_SOURCE] = A_SRC, [DY_XW_SOURCES] = A_SRC, [DY_XW_SPOKESMAN] = A_SRC,
    [DY_XW_SPOKESPERSON] = A_SRC, [DY_XW_SPOKESWOMAN] = A_SRC, [DY_XW_SPUTNIK] = SM,
    [DY_XW_STATED] = A_SAY, [DY_XW_STATEMENT] = A_SRC, [DY_XW_STATEMENTS] = A_SRC, [DY_XW_STATION] = SM,
    [DY_XW_TASNIM] = SM, [DY_XW_TASS] = SM, [DY_XW_TELEVISION] = SM, [DY_XW_TELLS] = A_TOLD,
    [DY_XW_TERMS] = A_NONSRC, [DY_XW_THEY] = A_PRON, [DY_XW_TIMETABLE] = A_NONSRC,
    [DY_XW_TOLD] = A_TOLD, [DY_XW_TRADITION] = A_NONSRC, [DY_XW_TREATY] = A_NONSRC, [DY_XW_TV] = SM,
    [DY_XW_UPI] = SM, [DY_XW_WAFA] = SM, [DY_XW_WAM] = SM, [DY_XW_WARNED] = A_SAY,
    [DY_XW_WAY] = A_NONSRC, [DY_XW_WE] = A_PRON, [DY_XW_WEBSITE] = SM, [DY_XW_WIRE] = SM,
    [DY_XW_WITNESS] = A_SRC, [DY_XW_WITNESSES] = A_SRC, [DY_XW_XINHUA] = SM, [DY_XW_YONHAP] = SM,
};

/* Exported for the unit test: every word with a class is lowercase letters,
 * so that the exact match above is a plain case-insensitive comparison
 * (0 if so, else the id of the first word that is not). */
size_t dy_attrib_table_check(void)
{
    for (unsigned id = 1; id < DY_XW_COUNT; id++) {
        if (!acls[id]) continue;
        const char *w = dy_xw_str(id);
        for (size_t j = 0; w[j]; j++)
            if (w[j] < 'a' || w[j] > 'z') return id;
    }
    return 0;
}

/* The class of token i (ids xw); verb classes only for lowercase tokens. */
static inline unsigned aclass(const dy_text *t, const uint16_t *xw, uint32_t i)
{
    unsigned x = xw[i];
    if (x >= DY_XW_COUNT) return 0;   /* inexact: a dropped period or ’ */
    unsigned cl = acls[x];
    if (cl && (t->toks[i].flags & DY_TF_CAP))
        cl &= ~(unsigned)(A_SAY | A_REPORT | A_TOLD | A_ACC | A_CITING | A_BY | A_PASSIVE);
    return cl;
}

static unsigned range_class(const dy_text *t, const uint16_t *xw, uint32_t a, uint32_t b)
{
    unsigned c = 0;
    for (uint32_t i = a; i < b; i++) c |= aclass(t, xw, i);
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
static int is_passive(const dy_text *t, const uint16_t *xw, uint32_t i)
{
    if (i + 1 < t->ntok && xw[i + 1] == DY_XW_BY) return 1;
    if (i == 0) return 0;
    uint32_t p = i - 1;
    /* "was widely reported" */
    const dy_token *k = &t->toks[p];
    if (p > 0 && k->kind == DY_TOK_WORD && k->len > 3 && t->text[k->start + k->len - 2] == 'l' &&
        t->text[k->start + k->len - 1] == 'y')
        p--;
    switch (xw[p]) {
    case DY_XW_WAS: case DY_XW_WERE: case DY_XW_BEEN: case DY_XW_BEING: case DY_XW_IS: case DY_XW_ARE:
    case DY_XW_BE:
        return 1;
    }
    return 0;
}

void dy_extract_attributions(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out)
{
    if (!t || t->ntok == 0) return;
    uint32_t n = t->ntok;
    /* the dateline agency: "(Reuters)", "(Reuters Health)" — the words up to ")" */
    if (t->dateline_agency >= 0 && (uint32_t)t->dateline_agency < n) {
        uint32_t ag = (uint32_t)t->dateline_agency, e = ag + 1;
        while (e < n && e < ag + 4 && t->toks[e].kind == DY_TOK_WORD) e++;
        if (e >= n || !is_punct(t, e, ')')) e = ag + 1;
        emit(a, out, ag, e, UINT32_MAX);
    }
    if (!xw) xw = dy_xw_of(t, a);
    const dy_speech *sp = dy_speech_scan(t, xw, a);
    uint32_t cur = 0, first = t->dateline_end;
    for (uint32_t i = first; i < n; i++) {
        unsigned c = aclass(t, xw, i);
        if (!(c & (A_SAY | A_REPORT | A_TOLD | A_ACC | A_CITING | A_BY))) continue;
        while (cur + 1 < t->nsent && t->sents[cur].tok_end <= i) cur++;
        uint32_t lim = i + 18 < n ? i + 18 : n;
        uint32_t lo = i >= first + 12 ? i - 12 : first;
        uint32_t s0, s1;
        if (c & A_ACC) {
            if (i + 2 < n && xw[i + 1] == DY_XW_TO) {
                uint32_t s = dy_speech_np_after(sp, i + 2, lim, 1);
                if (s > i + 2 && !(range_class(t, xw, i + 2, s) & A_NONSRC)) emit(a, out, i + 2, s, cur);
            }
        } else if (c & A_CITING) {
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
            if (s > i + 1 && (range_class(t, xw, i + 1, s) & A_SRC)) emit(a, out, i + 1, s, cur);
        } else if (c & A_BY) {
            if (i > first && (aclass(t, xw, i - 1) & A_PASSIVE)) {
                uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
                if (s > i + 1 && !(range_class(t, xw, i + 1, s) & A_PRON)) emit(a, out, i + 1, s, cur);
            }
        } else if (c & A_TOLD) {
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 1);
            if (s > i + 1 && (range_class(t, xw, i + 1, s) & A_MEDIA) &&
                dy_speech_subject(sp, i, lo, &s0, &s1))
                emit(a, out, s0, s1, cur);
        } else if ((c & A_REPORT) && (is_passive(t, xw, i) || (i + 1 < n && xw[i + 1] == DY_XW_FROM))) {
            /* "was reported (by …)": the subject is what was reported;
             * "Costa reported from Washington." is a byline */
            continue;
        } else if (dy_speech_subject(sp, i, lo, &s0, &s1)) {
            unsigned rc = range_class(t, xw, s0, s1);
            int pron = s1 == s0 + 1 && (rc & A_PRON);
            if ((c & A_REPORT) ? !pron : (rc & A_SRC) != 0) emit(a, out, s0, s1, cur);
        } else if (i > first && (is_punct(t, i - 1, ',') ||
                                 (t->toks[i - 1].kind == DY_TOK_QUOTE &&
                                  (t->toks[i - 1].flags & DY_TF_CLOSE)))) {
            /* inverted: "“…,” said a statement", ", reported Anadolu" */
            uint32_t s = dy_speech_np_after(sp, i + 1, lim, 0);
            if (s > i + 1 && (range_class(t, xw, i + 1, s) & A_SRC)) emit(a, out, i + 1, s, cur);
        }
    }
}
