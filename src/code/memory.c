/* memory.c — document memory: an actor named once stays known for the whole
 * article (dyad rules).
 *
 * News names an actor fully once ("Chilean Foreign Minister Ana Rojas",
 * "The Turkish envoy, Mehmet Yilmaz,") and then by surname ("Rojas said"),
 * by role ("the minister", "the envoy"), by a head noun ("the group") or by
 * a pronoun, often sentences later. The sentence coder alone sees an unknown
 * name or "---GOV" there. This module remembers, per document:
 *   - names: every capitalised word of a coded phrase that is not itself a
 *     dictionary word ("Rojas", "Yilmaz") → that phrase's code;
 *   - roles: the agent words of a coded phrase ("minister", "envoy");
 *   - heads: the last common noun of a coded phrase ("group", "movement");
 *   - the latest person, the latest non-person actor and the latest plural
 *     actor, for he/she, it and they when the sentence itself has none.
 * and uses it for phrases that name no actor, or only an agent behind "the":
 * those get a mention whose via says how (alias, apposition, pronoun).
 * Apposition is read inside the sentence: "The Turkish envoy, Mehmet
 * Yilmaz," and "Mehmet Yilmaz, the Turkish envoy," give the name the code.
 *
 * Everything lives in the coder's per-document arena and arrays; lookups
 * compare lexeme ids (no strings), newest entry first. */
#include "code/code.h"
#include "code/match.h"
#include "parse/parse.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>

enum { MEMO_NAME = 1, MEMO_ROLE, MEMO_HEAD };

void dy_memory_reset(dy_coder_s *c)
{
    c->nmemo = 0;
    c->last_person = c->last_thing = c->last_plural = c->last_org = NULL;
}

static void remember(dy_coder_s *c, uint32_t lex, uint8_t kind, const char *code)
{
    /* the newest entry for a key wins: update in place */
    for (size_t i = c->nmemo; i-- > 0;)
        if (c->memo[i].lex == lex && c->memo[i].kind == kind) {
            c->memo[i].code = code;
            return;
        }
    if (c->nmemo >= 4096) return; /* bounded per document */
    DY_GROW(c->memo, c->nmemo + 1, c->memocap);
    dy_memo *m = &c->memo[c->nmemo++];
    m->lex = lex;
    m->kind = kind;
    m->code = code;
}

static const char *recall(const dy_coder_s *c, uint32_t lex, uint8_t kind)
{
    for (size_t i = c->nmemo; i-- > 0;)
        if (c->memo[i].lex == lex && c->memo[i].kind == kind) return c->memo[i].code;
    return NULL;
}

/* A capitalised word that is a name: not a dictionary root, not a function
 * word, and (to be learnt) not the first word of the sentence, which is
 * capitalised anyway; a known name is recognised there too ("Yilmaz said"). */
static int name_word_at(const dy_coder_s *c, const dy_text *t, uint32_t k, int first_ok)
{
    const dy_cword *w = &c->w[k];
    if (w->type != DY_W_NULL && w->type != DY_W_NOUN) return 0;
    if (w->tag != DY_T_NOUN || (!first_ok && (w->flags & DY_WF_FIRST))) return 0;
    const dy_token *tk = &t->toks[w->tok];
    if (tk->kind != DY_TOK_WORD || !(tk->flags & DY_TF_CAP) || tk->len < 2) return 0;
    return 1;
}

static int name_word(const dy_coder_s *c, const dy_text *t, uint32_t k) { return name_word_at(c, t, k, 0); }

/* Nouns that refer back to an organised actor (upper case, sorted). */
static int org_noun(const dy_coder_s *c, uint32_t k)
{
    static const char *const nouns[] = {"ALLIANCE", "FACTION", "GROUP", "MILITIA", "MOVEMENT", "ORGANISATION",
                                        "ORGANIZATION", "OUTFIT", "PARTY"};
    const dy_lexeme *L = dy_lexeme_get(&c->lex, c->w[k].lex);
    const char *f = dy_strtab_str(&c->lex.forms, L->key);
    for (size_t i = 0; i < DY_ARRAY_LEN(nouns); i++)
        if (strcmp(nouns[i], f) == 0) return 1;
    return 0;
}

