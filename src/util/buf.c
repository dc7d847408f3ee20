/* buf.c — growable byte buffer; see buf.h. */
#include "util/buf.h"
#include "util/mem.h"

#include <stdio.h>
#include <string.h>

void dy_buf_grow_(dy_buf *b, size_t need)
{
    size_t nc = b->cap ? b->cap + b->cap / 2 : 64;
    if (nc < need) nc = need;
    b->data = dy_realloc(b->data, nc);
    b->cap = nc;
}

void dy_buf_adds(dy_buf *b, const char *s) { dy_buf_add(b, s, strlen(s)); }

void dy_buf_add_u64(dy_buf *b, unsigned long long v)
{
    char tmp[24];
    size_t n = 0;
    do { tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10); v /= 10; } while (v);
    dy_buf_add(b, tmp + sizeof tmp - n, n);
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

/* Length of the valid UTF-8 sequence at s[0..n) (s[0] >= 0x80), or 0 if it
 * is invalid: overlong, a surrogate, above U+10FFFF, or cut short. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0], v, min;
    size_t len;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    return len;
}

void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    dy_buf_reserve(b, n + 2);
    dy_buf_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) {
            if (c < 0x80) { run++; continue; }
            size_t k = utf8_seq(u + i, n - i);
            if (k) { run += k; i += k - 1; continue; }
        }
        dy_buf_add(b, s + i - run, run);
        run = 0;
        switch (c) {
        case '"': dy_buf_add(b, "\\\"", 2); break;
        case '\\': dy_buf_add(b, "\\\\", 2); break;
        case '\n': dy_buf_add(b, "\\n", 2); break;
        case '\r': dy_buf_add(b, "\\r", 2); break;
        case '\t': dy_buf_add(b, "\\t", 2); break;
        default:
            if (c >= 0x80) {
                /* invalid UTF-8 (ids and fields are copied as given): U+FFFD */
                dy_buf_add(b, "\xEF\xBF\xBD", 3);
            } else {
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
