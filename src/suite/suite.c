#define _GNU_SOURCE /* strcasestr */
/* suite.c — TABARI and PETRARCH-1 validation-suite readers (see suite.h).
 * A small purpose-built scanner reads the PETRARCH XML: the files are
 * simple, and a full XML library would be one more dependency for two
 * element types. */
#include "suite/suite.h"
#include "dict/dict.h"
#include "util/buf.h"
#include "util/check.h"
#include "util/mem.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

void dy_suite_release(dy_suite *s)
{
    for (size_t i = 0; i < s->n; i++) {
        dy_case *c = &s->cases[i];
        dy_free(c->text);
        dy_free(c->exp);
        for (size_t k = 0; k < c->nopt; k++) dy_free(c->options[k]);
        dy_free(c->options);
    }
    dy_free(s->cases);
    for (size_t i = 0; i < s->nenv; i++) dy_free(s->env_files[i]);
    memset(s, 0, sizeof *s);
}

static dy_case *new_case(dy_suite *s)
{
    DY_GROW(s->cases, s->n + 1, s->cap);
    dy_case *c = &s->cases[s->n++];
    memset(c, 0, sizeof *c);
    return c;
}

static void add_option(dy_case *c, const char *p, size_t n)
{
    c->options = dy_reallocarray(c->options, c->nopt + 1, sizeof *c->options);
    c->options[c->nopt++] = dy_strndup(p, n);
}

static void trim(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) { (*s)++; (*n)--; }
    while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

static void add_expect(dy_case *c, const char *src, size_t sn, const char *tgt, size_t tn, const char *code, size_t cn)
{
    c->exp = dy_reallocarray(c->exp, c->nexp + 1, sizeof *c->exp);
    dy_expect *e = &c->exp[c->nexp++];
    snprintf(e->source, sizeof e->source, "%.*s", (int)sn, src);
    snprintf(e->target, sizeof e->target, "%.*s", (int)tn, tgt);
    snprintf(e->code, sizeof e->code, "%.*s", (int)cn, code);
    for (char *p = e->source; *p; p++) *p = (char)toupper((unsigned char)*p);
    for (char *p = e->target; *p; p++) *p = (char)toupper((unsigned char)*p);
}

/* ------------------------------------------------------------------ TABARI */

static int is_header(const char *s, size_t n)
{
    if (n < 8) return 0;
    for (int i = 0; i < 6; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return s[6] == ' ' || s[6] == '\t';
}

static void parse_comment(dy_case *c, const char *p, size_t n)
{
    int stop = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '{') continue;
        const char *close = memchr(p + i, '}', n - i);
        if (!close) {
            /* "{ OPTION: SET: MINIMUM WORDS = 4  *\/" — an unclosed option */
            const char *in = p + i + 1;
            size_t inn = n - i - 1;
            trim(&in, &inn);
            if (inn >= 7 && strncasecmp(in, "OPTION:", 7) == 0) {
                const char *o = in + 7;
                size_t on = inn - 7;
                trim(&o, &on);
                add_option(c, o, on);
            }
            break;
        }
        const char *in = p + i + 1;
        size_t inn = (size_t)(close - in);
        int minus = i > 0 && p[i - 1] == '-';
        i = (size_t)(close - p);
        trim(&in, &inn);
        if (inn >= 7 && strncasecmp(in, "OPTION:", 7) == 0) {
            const char *o = in + 7;
            size_t on = inn - 7;
            trim(&o, &on);
            add_option(c, o, on);
            continue;
        }
        if (minus) { c->partial = 1; stop = 1; }
        if (stop) continue;
        c->checked = 1;
        char flat[64];
        size_t fl = 0;
        for (size_t k = 0; k < inn && fl + 1 < sizeof flat; k++)
            if (!isspace((unsigned char)in[k])) flat[fl++] = in[k];
        flat[fl] = 0;
        if (!strcmp(flat, "+++")) { c->kind = DY_EXPECT_COMPLEX; continue; }
        if (!strcmp(flat, "###")) { c->kind = DY_EXPECT_DISCARD; continue; }
        if (!strcmp(flat, "---")) { c->kind = DY_EXPECT_NONE; continue; }
        const char *s1 = memchr(in, '/', inn);
        const char *s2 = s1 ? memchr(s1 + 1, '/', inn - (size_t)(s1 + 1 - in)) : NULL;
        if (!s1 || !s2) continue;
        const char *a = in, *b = s1 + 1, *e = s2 + 1;
        size_t an = (size_t)(s1 - in), bn = (size_t)(s2 - b), en = inn - (size_t)(e - in);
        trim(&a, &an); trim(&b, &bn); trim(&e, &en);
        add_expect(c, a, an, b, bn, e, en);
    }
}

