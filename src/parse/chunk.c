/* chunk.c — part-of-speech tags, noun-phrase chunks, subjects and clause
 * bounds (see parse.h).
 *
 * Grammar approximated (tags from tag_word):
 *   atom   := (DET | ADJ | NOUN)* NOUN          -- a noun group, names and actors
 *   np     := atom (link atom)*
 *   link   := CONJ(and|or) | ',' (in a list ending in and/or)
 *           | PREP(of|from|in|at) after an atom whose head is a role or common noun
 *   subject(V) := the np ending right before V's verb group, where the verb
 *             group walks back over AUX (auxiliaries, modals, negation,
 *             adverbs), TO and other verbs; an np after a preposition is a
 *             prepositional object, so the walk goes on to the np before it. */
#include "parse/parse.h"
#include "util/check.h"
#include "util/mem.h"

#include <string.h>

static const char *form(const dy_coder_s *c, uint32_t i) { return dy_lexeme_form(&c->lex, c->w[i].lex); }

static int sw(const dy_coder_s *c, uint32_t i) { return dy_lexeme_sw(&c->lex, c->w[i].lex); }

static inline int ends_with(const char *w, const char *suf)
{
    size_t n = strlen(w), m = strlen(suf);
    if (n <= m + 1) return 0;
    const char *p = w + n - m;
    for (size_t k = 0; k < m; k++)
        if (p[k] != suf[k]) return 0;
    return 1;
}

/* Tag from the dictionary type and closed classes; DY_T_NONE when the
 * word needs context (open-class words outside the dictionary). */
static uint8_t tag_fixed(const dy_coder_s *c, uint32_t i)
{
    const dy_cword *w = &c->w[i];
    const dy_lexeme *L = dy_lexeme_get(&c->lex, w->lex);
    switch (w->type) {
    case DY_W_ACTOR: case DY_W_AGENT: case DY_W_NOUN: return DY_T_NOUN;
    case DY_W_ADJ: return DY_T_ADJ;
    case DY_W_VERB: return DY_T_VERB;
    case DY_W_DETERM: return DY_T_DET;
    case DY_W_AUX: return DY_T_AUX;
    case DY_W_BY: return DY_T_PREP;
    case DY_W_COMMA: case DY_W_QUOTE: case DY_W_PUNCT: return DY_T_PUNCT;
    case DY_W_CONJ: return DY_T_CONJ;
    case DY_W_NUMBER: return DY_T_DET;
    case DY_W_PRON:
        if ((L->cls & DY_WC_POSSPRON) && !(L->cls & DY_WC_PRON)) return DY_T_DET;
        return DY_T_PRON;
    default: break;
    }
    uint16_t cls = L->cls;
    if (cls & DY_WC_DET) return DY_T_DET;
    if (cls & DY_WC_CONJ) return DY_T_CONJ;
    if (cls & DY_WC_REL) return DY_T_REL;
    if (cls & (DY_WC_BE | DY_WC_HAVE | DY_WC_MODAL | DY_WC_NEG | DY_WC_AUX)) {
        /* "may" the month, "May 5" */
        if ((cls & DY_WC_MONTH) && (w->flags & DY_WF_CAP)) return DY_T_NOUN;
        return DY_T_AUX;
    }
    if (cls & (DY_WC_PRON)) return DY_T_PRON;
    if (cls & DY_WC_POSSPRON) return DY_T_DET;
    if (cls & (DY_WC_WEEKDAY | DY_WC_MONTH | DY_WC_TITLE)) return DY_T_NOUN;
    if (sw(c, i) == DY_SW_TO) return DY_T_TO;
    if (cls & DY_WC_PREP) return DY_T_PREP;
    if (cls & DY_WC_SAY) return DY_T_VERB;
    return DY_T_NONE;
}

