/* input.c — JSON Lines and plain-text document readers (see input.h).
 *
 * Records of the common shape, one flat object whose values are all
 * strings (plain bytes and the escapes \" \\ \/ \b \f \n \r \t \uXXXX),
 * no key twice, are read by fast_record() straight into the field buffers
 * in one pass. Anything else (other value types, \u0000, surrogate escapes,
 * control bytes, a repeated field, other white space, broken JSON) goes to
 * json-c, which gives every error its message; fast_record() accepts only
 * records json-c reads, and reads them as json-c does.
 *
 * One wrinkle: json-c 0.16's tokener keeps a pending high surrogate (a
 * \uD800-\uDBFF escape not followed by its low half) across
 * json_tokener_reset, and the next \u escape it reads, in a later record,
 * then gets a U+FFFD in front. So a record could decode differently after
 * such a record, and with -j N the output could depend on which thread read
 * what. After a record that may leave one pending, the tokener is replaced
 * by a fresh one: every record decodes on its own. */
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

/* The fields of a record, in the order of dy_recparser's buffers. */
enum { F_ID, F_DATE, F_TEXT, F_TITLE, F_PUBLISHER, F_URL, F_N };

static int record_fields(dy_recparser *r, const int st[F_N], const char *name, long line_no, long long rec,
                         const char *default_date, dyad_input *in, dyad_error *err);

static dy_buf *field_buf(dy_recparser *r, int f)
{
    switch (f) {
    case F_ID: return &r->id;
    case F_DATE: return &r->date;
    case F_TEXT: return &r->text;
    case F_TITLE: return &r->title;
    case F_PUBLISHER: return &r->publisher;
    default: return &r->url;
    }
}

/* The field named by key k (n bytes, no escapes), -1 for any other key. */
static int field_of(const char *k, size_t n)
{
    switch (n) {
    case 2: return memcmp(k, "id", 2) == 0 ? F_ID : -1;
    case 3: return memcmp(k, "url", 3) == 0 ? F_URL : -1;
    case 4: return memcmp(k, "date", 4) == 0 ? F_DATE : memcmp(k, "text", 4) == 0 ? F_TEXT : -1;
    case 5: return memcmp(k, "title", 5) == 0 ? F_TITLE : -1;
    case 9: return memcmp(k, "publisher", 9) == 0 ? F_PUBLISHER : -1;
    }
    return -1;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A JSON string whose opening quote is at p[*pi - 1]: its value appended to
 * out (when out is not NULL), *pi moved past the closing quote. Returns 0
 * for anything fast_record leaves to json-c. Plain bytes are skipped 8 at a
 * time (no '"', no '\\', no byte < 0x20 in the word). */
static int fast_string(const char *p, size_t len, size_t *pi, dy_buf *out, int no_u)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t i = *pi;
    for (;;) {
        size_t start = i;
        while (i + 8 <= len) {
            uint64_t w, q, b;
            memcpy(&w, p + i, 8);
            q = w ^ (ones * '"');
            b = w ^ (ones * '\\');
            if ((((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w)) & highs) break;
            i += 8;
        }
        while (i < len) {
            unsigned char c = (unsigned char)p[i];
            if (c == '"' || c == '\\' || c < 0x20) break;
            i++;
        }
        if (out && i > start) dy_buf_add(out, p + start, i - start);
        if (i >= len || (unsigned char)p[i] < 0x20) return 0;
        if (p[i] == '"') { *pi = i + 1; return 1; }
        if (i + 1 >= len) return 0;
        char d;
        switch (p[i + 1]) {
        case '"': d = '"'; break;
        case '\\': d = '\\'; break;
        case '/': d = '/'; break;
        case 'b': d = '\b'; break;
        case 'f': d = '\f'; break;
        case 'n': d = '\n'; break;
        case 'r': d = '\r'; break;
        case 't': d = '\t'; break;
        case 'u': {
            if (no_u || len - i < 6) return 0;
            unsigned v = 0;
            for (int k = 2; k < 6; k++) {
                int x = hexval(p[i + (size_t)k]);
                if (x < 0) return 0;
                v = v << 4 | (unsigned)x;
            }
            if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return 0; /* NUL, surrogates: json-c's business */
            if (out) {
                char u[3];
                size_t un;
                if (v < 0x80) { u[0] = (char)v; un = 1; }
                else if (v < 0x800) { u[0] = (char)(0xC0 | v >> 6); u[1] = (char)(0x80 | (v & 0x3F)); un = 2; }
                else {
                    u[0] = (char)(0xE0 | v >> 12);
                    u[1] = (char)(0x80 | ((v >> 6) & 0x3F));
                    u[2] = (char)(0x80 | (v & 0x3F));
                    un = 3;
                }
                dy_buf_add(out, u, un);
            }
            i += 6;
            continue;
        }
        default: return 0;
        }
        if (out) dy_buf_addc(out, d);
        i += 2;
    }
}

/* Read a record of the common shape (see the top of this file) into the
 * field buffers; st[f] = 1 for a field present, 0 absent (its buffer
 * emptied), as get_str() would say. Returns 0, with the buffers in any
 * state, when json-c must read the line. */
static int fast_record(dy_recparser *r, const char *p, size_t len, int st[F_N])
{
    size_t i = 1;
    unsigned seen = 0;
    if (len < 2 || p[0] != '{') return 0;
#define SKIP_WS() while (i < len && (p[i] == ' ' || p[i] == '\t')) i++
    SKIP_WS();
    if (i < len && p[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= len || p[i] != '"') return 0;
            size_t k = ++i;
            while (i < len && p[i] != '"' && p[i] != '\\' && (unsigned char)p[i] >= 0x20) i++;
            if (i >= len || p[i] != '"') return 0;
            int f = field_of(p + k, i - k);
            i++;
            SKIP_WS();
            if (i >= len || p[i] != ':') return 0;
            i++;
            SKIP_WS();
            if (i >= len || p[i] != '"') return 0; /* not a string: json-c */
            i++;
            dy_buf *out = NULL;
            if (f >= 0) {
                if (seen & (1u << f)) return 0; /* a repeated field: json-c */
                seen |= 1u << f;
                out = field_buf(r, f);
                dy_buf_reset(out);
            }
            if (!fast_string(p, len, &i, out, 0)) return 0;
            SKIP_WS();
            if (i < len && p[i] == ',') {
                i++;
                SKIP_WS();
                continue;
            }
            if (i < len && p[i] == '}') { i++; break; }
            return 0;
        }
    }
    SKIP_WS();
#undef SKIP_WS
    if (i != len) return 0;
    for (int f = 0; f < F_N; f++) {
        st[f] = (seen >> f) & 1;
        if (!st[f]) dy_buf_reset(field_buf(r, f));
    }
    return 1;
}

