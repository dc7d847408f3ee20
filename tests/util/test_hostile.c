/* test_hostile.c — util stage regressions found by fuzzing (fuzz/RESULTS.md):
 * inputs that once broke an invariant, kept so they cannot come back. */
#include "dytest.h"
#include "util/buf.h"

/* fuzz_code: an id with invalid UTF-8 was copied into the JSON output as is,
 * so the output line was not valid JSON text (RFC 8259 requires UTF-8). The
 * JSON string writer now replaces each invalid byte with U+FFFD and keeps
 * valid multi-byte characters. */
static void test_json_str_invalid_utf8(void **state)
{
    (void)state;
    static const struct { const char *in; size_t n; const char *want; } cases[] = {
        {"\xff\xfe\"\x01", 4, "\"\xEF\xBF\xBD\xEF\xBF\xBD\\\"\\u0001\""},
        {"caf\xc3\xa9", 5, "\"caf\xc3\xa9\""},                               /* valid: kept */
        {"\xc3", 1, "\"\xEF\xBF\xBD\""},                                     /* cut short */
        {"a\xc0\xaf" "b", 4, "\"a\xEF\xBF\xBD\xEF\xBF\xBD" "b\""},          /* overlong '/' */
        {"\xed\xa0\x80", 3, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},    /* surrogate */
        {"\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\""},                     /* emoji: kept */
        {"\xf4\x90\x80\x80", 4, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""}, /* > U+10FFFF */
        {"x\0y", 3, "\"x\\u0000y\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_buf b = DY_BUF_INIT;
        dy_buf_add_json_str(&b, cases[i].in, cases[i].n);
        if (strcmp(dy_buf_str(&b), cases[i].want) != 0) fail_msg("util-h1.%zu: got %s want %s", i, b.data, cases[i].want);
        dy_buf_release(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_str_invalid_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
