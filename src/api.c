/* api.c — the public face of libdyad (dyad.h): contexts, coders, dyad_code().
 *
 * Wires the stages together: text → lex → (dict) → code → public result. The
 * context owns the dictionaries and the lemmatiser (read-only once coding
 * starts); each coder owns its lexicon, arenas and result arrays. */
#include "dyad.h"
#include "internal.h"
#include "code/cameo.h"
#include "code/country.h"
#include "code/code.h"
#include "extract/extract.h"
#include "extract/places.h"
#include "dict/compiled.h"
#include "dict/dict.h"
#include "lex/lemma.h"
#include "lex/lex.h"
#include "text/text.h"
#include "util/check.h"
#include "util/date.h"
#include "util/error.h"
#include "util/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

struct dyad_ctx {
    dyad_options opt;
    dy_dict dict;
    dy_lemmatizer lem;
    dy_gazetteer *gaz;      /* NULL with DYAD_NO_PLACES */
    int loaded;
    int lem_ready;          /* lem holds WordNet's tables (built or mapped) */
    int compiled;           /* the dictionary is a mapped compiled file */
};

struct dyad_coder {
    const dyad_ctx *ctx;
    dy_coder_s cs;
    dy_arena out;           /* result strings and arrays, reset per document */
    dy_text text;
    dyad_doc doc;
};

static size_t slen(const char *s, size_t n) { return s && n == 0 ? strlen(s) : n; }

dyad_ctx *dyad_ctx_new(const dyad_options *opt, dyad_error *err)
{
    dy_error_clear(err);
    dyad_ctx *ctx = dy_calloc(1, sizeof *ctx);
    if (opt) ctx->opt = *opt;
    if (!ctx->opt.max_record_bytes) ctx->opt.max_record_bytes = 8u << 20;
    if (!ctx->opt.max_sentence_tokens) ctx->opt.max_sentence_tokens = 400;
    dy_dict_init(&ctx->dict);
    /* WordNet's tables are built on the first text load (a compiled
     * dictionary brings its own); until then an empty table */
    dy_strtab_init(&ctx->lem.words);
    ctx->lem.empty = 1;
    if (!(ctx->opt.flags & (DYAD_NO_PLACES | DYAD_NO_EXTRACT))) ctx->gaz = dy_gazetteer_new();
    return ctx;
}

void dyad_ctx_free(dyad_ctx *ctx)
{
    if (!ctx) return;
    dy_dict_release(&ctx->dict);
    dy_lemmatizer_release(&ctx->lem);
    dy_gazetteer_free(ctx->gaz);
    dy_free(ctx);
}

static int is_compiled_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    char magic[8];
    size_t n = fread(magic, 1, sizeof magic, f);
    fclose(f);
    return dy_is_compiled(magic, n);
}

dyad_status dyad_ctx_load(dyad_ctx *ctx, const char *path, dyad_error *err)
{
    dy_error_clear(err);
    if (!ctx) return dy_error_set(err, DYAD_ERR_USAGE, "no context");
    dy_diag diag = {ctx->opt.diag, ctx->opt.diag_ud, path, 0};
    dyad_status st;
    int compiled = path && is_compiled_file(path);
    if (compiled || ctx->compiled) {
        if (ctx->loaded)
            return dy_error_set(err, DYAD_ERR_USAGE,
                                "'%s': a compiled dictionary cannot be combined with other dictionaries; "
                                "compile them together with 'dyad dict compile --dict A --dict B -o FILE'",
                                path ? path : "(default dictionaries)");
        st = dy_dict_map(&ctx->dict, &ctx->lem, path, err);
        if (st != DYAD_OK) return st;
        ctx->lem_ready = 1;
        ctx->compiled = 1;
        ctx->loaded = 1;
        return DYAD_OK;
    }
    if (!ctx->lem_ready) {
        dy_lemmatizer_release(&ctx->lem);
        dy_lemmatizer_init(&ctx->lem);
        ctx->lem_ready = 1;
    }
    if (ctx->dict.finished) {
        /* the index is rebuilt after each load */
        ctx->dict.finished = 0;
    }
    if (!path) st = dy_dict_load_default(&ctx->dict, &diag, err);
    else st = dy_dict_load_path(&ctx->dict, path, &diag, err);
    if (st != DYAD_OK) return st;
    dy_dict_finish(&ctx->dict, &ctx->lem);
    ctx->loaded = 1;
    return DYAD_OK;
}

