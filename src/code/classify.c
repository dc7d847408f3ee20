/* classify.c — coder steps 1–3: sentence words, dictionary classification,
 * actor mentions (agents, compounds, pronouns).
 *
 * Matching a dictionary phrase at a word follows TABARI's connector rules
 * (see dict.h); the gap after a non-adjacent element may skip words but not a
 * comma, a clause-splitting conjunction or the sentence end. */
#include "code/code.h"
#include "code/country.h"
#include "code/match.h"
#include "util/check.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ step 1: words */

static int sw(const dy_coder_s *c, size_t i) { return dy_lexeme_sw(&c->lex, c->w[i].lex); }

static int tok_char(const dy_text *t, uint32_t i, char ch)
{
    return t->toks[i].len == 1 && t->text[t->toks[i].start] == ch;
}

void dy_build_words(dy_coder_s *c, const dy_text *t, uint32_t s)
{
    dy_build_words_range(c, t, t->sents[s].tok_begin, t->sents[s].tok_end);
}

void dy_build_words_range(dy_coder_s *c, const dy_text *t, uint32_t tok0, uint32_t tok1)
{
    c->nw = 0;
    int first_pending = 1;
    for (uint32_t i = tok0; i < tok1; i++) {
        const dy_token *k = &t->toks[i];
        uint8_t type = DY_W_NULL;
        switch (k->kind) {
        case DY_TOK_POSS:
            if (c->nw) c->w[c->nw - 1].flags |= DY_WF_POSS;
            continue;
        case DY_TOK_PUNCT:
            if (tok_char(t, i, ',') || tok_char(t, i, ';')) { type = DY_W_COMMA; break; }
            continue; /* hyphens, stops, brackets, dashes, colons: blanks to TABARI */
        case DY_TOK_QUOTE:
            if (k->flags & DY_TF_OPEN) first_pending = 1;
            type = DY_W_QUOTE;
            break;
        case DY_TOK_SYMBOL:
            continue;
        case DY_TOK_NUMBER:
            type = DY_W_NUMBER;
            break;
        default:
            break;
        }
        DY_GROW(c->w, c->nw + 1, c->wcap);
        dy_cword *w = &c->w[c->nw++];
        memset(w, 0, sizeof *w);
        w->tok = i;
        w->lex = k->lex;
        w->type = type;
        w->entry = DY_NOID;
        w->actor = -1;
        w->ref = -1;
        w->np = -1;
        if (k->flags & DY_TF_CAP) w->flags |= DY_WF_CAP;
        if (k->flags & DY_TF_ALLCAPS) w->flags |= DY_WF_ALLCAPS;
        if (type != DY_W_QUOTE && first_pending) { w->flags |= DY_WF_FIRST; first_pending = 0; }
    }
    /* the identity view the phrase matcher uses during classification */
    DY_GROW(c->viewbuf, c->nw + 1, c->viewbuf_cap);
    for (size_t i = 0; i < c->nw; i++) c->viewbuf[i] = (uint32_t)i;
}

/* --------------------------------------------------------- step 2: classify */

/* Is the sentence written in capitals throughout? Then capitals say nothing. */
static int all_caps(const dy_coder_s *c, const dy_text *t)
{
    size_t letters = 0, caps = 0;
    for (size_t i = 0; i < c->nw; i++) {
        const dy_token *k = &t->toks[c->w[i].tok];
        if (!(k->flags & DY_TF_LETTERS)) continue;
        letters++;
        if ((k->flags & DY_TF_ALLCAPS) || (k->len == 1 && (k->flags & DY_TF_CAP))) caps++;
    }
    return letters > 2 && caps * 10 >= letters * 9;
}

static int is_root_kind(uint8_t k)
{
    return k == DY_ENT_ACTOR || k == DY_ENT_AGENT || k == DY_ENT_VERB || k == DY_ENT_NOUN ||
           k == DY_ENT_ADJ || k == DY_ENT_TIME || k == DY_ENT_ATTRIB;
}

#define ROOT_KINDS ((1u << DY_ENT_ACTOR) | (1u << DY_ENT_AGENT) | (1u << DY_ENT_VERB) | (1u << DY_ENT_NOUN) | \
                    (1u << DY_ENT_ADJ) | (1u << DY_ENT_TIME) | (1u << DY_ENT_ATTRIB))

/* The dictionary keys a lexeme is looked up by — its word, lemmas, TABARI
 * bases and stems — each once, in that order (keys holds 48). */
