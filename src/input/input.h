/* input.h — reading documents: JSON Lines records or whole plain-text files.
 *
 * A reader walks one stream and yields records; a record that cannot be
 * read (broken JSON, wrong types, missing text, bad date, over-long line)
 * comes back as an error with file, line, record number and reason, and the
 * reader goes on with the next line. Nothing is skipped silently: every line
 * that is not blank yields either a record or an error.
 *
 * JSON Lines fields: "id" (string or integer), "date" ("YYYY-MM-DD"),
 * "text" (string, required), optional "title", "publisher", "url"
 * (strings). Unknown keys are ignored. */
#ifndef DY_INPUT_H
#define DY_INPUT_H

#include <stdio.h>

#include "dyad.h"
#include "util/buf.h"

typedef enum dy_in_format { DY_IN_JSONL = 0, DY_IN_TEXT } dy_in_format;

/* Turns one JSON Lines record into a dyad_input. One per thread: it owns
 * the JSON tokenizer and the copies of the record's fields. */
typedef struct dy_recparser {
    dy_buf id, date, text, title, publisher, url; /* owned copies of the current record */
    struct json_tokener *tok;
    int tok_dirty;      /* the tokenizer read a lone high surrogate escape, which json-c
                         * keeps across json_tokener_reset: a new one is made first */
} dy_recparser;

void dy_recparser_init(dy_recparser *p);
void dy_recparser_release(dy_recparser *p);

/* Parse line [line, line + len) (record number rec, 1-based line number
 * line_no of file name) into *in (valid until the next call). Returns 1, or
 * -1 with err filled (file, line, record, id when known, reason). */
int dy_record_parse(dy_recparser *p, const char *line, size_t len, const char *name, long line_no,
                    long long rec, const char *default_date, dyad_input *in, dyad_error *err);

typedef struct dy_reader {
    FILE *f;
    const char *name;        /* for messages; "-" for stdin */
    dy_in_format format;
    size_t max_bytes;        /* longer lines are rejected unread */
    const char *default_date;/* used when a record has none (--date) */
    long line;               /* current line number (1-based) */
    long long record;        /* records seen (good and bad) */
    char *linebuf;
    size_t linecap;
    char *ibuf;              /* read-ahead: lines are cut from big fread()s */
    size_t ipos, ilen;
    int eof;
    dy_recparser parser;     /* for dy_reader_next */
    dy_buf text;             /* plain-text mode: the whole file */
    dy_buf id;
    int done;
    int read_errno;          /* set when reading failed (a directory, an I/O error): the
                              * stream then ends early, and the caller must say so */
} dy_reader;

void dy_reader_init(dy_reader *r, FILE *f, const char *name, dy_in_format fmt, size_t max_bytes,
                    const char *default_date);
void dy_reader_release(dy_reader *r);

/* Next record: 1 with *in filled (valid until the next call), 0 at the end,
 * -1 for a rejected record (err filled; call again to go on). */
int dy_reader_next(dy_reader *r, dyad_input *in, dyad_error *err);

/* JSON Lines only, for parsing elsewhere (threads): the next record's raw
 * line, blank lines skipped. Returns 1 with *line and *len (valid until the
 * next call; r->line and r->record count it), 0 at the end, -1 for a line
 * over the limit (err filled; call again to go on). */
int dy_reader_next_line(dy_reader *r, const char **line, size_t *len, dyad_error *err);

#endif
