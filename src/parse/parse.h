/* parse.h — stage 4: shallow syntax over a classified sentence.
 *
 * Consumes the coder's words (dictionary types already assigned) and adds
 *   - a part-of-speech tag per word (dictionary type first, then closed word
 *     classes, then WordNet's possible parts of speech and context);
 *   - noun-phrase chunks: determiners, adjectives, nouns, names, actors and
 *     agents, joined across possessives ("Gondor's main opposition group"),
 *     coordination ("Fornost and Gondor", "lawmakers and officials") and
 *     of/from/in attachments after a role noun ("soldiers from Gondor",
 *     "the ambassadors of Arnor");
 *   - for each verb, its subject phrase (walking back over auxiliaries,
 *     adverbs, "to" and verb chains) and the end of its clause.
 * No external parser and no model: a handful of rules that read like the
 * grammar they approximate. */
#ifndef DY_PARSE_H
#define DY_PARSE_H

#include "code/code.h"

typedef enum dy_tag {
    DY_T_NONE = 0,
    DY_T_NOUN,    /* nouns, names, actors, agents */
    DY_T_VERB,    /* main verbs */
    DY_T_ADJ,
    DY_T_DET,     /* determiners, possessive pronouns, numbers, quantifiers */
    DY_T_PREP,
    DY_T_CONJ,
    DY_T_AUX,     /* auxiliaries, modals, negation, adverbs: verb-group modifiers */
    DY_T_TO,      /* infinitival "to" */
    DY_T_PRON,
    DY_T_REL,     /* who which that */
    DY_T_PUNCT    /* commas, quotes */
} dy_tag;

/* Tag every word and build the noun-phrase chunks (c->nps, w->np). */
void dy_parse_sentence(dy_coder_s *c);

/* How the subject of a verb was found. */
enum dy_subj_flags {
    DY_SUBJ_COORD = 1,      /* "V1 ... and V2": use the first verb's subject */
    DY_SUBJ_INFINITIVE = 2, /* a "to" stands between subject and verb */
    DY_SUBJ_GERUND = 4      /* the verb follows a preposition ("after leaving") */
};

/* The noun phrase that is the subject of the verb at word v, or -1; *flags
 * receives enum dy_subj_flags. */
int32_t dy_subject_np(const dy_coder_s *c, uint32_t v, int *flags);

/* One past the last word of the clause that contains word v. */
uint32_t dy_clause_end(const dy_coder_s *c, uint32_t v);

/* First word of the clause that contains word v. */
uint32_t dy_clause_start(const dy_coder_s *c, uint32_t v);

#endif
