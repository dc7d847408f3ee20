/* dict.h — stage 3: dictionaries (TABARI, PETRARCH-1/2, dyad) → one index.
 *
 * Every format users own is read into one model:
 *   phrase   a sequence of elements (words, synsets, alternatives, and the
 *            pattern tokens * $ + % ^ @) — the unit the matcher walks;
 *   entry    what a phrase means: an actor (codes, possibly date-restricted),
 *            an agent (role code to append or prepend), a verb root (default
 *            code + patterns), a noun, an adjective, a time-shift or
 *            attribution root, a discard, an issue;
 *   index    first-element key → phrases, longest first, so the coder finds
 *            every dictionary phrase starting at a token with one lookup per
 *            token and one pass over the sentence.
 * Words are interned in `vocab` (upper case, ASCII-folded); the coder
 * compares ids. Connector semantics follow TABARI (manual §5.2, §5.5.3):
 *   WORD_ (trailing underscore)  exact word (regular endings allowed on the
 *                                final word of actor/agent/noun/verb phrases)
 *   WORD  (no underscore)        stem: any word that begins with it
 *   A_B                          B must immediately follow A
 *   A B                          words may come between A and B
 *   A~ B                         A is a stem and B immediately follows
 *   WORD=                        exact, no regular endings
 * PETRARCH-2 / dyad lemma-based verb blocks produce LEMMA elements, which
 * match any inflection of the lemma (lemmas come from the lex stage).
 *
 * Ownership: a dy_dict owns all its arrays; after dy_dict_finish() it is
 * read-only and may be shared by any number of coding threads. */
#ifndef DY_DICT_H
#define DY_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/error.h"
#include "util/strtab.h"

/* ------------------------------------------------------------ elements */

typedef enum dy_el_kind {
    DY_EL_WORD = 0,  /* id = vocab word */
    DY_EL_SYNSET,    /* id = synset index */
    DY_EL_ALT,       /* id = alternative-group index */
    DY_EL_VERB,      /* * : the verb itself */
    DY_EL_SOURCE,    /* $ : source actor */
    DY_EL_TARGET,    /* + : target actor */
    DY_EL_COMPOUND,  /* % : compound actor, both source and target */
    DY_EL_SKIP,      /* ^ : skip one actor */
    DY_EL_ATTRIB,    /* @ : attribution actor */
    DY_EL_PREP       /* (PREP ...) PETRARCH-2 prepositional phrase opener: id = word */
} dy_el_kind;

enum dy_el_flags {
    DY_ELF_STEM    = 1u << 0, /* prefix match */
    DY_ELF_ENDINGS = 1u << 1, /* regular endings S 'S ED ES EN ING allowed */
    DY_ELF_ADJ     = 1u << 2, /* the NEXT element must follow immediately */
    DY_ELF_LEMMA   = 1u << 3, /* id is a lemma: matches any inflection */
    DY_ELF_LAST    = 1u << 4  /* last element of its phrase */
};

typedef struct dy_elem {
    uint8_t kind;    /* dy_el_kind */
    uint8_t flags;   /* enum dy_el_flags */
    uint16_t pad;
    uint32_t id;     /* meaning depends on kind (see dy_el_kind) */
} dy_elem;

/* A phrase: elements [el, el + nel) in dict->elems. For verb patterns the
 * elements before the DY_EL_VERB are the pre-verb part. */
typedef struct dy_phrase {
    uint32_t el;       /* first element index */
    uint16_t nel;      /* number of elements */
    uint16_t length;   /* TABARI length: alphanumeric characters, for ordering */
    uint32_t line;     /* source line, for --explain */
    uint32_t file;     /* index into dict->files */
    uint32_t text;     /* offset of the phrase's original text in dict->strings */
} dy_phrase;

/* ----------------------------------------------------------- codes */