static void lexeme_keys(const dy_coder_s *c, const dy_lexeme *L, uint32_t *keys, size_t *nk_out)
{
    uint32_t all[48];
    size_t n = 0, nk = 0;
    if (L->word != DY_NOID) all[n++] = L->word;
    if (L->lemma_v != DY_NOID) all[n++] = L->lemma_v;
    if (L->lemma_n != DY_NOID && L->lemma_n != L->lemma_v) all[n++] = L->lemma_n;
    for (uint8_t b = 0; b < L->nbases && n < 40; b++) all[n++] = L->bases[b];
    for (uint8_t s = 0; s < L->nstems && n < 48; s++) all[n++] = c->lex.stem_ids[L->stems + s];
    for (size_t k = 0; k < n; k++) {
        int dup = 0;
        for (size_t j = 0; j < nk && !dup; j++) dup = keys[j] == all[k];
        if (!dup) keys[nk++] = all[k];
    }
    *nk_out = nk;
}

/* Per-lexeme candidates for classification (root kinds, with discards and
 * issues), computed once per coder: the best one-word root entry — which
 * depends on the word alone — and the entries that need matching at the
 * position. Multi-word roots whose second word must follow at once ("A_B",
 * both words: nearly all of them) are kept by the keys of that second word
 * (its id, and its lemmas for a lemma element), sorted, so that a position
 * looks up the next word's keys instead of going through every phrase that
 * begins with the word; the other multi-word roots carry the dictionary
 * word the sentence must hold for their second element (one bit), or
 * DY_NOID. Discards and issues keep their order (the last discard phrase
 * found is the one reported), each with what the word alone decides: a
 * one-word phrase matches whenever its word does, and a phrase whose first
 * word does not match the word never does.
 * Layout in c->bc_pool: best, nrest, (entry, key2) x nrest, nadj,
 * (key, entry) x nadj, nother, (entry, how) x nother. */
enum { OTHER_MATCH = 0, OTHER_ALWAYS = 1, OTHER_ADJ = 2 };

static int cmp_pair(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : (x[1] > y[1]);
}

/* The second element of phrase P must match the word right after the first:
 * a word following a word joined by '_'. */
static int adj_word_pair(const dy_dict *d, const dy_phrase *P)
{
    if (P->nel < 2) return 0;
    const dy_elem *a = &d->elems[P->el], *b = a + 1;
    return a->kind == DY_EL_WORD && (a->flags & DY_ELF_ADJ) && b->kind == DY_EL_WORD && b->id != DY_NOID;
}

static uint32_t lexeme_candidates(dy_coder_s *c, uint32_t lex, unsigned kinds)
{
    if (lex >= c->bc_cap) {
        size_t nc = c->bc_cap ? c->bc_cap : 1024;
        while (nc <= lex) nc *= 2;
        c->bc_off = dy_realloc(c->bc_off, nc * sizeof *c->bc_off);
        for (size_t k = c->bc_cap; k < nc; k++) c->bc_off[k] = UINT32_MAX;
        c->bc_cap = nc;
    }
    if (c->bc_off[lex] != UINT32_MAX) return c->bc_off[lex];
    const dy_dict *d = c->dict;
    const dy_lexeme *L = dy_lexeme_get(&c->lex, lex);
    uint32_t keys[48];
    size_t nk;
    lexeme_keys(c, L, keys, &nk);
    uint32_t best = DY_NOID, best_len = 0;
    int best_exact = 0;
    /* the three lists, gathered first (rest and other in lookup order) */
    uint32_t *rest = NULL, *adj = NULL, *other = NULL;
    size_t nrest = 0, nadj = 0, nother = 0, crest = 0, cadj = 0, cother = 0;
    for (size_t k = 0; k < nk; k++) {
        uint32_t cnt;
        const uint32_t *list = dy_dict_lookup(d, keys[k], &cnt);
        for (uint32_t e = 0; e < cnt; e++) {
            const dy_entry *E = &d->entries[list[e]];
            const dy_phrase *P = &d->phrases[E->phrase];
            const dy_elem *e0 = P->nel ? &d->elems[P->el] : NULL;
            if (!is_root_kind(E->kind)) {
                uint32_t how = OTHER_MATCH;
                if (e0 && e0->kind == DY_EL_WORD) {
                    if (!dy_elem_matches_lexeme(c, e0, L)) continue;
                    if (P->nel == 1) how = OTHER_ALWAYS;
                    else if (adj_word_pair(d, P)) how = OTHER_ADJ;
                }
                DY_GROW(other, 2 * (nother + 1), cother);
                other[2 * nother] = list[e];
                other[2 * nother + 1] = how;
                nother++;
                continue;
            }
            if (!(kinds & (1u << E->kind))) continue;
            if (P->nel == 1 && e0->kind == DY_EL_WORD) {
                if (!dy_elem_matches_lexeme(c, e0, L)) continue;
                int exact = !((e0->flags & DY_ELF_LEMMA) && L->word != e0->id);
                if (best != DY_NOID) {
                    if (exact != best_exact) { if (!exact) continue; }
                    else if (P->length != best_len) { if (P->length < best_len) continue; }
                    else if (list[e] > best) continue;
                }
                best = list[e];
                best_len = P->length;
                best_exact = exact;
                continue;
            }
            if (P->nel == 0 || (e0->kind == DY_EL_WORD && !dy_elem_matches_lexeme(c, e0, L))) continue;
            if (adj_word_pair(d, P)) {
                const dy_elem *b = e0 + 1;
                uint32_t bk[3] = {b->id, DY_NOID, DY_NOID};
                if ((b->flags & DY_ELF_LEMMA) && b->id < d->nlem) { bk[1] = d->lemv[b->id]; bk[2] = d->lemn[b->id]; }
                for (int q = 0; q < 3; q++) {
                    if (bk[q] == DY_NOID || (q > 0 && bk[q] == bk[0]) || (q == 2 && bk[2] == bk[1])) continue;
                    DY_GROW(adj, 2 * (nadj + 1), cadj);
                    adj[2 * nadj] = bk[q];
                    adj[2 * nadj + 1] = list[e];
                    nadj++;
                }
                continue;
            }
            /* a dictionary word the sentence must hold for the second
             * element to match (tested with one bit), or DY_NOID */
            const dy_elem *b = P->nel >= 2 ? e0 + 1 : NULL;
            DY_GROW(rest, 2 * (nrest + 1), crest);
            rest[2 * nrest] = list[e];
            rest[2 * nrest + 1] = b && b->kind == DY_EL_WORD && !(b->flags & DY_ELF_LEMMA) ? b->id : DY_NOID;
            nrest++;
        }
    }
    if (nadj > 1) qsort(adj, nadj, 2 * sizeof *adj, cmp_pair);
    uint32_t off = (uint32_t)c->nbc;
    size_t need = 4 + 2 * (nrest + nadj + nother);
    DY_GROW(c->bc_pool, c->nbc + need, c->bc_poolcap);
    uint32_t *o = c->bc_pool + c->nbc;
    *o++ = best;
    *o++ = (uint32_t)nrest;
    if (nrest) memcpy(o, rest, 2 * nrest * sizeof *o);
    o += 2 * nrest;
    *o++ = (uint32_t)nadj;
    if (nadj) memcpy(o, adj, 2 * nadj * sizeof *o);
    o += 2 * nadj;
    *o++ = (uint32_t)nother;
    if (nother) memcpy(o, other, 2 * nother * sizeof *o);
    c->nbc += need;
    dy_free(rest);
    dy_free(adj);
    dy_free(other);
    c->bc_off[lex] = off;
    return off;
}

