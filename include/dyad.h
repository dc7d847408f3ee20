/* dyad.h — libdyad, political event coding from news text.
 *
 * One article in, events out: who did what to whom, when, where, and
 * according to whom, coded in CAMEO (with PLOVER types).
 *
 * Objects and ownership (the one rule to remember):
 *   dyad_ctx    options + dictionaries. Built once, then read-only: any number
 *               of threads may code through one ctx at the same time.
 *   dyad_coder  per-thread working state (arenas, caches). Not shared.
 *   dyad_doc    the result of coding one document. It belongs to the coder
 *               and every pointer in it (strings, events, sentences) stays
 *               valid until the next dyad_code() call on that coder or
 *               dyad_coder_free(). Copy what you keep.
 * Free functions accept NULL. Library functions never print or exit; errors
 * go to the caller through a dyad_error out-parameter (which may be NULL) and,
 * for problems found while loading (a malformed dictionary line), through the
 * diagnostic callback in dyad_options.
 *
 * Minimal use:
 *     dyad_ctx *ctx = dyad_ctx_new(NULL, &err);
 *     dyad_ctx_load(ctx, NULL, &err);                 // default dictionaries
 *     dyad_coder *c = dyad_coder_new(ctx);
 *     dyad_input in = {.id = "1", .date = "2019-10-03", .text = "..."};
 *     const dyad_doc *doc;
 *     if (dyad_code(c, &in, &doc, &err) == DYAD_OK) ... doc->events ...
 *     dyad_coder_free(c); dyad_ctx_free(ctx);
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION_MAJOR 0
#define DYAD_VERSION_MINOR 1
#define DYAD_VERSION_PATCH 0
#define DYAD_VERSION_HEX ((DYAD_VERSION_MAJOR << 16) | (DYAD_VERSION_MINOR << 8) | DYAD_VERSION_PATCH)

/* Run-time version string, e.g. "0.1.0"; compare with DYAD_VERSION_HEX. */
const char *dyad_version(void);
unsigned dyad_version_hex(void);

/* ------------------------------------------------------------------ errors */

/* Result codes. ORDER STATUS: keep in step with the message table in
 * src/util/error.c. Each names an input that triggers it. */
typedef enum dyad_status {
    DYAD_OK = 0,          /* success */
    DYAD_ERR_NOMEM,       /* allocation failed (the library aborts instead; kept for API users) */
    DYAD_ERR_IO,          /* a file cannot be opened, read or written: --dict /nonexistent */
    DYAD_ERR_USAGE,       /* an argument is invalid: dyad_code(NULL, ...) */
    DYAD_ERR_JSON,        /* input line is not valid JSON: {"id": "1", "text": */
    DYAD_ERR_RECORD,      /* JSON is valid but not a document: {"id": 1, "text": 5} */
    DYAD_ERR_DATE,        /* date missing or impossible: "date": "2019-02-30" */
    DYAD_ERR_TOO_LONG,    /* record or sentence exceeds the configured limit */
    DYAD_ERR_EMPTY,       /* text is empty or only whitespace */
    DYAD_ERR_UTF8,        /* invalid UTF-8 was repaired (warning): bytes C3 28 */
    DYAD_ERR_DICT_SYNTAX, /* a malformed dictionary line (skipped): "ARNOR [ARN" */
    DYAD_ERR_DICT_FORMAT, /* a file is not a dictionary/project/config dyad knows */
    DYAD_ERR_COMPILED,    /* a compiled dictionary is corrupt or from another version */
    DYAD_ERR_SUITE,       /* a validation-suite file is malformed */
    DYAD_STATUS_COUNT
} dyad_status;

typedef enum dyad_severity {
    DYAD_SEV_ERROR = 0,   /* the record/line was rejected or skipped */
    DYAD_SEV_WARNING,     /* processing went on, possibly with a repair */
    DYAD_SEV_NOTE         /* information */
} dyad_severity;

/* An error: what, where, and why. Fixed buffers so that it owns nothing. */
typedef struct dyad_error {
    dyad_status code;       /* DYAD_OK when there is no error */
    dyad_severity severity;
    char file[256];         /* file name, "" if none (stdin is "-") */
    long line;              /* 1-based line, 0 if unknown */
    long column;            /* 1-based column in bytes, 0 if unknown */
    long long offset;       /* byte offset in file or text, -1 if unknown */
    long long record;       /* 1-based input record number, 0 if none */
    char id[128];           /* record id if known, else "" */
    char message[512];      /* reason, lowercase first word, no final stop */
    char context[256];      /* the offending line (trimmed), "" if none */
} dyad_error;

/* Static one-line description of a status code; never NULL. */
const char *dyad_status_name(dyad_status s);

/* Called for each problem found while loading dictionaries or suites. */
typedef void (*dyad_diag_fn)(void *ud, const dyad_error *e);