dyad_status dyad_ctx_save_compiled(const dyad_ctx *ctx, const char *path, dyad_error *err)
{
    dy_error_clear(err);
    if (!ctx || !path) return dy_error_set(err, DYAD_ERR_USAGE, "no context or no path");
    if (!ctx->loaded) return dy_error_set(err, DYAD_ERR_USAGE, "no dictionary loaded");
    return dy_dict_save(&ctx->dict, &ctx->lem, path, err);
}

void dyad_ctx_stats(const dyad_ctx *ctx, dyad_dict_stats *out)
{
    memset(out, 0, sizeof *out);
    if (ctx) *out = ctx->dict.stats;
}

const dy_dict *dyad_ctx_dict_(const dyad_ctx *ctx) { return &ctx->dict; }

void dyad_ctx_petrarch_(dyad_ctx *ctx)
{
    ctx->dict.no_stems = 1;
    ctx->dict.exact_patterns = 1;
}

dyad_coder *dyad_coder_new(const dyad_ctx *ctx)
{
    if (!ctx) return NULL;
    dyad_coder *c = dy_calloc(1, sizeof *c);
    c->ctx = ctx;
    dy_coder_init(&c->cs, &ctx->dict, &ctx->lem);
    c->cs.explain = (ctx->opt.flags & DYAD_EXPLAIN) != 0;
    dy_arena_init(&c->out, 256 * 1024);
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c) return;
    dy_coder_release(&c->cs);
    dy_arena_release(&c->out);
    dy_free(c);
}

static dyad_str view(const dy_text *t, uint32_t t0, uint32_t t1)
{
    dyad_str s = {"", 0};
    if (t1 <= t0 || t1 > t->ntok) return s;
    s.ptr = t->text + t->toks[t0].start;
    s.len = t->toks[t1 - 1].start + t->toks[t1 - 1].len - t->toks[t0].start;
    return s;
}

static int is_pronoun_span(const dy_text *t, uint32_t a, uint32_t b)
{
    static const char *const pron[] = {"he", "she", "they", "it", "we", "i"};
    if (b != a + 1) return 0;
    for (size_t k = 0; k < sizeof pron / sizeof pron[0]; k++)
        if (dy_tok_is(t, a, pron[k])) return 1;
    return 0;
}

/* Places, and each event's location: a place of its sentence, preferring
 * one that locates ("in", "at", "near") to a destination or origin ("to",
 * "from") to a bare mention, and among equals the one nearest after the
 * verb (else before it); a place that is the event's source or target
 * ("Iran said") is not its location unless it locates. With no place in
 * the sentence the dateline's place is the location. */