typedef enum dy_code_kind {
    DY_CODE_EVENT = 0,  /* an ordinary code */
    DY_CODE_NULL,       /* [---] : matched, generates nothing */
    DY_CODE_DISCARD,    /* [###] : drop the sentence (or story) */
    DY_CODE_COMPLEX     /* [+++] : sentence too complex to code */
} dy_code_kind;

/* An event code as written in a verb dictionary: "064", "032:033" (paired),
 * "023?" (subordinate), "111!" (dominant), "---". */
typedef struct dy_evcode {
    uint32_t code;     /* id in dict->codes, DY_NOID when none */
    uint32_t code2;    /* paired reverse code (after ':'), DY_NOID if none */
    uint8_t kind;      /* dy_code_kind */
    uint8_t sub;       /* '?' subordinate: used only when nothing else codes */
    uint8_t dom;       /* '!' dominant */
    uint8_t pad;
} dy_evcode;

/* An actor code with an optional date restriction (days since 1970-01-01). */
typedef struct dy_actor_code {
    uint32_t code;     /* id in dict->codes; may contain '/' (coded compound) */
    int32_t from, to;  /* inclusive bounds; INT32_MIN/INT32_MAX when open */
    uint8_t kind;      /* dy_code_kind (NULL/DISCARD/COMPLEX allowed) */
    uint8_t pad[3];
} dy_actor_code;

typedef struct dy_actor {
    uint32_t codes;    /* first dy_actor_code in dict->acodes */
    uint16_t ncodes;   /* restricted codes, in file order, then the default last */
    uint8_t has_default; /* the last code has no restriction */
    uint8_t pad;
    uint32_t parent;   /* offset of the primary phrase text in dict->strings */
} dy_actor;

typedef struct dy_agent {
    uint32_t code;     /* role code without the '~', id in dict->codes */
    uint8_t prefix;    /* 1: "NGO~" (prepend); 0: "~GOV" (append) */
    uint8_t pad[3];
} dy_agent;

#define DY_MAX_VERB_PATTERNS 512

typedef struct dy_verb {
    dy_evcode code;    /* default code of the root alone */
    uint32_t pats;     /* first pattern index in dict->pats (longest first) */
    uint32_t npats;
    uint32_t block;    /* verb block id (for sharing patterns among synonyms) */
    uint32_t alias;    /* next verb with the same root phrase (duplicate entries), DY_NOID */
} dy_verb;

typedef struct dy_pattern {
    uint32_t phrase;   /* index into dict->phrases; contains exactly one DY_EL_VERB */
    dy_evcode code;
    int32_t shift;     /* time-shift days for <TIME> patterns */
} dy_pattern;

/* ------------------------------------------------------------ entries */

typedef enum dy_entry_kind {
    DY_ENT_ACTOR = 1,
    DY_ENT_AGENT,
    DY_ENT_VERB,
    DY_ENT_NOUN,
    DY_ENT_ADJ,
    DY_ENT_TIME,      /* time-shift root (TABARI <TIME>) */
    DY_ENT_ATTRIB,    /* attribution root (TABARI <ATTRIB>) */
    DY_ENT_DISCARD,   /* PETRARCH discard phrase */
    DY_ENT_ISSUE      /* issue phrase */
} dy_entry_kind;

/* A phrase in the index, with what it means. */
typedef struct dy_entry {
    uint32_t phrase;  /* index into dict->phrases */
    uint8_t kind;     /* dy_entry_kind */
    uint8_t story;    /* discard: 1 = drop the whole story ('+' prefix) */
    uint16_t pad;
    uint32_t ref;     /* actor / agent / verb / time / issue-code index, by kind */
} dy_entry;

/* --------------------------------------------------------- configuration */

/* TABARI .options / PETRARCH config settings that change coding. Copied per
 * validation record so OPTION: records can change them. */
typedef enum dy_codeby { DY_CODEBY_CLAUSE = 0, DY_CODEBY_SENTENCE, DY_CODEBY_ALL } dy_codeby;