/* ----------------------------------------------------------------- options */

enum dyad_flags {
    DYAD_EXPLAIN        = 1u << 0, /* keep per-sentence explanations in dyad_doc */
    DYAD_NO_PLACES      = 1u << 1, /* skip place recognition */
    DYAD_NO_EXTRACT     = 1u << 2, /* skip quotes/attributions/dates/counts/coref */
    DYAD_CODE_NEGATED   = 1u << 3, /* emit negated events (flagged) instead of dropping them */
    DYAD_KEEP_DISCARDED = 1u << 4  /* code sentences a discard phrase would drop */
};

typedef struct dyad_options {
    unsigned flags;              /* enum dyad_flags */
    size_t max_record_bytes;     /* 0: 8 MiB. Longer text → DYAD_ERR_TOO_LONG */
    size_t max_sentence_tokens;  /* 0: 400. Longer sentences are cut into pieces
                                  * (each coded as a sentence; counted in
                                  * dyad_doc.sentences_cut) */
    dyad_diag_fn diag;           /* may be NULL: diagnostics are dropped */
    void *diag_ud;               /* passed to diag */
} dyad_options;

/* --------------------------------------------------------------- contexts */

typedef struct dyad_ctx dyad_ctx;
typedef struct dyad_coder dyad_coder;

/* A new context with a copy of *opt (NULL: defaults). Never NULL. */
dyad_ctx *dyad_ctx_new(const dyad_options *opt, dyad_error *err);

/* Load dictionaries into ctx. path may be:
 *   NULL                    dyad's own default dictionaries (compiled in);
 *   a TABARI .project file  its .actors/.verbs/.agents/.options files;
 *   a PETRARCH PETR_config.ini   the files it names, found as PETRARCH does
 *                           (in ../dictionaries beside the config folder);
 *   a compiled dictionary   written by dyad_ctx_save_compiled();
 *   a single dictionary file (.actors, .verbs, .agents, *.txt) by its contents.
 * May be called several times before the first coder is made, to add files.
 * Malformed lines are reported through opt->diag and skipped.
 * Returns DYAD_OK or an error for a file that cannot be used at all. */
dyad_status dyad_ctx_load(dyad_ctx *ctx, const char *path, dyad_error *err);

/* Write everything loaded into ctx (dictionaries, index, lemma tables) to
 * one compiled file that dyad_ctx_load() maps into memory in milliseconds.
 * A compiled dictionary is versioned and checksummed: loading a stale or
 * corrupt one is a DYAD_ERR_COMPILED error. It cannot be combined with other
 * dictionaries at load time: compile them together instead. */
dyad_status dyad_ctx_save_compiled(const dyad_ctx *ctx, const char *path, dyad_error *err);

/* Number of entries loaded, by kind (for `dyad dict stats`). */
typedef struct dyad_dict_stats {
    size_t actors, agents, verbs, patterns, synsets, nouns, adjectives,
           discards, issues, words, lines_skipped;
} dyad_dict_stats;
void dyad_ctx_stats(const dyad_ctx *ctx, dyad_dict_stats *out);

void dyad_ctx_free(dyad_ctx *ctx);

dyad_coder *dyad_coder_new(const dyad_ctx *ctx);
void dyad_coder_free(dyad_coder *c);

/* --------------------------------------------------------------- documents */

/* One input document. Strings need not be NUL-terminated when a length is
 * given; a 0 length with a non-NULL pointer means strlen(). */
typedef struct dyad_input {
    const char *id;        size_t id_len;
    const char *date;      size_t date_len;    /* "YYYY-MM-DD"; NULL → no date */
    const char *text;      size_t text_len;
    const char *title;     size_t title_len;     /* optional */
    const char *publisher; size_t publisher_len; /* optional */
    const char *url;       size_t url_len;       /* optional */
} dyad_input;

/* A view into memory owned by the dyad_doc. Not NUL-terminated unless said. */
typedef struct dyad_str {
    const char *ptr;
    size_t len;
} dyad_str;

/* How an actor was found. */
typedef enum dyad_via {
    DYAD_VIA_TEXT = 0,    /* named in the clause itself */
    DYAD_VIA_PRONOUN,     /* a pronoun resolved to an earlier actor */
    DYAD_VIA_APPOSITION,  /* "The Turkish envoy, Mehmet Yilmaz," */
    DYAD_VIA_ALIAS,       /* later mention by surname or title */
    DYAD_VIA_DEFAULT,     /* a DEFAULT: source/target option */
    DYAD_VIA_CONTEXT      /* "---GOV" given a country by its context: the event's
                             place, the other party, or the article's main country */
} dyad_via;

