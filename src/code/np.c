/* np.c — actors from noun phrases (PETRARCH and dyad rules).
 *
 * In a noun phrase the first actor is the base — with every actor
 * coordinated with it ("Fornost and Gondor") — and the agents found in the
 * phrase are added to each: stacked when they qualify one another
 * ("Gondor's main opposition group", "soldiers from Gondor"), as
 * alternatives when coordinated ("lawmakers and officials in Fornost" →
 * FORLEG and FORGOV). "Former" before an agent or actor makes an elite (ELI).
 * A phrase with agents but no actor gets the unknown-country code "---"
 * ("a senior official" → ---GOV). Each resulting code is one mention; the
 * mentions of a phrase form one group, which is what verbs take as source or
 * target. */
#include "code/match.h"
#include "parse/parse.h"
#include "util/check.h"
#include "util/mem.h"

#include <stdio.h>
#include <string.h>

typedef struct agentref {
    const char *code;
    int prefix;
} agentref;

static int word_is(const dy_coder_s *c, uint32_t i, const char *up)
{
    return strcmp(dy_lexeme_form(&c->lex, c->w[i].lex), up) == 0;
}

static int32_t add_mention(dy_coder_s *c, uint32_t w0, uint32_t w1, const char *code)
{
    DY_GROW(c->m, c->nm + 1, c->mcap);
    dy_mention *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->w0 = w0;
    m->w1 = w1;
    m->code = code;
    m->group = -1;
    m->src_mention = -1;
    return (int32_t)c->nm++;
}

static int32_t add_group(dy_coder_s *c, uint32_t w0, uint32_t w1)
{
    DY_GROW(c->g, c->ng + 1, c->gcap);
    dy_group *g = &c->g[c->ng];
    g->first = (uint32_t)c->ngm;
    g->n = 0;
    g->w0 = w0;
    g->w1 = w1;
    return (int32_t)c->ng++;
}

static void group_push(dy_coder_s *c, int32_t gi, int32_t m)
{
    DY_GROW(c->gmembers, c->ngm + 1, c->gmcap);
    c->gmembers[c->ngm++] = (uint32_t)m;
    c->g[gi].n++;
    c->m[m].group = gi;
}

