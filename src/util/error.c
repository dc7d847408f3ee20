/* error.c — status names and dyad_error helpers; see error.h. */
#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ORDER STATUS: one entry per dyad_status, same order as in dyad.h. */
static const char *const status_names[] = {
    "ok",
    "out of memory",
    "input/output error",
    "invalid argument",
    "invalid JSON",
    "invalid record",
    "invalid date",
    "too long",
    "empty text",
    "invalid UTF-8",
    "dictionary syntax error",
    "unknown dictionary format",
    "unusable compiled dictionary",
    "malformed validation suite",
};
_Static_assert(DY_ARRAY_LEN(status_names) == DYAD_STATUS_COUNT, "status_names out of step with dyad_status");

const char *dyad_status_name(dyad_status s)
{
    if ((unsigned)s >= DYAD_STATUS_COUNT) return "unknown error";
    return status_names[s];
}

void dy_error_clear(dyad_error *e)
{
    if (!e) return;
    memset(e, 0, sizeof *e);
    e->offset = -1;
}

dyad_status dy_error_set(dyad_error *e, dyad_status code, const char *fmt, ...)
{
    if (!e) return code;
    e->code = code;
    e->severity = DYAD_SEV_ERROR;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return code;
}

void dy_error_where(dyad_error *e, const char *file, long line, long column)
{
    if (!e) return;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line;
    e->column = column;
}

void dy_error_context(dyad_error *e, const char *s, size_t n)
{
    if (!e || !s) return;
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    if (n >= sizeof e->context) n = sizeof e->context - 1;
    memcpy(e->context, s, n);
    e->context[n] = 0;
}

void dy_diag_report(dy_diag *d, dyad_status code, dyad_severity sev, long line,
                    const char *ctx, size_t ctx_len, const char *fmt, ...)
{
    if (!d) return;
    d->count++;
    if (!d->fn) return;
    dyad_error e;
    dy_error_clear(&e);
    e.code = code;
    e.severity = sev;
    dy_error_where(&e, d->file, line, 0);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    if (ctx) dy_error_context(&e, ctx, ctx_len);
    d->fn(d->ud, &e);
}
