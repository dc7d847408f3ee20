/* coder.c — coder steps 4–5: comma clauses, clauses, complexity, and the
 * events of each clause (see code.h for the whole pipeline). */
#include "code/code.h"
#include "code/match.h"
#include "parse/parse.h"
#include "util/check.h"
#include "util/date.h"
#include "util/mem.h"

#include <stdio.h>
#include <string.h>

void dy_coder_init(dy_coder_s *c, const dy_dict *d, const dy_lemmatizer *lem)
{
    memset(c, 0, sizeof *c);
    c->dict = d;
    dy_lexicon_init(&c->lex, d, lem);
    dy_arena_init(&c->arena, 256 * 1024);
    c->bc_exclude[0] = c->bc_exclude[1] = c->bc_exclude[2] = DY_NOID;
    /* each verb pattern's trigger: its last literal word (a specific noun,
     * usually), else its first synset or alternative group; select_pattern
     * tests it before anything else, so most patterns cost one lookup */
    c->vtrig = dy_malloc((d->nvpl ? d->nvpl : 1) * sizeof *c->vtrig);
    for (size_t k = 0; k < d->nvpl; k++) {
        const dy_phrase *P = &d->phrases[d->pats[d->vpl[k]].phrase];
        uint32_t word = UINT32_MAX, group = UINT32_MAX;
        for (uint32_t e = 0; e < P->nel; e++) {
            const dy_elem *el = &d->elems[P->el + e];
            if (el->kind == DY_EL_WORD) word = P->el + e;
            else if ((el->kind == DY_EL_SYNSET || el->kind == DY_EL_ALT) && group == UINT32_MAX) group = P->el + e;
        }
        c->vtrig[k] = word != UINT32_MAX ? word : group;
    }
    /* the keys of word triggers, for an inline test (lemma elements: the
     * word or one of its lemmas; DY_NOID when the trigger is a group) */
    c->vkey = dy_malloc((d->nvpl ? 3 * d->nvpl : 3) * sizeof *c->vkey);
    for (size_t k = 0; k < d->nvpl; k++) {
        uint32_t *key = &c->vkey[3 * k];
        key[0] = key[1] = key[2] = DY_NOID;
        if (c->vtrig[k] == UINT32_MAX) continue;
        const dy_elem *el = &d->elems[c->vtrig[k]];
        if (el->kind != DY_EL_WORD) continue;
        key[0] = el->id;
        if ((el->flags & DY_ELF_LEMMA) && el->id < d->nlem) {
            key[1] = d->lemv[el->id];
            key[2] = d->lemn[el->id];
        }
    }
    c->altkey = dy_malloc((d->nalt_phrases ? 3 * d->nalt_phrases : 3) * sizeof *c->altkey);
    for (size_t a = 0; a < d->nalt_phrases; a++) {
        const dy_phrase *P = &d->phrases[d->alt_phrases[a]];
        const dy_elem *e0 = P->nel ? &d->elems[P->el] : NULL;
        uint32_t *k = &c->altkey[3 * a];
        k[0] = k[1] = k[2] = DY_NOID;
        if (!e0 || e0->kind != DY_EL_WORD) continue;
        k[0] = e0->id;
        if ((e0->flags & DY_ELF_LEMMA) && e0->id < d->nlem) {
            k[1] = d->lemv[e0->id];
            k[2] = d->lemn[e0->id];
        }
    }
}

void dy_coder_release(dy_coder_s *c)
{
    dy_lexicon_release(&c->lex);
    dy_arena_release(&c->arena);
    dy_free(c->w); dy_free(c->m); dy_free(c->g); dy_free(c->gmembers);
    dy_free(c->view); dy_free(c->viewbuf); dy_free(c->ev); dy_free(c->nps); dy_free(c->keybits); dy_free(c->keylist);
    dy_free(c->syn_poss); dy_free(c->alt_poss); dy_free(c->memo); dy_free(c->vtrig); dy_free(c->vkey); dy_free(c->altkey); dy_free(c->bc_off); dy_free(c->bc_pool);
    dy_buf_release(&c->xbuf);
    memset(c, 0, sizeof *c);
}

/* ------------------------------------------------------------ explaining */

static const char *const wtype_names[] = {
    /* ORDER dy_wtype */
    "", "actor", "agent", "verb", "time", "attrib", "det", "noun", "adj", "aux", "by", ",", "pron",
    "conj", "num", "punct", "quote",
};

static void xprintf(dy_coder_s *c, const char *fmt, ...) DY_PRINTF(2, 3);
static void xprintf(dy_coder_s *c, const char *fmt, ...)
{
    if (!c->explain) return;
    va_list ap;
    va_start(ap, fmt);
    dy_buf_vprintf(&c->xbuf, fmt, ap);
    va_end(ap);
}

static void word_text(const dy_coder_s *c, const dy_text *t, uint32_t w, const char **p, int *n)
{
    const dy_token *k = &t->toks[c->w[w].tok];
    *p = t->text + k->start;
    *n = (int)k->len;
}

/* Text of words [w0, w1) as a span of the original text. */
static void span_text(const dy_coder_s *c, const dy_text *t, uint32_t w0, uint32_t w1, const char **p, int *n)
{
    if (w1 <= w0) { *p = ""; *n = 0; return; }
    const dy_token *a = &t->toks[c->w[w0].tok], *b = &t->toks[c->w[w1 - 1].tok];
    *p = t->text + a->start;
    *n = (int)(b->start + b->len - a->start);
}

static void explain_words(dy_coder_s *c, const dy_text *t)
{
    if (!c->explain) return;
    xprintf(c, "  words:");
    for (size_t i = 0; i < c->nw; i++) {
        const dy_cword *w = &c->w[i];
        const char *p;
        int n;
        word_text(c, t, (uint32_t)i, &p, &n);
        /* noun phrases that name actors: [CODE ... ] with how they were found */
        if (w->np >= 0 && c->nps && c->nps[w->np].w0 == i && c->nps[w->np].group >= 0) {
            const dy_group *g = &c->g[c->nps[w->np].group];
            xprintf(c, " [");
            for (uint32_t k = 0; k < g->n; k++) {
                const dy_mention *m = &c->m[c->gmembers[g->first + k]];
                static const char *const vias[] = {"", "pronoun", "apposition", "alias", "default", "context"};
                xprintf(c, "%s%s%s%s", k ? "," : "", m->code, m->via ? "~" : "", vias[m->via % 6]);
            }
            xprintf(c, ":");
        }
        xprintf(c, " %s%.*s", (w->flags & DY_WF_DEAD) ? "~" : "", n, p);
        int np_end = w->np >= 0 && c->nps && c->nps[w->np].w1 == i + 1 && c->nps[w->np].group >= 0;
        if (w->type && !(w->flags & DY_WF_ROOTCONT)) {
            if (w->type == DY_W_ACTOR && w->actor >= 0 && c->m[w->actor].w0 == i)
                xprintf(c, "/actor[%s]", c->m[w->actor].code);
            else if (w->type == DY_W_PRON && w->actor >= 0)
                xprintf(c, "/pron[%s]", c->m[w->actor].code);
            else if (w->type != DY_W_COMMA && w->type != DY_W_QUOTE)
                xprintf(c, "/%s%s", wtype_names[w->type], (w->flags & DY_WF_SHIFTED) ? "(was verb)" : "");
        }
        if (np_end) xprintf(c, " ]");
        if ((w->flags & DY_WF_CLAUSE_END)) xprintf(c, " |");
    }
    xprintf(c, "\n");
}

/* ------------------------------------------------------- comma clauses */

/* TABARI §7.8 / COMMA: a phrase between two commas of MIN < length <= MAX
 * words is removed with both commas; the next phrase is counted from the
 * comma that ended the previous one. The opening phrase (before the first
 * comma) uses BMIN/BMAX, the closing one (after the last remaining comma)
 * EMIN/EMAX. Commas inside compounds do not count. */
static void kill(dy_coder_s *c, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k <= b && k < c->nw; k++) c->w[k].flags |= DY_WF_DEAD;
}

/* Words with letters in [a, b): PETRARCH counts only those. */
static int alpha_words(const dy_coder_s *c, const dy_text *t, uint32_t a, uint32_t b)
{
    int n = 0;
    for (uint32_t k = a; k < b && k < c->nw; k++)
        if (t->toks[c->w[k].tok].flags & DY_TF_LETTERS) n++;
    return n;
}

/* PETRARCH's check_commas: initial phrase (if BMAX), terminal phrase (if
 * EMAX), then phrases between commas (if MAX), bounds inclusive, commas kept. */
static void eliminate_commas_petr(dy_coder_s *c, const dy_config *cfg, const dy_text *t)
{
    uint32_t commas[256];
    size_t nc = 0;
    for (size_t i = 0; i < c->nw && nc < DY_ARRAY_LEN(commas); i++)
        if (c->w[i].type == DY_W_COMMA && !(c->w[i].flags & DY_WF_COMPOUND)) commas[nc++] = (uint32_t)i;
    if (!nc) return;
    int k;
    if (cfg->comma_bmax) {
        k = alpha_words(c, t, 0, commas[0]);
        if (k >= cfg->comma_bmin && k <= cfg->comma_bmax && commas[0] > 0) kill(c, 0, commas[0] - 1);
    }
    if (cfg->comma_emax) {
        k = alpha_words(c, t, commas[nc - 1] + 1, (uint32_t)c->nw);
        if (k >= cfg->comma_emin && k <= cfg->comma_emax && commas[nc - 1] + 1 < c->nw)
            kill(c, commas[nc - 1] + 1, (uint32_t)c->nw - 1);
    }
    if (cfg->comma_max) {
        for (size_t j = 0; j + 1 < nc; j++) {
            k = alpha_words(c, t, commas[j] + 1, commas[j + 1]);
            if (k >= cfg->comma_min && k <= cfg->comma_max && commas[j + 1] > commas[j] + 1)
                kill(c, commas[j] + 1, commas[j + 1] - 1);
        }
    }
}

