/* test_lex.c — lex stage: WordNet lemmas, closed word classes, lexicon. */
#include "dytest.h"
#include "lex/lex.h"

/* lex-1.x: lemmas */
static void test_lemmas(void **state)
{
    (void)state;
    dy_lemmatizer l;
    dy_lemmatizer_init(&l);
    if (l.empty) { print_message("WordNet data not compiled in; lemma cases skipped\n"); dy_lemmatizer_release(&l); skip(); }
    static const struct { char pos; const char *w, *want; } cases[] = {
        {'v', "went", "go"},       {'v', "attacked", "attack"}, {'v', "stopped", "stop"},
        {'v', "talks", "talk"},    {'n', "talks", "talks"}, /* WordNet: "talks" (negotiations) is a noun */      {'v', "meeting", "meet"},
        {'n', "countries", "country"}, {'n', "women", "woman"}, {'v', "shot", "shoot"},
        {'v', "left", "leave"},    {'v', "departs", "depart"},  {'v', "departes", ""},
        {'v', "xyzzyed", ""},      {'n', "news", "news"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[64];
        size_t n = dy_lemma(&l, cases[i].pos, cases[i].w, strlen(cases[i].w), out, sizeof out);
        if (n == 0) out[0] = 0;
        if (strcmp(out, cases[i].want) != 0)
            fail_msg("lex-1.%zu: %c '%s' → '%s', want '%s'", i, cases[i].pos, cases[i].w, out, cases[i].want);
    }
    assert_true(dy_word_pos(&l, "fiercest", 8) & 4);   /* inflected adjective */
    assert_true(dy_word_pos(&l, "heavily", 7) & 8);    /* adverb */
    dy_lemmatizer_release(&l);
}

/* lex-2.x: closed classes */
static void test_classes(void **state)
{
    (void)state;
    assert_true(dy_word_class("THE", 3) & DY_WC_DET);
    assert_true(dy_word_class("AND", 3) & DY_WC_CONJ);
    assert_true(dy_word_class("WAS", 3) & DY_WC_AUX);
    assert_true(dy_word_class("N'T", 3) & DY_WC_NEG);
    assert_true(dy_word_class("'LL", 3) & DY_WC_MODAL);
    assert_true(dy_word_class("MAY", 3) & DY_WC_MONTH);
    assert_true(dy_word_class("SAID", 4) & DY_WC_SAY);
    assert_int_equal(dy_word_class("KENYA", 5), 0);
    assert_int_equal(dy_word_class("", 0), 0);
    assert_int_equal(dy_word_class("AVERYVERYLONGWORDINDEED", 23), 0);
}

/* lex-3.x: the lexicon analyses a form once and returns the same id */
static void test_lexicon(void **state)
{
    (void)state;
    dy_dict d;
    dy_dict_init(&d);
    dy_lemmatizer l;
    dy_lemmatizer_init(&l);
    const char *why;
    uint32_t p = dy_dict_phrase(&d, "ATTACK", 6, 0, 1, 0, 1, &why);
    dy_dict_add_entry(&d, p, DY_ENT_VERB, 0, 0);
    dy_dict_finish(&d, &l);
    dy_lexicon x;
    dy_lexicon_init(&x, &d, &l);
    uint32_t a = dy_lexicon_lookup(&x, "ATTACKED", 8), b = dy_lexicon_lookup(&x, "ATTACKED", 8);
    assert_int_equal(a, b);
    const dy_lexeme *L = dy_lexeme_get(&x, a);
    if (!l.empty) assert_int_equal(L->lemma_v, dy_strtab_find(&d.vocab, "ATTACK", 6));
    assert_int_equal(L->word, DY_NOID);
    uint32_t c = dy_lexicon_lookup(&x, "ATTACK", 6);
    assert_int_not_equal(c, a);
    assert_int_equal(dy_lexeme_get(&x, c)->word, dy_strtab_find(&d.vocab, "ATTACK", 6));
    dy_lexicon_release(&x);
    dy_lemmatizer_release(&l);
    dy_dict_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lemmas), cmocka_unit_test(test_classes), cmocka_unit_test(test_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
