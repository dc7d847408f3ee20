/* normalize.c — text stage, step 1: repair and normalise UTF-8.
 *
 * Web-scraped news arrives with invalid bytes, NULs, BOMs, CRLF, non-breaking
 * spaces and decomposed accents. Every later stage assumes valid NFC UTF-8
 * with plain spaces and LF line ends, so this is the one place that deals
 * with all of that, in one linear pass plus an NFC pass when needed.
 *
 * The NFC pass sorts each run of combining marks, in time quadratic in the
 * run's length (utf8proc sorts with insertion), so a letter followed by
 * 100,000 accents took 19 s. As Unicode's Stream-Safe Text Format (UAX #15)
 * prescribes, a run of more than 30 non-starters gets a COMBINING GRAPHEME
 * JOINER (U+034F, a starter) after every 30th, which bounds every run.
 *
 * NFC runs only over the stretches that need it: an ASCII character is a
 * starter that NFC never changes and never composes with what comes before
 * it, so the text splits before every ASCII character into pieces that
 * normalise independently. Each run of non-ASCII bytes, with the ASCII
 * character just before it (a base that may take combining marks), goes
 * through utf8proc; the ASCII in between is copied. A news text with a few
 * curly quotes no longer pays for NFC over all of its bytes. */
#include "text/text.h"
#include "util/mem.h"

#include <string.h>
#include <stdint.h>
#include <utf8proc.h>

/* Decode one code point; returns length, or -1 for an invalid sequence
 * (overlong, surrogate, > U+10FFFF, truncated). */
static int decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return -1;
    if ((size_t)len > n) return -1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return -1;
    *cp = v;
    return len;
}

int dy_utf8_decode(const char *p, size_t n, int32_t *cp)
{
    int k = decode((const unsigned char *)p, n, cp);
    if (k < 0) { *cp = 0xFFFD; return 1; }
    return k;
}

static size_t put(char *d, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)d);
}

static int is_unicode_space(int32_t cp)
{
    switch (cp) {
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x202F: case 0x205F: case 0x3000: case 0x0085:
        return 1;
    }
    return 0;
}

static int is_dropped(int32_t cp)
{
    /* soft hyphen, zero-width space/joiners, word joiner, BOM inside text */
    return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
           cp == 0x2060 || cp == 0xFEFF;
}

#define MAX_NONSTARTERS 30 /* UAX #15 stream-safe limit */

/* NFC of the valid UTF-8 text *pd (n bytes, NUL-terminated, in arena a),
 * piece by piece (see the top of this file), as utf8proc_map(...,
 * UTF8PROC_STABLE | UTF8PROC_COMPOSE) would give it for the whole text.
 * The result replaces *pd in place when it is no longer, else it is a new
 * arena string; returns its length. */
static size_t nfc_pieces(dy_arena *a, char **pd, size_t n)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    const char *d = *pd;
    char *out = NULL;
    size_t on = 0, ocap = 0;
    utf8proc_int32_t *cps = NULL;
    size_t ccap = 0;
    size_t pos = 0;
    for (;;) {
        size_t j = pos;
        while (j < n && (unsigned char)d[j] < 0x80) j++;
        size_t start = j < n && j > 0 ? j - 1 : j; /* the ASCII base before the run */
        size_t k = j;
        while (k < n && (unsigned char)d[k] >= 0x80) k++;
        /* room for the ASCII before the piece, and 4 bytes per code point of it */
        size_t need = on + (start - pos) + 4 * (k - start) + 1;
        if (need > ocap) {
            ocap = need > 2 * ocap ? need : 2 * ocap;
            out = dy_realloc(out, ocap);
        }
        memcpy(out + on, d + pos, start - pos);
        on += start - pos;
        if (start == n) break;
        /* utf8proc_map's own steps: decompose (in canonical order), then compose and encode */
        utf8proc_ssize_t m = utf8proc_decompose((const utf8proc_uint8_t *)d + start, (utf8proc_ssize_t)(k - start),
                                                cps, (utf8proc_ssize_t)ccap, opt);
        if (m >= 0 && (size_t)m > ccap) {
            ccap = (size_t)m;
            cps = dy_reallocarray(cps, ccap + 1, sizeof *cps);
            m = utf8proc_decompose((const utf8proc_uint8_t *)d + start, (utf8proc_ssize_t)(k - start), cps,
                                   (utf8proc_ssize_t)ccap, opt);
        }
        if (m >= 0) m = utf8proc_reencode(cps, m, opt);
        if (m >= 0 && on + (size_t)m + 1 > ocap) {
            ocap = on + (size_t)m + 1;
            out = dy_realloc(out, ocap);
        }
        if (m >= 0) {
            memcpy(out + on, cps, (size_t)m);
            on += (size_t)m;
        } else { /* only on OOM: the piece stays as it is */
            memcpy(out + on, d + start, k - start);
            on += k - start;
        }
        pos = k;
    }
    if (on <= n) { memcpy(*pd, out, on); (*pd)[on] = 0; }
    else *pd = dy_arena_strndup(a, out, on);
    dy_free(out);
    dy_free(cps);
    return on;
}