/* dyad rules: does the comma-bounded segment (a, b) hold the sentence's
 * main verb? It does when it has a verb, no verb is live before it, and it
 * does not open like an aside (a relative pronoun, a preposition, a
 * participle, a conjunction) and no verb follows its closing comma:
 * "According to the ministry, the president
 * called his counterpart, Michel Aoun, on Tuesday" / "Bulgaria's foreign
 * minister, Ekaterina Zaharieva, has welcomed the visit". */
static int holds_main_verb(const dy_coder_s *c, uint32_t a, uint32_t b)
{
    if (a + 1 >= b) return 0;
    const dy_cword *f = &c->w[a + 1];
    if (f->tag == DY_T_REL || f->tag == DY_T_PREP || f->tag == DY_T_CONJ || f->tag == DY_T_TO) return 0;
    const char *ff = dy_lexeme_form(&c->lex, f->lex);
    size_t fn = strlen(ff);
    if (f->tag == DY_T_VERB && fn > 3 && (!strcmp(ff + fn - 3, "ING") || !strcmp(ff + fn - 2, "ED"))) return 0;
    /* "Members of X, a body linked to Y, investigated": a verb right after
     * the closing comma is the main one */
    if (b + 1 < c->nw && (c->w[b + 1].tag == DY_T_VERB || c->w[b + 1].tag == DY_T_AUX)) return 0;
    int verb = 0;
    for (uint32_t q = a + 1; q < b && !verb; q++) verb = c->w[q].tag == DY_T_VERB;
    if (!verb) return 0;
    for (uint32_t q = 0; q < a; q++)
        if (c->w[q].tag == DY_T_VERB && !(c->w[q].flags & DY_WF_DEAD)) return 0;
    return 1;
}

static void eliminate_commas(dy_coder_s *c, const dy_config *cfg)
{
    if (cfg->comma_off) return;
    uint32_t commas[256];
    size_t nc = 0;
    for (size_t i = 0; i < c->nw && nc < DY_ARRAY_LEN(commas); i++)
        if (c->w[i].type == DY_W_COMMA && !(c->w[i].flags & DY_WF_COMPOUND)) commas[nc++] = (uint32_t)i;
    if (!nc) return;
    size_t j = 0;
    int len = (int)commas[0];
    if (len > cfg->comma_bmin && len <= cfg->comma_bmax) { kill(c, 0, commas[0]); j = 1; }
    int last_live = -1;
    while (j < nc) {
        if (j + 1 < nc) {
            len = (int)(commas[j + 1] - commas[j] - 1);
            if (len > cfg->comma_min && len <= cfg->comma_max && !(cfg->style == DY_STYLE_DYAD &&
                                                                   holds_main_verb(c, commas[j], commas[j + 1]))) {
                kill(c, commas[j], commas[j + 1]);
                j += 2;
                continue;
            }
        }
        last_live = (int)j;
        j++;
    }
    if (last_live >= 0) {
        uint32_t k = commas[last_live];
        /* only when no later comma was consumed after it */
        int later_dead = 0;
        for (size_t q = (size_t)last_live + 1; q < nc; q++) later_dead = 1;
        len = (int)(c->nw - k - 1);
        /* dyad rules: the ending clause goes only if a verb stays before it
         * ("Israel shelled Gaza, officials said"); otherwise it is the main
         * clause ("On Tuesday, the minister accused ...", "The envoy,
         * Mehmet Yilmaz, arrived ...") */
        int verb_before = cfg->style != DY_STYLE_DYAD;
        for (uint32_t q = 0; q < k && !verb_before; q++)
            verb_before = c->w[q].tag == DY_T_VERB && !(c->w[q].flags & DY_WF_DEAD);
        if (!later_dead && verb_before && len > cfg->comma_emin && len <= cfg->comma_emax)
            kill(c, k, (uint32_t)c->nw - 1);
    }
}

/* ------------------------------------------------------------ searching */

static const char *mcode(const dy_coder_s *c, int32_t m) { return m >= 0 ? c->m[m].code : ""; }

/* First mention starting in view [a, b) whose code differs from `not_code`
 * (NULL: any) and which is not mention `not_m`. */
static int32_t first_mention(const dy_coder_s *c, uint32_t a, uint32_t b, const char *not_code, int32_t not_m)
{
    int32_t last = -1;
    for (uint32_t q = a; q < b; q++) {
        int32_t m = c->w[c->view[q]].actor;
        if (m < 0 || m == last) continue;
        last = m;
        if (m == not_m) continue;
        if (not_code && strcmp(c->m[m].code, not_code) == 0) continue;
        /* group members of the excluded mention are distinct actors, keep them */
        return m;
    }
    return -1;
}

/* --------------------------------------------------------------- events */

typedef struct cand {
    int32_t src, tgt;          /* mention indices, -2 = default code */
    dy_evcode code;
    uint32_t pattern;          /* phrase index */
    uint32_t v0, v1;           /* verb words */
    uint8_t passive, compound, negated;
    const char *intent;        /* dyad rules: the code of an announced act (03x/13x) */
    int ok;
} cand;

static void add_ev(dy_coder_s *c, const dy_text *t, uint32_t s, const char *src, const char *tgt,
                   const char *code, int32_t sm, int32_t tm, const cand *k, int32_t day)
{
    /* drop exact duplicates within the sentence */
    for (size_t i = c->nev; i-- > 0 && c->ev[i].sentence == s;) {
        const dy_ev *e = &c->ev[i];
        if ((e->source == src || (e->source && src && strcmp(e->source, src) == 0)) &&
            (e->target == tgt || (e->target && tgt && strcmp(e->target, tgt) == 0)) &&
            strcmp(e->code, code) == 0)
            return;
    }
    DY_GROW(c->ev, c->nev + 1, c->evcap);
    dy_ev *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    e->sentence = s;
    e->source = src;
    e->target = tgt;
    e->code = code;
    e->pattern = k->pattern;
    e->day = day;
    e->passive = k->passive;
    e->negated = k->negated;
    const dy_mention *M;
    if (sm >= 0) {
        M = &c->m[sm];
        e->src_t0 = c->w[M->w0].tok;
        e->src_t1 = c->w[M->w1 - 1].tok + 1;
        e->src_via = M->via;
    } else e->src_via = DYAD_VIA_DEFAULT;
    if (tm >= 0) {
        M = &c->m[tm];
        e->tgt_t0 = c->w[M->w0].tok;
        e->tgt_t1 = c->w[M->w1 - 1].tok + 1;
        e->tgt_via = M->via;
    } else e->tgt_via = DYAD_VIA_DEFAULT;
    e->verb_t0 = c->w[k->v0].tok;
    e->verb_t1 = c->w[k->v1 - 1].tok + 1;
    (void)t;
}

/* Members of the group of mention m (a single mention if no group). */
static size_t members(const dy_coder_s *c, int32_t m, int32_t *out, size_t cap)
{
    if (m < 0) return 0;
    int32_t g = c->m[m].group;
    if (c->m[m].via == DYAD_VIA_PRONOUN && g >= 0 && c->g[g].n <= 1) { out[0] = m; return 1; }
    if (g < 0 || c->g[g].n <= 1) { out[0] = m; return 1; }
    size_t n = 0;
    for (uint32_t i = 0; i < c->g[g].n && n < cap; i++) out[n++] = (int32_t)c->gmembers[c->g[g].first + i];
    return n;
}

/* Split a coded compound "A/B/C" into parts (pointers into arena copies). */
static size_t split_codes(dy_coder_s *c, const char *code, const char **out, size_t cap)
{
    size_t n = 0;
    if (!code || !strchr(code, '/')) { out[0] = code; return 1; } /* NULL: no target */
    const char *p = code;
    while (*p && n < cap) {
        const char *sl = strchr(p, '/');
        size_t l = sl ? (size_t)(sl - p) : strlen(p);
        if (l) out[n++] = dy_arena_strndup(&c->arena, p, l);
        if (!sl) break;
        p = sl + 1;
    }
    return n;
}

static int emit(dy_coder_s *c, const dy_text *t, uint32_t s, const cand *k, const char *defsrc,
                const char *deftgt, int32_t day)
{
    const dy_dict *d = c->dict;
    int32_t S[64], T[64];
    size_t ns, nt;
    if (k->src == -2) { S[0] = -2; ns = 1; } else ns = members(c, k->src, S, 64);
    if (k->tgt == -2) { T[0] = -2; nt = 1; } else nt = members(c, k->tgt, T, 64);
    const char *code = k->intent ? k->intent : dy_strtab_str(&d->codes, k->code.code);
    const char *code2 = !k->intent && k->code.code2 != DY_NOID ? dy_strtab_str(&d->codes, k->code.code2) : NULL;
    int n = 0;
    int same_group = k->src >= 0 && k->tgt >= 0 && c->m[k->src].group >= 0 &&
                     c->m[k->src].group == c->m[k->tgt].group && ns > 1;
    if (same_group) {
        /* a compound acting on itself (% or "A and B clashed"): each pair once,
         * (a, b, code) and (b, a, code2 or code) */
        for (size_t i = 0; i < ns; i++)
            for (size_t j = i + 1; j < ns; j++) {
                const char *a = c->m[S[i]].code, *bb = c->m[S[j]].code;
                if (strcmp(a, bb) == 0) continue;
                add_ev(c, t, s, a, bb, code, S[i], S[j], k, day);
                add_ev(c, t, s, bb, a, code2 ? code2 : code, S[j], S[i], k, day);
                n++;
            }
        return n;
    }
    for (size_t i = 0; i < ns; i++) {
        const char *sc[16];
        size_t nsc = split_codes(c, S[i] == -2 ? defsrc : c->m[S[i]].code, sc, 16);
        for (size_t j = 0; j < nt; j++) {
            const char *tc[16];
            size_t ntc = split_codes(c, T[j] == -2 ? deftgt : c->m[T[j]].code, tc, 16);
            for (size_t a = 0; a < nsc; a++)
                for (size_t b = 0; b < ntc; b++) {
                    if (tc[b] && sc[a] && strcmp(sc[a], tc[b]) == 0) continue;
                    add_ev(c, t, s, sc[a], tc[b], code, S[i], T[j], k, day);
                    if (code2 && tc[b] && sc[a]) add_ev(c, t, s, tc[b], sc[a], code2, T[j], S[i], k, day);
                    n++;
                }
        }
    }
    return n;
}