/* Weigh root entry ent, matched at word i with extent span, against the
 * best so far: most words joined by '_', then an exact word over a lemma
 * match, then TABARI's longest phrase, then file order (a total order: the
 * result does not depend on the order candidates are tried in). */
typedef struct best_root {
    uint32_t ent, len, span;
    int exact;
} best_root;

static void try_root(dy_coder_s *c, const dy_lexeme *L, uint32_t ent, uint32_t i, best_root *br)
{
    const dy_dict *d = c->dict;
    const dy_entry *E = &d->entries[ent];
    const dy_phrase *P = &d->phrases[E->phrase];
    const dy_elem *a = &d->elems[P->el];
    uint32_t end, span;
    if (!dy_match_phrase(c, E->phrase, i, &end, &span)) return;
    int exact = !(a->kind == DY_EL_WORD && (a->flags & DY_ELF_LEMMA) && L->word != a->id);
    if (br->ent != DY_NOID) {
        if (span != br->span) { if (span < br->span) return; }
        else if (exact != br->exact) { if (!exact) return; }
        else if (P->length != br->len) { if (P->length < br->len) return; }
        else if (ent > br->ent) return;
    }
    br->ent = ent;
    br->len = P->length;
    br->span = span;
    br->exact = exact;
}

static uint32_t best_root_cached(dy_coder_s *c, uint32_t i, uint32_t *span_out, dy_sent_info *info)
{
    const dy_dict *d = c->dict;
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
    uint32_t off = lexeme_candidates(c, c->w[i].lex, ROOT_KINDS);
    const uint32_t *pool = c->bc_pool + off;
    best_root br = {pool[0], 0, 0, 0};
    if (br.ent != DY_NOID) {
        const dy_phrase *P = &d->phrases[d->entries[br.ent].phrase];
        const dy_elem *e0 = &d->elems[P->el];
        br.len = P->length;
        br.span = 1;
        br.exact = !((e0->flags & DY_ELF_LEMMA) && L->word != e0->id);
    }
    uint32_t nrest = pool[1];
    const uint32_t *rest = pool + 2;
    for (uint32_t k = 0; k < nrest; k++) {
        uint32_t ent = rest[2 * k], key2 = rest[2 * k + 1];
        if (key2 != DY_NOID && !dy_key_has(c, key2)) continue;
        const dy_entry *E = &d->entries[ent];
        const dy_phrase *P = &d->phrases[E->phrase];
        const dy_elem *a = &d->elems[P->el], *b = a + 1;
        if (P->nel >= 2) {
            if (b->kind == DY_EL_WORD && !dy_elem_possible(c, b)) continue;
            if ((a->flags & DY_ELF_ADJ) && a->kind == DY_EL_WORD && b->kind == DY_EL_WORD &&
                (i + 1 >= c->nw || !dy_elem_matches(c, b, i + 1)))
                continue;
            if (!dy_phrase_possible(c, E->phrase)) continue;
        }
        try_root(c, L, ent, i, &br);
    }
    /* "A_B": the entries kept under a key of the next word */
    uint32_t nadj = pool[2 + 2 * nrest];
    const uint32_t *adj = pool + 3 + 2 * nrest;
    if (nadj && i + 1 < c->nw && c->w[i + 1].type != DY_W_COMMA && c->w[i + 1].type != DY_W_QUOTE) {
        uint32_t keys[48];
        size_t nk;
        lexeme_keys(c, dy_lexeme_get(&c->lex, c->w[i + 1].lex), keys, &nk);
        for (size_t k = 0; k < nk; k++) {
            uint32_t key = keys[k], lo = 0, hi = nadj;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (adj[2 * mid] < key) lo = mid + 1;
                else hi = mid;
            }
            for (; lo < nadj && adj[2 * lo] == key; lo++) {
                uint32_t ent = adj[2 * lo + 1];
                const dy_entry *E = &d->entries[ent];
                const dy_phrase *P = &d->phrases[E->phrase];
                if (!dy_elem_matches(c, &d->elems[P->el + 1], i + 1)) continue;
                if (!dy_phrase_possible(c, E->phrase)) continue;
                try_root(c, L, ent, i, &br);
            }
        }
    }
    uint32_t no = pool[3 + 2 * nrest + 2 * nadj];
    const uint32_t *other = pool + 4 + 2 * nrest + 2 * nadj;
    for (uint32_t k = 0; k < no; k++) {
        const dy_entry *E = &d->entries[other[2 * k]];
        uint32_t how = other[2 * k + 1];
        if (how != OTHER_ALWAYS) {
            const dy_phrase *P = &d->phrases[E->phrase];
            uint32_t end, span;
            if (how == OTHER_ADJ && (i + 1 >= c->nw || !dy_elem_matches(c, &d->elems[P->el + 1], i + 1))) continue;
            if (P->nel >= 2 && !dy_phrase_possible(c, E->phrase)) continue;
            if (!dy_match_phrase(c, E->phrase, i, &end, &span)) continue;
        }
        if (E->kind == DY_ENT_DISCARD) {
            info->discard = E->story ? 2 : (info->discard ? info->discard : 1);
            info->discard_phrase = E->phrase;
        } else if (E->kind == DY_ENT_ISSUE) {
            if (E->story) info->issue_ignore = 1;
            else if (info->nissues < DY_ARRAY_LEN(info->issues)) info->issues[info->nissues++] = d->issue_codes[E->ref];
        }
    }
    *span_out = br.span;
    return br.ent;
}

