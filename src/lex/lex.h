/* lex.h — stage 2: words → lexemes (ids, lemmas, word classes).
 *
 * Each distinct word form the coder meets is analysed once and cached in the
 * coder's lexicon: its folded upper-case form, its dictionary vocabulary id,
 * its verb and noun lemmas (as vocabulary ids, so lemma matching is an
 * integer compare), the forms with a regular ending removed (TABARI's S 'S ED
 * ES EN ING), the dictionary stems it begins with, and its closed word class
 * (determiner, conjunction, pronoun, auxiliary ...). Tokens then carry only
 * a lexeme id; nothing downstream touches the characters again.
 *
 * The lexicon belongs to one coder (it grows as new words appear), while the
 * dictionary and lemmatiser it reads are shared and read-only. */
#ifndef DY_LEX_H
#define DY_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"
#include "lex/lemma.h"
#include "text/text.h"
#include "util/strtab.h"

/* Closed word classes (English). */
enum dy_word_class {
    DY_WC_DET      = 1u << 0,  /* a an the */
    DY_WC_CONJ     = 1u << 1,  /* and but or nor */
    DY_WC_PRON     = 1u << 2,  /* he she it they them him her we ... */
    DY_WC_POSSPRON = 1u << 3,  /* his her its their our */
    DY_WC_AUX      = 1u << 4,  /* was were been (TABARI passive auxiliaries) */
    DY_WC_BE       = 1u << 5,  /* is are am be being was were been */
    DY_WC_BY       = 1u << 6,  /* by */
    DY_WC_PREP     = 1u << 7,  /* of in on at with to from for against into over ... */
    DY_WC_NEG      = 1u << 8,  /* not never no n't */
    DY_WC_MODAL    = 1u << 9,  /* will would can could may might must shall should */
    DY_WC_HAVE     = 1u << 10, /* has have had having */
    DY_WC_REL      = 1u << 11, /* who which that whom whose */
    DY_WC_SAY      = 1u << 12, /* said says say told added stated ... (reporting verbs) */
    DY_WC_WEEKDAY  = 1u << 13, /* Monday ... Sunday */
    DY_WC_MONTH    = 1u << 14, /* January ... December and abbreviations */
    DY_WC_TITLE    = 1u << 15  /* Mr Mrs Ms Dr ... */
};

/* Function words the coder tests by identity (an id compare, not strcmp). */
enum dy_special_word {
    DY_SW_NONE = 0, DY_SW_OF, DY_SW_FROM, DY_SW_IN, DY_SW_AT, DY_SW_TO, DY_SW_FORMER, DY_SW_AND, DY_SW_OR,
    DY_SW_BUT, DY_SW_HE, DY_SW_SHE, DY_SW_IT, DY_SW_HIM, DY_SW_ITS, DY_SW_HIS, DY_SW_HER, DY_SW_THEY,
    DY_SW_THEM, DY_SW_THEIR, DY_SW_US, DY_SW_FOR
};

typedef struct dy_lexeme {
    uint32_t word;       /* dictionary vocab id of the folded form, DY_NOID if absent */
    uint32_t lemma_v;    /* vocab id of the verb lemma, DY_NOID if none/absent */
    uint32_t lemma_n;    /* vocab id of the noun lemma */
    uint32_t bases[3];   /* vocab ids of the form minus a regular ending */
    uint8_t nbases;
    uint8_t nstems;      /* dictionary stems this word begins with */
    uint16_t cls;        /* enum dy_word_class */
    uint32_t stems;      /* first stem id in lexicon->stem_ids */
    uint32_t key;        /* id of the folded form in lexicon->forms */
    uint32_t lemv_str;   /* id of the lower-case verb lemma in lexicon->forms, DY_NOID */
    uint8_t wpos;        /* WordNet parts of speech: 1 verb, 2 noun, 4 adjective, 8 adverb */
    uint8_t sw;          /* enum dy_special_word */
} dy_lexeme;

/* A slot of the token index: a folded form met as a token, found by its
 * hash, length and first 8 bytes (zero-padded) in one cache line; or
 * (DY_LEXSLOT_RAW in len) a non-ASCII token as written, so that it is
 * folded only the first time. */
typedef struct dy_lexslot {
    uint64_t hash;        /* dy_hash_bytes of the bytes */
    uint64_t head;        /* their first 8 bytes, zero-padded (memcpy order) */
    uint32_t id1;         /* form id + 1; 0 = empty slot */
    uint32_t len;         /* length, | DY_LEXSLOT_RAW for a token as written */
    uint32_t raw;         /* DY_LEXSLOT_RAW: offset of its bytes in raw_pool */
} dy_lexslot;
#define DY_LEXSLOT_RAW 0x80000000u

typedef struct dy_lexicon {
    const dy_dict *dict;
    const dy_lemmatizer *lem;
    dy_strtab forms;      /* folded forms (upper case) → lexeme index == form id */
    dy_lexeme *lex;       /* indexed by form id */
    size_t lex_cap;
    uint32_t *stem_ids;
    size_t nstem_ids, stem_cap;
    dy_lexslot *idx;      /* token index (dy_lex_tokens): open addressing, power of two */
    size_t idx_n, idx_count;
    char *raw_pool;       /* bytes of the non-ASCII tokens in idx */
    size_t raw_len, raw_cap;
} dy_lexicon;

void dy_lexicon_init(dy_lexicon *x, const dy_dict *d, const dy_lemmatizer *lem);
void dy_lexicon_release(dy_lexicon *x);

/* Lexeme id for the folded word (upper case, ASCII-folded). */
uint32_t dy_lexicon_lookup(dy_lexicon *x, const char *folded, size_t n);

/* Fill tok->lex for every token of the text. */
void dy_lex_tokens(dy_lexicon *x, dy_text *t);

static inline const dy_lexeme *dy_lexeme_get(const dy_lexicon *x, uint32_t id) { return &x->lex[id]; }
static inline const char *dy_lexeme_form(const dy_lexicon *x, uint32_t id) { return dy_strtab_str(&x->forms, id); }
static inline int dy_lexeme_sw(const dy_lexicon *x, uint32_t id) { return x->lex[id].sw; }

/* Closed class of an upper-case word (table lookup). */
uint16_t dy_word_class(const char *upper, size_t n);

#endif
