/* test_text.c — text stage: normalisation, tokens, sentences, datelines. */
#include "dytest.h"
#include "text/text.h"

static dy_arena arena;

static dy_text analyze(const char *s)
{
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, s, strlen(s), NULL, &t);
    return t;
}

static void tok_str(const dy_text *t, uint32_t i, char *out, size_t cap)
{
    size_t n = t->toks[i].len < cap - 1 ? t->toks[i].len : cap - 1;
    memcpy(out, t->text + t->toks[i].start, n);
    out[n] = 0;
}

/* Join all tokens with '|' to compare against an expected string. */
static void join(const dy_text *t, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = 0;
    for (uint32_t i = 0; i < t->ntok; i++) {
        char w[256];
        tok_str(t, i, w, sizeof w);
        o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? "|" : "", w);
        if (o >= cap) break;
    }
}

static void sentence_str(const dy_text *t, uint32_t s, char *out, size_t cap)
{
    size_t n = t->sents[s].end - t->sents[s].start;
    if (n >= cap) n = cap - 1;
    memcpy(out, t->text + t->sents[s].start, n);
    out[n] = 0;
}

/* text-1.x: tokens */
static void test_tokens(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } cases[] = {
        {"Kenya's president", "Kenya|'s|president"},
        {"Kenya’s president", "Kenya|’s|president"},
        {"the U.S. embassy", "the|U.S.|embassy"},
        {"Gen. Smith said", "Gen.|Smith|said"},
        {"some 50,000 tonnes worth 11.8 million", "some|50,000|tonnes|worth|11.8|million"},
        {"war-torn al-Assad", "war|-|torn|al|-|Assad"},
        {"don't O'Brien won’t they're", "do|n't|O'Brien|wo|n’t|they|'re"},
        {"\"We will fight,\" he said.", "\"|We|will|fight|,|\"|he|said|."},
        {"“Yes” – no...", "“|Yes|”|–|no|..."},
        {"the 3rd time in the 1990s", "the|3rd|time|in|the|1990s"},
        {"the countries’ leaders", "the|countries|’|leaders"},
        {"John F. Kennedy", "John|F.|Kennedy"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_text t = analyze(cases[i].in);
        char got[512];
        join(&t, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("text-1.%zu: '%s' → '%s', want '%s'", i, cases[i].in, got, cases[i].want);
    }
}

/* text-2.x: sentence splitting */
static void test_sentences(void **state)
{
    (void)state;
    static const struct { const char *in; int n; const char *first, *second; } cases[] = {
        {"Arnor met Gondor. Rohan did not.", 2, "Arnor met Gondor.", "Rohan did not."},
        {"Gen. Smith met the U.N. envoy on Jan. 5 in Kabul. He left.", 2,
         "Gen. Smith met the U.N. envoy on Jan. 5 in Kabul.", "He left."},
        {"Talks with the U.S. The minister left.", 2, "Talks with the U.S.", "The minister left."},
        {"\"We will fight.\" He said so.", 2, "\"We will fight.\"", "He said so."},
        {"The rate rose 11.8 percent. Prices fell.", 2, "The rate rose 11.8 percent.", "Prices fell."},
        {"Headline without stop\n\nBody text here.", 2, "Headline without stop", "Body text here."},
        {"He said... and left.", 1, "He said... and left.", NULL},
        {"What now? Nobody knows!", 2, "What now?", "Nobody knows!"},
        {"John F. Kennedy spoke.", 1, "John F. Kennedy spoke.", NULL},
        {"A line that wraps\nacross lines. Next.", 2, "A line that wraps\nacross lines.", "Next."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_text t = analyze(cases[i].in);
        char s[512];
        if ((int)t.nsent != cases[i].n)
            fail_msg("text-2.%zu: '%s' has %u sentences, want %d", i, cases[i].in, t.nsent, cases[i].n);
        sentence_str(&t, 0, s, sizeof s);
        if (strcmp(s, cases[i].first) != 0) fail_msg("text-2.%zu: first '%s' want '%s'", i, s, cases[i].first);
        if (cases[i].second) {
            sentence_str(&t, 1, s, sizeof s);
            if (strcmp(s, cases[i].second) != 0) fail_msg("text-2.%zu: second '%s' want '%s'", i, s, cases[i].second);
        }
    }
}

/* text-3.x: datelines */
static void test_dateline(void **state)
{
    (void)state;
    static const struct { const char *in; const char *place; int agency; const char *first; } cases[] = {
        {"ANKARA – Turkey said on Monday it would act.", "ANKARA", 0, "Turkey said on Monday it would act."},
        {"NAIROBI (Reuters) - Kenya sent troops.", "NAIROBI", 1, "Kenya sent troops."},
        {"WASHINGTON, Oct 3 (AFP) - The U.S. said.", "WASHINGTON", 1, "The U.S. said."},
        {"Nairobi (Reuters) - Kenya sent troops.", "Nairobi", 1, "Kenya sent troops."},
        {"Kenya - a country - sent troops.", NULL, 0, "Kenya - a country - sent troops."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_text t = analyze(cases[i].in);
        char s[512];
        if (!cases[i].place) {
            assert_int_equal(t.dateline_end, 0);
        } else {
            if (t.dateline_end == 0) fail_msg("text-3.%zu: no dateline in '%s'", i, cases[i].in);
            size_t n = t.toks[t.dateline_place_end - 1].start + t.toks[t.dateline_place_end - 1].len;
            if (strncmp(t.text, cases[i].place, n) != 0 || strlen(cases[i].place) != n)
                fail_msg("text-3.%zu: place '%.*s'", i, (int)n, t.text);
            assert_int_equal(t.dateline_agency >= 0, cases[i].agency);
        }
        sentence_str(&t, 0, s, sizeof s);
        if (strcmp(s, cases[i].first) != 0) fail_msg("text-3.%zu: first '%s' want '%s'", i, s, cases[i].first);
    }
}

/* text-4.x: normalisation of hostile bytes */
static void test_normalize(void **state)
{
    (void)state;
    size_t n, rep;
    dy_arena_reset(&arena);
    const char bad[] = "a\xC3(b\xEF\xBB\xBF" "c\r\nd\0e\xC2\xA0" "f";
    char *s = dy_text_normalize(&arena, bad, sizeof bad - 1, &n, &rep);
    assert_int_equal(rep, 1);
    assert_string_equal(s, "a\xEF\xBF\xBD(bc\nd e f");
    /* BOM at start dropped, overlong encoding of '/' rejected */
    s = dy_text_normalize(&arena, "\xEF\xBB\xBFok\xC0\xAF", 7, &n, &rep);
    assert_int_equal(rep, 2);
    assert_string_equal(s, "ok\xEF\xBF\xBD\xEF\xBF\xBD");
    /* decomposed e + combining acute → NFC é */
    s = dy_text_normalize(&arena, "Pe\xCC\x81rez", 7, &n, &rep);
    assert_string_equal(s, "P\xC3\xA9rez");
}

/* text-5.x: linear time on pathological input: one huge token, no stops */
static void test_pathological(void **state)
{
    (void)state;
    size_t n = 2 * 1000 * 1000;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++) big[i] = (i % 7 == 6) ? ' ' : 'a';
    big[n] = 0;
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, big, n, NULL, &t);
    assert_true(t.ntok > 100000);
    for (uint32_t s = 0; s < t.nsent; s++) assert_true(t.sents[s].tok_end - t.sents[s].tok_begin <= 400);
    memset(big, '"', n);
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, big, n, NULL, &t);
    assert_int_equal(t.ntok, n);
    free(big);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),   cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_dateline), cmocka_unit_test(test_normalize),
        cmocka_unit_test(test_pathological),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return rc;
}
