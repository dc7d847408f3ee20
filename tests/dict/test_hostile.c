/* test_hostile.c — dictionary regressions found by fuzzing (fuzz/RESULTS.md):
 * malformed or unusual dictionary files that once crashed or broke an
 * invariant. Each case names the fuzz target and the seed kept in
 * fuzz/corpus/. Run under `make check-asan` these also catch the undefined
 * behaviour the fuzzers found. */
#include "dytest.h"
#include "dict/dict.h"

static size_t ndiag;
static void count_diag(void *ud, const dyad_error *e)
{
    (void)ud;
    assert_true(e->line >= 1 || e->severity == DYAD_SEV_NOTE);
    assert_true(e->message[0] != 0);
    ndiag++;
}

/* fuzz_dict_tabari (corpus options): a file with no phrases (an .options
 * file alone) made dy_dict_finish() call qsort(NULL, 0, ...), undefined
 * behaviour that UBSan reports. The index must simply be empty. */
static void test_finish_empty(void **state)
{
    (void)state;
    static const char opts[] = "COMPLEX: VERBS[5]\nSET: MINIMUM WORDS = 4\n";
    dy_dict d;
    dy_dict_init(&d);
    dy_diag diag = {count_diag, NULL, "x.options", 0};
    assert_int_equal(dy_dict_load_text(&d, DY_FILE_OPTIONS, "x.options", opts, sizeof opts - 1, &diag, NULL), DYAD_OK);
    dy_dict_finish(&d, NULL);
    assert_int_equal(d.nilist, 0);
    assert_int_equal(d.config.min_words, 4);
    uint32_t cnt = 7;
    assert_null(dy_dict_lookup(&d, 0, &cnt));
    assert_int_equal(cnt, 0);
    dy_dict_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finish_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
