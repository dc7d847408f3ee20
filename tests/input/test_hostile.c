/* test_hostile.c — input regressions found by fuzzing (fuzz/RESULTS.md):
 * stream shapes that once broke a promise of the reader. */
#include "dytest.h"
#include "input/input.h"

/* fuzz_input (corpus regress-line-limit): the line limit was only checked
 * when the line buffer grew, so with a 100-byte limit a 206-byte line was
 * accepted (and with --max-record-mb 8 a line of up to 16 MiB). The limit
 * is now exact: a line longer than the limit, not counting "\n" or "\r\n",
 * is rejected with its line number, and the next line is read normally. */
static void test_exact_line_limit(void **state)
{
    (void)state;
    /* lines of 16, 17, 16 + "\r", 17 + "\r" bytes, then 15 */
    static const char data[] =
        "{\"text\":\"abcde\"}\n"
        "{\"text\":\"abcdef\"}\n"
        "{\"text\":\"abcde\"}\r\n"
        "{\"text\":\"abcdef\"}\r\n"
        "{\"text\":\"abcd\"}";
    FILE *f = fmemopen((void *)data, sizeof data - 1, "r");
    assert_non_null(f);
    dy_reader r;
    dy_reader_init(&r, f, "mem", DY_IN_JSONL, 16, NULL);
    static const int want[] = {1, -1, 1, -1, 1};
    dyad_input in;
    dyad_error err;
    for (size_t i = 0; i < 5; i++) {
        int k = dy_reader_next(&r, &in, &err);
        if (k != want[i]) fail_msg("input-h1.%zu: got %d want %d", i, k, want[i]);
        assert_int_equal(r.line, (long)i + 1);
        if (k < 0) {
            assert_int_equal(err.code, DYAD_ERR_TOO_LONG);
            assert_int_equal(err.line, (long)i + 1);
            assert_string_equal(err.message, "line is longer than the record limit of 16 bytes");
        }
    }
    assert_int_equal(dy_reader_next(&r, &in, &err), 0);
    assert_int_equal(r.record, 5);
    dy_reader_release(&r);
    fclose(f);
}

/* Text mode: a file over the limit is one rejected record. */
static void test_text_limit(void **state)
{
    (void)state;
    static const char data[] = "0123456789abcdefX";
    FILE *f = fmemopen((void *)data, sizeof data - 1, "r");
    dy_reader r;
    dy_reader_init(&r, f, "big.txt", DY_IN_TEXT, 16, NULL);
    dyad_input in;
    dyad_error err;
    assert_int_equal(dy_reader_next(&r, &in, &err), -1);
    assert_int_equal(err.code, DYAD_ERR_TOO_LONG);
    assert_string_equal(err.message, "text is longer than the record limit of 16 bytes");
    assert_int_equal(dy_reader_next(&r, &in, &err), 0);
    dy_reader_release(&r);
    fclose(f);
}

/* Top-level JSON values that are not objects: json-c only ends a number or
 * a literal at the end of its input, so "1" and "null" were reported as
 * "invalid JSON: unexpected end of line" (and a finished null as "invalid
 * JSON: success"). They are valid JSON, just not records. A BOM is dropped
 * at the start of any line (concatenated files keep theirs). */
static void test_scalars_and_bom(void **state)
{
    (void)state;
    static const char data[] =
        "null\n1\n-2.5e3\ntrue\n\"str\"\n[1]\n"
        "tru\n{\"a\":\n1 2\n"
        "\xEF\xBB\xBF{\"id\":\"bom\",\"text\":\"x\"}\n";
    static const char *const want[] = {
        "record is not a JSON object", "record is not a JSON object", "record is not a JSON object",
        "record is not a JSON object", "record is not a JSON object", "record is not a JSON object",
        "invalid JSON: unexpected end of line", "invalid JSON: unexpected end of line",
        "invalid JSON: text after the object", NULL,
    };
    FILE *f = fmemopen((void *)data, sizeof data - 1, "r");
    dy_reader r;
    dy_reader_init(&r, f, "mem", DY_IN_JSONL, 1 << 20, NULL);
    dyad_input in;
    dyad_error err;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int k = dy_reader_next(&r, &in, &err);
        if (!want[i]) {
            assert_int_equal(k, 1);
            assert_string_equal(in.id, "bom");
            continue;
        }
        if (k != -1 || strcmp(err.message, want[i]) != 0)
            fail_msg("input-h3.%zu: got %d '%s', want '%s'", i, k, k < 0 ? err.message : "", want[i]);
    }
    assert_int_equal(dy_reader_next(&r, &in, &err), 0);
    dy_reader_release(&r);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_line_limit),
        cmocka_unit_test(test_text_limit),
        cmocka_unit_test(test_scalars_and_bom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
