/* fuzz_common.h — helpers shared by the libFuzzer targets in fuzz/.
 *
 * The targets feed outside data (JSON Lines, text, dictionaries, validation
 * suites) to dyad's parsers. Besides the sanitizers' own checks (memory
 * errors, undefined behaviour, leaks), each target asserts properties the
 * rest of dyad relies on: diagnostics carry a file, a line and a reason;
 * normalised text is valid UTF-8; every JSON line dyad writes parses as
 * strict JSON. A failed property aborts, so libFuzzer saves the input.
 * Harness state (a context loaded once, a temporary folder) lives in
 * static variables here: that is the harness, not the library. */
#ifndef DY_FUZZ_COMMON_H
#define DY_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "dyad.h"

#define FUZZ_CHECK(cond, ...)                                                     \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "fuzz check failed at %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                         \
            fputc('\n', stderr);                                                  \
            abort();                                                              \
        }                                                                         \
    } while (0)

/* Is s[0..n) valid UTF-8 (no overlongs, surrogates or values > U+10FFFF)? */
static inline int fuzz_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t len;
        unsigned v, min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
        else return 0;
        if (i + len > n) return 0;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return 0;
            v = (v << 6) | (p[i + k] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
        i += len;
    }
    return 1;
}

/* Every line of buf[0..n) must be one strict JSON object in valid UTF-8. */
static inline void fuzz_check_json_lines(const char *buf, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(buf + i, '\n', n - i);
        FUZZ_CHECK(nl != NULL, "output does not end in a newline");
        size_t len = (size_t)(nl - (buf + i));
        FUZZ_CHECK(fuzz_utf8_valid(buf + i, len), "output line is not valid UTF-8: %.*s", (int)(len < 300 ? len : 300), buf + i);
        struct json_tokener *tok = json_tokener_new_ex(64);
        json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
        json_object *o = json_tokener_parse_ex(tok, buf + i, (int)len);
        enum json_tokener_error je = json_tokener_get_error(tok);
        FUZZ_CHECK(o && je == json_tokener_success && (size_t)json_tokener_get_parse_end(tok) == len &&
                       json_object_is_type(o, json_type_object),
                   "output line is not one JSON object (%s): %.*s", json_tokener_error_desc(je),
                   (int)(len < 300 ? len : 300), buf + i);
        json_object_put(o);
        json_tokener_free(tok);
        i += len + 1;
    }
}

/* A diagnostic must say where (file and, unless it is a note about the
 * whole file, a 1-based line) and why. */
static inline void fuzz_check_diag(void *ud, const dyad_error *e)
{
    (void)ud;
    FUZZ_CHECK(e->file[0] != 0, "diagnostic without a file: %s", e->message);
    FUZZ_CHECK(e->message[0] != 0, "diagnostic without a reason at %s:%ld", e->file, e->line);
    if (e->severity == DYAD_SEV_NOTE) return;
    FUZZ_CHECK(e->line >= 1, "diagnostic without a line: %s: %s", e->file, e->message);
    FUZZ_CHECK(e->code != DYAD_OK, "diagnostic with status ok: %s", e->message);
}

#endif