static void places(dyad_coder *c, const dy_text *t, dyad_doc *doc, dyad_event *evs)
{
    /* the countries the article is about: those of its coded actors */
    const char *cc[16];
    char ccbuf[16][4];
    size_t ncc = 0;
    for (size_t e = 0; e < doc->nevents && ncc < 16; e++) {
        const char *codes[2] = {evs[e].source, evs[e].target};
        for (int k = 0; k < 2 && ncc < 16; k++) {
            const char *x = codes[k];
            if (!x || strlen(x) < 3) continue;
            int dup = 0;
            for (size_t j = 0; j < ncc && !dup; j++) dup = memcmp(ccbuf[j], x, 3) == 0;
            if (dup) continue;
            memcpy(ccbuf[ncc], x, 3);
            ccbuf[ncc][3] = 0;
            cc[ncc] = ccbuf[ncc];
            ncc++;
        }
    }
    dy_vec pv = {NULL, 0, 0, sizeof(dy_place_expr)};
    dy_extract_places(c->ctx->gaz, t, cc, ncc, &c->out, &pv);
    dyad_place *pl = dy_arena_calloc(&c->out, pv.n ? pv.n : 1, sizeof *pl);
    int dateline = -1;
    for (size_t i = 0; i < pv.n; i++) {
        const dy_place_expr *x = (const dy_place_expr *)pv.v + i;
        dyad_place *p = &pl[i];
        p->name = view(t, x->tok0, x->name1);
        p->country = x->country;
        p->admin1 = x->admin1;
        p->lat = x->lat;
        p->lon = x->lon;
        p->start = t->toks[x->tok0].start;
        p->end = t->toks[x->tok1 - 1].start + t->toks[x->tok1 - 1].len;
        p->sentence = x->sentence;
        if (dateline < 0 && t->dateline_end && x->tok1 <= t->dateline_end) dateline = (int)i;
    }
    doc->places = pl;
    doc->nplaces = pv.n;
    const dy_place_expr *px = (const dy_place_expr *)pv.v;
    /* places grouped by sentence (counting sort), so that each event looks
     * only at its own sentence's places: linear in events + places */
    uint32_t ns = t->nsent;
    uint32_t *poff = dy_arena_calloc(&c->out, (size_t)ns + 2, sizeof *poff);
    uint32_t *pidx = dy_arena_alloc(&c->out, (pv.n ? pv.n : 1) * sizeof *pidx);
    for (size_t i = 0; i < pv.n; i++)
        if (px[i].sentence < ns) poff[px[i].sentence + 2]++;
    for (uint32_t s = 0; s < ns; s++) poff[s + 2] += poff[s + 1];
    for (size_t i = 0; i < pv.n; i++)
        if (px[i].sentence < ns) pidx[poff[px[i].sentence + 1]++] = (uint32_t)i;
    for (size_t e = 0; e < doc->nevents; e++) {
        dyad_event *E = &evs[e];
        const dy_ev *ev = &c->cs.ev[e];
        long best = -1, best_score = -1;
        uint32_t k0 = E->sentence < ns ? poff[E->sentence] : 0, k1 = E->sentence < ns ? poff[E->sentence + 1] : 0;
        for (uint32_t k = k0; k < k1; k++) {
            size_t i = pidx[k];
            const dy_place_expr *x = &px[i];
            if (x->sentence != E->sentence || (int)i == dateline) continue;
            int actor = (x->tok0 < ev->src_t1 && x->tok1 > ev->src_t0) || (x->tok0 < ev->tgt_t1 && x->tok1 > ev->tgt_t0);
            if (actor && x->role != DY_PLACE_AT) continue;
            /* role first, then after the verb and near it, then before it and near it */
            long dist = x->tok0 >= ev->verb_t1   ? (long)(x->tok0 - ev->verb_t1)
                        : x->tok1 <= ev->verb_t0 ? 100000L + (long)(ev->verb_t0 - x->tok1)
                                                 : 200000L;
            long score = (long)x->role * 1000000L + (1000000L - 1 - (dist < 999999 ? dist : 999999));
            if (score > best_score) { best_score = score; best = (long)i; }
        }
        if (best < 0 && dateline >= 0) best = dateline;
        E->location = (int)best;
    }
}

/* dyad rules: an actor of unknown country with a role ("---GOV" for "the
 * interior minister", "---CVL" for "demonstrators") takes the country of
 * its context, as event data sets code them: the country of the event's
 * place ("in Monrovia"), else the other party's country ("Egyptian police
 * dispersed demonstrators"), else the country the article's actors name
 * most often (the dateline's place counts once). */
