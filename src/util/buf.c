/* buf.c — growable byte buffer; see buf.h. */
#include "util/buf.h"
#include "util/mem.h"

#include <stdio.h>
#include <string.h>

void dy_buf_reserve(dy_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t nc = b->cap ? b->cap + b->cap / 2 : 64;
    if (nc < need) nc = need;
    b->data = dy_realloc(b->data, nc);
    b->cap = nc;
}

void dy_buf_add(dy_buf *b, const void *p, size_t n)
{
    dy_buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void dy_buf_adds(dy_buf *b, const char *s) { dy_buf_add(b, s, strlen(s)); }

void dy_buf_addc(dy_buf *b, char c)
{
    dy_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void dy_buf_vprintf(dy_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    dy_buf_reserve(b, 64);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    if (n >= 0 && (size_t)n >= b->cap - b->len) {
        dy_buf_reserve(b, (size_t)n);
        n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
    }
    va_end(ap2);
    if (n > 0) b->len += (size_t)n;
}

void dy_buf_printf(dy_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dy_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    dy_buf_reserve(b, n + 2);
    dy_buf_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) { run++; continue; }
        dy_buf_add(b, s + i - run, run);
        run = 0;
        switch (c) {
        case '"': dy_buf_add(b, "\\\"", 2); break;
        case '\\': dy_buf_add(b, "\\\\", 2); break;
        case '\n': dy_buf_add(b, "\\n", 2); break;
        case '\r': dy_buf_add(b, "\\r", 2); break;
        case '\t': dy_buf_add(b, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            dy_buf_add(b, e, 6);
        }
        }
    }
    dy_buf_add(b, s + n - run, run);
    dy_buf_addc(b, '"');
}

void dy_buf_reset(dy_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = 0;
}

void dy_buf_release(dy_buf *b)
{
    dy_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
