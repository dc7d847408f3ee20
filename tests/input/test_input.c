/* test_input.c — JSON Lines reader: every line yields a record or an error
 * with its line number and reason; hostile lines never stop the stream. */
#include "dytest.h"
#include "input/input.h"

/* input-1.x: a stream mixing good and bad records */
static void test_stream(void **state)
{
    (void)state;
    static const char data[] =
        "\xEF\xBB\xBF{\"id\":\"a\",\"date\":\"2019-10-03\",\"text\":\"one\"}\r\n"   /* BOM, CRLF */
        "\n"                                                                       /* blank: not a record */
        "{\"id\":\"b\",\"text\":\n"                                                /* truncated */
        "{\"id\":7,\"text\":\"two\",\"title\":\"t\"}\n"                            /* integer id */
        "{\"id\":\"c\",\"text\":[1]}\n"                                            /* wrong type */
        "{\"id\":\"d\"}\n"                                                         /* no text */
        "[1,2]\n"                                                                  /* not an object */
        "{\"id\":\"e\",\"text\":\"x\"} trailing\n"                                 /* text after */
        "{\"id\":\"f\",\"text\":\"dup\",\"text\":\"last\"}\n"                      /* duplicate key: last wins */
        "{\"id\":\"g\",\"date\":20191003,\"text\":\"x\"}\n"                        /* date not a string */
        "{\"id\":123456789012345678901234567890,\"text\":\"big\"}\n";              /* huge number id */
    FILE *f = fmemopen((void *)data, sizeof data - 1, "r");
    assert_non_null(f);
    dy_reader r;
    dy_reader_init(&r, f, "mem", DY_IN_JSONL, 1 << 20, NULL);
    static const struct { int ok; long line; const char *id; const char *reason; } want[] = {
        {1, 1, "a", NULL},
        {0, 3, "", "invalid JSON"},
        {1, 4, "7", NULL},
        {0, 5, "c", "'text' must be a string"},
        {0, 6, "d", "record has no 'text'"},
        {0, 7, "", "not a JSON object"},
        {0, 8, "", "text after the object"},
        {1, 9, "f", NULL},
        {0, 10, "g", "'date' must be a string"},
        {0, 11, "", "'id' must be a string or a 64-bit integer"},
    };
    dyad_input in;
    dyad_error err;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int k = dy_reader_next(&r, &in, &err);
        if (k != (want[i].ok ? 1 : -1)) fail_msg("input-1.%zu: got %d (%s)", i, k, err.message);
        if (want[i].ok) {
            assert_int_equal(r.line, want[i].line);
            assert_string_equal(in.id, want[i].id);
        } else {
            assert_int_equal(err.line, want[i].line);
            if (!strstr(err.message, want[i].reason)) fail_msg("input-1.%zu: reason '%s'", i, err.message);
            assert_string_equal(err.file, "mem");
        }
        if (i == 7) assert_string_equal(in.text, "last");
    }
    assert_int_equal(dy_reader_next(&r, &in, &err), 0);
    assert_int_equal(r.record, 10);
    dy_reader_release(&r);
    fclose(f);
}

/* input-2.x: an over-long line is rejected unread and the next one works */
static void test_long_line(void **state)
{
    (void)state;
    size_t n = 3 << 20;
    char *big = malloc(n + 64);
    memset(big, 'a', n);
    memcpy(big, "{\"text\":\"", 9);
    strcpy(big + n, "\"}\n{\"text\":\"ok\"}\n");
    FILE *f = fmemopen(big, strlen(big), "r");
    dy_reader r;
    dy_reader_init(&r, f, "mem", DY_IN_JSONL, 1 << 20, NULL);
    dyad_input in;
    dyad_error err;
    assert_int_equal(dy_reader_next(&r, &in, &err), -1);
    assert_int_equal(err.code, DYAD_ERR_TOO_LONG);
    assert_int_equal(dy_reader_next(&r, &in, &err), 1);
    assert_string_equal(in.text, "ok");
    assert_int_equal(r.line, 2);
    dy_reader_release(&r);
    fclose(f);
    free(big);
}

/* input-3.x: plain text mode: one document, id from the file name */
static void test_text_mode(void **state)
{
    (void)state;
    static const char data[] = "Line one.\nLine two.\n";
    FILE *f = fmemopen((void *)data, sizeof data - 1, "r");
    dy_reader r;
    dy_reader_init(&r, f, "dir/story.txt", DY_IN_TEXT, 1 << 20, "2020-01-02");
    dyad_input in;
    dyad_error err;
    assert_int_equal(dy_reader_next(&r, &in, &err), 1);
    assert_string_equal(in.id, "story.txt");
    assert_string_equal(in.date, "2020-01-02");
    assert_int_equal(in.text_len, sizeof data - 1);
    assert_int_equal(dy_reader_next(&r, &in, &err), 0);
    dy_reader_release(&r);
    fclose(f);
}

/* input-2.x: records of the common shape are read without json-c; every
 * record must come out as json-c reads it. A numeric field ("n":1) sends a
 * record to json-c, so each line is read twice, as it is (fast path) and
 * with that field (json-c), by two parsers that see the same stream: the
 * records, their errors, and json-c's state carried from record to record
 * (a high surrogate left pending by a broken escape) must all agree. */
