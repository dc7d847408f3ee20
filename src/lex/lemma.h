/* lemma.h — English lemmatisation from WordNet's data (morphy's rules).
 *
 * Built once per context from the table compiled into the library
 * (tools/gen_wordnet.c); read-only afterwards, so any number of threads may
 * call dy_lemma() at once. We implement morphy ourselves rather than call
 * WordNet's morphstr(): that keeps global state and reopens files per call.
 *
 * Algorithm for a lower-case word and a part of speech:
 *   1. an exception-list entry (verb.exc / noun.exc) wins: "went" → "go";
 *   2. the word itself, if it is a lemma of that part of speech;
 *   3. detachment rules (verbs: -s -ies→y -es→e -es -ed→e -ed -ing→e -ing,
 *      plus a doubled final consonant "stopped" → "stop"; nouns: -s -ses→s
 *      -xes→x -zes→z -ches→ch -shes→sh -men→man -ies→y), first candidate
 *      that is a known lemma wins;
 *   4. otherwise no lemma (0 is returned). */
#ifndef DY_LEMMA_H
#define DY_LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "util/strtab.h"

typedef struct dy_lemmatizer {
    dy_strtab words;      /* lower-case strings: lemmas and exception forms */
    uint8_t *pos;         /* id → bits: 1 verb, 2 noun, 4 adjective, 8 adverb lemma */
    uint32_t *exc_v;      /* id → verb lemma id for an exception form, DY_NOID */
    uint32_t *exc_n;      /* id → noun lemma id */
    size_t cap;
    int empty;            /* no WordNet data was compiled in */
    int mapped;           /* tables point into a compiled dictionary file (not ours) */
} dy_lemmatizer;

void dy_lemmatizer_init(dy_lemmatizer *l);
void dy_lemmatizer_release(dy_lemmatizer *l);

/* Lemma of the lower-case ASCII word w for pos 'v' or 'n', written
 * NUL-terminated to out; returns its length, or 0 when none is known. */
size_t dy_lemma(const dy_lemmatizer *l, char pos, const char *w, size_t n, char *out, size_t cap);

/* Is the lower-case word w itself a WordNet lemma of part of speech pos
 * ('v', 'n', 'a', 'r')? "wound" is a verb lemma (to wound), though morphy
 * would also read it as the past of "wind". */
int dy_is_lemma(const dy_lemmatizer *l, char pos, const char *w, size_t n);

/* Parts of speech WordNet allows for the lower-case word (any inflection):
 * bits 1 verb, 2 noun, 4 adjective, 8 adverb; 0 if unknown. */
unsigned dy_word_pos(const dy_lemmatizer *l, const char *w, size_t n);

/* dy_word_pos, and the verb and noun lemmas it finds on the way, as
 * dy_lemma(l, 'v' / 'n', w, n, ..., cap) would give them (length 0: none):
 * one call where the lexicon needs all three. */
unsigned dy_word_lemmas(const dy_lemmatizer *l, const char *w, size_t n, char *lemma_v, size_t *len_v,
                        char *lemma_n, size_t *len_n, size_t cap);

#endif