char *dy_text_normalize(dy_arena *a, const char *raw, size_t len, size_t *out_len, size_t *repairs)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t i = 0, nrep = 0;
    int nonascii = 0;
    unsigned run = 0; /* non-starters (combining class > 0) in a row */
    /* worst case: every byte becomes U+FFFD (3 bytes) */
    char *d = dy_arena_alloc(a, len * 3 + 1);
    size_t o = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;
    while (i < len) {
        /* fast path: eight printable ASCII bytes or line feeds at a time
         * (most news text). For a word of ASCII bytes (no high bit) each
         * test below is exact byte by byte: b + 0x60 reaches 0x80 iff
         * b >= 0x20, (b ^ x) + 0x7F iff b != x, and no carry crosses a byte. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            if (w & highs) break;
            uint64_t ctrl = ~(w + ones * 0x60) & highs;                 /* a byte < 0x20 */
            uint64_t lf = ~((w ^ (ones * '\n')) + ones * 0x7F) & highs;  /* '\n' (kept as it is) */
            uint64_t del = ~((w ^ (ones * 0x7F)) + ones * 0x7F) & highs; /* 0x7F */
            if ((ctrl & ~lf) | del) break;
            memcpy(d + o, &w, 8);
            o += 8;
            i += 8;
            run = 0;
        }
        if (i >= len) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            run = 0;
            if (c == '\r') {
                d[o++] = '\n';
                i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            if (c == '\t' || c == '\f' || c == '\v' || (c < 0x20 && c != '\n') || c == 0x7F)
                c = ' ';
            d[o++] = (char)c;
            i++;
            continue;
        }
        int32_t cp;
        int k = decode(s + i, len - i, &cp);
        if (k < 0) {
            nrep++;
            o += put(d + o, 0xFFFD);
            i++;
            run = 0;
            continue;
        }
        i += (size_t)k;
        if (is_dropped(cp)) continue;
        if (is_unicode_space(cp)) { d[o++] = ' '; run = 0; continue; }
        if (cp == 0x2028 || cp == 0x2029) { d[o++] = '\n'; run = 0; continue; }
        if (cp >= 0x80 && cp < 0xA0) { d[o++] = ' '; run = 0; continue; } /* C1 controls */
        nonascii = 1;
        if (utf8proc_get_property(cp)->combining_class == 0) run = 0;
        else if (++run > MAX_NONSTARTERS) {
            o += put(d + o, 0x034F); /* 2 bytes; the mark itself is >= 2, so the 3x bound holds */
            run = 1;
        }
        o += put(d + o, cp);
    }
    d[o] = 0;
    if (nonascii) o = nfc_pieces(a, &d, o);
    if (out_len) *out_len = o;
    if (repairs) *repairs = nrep;
    return d;
}
