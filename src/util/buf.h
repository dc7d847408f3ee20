/* buf.h — growable byte buffer (git's strbuf, Redis's sds, in miniature).
 *
 * Invariant: b->data is NUL-terminated whenever b->data != NULL, and
 * b->len never counts that NUL. dy_buf_reset() keeps the allocation. */
#ifndef DY_BUF_H
#define DY_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include "util/check.h"

typedef struct dy_buf {
    char *data;  /* NUL-terminated bytes, or NULL before the first write */
    size_t len;  /* bytes used, excluding the NUL */
    size_t cap;  /* bytes allocated */
} dy_buf;

#define DY_BUF_INIT {NULL, 0, 0}

void dy_buf_reserve(dy_buf *b, size_t extra);
void dy_buf_add(dy_buf *b, const void *p, size_t n);
void dy_buf_adds(dy_buf *b, const char *s);
void dy_buf_addc(dy_buf *b, char c);
void dy_buf_printf(dy_buf *b, const char *fmt, ...) DY_PRINTF(2, 3);
void dy_buf_vprintf(dy_buf *b, const char *fmt, va_list ap);
/* Append s as a JSON string literal (quotes included), escaping as needed. */
void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n);
void dy_buf_reset(dy_buf *b);
void dy_buf_release(dy_buf *b);
static inline const char *dy_buf_str(const dy_buf *b) { return b->data ? b->data : ""; }

#endif