static void context_countries(dyad_coder *c, const dy_text *t, dyad_doc *doc, dyad_event *evs)
{
    if (c->ctx->dict.config.style != DY_STYLE_DYAD) return;
    char main_cc[4] = "";
    {
        const char *cand[64];
        int cnt[64];
        size_t n = 0;
        for (size_t e = 0; e < doc->nevents; e++) {
            const char *codes[2] = {evs[e].source, evs[e].target};
            for (int k = 0; k < 2; k++) {
                const char *x = codes[k];
                if (!x || !dy_is_country(x)) continue;
                size_t j = 0;
                while (j < n && strncmp(cand[j], x, 3) != 0) j++;
                if (j == n) { if (n == 64) continue; cand[n] = x; cnt[n++] = 0; }
                cnt[j]++;
            }
        }
        for (size_t i = 0; i < doc->nplaces; i++)
            if (t->dateline_end && doc->places[i].start < t->toks[t->dateline_end - 1].start + 1 && doc->places[i].country &&
                dy_is_country(doc->places[i].country)) {
                const char *x = doc->places[i].country;
                size_t j = 0;
                while (j < n && strncmp(cand[j], x, 3) != 0) j++;
                if (j == n && n < 64) { cand[n] = x; cnt[n++] = 0; }
                if (j < n) cnt[j]++;
                break;
            }
        int best = 0;
        for (size_t j = 0; j < n; j++)
            if (cnt[j] > best) { best = cnt[j]; memcpy(main_cc, cand[j], 3); main_cc[3] = 0; }
    }
    for (size_t e = 0; e < doc->nevents; e++) {
        dyad_event *E = &evs[e];
        /* violence by an unnamed perpetrator ("a roadside bomb near Samarra
         * killed ...") is attributed to the country where it happened */
        if (!E->source && E->target && E->location >= 0 && (size_t)E->location < doc->nplaces &&
            doc->places[E->location].country && dy_is_country(doc->places[E->location].country)) {
            char *nc = dy_arena_alloc(&c->out, 4);
            memcpy(nc, doc->places[E->location].country, 3);
            nc[3] = 0;
            E->source = nc;
            E->source_via = DYAD_VIA_CONTEXT;
        }
        /* a one-sided event ("Kurds demonstrated in Kirkuk") takes the
         * country of its place as its target */
        if (!E->target && E->source && E->location >= 0 && (size_t)E->location < doc->nplaces &&
            doc->places[E->location].country && dy_is_country(doc->places[E->location].country)) {
            char *nc = dy_arena_alloc(&c->out, 4);
            memcpy(nc, doc->places[E->location].country, 3);
            nc[3] = 0;
            E->target = nc;
            E->target_via = DYAD_VIA_CONTEXT;
        }
        for (int k = 0; k < 2; k++) {
            const char **code = k == 0 ? &E->source : &E->target;
            const char *other = k == 0 ? E->target : E->source;
            if (!*code || strncmp(*code, "---", 3) != 0 || !(*code)[3]) continue;
            const char *cc = NULL;
            if (E->location >= 0 && (size_t)E->location < doc->nplaces && doc->places[E->location].country &&
                dy_is_country(doc->places[E->location].country))
                cc = doc->places[E->location].country;
            else if (other && dy_is_country(other))
                cc = other;
            else if (main_cc[0])
                cc = main_cc;
            if (!cc) continue;
            size_t n = strlen(*code);
            char *nc = dy_arena_alloc(&c->out, n + 1);
            memcpy(nc, cc, 3);
            memcpy(nc + 3, *code + 3, n - 3 + 1);
            *code = nc;
            if (k == 0) E->source_via = DYAD_VIA_CONTEXT; else E->target_via = DYAD_VIA_CONTEXT;
        }
    }
}

/* Stage 6 and the ties back to events: dates, counts, quotes (with speaker
 * codes), attributions; each event takes its sentence's first time
 * expression and attribution (else the dateline agency). */