static uint32_t best_entry_scan(dy_coder_s *c, uint32_t i, unsigned kinds, uint32_t *span_out, dy_sent_info *info);

uint32_t dy_best_entry(dy_coder_s *c, uint32_t i, unsigned kinds, uint32_t *span_out, dy_sent_info *info)
{
    if (info && kinds == ROOT_KINDS) return best_root_cached(c, i, span_out, info);
    return best_entry_scan(c, i, kinds, span_out, info);
}

static uint32_t best_entry_scan(dy_coder_s *c, uint32_t i, unsigned kinds, uint32_t *span_out, dy_sent_info *info)
{
    const uint32_t *excl = c->bc_exclude;
    const dy_dict *d = c->dict;
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
    uint32_t keys[48];
    size_t nk;
    lexeme_keys(c, L, keys, &nk);
    /* best: most words joined by '_', then an exact word over a lemma match
     * ("left" is LEFT before it is LEAVE), then TABARI's longest phrase, then
     * file order */
    uint32_t best = DY_NOID, best_len = 0, best_span = 0;
    int best_exact = 0;
    for (size_t k = 0; k < nk; k++) {
        uint32_t cnt;
        const uint32_t *list = dy_dict_lookup(d, keys[k], &cnt);
        for (uint32_t e = 0; e < cnt; e++) {
            if (list[e] == excl[0] || list[e] == excl[1] || list[e] == excl[2]) continue;
            const dy_entry *E = &d->entries[list[e]];
            const dy_phrase *P = &d->phrases[E->phrase];
            if (!is_root_kind(E->kind)) {
                if (!info) continue;
                /* discards and issues: any match counts, independent of roots */
                uint32_t end, span;
                if (P->nel >= 2 && !dy_phrase_possible(c, E->phrase)) continue;
                if (!dy_match_phrase(c, E->phrase, i, &end, &span)) continue;
                if (E->kind == DY_ENT_DISCARD) {
                    info->discard = E->story ? 2 : (info->discard ? info->discard : 1);
                    info->discard_phrase = E->phrase;
                } else if (E->kind == DY_ENT_ISSUE) {
                    if (E->story) info->issue_ignore = 1;
                    else if (info->nissues < DY_ARRAY_LEN(info->issues)) info->issues[info->nissues++] = d->issue_codes[E->ref];
                }
                continue;
            }
            if (!(kinds & (1u << E->kind))) continue;
            /* cheap rejection: a second word absent from the sentence (a bit
             * test), or one that must follow at once and does not */
            if (P->nel >= 2) {
                const dy_elem *a = &d->elems[P->el], *b = a + 1;
                if (b->kind == DY_EL_WORD && !dy_elem_possible(c, b)) continue;
                if ((a->flags & DY_ELF_ADJ) && a->kind == DY_EL_WORD && b->kind == DY_EL_WORD &&
                    (i + 1 >= c->nw || !dy_elem_matches(c, b, i + 1)))
                    continue;
            }
            if (P->nel >= 2 && !dy_phrase_possible(c, E->phrase)) continue;
            uint32_t end, span;
            if (!dy_match_phrase(c, E->phrase, i, &end, &span)) continue;
            const dy_elem *e0 = &d->elems[P->el];
            int exact = !(e0->kind == DY_EL_WORD && (e0->flags & DY_ELF_LEMMA) && L->word != e0->id);
            if (best != DY_NOID) {
                if (span != best_span) { if (span < best_span) continue; }
                else if (exact != best_exact) { if (!exact) continue; }
                else if (P->length != best_len) { if (P->length < best_len) continue; }
                else if (list[e] > best) continue;
            }
            best = list[e];
            best_len = P->length;
            best_span = span;
            best_exact = exact;
        }
    }
    *span_out = best_span;
    return best;
}

