/* match.h — matching dictionary phrases and verb patterns against the words
 * of a sentence (internal to the code stage). */
#ifndef DY_MATCH_H
#define DY_MATCH_H

#include "code/code.h"

/* What classification found besides roots. */
typedef struct dy_sent_info {
    int discard;               /* 1 sentence discard, 2 story discard */
    uint32_t discard_phrase;
    int complex;               /* complexity condition met */
    const char *complex_why;
    uint32_t issues[16];       /* issue codes found */
    size_t nissues;
    int issue_ignore;          /* an ignore phrase cancels issue coding */
} dy_sent_info;

/* Does dictionary phrase `phrase` (words, synsets, alternatives) match
 * starting exactly at word w? *end: one past the last matched word;
 * *span: words in the initial run joined by '_' (the root's extent). */
int dy_match_phrase(dy_coder_s *c, uint32_t phrase, uint32_t w, uint32_t *end, uint32_t *span);

/* Result of matching a verb pattern. */
typedef struct dy_patmatch {
    int32_t source;     /* mention index set by $ (or %), -1 */
    int32_t target;     /* mention index set by + (or %), -1 */
    int compound;       /* % matched: source and target are the same group */
    uint32_t w0, w1;    /* words spanned by the matched pattern */
} dy_patmatch;

/* Match pattern phrase `phrase` around the verb root at words [v0, v1),
 * inside the clause [c0, c1). */
int dy_match_pattern(dy_coder_s *c, uint32_t phrase, uint32_t v0, uint32_t v1, uint32_t c0, uint32_t c1,
                     dy_patmatch *out);

/* Build the set of word keys (word, lemma, base and stem ids) present in
 * the sentence; dy_match_pattern uses it to reject a pattern whose required
 * words are absent without running the matcher. */
void dy_keyset_build(dy_coder_s *c);
/* Does the sentence hold dictionary word `key` (as a form, lemma, base or stem)? */
static inline int dy_key_has(const dy_coder_s *c, uint32_t key)
{
    /* DY_NOID is past every vocabulary (its word index is out of range) */
    size_t w = key >> 6;
    return w < c->keywords && ((c->keybits[w] >> (key & 63)) & 1);
}
/* Could every literal word, synset and alternative of the phrase match some
 * word of the sentence (dy_keyset_build)? A cheap filter before matching. */
int dy_phrase_possible(dy_coder_s *c, uint32_t phrase);
/* ... and one element (a word, synset or alternative group; others: 1). */
int dy_elem_possible(dy_coder_s *c, const dy_elem *e);

/* Does a single word element match word j? */
/* Does word element e match lexeme L (its form, a stem, a TABARI base, or
 * a lemma)? Inline: the classifier and the matcher call it per word. */
static inline int dy_elem_matches_lexeme(const dy_coder_s *c, const dy_elem *e, const dy_lexeme *L)
{
    uint32_t id = e->id;
    if (e->flags & DY_ELF_STEM) {
        for (uint8_t s = 0; s < L->nstems; s++)
            if (c->lex.stem_ids[L->stems + s] == id) return 1;
        return 0;
    }
    if (L->word == id) return 1;
    if (e->flags & DY_ELF_ENDINGS)
        for (uint8_t b = 0; b < L->nbases; b++)
            if (L->bases[b] == id) return 1;
    if (e->flags & DY_ELF_LEMMA) {
        const dy_dict *d = c->dict;
        if (id < d->nlem) {
            uint32_t lv = d->lemv[id], ln = d->lemn[id];
            if (lv != DY_NOID && L->lemma_v == lv) return 1;
            if (ln != DY_NOID && L->lemma_n == ln) return 1;
        }
    }
    return 0;
}

int dy_elem_matches(const dy_coder_s *c, const dy_elem *e, uint32_t j);

/* classify.c */
/* Best dictionary entry of the given kinds (bit mask of 1 << dy_entry_kind)
 * starting at word i; *span receives its extent. Discards and issues found
 * on the way are recorded in info (if not NULL). */
uint32_t dy_best_entry(dy_coder_s *c, uint32_t i, unsigned kinds, uint32_t *span, dy_sent_info *info);
void dy_build_words(dy_coder_s *c, const dy_text *t, uint32_t s);
void dy_build_words_range(dy_coder_s *c, const dy_text *t, uint32_t tok0, uint32_t tok1);
void dy_classify(dy_coder_s *c, const dy_config *cfg, const dy_text *t, int32_t day, dy_sent_info *info);
void dy_find_actors(dy_coder_s *c, const dy_config *cfg, const dy_text *t, int32_t day);
void dy_resolve_pronouns(dy_coder_s *c, const dy_config *cfg);
const char *dy_combine_agent(dy_coder_s *c, const char *actor, const char *agent, int prefix);
/* np.c: actor groups from noun phrases (after dy_parse_sentence) */
void dy_np_actors(dy_coder_s *c, const dy_config *cfg, int32_t day);

#endif