static int is_the(const dy_coder_s *c, uint32_t k)
{
    return c->w[k].tag == DY_T_DET && c->w[k].type == DY_W_DETERM;
}

/* A new single-mention group for noun phrase np with code, via. */
int32_t dy_memory_give(dy_coder_s *c, dy_np *np, const char *code, uint8_t via)
{
    int32_t m = dy_add_mention(c, np->w0, np->w1, code);
    DY_GROW(c->g, c->ng + 1, c->gcap);
    dy_group *g = &c->g[c->ng];
    g->first = (uint32_t)c->ngm;
    g->n = 1;
    g->w0 = np->w0;
    g->w1 = np->w1;
    DY_GROW(c->gmembers, c->ngm + 1, c->gmcap);
    c->gmembers[c->ngm++] = (uint32_t)m;
    c->m[m].group = (int32_t)c->ng;
    c->m[m].via = via;
    np->group = (int32_t)c->ng++;
    for (uint32_t k = np->w0; k < np->w1; k++) c->w[k].actor = m;
    return m;
}

static const char *np_code(const dy_coder_s *c, const dy_np *np)
{
    if (np->group < 0) return NULL;
    return c->m[c->gmembers[c->g[np->group].first]].code;
}

/* Does the phrase consist of capitalised name words (and determiners)? */
static int all_name(const dy_coder_s *c, const dy_text *t, const dy_np *np)
{
    int any = 0;
    for (uint32_t k = np->w0; k < np->w1; k++) {
        if (name_word_at(c, t, k, 1)) { any = 1; continue; }
        if (c->w[k].tag == DY_T_DET) continue;
        return 0;
    }
    return any;
}

void dy_memory_apply(dy_coder_s *c, const dy_text *t)
{
    /* 1. apposition: "X, NAME," and "NAME, X," with X coded */
    for (size_t n = 0; n + 1 < c->nnp; n++) {
        dy_np *a = &c->nps[n], *b = &c->nps[n + 1];
        if (b->w0 != a->w1 + 1 || c->w[a->w1].type != DY_W_COMMA) continue;
        const char *ca = np_code(c, a), *cb = np_code(c, b);
        if (ca && !cb && all_name(c, t, b) && strncmp(ca, "---", 3) != 0) dy_memory_give(c, b, ca, DYAD_VIA_APPOSITION);
        else if (cb && !ca && all_name(c, t, a) && strncmp(cb, "---", 3) != 0) dy_memory_give(c, a, cb, DYAD_VIA_APPOSITION);
    }
    /* 2. later mentions: a known name, or "the" + a known role or head */
    for (size_t n = 0; n < c->nnp; n++) {
        dy_np *np = &c->nps[n];
        if (c->w[np->w0].tag == DY_T_PRON) continue;
        if (np->group < 0) {
            const char *code = NULL;
            for (uint32_t k = np->w1; k-- > np->w0 && !code;)
                if (name_word_at(c, t, k, 1)) code = recall(c, c->w[k].lex, MEMO_NAME);
            if (!code && is_the(c, np->w0) && np->head < c->nw && c->w[np->head].tag == DY_T_NOUN) {
                code = recall(c, c->w[np->head].lex, MEMO_HEAD);
                /* "the group", "the movement": the latest organised actor */
                if (!code && org_noun(c, np->head)) code = c->last_org;
            }
            if (code) dy_memory_give(c, np, code, DYAD_VIA_ALIAS);
            continue;
        }
        /* "the minister": an agent alone behind "the" is the minister named before */
        const dy_group *g = &c->g[np->group];
        if (g->n != 1 || !is_the(c, np->w0)) continue;
        dy_mention *m = &c->m[c->gmembers[g->first]];
        if (!m->agent_only || strncmp(m->code, "---", 3) != 0) continue;
        const char *code = NULL;
        for (uint32_t k = np->w1; k-- > np->w0 && !code;)
            if (c->w[k].type == DY_W_AGENT) code = recall(c, c->w[k].lex, MEMO_ROLE);
        if (code) {
            m->code = code;
            m->via = DYAD_VIA_ALIAS;
            m->agent_only = 0;
        }
    }
}