/* The code for the verb at view position pv within clause [c0, c1): the
 * longest matching pattern of the root (and of duplicate roots), else the
 * root's own code. Returns 1 with a code, 0 for a null code, -1 discard,
 * -2 complex. */
/* dyad rules: does the stretch [a, b) after a verb hold the finite verb of
 * another clause (a verb after an auxiliary or a pronoun: "announced it
 * would prohibit all aid")? A pattern's words after it belong to that verb,
 * not to the one the pattern is for — unless a "that" or a relative pronoun
 * opens the clause, which patterns read through on purpose. */
static int crosses_finite_verb(const dy_coder_s *c, uint32_t a, uint32_t b)
{
    for (uint32_t q = a + 1; q < b && q < c->nw; q++) {
        const dy_cword *w = &c->w[q];
        /* "agreed that they should cooperate", "allow refugees who have
         * lived in Iraq to return": a complement or relative clause the
         * pattern means to read through */
        if (w->tag == DY_T_REL) return 0;
        if (w->tag != DY_T_VERB || (w->flags & (DY_WF_DEAD | DY_WF_ROOTCONT | DY_WF_SHIFTED))) continue;
        uint8_t pt = c->w[q - 1].tag;
        if (pt == DY_T_AUX || pt == DY_T_PRON) return 1;
    }
    return 0;
}

/* Does the pattern bind its target before the verb ("+ BE_* BY_$")? */
static int target_before_verb(const dy_dict *d, uint32_t phrase)
{
    const dy_phrase *P = &d->phrases[phrase];
    for (uint32_t e = 0; e < P->nel; e++) {
        uint8_t kind = d->elems[P->el + e].kind;
        if (kind == DY_EL_VERB) return 0;
        if (kind == DY_EL_TARGET) return 1;
    }
    return 0;
}

static int select_pattern(dy_coder_s *c, const dy_text *t, uint32_t pv, uint32_t c0, uint32_t c1, cand *out,
                          dy_patmatch *pmo)
{
    const dy_dict *d = c->dict;
    uint32_t v0 = c->view[pv];
    const dy_cword *vw = &c->w[v0];
    const dy_entry *E = &d->entries[vw->entry];
    const dy_verb *V = &d->verbs[E->ref];
    uint32_t v1 = v0 + vw->span;
    memset(out, 0, sizeof *out);
    out->src = out->tgt = -1;
    out->v0 = v0;
    out->v1 = v1;
    out->pattern = E->phrase;
    out->code = V->code;
    dy_patmatch pm = {-1, -1, 0, v0, v1};
    int matched = 0;
    for (uint32_t vi = E->ref; vi != DY_NOID; vi = d->verbs[vi].alias) {
        const dy_verb *W = &d->verbs[vi];
        if (out->code.kind == DY_CODE_NULL && W->code.kind != DY_CODE_NULL) out->code = W->code;
        if (W->alias == E->ref) break;
    }
    /* dyad rules: "warplanes are striking", "forces were battling" are
     * progressive, not passive: patterns that put the target before the
     * verb (the passive ones) do not apply to an -ing form */
    int progressive = 0;
    if (c->style == DY_STYLE_DYAD && vw->span == 1) {
        const char *vf = dy_lexeme_form(&c->lex, vw->lex);
        size_t vn = strlen(vf);
        progressive = vn > 4 && strcmp(vf + vn - 3, "ING") == 0;
    }
    /* patterns of this root and of its duplicates, longest first (dict.c) */
    for (uint32_t k = d->vpl_off[E->ref]; k < d->vpl_off[E->ref + 1]; k++) {
        const uint32_t *key = &c->vkey[3 * (size_t)k];
        if (key[0] != DY_NOID) {
            if (!dy_key_has(c, key[0]) && !dy_key_has(c, key[1]) && !dy_key_has(c, key[2])) continue;
        } else if (c->vtrig[k] != UINT32_MAX && !dy_elem_possible(c, &d->elems[c->vtrig[k]])) {
            continue;
        }
        const dy_pattern *P = &d->pats[d->vpl[k]];
        if (progressive && target_before_verb(d, P->phrase)) continue;
        dy_patmatch r;
        if (dy_match_pattern(c, P->phrase, v0, v1, c0, c1, &r)) {
            if (c->style == DY_STYLE_DYAD && crosses_finite_verb(c, v1, r.w1)) continue;
            pm = r;
            out->code = P->code;
            out->pattern = P->phrase;
            matched = 1;
            break;
        }
    }
    *pmo = pm;
    const char *p;
    int n;
    span_text(c, t, v0, v1, &p, &n);
    if (matched) xprintf(c, "  verb '%.*s': pattern '%s'", n, p, dy_phrase_text(d, out->pattern));
    else xprintf(c, "  verb '%.*s': root '%s'", n, p, dy_phrase_text(d, E->phrase));
    if (out->code.kind == DY_CODE_NULL) { xprintf(c, " is null-coded [---]\n"); return 0; }
    if (out->code.kind == DY_CODE_DISCARD) { xprintf(c, " is a discard [###]\n"); return -1; }
    if (out->code.kind == DY_CODE_COMPLEX) { xprintf(c, " is complex [+++]\n"); return -2; }
    xprintf(c, " → %s%s%s%s%s\n", dy_strtab_str(&d->codes, out->code.code), out->code.code2 != DY_NOID ? ":" : "",
            out->code.code2 != DY_NOID ? dy_strtab_str(&d->codes, out->code.code2) : "", out->code.sub ? " (subordinate)" : "",
            out->code.dom ? " (dominant)" : "");
    return 1;
}

/* TABARI rules: evaluate the verb at view position pv within clause [c0,
 * c1): pattern or root code, then source and target by TABARI's searches. */
static int try_verb(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t pv, uint32_t c0, uint32_t c1,
                    int32_t carry, int clause_index, cand *out)
{
    dy_patmatch pm;
    int r = select_pattern(c, t, pv, c0, c1, out, &pm);
    if (r <= 0) return r;
    uint32_t v1 = out->v1;
    int32_t src = pm.source, tgt = pm.target;
    out->compound = (uint8_t)pm.compound;
    int by_pattern = src >= 0 || tgt >= 0;
    uint32_t pv1 = pv;
    while (pv1 < c1 && c->view[pv1] < v1) pv1++;
    const char *how_s = "pattern", *how_t = "pattern";
    if (src < 0) {
        if (tgt >= 0) {
            /* target fixed by the pattern: first actor of the sentence distinct from it */
            src = first_mention(c, 0, (uint32_t)c->nview, mcode(c, tgt), tgt);
            how_s = "first actor distinct from the pattern's target";
        } else if (clause_index > 0 && carry >= 0) {
            src = carry;
            how_s = "carried from the previous clause";
        } else {
            src = first_mention(c, clause_index > 0 ? c0 : 0, pv, NULL, -1);
            how_s = "first actor before the verb";
        }
    }
    if (tgt < 0) {
        tgt = first_mention(c, pv1, c1, src >= 0 ? mcode(c, src) : NULL, src);
        how_t = "first actor after the verb";
        if (tgt < 0) {
            tgt = first_mention(c, c0, pv, src >= 0 ? mcode(c, src) : NULL, src);
            how_t = "first actor before the verb";
        }
        if (tgt < 0 && src >= 0 && c->m[src].group >= 0 && c->g[c->m[src].group].n > 1) {
            tgt = src;
            how_t = "the compound source itself";
        }
    }
    /* passive voice: WAS/WERE/BEEN one or two words before, BY right after */
    if (!by_pattern && src >= 0 && tgt >= 0) {
        int aux = (pv >= 1 && c->w[c->view[pv - 1]].type == DY_W_AUX) ||
                  (pv >= 2 && c->w[c->view[pv - 2]].type == DY_W_AUX);
        int by = pv1 < c1 && c->w[c->view[pv1]].type == DY_W_BY;
        if (aux && by) {
            int32_t tmp = src;
            src = tgt;
            tgt = tmp;
            out->passive = 1;
            xprintf(c, "    passive voice: source and target swapped\n");
        }
    }
    /* DEFAULT: SOURCE/TARGET options */
    if (cfg->default_source[0] && (src < 0 || (cfg->default_src_prior && first_mention(c, 0, pv, NULL, -1) < 0))) {
        src = -2;
        how_s = "DEFAULT: SOURCE";
    }
    if (cfg->default_target[0] && (tgt < 0 || (cfg->default_tar_after && first_mention(c, pv1, c1, NULL, -1) < 0))) {
        tgt = -2;
        how_t = "DEFAULT: TARGET";
    }
    out->src = src;
    out->tgt = tgt;
    if (src == -1 || tgt == -1) {
        xprintf(c, "    no event: %s\n", src == -1 ? (tgt == -1 ? "no source and no target" : "no source actor")
                                                    : "no target actor");
        return 0;
    }
    xprintf(c, "    source %s (%s), target %s (%s)\n", src == -2 ? cfg->default_source : mcode(c, src), how_s,
            tgt == -2 ? cfg->default_target : mcode(c, tgt), how_t);
    out->ok = 1;
    return 1;
}

