/* match.c — phrase and pattern matching over a sentence's words.
 *
 * Positions are indexes into a "view": the list of live words (words in an
 * eliminated comma clause are invisible). Elements are matched in order with
 * TABARI's connectors: after an element with DY_ELF_ADJ the next element must
 * start at the very next word; otherwise it may start later, but the search
 * never crosses a comma (other than one inside a compound) or leaves the
 * clause. The pre-verb part of a pattern is matched backwards from the verb,
 * the post-verb part forwards, both with backtracking (bounded). */
#include "code/match.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>

#define MAX_STEPS 4000

typedef struct view {
    dy_coder_s *c;
    const uint32_t *vw;  /* view → word index */
    uint32_t lo, hi;     /* clause bounds in view positions */
    int steps;
} view;

/* Bindings made by actor tokens while matching. */
typedef struct bind {
    int32_t source, target;
    int compound;
} bind;

int dy_elem_matches(const dy_coder_s *c, const dy_elem *e, uint32_t j)
{
    const dy_cword *w = &c->w[j];
    if (w->type == DY_W_COMMA || w->type == DY_W_QUOTE) return 0;
    return dy_elem_matches_lexeme(c, e, dy_lexeme_get(&c->lex, w->lex));
}

static int is_stop(const view *V, uint32_t q)
{
    const dy_cword *w = &V->c->w[V->vw[q]];
    return w->type == DY_W_COMMA && !(w->flags & DY_WF_COMPOUND);
}

static int seq_fwd(view *V, const dy_elem *el, int n, int k, uint32_t p, int anchored, uint32_t *end, bind *b);

/* Mention starting at view position q, or -1. */
static int32_t mention_at(const view *V, uint32_t q)
{
    const dy_coder_s *c = V->c;
    uint32_t wi = V->vw[q];
    int32_t m = c->w[wi].actor;
    if (m < 0) return -1;
    if (c->m[m].w0 != wi && !(q > V->lo && c->w[V->vw[q - 1]].actor != m)) return -1;
    return m;
}

/* View position just past the words of mention m (or its compound group). */
static uint32_t past(const view *V, uint32_t q, int32_t m, int whole_group)
{
    const dy_coder_s *c = V->c;
    uint32_t w1 = c->m[m].w1;
    if (whole_group && c->m[m].group >= 0) {
        const dy_group *g = &c->g[c->m[m].group];
        if (g->w1 > w1 && c->m[m].via != DYAD_VIA_PRONOUN) w1 = g->w1;
    }
    while (q < V->hi && V->vw[q] < w1) q++;
    return q;
}

/* The alternatives of group element e (a synset or an alternative group)
 * that could begin at word j, as positions in the group, ascending: those
 * whose first word has one of the word's keys (dy_dict_group_index) and
 * those that begin with something else. Every other alternative begins
 * with a word that does not match word j. Returns how many were written to
 * out, or -1 when the group has no index or they are more than GX_CAND
 * (then the caller tries every alternative, as the index would). */