void dy_classify(dy_coder_s *c, const dy_config *cfg, const dy_text *t, int32_t day, dy_sent_info *info)
{
    const dy_dict *d = c->dict;
    int caps = all_caps(c, t);
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type == DY_W_COMMA || w->type == DY_W_QUOTE) continue;
        if (w->flags & DY_WF_ROOTCONT) continue;
        uint32_t best_span = 0;
        uint32_t best = dy_best_entry(c, (uint32_t)i, ROOT_KINDS, &best_span, info);
        /* dyad rules: an actor phrase with no code on the article's date
         * ("Afghan rebels" dated 1979-1992, in a 2001 story) gives way to
         * the next best reading ("Afghan" + "rebels") */
        for (int tries = 0; tries < 3 && best != DY_NOID && cfg->style == DY_STYLE_DYAD; tries++) {
            const dy_entry *E0 = &d->entries[best];
            if (E0->kind != DY_ENT_ACTOR) break;
            const dy_actor *A0 = &d->actors[E0->ref];
            const dy_actor_code *ac0 = dy_actor_resolve(d, A0, day);
            /* no code today: none at all, or the [---] of an actor whose
             * codes are dated (a plain [---] actor blocks its words) */
            if (ac0 && !(ac0->kind == DY_CODE_NULL && A0->ncodes > 1)) break;
            c->bc_exclude[tries] = best;
            best = best_entry_scan(c, (uint32_t)i, ROOT_KINDS, &best_span, NULL);
        }
        c->bc_exclude[0] = c->bc_exclude[1] = c->bc_exclude[2] = DY_NOID;
        if (best != DY_NOID) {
            const dy_entry *E = &d->entries[best];
            w->entry = best;
            w->span = (uint16_t)(best_span ? best_span : 1);
            for (uint32_t k = 1; k < w->span && i + k < c->nw; k++) {
                c->w[i + k].flags |= DY_WF_ROOTCONT;
                c->w[i + k].entry = best;
            }
            switch (E->kind) {
            case DY_ENT_ACTOR: {
                const dy_actor_code *ac = dy_actor_resolve(d, &d->actors[E->ref], day);
                if (!ac || ac->kind == DY_CODE_NULL) w->type = DY_W_NOUN;
                else if (ac->kind == DY_CODE_DISCARD && cfg->style == DY_STYLE_PETRARCH) w->type = DY_W_ACTOR; /* PETRARCH writes "###" */
                else if (ac->kind == DY_CODE_DISCARD) { w->type = DY_W_NOUN; info->discard = info->discard ? info->discard : 1; info->discard_phrase = E->phrase; }
                else if (ac->kind == DY_CODE_COMPLEX) { w->type = DY_W_NOUN; info->complex = 1; info->complex_why = "a [+++] actor"; }
                else w->type = DY_W_ACTOR;
                break;
            }
            case DY_ENT_AGENT: w->type = DY_W_AGENT; break;
            case DY_ENT_VERB: {
                const dy_verb *v = &d->verbs[E->ref];
                int live = 0;
                for (uint32_t vi = E->ref; vi != DY_NOID && !live; vi = d->verbs[vi].alias) {
                    live = d->verbs[vi].code.kind != DY_CODE_NULL || d->verbs[vi].npats > 0;
                    if (d->verbs[vi].alias == E->ref) break;
                }
                w->type = live ? DY_W_VERB : DY_W_NULL;
                if (v->code.kind == DY_CODE_DISCARD && v->npats == 0) { info->discard = info->discard ? info->discard : 1; info->discard_phrase = E->phrase; }
                if (v->code.kind == DY_CODE_COMPLEX && v->npats == 0) { info->complex = 1; info->complex_why = "a [+++] verb"; }
                break;
            }
            case DY_ENT_NOUN: w->type = DY_W_NOUN; break;
            case DY_ENT_ADJ: w->type = DY_W_ADJ; break;
            case DY_ENT_TIME: w->type = DY_W_TIME; break;
            case DY_ENT_ATTRIB: w->type = DY_W_ATTRIB; break;
            default: break;
            }
            for (uint32_t k = 1; k < w->span && i + k < c->nw; k++) c->w[i + k].type = w->type;
            /* a multi-word root is one unit: skip its continuation */
            i += w->span - 1;
            continue;
        }
        if (w->type == DY_W_NUMBER) continue;
        uint16_t cls = dy_lexeme_get(&c->lex, w->lex)->cls;
        if (cls & DY_WC_DET) w->type = DY_W_DETERM;
        else if (cls & DY_WC_CONJ) w->type = DY_W_CONJ;
        else if ((cls & (DY_WC_PRON | DY_WC_POSSPRON)) &&
                 !((t->toks[w->tok].flags & DY_TF_ALLCAPS) && sw(c, i) == DY_SW_US))
            w->type = DY_W_PRON; /* "US" is the country, "us" the pronoun */
        else if (cls & DY_WC_AUX) w->type = DY_W_AUX;
        else if (cls & DY_WC_BY) w->type = DY_W_BY;
    }
    /* verbs that are nouns: after a determiner, or capitalised mid-sentence */
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_VERB || (w->flags & DY_WF_ROOTCONT)) continue;
        int shift = 0;
        if (i > 0 && c->w[i - 1].type == DY_W_DETERM) shift = 1;
        /* a possessive ending makes it a noun: "donate's" */
        if (c->w[i + w->span - 1].flags & DY_WF_POSS) shift = 1;
        if (!caps && (w->flags & DY_WF_CAP) && !(w->flags & DY_WF_FIRST)) shift = 1;
        if (shift) {
            for (uint32_t k = 0; k < w->span && i + k < c->nw; k++) {
                c->w[i + k].type = DY_W_NOUN;
                c->w[i + k].flags |= DY_WF_SHIFTED;
            }
        }
    }
}