/* TABARI time shifting: the first non-null <TIME> phrase shifts the date. */
static int32_t time_shift(dy_coder_s *c, int32_t day, int *status)
{
    const dy_dict *d = c->dict;
    for (uint32_t q = 0; q < c->nview; q++) {
        uint32_t wi = c->view[q];
        const dy_cword *w = &c->w[wi];
        if (w->type != DY_W_TIME || (w->flags & DY_WF_ROOTCONT)) continue;
        const dy_entry *E = &d->entries[w->entry];
        const dy_verb *V = &d->verbs[E->ref];
        dy_evcode code = V->code;
        int32_t shift = (int32_t)V->block;
        for (uint32_t p = 0; p < V->npats; p++) {
            const dy_pattern *P = &d->pats[V->pats + p];
            dy_patmatch r;
            if (dy_match_pattern(c, P->phrase, wi, wi + w->span, 0, (uint32_t)c->nview, &r)) {
                code = P->code;
                shift = P->shift;
                break;
            }
        }
        if (code.kind == DY_CODE_NULL && code.code == DY_NOID && shift == 0) continue;
        if (code.kind == DY_CODE_DISCARD) { *status = DY_SENT_DISCARD; return day; }
        if (code.kind == DY_CODE_COMPLEX) { *status = DY_SENT_COMPLEX; return day; }
        if (day == DY_NODATE) return day;
        xprintf(c, "  time shift %+d days\n", (int)shift);
        return day + shift;
    }
    return day;
}

/* TABARI's complexity conditions (COMPLEX: in .options): the reason the
 * sentence is too complex to code, or NULL. */
static const char *complexity(const dy_coder_s *c, const dy_config *cfg, const dy_sent_info *info)
{
    int nverbs = 0, nconj = 0, npron = 0, first_verb = -1, act_before = 0;
    for (uint32_t q = 0; q < c->nview; q++) {
        const dy_cword *w = &c->w[c->view[q]];
        if (w->flags & DY_WF_ROOTCONT) continue;
        if (w->type == DY_W_VERB && !(w->flags & DY_WF_SHIFTED)) { nverbs++; if (first_verb < 0) first_verb = (int)q; }
        if (w->type == DY_W_CONJ && (w->flags & DY_WF_CLAUSE_END)) nconj++;
        if (w->type == DY_W_PRON) npron++;
        if (w->actor >= 0 && first_verb < 0) act_before = 1;
    }
    const char *why = info->complex ? info->complex_why : NULL;
    if (!why && cfg->cx_verbs && nverbs >= cfg->cx_verbs) why = "too many verbs (COMPLEX: VERBS)";
    if (!why && cfg->cx_conj && nconj >= cfg->cx_conj) why = "too many conjunctions (COMPLEX: CONJ)";
    if (!why && cfg->cx_actors && (int)c->nm >= cfg->cx_actors) why = "too many actors (COMPLEX: ACTORS)";
    if (!why && cfg->cx_pronouns && npron >= cfg->cx_pronouns) why = "too many pronouns (COMPLEX: PRONOUNS)";
    if (!why && (cfg->cx_flags & DY_CX_NOVERB) && nverbs == 0) why = "no verb (COMPLEX: NOVERB)";
    if (!why && cfg->cx_lateverb && (first_verb < 0 || first_verb >= cfg->cx_lateverb)) why = "late verb (COMPLEX: LATEVERB)";
    if (!why && (cfg->cx_flags & DY_CX_NOACTPRIOR) && first_verb >= 0 && !act_before)
        why = "no actor before the first verb (COMPLEX: NOACTPRIOR)";
    return why;
}

/* Is the verb at word v negated: a negation word in its verb group ("did
 * not", "won't", "never", "no longer") that its pattern does not contain? */
static int verb_negated(const dy_coder_s *c, uint32_t v, const cand *k)
{
    const dy_dict *d = c->dict;
    for (uint32_t i = v, n = 0; i-- > 0 && n < 5; n++) {
        const dy_cword *w = &c->w[i];
        if (w->flags & DY_WF_DEAD) continue;
        uint8_t t = w->tag;
        if (!(t == DY_T_AUX || t == DY_T_TO || t == DY_T_VERB)) break;
        const dy_lexeme *L = dy_lexeme_get(&c->lex, w->lex);
        if (!(L->cls & DY_WC_NEG)) continue;
        /* does the pattern mention this word? then the dictionary decided */
        const dy_phrase *P = &d->phrases[k->pattern];
        for (uint32_t e = 0; e < P->nel; e++) {
            const dy_elem *el = &d->elems[P->el + e];
            if (el->kind == DY_EL_WORD && dy_elem_matches(c, el, i)) return 0;
        }
        return 1;
    }
    return 0;
}