static uint8_t tag_open(const dy_coder_s *c, uint32_t i, uint8_t prev)
{
    const dy_cword *w = &c->w[i];
    const dy_lexeme *L = dy_lexeme_get(&c->lex, w->lex);
    const char *f = form(c, i);
    if ((w->flags & DY_WF_CAP) && !(w->flags & DY_WF_FIRST)) return DY_T_NOUN; /* a name */
    unsigned p = L->wpos;
    if ((p & 8) && ends_with(f, "LY")) return DY_T_AUX;       /* an adverb in the verb group */
    if (p == 8) return DY_T_AUX;
    int after_noun = prev == DY_T_NOUN || prev == DY_T_PRON;
    int after_mod = prev == DY_T_DET || prev == DY_T_ADJ;
    /* "Kenya later met", "she soon visited": an adverb between a subject
     * and a dictionary verb is part of the verb group, not an adjective */
    if ((p & 8) && after_noun && i + 1 < c->nw && c->w[i + 1].type == DY_W_VERB) return DY_T_AUX;
    /* "has once again outright rejected": inside a verb group already */
    if ((p & 8) && prev == DY_T_AUX && c->style == DY_STYLE_DYAD && i + 1 < c->nw && c->w[i + 1].type == DY_W_VERB)
        return DY_T_AUX;
    if (p & 1) {
        if (!(p & 6)) return DY_T_VERB;
        if (after_mod) return (p & 2) ? DY_T_NOUN : DY_T_ADJ;
        if (prev == DY_T_AUX || prev == DY_T_TO) return DY_T_VERB;
        if (after_noun && (ends_with(f, "ED") || (!ends_with(f, "S") && prev == DY_T_PRON))) return DY_T_VERB;
        return (p & 2) ? DY_T_NOUN : DY_T_ADJ;
    }
    if ((p & 6) == 6 && i + 1 < c->nw) {
        /* noun or adjective: an adjective when a noun follows ("evil minister") */
        uint8_t nt = tag_fixed(c, i + 1);
        if (nt == DY_T_NOUN) return DY_T_ADJ;
        if (nt == DY_T_VERB && (dy_lexeme_get(&c->lex, c->w[i + 1].lex)->wpos & 2)) return DY_T_ADJ; /* "private visit" */
    }
    if (p & 2) return DY_T_NOUN;
    if (p & 4) return DY_T_ADJ;
    /* a capitalised word WordNet does not know is a name even at the start
     * of a sentence: "Ahmed condemned" */
    if ((w->flags & DY_WF_CAP) && p == 0) return DY_T_NOUN;
    if (ends_with(f, "ED") || ends_with(f, "ING")) return after_noun ? DY_T_VERB : DY_T_ADJ;
    return DY_T_NOUN;
}

/* May the phrase headed by `head` take a prepositional tail starting at
 * word i? Roles take of/from/in ("soldiers from Gondor", "activists in
 * Arnor"); other common nouns take only "of" ("the government of Gondor",
 * "the Prince of Dol Amroth"). */
static int attaches(const dy_coder_s *c, uint32_t head, uint32_t i)
{
    const dy_cword *w = &c->w[head];
    if (w->type == DY_W_AGENT)
        return sw(c, i) == DY_SW_OF || sw(c, i) == DY_SW_FROM || sw(c, i) == DY_SW_IN || sw(c, i) == DY_SW_FOR;
    if (w->type != DY_W_ACTOR && w->tag == DY_T_NOUN) return sw(c, i) == DY_SW_OF;
    return 0;
}

/* Scan one atom starting at i; returns its end (exclusive) and head, or i if none. */
static uint32_t scan_atom(const dy_coder_s *c, uint32_t i, uint32_t *head)
{
    uint32_t j = i, h = UINT32_MAX;
    while (j < c->nw) {
        uint8_t t = c->w[j].tag;
        if (t == DY_T_NOUN) h = j;
        else if (t == DY_T_DET || t == DY_T_ADJ) {
            /* a determiner after a noun starts a new phrase ("gave Gondor the
             * keys") — unless the noun is a possessor ("Gondor's main group") */
            if (h != UINT32_MAX && t == DY_T_DET && !(c->w[h].flags & DY_WF_POSS)) break;
        } else if (t == DY_T_CONJ && j > i && j + 1 < c->nw && c->w[j - 1].tag == DY_T_ADJ &&
                   c->w[j + 1].tag == DY_T_ADJ) {
            /* coordinated adjectives: "awful and evil minister" */
        } else break;
        j++;
    }
    if (h == UINT32_MAX) return i;
    /* trailing modifiers after the head do not belong to the atom */
    *head = h;
    return h + 1;
}

