/* test_parse.c — parse stage: part-of-speech tags, noun-phrase chunks,
 * subjects of verbs, on a tiny dictionary. */
#include "dytest.h"
#include "code/match.h"
#include "lex/lemma.h"
#include "parse/parse.h"
#include "util/date.h"

static dy_dict dict;
static dy_lemmatizer lem;

static int setup(void **state)
{
    (void)state;
    static const char actors[] = "KENYA_ [KEN]\n+KENYAN_\nSOMALIA_ [SOM]\nUGANDA_ [UGA]\n";
    static const char agents[] = "SOLDIER [~MIL]\nMINISTER [~GOV]\n";
    static const char verbs[] = "--- ATTACK [190] ---\nATTACK\n--- SAY [010] ---\nSAY\n--- URGE [020] ---\nURGE\n";
    dy_dict_init(&dict);
    dict.no_stems = 1;
    dy_lemmatizer_init(&lem);
    dy_read_tabari_actors(&dict, actors, sizeof actors - 1, NULL);
    dy_read_agents(&dict, agents, sizeof agents - 1, NULL);
    dy_read_block_verbs(&dict, verbs, sizeof verbs - 1, NULL);
    dy_dict_finish(&dict, &lem);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    dy_dict_release(&dict);
    dy_lemmatizer_release(&lem);
    return 0;
}

/* Parse s; write its NP chunks as "[w0,w1)" and its tags as letters. */
static void parse(dy_coder_s *c, dy_arena *a, const char *s, dy_text *t)
{
    dy_arena_reset(a);
    dy_text_analyze(a, s, strlen(s), NULL, t);
    dy_lex_tokens(&c->lex, t);
    dy_build_words(c, t, 0);
    dy_config cfg;
    dy_config_defaults(&cfg, DY_STYLE_DYAD);
    dy_sent_info info;
    memset(&info, 0, sizeof info);
    dy_classify(c, &cfg, t, DY_NODATE, &info);
    dy_parse_sentence(c);
}

static void chunks(const dy_coder_s *c, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < c->nnp && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s[%u,%u)", i ? " " : "", c->nps[i].w0, c->nps[i].w1);
}

static void test_chunks_and_subjects(void **state)
{
    (void)state;
    static const struct { const char *s; const char *chunks; int verb; int subject_np; } cases[] = {
        /* words: Kenyan(0) soldiers(1) attacked(2) Somalia(3) .         */
        {"Kenyan soldiers attacked Somalia.", "[0,2) [3,4)", 2, 0},
        /* Soldiers(0) from(1) Kenya(2) attacked(3) Somalia(4)            */
        {"Soldiers from Kenya attacked Somalia.", "[0,3) [4,5)", 3, 0},
        /* Kenya(0) and(1) Uganda(2) have(3) repeatedly(4) attacked(5) Somalia(6) */
        {"Kenya and Uganda have repeatedly attacked Somalia.", "[0,3) [6,7)", 5, 0},
        /* Kenya(0) urged(1) Uganda(2) to(3) attack(4) Somalia(5)          */
        {"Kenya urged Uganda to attack Somalia.", "[0,1) [2,3) [5,6)", 4, 1},
        /* Kenya(0) said(1) it(2) would(3) attack(4) Somalia(5)            */
        {"Kenya said it would attack Somalia.", "[0,1) [5,6) [2,3)", 4, 2},
    };
    dy_coder_s c;
    dy_coder_init(&c, &dict, &lem);
    dy_arena a;
    dy_arena_init(&a, 1 << 16);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_text t;
        parse(&c, &a, cases[i].s, &t);
        char got[256];
        chunks(&c, got, sizeof got);
        if (strcmp(got, cases[i].chunks) != 0) fail_msg("parse-1.%zu '%s': chunks %s want %s", i, cases[i].s, got, cases[i].chunks);
        int flags;
        int32_t np = dy_subject_np(&c, (uint32_t)cases[i].verb, &flags);
        if (np != cases[i].subject_np) fail_msg("parse-1.%zu '%s': subject %d want %d", i, cases[i].s, np, cases[i].subject_np);
    }
    dy_arena_release(&a);
    dy_coder_release(&c);
}

static void test_tags(void **state)
{
    (void)state;
    dy_coder_s c;
    dy_coder_init(&c, &dict, &lem);
    dy_arena a;
    dy_arena_init(&a, 1 << 16);
    dy_text t;
    /* The(0) attack(1) on(2) Somalia(3) was(4) not(5) heavily(6) criticized(7) */
    parse(&c, &a, "The attack on Somalia was not heavily criticized.", &t);
    assert_int_equal(c.w[0].tag, DY_T_DET);
    assert_int_equal(c.w[1].tag, DY_T_NOUN);    /* a verb after a determiner is a noun */
    assert_int_equal(c.w[2].tag, DY_T_PREP);
    assert_int_equal(c.w[3].tag, DY_T_NOUN);
    assert_int_equal(c.w[4].tag, DY_T_AUX);
    assert_int_equal(c.w[5].tag, DY_T_AUX);
    if (!lem.empty) assert_int_equal(c.w[6].tag, DY_T_AUX); /* adverb */
    dy_arena_release(&a);
    dy_coder_release(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_chunks_and_subjects), cmocka_unit_test(test_tags)};
    return cmocka_run_group_tests(tests, setup, teardown);
}