/* Is the word at i one of the upper-case forms in list (sorted)? */
static int word_in(const dy_coder_s *c, uint32_t i, const char *const *list, size_t n)
{
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
    const char *f = dy_strtab_str(&c->lex.forms, L->key);
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(list[mid], f);
        if (r == 0) return 1;
        if (r < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* dyad rules, from the CAMEO codebook: an act that is announced rather
 * than done — "will withdraw", "would impose", "may halt", "is ready to
 * send", "vowed to attack" — is coded as an intent to cooperate (03x) when
 * the act is cooperative, or as a threat (13x) when it is hostile. Returns
 * the code for a material act code (roots 06-08, 14-20) with such a verb
 * group, else NULL. Verbal acts (01-05, 09-13) keep their codes. */
static const char *announced_act(const dy_coder_s *c, uint32_t v0, uint32_t c0w, const char *code)
{
    static const char *const modals[] = {"'LL", "COULD", "MAY", "MIGHT", "SHALL", "WILL", "WOULD"};
    static const char *const intents[] = {
        "AIM", "AIMED", "AIMS", "INTEND", "INTENDED", "INTENDS", "PLAN", "PLANNED", "PLANNING", "PLANS",
        "PLEDGED", "PLEDGES", "PREPARED", "PROMISED", "PROMISES", "READY", "SEEK", "SEEKING", "SEEKS",
        "SOUGHT", "THREATEN", "THREATENED", "THREATENING", "THREATENS", "VOW", "VOWED", "VOWING", "VOWS",
        "WANT", "WANTED", "WANTS", "WILLING",
    };
    if (!code || strlen(code) < 3) return NULL;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (!((root >= 6 && root <= 8) || (root >= 14 && root <= 20))) return NULL;
    int announced = 0;
    for (uint32_t i = v0, n = 0; i-- > c0w && n < 6 && !announced; n++) {
        const dy_cword *w = &c->w[i];
        if (w->flags & DY_WF_DEAD) continue;
        if (w->tag == DY_T_AUX) {
            if (word_in(c, i, modals, DY_ARRAY_LEN(modals))) announced = 1;
            continue;
        }
        if (w->tag == DY_T_TO) {
            /* "is ready to", "plans to", "vowed to" */
            uint32_t j = i;
            while (j > c0w && (c->w[j - 1].flags & DY_WF_DEAD)) j--;
            if (j > c0w && word_in(c, j - 1, intents, DY_ARRAY_LEN(intents))) announced = 1;
            break;
        }
        break;
    }
    if (!announced) return NULL;
    switch (root) {
    case 6: return "031";
    case 7: return "033";
    case 8:
        switch (code[2]) {
        case '1': return "0351";
        case '3': return "0353";
        case '7': return "0356";
        default: return "035";
        }
    case 14: return "133";
    case 15: return "138";
    case 16:
        switch (code[2]) {
        case '1': return "1313";
        case '2': return "1311";
        case '3': return "1312";
        case '4': return "134";
        case '5': return "135";
        case '6': return "136";
        default: return "131";
        }
    case 17: return "137";
    case 18: return "1383";
    case 19: return code[2] == '1' ? "1381" : "1384";
    default: return "1385";
    }
}

/* dyad rules, from the CAMEO codebook's reject category: a cooperative act
 * that an actor says it will not do — "will not lift the ban", "would not
 * meet the rebels", "won't release them", "cannot accept refugees" — is a
 * rejection: consult (04) -> 125, sign an agreement (057) -> 127, material
 * cooperation (06) -> 121x, aid (07) -> 122x, yield (08) -> 123/124x.
 * A past negation ("did not meet") states what did not happen: no event.
 * Returns the code, or NULL. */
static const char *refused_act(const dy_coder_s *c, uint32_t v0, const char *code)
{
    static const char *const modals[] = {"'LL", "CAN", "CANNOT", "SHALL", "WILL", "WO", "WOULD"};
    if (!code || strlen(code) < 3) return NULL;
    int modal = 0;
    for (uint32_t i = v0, n = 0; i-- > 0 && n < 5; n++) {
        const dy_cword *w = &c->w[i];
        if (w->flags & DY_WF_DEAD) continue;
        if (w->tag != DY_T_AUX) break;
        if (word_in(c, i, modals, DY_ARRAY_LEN(modals))) { modal = 1; break; }
    }
    if (!modal) return NULL;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    char sub = code[2];
    switch (root) {
    case 4: return "125";
    case 5: return sub == '7' ? "127" : NULL;
    case 6:
        switch (sub) {
        case '1': return "1211";
        case '2': return "1212";
        case '3': return "1213";
        default: return "121";
        }
    case 7:
        switch (sub) {
        case '1': return "1221";
        case '2': return "1222";
        case '3': return "1223";
        case '4': return "1224";
        default: return "122";
        }
    case 8:
        switch (sub) {
        case '1': return "1241";
        case '2': return "1242";
        case '3': return "123";
        case '4': return "1243";
        case '5': return "1244";
        case '6': return "1245";
        case '7': return "1246";
        default: return "124";
        }
    default: return NULL;
    }
}

/* View position of the first live word at or after word w. */
static uint32_t view_pos(const dy_coder_s *c, uint32_t w)
{
    uint32_t lo = 0, hi = (uint32_t)c->nview;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->view[mid] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* The mention standing for noun phrase np (its pronoun, or its first member). */
static int32_t np_mention(const dy_coder_s *c, int32_t np)
{
    if (np < 0 || c->nps[np].group < 0) return -1;
    int32_t a = c->w[c->nps[np].w0].actor;
    if (a >= 0) return a;
    return (int32_t)c->gmembers[c->g[c->nps[np].group].first];
}

/* Does noun phrase np start with a possessive pronoun ("its troops")? */
static int possessive_np(const dy_coder_s *c, int32_t np)
{
    int f = dy_lexeme_sw(&c->lex, c->w[c->nps[np].w0].lex);
    return f == DY_SW_ITS || f == DY_SW_HIS || f == DY_SW_HER || f == DY_SW_THEIR;
}

/* "China never sent troops to help Russia": is the verb that governs the
 * infinitive at v0 negated? */
static int governor_negated(const dy_coder_s *c, uint32_t v0)
{
    uint32_t i = v0, n = 0;
    while (i > 0 && n < 3 && c->w[i - 1].tag != DY_T_TO) { i--; n++; }
    if (i == 0 || c->w[i - 1].tag != DY_T_TO) return 0;
    i--;
    /* the governing verb: the nearest verb before "to" in the clause */
    uint32_t g = i;
    for (n = 0; g > 0 && n < 8; n++) {
        g--;
        const dy_cword *w = &c->w[g];
        if (w->type == DY_W_COMMA || w->tag == DY_T_CONJ) return 0;
        if (w->tag == DY_T_VERB) break;
    }
    if (c->w[g].tag != DY_T_VERB) return 0;
    for (uint32_t q = g, k = 0; q-- > 0 && k < 4; k++) {
        const dy_cword *w = &c->w[q];
        if (w->flags & DY_WF_DEAD) continue;
        if (w->tag != DY_T_AUX) break;
        if (dy_lexeme_get(&c->lex, w->lex)->cls & DY_WC_NEG) return 1;
    }
    return 0;
}

/* Is word i a past participle ("killed", "held", "torn", "hit")? */
static int participle(const dy_coder_s *c, uint32_t i)
{
    static const char *const same[] = {"CUT", "HIT", "PUT", "RUN", "SET", "SHUT"};
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
    const char *f = dy_lexeme_form(&c->lex, c->w[i].lex);
    size_t n = strlen(f);
    if (n > 3 && strcmp(f + n - 2, "ED") == 0) return 1;
    if (n > 3 && strcmp(f + n - 3, "ING") == 0) return 0;
    if (word_in(c, i, same, DY_ARRAY_LEN(same))) return 1;
    return L->lemma_v != DY_NOID && L->lemma_v != L->word && f[n - 1] != 'S';
}

/* Is word i hyphen-joined to the word before it ("Vietnamese-led")? */
static int joined_to_prev(const dy_coder_s *c, const dy_text *t, uint32_t i)
{
    if (i == 0) return 0;
    uint32_t k = c->w[i].tok;
    if (k == 0 || c->w[i - 1].tok + 2 != k) return 0;
    const dy_token *d = &t->toks[k - 1];
    return d->kind == DY_TOK_PUNCT && (d->flags & DY_TF_JOINED);
}

/* Turn the actor or agent whose last word is i (and the words of its
 * multi-word name) into a plain modifier. */
static void demote_actor(dy_coder_s *c, uint32_t i)
{
    for (;;) {
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_ACTOR && w->type != DY_W_AGENT) return;
        int cont = (w->flags & DY_WF_ROOTCONT) != 0;
        w->type = DY_W_ADJ;
        w->flags &= ~DY_WF_ROOTCONT;
        if (!cont || i == 0) return;
        i--;
    }
}

/* dyad rules for hyphenated modifiers, before parsing:
 *  - "anti-government protesters", "pro-Iranian militia": the actor after
 *    anti/pro is what the phrase is for or against, not who it is;
 *  - "Iranian-backed militia", "US-funded programme": the actor before the
 *    participle is a sponsor, not the head;
 *  - "Vietnamese-led forces", "state-run media", "rebel-held town": a
 *    participle joined to a word is an adjective, not the clause's verb
 *    (prefixes as in "re-open", "co-operate" are left alone). */
static void hyphen_modifiers(dy_coder_s *c, const dy_text *t)
{
    static const char *const against[] = {"ANTI", "NON", "PRO"};
    static const char *const sponsor[] = {"AIDED", "ALIGNED", "ALLIED", "APPOINTED", "ARMED", "ASSISTED",
                                          "BACKED", "FINANCED", "FUNDED", "IMPOSED", "INSPIRED", "INSTALLED",
                                          "SPONSORED", "SUPPORTED", "TRAINED"};
    static const char *const prefixes[] = {"ANTI", "CO", "COUNTER", "CROSS", "DE", "EX", "INTER", "MID", "MIS",
                                           "MULTI", "NON", "OUT", "OVER", "POST", "PRE", "PRO", "RE", "SELF",
                                           "SEMI", "SUB", "SUPER", "TRANS", "ULTRA", "UN", "UNDER"};
    for (uint32_t i = 1; i < c->nw; i++) {
        if (!joined_to_prev(c, t, i)) continue;
        if (word_in(c, i - 1, against, DY_ARRAY_LEN(against))) {
            /* the actor after "anti-": its whole name */
            uint32_t e = i;
            while (e + 1 < c->nw && (c->w[e + 1].flags & DY_WF_ROOTCONT)) e++;
            demote_actor(c, e);
            continue;
        }
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_VERB) continue;
        if (word_in(c, i - 1, prefixes, DY_ARRAY_LEN(prefixes))) {
            /* "to re-open": the prefix is part of the verb group */
            if (c->w[i - 1].type == DY_W_NULL) c->w[i - 1].type = DY_W_AUX;
            continue;
        }
        if (!participle(c, i)) continue;
        if (word_in(c, i, sponsor, DY_ARRAY_LEN(sponsor))) demote_actor(c, i - 1);
        w->type = DY_W_ADJ;
    }
}

/* dyad rules: a bare time of day or week right after a verb ("called
 * Thursday on", "met on Tuesday with", "said yesterday that") stands
 * between the verb and its preposition; it is read as absent, so the
 * verb's patterns see "called on", "met with", "said that". */
static void skip_time_after_verbs(dy_coder_s *c)
{
    static const char *const times[] = {"TODAY", "TONIGHT", "YESTERDAY"};
    static const char *const parts[] = {"AFTERNOON", "EVENING", "MORNING", "NIGHT"};
    for (uint32_t v = 0; v + 1 < c->nw; v++) {
        if (c->w[v].tag != DY_T_VERB || (c->w[v].flags & DY_WF_DEAD)) continue;
        uint32_t i = v + 1;
        static const char *const on[] = {"ON"};
        if (word_in(c, i, on, 1) && i + 1 < c->nw &&
            (dy_lexeme_get(&c->lex, c->w[i + 1].lex)->cls & DY_WC_WEEKDAY))
            i++;
        const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
        if (!(L->cls & DY_WC_WEEKDAY) && !word_in(c, i, times, DY_ARRAY_LEN(times))) continue;
        if (c->w[i].actor >= 0 || (c->w[i].np >= 0 && c->nps[c->w[i].np].group >= 0)) continue;
        uint32_t e = i + 1;
        if (e < c->nw && word_in(c, e, parts, DY_ARRAY_LEN(parts))) e++;
        /* only between the verb and more of its clause */
        if (e >= c->nw || c->w[e].type == DY_W_COMMA || c->w[e].type == DY_W_QUOTE) continue;
        for (uint32_t q = v + 1; q < e; q++) c->w[q].flags |= DY_WF_DEAD;
        v = e - 1;
    }
}

/* PETRARCH and dyad rules: every verb is coded with its own subject as the
 * source and the first actor phrase after it (in its clause) as the target;
 * passive voice takes the source from "by". */
static dy_sent_status code_phrases(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t s, int32_t day,
                                   dy_sent_info *info, size_t ev0)
{
    if (cfg->style == DY_STYLE_DYAD) hyphen_modifiers(c, t);
    dy_parse_sentence(c);
    c->memory_on = cfg->style == DY_STYLE_DYAD;
    dy_np_actors(c, cfg, day);
    if (c->memory_on) {
        dy_memory_apply(c, t);
        dy_memory_learn(c, t);
    }
    if (cfg->style == DY_STYLE_PETRARCH) eliminate_commas_petr(c, cfg, t);
    else eliminate_commas(c, cfg);
    if (cfg->style == DY_STYLE_DYAD) skip_time_after_verbs(c);
    c->nview = 0;
    DY_GROW(c->view, c->nw + 1, c->viewcap);
    for (size_t i = 0; i < c->nw; i++)
        if (!(c->w[i].flags & DY_WF_DEAD)) c->view[c->nview++] = (uint32_t)i;
    explain_words(c, t);
    const char *why = complexity(c, cfg, info);
    if (why) {
        xprintf(c, "  complex: %s\n", why);
        return DY_SENT_COMPLEX;
    }
    int status = DY_SENT_CODED;
    int32_t eday = cfg->time_shift ? time_shift(c, day, &status) : day;
    if (status != DY_SENT_CODED) return (dy_sent_status)status;
    int32_t last_subj = -1, last_tgt_group = -1, last_src_group = -1;
    size_t nsub = 0, nmain = 0;
    uint8_t is_sub[256];
    int dominant_seen = 0;
    int allow_missing = cfg->style == DY_STYLE_PETRARCH && !cfg->require_dyad;
    for (uint32_t pv = 0; pv < c->nview; pv++) {
        uint32_t v0 = c->view[pv];
        const dy_cword *w = &c->w[v0];
        if (w->type != DY_W_VERB || w->tag != DY_T_VERB || (w->flags & DY_WF_ROOTCONT)) continue;
        uint32_t c0 = view_pos(c, dy_clause_start(c, v0)), c1 = view_pos(c, dy_clause_end(c, v0));
        cand k;
        dy_patmatch pm;
        int r = select_pattern(c, t, pv, c0, c1, &k, &pm);
        int sflags = 0;
        int32_t subj_np = dy_subject_np(c, v0, &sflags);
        int32_t subj = np_mention(c, subj_np);
        int coord = (sflags & DY_SUBJ_COORD) != 0;
        if (subj_np < 0 && (coord || ((sflags & DY_SUBJ_GERUND) && cfg->style != DY_STYLE_PETRARCH))) subj = last_subj;
        if (subj < 0 && subj_np < 0 && coord && cfg->style == DY_STYLE_DYAD) {
            /* "Trump reneged on the accord and announced sanctions": the
             * first verb may be one no dictionary codes */
            for (uint32_t q = v0; q-- > 0;) {
                if (c->w[q].flags & DY_WF_DEAD) continue;
                if (c->w[q].type == DY_W_COMMA) break;
                if (c->w[q].tag != DY_T_VERB || q == v0) continue;
                int f2 = 0;
                int32_t np2 = dy_subject_np(c, q, &f2);
                if (np2 >= 0) subj = np_mention(c, np2);
                if (!(f2 & DY_SUBJ_COORD)) break;
            }
        }
        /* "... issued a statement calling on X", "put out a report accusing
         * X": a participle after an object naming no actor has the
         * governing verb's subject, as an infinitive does */
        int ing_clause = 0;
        if (subj < 0 && subj_np >= 0 && !(sflags & DY_SUBJ_INFINITIVE) && cfg->style == DY_STYLE_DYAD &&
            c->nps[subj_np].w1 == v0) {
            const char *vf = dy_lexeme_form(&c->lex, w->lex);
            size_t vn = strlen(vf);
            ing_clause = vn > 4 && strcmp(vf + vn - 3, "ING") == 0;
        }
        if (subj < 0 && subj_np >= 0 && ((sflags & DY_SUBJ_INFINITIVE) || ing_clause) && cfg->style == DY_STYLE_DYAD) {
            /* "X reached a consensus to exchange ...": an object naming no
             * actor is not the infinitive's subject; the governing verb's is */
            for (uint32_t q = c->nps[subj_np].w0; q-- > 0;) {
                if (c->w[q].flags & DY_WF_DEAD) continue;
                if (c->w[q].type == DY_W_COMMA || c->w[q].tag == DY_T_CONJ) break;
                if (c->w[q].tag != DY_T_VERB) continue;
                int f2 = 0;
                int32_t np2 = dy_subject_np(c, q, &f2);
                subj = np_mention(c, np2);
                if (subj < 0 && np2 < 0 && (f2 & DY_SUBJ_COORD)) subj = last_subj;
                break;
            }
        }
        if (r == -1) { c->nev = ev0; xprintf(c, "  discarded by a verb pattern\n"); return DY_SENT_DISCARD; }
        if (r == -2) { c->nev = ev0; xprintf(c, "  complex by a verb pattern\n"); return DY_SENT_COMPLEX; }
        if (subj >= 0) last_subj = subj;
        if (r == 0) continue;
        /* "urged Bree to help": the infinitive's subject is the object of a
         * verb already coded; it is part of that event, not a new one */
        if ((sflags & DY_SUBJ_GERUND) && cfg->style == DY_STYLE_PETRARCH) {
            xprintf(c, "    not coded: a verb after a preposition has no subject of its own\n");
            continue;
        }
        if ((sflags & DY_SUBJ_INFINITIVE) && cfg->style == DY_STYLE_DYAD && governor_negated(c, v0)) {
            xprintf(c, "    not coded: infinitive complement of a negated verb\n");
            continue;
        }
        if (subj >= 0 && (sflags & DY_SUBJ_INFINITIVE) && last_tgt_group >= 0 && c->m[subj].group == last_tgt_group &&
            c->m[subj].group != last_src_group) {
            xprintf(c, "    not coded: infinitive complement of the previous event\n");
            continue;
        }
        int32_t src = pm.source, tgt = pm.target;
        int self_stmt = 0; /* "X said it was skeptical": X's own statement */
        const char *how_s = "pattern", *how_t = "pattern";
        uint32_t v1 = k.v1;
        uint32_t ce = dy_clause_end(c, v0);
        /* passive: a form of BE before the verb and "by" after it */
        int passive = 0;
        int32_t by_agent = -1;
        /* dyad rules: a pattern that took the agent of a passive as its
         * target ("China was criticised by Japan" with "* +") is read as
         * the passive it is */
        int pat_tgt_only = cfg->style == DY_STYLE_DYAD && src < 0 && tgt >= 0 && !pm.compound;
        if ((src < 0 && tgt < 0) || pat_tgt_only) {
            int be = 0;
            for (uint32_t q = v0, n = 0; q-- > 0 && n < 3; n++) {
                const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[q].lex);
                if (L->cls & DY_WC_BE) { be = 1; break; }
                if (c->w[q].tag != DY_T_AUX) break;
            }
            uint32_t byw = v1;
            while (byw < c->nw && byw < v1 + 2 &&
                   (c->w[byw].tag == DY_T_AUX || (dy_lexeme_get(&c->lex, c->w[byw].lex)->wpos & 8)) &&
                   c->w[byw].type != DY_W_BY)
                byw++; /* "opposed earlier by" */
            if (pat_tgt_only) {
                /* only when the pattern's target is the agent after "by" */
                int32_t ag = -1;
                if (be && byw < c->nw && c->w[byw].type == DY_W_BY)
                    for (uint32_t q = byw + 1; q < ce && q < byw + 6; q++)
                        if (c->w[q].np >= 0) { ag = np_mention(c, c->w[q].np); break; }
                if (ag >= 0 && c->m[ag].group == c->m[tgt].group) {
                    tgt = pm.target = -1;
                    v1 = byw;
                    passive = 1;
                    by_agent = ag;
                }
            } else if (be && byw < c->nw && c->w[byw].type == DY_W_BY) {
                v1 = byw;
                passive = 1;
                for (uint32_t q = v1 + 1; q < ce && q < v1 + 6; q++)
                    if (c->w[q].np >= 0) { by_agent = np_mention(c, c->w[q].np); break; }
            } else if (be && cfg->style == DY_STYLE_DYAD && participle(c, v0) &&
                       strncmp(dy_strtab_str(&c->dict->codes, k.code.code), "087", 3) != 0) {
                /* dyad rules: an agentless passive ("three soldiers were
                 * killed in Kismayo"): the subject is the target, the source
                 * is not named. Military de-escalation is the exception:
                 * "guerrillas have been demobilized", "troops were withdrawn"
                 * — the subject's side is the one that de-escalates */
                passive = 2;
            }
        }
        if (src < 0) {
            if (passive == 1) { src = by_agent; how_s = "the agent after 'by' (passive)"; }
            else if (passive) { how_s = "none (passive without an agent)"; }
            else if (pm.compound && c->m[pm.source].w0 > v0 && cfg->style == DY_STYLE_PETRARCH) {
                /* "agrees with the Philippines and France": a compound after the
                 * verb is the target, the subject the source */
                tgt = pm.target;
                pm.compound = 0;
                src = subj;
                how_s = "subject";
                how_t = "pattern (compound)";
            } else if (pm.compound) { src = pm.source; }
            else { src = subj; how_s = subj_np < 0 && coord ? "subject of the coordinated verb" : "subject"; }
        }
        if (tgt < 0 || (pm.compound && cfg->style == DY_STYLE_PETRARCH)) {
            int32_t found = -1;
            if (passive) { found = subj; how_t = "subject (passive)"; }
            else {
                /* first actor phrase after the verb in its clause, not the
                 * source again (domestic targets — the source's own country —
                 * and places after in/at are kept: CAMEO codes them) */
                int32_t own = -1; /* dyad rules: the source's own people ("its troops") */
                for (uint32_t q = v1; q < ce; q++) {
                    if (c->w[q].flags & DY_WF_DEAD) continue;
                    int32_t np = c->w[q].np;
                    if (np < 0 || c->nps[np].group < 0) continue;
                    int32_t m = np_mention(c, np);
                    if (src >= 0 && (c->m[m].group == c->m[src].group || strcmp(c->m[m].code, c->m[src].code) == 0)) {
                        if (c->nps[np].w1 > q + 1) q = c->nps[np].w1 - 1; /* skip the rest of the phrase */
                        continue;
                    }
                    /* "Syria offered its troops to Lebanon": the source's own
                     * people, named through a possessive, are the theme when
                     * another actor follows in the clause */
                    if (cfg->style == DY_STYLE_DYAD && src >= 0 && own < 0 && possessive_np(c, np) &&
                        strncmp(c->m[src].code, "---", 3) != 0 && strlen(c->m[src].code) >= 3 &&
                        strncmp(c->m[m].code, c->m[src].code, 3) == 0) {
                        /* "its troops from Kuwait": another country in the phrase */
                        const dy_group *g = &c->g[c->nps[np].group];
                        int32_t other = -1;
                        for (uint32_t gi2 = 0; gi2 < g->n && other < 0; gi2++) {
                            int32_t mm = (int32_t)c->gmembers[g->first + gi2];
                            if (strncmp(c->m[mm].code, c->m[src].code, 3) != 0 && strncmp(c->m[mm].code, "---", 3) != 0)
                                other = mm;
                        }
                        if (other >= 0) {
                            found = other;
                            how_t = "first other country's actor after the verb";
                            break;
                        }
                        /* the phrase's tail ("from Kuwait") was folded into it:
                         * an actor word there becomes the target */
                        for (uint32_t k2 = q + 1; k2 < c->nps[np].w1 && found < 0; k2++) {
                            const dy_cword *w2 = &c->w[k2];
                            if (w2->type != DY_W_ACTOR || (w2->flags & DY_WF_ROOTCONT)) continue;
                            const dy_entry *E2 = &c->dict->entries[w2->entry];
                            const dy_actor_code *ac = dy_actor_resolve(c->dict, &c->dict->actors[E2->ref], day);
                            if (!ac || ac->kind != DY_CODE_EVENT || ac->code == DY_NOID) continue;
                            const char *code2 = dy_strtab_str(&c->dict->codes, ac->code);
                            if (strncmp(code2, c->m[src].code, 3) == 0) continue;
                            int32_t nm = dy_add_mention(c, k2, k2 + w2->span, code2);
                            found = nm;
                            how_t = "actor in the tail of the source's own phrase";
                        }
                        if (found >= 0) break;
                        own = m;
                        if (c->nps[np].w1 > q + 1) q = c->nps[np].w1 - 1;
                        continue;
                    }
                    found = m;
                    how_t = own >= 0 ? "first other country's actor after the verb" : "first actor after the verb";
                    break;
                }
                if (found < 0 && own >= 0) { found = own; how_t = "first actor after the verb"; }
            }
            if (found >= 0) tgt = found;
            else if (pm.compound) { tgt = pm.target; how_t = "pattern (compound)"; }
            else if (src >= 0 && c->m[src].group >= 0 && c->g[c->m[src].group].n > 1 && k.code.code2 != DY_NOID) {
                tgt = src; /* "Gondor and Osgiliath renewed ties": the compound acts on itself */
                how_t = "the compound source itself";
            }
        }
        /* a pattern took the subject as its target: the source is the nearest
         * other actor before the verb ("X noted that Y regretted ..."); with
         * none, the subject speaks of itself ("X said it was skeptical"): a
         * one-sided event */
        if (pm.target >= 0 && src >= 0 && pm.source < 0 && c->m[src].group == c->m[pm.target].group) {
            int32_t self = src;
            src = -1;
            /* within the sentence in other styles; within the clause in dyad's */
            uint32_t lo = cfg->style == DY_STYLE_DYAD ? dy_clause_start(c, v0) : 0;
            for (uint32_t q = c->m[pm.target].w0; q-- > lo;) {
                int32_t np = c->w[q].np;
                if (c->w[q].flags & DY_WF_DEAD || np < 0 || c->nps[np].group < 0) continue;
                int32_t m = np_mention(c, np);
                if (c->m[m].group == c->m[pm.target].group) continue;
                src = m;
                how_s = "nearest other actor before the verb";
                break;
            }
            if (src < 0 && cfg->style == DY_STYLE_DYAD) {
                src = self;
                tgt = -1;
                self_stmt = 1;
                how_s = "subject (speaking of itself)";
            }
        }
        if (tgt >= 0 && src >= 0 && tgt == src && !(c->m[src].group >= 0 && c->g[c->m[src].group].n > 1)) tgt = -1;
        k.passive = passive != 0;
        /* negation (dyad rules): "did not attack", "never met", "refused to"
         * is handled by dictionaries; a negation in the verb group that the
         * matched pattern did not itself mention makes the event negated */
        int refused = 0;
        if (cfg->style == DY_STYLE_DYAD && verb_negated(c, v0, &k)) {
            const char *rc = refused_act(c, v0, dy_strtab_str(&c->dict->codes, k.code.code));
            if (rc) {
                k.intent = rc;
                refused = 1;
                xprintf(c, "    refused, not done: coded %s\n", rc);
            } else {
                k.negated = 1;
                if (!cfg->code_negated) {
                    xprintf(c, "    not coded: the verb is negated\n");
                    continue;
                }
            }
        }
        if (cfg->style == DY_STYLE_DYAD && !k.negated && !refused) {
            k.intent = announced_act(c, v0, dy_clause_start(c, v0), dy_strtab_str(&c->dict->codes, k.code.code));
            if (k.intent) xprintf(c, "    announced, not done: coded %s\n", k.intent);
        }
        /* dyad rules: a one-sided event ("Avril resigned", "Kurds
         * demonstrated in Kirkuk") is kept with no target, unless it is a
         * subordinate statement; the event's place may give it one later */
        int one_sided = cfg->style == DY_STYLE_DYAD && src >= 0 && tgt < 0 && (!k.code.sub || self_stmt);
        /* ... and violence with a victim but no named perpetrator ("a
         * roadside bomb killed three soldiers", "was killed in an attack"):
         * the source stays unknown */
        int no_source = 0;
        if (cfg->style == DY_STYLE_DYAD && src < 0 && tgt >= 0 && !k.code.sub) {
            const char *cs = k.intent ? k.intent : dy_strtab_str(&c->dict->codes, k.code.code);
            int root = cs && strlen(cs) >= 2 ? (cs[0] - '0') * 10 + (cs[1] - '0') : 0;
            no_source = (root >= 18 && root <= 20) || (root == 17 && passive == 2);
        }
        if ((src < 0 || tgt < 0) && !one_sided && !no_source) {
            if (!allow_missing || src < 0) {
                if (src < 0 && tgt < 0) xprintf(c, "    no event: no source and no target\n");
                else if (src < 0) xprintf(c, "    no event: no source actor (target %s, %s)\n", mcode(c, tgt), how_t);
                else xprintf(c, "    no event: no target actor (source %s, %s)\n", mcode(c, src), how_s);
                continue;
            }
            tgt = -2;
            how_t = "none";
        }
        if (one_sided) { tgt = -2; how_t = "none"; }
        if (no_source) { src = -2; how_s = "none"; }
        k.src = src;
        k.tgt = tgt;
        xprintf(c, "    source %s (%s), target %s (%s)\n", src == -2 ? "---" : mcode(c, src), how_s,
                tgt == -2 ? "---" : mcode(c, tgt), how_t);
        size_t before = c->nev;
        if (k.code.dom) dominant_seen = 1;
        emit(c, t, s, &k, no_source ? NULL : "---", one_sided ? NULL : "---", eday);
        /* a statement's target ("saying he would") is not asked to act */
        if (tgt >= 0) last_tgt_group = k.code.sub ? -1 : c->m[tgt].group;
        last_src_group = src >= 0 ? c->m[src].group : -1;
        for (size_t e = before; e < c->nev && e - ev0 < sizeof is_sub; e++) is_sub[e - ev0] = k.code.sub;
        if (k.code.sub) nsub += c->nev - before; else nmain += c->nev - before;
    }
    /* dyad rules: "X said (that) Y must / should / has to ..." is X's demand
     * on Y (CAMEO 10), whatever Y is asked to do */
    if (cfg->style == DY_STYLE_DYAD) {
        static const char *const oblig[] = {"MUST", "OUGHT", "SHOULD"};
        static const char *const needs[] = {"HAS", "HAVE", "NEED", "NEEDS"};
        for (uint32_t v = 1; v < c->nw; v++) {
            if (c->w[v].tag != DY_T_VERB || (c->w[v].flags & (DY_WF_DEAD | DY_WF_ROOTCONT))) continue;
            /* the verb group: "must return", "has to leave", "should not" is not a demand */
            int must = 0, neg = 0;
            for (uint32_t q = v, n = 0; q-- > 0 && n < 4; n++) {
                const dy_cword *w = &c->w[q];
                const dy_lexeme *L = dy_lexeme_get(&c->lex, w->lex);
                if (L->cls & DY_WC_NEG) neg = 1;
                if (word_in(c, q, oblig, DY_ARRAY_LEN(oblig))) { must = 1; break; }
                if (w->tag == DY_T_TO && q > 0 && word_in(c, q - 1, needs, DY_ARRAY_LEN(needs))) { must = 1; break; }
                if (!(w->tag == DY_T_AUX || w->tag == DY_T_TO)) break;
            }
            if (!must || neg) continue;
            /* a reporting verb before it, with its own subject */
            /* ... or a message noun before "that": "issued a stern reminder
             * to Iraq that it must", "sent a warning that Y should" */
            static const char *const message[] = {"APPEAL",  "CALL",    "DEMAND",   "LETTER",
                                                  "MESSAGE", "NOTE",    "REMINDER", "SIGNAL",
                                                  "STATEMENT", "ULTIMATUM", "WARNING"};
            static const char *const that[] = {"THAT"};
            int32_t sayer = -1;
            int noun_that = 0;
            for (uint32_t q = v; q-- > 0;) {
                if (c->w[q].flags & DY_WF_DEAD) continue;
                if (!noun_that && q > 0 && word_in(c, q, that, 1)) {
                    /* the message noun may carry "to Iraq" after it */
                    for (uint32_t r = q, n = 0; r-- > 0 && n < 5; n++)
                        if (word_in(c, r, message, DY_ARRAY_LEN(message))) { noun_that = 1; break; }
                }
                int say = (dy_lexeme_get(&c->lex, c->w[q].lex)->cls & DY_WC_SAY) != 0;
                if (!say && !(noun_that && c->w[q].tag == DY_T_VERB)) continue;
                int f = 0;
                sayer = np_mention(c, dy_subject_np(c, q, &f));
                break;
            }
            int f2 = 0;
            int32_t who = np_mention(c, dy_subject_np(c, v, &f2));
            if (sayer < 0 || who < 0 || c->m[sayer].group == c->m[who].group) continue;
            if (strcmp(c->m[sayer].code, c->m[who].code) == 0) continue; /* no demand on oneself */
            /* what Y must do has not happened: drop the events of its clause
             * ("must be ready to mediate") */
            {
                uint32_t vt = c->w[v].tok, ce = dy_clause_end(c, v);
                uint32_t vt1 = ce < c->nw ? c->w[ce].tok : UINT32_MAX;
                size_t o = ev0;
                for (size_t e = ev0; e < c->nev; e++) {
                    if (c->ev[e].verb_t0 >= vt && c->ev[e].verb_t0 < vt1) {
                        if (e - ev0 < sizeof is_sub) { nmain -= !is_sub[e - ev0]; nsub -= is_sub[e - ev0]; }
                        continue;
                    }
                    if (o - ev0 < sizeof is_sub && e - ev0 < sizeof is_sub) is_sub[o - ev0] = is_sub[e - ev0];
                    c->ev[o++] = c->ev[e];
                }
                c->nev = o;
            }
            cand k;
            memset(&k, 0, sizeof k);
            k.src = sayer;
            k.tgt = who;
            k.v0 = v;
            k.v1 = v + 1;
            k.pattern = DY_NOID;
            k.intent = "100";
            xprintf(c, "  demand: '%s' said what '%s' must do → 100\n", mcode(c, sayer), mcode(c, who));
            size_t before = c->nev;
            emit(c, t, s, &k, "---", "---", eday);
            for (size_t e = before; e < c->nev && e - ev0 < sizeof is_sub; e++) is_sub[e - ev0] = 0;
            nmain += c->nev - before;
        }
    }
    /* subordinate events only count when nothing else was coded */
    if (nsub && nmain) {
        size_t o = ev0;
        for (size_t i = ev0; i < c->nev; i++)
            if (i - ev0 >= sizeof is_sub || !is_sub[i - ev0]) c->ev[o++] = c->ev[i];
        c->nev = o;
    }
    (void)dominant_seen;
    if (c->nev == ev0) xprintf(c, "  no event coded\n");
    return DY_SENT_CODED;
}