/* ---------------------------------------------------------- step 3: actors */

static int32_t new_mention(dy_coder_s *c, uint32_t w0, uint32_t w1, const char *code)
{
    DY_GROW(c->m, c->nm + 1, c->mcap);
    dy_mention *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->w0 = w0;
    m->w1 = w1;
    m->code = code;
    m->group = -1;
    m->src_mention = -1;
    for (uint32_t k = w0; k < w1; k++) c->w[k].actor = (int32_t)c->nm;
    return (int32_t)c->nm++;
}

static int32_t new_group(dy_coder_s *c)
{
    DY_GROW(c->g, c->ng + 1, c->gcap);
    dy_group *g = &c->g[c->ng];
    g->first = (uint32_t)c->ngm;
    g->n = 0;
    g->w0 = g->w1 = 0;
    return (int32_t)c->ng++;
}

static void group_add(dy_coder_s *c, int32_t gi, uint32_t mention)
{
    DY_GROW(c->gmembers, c->ngm + 1, c->gmcap);
    c->gmembers[c->ngm++] = mention;
    dy_group *g = &c->g[gi];
    if (g->n == 0) { g->w0 = c->m[mention].w0; g->w1 = c->m[mention].w1; }
    g->n++;
    if (c->m[mention].w1 > g->w1) g->w1 = c->m[mention].w1;
    c->m[mention].group = gi;
}

/* Does `code` already contain `agent` aligned on a 3-character boundary? */
static int has_block(const char *code, const char *agent)
{
    size_t n = strlen(code), a = strlen(agent);
    if (a == 0) return 1;
    for (size_t i = 0; i + a <= n; i += 3)
        if (memcmp(code + i, agent, a) == 0) return 1;
    return 0;
}

/* Combine an actor code with an agent (TABARI §5.4): suffix (~GOV) or
 * prefix (NGO~), not repeated if already present; each part of a coded
 * compound ("A/B") gets the agent. */
