/* extract.h — stage 6: what an article says beyond the event triple.
 *
 * Extractors read the text stage's tokens and sentences (never the raw
 * bytes again) and append records to growable arrays allocated in the
 * document arena. They know nothing about dictionaries or events: the
 * caller (api.c) ties their results to events afterwards (an event takes
 * the date range and attribution of its sentence, the place nearest to its
 * verb, the speaker code of a quote via the coder's actor lookup).
 *
 * Every extractor is deterministic and linear in the number of tokens.
 * Offsets are byte offsets into t->text (the normalised text).
 *
 * The dates, counts, quotes and attributions extractors ask about fixed
 * words by id (xwords.h). Their `xw` argument is dy_xw_of(t, …) for the
 * text, computed once by the caller and shared by all four; NULL makes the
 * extractor compute it itself (tests, one-off callers). */
#ifndef DY_EXTRACT_H
#define DY_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "extract/xwords.h"
#include "text/text.h"
#include "util/arena.h"

/* A growable array in an arena (elements of `size` bytes). */
typedef struct dy_vec {
    void *v;
    size_t n, cap, size;
} dy_vec;

void *dy_vec_push(dy_vec *vec, dy_arena *a);   /* zeroed new element */

/* ---------------------------------------------------------------- dates */

/* A time expression resolved against the article date. */
typedef struct dy_date_expr {
    uint32_t tok0, tok1;      /* token range [tok0, tok1) */
    uint32_t sentence;
    int32_t from, to;         /* days since 1970-01-01, inclusive range */
} dy_date_expr;

/* Find time expressions in every sentence: absolute ("October 3",
 * "Oct. 2-4, 2019", "3 October", "from March 3 to 6", "2019-10-03",
 * "in 2019", "in October") and relative to the article date `doc_day`
 * ("on Tuesday" → the most recent Tuesday on or before the article date,
 * "last week", "yesterday", "today", "three days ago", "next month").
 * Without an article date (DY_NODATE) only fully specified dates resolve.
 * Appends dy_date_expr elements to out (out->size must be sizeof(dy_date_expr)). */
void dy_extract_dates(const dy_text *t, const uint16_t *xw, int32_t doc_day, dy_arena *a, dy_vec *out);

/* --------------------------------------------------------------- counts */

/* A casualty or size figure. */
typedef struct dy_count_expr {
    uint32_t tok0, tok1;      /* the whole figure expression */
    uint32_t sentence;
    long long number;         /* value; lower bound for "at least 12";
                                 "dozens" 24, "hundreds" 200, "thousands" 2000 */
    int kind;                 /* dyad_count_kind */
    uint32_t who0, who1;      /* token range of who ("villagers"), empty if unknown */
} dy_count_expr;

/* "killed at least 12 villagers, among them five women", "hundreds of
 * protesters", "three soldiers were wounded", "arrested 40 people",
 * "displaced 2,000 families": numbers (digits or words) tied to a
 * casualty/size verb or noun in the same sentence. */
void dy_extract_counts(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out);

/* --------------------------------------------------------- quotations */

typedef struct dy_quote_expr {
    uint32_t start, end;      /* byte range of the quoted text (inside the marks) */
    uint32_t tok0, tok1;      /* its tokens */
    uint32_t sentence;        /* sentence where the quote starts */
    uint32_t spk0, spk1;      /* token range naming the speaker ("he", "Mr Yilmaz",
                                 "the minister"), empty if none found */
    uint32_t ref0, ref1;      /* for a "he"/"she" speaker, the nearest earlier mention
                                 of a person ("Donald Trump", "Mr. Reid"), empty if none */
} dy_quote_expr;

/* Direct quotations with straight or curly marks, possibly spanning
 * sentences and paragraphs; the speaker cue before or after ("he said", "X
 * told Y", "said X", "according to X", "“…” ― Name"), else the clause the
 * quote sits in or the previous quote's speaker; a "he"/"she" speaker is
 * resolved to the nearest earlier person mention outside quotations. Scare
 * quotes around a short term (no verb, at most a few words, no cue) and
 * quoted titles are not quotations. */
void dy_extract_quotes(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out);

/* ---------------------------------------------------------- attribution */

typedef struct dy_attrib_expr {
    uint32_t tok0, tok1;      /* the source ("Anadolu", "state media", "a statement") */
    uint32_t sentence;
} dy_attrib_expr;

/* "according to Anadolu", "AFP reported", "state media said", "a statement
 * said", "Reuters reported", plus the dateline agency ("(Reuters)"). */
void dy_extract_attributions(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out);

#endif