static void test_fast_path_is_jsonc(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "{\"id\":\"a\",\"date\":\"2019-10-03\",\"text\":\"plain\",\"title\":\"t\",\"url\":\"u\",\"publisher\":\"p\"}",
        "{ \"id\" : \"b\" ,\t\"text\":\"esc \\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u20AC\\uffff end\" }  ",
        "{\"id\":\"c\",\"text\":\"raw \xC3\xA9 \xFF bytes, a pair \\ud83d\\ude00\"}",
        "{\"id\":\"d\",\"other\":\"ignored\",\"text\":\"x\"}",
        "{\"id\":\"e\",\"text\":\"x\\ud83d\\u12\"}",       /* broken escape after a high surrogate */
        "{\"id\":\"f\",\"text\":\"after: \\u0041li\"}",   /* json-c still holds the surrogate */
        "{\"id\":\"g\",\"text\":\"lone \\ud800 high\"}",
        "{\"id\":\"h\",\"text\":\"\\u00e9t\\u00e9\"}",
        "{\"id\":\"i\",\"text\":\"dup\",\"text\":\"last\"}",
        "{\"id\":\"j\",\"title\":\"no text\"}",
        "{}",
        "{\"id\":\"k\",\"text\":\"bad \\x escape\"}",
        "{\"id\":\"m\",\"text\":\"\\u0000 nul\"}",
    };
    dy_recparser fast, jc;
    dy_recparser_init(&fast);
    dy_recparser_init(&jc);
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char forced[512];
        size_t n = strlen(lines[i]), k = n;
        while (k > 0 && lines[i][k - 1] != '}') k--;
        if (k == 0) k = n; /* no closing brace: broken either way */
        else k--;
        snprintf(forced, sizeof forced, "%.*s%s\"n\":1%s", (int)k, lines[i], k > 1 ? "," : "", lines[i] + k);
        dyad_input a, b;
        dyad_error ea, eb;
        int ra = dy_record_parse(&fast, lines[i], n, "f", (long)i + 1, (long long)i + 1, NULL, &a, &ea);
        int rb = dy_record_parse(&jc, forced, strlen(forced), "f", (long)i + 1, (long long)i + 1, NULL, &b, &eb);
        if (ra != rb) fail_msg("input-2.%zu: %d vs %d for %s", i, ra, rb, lines[i]);
        if (ra < 0) {
            if (strcmp(ea.message, eb.message) || strcmp(ea.id, eb.id))
                fail_msg("input-2.%zu: '%s' (id '%s') vs '%s' (id '%s')", i, ea.message, ea.id, eb.message, eb.id);
            continue;
        }
        assert_int_equal(a.text_len, b.text_len);
        assert_memory_equal(a.text, b.text, a.text_len);
        assert_int_equal(a.id_len, b.id_len);
        assert_memory_equal(a.id, b.id, a.id_len);
        assert_int_equal(a.date_len, b.date_len);
        assert_int_equal(a.title_len, b.title_len);
        assert_int_equal(a.publisher_len, b.publisher_len);
        assert_int_equal(a.url_len, b.url_len);
    }
    dy_recparser_release(&fast);
    dy_recparser_release(&jc);
}

/* input-3.x: a record decodes the same whatever came before it (json-c
 * keeps a pending high surrogate across json_tokener_reset: the parser
 * must not let it reach the next record), so -j N splits cannot change
 * the output. */
static void test_records_independent(void **state)
{
    (void)state;
    static const char *const before[] = {
        "{\"id\":\"e\",\"text\":\"x\\ud83d\\u12\",\"n\":1}",
        "{\"id\":\"g\",\"text\":\"lone \\ud800 high\"}",
        "{\"id\":\"c\",\"text\":\"x \\ud83d\\u0041 y\"}",
    };
    static const char *const after[] = {
        "{\"id\":\"f\",\"text\":\"after: \\u0041li\"}",
        "{\"id\":\"f\",\"text\":\"after: \\u0041li\",\"n\":1}",
    };
    for (size_t i = 0; i < sizeof before / sizeof *before; i++)
        for (size_t j = 0; j < sizeof after / sizeof *after; j++) {
            dy_recparser one, two;
            dy_recparser_init(&one);
            dy_recparser_init(&two);
            dyad_input a, b, x;
            dyad_error e;
            dy_record_parse(&one, before[i], strlen(before[i]), "f", 1, 1, NULL, &x, &e);
            int ra = dy_record_parse(&one, after[j], strlen(after[j]), "f", 2, 2, NULL, &a, &e);
            int rb = dy_record_parse(&two, after[j], strlen(after[j]), "f", 1, 1, NULL, &b, &e);
            if (ra != rb) fail_msg("input-3.%zu.%zu: %d vs %d", i, j, ra, rb);
            if (ra >= 0) {
                if (a.text_len != b.text_len || memcmp(a.text, b.text, a.text_len))
                    fail_msg("input-3.%zu.%zu: '%.*s' after '%s', '%.*s' alone", i, j, (int)a.text_len, a.text,
                             before[i], (int)b.text_len, b.text);
            }
            dy_recparser_release(&one);
            dy_recparser_release(&two);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stream), cmocka_unit_test(test_long_line), cmocka_unit_test(test_text_mode),
        cmocka_unit_test(test_fast_path_is_jsonc), cmocka_unit_test(test_records_independent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
