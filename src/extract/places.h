/* places.h — stage 6: place names in text, resolved against a gazetteer.
 *
 * The gazetteer is built at build time by tools/gen_gazetteer.c from GeoNames
 * cities500.txt (every populated place of 500+ people), the Debian iso-codes
 * lists of countries and first-level subdivisions, the country names news
 * uses (data/dict-src/countries.tsv) and WordNet (to know which names are
 * also common words or persons' names). It is compiled into libdyad
 * (cmake/gazetteer.cmake) together with its index, also built at build time
 * (extract/gazetteer_index.h); dy_gazetteer_new() only checks the index's
 * header and points into it. Read-only, shared by all coders.
 *
 * Matching (dy_extract_places) looks at capitalised words only, with one hash
 * lookup per capitalised word; multi-word names ("Buenos Aires", "Dar es
 * Salaam") are tried only after a word that starts one, longest first.
 * Names are compared folded (lower case, accents and apostrophes dropped,
 * hyphen-joined words adjacent): "Bogotá" = "Bogota", "Guinea-Bissau" =
 * "Guinea Bissau". Resolution and filtering rules are described in
 * docs/places.md and at the top of places.c. Deterministic, and linear in the
 * number of tokens. */
#ifndef DY_PLACES_H
#define DY_PLACES_H

#include <stddef.h>
#include <stdint.h>

#include "extract/extract.h"

typedef struct dy_gazetteer dy_gazetteer;   /* read-only once built; shareable across threads */

/* The gazetteer compiled into the library, with its prebuilt index (about
 * 700 instructions and one small allocation; its pages are read only as
 * names are looked up). Never NULL: if the library was built without
 * GeoNames data it is empty and finds nothing. */
dy_gazetteer *dy_gazetteer_new(void);
void dy_gazetteer_free(dy_gazetteer *g);

/* Entries (places, subdivisions and countries) and distinct names; 0 when empty. */
size_t dy_gazetteer_nplaces(const dy_gazetteer *g);
size_t dy_gazetteer_nnames(const dy_gazetteer *g);
/* The "# inputs:" line of the embedded table (input versions), "" if none. */
const char *dy_gazetteer_source(const dy_gazetteer *g);

/* One place mention. country and admin1 point into the gazetteer (valid
 * while it lives). geonameid is 0 for a country or a subdivision (they are
 * not GeoNames rows). A dateline place has the tokens of the dateline and
 * sentence 0. */
typedef struct dy_place_expr {
    uint32_t tok0, tok1, sentence;  /* token range [tok0, tok1), including a
                                       qualifier: "Homs, Syria" */
    uint32_t name1;                 /* end of the name itself: "Homs" */
    uint8_t role;                   /* DY_PLACE_AT, _TO or _OTHER: what the words
                                       before it say of it (see below) */
    const char *country;            /* ISO 3166-1 alpha-3 */
    const char *admin1;             /* first-level subdivision name or NULL */
    double lat, lon;
    uint32_t geonameid;
} dy_place_expr;

/* What the words before a place say: "in / at / near / outside (south)
 * Lebanon" locates something there; "to / into / from / toward (the town
 * of) Gorazde" is a destination or origin; anything else ("Iran said",
 * "Genoa's mayor") is a mention. Event location prefers them in that order. */
enum { DY_PLACE_OTHER = 0, DY_PLACE_TO = 1, DY_PLACE_AT = 2 };

/* Find the places named in t (the dateline first, then in text order).
 * doc_countries: ISO alpha-3 codes the article is about (the coded actors,
 * the dateline's country), used to pick among places of the same name;
 * may be NULL. Appends dy_place_expr elements to out (out->size must be
 * sizeof(dy_place_expr)); scratch memory comes from a. */
void dy_extract_places(const dy_gazetteer *g, const dy_text *t, const char *const *doc_countries,
                       size_t ncountries, dy_arena *a, dy_vec *out);

/* ------------------------------------------------------------- folding
 * Shared with tools/gen_gazetteer.c so that the build-time table and the
 * run-time lookup fold names the same way. A word folds to lower-case ASCII:
 * Latin letters lose their accents (Latin-1, Extended-A/B and Extended
 * Additional: "ğ" → "g", "ß" → "ss", "ø" → "o", "ə" → "e"), combining marks,
 * periods and apostrophes are dropped ("U.S." → "us", "N'Djamena" →
 * "ndjamena"); any other character (another script, a symbol) makes the word
 * unfoldable, which is how the gazetteer stays Latin-script only. */