dy_sent_status dy_code_sentence(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t s, int32_t day)
{
    dy_buf_reset(&c->xbuf);
    c->style = cfg->style;
    dy_build_words(c, t, s);
    c->nm = c->ng = c->ngm = 0;
    size_t ev0 = c->nev;
    if (cfg->min_words && (int)c->nw < cfg->min_words) {
        xprintf(c, "  not coded: %zu words, fewer than MINIMUM WORDS = %d\n", c->nw, cfg->min_words);
        return DY_SENT_SHORT;
    }
    dy_sent_info info;
    memset(&info, 0, sizeof info);
    dy_keyset_build(c); /* before classifying: phrase lookups use it to skip impossible phrases */
    dy_classify(c, cfg, t, day, &info);
    if (info.discard) {
        xprintf(c, "  discarded: matched '%s'\n", dy_phrase_text(c->dict, info.discard_phrase));
        return info.discard == 2 ? DY_SENT_STORY_DISCARD : DY_SENT_DISCARD;
    }
    if (cfg->style != DY_STYLE_TABARI) return code_phrases(c, cfg, t, s, day, &info, ev0);
    dy_find_actors(c, cfg, t, day);
    dy_resolve_pronouns(c, cfg);
    eliminate_commas(c, cfg);
    /* clauses: conjunctions outside compounds and multi-word roots */
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type == DY_W_CONJ && !(w->flags & (DY_WF_COMPOUND | DY_WF_DEAD | DY_WF_ROOTCONT)))
            w->flags |= DY_WF_CLAUSE_END;
    }
    /* the view: live words */
    c->nview = 0;
    DY_GROW(c->view, c->nw + 1, c->viewcap);
    for (size_t i = 0; i < c->nw; i++)
        if (!(c->w[i].flags & DY_WF_DEAD)) c->view[c->nview++] = (uint32_t)i;
    explain_words(c, t);
    {
        const char *why = complexity(c, cfg, &info);
        if (why) {
            xprintf(c, "  complex: %s\n", why);
            return DY_SENT_COMPLEX;
        }
    }
    int status = DY_SENT_CODED;
    int32_t eday = cfg->time_shift ? time_shift(c, day, &status) : day;
    if (status != DY_SENT_CODED) return (dy_sent_status)status;
    /* clauses */
    int32_t carry = -1;
    int any = 0, nclause = 0;
    uint32_t c0 = 0;
    int dominant_seen = 0;
    for (uint32_t q = 0; q <= c->nview; q++) {
        int end = q == c->nview || (c->w[c->view[q]].flags & DY_WF_CLAUSE_END);
        if (!end) continue;
        uint32_t c1 = q;
        if (nclause > 0 && c0 < c1) {
            int32_t m = c->w[c->view[c0]].actor;
            if (m >= 0) carry = m; /* an actor right after the conjunction is the new subject */
        }
        if (c->explain && c->nview) xprintf(c, " clause %d:\n", nclause);
        int found = 0;
        cand sub;
        memset(&sub, 0, sizeof sub);
        int have_sub = 0;
        for (uint32_t pv = c0; pv < c1; pv++) {
            const dy_cword *w = &c->w[c->view[pv]];
            if (w->type != DY_W_VERB || (w->flags & DY_WF_ROOTCONT)) continue;
            cand k;
            int r = try_verb(c, cfg, t, pv, c0, c1, carry, nclause, &k);
            if (r == -1) { c->nev = ev0; xprintf(c, "  discarded by a verb pattern\n"); return DY_SENT_DISCARD; }
            if (r == -2) { c->nev = ev0; xprintf(c, "  complex by a verb pattern\n"); return DY_SENT_COMPLEX; }
            if (r <= 0) continue;
            if (k.code.sub) {
                if (!have_sub) { sub = k; have_sub = 1; }
                continue;
            }
            if (k.code.dom) dominant_seen = 1;
            if (emit(c, t, s, &k, cfg->default_source, cfg->default_target, eday) > 0) {
                found = 1;
                any = 1;
                if (k.src >= 0) carry = k.src;
                if (cfg->codeby != DY_CODEBY_ALL && !k.code.dom) break;
            }
        }
        if (!found && have_sub && (cfg->codeby == DY_CODEBY_CLAUSE)) {
            if (emit(c, t, s, &sub, cfg->default_source, cfg->default_target, eday) > 0) {
                found = any = 1;
                if (sub.src >= 0) carry = sub.src;
                xprintf(c, "  subordinate event promoted\n");
            }
        } else if (have_sub && cfg->codeby != DY_CODEBY_CLAUSE && !any && !found) {
            /* promoted at sentence level below */
        }
        if (!found && nclause == 0 && carry < 0) {
            int32_t m = first_mention(c, c0, c1, NULL, -1);
            if (m >= 0) carry = m;
        }
        if (!found && have_sub && cfg->codeby != DY_CODEBY_CLAUSE) {
            /* keep the first subordinate event in case the sentence has none */
            if (!any && emit(c, t, s, &sub, cfg->default_source, cfg->default_target, eday) > 0) {
                /* mark: remove later if another event appears */
            }
        }
        nclause++;
        c0 = q + 1;
        if (cfg->codeby == DY_CODEBY_SENTENCE && any) break;
    }
    if (dominant_seen) {
        /* only dominant events survive: drop the others of this sentence */
        size_t o = ev0;
        for (size_t i = ev0; i < c->nev; i++) {
            const dy_ev *e = &c->ev[i];
            /* we do not keep the flag per event; dominant codes end in the
             * pattern, so re-derive it from the pattern's code */
            uint32_t ph = e->pattern;
            int dom = 0;
            for (size_t p = 0; p < c->dict->npats && !dom; p++)
                if (c->dict->pats[p].phrase == ph && c->dict->pats[p].code.dom) dom = 1;
            if (dom) c->ev[o++] = *e;
        }
        c->nev = o;
    }
    if (!any && c->nev == ev0) xprintf(c, "  no event coded\n");
    return DY_SENT_CODED;
}

const char *dy_code_span(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t tok0, uint32_t tok1,
                         int32_t day)
{
    if (tok1 <= tok0 || tok1 > t->ntok) return NULL;
    int explain = c->explain;
    c->explain = 0;
    dy_build_words_range(c, t, tok0, tok1);
    dy_keyset_build(c);
    /* a span is not sentence-initial text: capitals mean names */
    for (size_t i = 0; i < c->nw; i++) c->w[i].flags &= (uint16_t)~DY_WF_FIRST;
    dy_sent_info info;
    memset(&info, 0, sizeof info);
    dy_classify(c, cfg, t, day, &info);
    dy_parse_sentence(c);
    c->memory_on = cfg->style == DY_STYLE_DYAD;
    dy_np_actors(c, cfg, day);
    if (c->memory_on) dy_memory_apply(c, t); /* "Yilmaz said": a name the article introduced */
    c->explain = explain;
    for (size_t n = 0; n < c->nnp; n++) {
        int32_t g = c->nps[n].group;
        if (g < 0) continue;
        const char *code = c->m[c->gmembers[c->g[g].first]].code;
        return dy_arena_strndup(&c->arena, code, strlen(code));
    }
    return NULL;
}