const char *dy_combine_agent(dy_coder_s *c, const char *actor, const char *agent, int prefix)
{
    char out[256];
    size_t o = 0;
    const char *p = actor;
    while (*p && o + 1 < sizeof out) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char part[128];
        snprintf(part, sizeof part, "%.*s", (int)n, p);
        char comb[260];
        /* dyad rules: a national NGO ("a British aid worker") keeps its
         * country first, as CAMEO codes national sectors: GBRNGO, not NGOGBR */
        int national = prefix && c->style == DY_STYLE_DYAD && dy_is_country(part);
        if (has_block(part, agent)) snprintf(comb, sizeof comb, "%s", part);
        else if (prefix && !national && !strncmp(part, "---", 3)) snprintf(comb, sizeof comb, "%s%s", agent, part + 3);
        else if (prefix && !national) snprintf(comb, sizeof comb, "%s%s", agent, part);
        else snprintf(comb, sizeof comb, "%s%s", part, agent);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? "/" : "", comb);
        if (o >= sizeof out) o = sizeof out - 1;
        if (!slash) break;
        p = slash + 1;
    }
    return dy_arena_strndup(&c->arena, out, o);
}



static const char *agent_code(const dy_coder_s *c, uint32_t wi, int *prefix)
{
    const dy_dict *d = c->dict;
    const dy_entry *E = &d->entries[c->w[wi].entry];
    const dy_agent *a = &d->agents[E->ref];
    *prefix = a->prefix;
    return dy_strtab_str(&d->codes, a->code);
}

void dy_find_actors(dy_coder_s *c, const dy_config *cfg, const dy_text *t, int32_t day)
{
    const dy_dict *d = c->dict;
    c->nm = c->ng = c->ngm = 0;
    /* mentions from actor roots */
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_ACTOR || (w->flags & DY_WF_ROOTCONT)) continue;
        const dy_entry *E = &d->entries[w->entry];
        const dy_actor_code *ac = dy_actor_resolve(d, &d->actors[E->ref], day);
        const char *code = ac && ac->code != DY_NOID ? dy_strtab_str(&d->codes, ac->code) : "";
        new_mention(c, (uint32_t)i, (uint32_t)(i + w->span), code);
    }
    /* agents join an adjacent actor: after it, before it, or "agent of/in actor" */
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_AGENT || (w->flags & DY_WF_ROOTCONT) || w->actor >= 0) continue;
        size_t end = i + w->span;
        int prefix;
        const char *ag = agent_code(c, (uint32_t)i, &prefix);
        int former = i > 0 && sw(c, i - 1) == DY_SW_FORMER;
        int32_t target = -1;
        int before = 0;
        if (i > 0 && c->w[i - 1].actor >= 0 && c->m[c->w[i - 1].actor].w1 == i) {
            target = c->w[i - 1].actor;
            before = 1;
        } else if (end < c->nw && c->w[end].actor >= 0 && c->m[c->w[end].actor].w0 == end) {
            target = c->w[end].actor;
        } else if (end + 1 < c->nw && (sw(c, end) == DY_SW_OF || sw(c, end) == DY_SW_IN)) {
            size_t j = end + 1;
            if (j < c->nw && c->w[j].type == DY_W_DETERM) j++;
            if (j < c->nw && c->w[j].actor >= 0 && c->m[c->w[j].actor].w0 == j) target = c->w[j].actor;
        }
        if (target >= 0) {
            dy_mention *m = &c->m[target];
            if (m->agent_only) continue;
            if (!former && m->w0 > 0 && sw(c, m->w0 - 1) == DY_SW_FORMER) former = 1;
            m->code = dy_combine_agent(c, m->code, former ? "ELI" : ag, former ? 0 : prefix);
            if (before) {
                for (size_t k = m->w1; k < end; k++) c->w[k].actor = target;
                m->w1 = (uint32_t)end;
            } else if ((size_t)m->w0 == end) {
                for (size_t k = i; k < end; k++) c->w[k].actor = target;
                m->w0 = (uint32_t)i;
            } else {
                /* "ambassador of Arnor": the agent words belong to the mention too */
                for (size_t k = i; k < m->w0; k++) c->w[k].actor = target;
                m->w0 = (uint32_t)i;
            }
        } else if (cfg->convert_agents) {
            char buf[64];
            snprintf(buf, sizeof buf, "%s%s%s", prefix ? "" : "~", ag, prefix ? "~" : "");
            int32_t mi = new_mention(c, (uint32_t)i, (uint32_t)end, dy_arena_strndup(&c->arena, buf, strlen(buf)));
            c->m[mi].agent_only = 1;
            for (size_t k = i; k < end; k++) c->w[k].type = DY_W_ACTOR;
        }
    }
    /* mentions in word order (agents may have moved starts) */
    for (size_t a = 1; a < c->nm; a++) {
        dy_mention tmp = c->m[a];
        size_t b = a;
        while (b > 0 && c->m[b - 1].w0 > tmp.w0) { c->m[b] = c->m[b - 1]; b--; }
        c->m[b] = tmp;
    }
    for (size_t i = 0; i < c->nw; i++) c->w[i].actor = -1;
    for (size_t mi = 0; mi < c->nm; mi++)
        for (uint32_t k = c->m[mi].w0; k < c->m[mi].w1; k++) c->w[k].actor = (int32_t)mi;
    /* compounds: np (, np)* (and|or) np, np = (det|adj)* actor */
    size_t mi = 0;
    while (mi < c->nm) {
        int32_t gi = new_group(c);
        group_add(c, gi, (uint32_t)mi);
        size_t cur = mi;
        for (;;) {
            size_t j = c->m[cur].w1;
            /* separators */
            int saw_conj = 0, saw_comma = 0;
            size_t sep0 = j;
            while (j < c->nw && (c->w[j].type == DY_W_COMMA || c->w[j].type == DY_W_CONJ)) {
                if (c->w[j].type == DY_W_CONJ) {
                    if (!(sw(c, j) == DY_SW_AND || sw(c, j) == DY_SW_OR)) break;
                    saw_conj = 1;
                } else saw_comma = 1;
                j++;
            }
            if (j == sep0 || (!saw_conj && !saw_comma)) break;
            while (j < c->nw && (c->w[j].type == DY_W_DETERM || c->w[j].type == DY_W_ADJ)) j++;
            if (j >= c->nw || c->w[j].actor < 0 || c->m[c->w[j].actor].w0 != j) break;
            size_t next = (size_t)c->w[j].actor;
            if (!saw_conj) {
                /* a comma list must end in a conjunction somewhere: look ahead */
                size_t look = next;
                int ok = 0;
                while (look < c->nm) {
                    size_t q = c->m[look].w1;
                    int conj = 0, comma = 0;
                    while (q < c->nw && (c->w[q].type == DY_W_COMMA || c->w[q].type == DY_W_CONJ)) {
                        if (c->w[q].type == DY_W_CONJ) conj = 1; else comma = 1;
                        q++;
                    }
                    while (q < c->nw && (c->w[q].type == DY_W_DETERM || c->w[q].type == DY_W_ADJ)) q++;
                    if (!(conj || comma) || q >= c->nw || c->w[q].actor < 0 || c->m[c->w[q].actor].w0 != q) break;
                    if (conj) { ok = 1; break; }
                    look = (size_t)c->w[q].actor;
                }
                if (!ok) break;
            }
            for (size_t k = sep0; k < j; k++)
                if (c->w[k].type == DY_W_COMMA || c->w[k].type == DY_W_CONJ) c->w[k].flags |= DY_WF_COMPOUND;
            group_add(c, gi, (uint32_t)next);
            cur = next;
            if (saw_conj) break; /* "A, B and C": the conjunction ends the list */
        }
        mi = cur + 1;
    }
    /* compound nouns and adjectives keep their conjunction out of clause splitting:
     * noun conj adj* noun ; adj conj adj */
    for (size_t i = 1; i + 1 < c->nw; i++) {
        if (c->w[i].type != DY_W_CONJ || (c->w[i].flags & DY_WF_COMPOUND)) continue;
        uint8_t prev = c->w[i - 1].type;
        size_t j = i + 1;
        if (prev == DY_W_ADJ && c->w[j].type == DY_W_ADJ) { c->w[i].flags |= DY_WF_COMPOUND; continue; }
        if (prev == DY_W_NOUN) {
            while (j < c->nw && c->w[j].type == DY_W_ADJ) j++;
            if (j < c->nw && c->w[j].type == DY_W_NOUN) c->w[i].flags |= DY_WF_COMPOUND;
        }
    }
    (void)t;
}