static void extract(dyad_coder *c, const dy_config *cf, const dy_text *t, int32_t day, dyad_doc *doc, dyad_event *evs)
{
    dy_vec dv = {NULL, 0, 0, sizeof(dy_date_expr)}, cv = {NULL, 0, 0, sizeof(dy_count_expr)};
    dy_vec qv = {NULL, 0, 0, sizeof(dy_quote_expr)}, av = {NULL, 0, 0, sizeof(dy_attrib_expr)};
    const uint16_t *xw = dy_xw_of(t, &c->out);   /* word ids, shared by the four */
    dy_extract_dates(t, xw, day, &c->out, &dv);
    dy_extract_counts(t, xw, &c->out, &cv);
    dy_extract_quotes(t, xw, &c->out, &qv);
    dy_extract_attributions(t, xw, &c->out, &av);

    dyad_date *dates = dy_arena_calloc(&c->out, dv.n ? dv.n : 1, sizeof *dates);
    for (size_t i = 0; i < dv.n; i++) {
        const dy_date_expr *x = (const dy_date_expr *)dv.v + i;
        dates[i].text = view(t, x->tok0, x->tok1);
        dy_format_date(x->from, dates[i].from);
        dy_format_date(x->to, dates[i].to);
        dates[i].sentence = x->sentence;
    }
    doc->dates = dates;
    doc->ndates = dv.n;

    dyad_count *counts = dy_arena_calloc(&c->out, cv.n ? cv.n : 1, sizeof *counts);
    for (size_t i = 0; i < cv.n; i++) {
        const dy_count_expr *x = (const dy_count_expr *)cv.v + i;
        counts[i].text = view(t, x->tok0, x->tok1);
        counts[i].number = x->number;
        counts[i].kind = (dyad_count_kind)x->kind;
        counts[i].who = view(t, x->who0, x->who1);
        counts[i].sentence = x->sentence;
    }
    doc->counts = counts;
    doc->ncounts = cv.n;

    /* document memory for pronoun speakers: the latest source or speaker */
    const char *recent = NULL;
    size_t ev_i = 0;
    dyad_quote *quotes = dy_arena_calloc(&c->out, qv.n ? qv.n : 1, sizeof *quotes);
    for (size_t i = 0; i < qv.n; i++) {
        const dy_quote_expr *x = (const dy_quote_expr *)qv.v + i;
        while (ev_i < doc->nevents && evs[ev_i].sentence <= x->sentence) {
            if (evs[ev_i].source) recent = evs[ev_i].source;
            ev_i++;
        }
        dyad_quote *q = &quotes[i];
        q->text.ptr = t->text + x->start;
        q->text.len = x->end - x->start;
        q->start = x->start;
        q->end = x->end;
        q->sentence = x->sentence;
        q->speaker = view(t, x->spk0, x->spk1);
        if (x->ref1 > x->ref0) q->speaker_ref = view(t, x->ref0, x->ref1);
        if (x->spk1 > x->spk0) {
            /* a pronoun: its antecedent's code (quotes.c resolves "he"/"she"),
             * else the most recent actor of the article */
            if (x->ref1 > x->ref0) q->speaker_code = dy_code_span(&c->cs, cf, t, x->ref0, x->ref1, day);
            if (is_pronoun_span(t, x->spk0, x->spk1)) { if (!q->speaker_code) q->speaker_code = recent; }
            else q->speaker_code = dy_code_span(&c->cs, cf, t, x->spk0, x->spk1, day);
            if (q->speaker_code) recent = q->speaker_code;
        }
    }
    doc->quotes = quotes;
    doc->nquotes = qv.n;

    dyad_attribution *at = dy_arena_calloc(&c->out, av.n ? av.n : 1, sizeof *at);
    const char *doc_source = NULL;
    for (size_t i = 0; i < av.n; i++) {
        const dy_attrib_expr *x = (const dy_attrib_expr *)av.v + i;
        at[i].source = view(t, x->tok0, x->tok1);
        at[i].sentence = x->sentence;
        at[i].source_code = dy_code_span(&c->cs, cf, t, x->tok0, x->tok1, day);
        if (x->sentence == UINT32_MAX && !doc_source)
            doc_source = dy_arena_strndup(&c->out, at[i].source.ptr, at[i].source.len);
    }
    doc->attributions = at;
    doc->nattributions = av.n;

    if (c->ctx->gaz) places(c, t, doc, evs);
    context_countries(c, t, doc, evs);

    /* each sentence's first date and attribution, so that tying them to
     * events is linear (a scan per event was quadratic on quote-heavy text) */
    uint32_t *first_date = dy_arena_alloc(&c->out, (t->nsent ? t->nsent : 1) * sizeof *first_date);
    uint32_t *first_at = dy_arena_alloc(&c->out, (t->nsent ? t->nsent : 1) * sizeof *first_at);
    for (uint32_t s = 0; s < t->nsent; s++) first_date[s] = first_at[s] = UINT32_MAX;
    for (size_t i = dv.n; i-- > 0;)
        if (dates[i].sentence < t->nsent) first_date[dates[i].sentence] = (uint32_t)i;
    for (size_t i = av.n; i-- > 0;)
        if (at[i].sentence < t->nsent) first_at[at[i].sentence] = (uint32_t)i;
    for (size_t e = 0; e < doc->nevents; e++) {
        dyad_event *E = &evs[e];
        uint32_t di = E->sentence < t->nsent ? first_date[E->sentence] : UINT32_MAX;
        if (di != UINT32_MAX) {
            E->date_from = dates[di].from;
            E->date_to = dates[di].to;
        }
        E->attribution = doc_source;
        uint32_t ai = E->sentence < t->nsent ? first_at[E->sentence] : UINT32_MAX;
        if (ai != UINT32_MAX) E->attribution = dy_arena_strndup(&c->out, at[ai].source.ptr, at[ai].source.len);
    }
}

