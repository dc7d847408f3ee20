/* test_out.c — output stage: JSON escaping, TSV field hygiene, documents. */
#include "dytest.h"
#include "out/out.h"
#include <math.h>

/* out-1.x: JSON string escaping */
static void test_json_escape(void **state)
{
    (void)state;
    static const struct { const char *in; size_t n; const char *want; } cases[] = {
        {"plain", 5, "\"plain\""},
        {"q\"b\\", 4, "\"q\\\"b\\\\\""},
        {"a\nb\tc\r", 6, "\"a\\nb\\tc\\r\""},
        {"\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\""},
        {"caf\xC3\xA9", 5, "\"caf\xC3\xA9\""},
        {"nul\0x", 5, "\"nul\\u0000x\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_buf b = DY_BUF_INIT;
        dy_buf_add_json_str(&b, cases[i].in, cases[i].n);
        if (strcmp(dy_buf_str(&b), cases[i].want) != 0) fail_msg("out-1.%zu: %s", i, dy_buf_str(&b));
        dy_buf_release(&b);
    }
}

static dyad_doc one_event_doc(dyad_event *e)
{
    dyad_doc d;
    memset(&d, 0, sizeof d);
    memset(e, 0, sizeof *e);
    d.id.ptr = "d\t1";
    d.id.len = 3;
    strcpy(d.date, "2019-10-03");
    e->source = "KEN";
    e->target = NULL;
    e->code = "042";
    e->root = "04";
    e->quad = 1;
    e->goldstein = NAN;
    e->location = -1;
    e->source_text.ptr = "Kenya\nnow";
    e->source_text.len = 9;
    d.events = e;
    d.nevents = 1;
    return d;
}

/* out-2.x: an event line is valid, ordered JSON; TSV removes tabs/newlines */
static void test_event_formats(void **state)
{
    (void)state;
    dyad_event e;
    dyad_doc d = one_event_doc(&e);
    dy_buf b = DY_BUF_INIT;
    dy_out_events_jsonl(&b, &d);
    const char *s = dy_buf_str(&b);
    assert_non_null(strstr(s, "{\"doc_id\":\"d\\t1\",\"sentence\":0,\"date\":\"2019-10-03\",\"source\":\"KEN\",\"target\":null,"));
    assert_non_null(strstr(s, "\"goldstein\":null"));
    assert_non_null(strstr(s, "\"source_text\":\"Kenya\\nnow\""));
    assert_int_equal(s[b.len - 1], '\n');
    dy_buf_reset(&b);
    dy_out_events_tsv(&b, &d, NULL);
    s = dy_buf_str(&b);
    assert_int_equal(strncmp(s, "20191003\tKEN\t---\t042\t\td 1\t", 24), 0);
    assert_null(strchr(s, '\r'));
    int tabs = 0;
    for (const char *p = s; *p; p++) tabs += *p == '\t';
    assert_int_equal(tabs, 14);
    dy_buf_reset(&b);
    dy_out_events_csv(&b, &d);
    assert_non_null(strstr(dy_buf_str(&b), "\"Kenya\nnow\""));
    dy_buf_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_json_escape), cmocka_unit_test(test_event_formats)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
