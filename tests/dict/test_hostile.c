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

static uint32_t word(const dy_dict *d, const char *w) { return dy_strtab_find(&d->vocab, w, strlen(w)); }

/* Hostile encodings: a BOM at the start of the file became part of the first
 * phrase (which then never matched); a NUL byte silently cut its line. The
 * BOM is skipped; a line with a NUL is reported at its line and skipped, and
 * the lines after it keep their numbers. */
static void test_bom_nul(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBFKENYA_ [KEN]\r\nBAD\0NUL_ [XXX]\r\nARNOR [ARN\r\nSOMALIA_ [SOM]\r\n";
    dy_dict d;
    dy_dict_init(&d);
    ndiag = 0;
    dy_diag diag = {count_diag, NULL, "x.actors", 0};
    assert_int_equal(dy_dict_load_text(&d, DY_FILE_ACTORS, "x.actors", text, sizeof text - 1, &diag, NULL), DYAD_OK);
    assert_int_equal(d.nactors, 2);
    assert_int_equal(d.stats.lines_skipped, 2);
    assert_int_equal(ndiag, 2);
    assert_int_not_equal(word(&d, "KENYA"), DY_NOID);
    assert_int_equal(word(&d, "BAD"), DY_NOID);
    dy_dict_release(&d);
}

/* Every reported error line is counted once in lines_skipped (the summary
 * "N malformed dictionary lines skipped" and `dict stats` agree): bad agent
 * substitution markers and bad issue phrases were reported but not counted. */
static void test_skipped_counts(void **state)
{
    (void)state;
    static const char agents[] = "PRESIDENT [~GOV]\n!bad = A, B\nMINISTER\nSOLDIER [~MIL\nREBEL [~REB]\n";
    static const char issues[] = "ELECTION [ELE]\nVOTE\n{ A | [BAD]\nREFUGEE [REF\n";
    dy_dict d;
    dy_dict_init(&d);
    ndiag = 0;
    dy_diag diag = {count_diag, NULL, "x.agents.txt", 0};
    dy_dict_load_text(&d, DY_FILE_AGENTS, "x.agents.txt", agents, sizeof agents - 1, &diag, NULL);
    assert_int_equal(d.stats.lines_skipped, 3);
    assert_int_equal(ndiag, 3);
    dy_dict_release(&d);
    dy_dict_init(&d);
    ndiag = 0;
    diag.file = "x.issues.txt";
    dy_dict_load_text(&d, DY_FILE_ISSUES, "x.issues.txt", issues, sizeof issues - 1, &diag, NULL);
    assert_int_equal(d.stats.lines_skipped, ndiag);
    assert_int_equal(ndiag, 3);
    dy_dict_release(&d);
}

/* fuzz_dict_petr (seed regress-fold-fdfa): folding a dictionary word
 * decomposed each character into a buffer of 8 code points, but U+FDFA
 * (ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM) is 18 under NFKD, and
 * utf8proc returns the length needed: the fold read past the buffer (UBSan:
 * index out of bounds). The word now folds to its whole decomposition. */
static void test_fold_long_decomposition(void **state)
{
    (void)state;
    static const char want[] = "\xD8\xB5\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD9\x84\xD9\x87 "
                               "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87 \xD9\x88\xD8\xB3\xD9\x84\xD9\x85";
    char out[128];
    assert_int_equal(dy_fold_word("\xEF\xB7\xBA", 3, out, sizeof out), sizeof want - 1);
    assert_string_equal(out, want);
    /* a small buffer cuts the word, never overruns */
    char small[12];
    size_t n = dy_fold_word("\xEF\xB7\xBA", 3, small, sizeof small);
    assert_true(n < sizeof small);
    assert_int_equal(strlen(small), n);
    /* the fuzzer's input: the ligature alone as an actors line, PETRARCH rules */
    static const char text[] = "\xEF\xB7\xBA\nKENYA [KEN]\n\xEF\xB7\xBA_\xEF\xB7\xBA [XYZ]\n";
    dy_dict d;
    dy_dict_init(&d);
    d.no_stems = 1;
    d.config.style = DY_STYLE_PETRARCH;
    d.exact_patterns = 1;
    ndiag = 0;
    dy_diag diag = {count_diag, NULL, "x.actors.txt", 0};
    assert_int_equal(dy_dict_load_text(&d, DY_FILE_ACTORS, "x.actors.txt", text, sizeof text - 1, &diag, NULL), DYAD_OK);
    assert_int_not_equal(word(&d, "KENYA"), DY_NOID);
    dy_dict_finish(&d, NULL);
    dy_dict_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finish_empty),
        cmocka_unit_test(test_bom_nul),
        cmocka_unit_test(test_skipped_counts),
        cmocka_unit_test(test_fold_long_decomposition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
