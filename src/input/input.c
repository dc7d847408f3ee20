/* input.c — JSON Lines and plain-text document readers (see input.h). */
#include "input/input.h"
#include "util/check.h"
#include "util/date.h"
#include "util/error.h"
#include "util/mem.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdint.h>
#include <string.h>

void dy_reader_init(dy_reader *r, FILE *f, const char *name, dy_in_format fmt, size_t max_bytes,
                    const char *default_date)
{
    memset(r, 0, sizeof *r);
    r->f = f;
    r->name = name ? name : "-";
    r->format = fmt;
    r->max_bytes = max_bytes ? max_bytes : (8u << 20);
    r->default_date = default_date;
    dy_recparser_init(&r->parser);
}

void dy_reader_release(dy_reader *r)
{
    free(r->linebuf);
    free(r->ibuf);
    dy_buf_release(&r->id); dy_buf_release(&r->text);
    dy_recparser_release(&r->parser);
    memset(r, 0, sizeof *r);
}

void dy_recparser_init(dy_recparser *p)
{
    memset(p, 0, sizeof *p);
    p->tok = json_tokener_new_ex(64);
}

void dy_recparser_release(dy_recparser *p)
{
    dy_buf_release(&p->id); dy_buf_release(&p->date); dy_buf_release(&p->text);
    dy_buf_release(&p->title); dy_buf_release(&p->publisher); dy_buf_release(&p->url);
    if (p->tok) json_tokener_free(p->tok);
    memset(p, 0, sizeof *p);
}

static int fail_at(dyad_error *err, const char *name, long line, long long rec, dyad_status code, const char *fmt,
                   const char *detail)
{
    dy_error_clear(err);
    dy_error_set(err, code, fmt, detail ? detail : "");
    dy_error_where(err, name, line, 0);
    if (err) err->record = rec;
    return -1;
}

static int fail(dy_reader *r, dyad_error *err, dyad_status code, const char *fmt, const char *detail)
{
    return fail_at(err, r->name, r->line, r->record, code, fmt, detail);
}

/* Copy a string field; returns 1 present, 0 absent, -1 wrong type. */
static int get_str(json_object *o, const char *key, dy_buf *out, int allow_int)
{
    json_object *v;
    dy_buf_reset(out);
    if (!json_object_object_get_ex(o, key, &v) || json_object_is_type(v, json_type_null)) return 0;
    if (json_object_is_type(v, json_type_string)) {
        dy_buf_add(out, json_object_get_string(v), (size_t)json_object_get_string_len(v));
        return 1;
    }
    if (allow_int && json_object_is_type(v, json_type_int)) {
        /* json-c clamps integers beyond 64 bits: such an id is not kept */
        int64_t x = json_object_get_int64(v);
        if (x == INT64_MAX || x == INT64_MIN) return -1;
        dy_buf_printf(out, "%lld", (long long)x);
        return 1;
    }
    return -1;
}

/* Read one physical line (any length) from the read-ahead buffer. Returns
 * its length, -1 at EOF. Lines over the limit (max_bytes, not counting the
 * line end "\n" or "\r\n": exact, so --max-record-mb means what it says)
 * are consumed but reported with *over set and not kept; memory stays
 * bounded by the limit whatever the line. */
