/* test_hostile.c — text stage on hostile input: the sentence limit (cut,
 * counted once per sentence), and shapes the fuzzers found (fuzz/RESULTS.md). */
#include "dytest.h"
#include "text/text.h"

static dy_arena arena;

static dy_text analyze(const char *s, uint32_t maxtok)
{
    dy_text t;
    dy_text_limits lim = {maxtok};
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, s, strlen(s), &lim, &t);
    return t;
}

/* text-h1: a sentence over the token limit is cut into pieces of at most the
 * limit, and counted once however many pieces it makes; sentences that end
 * exactly at the limit are not counted. */
static void test_sentence_limit(void **state)
{
    (void)state;
    dy_text t = analyze("a b c d e f g h i j k. A b c. One two three four five", 4);
    /* "a b c d" "e f g h" "i j k ." | "A b c ." | "One two three four" "five" */
    assert_int_equal(t.nsent, 6);
    for (uint32_t s = 0; s < t.nsent; s++) assert_true(t.sents[s].tok_end - t.sents[s].tok_begin <= 4);
    assert_int_equal(t.ncut, 2);
    t = analyze("A b c. D e f.", 4);
    assert_int_equal(t.nsent, 2);
    assert_int_equal(t.ncut, 0);
    t = analyze("A b c. E f.", 4); /* "A b c ." ends at the limit: not a cut */
    assert_int_equal(t.ncut, 0);
    /* the default limit is 400 */
    char *big = malloc(2 * 1000 + 1);
    for (int i = 0; i < 1000; i++) memcpy(big + 2 * i, "a ", 2);
    big[2000] = 0;
    t = analyze(big, 0);
    assert_int_equal(t.ntok, 1000);
    assert_int_equal(t.nsent, 3);
    assert_int_equal(t.ncut, 1);
    free(big);
}

/* text-h2: a letter with a long run of combining marks (scaling test in
 * tests/hostile/t0003-scaling.sh: 100,000 accents took 19 s in the NFC
 * pass). Runs longer than 30 get U+034F after every 30th mark (UAX #15
 * stream-safe format); short runs are composed as before. */
static void test_combining_runs(void **state)
{
    (void)state;
    size_t n = 100;
    char *s = malloc(1 + 2 * n + 1), *p = s;
    *p++ = 'a';
    for (size_t i = 0; i < n; i++, p += 2) memcpy(p, "\xCC\x96", 2); /* U+0316, class 220 */
    *p = 0;
    dy_text t = analyze(s, 0);
    size_t cgj = 0, marks = 0;
    for (size_t i = 0; i + 1 < t.len; i++) {
        if (memcmp(t.text + i, "\xCD\x8F", 2) == 0) cgj++;
        if (memcmp(t.text + i, "\xCC\x96", 2) == 0) marks++;
    }
    assert_int_equal(marks, n);
    assert_int_equal(cgj, 3); /* after marks 30, 60 and 90 */
    assert_int_equal(t.len, 1 + 2 * n + 2 * 3);
    free(s);
    t = analyze("Cafe\xCC\x81 na\xC3\xAFve", 0);
    assert_int_equal(t.len, strlen("Caf\xC3\xA9 na\xC3\xAFve"));
    assert_memory_equal(t.text, "Caf\xC3\xA9 na\xC3\xAFve", t.len);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_limit),
        cmocka_unit_test(test_combining_runs),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return r;
}