dyad_status dy_suite_read_tabari(dy_suite *s, const char *text, size_t len, dy_diag *diag)
{
    (void)diag;
    s->petrarch = 0;
    size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* a BOM would hide the first header */
    long line = 0;
    dy_case *cur = NULL;
    int in_comment = 0, standard = 1;
    dy_buf tb = DY_BUF_INIT, cb = DY_BUF_INIT;
#define FINISH()                                                                 \
    do {                                                                         \
        if (cur) {                                                               \
            cur->text = dy_strndup(dy_buf_str(&tb), tb.len);                     \
            parse_comment(cur, dy_buf_str(&cb), cb.len);                         \
            if (strcasestr(cur->text, "this is the end of the standard validation records")) \
                standard = 0;                                                    \
            cur->standard = standard;                                            \
        }                                                                        \
        dy_buf_reset(&tb);                                                       \
        dy_buf_reset(&cb);                                                       \
        cur = NULL;                                                              \
    } while (0)
    while (i < len) {
        const char *p = text + i;
        const char *nl = memchr(p, '\n', len - i);
        size_t n = nl ? (size_t)(nl - p) : len - i;
        i += n + (nl ? 1 : 0);
        line++;
        if (n && p[n - 1] == '\r') n--;
        if (in_comment) {
            const char *end = NULL;
            for (size_t k = 0; k + 1 < n; k++)
                if (p[k] == '*' && p[k + 1] == '/') { end = p + k; break; }
            dy_buf_add(&cb, p, end ? (size_t)(end - p) : n);
            dy_buf_addc(&cb, '\n');
            if (end) in_comment = 0;
            continue;
        }
        if (is_header(p, n)) {
            FINISH();
            cur = new_case(s);
            cur->line = line;
            int yy = (p[0] - '0') * 10 + (p[1] - '0');
            snprintf(cur->date, sizeof cur->date, "%04d-%.2s-%.2s", yy <= 30 ? 2000 + yy : 1900 + yy, p + 2, p + 4);
            const char *id = p + 6;
            size_t idn = n - 6;
            trim(&id, &idn);
            size_t k = 0;
            while (k < idn && !isspace((unsigned char)id[k])) k++;
            snprintf(cur->id, sizeof cur->id, "%.*s", (int)k, id);
            const char *dash = memchr(cur->id, '-', strlen(cur->id));
            snprintf(cur->category, sizeof cur->category, "%.*s", (int)(dash ? dash - cur->id : (long)strlen(cur->id)), cur->id);
            continue;
        }
        if (!cur) continue;
        /* text, possibly with a comment starting on the line */
        const char *open = NULL;
        for (size_t k = 0; k + 1 < n; k++)
            if (p[k] == '/' && p[k + 1] == '*') { open = p + k; break; }
        if (!open) {
            if (cb.len == 0) { dy_buf_add(&tb, p, n); dy_buf_addc(&tb, '\n'); }
            continue;
        }
        dy_buf_add(&tb, p, (size_t)(open - p));
        dy_buf_addc(&tb, '\n');
        const char *rest = open + 2;
        size_t rn = n - (size_t)(rest - p);
        const char *end = NULL;
        for (size_t k = 0; k + 1 < rn; k++)
            if (rest[k] == '*' && rest[k + 1] == '/') { end = rest + k; break; }
        dy_buf_add(&cb, rest, end ? (size_t)(end - rest) : rn);
        dy_buf_addc(&cb, '\n');
        if (!end) in_comment = 1;
    }
    FINISH();
#undef FINISH
    dy_buf_release(&tb);
    dy_buf_release(&cb);
    return DYAD_OK;
}

/* ---------------------------------------------------------------- PETRARCH */

/* Value of attribute `name` inside a tag [p, end); quotes " or '. */
static int attr(const char *p, const char *end, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    for (const char *q = p; q + nl < end; q++) {
        if (strncasecmp(q, name, nl) != 0 || (q > p && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))) continue;
        const char *r = q + nl;
        while (r < end && isspace((unsigned char)*r)) r++;
        if (r >= end || *r != '=') continue;
        r++;
        while (r < end && isspace((unsigned char)*r)) r++;
        if (r >= end || (*r != '"' && *r != '\'')) continue;
        char quote = *r++;
        const char *e = memchr(r, quote, (size_t)(end - r));
        if (!e) return 0;
        size_t n = (size_t)(e - r);
        /* '"ABC"' — the suite sometimes nests quotes */
        if (n >= 2 && (r[0] == '"' || r[0] == '\'') && (r[n - 1] == '"' || r[n - 1] == '\'')) { r++; n -= 2; }
        snprintf(out, cap, "%.*s", (int)(n < cap ? n : cap - 1), r);
        return 1;
    }
    return 0;
}

static void xml_unescape(dy_buf *b, const char *p, size_t n)
{
    static const struct { const char *e; char c; } ents[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '&') {
            int done = 0;
            for (size_t k = 0; k < DY_ARRAY_LEN(ents); k++) {
                size_t el = strlen(ents[k].e);
                if (i + el <= n && strncmp(p + i, ents[k].e, el) == 0) {
                    dy_buf_addc(b, ents[k].c);
                    i += el - 1;
                    done = 1;
                    break;
                }
            }
            if (done) continue;
        }
        dy_buf_addc(b, p[i]);
    }
}

static const char *skip_comment(const char *p, const char *end)
{
    if (end - p >= 4 && strncmp(p, "<!--", 4) == 0) {
        const char *e = strstr(p + 4, "-->");
        return e && e < end ? e + 3 : end;
    }
    return NULL;
}

