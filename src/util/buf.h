/* buf.h — growable byte buffer (git's strbuf, Redis's sds, in miniature).
 *
 * Invariant: b->data is NUL-terminated whenever b->data != NULL, and
 * b->len never counts that NUL. dy_buf_reset() keeps the allocation. */
#ifndef DY_BUF_H
#define DY_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include "util/check.h"

typedef struct dy_buf {
    char *data;  /* NUL-terminated bytes, or NULL before the first write */
    size_t len;  /* bytes used, excluding the NUL */
    size_t cap;  /* bytes allocated */
} dy_buf;

#define DY_BUF_INIT {NULL, 0, 0}

void dy_buf_grow_(dy_buf *b, size_t need);
static inline void dy_buf_reserve(dy_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) dy_buf_grow_(b, need);
}
static inline void dy_buf_add(dy_buf *b, const void *p, size_t n)
{
    dy_buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}
static inline void dy_buf_addc(dy_buf *b, char c)
{
    dy_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}
void dy_buf_adds(dy_buf *b, const char *s);
/* Append the decimal digits of v. */
void dy_buf_add_u64(dy_buf *b, unsigned long long v);
void dy_buf_printf(dy_buf *b, const char *fmt, ...) DY_PRINTF(2, 3);
void dy_buf_vprintf(dy_buf *b, const char *fmt, va_list ap);
/* Append s as a JSON string literal (quotes included), escaping as needed. */
void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n);
void dy_buf_reset(dy_buf *b);
void dy_buf_release(dy_buf *b);
static inline const char *dy_buf_str(const dy_buf *b) { return b->data ? b->data : ""; }

#endif