static long read_line(dy_reader *r, int *over)
{
    enum { CHUNK = 1 << 16 };
    *over = 0;
    size_t n = 0;
    int any = 0;
    if (!r->linebuf) { r->linebuf = dy_malloc(4096); r->linecap = 4096; }
    for (;;) {
        if (r->ipos == r->ilen) {
            if (r->eof) break;
            if (!r->ibuf) r->ibuf = dy_malloc(CHUNK);
            r->ilen = fread(r->ibuf, 1, CHUNK, r->f);
            r->ipos = 0;
            if (r->ilen == 0) {
                if (ferror(r->f)) r->read_errno = errno ? errno : EIO;
                r->eof = 1;
                break;
            }
        }
        any = 1;
        const char *p = r->ibuf + r->ipos;
        size_t avail = r->ilen - r->ipos;
        const char *nl = memchr(p, '\n', avail);
        size_t k = nl ? (size_t)(nl - p) : avail;
        if (!*over) {
            if (n + k > r->max_bytes + 1) { /* + 1: room for the '\r' of "\r\n" */
                *over = 1;
            } else {
                if (n + k + 2 > r->linecap) {
                    size_t nc = r->linecap;
                    while (n + k + 2 > nc) nc *= 2;
                    r->linebuf = dy_realloc(r->linebuf, nc);
                    r->linecap = nc;
                }
                memcpy(r->linebuf + n, p, k);
                n += k;
            }
        }
        r->ipos += k + (nl ? 1 : 0);
        if (nl) break;
    }
    if (!any) return -1;
    if (n && r->linebuf[n - 1] == '\r') n--;
    if (n > r->max_bytes) *over = 1;
    if (*over) n = 0;
    r->linebuf[n] = 0;
    return (long)n;
}

static int next_text(dy_reader *r, dyad_input *in, dyad_error *err)
{
    if (r->done) return 0;
    r->done = 1;
    dy_buf_reset(&r->text);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, r->f)) > 0) {
        if (r->text.len + k > r->max_bytes) {
            r->record++;
            r->line = 1;
            char lim[32];
            snprintf(lim, sizeof lim, "%zu", r->max_bytes);
            return fail(r, err, DYAD_ERR_TOO_LONG, "text is longer than the record limit of %s bytes", lim);
        }
        dy_buf_add(&r->text, chunk, k);
    }
    r->record++;
    r->line = 1;
    if (ferror(r->f)) {
        r->read_errno = errno ? errno : EIO;
        return fail(r, err, DYAD_ERR_IO, "cannot read the input%s", "");
    }
    memset(in, 0, sizeof *in);
    dy_buf_reset(&r->id);
    const char *base = strrchr(r->name, '/');
    dy_buf_adds(&r->id, base ? base + 1 : r->name);
    in->id = dy_buf_str(&r->id);
    in->id_len = r->id.len;
    in->text = dy_buf_str(&r->text);
    in->text_len = r->text.len;
    if (r->default_date) { in->date = r->default_date; in->date_len = strlen(r->default_date); }
    return 1;
}

int dy_reader_next_line(dy_reader *r, const char **line, size_t *len, dyad_error *err)
{
    for (;;) {
        int over;
        long n = read_line(r, &over);
        if (n < 0) return 0;
        r->line++;
        if (over) {
            r->record++;
            char lim[32];
            snprintf(lim, sizeof lim, "%zu", r->max_bytes);
            return fail(r, err, DYAD_ERR_TOO_LONG, "line is longer than the record limit of %s bytes", lim);
        }
        const char *p = r->linebuf;
        size_t k = (size_t)n;
        /* a UTF-8 BOM: at the start of the file, or of any line (files
         * concatenated with cat keep theirs) */
        if (k >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
            (unsigned char)p[2] == 0xBF) { p += 3; k -= 3; }
        size_t i = 0;
        while (i < k && (p[i] == ' ' || p[i] == '\t')) i++;
        if (i == k) continue; /* blank lines are not records */
        r->record++;
        *line = p;
        *len = k;
        return 1;
    }
}