/* Pronoun coreference (TABARI §7.7): HE SHE IT HIM → the first actor of the
 * sentence; ITS HIS HER → the nearest actor before; THEY THEM THEIR → the
 * first compound, else the first actor. */
void dy_resolve_pronouns(dy_coder_s *c, const dy_config *cfg)
{
    (void)cfg;
    size_t nm0 = c->nm;
    for (size_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->type != DY_W_PRON || w->actor >= 0) continue;
        int f = sw(c, i);
        int32_t ref = -1;
        if (f >= DY_SW_HE && f <= DY_SW_HER) {
            /* "the first actor in the sentence" / "the first actor prior to the pronoun" */
            if (nm0 && c->m[0].w0 < i) ref = 0;
        } else if (f >= DY_SW_THEY && f <= DY_SW_THEIR) {
            for (size_t m = 0; m < nm0 && c->m[m].w0 < i; m++)
                if (c->g[c->m[m].group].n > 1) { ref = (int32_t)m; break; }
            if (ref < 0 && nm0 && c->m[0].w0 < i) ref = 0;
        }
        if (ref < 0) continue;
        int32_t mi = new_mention(c, (uint32_t)i, (uint32_t)i + 1, c->m[ref].code);
        c->m[mi].group = c->m[ref].group;
        c->m[mi].via = DYAD_VIA_PRONOUN;
        c->m[mi].src_mention = ref;
        w->ref = ref;
    }
    /* pronoun mentions stay appended: groups hold mention indices, and every
     * search walks words (w->actor), not the mention array */
}