static int is_hex(char c) { return hexval(c) >= 0; }

/* Might line p hold a high surrogate escape that json-c could leave pending:
 * "\uD800"-"\uDBFF" (any case) not followed at once by a low surrogate
 * escape "\uDC00"-"\uDFFF"? (An escaped backslash before the 'u' makes a
 * false alarm, which only costs speed.) */
static int lone_high_surrogate(const char *p, size_t len)
{
    for (const char *q = p; (q = memchr(q, '\\', len - (size_t)(q - p))) != NULL; q++) {
        size_t left = len - (size_t)(q - p);
        if (left < 4 || q[1] != 'u' || (q[2] != 'd' && q[2] != 'D') || !strchr("89abAB", q[3]) || !q[3]) continue;
        if (left < 12 || !is_hex(q[4]) || !is_hex(q[5]) || q[6] != '\\' || q[7] != 'u' ||
            (q[8] != 'd' && q[8] != 'D') || !q[9] || !strchr("cdefCDEF", q[9]) || !is_hex(q[10]) || !is_hex(q[11]))
            return 1;
        q += 11;
    }
    return 0;
}

int dy_record_parse(dy_recparser *r, const char *p, size_t len, const char *name, long line_no, long long rec,
                    const char *default_date, dyad_input *in, dyad_error *err)
{
#define FAIL(code, fmt, d) fail_at(err, name, line_no, rec, code, fmt, d)
    if (memchr(p, 0, len)) return FAIL(DYAD_ERR_JSON, "line contains a NUL byte%s", "");
    int fs[F_N];
    if (fast_record(r, p, len, fs)) {
        memset(in, 0, sizeof *in);
        return record_fields(r, fs, name, line_no, rec, default_date, in, err);
    }
    if (r->tok_dirty || !r->tok) {
        if (r->tok) json_tokener_free(r->tok);
        r->tok = json_tokener_new_ex(64);
        r->tok_dirty = 0;
        if (!r->tok) return FAIL(DYAD_ERR_NOMEM, "out of memory%s", "");
    }
    r->tok_dirty = lone_high_surrogate(p, len);
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
    int fs2[F_N];
    memset(in, 0, sizeof *in);
    if ((fs2[F_ID] = get_str(o, "id", &r->id, 1)) < 0) {
        json_object_put(o);
        return FAIL(DYAD_ERR_RECORD, "'id' must be a string or a 64-bit integer%s", "");
    }
    /* every field is read (and its buffer reset); record_fields reports the
     * first that is wrong, in the order id, text, date, title, publisher, url */
    fs2[F_TEXT] = get_str(o, "text", &r->text, 0);
    fs2[F_DATE] = get_str(o, "date", &r->date, 0);
    fs2[F_TITLE] = get_str(o, "title", &r->title, 0);
    fs2[F_PUBLISHER] = get_str(o, "publisher", &r->publisher, 0);
    fs2[F_URL] = get_str(o, "url", &r->url, 0);
    json_object_put(o);
    return record_fields(r, fs2, name, line_no, rec, default_date, in, err);
#undef FAIL
}

/* The record whose fields were read (st[f]: 1 present, 0 absent, -1 wrong
 * type; the id is present or absent) into *in, or its error. */
static int record_fields(dy_recparser *r, const int st[F_N], const char *name, long line_no, long long rec,
                         const char *default_date, dyad_input *in, dyad_error *err)
{
#define FAIL(code, fmt, d) fail_at(err, name, line_no, rec, code, fmt, d)
    if (st[F_ID] == 0) { dy_buf_reset(&r->id); dy_buf_printf(&r->id, "%lld", rec); }
    int ts = st[F_TEXT], ds = st[F_DATE];
    int ok = 1;
    const char *why = NULL;
    if (ts < 0) { ok = 0; why = "'text' must be a string"; }
    else if (ts == 0) { ok = 0; why = "record has no 'text'"; }
    else if (ds < 0) { ok = 0; why = "'date' must be a string \"YYYY-MM-DD\""; }
    else if (st[F_TITLE] < 0) { ok = 0; why = "'title' must be a string"; }
    else if (st[F_PUBLISHER] < 0) { ok = 0; why = "'publisher' must be a string"; }
    else if (st[F_URL] < 0) { ok = 0; why = "'url' must be a string"; }
    if (!ok) {
        FAIL(DYAD_ERR_RECORD, "%s", why);
        if (err && st[F_ID] > 0) snprintf(err->id, sizeof err->id, "%s", dy_buf_str(&r->id));
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
