/* numwords.h — numbers written with digits or words, for the extractors.
 *
 * Both the date extractor ("three days ago", "Oct. 3") and the count
 * extractor ("twenty-one villagers", "2.5 million", "tens of thousands")
 * read numbers from the token array; this is the one parser they share so
 * that "twenty-one" means the same thing to both. It only reads tokens and
 * never allocates. The words it knows are listed in xwords.h. */
#ifndef DY_NUMWORDS_H
#define DY_NUMWORDS_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

enum dy_num_flags {
    DY_NUM_DIGITS   = 1u << 0,  /* written with digits: "12", "1,500", "2.5 million" */
    DY_NUM_WORDS    = 1u << 1,  /* written with words: "twelve", "a dozen" */
    DY_NUM_VAGUE    = 1u << 2,  /* "dozens", "hundreds", "tens of thousands", "several hundred" */
    DY_NUM_ORDINAL  = 1u << 3,  /* "3rd", "21st" */
    DY_NUM_FRACTION = 1u << 4,  /* decimal part and no scale word: "2.5", "11.8" */
    DY_NUM_UNIT     = 1u << 5,  /* letters glued on that are no scale: "5km", "9mm" */
    DY_NUM_YEARLIKE = 1u << 6,  /* four plain digits 1000..2999: "2019" */
    DY_NUM_DECADE   = 1u << 7,  /* "1990s" */
    DY_NUM_SEP      = 1u << 8   /* contains ':' or '/': times, numeric dates, ratios */
};

typedef struct dy_num {
    long long value;   /* vague amounts take twice their base: "dozens" 24,
                          "hundreds" 200, "tens of thousands" 20000 */
    uint32_t end;      /* first token after the number */
    unsigned flags;    /* enum dy_num_flags */
} dy_num;

/* Largest value reported; bigger figures are clamped to it. */
#define DY_NUM_MAX 1000000000000000LL

/* Parse a number starting at token i, reading no further than token `end`.
 * Returns 1 and fills *n, or 0 when token i does not start a number. A lone
 * "a"/"an" is a number only before "dozen", "hundred", "thousand" ...;
 * "tens" and "scores" only before "of". */
int dy_num_parse(const dy_text *t, uint32_t i, uint32_t end, dy_num *n);

/* The same, given the word ids of t from dy_xw_of() (xwords.h), so that no
 * word is looked up again: what the extractors use in their scans. */
int dy_num_parse_ids(const dy_text *t, const uint16_t *ids, uint32_t i, uint32_t end, dy_num *n);

/* Token i lower-cased into buf (ASCII letters folded, a curly apostrophe
 * written as '), without the final period of an abbreviation ("Oct." →
 * "oct"). Returns the length, or 0 if the token does not fit in cap - 1 bytes. */
size_t dy_nw_lower(const dy_text *t, uint32_t i, char *buf, size_t cap);

#endif