/* Fold of one code point into out (up to 2 bytes): the number of bytes,
 * 0 to drop it, -1 if it is not part of a Latin-script word. */
static inline int dy_place_fold_cp(uint32_t cp, char out[2])
{
    /* two cells per code point, space-padded; "##" = not a Latin letter */
    static const char latin[] = /* U+00C0..U+024F */
        "a a a a a a aec e e e e i i i i d n o o o o o ##o u u u u y thss"
        "a a a a a a aec e e e e i i i i d n o o o o o ##o u u u u y thy "
        "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g "
        "g g g g h h h h i i i i i i i i i i ijijj j k k k l l l l l l l "
        "l l l n n n n n n n n n o o o o o o oeoer r r r r r s s s s s s "
        "s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s "
        "b b ########o c c ##d d d ####e e f f g ######i k k l ####n n ##"
        "o o ####p p ############t t t u u ####y y z z ##################"
        "########dzdzdzljljljnjnjnja a i i o o u u u u u u u u u u ##a a "
        "a a ####g g g g k k o o o o ####j dzdzdzg g ####n n a a ########"
        "a a a a e e e e i i i i o o o o r r r r u u u u s s t t ####h h "
        "##d ####z z a a e e o o o o o o o o y y l n t j ####a c c l ####"
        "########u ##e e j j ####r r y y ";
    static const char latin_add[] = /* U+1E00..U+1EFF */
        "a a b b b b b b c c d d d d d d d d d d e e e e e e e e e e f f "
        "g g h h h h h h h h h h i i i i k k k k k k l l l l l l l l m m "
        "m m m m n n n n n n n n o o o o o o o o p p p p r r r r r r r r "
        "s s s s s s s s s s t t t t t t t t u u u u u u u u u u v v v v "
        "w w w w w w w w w w x x x x y y z z z z z z h t w y ##s ########"
        "a a a a a a a a a a a a a a a a a a a a a a a a e e e e e e e e "
        "e e e e e e e e i i i i o o o o o o o o o o o o o o o o o o o o "
        "o o o o u u u u u u u u u u u u u u y y y y y y y y ############";
    const char *cell;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') { out[0] = (char)(cp + 32); return 1; }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) { out[0] = (char)cp; return 1; }
        return (cp == '.' || cp == '\'' || cp == '`') ? 0 : -1;
    }
    if (cp >= 0xC0 && cp < 0x250) cell = latin + 2 * (cp - 0xC0);
    else if (cp >= 0x1E00 && cp < 0x1F00) cell = latin_add + 2 * (cp - 0x1E00);
    else if (cp == 0x259) { out[0] = 'e'; return 1; }                  /* ə (Azerbaijani) */
    else if ((cp >= 0x300 && cp < 0x370) || cp == 0xB4 || cp == 0x2BB || cp == 0x2BC ||
             cp == 0x2BF || cp == 0x2BE || cp == 0x2018 || cp == 0x2019)
        return 0;                                                       /* marks, apostrophes */
    else return -1;
    if (cell[0] == '#') return -1;
    out[0] = cell[0];
    if (cell[1] == ' ') return 1;
    out[1] = cell[1];
    return 2;
}

/* Fold the UTF-8 word s[0..n) into out (cap bytes, not NUL-terminated).
 * Returns the folded length, or 0 if the word is unfoldable, folds to
 * nothing, or does not fit. */
static inline size_t dy_place_fold(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t cp = p[i];
        size_t k = 1;
        if (cp < 0x80) {
            /* ASCII, most words: dy_place_fold_cp's first case, inline */
            char c;
            if (cp - 'A' < 26u) c = (char)(cp + 32);
            else if (cp - 'a' < 26u || cp - '0' < 10u) c = (char)cp;
            else if (cp == '.' || cp == '\'' || cp == '`') { i++; continue; }
            else return 0;
            if (o >= cap) return 0;
            out[o++] = c;
            i++;
            continue;
        }
        if (cp >= 0xF0) return 0;                      /* outside the BMP: no Latin letters */
        if (cp >= 0xE0) {
            if (i + 2 >= n) return 0;
            cp = ((cp & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            k = 3;
        } else if (cp >= 0xC0) {
            if (i + 1 >= n) return 0;
            cp = ((cp & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
            k = 2;
        } else if (cp >= 0x80) {
            return 0;                                  /* stray continuation byte */
        }
        char c[2];
        int m = dy_place_fold_cp(cp, c);
        if (m < 0 || o + (size_t)m > cap) return 0;
        for (int j = 0; j < m; j++) out[o++] = c[j];
        i += k;
    }
    return o;
}

#endif
