/* out.h — stage 7: coded documents → text formats (JSON Lines, TSV, CSV).
 *
 * Writers append to a dy_buf so the caller decides when and where bytes go
 * (stdout, a file, a thread's private buffer for deterministic ordering).
 * They see only the public result model (dyad_doc), nothing of the coder.
 * The schemas are documented in docs/schema.md. */
#ifndef DY_OUT_H
#define DY_OUT_H

#include "dyad.h"
#include "util/buf.h"

/* One JSON object per event (with "doc_id" and "date"), each ending in '\n'. */
void dy_out_events_jsonl(dy_buf *b, const dyad_doc *doc);
/* One JSON object for the whole document, ending in '\n'. */
void dy_out_doc_json(dy_buf *b, const dyad_doc *doc);
/* PETRARCH/Phoenix-style tab-separated events. */
void dy_out_events_tsv(dy_buf *b, const dyad_doc *doc, const char *url);
void dy_out_tsv_header(dy_buf *b);
/* Comma-separated events (RFC 4180 quoting), with a header function. */
void dy_out_events_csv(dy_buf *b, const dyad_doc *doc);
void dy_out_csv_header(dy_buf *b);
/* The event as one JSON object without a trailing newline (shared). */
void dy_out_event_json(dy_buf *b, const dyad_doc *doc, const dyad_event *e, int with_doc);

#endif
