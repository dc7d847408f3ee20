/* text.h — stage 1: raw bytes → normalised UTF-8, tokens, sentences.
 *
 * Consumes the text of one document; produces (in the caller's arena) the
 * normalised text, a token array with byte offsets into it, and sentence
 * boundaries as token ranges. Nothing here knows about dictionaries: later
 * stages (lex, dict, code, extract) work on the token array and never re-scan
 * the bytes.
 *
 * Normalisation: invalid UTF-8 → U+FFFD (counted), NUL and control bytes →
 * space, a leading BOM dropped, CRLF/CR → LF, Unicode spaces → ' ', soft
 * hyphens and zero-width characters removed, then NFC. All offsets refer to
 * the normalised text, which is what dyad_doc.text exposes.
 *
 * Tokens: words (with inner apostrophes, dotted abbreviations such as "U.S."
 * and "Gen."), numbers ("50,000", "11.8", "3rd"), possessive endings ("'s",
 * "’s", plural "'") split off as their own token, quote marks (straight and
 * curly, classified open/close), and single punctuation marks ("..." and "--"
 * are one token). Hyphenated words are split at the hyphen, and the hyphen
 * token is kept with DY_TF_JOINED on both neighbours.
 *
 * Sentences: split after . ! ? … (plus closing quotes and brackets) when the
 * next token can start a sentence, never after a title abbreviation
 * ("Gen.", "Mr."), an initial, or a month before a number ("Jan. 5"); always at
 * a blank line. A dateline at the start ("ANKARA –", "NAIROBI (Reuters) -",
 * "WASHINGTON, Oct 3 (AFP) -") is recognised and kept out of sentence 0. */
#ifndef DY_TEXT_H
#define DY_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum dy_tok_kind {
    DY_TOK_WORD = 0,   /* letters (and digits/apostrophes/dots inside) */
    DY_TOK_NUMBER,     /* begins with a digit: 12, 50,000, 11.8, 3rd, 1990s */
    DY_TOK_PUNCT,      /* , ; : . ! ? ( ) [ ] - – — / & … etc. */
    DY_TOK_QUOTE,      /* " “ ” ‘ ’ « » and ' used as a quote mark */
    DY_TOK_POSS,       /* possessive ending: 's ’s ' */
    DY_TOK_SYMBOL      /* $ € £ % # @ and other symbols */
} dy_tok_kind;

enum dy_tok_flags {
    DY_TF_CAP        = 1u << 0,  /* first letter is upper case */
    DY_TF_ALLCAPS    = 1u << 1,  /* every letter upper case and ≥ 2 letters */
    DY_TF_SPACE      = 1u << 2,  /* preceded by white space (or text start) */
    DY_TF_NEWLINE    = 1u << 3,  /* preceded by a line break */
    DY_TF_PARA       = 1u << 4,  /* preceded by a blank line (paragraph start) */
    DY_TF_JOINED     = 1u << 5,  /* hyphen-joined to the neighbouring word ("war-torn") */
    DY_TF_ABBREV     = 1u << 6,  /* word ends in a period that belongs to it */
    DY_TF_OPEN       = 1u << 7,  /* quote/bracket opens */
    DY_TF_CLOSE      = 1u << 8,  /* quote/bracket closes */
    DY_TF_SENT_END   = 1u << 9,  /* terminal punctuation ending a sentence */
    DY_TF_DATELINE   = 1u << 10, /* part of the dateline */
    DY_TF_NONASCII   = 1u << 11, /* contains bytes ≥ 0x80 */
    DY_TF_LETTERS    = 1u << 12, /* contains at least one letter */
    DY_TF_INITIAL    = 1u << 13  /* a single capital letter followed by '.' ("F.") */
};

typedef struct dy_token {
    uint32_t start;    /* byte offset in the normalised text */
    uint32_t len;      /* bytes */
    uint16_t kind;     /* dy_tok_kind */
    uint16_t flags;    /* enum dy_tok_flags */
    uint32_t lex;      /* lexeme id, filled by the lex stage; 0 until then */
} dy_token;

typedef struct dy_sentence {
    uint32_t tok_begin, tok_end;  /* token range [begin, end) */
    uint32_t start, end;          /* byte range [start, end) in the normalised text */
} dy_sentence;

typedef struct dy_text_limits {
    uint32_t max_sentence_tokens; /* a longer run is cut into pieces; 0 = 400 */
} dy_text_limits;

typedef struct dy_text {
    const char *text;        /* normalised UTF-8, NUL-terminated, in the arena */
    size_t len;
    dy_token *toks;
    uint32_t ntok;
    dy_sentence *sents;
    uint32_t nsent;
    uint32_t dateline_begin, dateline_end; /* token range of the dateline, empty if none */
    uint32_t dateline_place_end;  /* tokens [dateline_begin, this) name the place */
    int32_t dateline_agency;      /* token index of "(Reuters)" agency word, -1 if none */
    size_t utf8_repairs;     /* invalid sequences replaced */
    uint32_t ncut;           /* sentences cut at max_sentence_tokens */
} dy_text;

/* Normalise `raw` into a new NUL-terminated string in arena `a`.
 * *repairs receives the number of invalid UTF-8 sequences replaced. */
char *dy_text_normalize(dy_arena *a, const char *raw, size_t len, size_t *out_len, size_t *repairs);

/* Tokenise normalised text. Tokens go into the arena. */
void dy_text_tokenize(dy_arena *a, const char *text, size_t len, dy_text *out);

/* Split into sentences (after tokenising) and find the dateline. */
void dy_text_split(dy_arena *a, dy_text *t, const dy_text_limits *lim);

/* All three steps. */
void dy_text_analyze(dy_arena *a, const char *raw, size_t len, const dy_text_limits *lim,
                     dy_text *out);

/* Helpers shared by later stages. */
static inline const char *dy_tok_ptr(const dy_text *t, uint32_t i) { return t->text + t->toks[i].start; }
/* True if token i is exactly the ASCII string s (case-insensitive). */
int dy_tok_is(const dy_text *t, uint32_t i, const char *s);
/* If word w ends in an English clitic (n't 'll 're 've 'm 'd, straight or
 * curly apostrophe), the length of the part before it, else 0. */
size_t dy_clitic_split(const char *w, size_t n);
/* Decode one UTF-8 code point at p (valid, normalised text); returns bytes used. */
int dy_utf8_decode(const char *p, size_t n, int32_t *cp);

#endif