/* Which coding rules: TABARI's (shallow, sentence-initial source, adjacent
 * agents), PETRARCH's (noun phrases, every verb with its own subject), or
 * dyad's news rules (noun phrases and subjects, plus news conventions). */
typedef enum dy_style { DY_STYLE_DYAD = 0, DY_STYLE_TABARI, DY_STYLE_PETRARCH } dy_style;

enum dy_complex_flags {
    DY_CX_NOACTPRIOR = 1u << 0, DY_CX_NOACTAFTER = 1u << 1, DY_CX_NOVERB = 1u << 2,
    DY_CX_NOSOURCE = 1u << 3, DY_CX_NOTARGET = 1u << 4, DY_CX_NOEVENT = 1u << 5
};

typedef struct dy_config {
    uint8_t style;             /* dy_style */
    uint8_t codeby;            /* dy_codeby */
    uint8_t comma_off;         /* COMMA: OFF */
    uint8_t convert_agents;    /* SET: CONVERT AGENTS */
    uint8_t time_shift;        /* time shifting active */
    uint8_t fbis;
    uint8_t yyyy;              /* 4-digit years in date restrictions */
    uint8_t nonevents;         /* 0 false, 1 true, 2 only */
    uint8_t require_dyad;      /* PETRARCH: events need source and target */
    uint8_t default_src_prior; /* DEFAULT: SOURCE ... PRIOR */
    uint8_t default_tar_after; /* DEFAULT: TARGET ... AFTER */
    uint8_t forward;           /* FORWARD pronoun coreferencing across records */
    uint8_t code_negated;      /* emit negated events (flagged) instead of dropping them */
    int comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
    int min_words;             /* SET: MINIMUM WORDS (0 = off) */
    int cx_verbs, cx_actors, cx_pronouns, cx_conj, cx_comma, cx_lateverb; /* COMPLEX: X[n], 0 off */
    unsigned cx_flags;         /* enum dy_complex_flags */
    char default_source[32];   /* DEFAULT: SOURCE [code], "" off */
    char default_target[32];
} dy_config;

void dy_config_defaults(dy_config *c, dy_style style);
/* Apply one TABARI .options line ("COMPLEX: VERBS[5] ..."). Returns 1 if it
 * was understood, 0 otherwise (ignored lines like LABEL: return 1). */
int dy_config_apply(dy_config *c, const char *line, size_t len);

/* ------------------------------------------------------------- the dict */

typedef struct dy_synset {
    uint32_t alts;    /* first phrase index in dict->alt_phrases */
    uint32_t nalts;
    uint32_t name;    /* offset of "&NAME" in strings */
} dy_synset;

typedef struct dy_altgroup {
    uint32_t alts;    /* first index in dict->alt_phrases */
    uint32_t nalts;
} dy_altgroup;

/* Key → list of entries, for the one-pass phrase index. */
typedef struct dy_index_slot {
    uint32_t key;     /* vocab id of the first element (+1; 0 = empty) */
    uint32_t first;   /* first index into dict->ilist */
    uint32_t count;
} dy_index_slot;