dyad_status dyad_code_cfg_(dyad_coder *c, const dy_config *cfg, const dyad_input *in, const dyad_doc **out,
                           dyad_error *err, int one_sentence, int *outcome)
{
    if (outcome) *outcome = 0;
    dy_error_clear(err);
    if (out) *out = NULL;
    if (!c || !in) return dy_error_set(err, DYAD_ERR_USAGE, "no coder or no input");
    const dyad_ctx *ctx = c->ctx;
    size_t idn = slen(in->id, in->id_len), tn = slen(in->text, in->text_len), dn = slen(in->date, in->date_len);
    if (err && in->id) snprintf(err->id, sizeof err->id, "%.*s", (int)(idn < 120 ? idn : 120), in->id);
    if (!in->text) return dy_error_set(err, DYAD_ERR_RECORD, "record has no text");
    if (tn > ctx->opt.max_record_bytes)
        return dy_error_set(err, DYAD_ERR_TOO_LONG, "text is %zu bytes, over the limit of %zu", tn,
                            ctx->opt.max_record_bytes);
    int32_t day = DY_NODATE;
    if (in->date && dn) {
        if (dy_parse_ymd(in->date, dn, 0, &day) != 0)
            return dy_error_set(err, DYAD_ERR_DATE, "date '%.*s' is not a valid YYYY-MM-DD date", (int)(dn < 40 ? dn : 40),
                                in->date);
    }
    int blank = 1;
    for (size_t i = 0; i < tn && blank; i++)
        if (in->text[i] != ' ' && in->text[i] != '\n' && in->text[i] != '\t' && in->text[i] != '\r') blank = 0;
    if (blank) return dy_error_set(err, DYAD_ERR_EMPTY, "text is empty");

    dy_arena_reset(&c->out);
    dy_arena_reset(&c->cs.arena);
    c->cs.nev = 0;
    dy_memory_reset(&c->cs);
    dy_text_limits lim = {(uint32_t)ctx->opt.max_sentence_tokens};
    dy_text *t = &c->text;
    dy_text_analyze(&c->out, in->text, tn, &lim, t);
    if (one_sentence && t->nsent > 1) {
        t->sents[0].tok_end = t->sents[t->nsent - 1].tok_end;
        t->sents[0].end = t->sents[t->nsent - 1].end;
        t->nsent = 1;
    }
    dy_lex_tokens(&c->cs.lex, t);

    dyad_doc *doc = &c->doc;
    memset(doc, 0, sizeof *doc);
    doc->id.ptr = in->id ? dy_arena_strndup(&c->out, in->id, idn) : "";
    doc->id.len = in->id ? idn : 0;
    if (day != DY_NODATE) dy_format_date(day, doc->date);
    doc->text.ptr = t->text;
    doc->text.len = t->len;
    doc->utf8_repairs = t->utf8_repairs;
    doc->sentences_cut = t->ncut;
    if (t->dateline_end) doc->dateline = view(t, t->dateline_begin, t->dateline_place_end);
    dyad_str *sents = dy_arena_alloc(&c->out, (t->nsent ? t->nsent : 1) * sizeof *sents);
    for (uint32_t s = 0; s < t->nsent; s++) {
        sents[s].ptr = t->text + t->sents[s].start;
        sents[s].len = t->sents[s].end - t->sents[s].start;
    }
    doc->sentences = sents;
    doc->nsentences = t->nsent;
    dyad_explain *ex = c->cs.explain ? dy_arena_alloc(&c->out, (t->nsent ? t->nsent : 1) * sizeof *ex) : NULL;
    size_t nex = 0;
    int story_discard = 0;
    dy_config local;
    if (!cfg) {
        local = ctx->dict.config;
        local.code_negated = (ctx->opt.flags & DYAD_CODE_NEGATED) != 0;
    }
    const dy_config *cf = cfg ? cfg : &local;
    for (uint32_t s = 0; s < t->nsent; s++) {
        dy_sent_status st = dy_code_sentence(&c->cs, cf, t, s, day);
        if (outcome) {
            if (st == DY_SENT_DISCARD || st == DY_SENT_STORY_DISCARD) *outcome |= DY_OUT_DISCARD;
            if (st == DY_SENT_COMPLEX) *outcome |= DY_OUT_COMPLEX;
            if (st == DY_SENT_SHORT) *outcome |= DY_OUT_SHORT;
        }
        if (st == DY_SENT_STORY_DISCARD) story_discard = 1;
        if (ex) {
            ex[nex].sentence = s;
            ex[nex].text = dy_arena_strndup(&c->out, dy_buf_str(&c->cs.xbuf), c->cs.xbuf.len);
            nex++;
        }
    }
    doc->explain = ex;
    doc->nexplain = nex;
    if (story_discard && !(ctx->opt.flags & DYAD_KEEP_DISCARDED)) {
        c->cs.nev = 0;
        doc->discarded = 1;
    }
    dyad_event *evs = dy_arena_calloc(&c->out, c->cs.nev ? c->cs.nev : 1, sizeof *evs);
    for (size_t i = 0; i < c->cs.nev; i++) {
        const dy_ev *e = &c->cs.ev[i];
        dyad_event *E = &evs[i];
        E->sentence = e->sentence;
        E->source = e->source ? dy_arena_strndup(&c->out, e->source, strlen(e->source)) : NULL;
        E->target = e->target ? dy_arena_strndup(&c->out, e->target, strlen(e->target)) : NULL;
        E->code = dy_arena_strndup(&c->out, e->code, strlen(e->code));
        const dy_cameo *cm = dy_cameo_resolve(E->code, 0);
        E->goldstein = NAN;
        E->location = -1;
        if (cm) {
            char root[3] = {cm->code[0], cm->code[1], 0};
            E->root = dy_arena_strndup(&c->out, root, 2);
            E->quad = cm->quad;
            E->goldstein = cm->goldstein;
            E->plover = cm->plover;
            E->plover_mode = cm->plover_mode;
        }
        E->source_text = view(t, e->src_t0, e->src_t1);
        E->target_text = view(t, e->tgt_t0, e->tgt_t1);
        E->verb_text = view(t, e->verb_t0, e->verb_t1);
        E->source_via = (dyad_via)e->src_via;
        E->target_via = (dyad_via)e->tgt_via;
        E->passive = e->passive;
        E->negated = e->negated;
        E->pattern = e->pattern != DY_NOID ? dy_phrase_text(&ctx->dict, e->pattern) : NULL;
        if (e->day != DY_NODATE && e->day != day) {
            char buf[11];
            dy_format_date(e->day, buf);
            E->date_from = E->date_to = dy_arena_strndup(&c->out, buf, 10);
        } else if (doc->date[0]) {
            E->date_from = E->date_to = doc->date;
        }
    }
    doc->events = evs;
    doc->nevents = c->cs.nev;
    if (!one_sentence && !(ctx->opt.flags & DYAD_NO_EXTRACT)) extract(c, cf, t, day, doc, evs);
    if (out) *out = doc;
    return DYAD_OK;
}

dyad_status dyad_code(dyad_coder *c, const dyad_input *in, const dyad_doc **out, dyad_error *err)
{
    return dyad_code_cfg_(c, NULL, in, out, err, 0, NULL);
}
