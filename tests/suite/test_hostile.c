/* test_hostile.c — validation-suite readers on hostile files: a BOM before
 * the first TABARI record, unclosed PETRARCH tags (fuzz_suite seeds in
 * fuzz/corpus/fuzz_suite/). */
#include "dytest.h"
#include "suite/suite.h"

/* A BOM at the start of Validate.text hid the first record header, so the
 * first record was silently lost. */
static void test_tabari_bom(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF" "980210  DEMO-01\nArnor met Gondor.\n/* { ARN / GON / 040 } */\n"
                               "980211  DEMO-02\nRohan met Gondor.\n/* {---} */\n";
    dy_suite s;
    memset(&s, 0, sizeof s);
    assert_int_equal(dy_suite_read_tabari(&s, text, sizeof text - 1, NULL), DYAD_OK);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.cases[0].id, "DEMO-01");
    assert_string_equal(s.cases[0].date, "1998-02-10");
    assert_int_equal(s.cases[0].nexp, 1);
    assert_string_equal(s.cases[0].exp[0].code, "040");
    assert_int_equal(s.cases[1].kind, DY_EXPECT_NONE);
    dy_suite_release(&s);
}

/* Unclosed <Parse> and <Text> tags: the rest of the file is skipped or is
 * the text, in one pass (many unclosed <Parse> tags each scanned to the
 * end of the file: quadratic). */
static void test_petr_unclosed(void **state)
{
    (void)state;
    size_t n = 20000;
    char *text = malloc(7 * n + 200);
    strcpy(text, "<Sentence id=\"A-1\" valid=\"true\"><Text>Arnor met Gondor.</Text>");
    char *w = text + strlen(text);
    for (size_t i = 0; i < n; i++, w += 7) memcpy(w, "<Parse>", 7);
    *w = 0;
    dy_suite s;
    memset(&s, 0, sizeof s);
    assert_int_equal(dy_suite_read_petr(&s, text, strlen(text), NULL), DYAD_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.cases[0].text, "Arnor met Gondor.");
    dy_suite_release(&s);
    strcpy(text, "<Sentence id=\"B-1\" valid=\"true\"><Text>Rohan met Gondor.");
    memset(&s, 0, sizeof s);
    assert_int_equal(dy_suite_read_petr(&s, text, strlen(text), NULL), DYAD_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.cases[0].text, "Rohan met Gondor.");
    dy_suite_release(&s);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tabari_bom),
        cmocka_unit_test(test_petr_unclosed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