typedef struct dy_dict {
    dy_strtab vocab;          /* words, upper case */
    dy_strtab codes;          /* codes: "ARN", "064", "GOV" ... */
    char *strings;            /* phrase texts for --explain, NUL-separated */
    size_t strings_len, strings_cap;

    dy_elem *elems;       size_t nelems, elems_cap;
    dy_phrase *phrases;   size_t nphrases, phrases_cap;
    dy_entry *entries;    size_t nentries, entries_cap;
    dy_actor *actors;     size_t nactors, actors_cap;
    dy_actor_code *acodes; size_t nacodes, acodes_cap;
    dy_agent *agents;     size_t nagents, agents_cap;
    dy_verb *verbs;       size_t nverbs, verbs_cap;
    dy_pattern *pats;     size_t npats, pats_cap;
    dy_synset *synsets;   size_t nsynsets, synsets_cap;
    dy_altgroup *alts;    size_t nalts, alts_cap;
    uint32_t *alt_phrases; size_t nalt_phrases, alt_phrases_cap;
    uint32_t *issue_codes; size_t nissue_codes, issue_codes_cap;
    char **files;         size_t nfiles, files_cap;

    /* stems: vocab ids used as prefix stems, in a character trie */
    uint8_t *is_stem;         /* vocab id → 1 if used as a stem */
    size_t is_stem_cap;
    struct dy_stem_trie *stems;

    /* per verb: its patterns and those of its duplicates (alias ring,
     * starting at the verb), longest phrase first, stable; built by finish */
    uint32_t *vpl;         size_t nvpl;
    uint32_t *vpl_off;     /* nverbs + 1 offsets into vpl */

    /* the index */
    dy_index_slot *slots;  size_t nslots;
    uint32_t *ilist;       size_t nilist;

    /* per group — the synsets, then the alternative groups (nsynsets + id)
     * — with at least DY_GX_MIN alternatives: its alternatives by the keys
     * of their first word (dy_dict_group_index), so that the matcher looks
     * only at the few that can begin at a word. Built by dy_dict_finish and
     * when a compiled file is mapped (derived data, never stored). gx_off
     * has nsynsets + nalts + 1 offsets into gx; a group without an index
     * has gx_off[g] == gx_off[g + 1]. */
    uint32_t *gx_off;
    uint32_t *gx;          size_t ngx;

    int uses_lemmas;          /* some elements are DY_ELF_LEMMA */
    int no_stems;             /* PETRARCH semantics: a word without '_' is exact, not a stem */
    int exact_patterns;       /* PETRARCH-1: pattern words match exactly (no lemmas) */
    uint32_t *lemv, *lemn;    /* vocab id → vocab id of its verb / noun lemma (DY_NOID) */
    size_t nlem;              /* entries in lemv/lemn */
    int finished;
    void *map; size_t map_len; /* set when the tables live in a mapped compiled file */
    dy_config config;         /* from the .options / config file */
    dyad_dict_stats stats;
    /* pending verb block while reading (see read_*.c) */
    uint32_t cur_block;
} dy_dict;

void dy_dict_init(dy_dict *d);
void dy_dict_release(dy_dict *d);
/* Build the index (and, for lemma elements, the lemma tables using lem,
 * which may be NULL); after this the dict is read-only. */
struct dy_lemmatizer;
void dy_dict_finish(dy_dict *d, const struct dy_lemmatizer *lem);

/* ------------------------------------------------------------- readers */
/* Each reader takes the whole file contents (NUL-terminated), reports
 * malformed lines through diag (with diag->file set) and skips them. */
