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
#include "code/country.h"
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

enum { LINK_NONE = 0, LINK_COORD, LINK_PP };

/* A noun group inside a phrase: its first actor and its agents. */
typedef struct atom {
    int link;            /* how it joins the previous atom */
    int det;             /* starts with a determiner */
    const char *actor;   /* first actor code, NULL if none */
    uint32_t actor_w;
    agentref ag[8];
    size_t nag;
    int poss;            /* starts with a possessive pronoun: its, their, his, her */
} atom;

/* One actor the phrase names: actor (or none) and its agents. */
typedef struct entry {
    const char *actor;
    agentref ag[8];
    size_t nag;
} entry;

static int sw(const dy_coder_s *c, uint32_t i) { return dy_lexeme_sw(&c->lex, c->w[i].lex); }

/* Does the phrase end in a plural noun ("rebels", "troops")? */
/* Does noun phrase np name a person ("President Jacques Chirac", "Mr
 * Lee", "Foreign Minister Ana Rojas")? A title, or a role word followed by
 * a capitalised name. */
static int np_person(const dy_coder_s *c, const dy_np *np)
{
    for (uint32_t k = np->w0; k < np->w1; k++) {
        if (dy_lexeme_get(&c->lex, c->w[k].lex)->cls & DY_WC_TITLE) return 1;
        if (c->w[k].type == DY_W_AGENT && k + 1 < np->w1 && (c->w[k + 1].flags & DY_WF_CAP) &&
            c->w[k + 1].type != DY_W_AGENT && !(c->w[k + 1].flags & DY_WF_ROOTCONT))
            return 1;
    }
    return 0;
}

static int np_plural_form(const dy_coder_s *c, const dy_np *np)
{
    uint32_t h = np->head < c->nw ? np->head : np->w1 - 1;
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[h].lex);
    const char *f = dy_strtab_str(&c->lex.forms, L->key);
    size_t n = strlen(f);
    return n > 2 && f[n - 1] == 'S' && f[n - 2] != 'S';
}

/* Is word k the upper-case form f? */
static int is_form(const dy_coder_s *c, uint32_t k, const char *f)
{
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[k].lex);
    return strcmp(dy_strtab_str(&c->lex.forms, L->key), f) == 0;
}

/* Things an agent word only describes ("military aid", "police station",
 * "army helicopters"): before one of these, at the end of its phrase part,
 * the agent makes no actor. Deliberately a short list of objects: before an
 * act ("government offensive", "rebel attack") the agent is the actor.
 * Upper case, sorted. */
static const char *const thing_nouns[] = {
    "ACADEMY", "AID", "AIRCRAFT", "ASSISTANCE", "BARRACKS", "BASE", "BASES", "BUDGET", "BUDGETS", "CHECKPOINT",
    "CHECKPOINTS", "EQUIPMENT", "HARDWARE", "HEADQUARTERS", "HELICOPTER", "HELICOPTERS", "HOSPITAL", "JET",
    "JETS", "PLANE", "PLANES", "SPENDING", "STATION", "STATIONS", "SUPPLIES", "TANKS", "TRUCK", "TRUCKS",
    "UNIFORM", "UNIFORMS", "VEHICLE", "VEHICLES",
};