int dy_record_parse(dy_recparser *r, const char *p, size_t len, const char *name, long line_no, long long rec,
                    const char *default_date, dyad_input *in, dyad_error *err)
{
#define FAIL(code, fmt, d) fail_at(err, name, line_no, rec, code, fmt, d)
    if (memchr(p, 0, len)) return FAIL(DYAD_ERR_JSON, "line contains a NUL byte%s", "");
    json_tokener_reset(r->tok);
    json_object *o = json_tokener_parse_ex(r->tok, p, (int)len);
    enum json_tokener_error je = json_tokener_get_error(r->tok);
    size_t used = (size_t)json_tokener_get_parse_end(r->tok);
    if (!o && je == json_tokener_continue) {
        /* a top-level number or literal (1, null) ends only at the end of the
         * input: finish it with a NUL so it is read, and reported as "not a
         * JSON object" below rather than as broken JSON */
        o = json_tokener_parse_ex(r->tok, "", 1);
        je = json_tokener_get_error(r->tok);
        if (je != json_tokener_success) je = json_tokener_continue;
        used = len;
    }
    if (je != json_tokener_success) {
        if (o) json_object_put(o);
        const char *why = je == json_tokener_continue ? "unexpected end of line" : json_tokener_error_desc(je);
        return FAIL(DYAD_ERR_JSON, "invalid JSON: %s", why);
    }
    while (used < len && (p[used] == ' ' || p[used] == '\t')) used++;
    if (used < len) {
        if (o) json_object_put(o);
        return FAIL(DYAD_ERR_JSON, "invalid JSON: %s", "text after the object");
    }
    if (!o || !json_object_is_type(o, json_type_object)) { /* o is NULL for null */
        json_object_put(o);
        return FAIL(DYAD_ERR_RECORD, "record is not a JSON object%s", "");
    }
    int st;
    memset(in, 0, sizeof *in);
    if ((st = get_str(o, "id", &r->id, 1)) < 0) {
        json_object_put(o);
        return FAIL(DYAD_ERR_RECORD, "'id' must be a string or a 64-bit integer%s", "");
    }
    if (st == 0) { dy_buf_reset(&r->id); dy_buf_printf(&r->id, "%lld", rec); }
    int ts = get_str(o, "text", &r->text, 0);
    int ds = get_str(o, "date", &r->date, 0);
    int ok = 1;
    const char *why = NULL;
    if (ts < 0) { ok = 0; why = "'text' must be a string"; }
    else if (ts == 0) { ok = 0; why = "record has no 'text'"; }
    else if (ds < 0) { ok = 0; why = "'date' must be a string \"YYYY-MM-DD\""; }
    else if (get_str(o, "title", &r->title, 0) < 0) { ok = 0; why = "'title' must be a string"; }
    else if (get_str(o, "publisher", &r->publisher, 0) < 0) { ok = 0; why = "'publisher' must be a string"; }
    else if (get_str(o, "url", &r->url, 0) < 0) { ok = 0; why = "'url' must be a string"; }
    json_object_put(o);
    if (!ok) {
        FAIL(DYAD_ERR_RECORD, "%s", why);
        if (err && st > 0) snprintf(err->id, sizeof err->id, "%s", dy_buf_str(&r->id));
        return -1;
    }
    in->id = dy_buf_str(&r->id);
    in->id_len = r->id.len;
    in->text = dy_buf_str(&r->text);
    in->text_len = r->text.len;
    if (ds > 0) { in->date = dy_buf_str(&r->date); in->date_len = r->date.len; }
    else if (default_date) { in->date = default_date; in->date_len = strlen(default_date); }
    if (r->title.len) { in->title = dy_buf_str(&r->title); in->title_len = r->title.len; }
    if (r->publisher.len) { in->publisher = dy_buf_str(&r->publisher); in->publisher_len = r->publisher.len; }
    if (r->url.len) { in->url = dy_buf_str(&r->url); in->url_len = r->url.len; }
    return 1;
#undef FAIL
}

int dy_reader_next(dy_reader *r, dyad_input *in, dyad_error *err)
{
    if (r->format == DY_IN_TEXT) return next_text(r, in, err);
    const char *p;
    size_t len;
    int k = dy_reader_next_line(r, &p, &len, err);
    if (k <= 0) return k;
    return dy_record_parse(&r->parser, p, len, r->name, r->line, r->record, r->default_date, in, err);
}