void dy_read_tabari_actors(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_agents(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_tabari_verbs(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_block_verbs(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_discards(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_issues(dy_dict *d, const char *text, size_t len, dy_diag *diag);
void dy_read_options(dy_dict *d, const char *text, size_t len, dy_diag *diag);

/* What a file looks like, from its name and first lines. */
typedef enum dy_file_kind {
    DY_FILE_UNKNOWN = 0, DY_FILE_PROJECT, DY_FILE_PETR_CONFIG, DY_FILE_ACTORS,
    DY_FILE_AGENTS, DY_FILE_VERBS_TABARI, DY_FILE_VERBS_BLOCK, DY_FILE_OPTIONS,
    DY_FILE_DISCARDS, DY_FILE_ISSUES, DY_FILE_COMPILED
} dy_file_kind;
dy_file_kind dy_guess_file_kind(const char *path, const char *text, size_t len);

/* Load one file (by kind) or a project/config (recursively). */
dyad_status dy_dict_load_path(dy_dict *d, const char *path, dy_diag *diag, dyad_error *err);
dyad_status dy_dict_load_text(dy_dict *d, dy_file_kind kind, const char *name, const char *text,
                              size_t len, dy_diag *diag, dyad_error *err);
/* Load dyad's embedded default dictionaries. */
dyad_status dy_dict_load_default(dy_dict *d, dy_diag *diag, dyad_error *err);

/* ------------------------------------------------------------ building */
/* Used by readers (and tests). */
uint32_t dy_dict_file(dy_dict *d, const char *name);
uint32_t dy_dict_code(dy_dict *d, const char *s, size_t n);
/* Parse phrase syntax into a new phrase; returns phrase index or DY_NOID
 * with *why set to a static reason. `final_endings` enables regular endings
 * on the final word. lemma: words are lemmas (PETRARCH-2/dyad verb blocks). */
uint32_t dy_dict_phrase(dy_dict *d, const char *s, size_t n, int final_endings, int lemma,
                        uint32_t file, uint32_t line, const char **why);
void dy_dict_add_entry(dy_dict *d, uint32_t phrase, dy_entry_kind kind, uint32_t ref, int story);
/* Parse "[064]", "[032:033]", "[023?]", "[---]" contents. Returns 0 if bad. */
int dy_parse_evcode(dy_dict *d, const char *s, size_t n, dy_evcode *out);

/* Upper-case, ASCII-fold a word into out (cap bytes); returns length. */
size_t dy_fold_word(const char *s, size_t n, char *out, size_t cap);

/* The phrase's source text ("- * TO_LET_ESCAPE"), for explanations. */
static inline const char *dy_phrase_text(const dy_dict *d, uint32_t phrase)
{
    return d->strings + d->phrases[phrase].text;
}

/* Build d->gx_off / d->gx from the groups (dy_dict_finish and dy_dict_map
 * call it). */
void dy_dict_index_groups(dy_dict *d);

#define DY_GX_MIN 2

/* The index of group g (synset g, or alternative group g - nsynsets), if it
 * has one (DY_GX_MIN alternatives or more): the distinct keys its
 * alternatives' first words are found under — a key is the vocab id of
 * the word, or of one of its lemmas for a lemma element — ascending; for key
 * k, the alternatives' positions in the group pos[start[k] .. start[k+1]),
 * ascending; and the positions, ascending, of the alternatives that begin
 * with something else (a synset, an alternative group, an actor token) or
 * are empty: those may match at any word. Layout in d->gx: nkeys, keys,
 * start (nkeys + 1), pos, other. */
typedef struct dy_gx {
    const uint32_t *keys, *start, *pos, *other;
    uint32_t nkeys, nother;
} dy_gx;

static inline int dy_dict_group_index(const dy_dict *d, uint32_t g, dy_gx *x)
{
    if (!d->gx_off) return 0;
    uint32_t o = d->gx_off[g], len = d->gx_off[g + 1] - o;
    if (!len) return 0;
    const uint32_t *p = d->gx + o;
    x->nkeys = p[0];
    x->keys = p + 1;
    x->start = x->keys + x->nkeys;
    x->pos = x->start + x->nkeys + 1;
    x->other = x->pos + x->start[x->nkeys];
    x->nother = (uint32_t)(d->gx + o + len - x->other);
    return 1;
}

/* Index lookup: entries whose first element has vocab key `key`. */
const uint32_t *dy_dict_lookup(const dy_dict *d, uint32_t key, uint32_t *count);

/* Stems of the vocabulary that are prefixes of word w (folded), written to
 * out (up to cap); returns how many. */
size_t dy_dict_stems_of(const dy_dict *d, const char *w, size_t n, uint32_t *out, size_t cap);

/* Resolve an actor's code for a date (days since epoch; INT32_MIN = no
 * date). Returns the dy_actor_code or NULL (null-coded / no default). */
const dy_actor_code *dy_actor_resolve(const dy_dict *d, const dy_actor *a, int32_t day);

#endif