void dy_np_actors(dy_coder_s *c, const dy_config *cfg, int32_t day)
{
    const dy_dict *d = c->dict;
    c->nm = c->ng = c->ngm = 0;
    for (size_t i = 0; i < c->nw; i++) c->w[i].actor = -1;
    for (size_t n = 0; n < c->nnp; n++) {
        dy_np *np = &c->nps[n];
        if (c->w[np->w0].tag == DY_T_PRON && np->w1 == np->w0 + 1) continue; /* pronouns below */
        const char *actors[32];
        size_t nact = 0;
        int actor_chain = 0;   /* 0 none yet, 1 collecting coordinated actors, 2 closed */
        agentref alts[8][8];
        size_t nalt = 0, nag[8] = {0};
        int last_link_coord = 0, seen_agent_atom = 0;
        int former = 0;
        for (uint32_t k = np->w0; k < np->w1; k++) {
            const dy_cword *w = &c->w[k];
            if ((w->type == DY_W_CONJ || w->type == DY_W_COMMA) && (w->flags & DY_WF_COMPOUND)) {
                last_link_coord = 1;
                continue;
            }
            if (w->tag == DY_T_PREP) {
                last_link_coord = 0;
                if (actor_chain == 1) actor_chain = 2;
                continue;
            }
            if (w->type == DY_W_ACTOR) {
                if (w->flags & DY_WF_ROOTCONT) continue;
                const dy_entry *E = &d->entries[w->entry];
                const dy_actor_code *ac = dy_actor_resolve(d, &d->actors[E->ref], day);
                const char *code = NULL;
                if (ac && ac->kind == DY_CODE_DISCARD) code = "###";
                else if (ac && ac->code != DY_NOID) code = dy_strtab_str(&d->codes, ac->code);
                if (!code) continue;
                if (actor_chain == 0 || (actor_chain == 1 && last_link_coord)) {
                    if (nact < DY_ARRAY_LEN(actors)) actors[nact++] = code;
                    actor_chain = 1;
                } else if (actor_chain == 1) {
                    actor_chain = 2; /* "Arnor awful Gondor": only the first actor counts */
                }
                last_link_coord = 0;
                continue;
            }
            if (word_is(c, k, "FORMER")) { former = 1; continue; }
            /* the agent starting here: PETRARCH looks at every word, so
             * overlapping phrases count too ("main opposition group" is MOP
             * and OPP); dyad takes the classified roots */
            uint32_t e = DY_NOID;
            if (cfg->style == DY_STYLE_PETRARCH) {
                uint32_t span = 0;
                e = dy_best_entry(c, k, 1u << DY_ENT_AGENT, &span, NULL);
            } else if (w->type == DY_W_AGENT && !(w->flags & DY_WF_ROOTCONT)) {
                e = w->entry;
            }
            if (e == DY_NOID) continue;
            const dy_agent *a = &d->agents[d->entries[e].ref];
            agentref r = {former ? "ELI" : dy_strtab_str(&d->codes, a->code), former ? 0 : a->prefix};
            former = 0;
            if (nalt == 0) {
                nalt = 1;
                nag[0] = 0;
            } else if (last_link_coord && seen_agent_atom && nalt < 8) {
                /* a coordinated role: a new alternative */
                nag[nalt++] = 0;
                alts[nalt - 1][nag[nalt - 1]++] = r;
                last_link_coord = 0;
                continue;
            }
            for (size_t a2 = 0; a2 < nalt; a2++)
                if (nag[a2] < 8) alts[a2][nag[a2]++] = r;
            seen_agent_atom = 1;
            last_link_coord = 0;
        }
        if (nact == 0 && nalt == 0) continue;
        if (nact == 0) actors[nact++] = "---";
        int32_t gi = add_group(c, np->w0, np->w1);
        for (size_t a = 0; a < nact; a++) {
            size_t na = nalt ? nalt : 1;
            for (size_t al = 0; al < na; al++) {
                const char *code = actors[a];
                if (nalt)
                    for (size_t g = 0; g < nag[al]; g++) code = dy_combine_agent(c, code, alts[al][g].code, alts[al][g].prefix);
                /* one mention per distinct code */
                int dup = 0;
                for (uint32_t q = 0; q < c->g[gi].n; q++)
                    if (strcmp(c->m[c->gmembers[c->g[gi].first + q]].code, code) == 0) dup = 1;
                if (dup) continue;
                int32_t m = add_mention(c, np->w0, np->w1, code);
                c->m[m].agent_only = nact == 1 && strcmp(actors[0], "---") == 0;
                group_push(c, gi, m);
            }
        }
        np->group = gi;
        int32_t first = (int32_t)c->gmembers[c->g[gi].first];
        for (uint32_t k = np->w0; k < np->w1; k++) c->w[k].actor = first;
    }
    /* pronouns: he/she/it (and their possessives) → the first actor of the
     * sentence before them; they/them/their → the first compound, else the
     * first actor */
    for (size_t n = 0; n < c->nnp; n++) {
        dy_np *np = &c->nps[n];
        uint32_t k = np->w0;
        if (!(c->w[k].tag == DY_T_PRON && np->w1 == k + 1)) continue;
        const char *f = dy_lexeme_form(&c->lex, c->w[k].lex);
        int plural = !strcmp(f, "THEY") || !strcmp(f, "THEM") || !strcmp(f, "THEIR");
        int singular = !strcmp(f, "HE") || !strcmp(f, "SHE") || !strcmp(f, "IT") || !strcmp(f, "HIM") ||
                       !strcmp(f, "ITS") || !strcmp(f, "HIS") || !strcmp(f, "HER");
        if (!plural && !singular) continue;
        int32_t ref = -1;
        for (size_t q = 0; q < c->nnp && c->nps[q].w0 < k; q++) {
            if (c->nps[q].group < 0) continue;
            if (plural && c->g[c->nps[q].group].n < 2) continue;
            ref = (int32_t)q;
            break;
        }
        if (ref < 0 && plural)
            for (size_t q = 0; q < c->nnp && c->nps[q].w0 < k; q++)
                if (c->nps[q].group >= 0) { ref = (int32_t)q; break; }
        if (ref < 0) continue;
        int32_t g = c->nps[ref].group;
        int32_t src = (int32_t)c->gmembers[c->g[g].first];
        int32_t m = add_mention(c, k, k + 1, c->m[src].code);
        c->m[m].group = g;
        c->m[m].via = DYAD_VIA_PRONOUN;
        c->m[m].src_mention = src;
        np->group = g;
        c->w[k].actor = m;
        c->w[k].ref = src;
    }
    (void)cfg;
}
