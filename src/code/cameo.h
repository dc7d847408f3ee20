/* cameo.h — the CAMEO event code table and its PLOVER map, compiled in.
 *
 * Every coded event carries a CAMEO code ("0841"), and everything that is
 * reported about it downstream — its name, Goldstein score, root, quad class,
 * Phoenix class and PLOVER type/mode — is a function of that code alone. This
 * module holds that function as one sorted, read-only table of the 312 codes
 * of the CAMEO codebook (20 roots, 147 three-digit, 145 four-digit codes, with
 * the codebook's Goldstein values), so that no data file has to be found at
 * run time and the lookup, which runs once per event, is a binary search over
 * constant data: no allocation, no global mutable state, safe from any
 * thread.
 *
 * Dictionaries written for TABARI and PETRARCH use codes that are not in the
 * codebook ("0434", "075A", "111!"); dy_cameo_resolve() maps those to the
 * nearest known code. Old PLOVER gold labels (DEMAND, FIGHT, ...) are mapped
 * to current types by dy_plover_current().
 *
 * Quad classes are ICEWS-style 1..4 by root; the Phoenix 0..4 classes used by
 * the evaluation are in dy_cameo_phoenix_class(). The choices, the PLOVER map,
 * its sources and the places where dyad departs from the published map are
 * documented in docs/codes.md. */
#ifndef DY_CAMEO_H
#define DY_CAMEO_H

#include <stddef.h>

/* One CAMEO code. All strings are static; never NULL except plover fields. */
typedef struct dy_cameo {
    const char *code;        /* "0841" etc.: 2 (root), 3 or 4 ASCII digits */
    const char *name;        /* short English name: "Make a visit" */
    float goldstein;         /* Goldstein score from the codebook, -10..10 */
    unsigned char root;      /* root category 1..20 (first two digits) */
    unsigned char quad;      /* ICEWS quad class: 1 verbal coop (roots 01-05),
                                2 material coop (06-08), 3 verbal conflict
                                (09-13), 4 material conflict (14-20) */
    const char *plover;      /* PLOVER type (AGREE CONSULT SUPPORT CONCEDE
                                COOPERATE AID RETREAT REQUEST ACCUSE REJECT
                                THREATEN PROTEST SANCTION MOBILIZE COERCE
                                ASSAULT), NULL where the map drops the code
                                (roots 01 statements and 02 appeals) */
    const char *plover_mode; /* PLOVER mode ("visit", "firearms"), or NULL
                                when the map gives none */
} dy_cameo;

/* The entry for exactly this code, or NULL if it is not a CAMEO code.
 * code need not be NUL-terminated when len > 0; len 0 means strlen(code).
 * NULL code gives NULL. */
const dy_cameo *dy_cameo_lookup(const char *code, size_t len);

/* Best entry for a possibly non-standard code: the exact code if known; else
 * the longest known prefix of its leading digits ("0434" → "043",
 * "08411" → "0841"). Leading and trailing blanks are ignored, and anything
 * after the leading digits is ignored too, which accepts TABARI/PETRARCH
 * variants such as a trailing letter or mark ("075A" → "075", "111!" →
 * "111", "042:043" → "042"). NULL when there are fewer than two leading
 * digits or the first two are not a root 01..20 ("---", "210a", "7"). */
const dy_cameo *dy_cameo_resolve(const char *code, size_t len);

/* Number of entries in the table: 312. */
size_t dy_cameo_count(void);

/* Entry i (0 <= i < dy_cameo_count()), in ascending byte order of code, a
 * root before its children ("04" < "040" < "041"); NULL when i is out of
 * range. */
const dy_cameo *dy_cameo_at(size_t i);

/* Phoenix 5-way class of a root: 0 roots 01-02 (verbal neutral), 1 03-05
 * (verbal cooperation), 2 06-08 (material cooperation), 3 09-13 and 16
 * (verbal conflict), 4 14-15 and 17-20 (material conflict); -1 if root is
 * not 1..20. */
int dy_cameo_phoenix_class(int root);

/* Current PLOVER type for a PLOVER label, old or current, case-insensitive:
 * DEMAND → REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE,
 * FIGHT → ASSAULT, the 16 current types → themselves. Returns a static
 * upper-case string, or NULL for an unknown label ("DOCUMENT", "").
 * len 0 means strlen(label); NULL label gives NULL. */
const char *dy_plover_current(const char *label, size_t len);

#endif