#define GX_CAND 64
static int group_candidates(const dy_coder_s *c, const dy_elem *e, uint32_t j, uint32_t *out)
{
    const dy_dict *d = c->dict;
    dy_gx x;
    if (!dy_dict_group_index(d, e->kind == DY_EL_SYNSET ? e->id : (uint32_t)d->nsynsets + e->id, &x)) return -1;
    uint32_t hit[GX_CAND];
    int nh = 0;
    const dy_cword *w = &c->w[j];
    if (x.nkeys && w->type != DY_W_COMMA && w->type != DY_W_QUOTE) {
        const dy_lexeme *L = dy_lexeme_get(&c->lex, w->lex);
        uint32_t keys[3 + 3 + 48];
        size_t nk = 0;
        keys[nk++] = L->word;
        keys[nk++] = L->lemma_v;
        keys[nk++] = L->lemma_n;
        for (uint8_t b = 0; b < L->nbases && b < 3; b++) keys[nk++] = L->bases[b];
        for (uint8_t s = 0; s < L->nstems && s < 48; s++) keys[nk++] = c->lex.stem_ids[L->stems + s];
        for (size_t k = 0; k < nk; k++) {
            uint32_t key = keys[k];
            if (key == DY_NOID) continue;
            uint32_t lo = 0, hi = x.nkeys;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (x.keys[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            if (lo == x.nkeys || x.keys[lo] != key) continue;
            for (uint32_t p = x.start[lo]; p < x.start[lo + 1]; p++) {
                if (nh == GX_CAND) return -1;
                hit[nh++] = x.pos[p];
            }
        }
        for (int a = 1; a < nh; a++) {
            uint32_t v = hit[a];
            int b = a;
            while (b > 0 && hit[b - 1] > v) { hit[b] = hit[b - 1]; b--; }
            hit[b] = v;
        }
    }
    /* merge the two ascending lists, without repeats */
    int n = 0, i = 0;
    uint32_t k = 0;
    while (i < nh || k < x.nother) {
        uint32_t v = k >= x.nother || (i < nh && hit[i] < x.other[k]) ? hit[i++] : x.other[k++];
        if (n && out[n - 1] == v) continue;
        if (n == GX_CAND) return -1;
        out[n++] = v;
    }
    return n;
}

/* Try element e starting exactly at q; on success returns 1 with *e_end. */
static int elem_at(view *V, const dy_elem *e, uint32_t q, uint32_t *e_end, bind *b)
{
    dy_coder_s *c = V->c;
    const dy_dict *d = c->dict;
    if (q >= V->hi) return 0;
    switch (e->kind) {
    case DY_EL_WORD:
        if (!dy_elem_matches(c, e, V->vw[q])) return 0;
        *e_end = q + 1;
        return 1;
    case DY_EL_SYNSET:
    case DY_EL_ALT: {
        uint32_t first = e->kind == DY_EL_ALT ? d->alts[e->id].alts : d->synsets[e->id].alts;
        uint32_t cnt = e->kind == DY_EL_ALT ? d->alts[e->id].nalts : d->synsets[e->id].nalts;
        uint32_t best = 0;
        int ok = 0;
        /* only the alternatives that can begin at this word, in group
         * order, when the group is indexed: the same tries (and matcher
         * steps) as going through all of them */
        uint32_t cand[GX_CAND];
        int nc = group_candidates(c, e, V->vw[q], cand);
        if (nc >= 0) cnt = (uint32_t)nc;
        for (uint32_t i = 0; i < cnt; i++) {
            uint32_t a = nc >= 0 ? cand[i] : i;
            const dy_phrase *P = &d->phrases[d->alt_phrases[first + a]];
            /* most alternatives fail on their first word: test it here */
            if (P->nel && d->elems[P->el].kind == DY_EL_WORD && !dy_elem_matches(c, &d->elems[P->el], V->vw[q]))
                continue;
            uint32_t end;
            bind tmp = *b;
            if (seq_fwd(V, d->elems + P->el, P->nel, 0, q, 1, &end, &tmp) && (!ok || end > best)) {
                best = end;
                ok = 1;
            }
        }
        if (ok) *e_end = best;
        return ok;
    }
    case DY_EL_SOURCE:
    case DY_EL_TARGET:
    case DY_EL_COMPOUND:
    case DY_EL_SKIP:
    case DY_EL_ATTRIB: {
        int32_t m = mention_at(V, q);
        if (m < 0) return 0;
        int grp = c->m[m].group >= 0 && c->g[c->m[m].group].n > 1;
        if (e->kind == DY_EL_COMPOUND && !grp) return 0;
        if (e->kind == DY_EL_SOURCE) b->source = m;
        else if (e->kind == DY_EL_TARGET) b->target = m;
        else if (e->kind == DY_EL_COMPOUND) { b->source = b->target = m; b->compound = 1; }
        *e_end = past(V, q, m, e->kind == DY_EL_SKIP || e->kind == DY_EL_COMPOUND);
        return 1;
    }
    default:
        return 0;
    }
}

static int seq_fwd(view *V, const dy_elem *el, int n, int k, uint32_t p, int anchored, uint32_t *end, bind *b)
{
    if (k == n) { *end = p; return 1; }
    const dy_elem *e = &el[k];
    for (uint32_t q = p; q < V->hi; q++) {
        if (++V->steps > MAX_STEPS) return 0;
        if (anchored && q != p) break;
        uint32_t e_end;
        bind tb = *b;
        if (elem_at(V, e, q, &e_end, &tb)) {
            bind rb = tb;
            if (seq_fwd(V, el, n, k + 1, e_end, (e->flags & DY_ELF_ADJ) != 0, end, &rb)) {
                *b = rb;
                return 1;
            }
        }
        if (is_stop(V, q)) break;
    }
    return 0;
}

/* Element e ending exactly at view position q_end (exclusive); *start set. */
static int elem_ending(view *V, const dy_elem *e, uint32_t q_end, uint32_t *start, bind *b)
{
    dy_coder_s *c = V->c;
    if (q_end <= V->lo) return 0;
    switch (e->kind) {
    case DY_EL_WORD:
        if (!dy_elem_matches(c, e, V->vw[q_end - 1])) return 0;
        *start = q_end - 1;
        return 1;
    case DY_EL_SYNSET:
    case DY_EL_ALT: {
        for (uint32_t s = q_end; s-- > V->lo && q_end - s <= 12;) {
            uint32_t e_end;
            bind tb = *b;
            if (elem_at(V, e, s, &e_end, &tb) && e_end == q_end) { *b = tb; *start = s; return 1; }
        }
        return 0;
    }
    default: {
        /* an actor token: the mention whose last word is at q_end - 1 */
        uint32_t wi = V->vw[q_end - 1];
        int32_t m = c->w[wi].actor;
        if (m < 0 || c->m[m].w1 != wi + 1) return 0;
        int whole = e->kind == DY_EL_SKIP || e->kind == DY_EL_COMPOUND;
        int grp = c->m[m].group >= 0 && c->g[c->m[m].group].n > 1;
        if (e->kind == DY_EL_COMPOUND && !grp) return 0;
        uint32_t w0 = c->m[m].w0;
        if (whole && grp && c->m[m].via != DYAD_VIA_PRONOUN) {
            w0 = c->g[c->m[m].group].w0;
            m = (int32_t)c->gmembers[c->g[c->m[m].group].first];
        }
        uint32_t s = q_end - 1;
        while (s > V->lo && V->vw[s - 1] >= w0) s--;
        if (e->kind == DY_EL_SOURCE) b->source = m;
        else if (e->kind == DY_EL_TARGET) b->target = m;
        else if (e->kind == DY_EL_COMPOUND) { b->source = b->target = m; b->compound = 1; }
        *start = s;
        return 1;
    }
    }
}

/* Match el[k], el[k-1] ... el[0] backwards; el[k] must end exactly at p if
 * anchored, else at or before p. */
static int seq_bwd(view *V, const dy_elem *el, int k, uint32_t p, int anchored, uint32_t *start, bind *b)
{
    if (k < 0) { *start = p; return 1; }
    const dy_elem *e = &el[k];
    for (uint32_t q = p; q > V->lo; q--) {
        if (++V->steps > MAX_STEPS) return 0;
        if (anchored && q != p) break;
        uint32_t s;
        bind tb = *b;
        if (elem_ending(V, e, q, &s, &tb)) {
            int adj_prev = k > 0 && (el[k - 1].flags & DY_ELF_ADJ);
            bind rb = tb;
            if (seq_bwd(V, el, k - 1, s, adj_prev, start, &rb)) {
                *b = rb;
                return 1;
            }
        }
        if (is_stop(V, q - 1)) break;
    }
    return 0;
}

int dy_match_phrase(dy_coder_s *c, uint32_t phrase, uint32_t w, uint32_t *end, uint32_t *span)
{
    const dy_dict *d = c->dict;
    const dy_phrase *P = &d->phrases[phrase];
    const dy_elem *el = d->elems + P->el;
    /* identity view over the whole sentence (c->viewbuf, set up per sentence) */
    view V = {c, c->viewbuf, 0, (uint32_t)c->nw, 0};
    bind b = {-1, -1, 0};
    uint32_t e;
    if (!seq_fwd(&V, el, P->nel, 0, w, 1, &e, &b)) return 0;
    *end = e;
    /* the root's own extent: the run of elements joined by '_' from the start */
    uint32_t sp = 1;
    {
        uint32_t q = w;
        for (int k = 0; k < P->nel; k++) {
            uint32_t e_end;
            bind tb = b;
            if (!elem_at(&V, &el[k], q, &e_end, &tb)) break;
            sp = e_end - w;
            if (!(el[k].flags & DY_ELF_ADJ)) break;
            q = e_end;
        }
    }
    *span = sp;
    return 1;
}

static void key_add(dy_coder_s *c, uint32_t key)
{
    if (key == DY_NOID || (size_t)(key >> 6) >= c->keywords) return;
    uint64_t bit = 1ull << (key & 63);
    if (c->keybits[key >> 6] & bit) return;
    c->keybits[key >> 6] |= bit;
    DY_GROW(c->keylist, c->nkeylist + 1, c->keylistcap);
    c->keylist[c->nkeylist++] = key;
}

static int key_has(const dy_coder_s *c, uint32_t key) { return dy_key_has(c, key); }

void dy_keyset_build(dy_coder_s *c)
{
    /* a bit per dictionary word: one test per lookup; only the bits the
     * previous sentence set are cleared */
    size_t words = ((size_t)c->dict->vocab.count >> 6) + 1;
    if (c->keywords != words) {
        dy_free(c->keybits);
        c->keybits = dy_calloc(words, sizeof *c->keybits);
        c->keywords = words;
        c->nkeylist = 0;
    }
    for (size_t i = 0; i < c->nkeylist; i++) c->keybits[c->keylist[i] >> 6] = 0;
    c->nkeylist = 0;
    /* a new generation for the synset / alternative answers */
    const dy_dict *d = c->dict;
    if (!c->syn_poss) {
        c->syn_poss = dy_calloc(d->nsynsets + 1, sizeof *c->syn_poss);
        c->alt_poss = dy_calloc(d->nalts + 1, sizeof *c->alt_poss);
    }
    if (++c->poss_gen >= 0x7fffffffu) {
        memset(c->syn_poss, 0, (d->nsynsets + 1) * sizeof *c->syn_poss);
        memset(c->alt_poss, 0, (d->nalts + 1) * sizeof *c->alt_poss);
        c->poss_gen = 1;
    }
    for (size_t i = 0; i < c->nw; i++) {
        const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[i].lex);
        key_add(c, L->word);
        key_add(c, L->lemma_v);
        key_add(c, L->lemma_n);
        for (uint8_t b = 0; b < L->nbases; b++) key_add(c, L->bases[b]);
        for (uint8_t s = 0; s < L->nstems; s++) key_add(c, c->lex.stem_ids[L->stems + s]);
    }
}

/* Could word element e match some word of the sentence? */
static int elem_possible(const dy_coder_s *c, const dy_elem *e)
{
    if (key_has(c, e->id)) return 1;
    if (e->flags & DY_ELF_LEMMA) {
        const dy_dict *d = c->dict;
        if (e->id < d->nlem) return key_has(c, d->lemv[e->id]) || key_has(c, d->lemn[e->id]);
    }
    return 0;
}

static int group_possible(dy_coder_s *c, const dy_elem *e, int depth);

/* Could every element of phrase [el, el + n) other than the verb match some
 * word of the sentence? Literal words are looked up in the sentence's key
 * set; a synset or an alternative group is possible if one of its phrases
 * is (answers cached per sentence). Cheap, and it rejects most patterns of a
 * verb before any matching. */
static int elems_possible(dy_coder_s *c, const dy_elem *el, int n, int depth)
{
    for (int k = 0; k < n; k++) {
        const dy_elem *e = &el[k];
        if (e->kind == DY_EL_WORD) {
            if (!elem_possible(c, e)) return 0;
        } else if (e->kind == DY_EL_SYNSET || e->kind == DY_EL_ALT) {
            if (!group_possible(c, e, depth)) return 0;
        }
    }
    return 1;
}

static int group_possible(dy_coder_s *c, const dy_elem *e, int depth)
{
    const dy_dict *d = c->dict;
    int syn = e->kind == DY_EL_SYNSET;
    if (!c->syn_poss || depth > 6 || e->id >= (syn ? d->nsynsets : d->nalts)) return 1;
    uint32_t *cache = syn ? &c->syn_poss[e->id] : &c->alt_poss[e->id];
    if ((*cache >> 1) == c->poss_gen) return (int)(*cache & 1);
    uint32_t first = syn ? d->synsets[e->id].alts : d->alts[e->id].alts;
    uint32_t cnt = syn ? d->synsets[e->id].nalts : d->alts[e->id].nalts;
    int ok = 0;
    dy_gx x;
    if (dy_dict_group_index(d, syn ? e->id : (uint32_t)d->nsynsets + e->id, &x)) {
        /* indexed: the alternatives that begin with something else, then
         * those whose first word's key the sentence holds — one bit a
         * distinct key, or, for a group of many keys, the sentence's keys
         * looked up in the group's */
        for (uint32_t k = 0; k < x.nother && !ok; k++) {
            const dy_phrase *P = &d->phrases[d->alt_phrases[first + x.other[k]]];
            ok = elems_possible(c, d->elems + P->el, P->nel, depth + 1);
        }
        int by_sentence = x.nkeys > 16 * c->nkeylist;
        uint32_t n = by_sentence ? (uint32_t)c->nkeylist : x.nkeys;
        for (uint32_t i = 0; i < n && !ok; i++) {
            uint32_t kk;
            if (by_sentence) {
                uint32_t key = c->keylist[i], lo = 0, hi = x.nkeys;
                while (lo < hi) {
                    uint32_t mid = (lo + hi) / 2;
                    if (x.keys[mid] < key) lo = mid + 1;
                    else hi = mid;
                }
                if (lo == x.nkeys || x.keys[lo] != key) continue;
                kk = lo;
            } else {
                if (!key_has(c, x.keys[i])) continue;
                kk = i;
            }
            for (uint32_t p = x.start[kk]; p < x.start[kk + 1] && !ok; p++) {
                const dy_phrase *P = &d->phrases[d->alt_phrases[first + x.pos[p]]];
                ok = elems_possible(c, d->elems + P->el, P->nel, depth + 1);
            }
        }
        cnt = 0;
    }
    for (uint32_t a = 0; a < cnt && !ok; a++) {
        /* most alternatives begin with a plain word the sentence lacks: one bit */
        if (c->altkey) {
            const uint32_t *k = &c->altkey[3 * (size_t)(first + a)];
            if (k[0] != DY_NOID && !key_has(c, k[0]) && !key_has(c, k[1]) && !key_has(c, k[2])) continue;
        }
        const dy_phrase *P = &d->phrases[d->alt_phrases[first + a]];
        ok = elems_possible(c, d->elems + P->el, P->nel, depth + 1);
    }
    *cache = c->poss_gen << 1 | (uint32_t)ok;
    return ok;
}

int dy_elem_possible(dy_coder_s *c, const dy_elem *e)
{
    if (e->kind == DY_EL_WORD) return elem_possible(c, e);
    if (e->kind == DY_EL_SYNSET || e->kind == DY_EL_ALT) return group_possible(c, e, 0);
    return 1;
}

int dy_phrase_possible(dy_coder_s *c, uint32_t phrase)
{
    const dy_phrase *P = &c->dict->phrases[phrase];
    return elems_possible(c, c->dict->elems + P->el, P->nel, 0);
}

int dy_match_pattern(dy_coder_s *c, uint32_t phrase, uint32_t v0, uint32_t v1, uint32_t c0, uint32_t c1,
                     dy_patmatch *out)
{
    const dy_dict *d = c->dict;
    const dy_phrase *P = &d->phrases[phrase];
    const dy_elem *el = d->elems + P->el;
    /* cheap rejection: every literal word of the pattern must occur */
    if (!elems_possible(c, el, P->nel, 0)) return 0;
    int vk = -1;
    for (int k = 0; k < P->nel; k++)
        if (el[k].kind == DY_EL_VERB) { vk = k; break; }
    if (vk < 0) return 0;
    /* view positions of the verb */
    view V = {c, c->view, c0, c1, 0};
    uint32_t pv0 = c0, pv1;
    while (pv0 < c1 && c->view[pv0] < v0) pv0++;
    if (pv0 >= c1 || c->view[pv0] != v0) return 0;
    pv1 = pv0;
    while (pv1 < c1 && c->view[pv1] < v1) pv1++;
    bind b = {-1, -1, 0};
    uint32_t end = pv1, start = pv0;
    if (vk + 1 < P->nel) {
        if (!seq_fwd(&V, el, P->nel, vk + 1, pv1, (el[vk].flags & DY_ELF_ADJ) != 0, &end, &b)) return 0;
    }
    if (vk > 0) {
        if (!seq_bwd(&V, el, vk - 1, pv0, (el[vk - 1].flags & DY_ELF_ADJ) != 0, &start, &b)) return 0;
    }
    out->source = b.source;
    out->target = b.target;
    out->compound = b.compound;
    out->w0 = c->view[start];
    out->w1 = end > start ? c->view[end - 1] + 1 : c->view[start] + 1;
    return 1;
}