dyad_status dy_suite_read_petr(dy_suite *s, const char *text, size_t len, dy_diag *diag)
{
    (void)diag;
    s->petrarch = 1;
    const char *p = text, *end = text + len;
    char **pending = NULL;
    size_t npending = 0;
    dy_case *cur = NULL;
    long line = 1;
    const char *linepos = text;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) break;
        p = lt;
        const char *after = skip_comment(p, end);
        if (after) { p = after; continue; }
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) break;
        while (linepos < p) { if (*linepos == '\n') line++; linepos++; }
        size_t tn = (size_t)(gt - p);
        if (tn > 9 && strncmp(p, "<Sentence", 9) == 0 && isspace((unsigned char)p[9])) {
            cur = new_case(s);
            cur->line = line;
            char v[128];
            if (attr(p, gt, "id", v, sizeof v)) snprintf(cur->id, sizeof cur->id, "%.95s", v);
            if (attr(p, gt, "category", v, sizeof v)) snprintf(cur->category, sizeof cur->category, "%.31s", v);
            if (attr(p, gt, "date", v, sizeof v) && strlen(v) == 8)
                snprintf(cur->date, sizeof cur->date, "%.4s-%.2s-%.2s", v, v + 4, v + 6);
            int valid = 0;
            if (attr(p, gt, "valid", v, sizeof v) && !strcasecmp(v, "true")) valid = 1;
            if (attr(p, gt, "sentence", v, sizeof v) && !strcasecmp(v, "true")) valid = 1;
            cur->standard = valid;
            cur->options = pending;
            cur->nopt = npending;
            pending = NULL;
            npending = 0;
        } else if (tn > 12 && strncmp(p, "<EventCoding", 12) == 0 && cur) {
            char src[64] = "", tgt[64] = "", code[16] = "", v[64];
            cur->checked = 1;
            if (attr(p, gt, "noevents", v, sizeof v) && !strcasecmp(v, "true")) cur->kind = DY_EXPECT_NONE;
            else if (attr(p, gt, "error", v, sizeof v)) cur->kind = DY_EXPECT_NONE;
            else if (attr(p, gt, "eventcode", code, sizeof code)) {
                attr(p, gt, "sourcecode", src, sizeof src);
                attr(p, gt, "targetcode", tgt, sizeof tgt);
                add_expect(cur, src, strlen(src), tgt, strlen(tgt), code, strlen(code));
            }
        } else if (tn >= 5 && strncmp(p, "<Text", 5) == 0 && cur) {
            const char *close = strstr(gt, "</Text>");
            if (!close || close > end) close = end;
            dy_buf b = DY_BUF_INIT;
            xml_unescape(&b, gt + 1, (size_t)(close - gt - 1));
            dy_free(cur->text);
            cur->text = dy_strndup(dy_buf_str(&b), b.len);
            dy_buf_release(&b);
            p = close;
            continue;
        } else if (tn >= 6 && strncmp(p, "<Parse", 6) == 0) {
            /* never read: dyad codes from the text */
            const char *close = strstr(gt, "</Parse>");
            /* unclosed: the rest is the parse (going on after the tag made
             * each of many "<Parse>" tags scan to the end: quadratic) */
            p = close && close < end ? close : end;
            continue;
        } else if (tn > 7 && strncmp(p, "<Config", 7) == 0) {
            char opt[64], val[64];
            if (attr(p, gt, "option", opt, sizeof opt) && attr(p, gt, "value", val, sizeof val)) {
                char line2[160];
                snprintf(line2, sizeof line2, "petr:%s=%s", opt, val);
                pending = dy_reallocarray(pending, npending + 1, sizeof *pending);
                pending[npending++] = dy_strdup(line2);
            }
        } else if (tn > 1 && p[1] != '/' && s->nenv < DY_ARRAY_LEN(s->env_files)) {
            static const struct { const char *tag; int kind; } env[] = {
                {"<Verbfile>", DY_FILE_VERBS_BLOCK}, {"<Actorfile>", DY_FILE_ACTORS},
                {"<Agentfile>", DY_FILE_AGENTS}, {"<Discardfile>", DY_FILE_DISCARDS},
                {"<Issuefile>", DY_FILE_ISSUES},
            };
            for (size_t k = 0; k < DY_ARRAY_LEN(env); k++) {
                size_t kl = strlen(env[k].tag);
                if (strncmp(p, env[k].tag, kl) != 0) continue;
                const char *close = memchr(p + kl, '<', (size_t)(end - p - (long)kl));
                if (!close) break;
                const char *v = p + kl;
                size_t vn = (size_t)(close - v);
                trim(&v, &vn);
                s->env_files[s->nenv] = dy_strndup(v, vn);
                s->env_kinds[s->nenv] = env[k].kind;
                s->nenv++;
                break;
            }
        }
        p = gt + 1;
    }
    for (size_t k = 0; k < npending; k++) dy_free(pending[k]);
    dy_free(pending);
    for (size_t i = 0; i < s->n; i++)
        if (!s->cases[i].text) s->cases[i].text = dy_strdup("");
    return DYAD_OK;
}