typedef struct dyad_event {
    uint32_t sentence;          /* 0-based index into dyad_doc.sentences */
    const char *source;         /* CAMEO actor code (NUL-terminated) or NULL */
    const char *target;         /* CAMEO actor code or NULL */
    const char *code;           /* CAMEO event code, e.g. "042" */
    const char *root;           /* two-digit root, e.g. "04", NULL if unknown */
    int quad;                   /* quad class 1-4 (docs/schema.md), 0 if unknown */
    double goldstein;           /* Goldstein value; NAN if unknown */
    const char *plover;         /* PLOVER event type or NULL */
    const char *plover_mode;    /* PLOVER mode or NULL */
    dyad_str source_text;       /* the words that named the source */
    dyad_str target_text;
    dyad_str verb_text;         /* the verb (pattern) words */
    dyad_via source_via, target_via;
    unsigned negated : 1;       /* the verb was negated (only with DYAD_CODE_NEGATED) */
    unsigned passive : 1;       /* source/target swapped by passive voice */
    const char *pattern;        /* the dictionary pattern that matched (NUL-terminated) */
    const char *issues;         /* comma-separated issue codes, or NULL */
    const char *attribution;    /* who reported it ("Anadolu"), or NULL */
    const char *date_from;      /* resolved event date range, "YYYY-MM-DD" */
    const char *date_to;
    int location;               /* index into dyad_doc.places, -1 if none */
} dyad_event;

typedef struct dyad_quote {
    dyad_str text;              /* inside the quote marks */
    dyad_str speaker;           /* words naming the speaker, len 0 if unknown */
    dyad_str speaker_ref;       /* for a pronoun speaker ("he said"), the earlier
                                   mention it stands for; len 0 otherwise */
    const char *speaker_code;   /* actor code or NULL */
    uint32_t sentence;          /* sentence where the quote starts */
    uint32_t start, end;        /* byte offsets in the normalised text */
} dyad_quote;

typedef struct dyad_attribution {
    dyad_str source;            /* "Anadolu", "state media", "a statement" */
    const char *source_code;    /* actor code or NULL */
    uint32_t sentence;
} dyad_attribution;

typedef struct dyad_place {
    dyad_str name;              /* as written */
    const char *country;        /* ISO 3166 alpha-3 */
    const char *admin1;         /* first-level division name or NULL */
    double lat, lon;
    uint32_t start, end;        /* byte offsets */
    uint32_t sentence;
} dyad_place;

typedef struct dyad_date {
    dyad_str text;
    char from[11], to[11];      /* "YYYY-MM-DD" */
    uint32_t sentence;
} dyad_date;

typedef enum dyad_count_kind {
    DYAD_COUNT_KILLED = 0, DYAD_COUNT_INJURED, DYAD_COUNT_ARRESTED,
    DYAD_COUNT_DISPLACED, DYAD_COUNT_PARTICIPANTS, DYAD_COUNT_OTHER
} dyad_count_kind;

typedef struct dyad_count {
    dyad_str text;
    long long number;           /* lower bound for "at least 12", "hundreds" → 200 */
    dyad_count_kind kind;
    dyad_str who;               /* "villagers", "" if unknown */
    uint32_t sentence;
} dyad_count;

/* One line of --explain output: what the coder saw in a sentence. */
typedef struct dyad_explain {
    uint32_t sentence;
    const char *text;           /* NUL-terminated */
} dyad_explain;

typedef struct dyad_doc {
    dyad_str id;
    char date[11];              /* article date "YYYY-MM-DD", "" if none */
    dyad_str text;              /* normalised text the offsets refer to */
    size_t nsentences;  const dyad_str *sentences;
    size_t nevents;     const dyad_event *events;
    size_t nquotes;     const dyad_quote *quotes;
    size_t nattributions; const dyad_attribution *attributions;
    dyad_str dateline;          /* "ANKARA", len 0 if none */
    size_t nplaces;     const dyad_place *places;
    size_t ndates;      const dyad_date *dates;
    size_t ncounts;     const dyad_count *counts;
    size_t nexplain;    const dyad_explain *explain;
    int discarded;              /* a discard phrase dropped the whole story */
    size_t utf8_repairs;        /* invalid byte sequences replaced by U+FFFD */
    size_t sentences_cut;       /* sentences longer than max_sentence_tokens, cut into pieces */
} dyad_doc;

/* Code one document. On DYAD_OK *out points to the result (see ownership
 * above). On an error *out is NULL and err says why: the record should be
 * reported as rejected. Thread-safe across coders sharing one ctx. */
dyad_status dyad_code(dyad_coder *c, const dyad_input *in, const dyad_doc **out,
                      dyad_error *err);

/* Parse a "YYYY-MM-DD" (or YYYYMMDD) date; returns days since 1970-01-01
 * via *days, DYAD_OK or DYAD_ERR_DATE. */
dyad_status dyad_parse_date(const char *s, size_t n, long *days);

#ifdef __cplusplus
}
#endif
#endif