/* The surname of a person the dictionary names in full ("Ted Cruz",
 * "Sergei Lavrov"): the last, capitalised word of a multi-word actor phrase
 * whose code is more than a country's and not an IGO/NGO's. It is learnt
 * like a name, so "Cruz says" later in the article is Cruz. */
static int dict_surname(const dy_coder_s *c, const dy_text *t, uint32_t k, const char *code)
{
    const dy_cword *w = &c->w[k];
    if (w->type != DY_W_ACTOR || !(w->flags & DY_WF_ROOTCONT)) return 0;
    if (k + 1 < c->nw && (c->w[k + 1].flags & DY_WF_ROOTCONT)) return 0; /* not the phrase's last word */
    if (!(t->toks[w->tok].flags & DY_TF_CAP) || (t->toks[w->tok].flags & DY_TF_ALLCAPS)) return 0;
    if (!(t->toks[c->w[k - 1].tok].flags & DY_TF_CAP)) return 0;
    if (strlen(code) <= 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) return 0;
    return 1;
}

/* The referent of a pronoun the sentence could not resolve (np.c). */
const char *dy_memory_pronoun(const dy_coder_s *c, int plural, int person)
{
    if (plural) return c->last_plural ? c->last_plural : c->last_thing;
    return person ? c->last_person : c->last_thing;
}

void dy_memory_learn(dy_coder_s *c, const dy_text *t)
{
    /* a later pronoun means the sentence's first actor of its kind (usually
     * the subject), not its last: "Kenya attacked Somalia. It also ..." */
    int set_person = 0, set_thing = 0, set_plural = 0, set_org = 0;
    for (size_t n = 0; n < c->nnp; n++) {
        const dy_np *np = &c->nps[n];
        if (np->group < 0) continue;
        const dy_group *g = &c->g[np->group];
        const dy_mention *m0 = &c->m[c->gmembers[g->first]];
        if (m0->via == DYAD_VIA_PRONOUN) continue;
        const char *code = m0->code;
        if (!code || strncmp(code, "---", 3) == 0) continue;
        /* codes live in the dictionary or the document arena: both outlast the document */
        int person = 0;
        if (g->n == 1) {
            for (uint32_t k = np->w0; k < np->w1; k++) {
                if (name_word(c, t, k) || dict_surname(c, t, k, code)) {
                    remember(c, c->w[k].lex, MEMO_NAME, code);
                    person = 1;
                } else if (c->w[k].type == DY_W_AGENT &&
                           (k + 1 >= np->w1 || c->w[k + 1].type != DY_W_AGENT || !(c->w[k + 1].flags & DY_WF_ROOTCONT))) {
                    /* the last word of the role: "minister" of "Foreign Minister" */
                    remember(c, c->w[k].lex, MEMO_ROLE, code);
                }
            }
            if (np->head < c->nw && c->w[np->head].tag == DY_T_NOUN && c->w[np->head].type == DY_W_NULL &&
                !(t->toks[c->w[np->head].tok].flags & DY_TF_CAP))
                remember(c, c->w[np->head].lex, MEMO_HEAD, code);
        }
        /* who the phrase is: a person (a name, or a singular role: "the
         * envoy"), a group of people ("troops"), or a country or body */
        int plural = g->n > 1;
        if (!person && np->head < c->nw && c->w[np->head].type == DY_W_AGENT) {
            const dy_token *tk = &t->toks[c->w[np->head].tok];
            if (tk->len > 1 && (t->text[tk->start + tk->len - 1] | 0x20) == 's') plural = 1;
            else person = 1;
        }
        if (plural) { if (!set_plural++) c->last_plural = code; }
        else if (person) { if (!set_person++) c->last_person = code; }
        else if (!set_thing++) c->last_thing = code;
        /* an organised actor: a group, party or body rather than a country */
        if (!person && (strlen(code) > 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) &&
            strncmp(code + (strlen(code) > 3 ? 3 : 0), "GOV", 3) != 0 && !set_org++)
            c->last_org = code;
    }
}