static int is_thing_noun(const dy_coder_s *c, uint32_t k)
{
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[k].lex);
    const char *f = dy_strtab_str(&c->lex.forms, L->key);
    size_t lo = 0, hi = DY_ARRAY_LEN(thing_nouns);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(thing_nouns[mid], f);
        if (r == 0) return 1;
        if (r < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* dyad rules: is the agent at word k a modifier of a following thing that
 * ends its phrase part ("military aid to ...")? */
static int agent_modifies_thing(const dy_coder_s *c, const dy_np *np, uint32_t k)
{
    uint32_t j = k + 1;
    while (j < np->w1 && (c->w[j].flags & DY_WF_ROOTCONT)) j++;
    if (j >= np->w1) return 0;
    const dy_cword *h = &c->w[j];
    if (h->type == DY_W_AGENT || h->type == DY_W_ACTOR) return 0;
    if (j + 1 < np->w1 && c->w[j + 1].tag == DY_T_NOUN) return 0; /* "military aid workers" */
    return is_thing_noun(c, j);
}

int32_t dy_add_mention(dy_coder_s *c, uint32_t w0, uint32_t w1, const char *code)
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

/* The actor a possessive pronoun at word k refers to: the first actor code
 * of the sentence before it (the subject, usually). */
static const char *poss_referent(const dy_coder_s *c, uint32_t k)
{
    for (size_t q = 0; q < c->nnp && c->nps[q].w0 < k; q++) {
        int32_t g = c->nps[q].group;
        if (g < 0) continue;
        const char *code = c->m[c->gmembers[c->g[g].first]].code;
        if (strncmp(code, "---", 3) == 0) continue;
        /* the country part only: "its troops" are the country's, not its minister's */
        return code;
    }
    return NULL;
}

void dy_np_actors(dy_coder_s *c, const dy_config *cfg, int32_t day)
{
    const dy_dict *d = c->dict;
    c->nm = c->ng = c->ngm = 0;
    for (size_t i = 0; i < c->nw; i++) c->w[i].actor = -1;
    for (size_t n = 0; n < c->nnp; n++) {
        dy_np *np = &c->nps[n];
        if (c->w[np->w0].tag == DY_T_PRON && np->w1 == np->w0 + 1) continue; /* pronouns below */
        /* 1. atoms: (link, actor, agents) in phrase order */
        atom at[32];
        size_t na = 0;
        int link = 0, former = 0;
        atom *cur = NULL;
        for (uint32_t k = np->w0; k < np->w1 && na < DY_ARRAY_LEN(at); k++) {
            const dy_cword *w = &c->w[k];
            if ((w->type == DY_W_CONJ || w->type == DY_W_COMMA) && (w->flags & DY_WF_COMPOUND) &&
                !(k > np->w0 && k + 1 < np->w1 && c->w[k - 1].tag == DY_T_ADJ && c->w[k + 1].tag == DY_T_ADJ)) {
                link = LINK_COORD;
                cur = NULL;
                continue;
            }
            if (w->tag == DY_T_PREP) { link = LINK_PP; cur = NULL; continue; }
            if (!cur) {
                cur = &at[na++];
                memset(cur, 0, sizeof *cur);
                cur->link = link;
                cur->det = w->tag == DY_T_DET && w->type != DY_W_NUMBER;
                int f = sw(c, k);
                cur->poss = f == DY_SW_ITS || f == DY_SW_HIS || f == DY_SW_HER || f == DY_SW_THEIR;
                link = 0;
            }
            if (w->type == DY_W_ACTOR) {
                if (w->flags & DY_WF_ROOTCONT) continue;
                const dy_entry *E = &d->entries[w->entry];
                const dy_actor_code *ac = dy_actor_resolve(d, &d->actors[E->ref], day);
                const char *code = NULL;
                if (ac && ac->kind == DY_CODE_DISCARD) code = "###";
                else if (ac && ac->code != DY_NOID) code = dy_strtab_str(&d->codes, ac->code);
                /* dyad rules: "ethnic Albanians in Serbia" are people of that
                 * origin, not the country's actor: civilians whose country the
                 * context gives (api.c) */
                if (code && cfg->style == DY_STYLE_DYAD && k > np->w0 && is_form(c, k - 1, "ETHNIC") &&
                    strlen(code) == 3) {
                    if (!cur->actor) { cur->actor = NULL; }
                    if (cur->nag < DY_ARRAY_LEN(cur->ag)) cur->ag[cur->nag++] = (agentref){"CVL", 0};
                    continue;
                }
                if (code && !cur->actor) { cur->actor = code; cur->actor_w = k; }
                continue;
            }
            if (sw(c, k) == DY_SW_FORMER) { former = 1; continue; }
            /* the agent starting here: PETRARCH looks at every word, so
             * overlapping phrases count too ("main opposition group" is MOP
             * and OPP); dyad takes the classified roots */
            uint32_t e = DY_NOID;
            if (cfg->style == DY_STYLE_PETRARCH) {
                uint32_t span = 0;
                e = dy_best_entry(c, k, 1u << DY_ENT_AGENT, &span, NULL);
            } else if (w->type == DY_W_AGENT && !(w->flags & DY_WF_ROOTCONT) &&
                       !(cfg->style == DY_STYLE_DYAD && agent_modifies_thing(c, np, k))) {
                e = w->entry;
            }
            if (e == DY_NOID || cur->nag >= DY_ARRAY_LEN(cur->ag)) continue;
            const dy_agent *a = &d->agents[d->entries[e].ref];
            agentref r = {former ? "ELI" : dy_strtab_str(&d->codes, a->code), former ? 0 : a->prefix};
            former = 0;
            cur->ag[cur->nag++] = r;
        }
        /* 2. conjuncts: coordinated atoms; a prepositional tail distributes over
         * role-only conjuncts ("lawmakers and officials in Fornost and Gondor")
         * and otherwise attaches to the last one ("Ithilen and the government
         * of Gondor") */
        entry ent[64];
        size_t ne = 0;
        size_t i = 0;
        while (i < na) {
            /* segment: atoms i..j-1 joined by coordination */
            size_t j = i + 1;
            while (j < na && at[j].link == LINK_COORD) j++;
            if (i == 0) {
                for (size_t q = i; q < j && ne < DY_ARRAY_LEN(ent); q++) {
                    entry *x = &ent[ne++];
                    memset(x, 0, sizeof *x);
                    x->actor = at[q].actor;
                    /* "its troops": the agents belong to the pronoun's actor */
                    if (!x->actor && at[q].poss && at[q].nag) x->actor = poss_referent(c, np->w0);
                    /* dyad rules: "his country", "its nation" is the country of
                     * the pronoun's actor ("Putin said his country will not") */
                    if (!x->actor && at[q].poss && !at[q].nag && cfg->style == DY_STYLE_DYAD &&
                        np->w1 == np->w0 + 2 && (is_form(c, np->w0 + 1, "COUNTRY") || is_form(c, np->w0 + 1, "NATION"))) {
                        const char *ref = poss_referent(c, np->w0);
                        if (ref && dy_is_country(ref)) x->actor = dy_arena_strndup(&c->arena, ref, 3);
                    }
                    x->nag = at[q].nag;
                    memcpy(x->ag, at[q].ag, at[q].nag * sizeof *at[q].ag);
                    /* "Danish media and government": a conjunct with neither actor
                     * nor determiner shares the previous one's actor and modifiers */
                    if (q > i && !x->actor && !at[q].det && ne >= 2 && ent[ne - 2].actor) {
                        entry *p = &ent[ne - 2];
                        x->actor = p->actor;
                        agentref own[8];
                        size_t nown = x->nag;
                        memcpy(own, x->ag, nown * sizeof *own);
                        x->nag = 0;
                        for (size_t g = 0; g + 1 < p->nag && x->nag < 8; g++) x->ag[x->nag++] = p->ag[g];
                        for (size_t g = 0; g < nown && x->nag < 8; g++) x->ag[x->nag++] = own[g];
                    }
                }
            } else {
                int any_actor = 0;
                for (size_t q = 0; q < ne; q++) any_actor |= ent[q].actor != NULL;
                /* actors and agents of this tail */
                const char *tact[16];
                size_t nta = 0;
                agentref tag[8];
                size_t ntg = 0;
                for (size_t q = i; q < j; q++) {
                    if (at[q].actor && nta < 16) tact[nta++] = at[q].actor;
                    for (size_t g = 0; g < at[q].nag && ntg < 8; g++) tag[ntg++] = at[q].ag[g];
                }
                if (any_actor) {
                    entry *last = &ent[ne - 1];
                    if (!last->actor && nta) {
                        entry base = *last;
                        ne--;
                        for (size_t q = 0; q < nta && ne < DY_ARRAY_LEN(ent); q++) {
                            entry *x = &ent[ne++];
                            *x = base;
                            x->actor = tact[q];
                            for (size_t g = 0; g < ntg && x->nag < 8; g++) x->ag[x->nag++] = tag[g];
                        }
                    }
                } else {
                    entry old[64];
                    size_t no = ne;
                    memcpy(old, ent, ne * sizeof *ent);
                    ne = 0;
                    for (size_t q = 0; q < no; q++) {
                        if (!nta) {
                            ent[ne] = old[q];
                            for (size_t g = 0; g < ntg && ent[ne].nag < 8; g++) ent[ne].ag[ent[ne].nag++] = tag[g];
                            ne++;
                            continue;
                        }
                        for (size_t a = 0; a < nta && ne < DY_ARRAY_LEN(ent); a++) {
                            ent[ne] = old[q];
                            ent[ne].actor = tact[a];
                            for (size_t g = 0; g < ntg && ent[ne].nag < 8; g++) ent[ne].ag[ent[ne].nag++] = tag[g];
                            ne++;
                        }
                    }
                }
            }
            i = j;
        }
        /* 3. codes: actor (or "---") + agents; one mention per distinct code */
        int32_t gi = -1;
        for (size_t q = 0; q < ne; q++) {
            if (!ent[q].actor && !ent[q].nag) continue;
            const char *code = ent[q].actor ? ent[q].actor : "---";
            for (size_t g = 0; g < ent[q].nag; g++) code = dy_combine_agent(c, code, ent[q].ag[g].code, ent[q].ag[g].prefix);
            if (gi < 0) gi = add_group(c, np->w0, np->w1);
            int dup = 0;
            for (uint32_t r = 0; r < c->g[gi].n; r++)
                if (strcmp(c->m[c->gmembers[c->g[gi].first + r]].code, code) == 0) dup = 1;
            if (dup) continue;
            int32_t m = dy_add_mention(c, np->w0, np->w1, code);
            c->m[m].agent_only = ent[q].actor == NULL;
            group_push(c, gi, m);
        }
        if (gi < 0) continue;
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
        int f = sw(c, k);
        int plural = f >= DY_SW_THEY && f <= DY_SW_THEIR;
        int singular = f >= DY_SW_HE && f <= DY_SW_HER;
        if (!plural && !singular) continue;
        int32_t ref = -1;
        if (cfg->style == DY_STYLE_DYAD) {
            /* dyad rules: the subject of the nearest verb before the pronoun
             * ("In a letter to the U.N., Iraq said it would ...": Iraq) */
            for (uint32_t v = k; v-- > 0 && ref < 0;) {
                if (c->w[v].tag != DY_T_VERB) continue;
                int fl = 0;
                int32_t sn = dy_subject_np(c, v, &fl);
                if (sn >= 0 && c->nps[sn].group >= 0 && !(plural && c->g[c->nps[sn].group].n < 2 &&
                                                            !np_plural_form(c, &c->nps[sn])))
                    ref = sn;
                break;
            }
            /* "it" is not a person ("Chirac issued a reminder to Iraq that it
             * must"): the nearest actor before it that is not one */
            if ((f == DY_SW_IT || f == DY_SW_ITS) && ref >= 0 && np_person(c, &c->nps[ref])) {
                ref = -1;
                for (size_t q = n; q-- > 0 && ref < 0;)
                    if (c->nps[q].group >= 0 && c->nps[q].w0 < k && !np_person(c, &c->nps[q]) &&
                        !(c->w[c->nps[q].w0].tag == DY_T_PRON))
                        ref = (int32_t)q;
            }
        }
        for (size_t q = 0; q < c->nnp && c->nps[q].w0 < k && ref < 0; q++) {
            if (c->nps[q].group < 0) continue;
            if (plural && c->g[c->nps[q].group].n < 2) continue;
            ref = (int32_t)q;
            break;
        }
        if (ref < 0 && plural)
            for (size_t q = 0; q < c->nnp && c->nps[q].w0 < k; q++)
                if (c->nps[q].group >= 0) { ref = (int32_t)q; break; }
        if (ref < 0) {
            /* dyad rules: the document's latest person, body or plural actor */
            const char *code = c->memory_on ? dy_memory_pronoun(c, plural, f == DY_SW_HE || f == DY_SW_SHE ||
                                                                     f == DY_SW_HIM || f == DY_SW_HIS || f == DY_SW_HER)
                                            : NULL;
            if (code) {
                int32_t pm = dy_memory_give(c, np, code, DYAD_VIA_PRONOUN);
                c->w[k].ref = pm;
            }
            continue;
        }
        int32_t g = c->nps[ref].group;
        int32_t src = (int32_t)c->gmembers[c->g[g].first];
        int32_t m = dy_add_mention(c, k, k + 1, c->m[src].code);
        c->m[m].group = g;
        c->m[m].via = DYAD_VIA_PRONOUN;
        c->m[m].src_mention = src;
        np->group = g;
        c->w[k].actor = m;
        c->w[k].ref = src;
    }
    (void)cfg;
}