/* dyad rules: a conjunction that only ever opens a subordinate clause
 * ("while", "although", "because", "unless", "whereas") ends the clause
 * before it, as "and" and "but" do. */
static int subordinator(const dy_coder_s *c, uint32_t i)
{
    static const char *const words[] = {"ALTHOUGH", "BECAUSE", "THOUGH", "UNLESS", "WHEREAS", "WHILE"};
    if (c->style != DY_STYLE_DYAD || c->w[i].type == DY_W_VERB) return 0;
    const char *f = form(c, i);
    if (!strchr("ABTUW", f[0]) || !f[0] || !f[1] || !f[2] || !f[3] || !f[4]) return 0; /* cheap test first */
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (!strcmp(f, words[k])) return 1;
    return 0;
}

/* Would the word at i start a verb group (is a verb or aux)? */
static int verbish(const dy_coder_s *c, uint32_t i)
{
    return i < c->nw && (c->w[i].tag == DY_T_VERB || c->w[i].tag == DY_T_AUX);
}

void dy_parse_sentence(dy_coder_s *c)
{
    uint8_t prev = DY_T_NONE;
    for (uint32_t i = 0; i < c->nw; i++) c->w[i].np = -1;
    for (uint32_t i = 0; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->flags & DY_WF_ROOTCONT) { w->tag = c->w[i - 1].tag; continue; }
        uint8_t t = tag_fixed(c, i);
        if (t == DY_T_NONE) t = tag_open(c, i, prev);
        /* modals and auxiliaries stay in the verb group even when a dictionary
         * lists them as verbs ("should", "will"): a parser tags them MD */
        if (t == DY_T_VERB && w->span == 1 &&
            (dy_lexeme_get(&c->lex, w->lex)->cls & (DY_WC_MODAL | DY_WC_NEG)))
            t = DY_T_AUX;
        w->flags &= (uint16_t)~DY_WF_SUBORD;
        if (subordinator(c, i)) {
            t = DY_T_REL;
            w->flags |= DY_WF_SUBORD;
        }
        /* "her" before a noun or adjective is a determiner */
        if (t == DY_T_PRON && sw(c, i) == DY_SW_HER && i + 1 < c->nw) {
            uint8_t nt = tag_fixed(c, i + 1);
            if (nt == DY_T_NOUN || nt == DY_T_ADJ || nt == DY_T_NONE) t = DY_T_DET;
        }
        /* "to" before a determiner or noun is a preposition */
        if (t == DY_T_TO && i + 1 < c->nw) {
            uint8_t nt = tag_fixed(c, i + 1);
            if (nt == DY_T_DET || nt == DY_T_NOUN || nt == DY_T_PRON || nt == DY_T_ADJ) t = DY_T_PREP;
        }
        w->tag = t;
        for (uint32_t k = 1; k < w->span && i + k < c->nw; k++) c->w[i + k].tag = t;
        w->np = -1;
        prev = t;
    }
    /* a dictionary verb in a noun position: "peace talks with", "Israeli attacks on" */
    for (uint32_t i = 1; i < c->nw; i++) {
        dy_cword *w = &c->w[i];
        if (w->tag != DY_T_VERB || w->type != DY_W_VERB || (w->flags & DY_WF_ROOTCONT)) continue;
        uint8_t pt = c->w[i - 1].tag;
        const char *f = form(c, i);
        uint32_t nx = i + w->span;
        int next_prep = nx >= c->nw || c->w[nx].tag == DY_T_PREP || c->w[nx].tag == DY_T_PUNCT ||
                        c->w[nx].tag == DY_T_CONJ;
        int prev_common = pt == DY_T_NOUN && c->w[i - 1].type != DY_W_ACTOR && c->w[i - 1].type != DY_W_AGENT &&
                          !(c->w[i - 1].flags & DY_WF_CAP);
        int plural = ends_with(f, "S") && !ends_with(f, "SS");
        const dy_cword *pw = &c->w[i - 1];
        /* "Venezuelan talks", "the Bank's support": a modifier before it */
        int modifier = (pw->flags & DY_WF_POSS) ||
                       (pw->type == DY_W_ACTOR && (dy_lexeme_get(&c->lex, pw->lex)->wpos & 4) &&
                        !(dy_lexeme_get(&c->lex, pw->lex)->wpos & 2));
        /* "after talks with", "in aid to": a preposition before it (not -ing) */
        int after_prep = pt == DY_T_PREP && !ends_with(f, "ING");
        /* "in Israeli jails", "the Turkish attacks": a plural after a
         * nationality that itself follows a preposition or determiner */
        if (!after_prep && c->style == DY_STYLE_DYAD && plural && pw->type == DY_W_ACTOR && i >= 2 &&
            (c->w[i - 2].tag == DY_T_PREP || c->w[i - 2].tag == DY_T_DET) && !(pw->flags & DY_WF_POSS))
            after_prep = 1;
        /* "a bomb attack", "car bomb blast": after an event noun that was itself
         * a verb, or a bare form after "a/an/this" + a singular noun (a
         * singular subject would need "attacks") */
        int compound = pt == DY_T_NOUN && (pw->flags & DY_WF_SHIFTED) && !ends_with(f, "ED") && !ends_with(f, "ING") &&
                       (dy_lexeme_get(&c->lex, w->lex)->wpos & 2);
        /* "border patrol agents": a bare form between a singular common noun
         * and another noun */
        if (!compound && c->style == DY_STYLE_DYAD && prev_common && !plural && !ends_with(f, "ED") &&
            !ends_with(f, "ING") && !ends_with(form(c, i - 1), "S") && nx < c->nw && c->w[nx].tag == DY_T_NOUN)
            compound = 1;
        if (!compound && pt == DY_T_NOUN && i >= 2 && c->w[i - 2].tag == DY_T_DET && !plural &&
            !ends_with(f, "ED") && !ends_with(f, "ING") && !ends_with(form(c, i - 1), "S")) {
            static const char *const sing[] = {"A", "AN", "ANOTHER", "EACH", "EVERY", "THIS"};
            const char *d2 = form(c, i - 2);
            for (size_t k = 0; k < sizeof sing / sizeof sing[0] && !compound; k++) compound = !strcmp(d2, sing[k]);
        }
        /* "staged mass demonstrations", "launched air strikes": a bare
         * form between a verb and a plural noun modifies the noun (not after
         * verbs that take a bare infinitive: "helped train soldiers") */
        if (!compound && c->style == DY_STYLE_DYAD && pt == DY_T_VERB && !plural && !ends_with(f, "ED") &&
            !ends_with(f, "ING") && (dy_lexeme_get(&c->lex, w->lex)->wpos & 6) && nx < c->nw) {
            static const char *const bare[] = {"HEAR", "HEARD", "HELP", "HELPED", "HELPS", "LET", "LETS", "MADE",
                                               "MAKE", "MAKES", "SAW", "SEE", "SEES", "WATCH", "WATCHED"};
            const char *nf = form(c, nx);
            int nplural = ends_with(nf, "S") && !ends_with(nf, "SS") &&
                          (c->w[nx].tag == DY_T_NOUN || c->w[nx].type == DY_W_VERB);
            int takes_bare = 0;
            for (size_t k = 0; k < sizeof bare / sizeof bare[0] && !takes_bare; k++)
                takes_bare = !strcmp(form(c, i - 1), bare[k]);
            if (nplural && !takes_bare) compound = 1;
        }
        if ((pt == DY_T_ADJ || (pt == DY_T_DET && !(c->w[i - 1].type == DY_W_NUMBER))) ||
            (prev_common && plural && next_prep) || (pt == DY_T_VERB && plural) || modifier || after_prep ||
            compound) {
            for (uint32_t k = 0; k < w->span && i + k < c->nw; k++) {
                c->w[i + k].tag = DY_T_NOUN;
                c->w[i + k].flags |= DY_WF_SHIFTED;
            }
        }
    }
    /* "heavily and unjustly", "awful and evil": coordinated modifiers */
    for (uint32_t k = 1; k + 1 < c->nw; k++) {
        if (c->w[k].tag != DY_T_CONJ) continue;
        uint8_t a = c->w[k - 1].tag, b = c->w[k + 1].tag;
        if ((a == DY_T_AUX && b == DY_T_AUX) || (a == DY_T_ADJ && b == DY_T_ADJ)) c->w[k].flags |= DY_WF_COMPOUND;
    }
    /* chunks */
    c->nnp = 0;
    uint32_t i = 0;
    while (i < c->nw) {
        uint32_t head, end = scan_atom(c, i, &head);
        if (end == i) { i++; continue; }
        uint32_t w0 = i, last_head = head;
        int has_agent = 0;
        for (uint32_t k = w0; k < end; k++) has_agent |= c->w[k].type == DY_W_AGENT;
        for (;;) {
            uint32_t j = end;
            /* coordination: , X , Y and Z  /  X and Y */
            if (j < c->nw && (c->w[j].tag == DY_T_CONJ || (c->w[j].tag == DY_T_PUNCT && c->w[j].type == DY_W_COMMA)) &&
                sw(c, j) != DY_SW_BUT) {
                uint32_t k = j;
                int saw_conj = 0;
                while (k < c->nw && (c->w[k].tag == DY_T_CONJ || (c->w[k].type == DY_W_COMMA))) {
                    if (c->w[k].tag == DY_T_CONJ) saw_conj = 1;
                    k++;
                }
                uint32_t h2, e2 = scan_atom(c, k, &h2);
                if (e2 == k) break;
                /* a comma list must reach a conjunction */
                if (!saw_conj) {
                    uint32_t q = e2;
                    int ok = 0;
                    while (q < c->nw) {
                        int sep = 0;
                        while (q < c->nw && (c->w[q].type == DY_W_COMMA || c->w[q].tag == DY_T_CONJ)) {
                            if (c->w[q].tag == DY_T_CONJ) ok = 1;
                            q++;
                            sep = 1;
                        }
                        if (ok || !sep) break;
                        uint32_t h3, e3 = scan_atom(c, q, &h3);
                        if (e3 == q) break;
                        q = e3;
                    }
                    if (!ok) break;
                    /* both sides should be alike: actors with actors, roles with roles */
                }
                /* coordination of like with like: an actor list or a noun list */
                int left_actor = c->w[last_head].type == DY_W_ACTOR || c->w[last_head].type == DY_W_AGENT;
                int right_actor = c->w[h2].type == DY_W_ACTOR || c->w[h2].type == DY_W_AGENT;
                if (left_actor != right_actor && saw_conj) {
                    /* "Ithilen's sheep and goats of Gondor" still joins nouns */
                    if (!(c->w[last_head].tag == DY_T_NOUN && c->w[h2].tag == DY_T_NOUN)) break;
                }
                /* object followed by a verb: "attacked Gondor and Rohan condemned" */
                if (w0 > 0 && verbish(c, w0 - 1) && verbish(c, e2) && c->w[e2].tag == DY_T_VERB) break;
                for (uint32_t q = j; q < k; q++) c->w[q].flags |= DY_WF_COMPOUND;
                end = e2;
                last_head = h2;
                for (uint32_t q = k; q < e2; q++) has_agent |= c->w[q].type == DY_W_AGENT;
                continue;
            }
            /* attachment: role noun + of/from/in + phrase */
            if (j + 1 < c->nw && c->w[j].tag == DY_T_PREP && attaches(c, last_head, j)) {
                uint32_t h2, e2 = scan_atom(c, j + 1, &h2);
                if (e2 == j + 1) break;
                /* only when something worth coding follows: an actor or role */
                int any = 0;
                for (uint32_t q = j + 1; q < e2; q++) any |= c->w[q].type == DY_W_ACTOR || c->w[q].type == DY_W_AGENT;
                if (!any) break;
                end = e2;
                last_head = h2;
                for (uint32_t q = j + 1; q < e2; q++) has_agent |= c->w[q].type == DY_W_AGENT;
                continue;
            }
            break;
        }
        DY_GROW(c->nps, c->nnp + 1, c->npcap);
        dy_np *np = &c->nps[c->nnp];
        np->w0 = w0;
        np->w1 = end;
        np->head = last_head;
        np->group = -1;
        np->pp_object = w0 > 0 && c->w[w0 - 1].tag == DY_T_PREP;
        np->has_agent = (uint8_t)has_agent;
        for (uint32_t k = w0; k < end; k++) c->w[k].np = (int32_t)c->nnp;
        c->nnp++;
        i = end;
    }
    /* pronouns are phrases of their own */
    for (uint32_t k = 0; k < c->nw; k++) {
        if (c->w[k].tag != DY_T_PRON || c->w[k].np >= 0) continue;
        DY_GROW(c->nps, c->nnp + 1, c->npcap);
        dy_np *np = &c->nps[c->nnp];
        np->w0 = k;
        np->w1 = k + 1;
        np->head = k;
        np->group = -1;
        np->pp_object = k > 0 && c->w[k - 1].tag == DY_T_PREP;
        np->has_agent = 0;
        c->w[k].np = (int32_t)c->nnp++;
    }
}

