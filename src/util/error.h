/* error.h — filling dyad_error records (internal helpers).
 *
 * dy_error_set() fills an optional out-parameter: given NULL it does nothing,
 * so callers can always write `return dy_error_set(err, ...)`, git's
 * report-and-propagate idiom. */
#ifndef DY_ERROR_H
#define DY_ERROR_H

#include "dyad.h"
#include "util/check.h"

void dy_error_clear(dyad_error *e);
/* Fill e (if not NULL) with code, severity ERROR, and a formatted message;
 * returns code. Location fields are left as dy_error_clear() set them. */
dyad_status dy_error_set(dyad_error *e, dyad_status code, const char *fmt, ...) DY_PRINTF(3, 4);
void dy_error_where(dyad_error *e, const char *file, long line, long column);
void dy_error_context(dyad_error *e, const char *s, size_t n);

/* A diagnostic sink: a callback plus the file being read. */
typedef struct dy_diag {
    dyad_diag_fn fn;
    void *ud;
    const char *file;
    size_t count;       /* diagnostics reported */
} dy_diag;

/* Report a problem at file:line with the offending line as context. */
void dy_diag_report(dy_diag *d, dyad_status code, dyad_severity sev, long line,
                    const char *ctx, size_t ctx_len, const char *fmt, ...) DY_PRINTF(7, 8);

#endif