static int is_clause_break(const dy_coder_s *c, uint32_t i)
{
    const dy_cword *w = &c->w[i];
    if (w->flags & DY_WF_DEAD) return 0;
    if (w->type == DY_W_COMMA && !(w->flags & DY_WF_COMPOUND)) return 1;
    if (w->tag == DY_T_CONJ && !(w->flags & DY_WF_COMPOUND) && w->np < 0) return 1;
    if (w->flags & DY_WF_SUBORD) return 1;
    return 0;
}

uint32_t dy_clause_end(const dy_coder_s *c, uint32_t v)
{
    for (uint32_t i = v + 1; i < c->nw; i++)
        if (is_clause_break(c, i)) return i;
    return (uint32_t)c->nw;
}

uint32_t dy_clause_start(const dy_coder_s *c, uint32_t v)
{
    for (uint32_t i = v; i-- > 0;)
        if (is_clause_break(c, i)) return i + 1;
    return 0;
}

int32_t dy_subject_np(const dy_coder_s *c, uint32_t v, int *flags)
{
    *flags = 0;
    uint32_t i = v;
    int first = 1;
    int32_t appos = -1;
    while (i-- > 0) {
        const dy_cword *w = &c->w[i];
        if (w->flags & DY_WF_DEAD) {
            /* "LaDonna Davis, a USCIS spokeswoman, declined": an eliminated
             * apposition naming an actor stands for a subject naming none */
            if (c->style == DY_STYLE_DYAD && appos < 0 && w->np >= 0 && c->nps[w->np].group >= 0) appos = w->np;
            continue;
        }
        uint8_t t = w->tag;
        if (first && t == DY_T_PREP && w->type != DY_W_BY) { *flags |= DY_SUBJ_GERUND; return -1; }
        first = 0;
        if (t == DY_T_TO) { *flags |= DY_SUBJ_INFINITIVE; continue; }
        if (t == DY_T_AUX || t == DY_T_VERB) continue;
        if (t == DY_T_REL) continue;               /* "X, which attacked": go on to X */
        if (w->np >= 0) {
            /* the subject may be a chain of phrases joined by prepositions
             * ("Gollum, centre of a row between Radagast the Brown, called"):
             * walk to its first phrase, then take the first one naming an
             * actor (PETRARCH reads the whole chain as one noun phrase) */
            int32_t chain[16];
            int nc = 0;
            int32_t q = w->np;
            for (;;) {
                if (nc < 16) chain[nc++] = q;
                uint32_t b = c->nps[q].w0;
                if (b == 0) break;
                /* a pronoun subject starts its own clause ("... when they blew") */
                if (c->style == DY_STYLE_DYAD && c->nps[q].w1 == b + 1 && c->w[b].tag == DY_T_PRON) break;
                uint32_t pw = b - 1;
                while (pw > 0 && (c->w[pw].flags & DY_WF_DEAD)) pw--;
                if (c->w[pw].np >= 0 && c->w[pw].np != q) { q = c->w[pw].np; continue; }
                if (c->w[pw].tag == DY_T_PREP && pw > 0 && c->w[pw - 1].np >= 0) { q = c->w[pw - 1].np; continue; }
                /* "X, the former premier, on Monday said": a time phrase after
                 * an eliminated apposition */
                if (c->style == DY_STYLE_DYAD && c->w[pw].tag == DY_T_PREP && pw > 0 && (c->w[pw - 1].flags & DY_WF_DEAD)) {
                    uint32_t pp = pw - 1;
                    while (pp > 0 && (c->w[pp].flags & DY_WF_DEAD)) pp--;
                    if (!(c->w[pp].flags & DY_WF_DEAD) && c->w[pp].np >= 0 && c->w[pp].np != q) {
                        q = c->w[pp].np;
                        continue;
                    }
                }
                /* "Washington along with its allies", "X together with Y" */
                if (c->style == DY_STYLE_DYAD && c->w[pw].tag == DY_T_PREP && pw > 1 && c->w[pw - 1].np < 0 &&
                    (c->w[pw - 1].tag == DY_T_PREP ||
                     (c->w[pw - 1].tag == DY_T_AUX && (dy_lexeme_get(&c->lex, c->w[pw - 1].lex)->wpos & 8))) &&
                    c->w[pw - 2].np >= 0) {
                    q = c->w[pw - 2].np;
                    continue;
                }
                /* a reduced relative: "the Red Cross operating in Iraq said" */
                if (c->style == DY_STYLE_DYAD && c->w[pw].tag == DY_T_PREP && pw > 1 && c->w[pw - 1].np < 0 &&
                    (ends_with(form(c, pw - 1), "ING") || ends_with(form(c, pw - 1), "ED")) && c->w[pw - 2].np >= 0) {
                    q = c->w[pw - 2].np;
                    continue;
                }
                break;
            }
            for (int k = nc; k-- > 0;)
                if (c->nps[chain[k]].group >= 0) return chain[k];
            if (appos >= 0 && c->nps[appos].w0 > c->nps[chain[0]].w1) return appos;
            return chain[nc - 1];
        }
        if (t == DY_T_PREP) continue;
        if (t == DY_T_CONJ) {
            if (w->flags & DY_WF_COMPOUND) continue; /* "heavily and unjustly" */
            *flags |= DY_SUBJ_COORD;
            return -1;
        }
        if (w->type == DY_W_COMMA) {
            /* the comma of an eliminated clause ("X, in remarks on Monday, urged") */
            if (i > 0 && (c->w[i - 1].flags & DY_WF_DEAD)) continue;
            if (i + 1 < c->nw && (c->w[i + 1].flags & DY_WF_DEAD)) continue;
            /* "The envoy, Mehmet Yilmaz, arrived": an appositive the document
             * memory coded, closing just before the verb */
            if (i > 0 && c->w[i - 1].np >= 0 && c->w[i - 1].actor >= 0 &&
                c->m[c->w[i - 1].actor].via == DYAD_VIA_APPOSITION)
                return c->w[i - 1].np;
            if (c->style == DY_STYLE_DYAD && i > 0 && c->w[i - 1].np >= 0) {
                /* "The EU's chief negotiator, Michel Barnier, said" / "The
                 * former minister of X, Omar Abdullah, condemned": the phrase
                 * before an apposition closing right before the verb is the
                 * subject (or the apposition, when only it names an actor) */
                int32_t np2 = c->w[i - 1].np;
                uint32_t b = c->nps[np2].w0;
                int32_t np1 = -1;
                if (b >= 2 && c->w[b - 1].type == DY_W_COMMA && c->w[b - 2].np >= 0) {
                    np1 = c->w[b - 2].np;
                    /* walk back over "of X" tails to the head phrase */
                    for (int k = 0; k < 4; k++) {
                        uint32_t b1 = c->nps[np1].w0;
                        if (b1 >= 2 && c->w[b1 - 1].tag == DY_T_PREP && c->w[b1 - 2].np >= 0) np1 = c->w[b1 - 2].np;
                        else break;
                    }
                    uint32_t b1 = c->nps[np1].w0;
                    /* only at the start of the clause: not "talks with X, Y said" */
                    if (b1 > 0 && c->w[b1 - 1].type != DY_W_COMMA && c->w[b1 - 1].tag != DY_T_CONJ) np1 = -1;
                } else if (b == 0 || c->w[b - 1].type == DY_W_COMMA) {
                    /* "The UN Migration Agency, has launched": a stray comma */
                    np1 = np2;
                    np2 = -1;
                }
                if (np1 >= 0 && c->nps[np1].group >= 0) return np1;
                if (np1 >= 0 && np2 >= 0 && c->nps[np2].group >= 0) return np2;
            }
            return -1;
        }
        if (t == DY_T_PUNCT) continue;
        if (t == DY_T_ADJ || t == DY_T_DET) continue;
        return -1;
    }
    return -1;
}
