/* test_counts.c — casualty and crowd figures.
 *
 * Each row is a hand-written sentence and the expected figures rendered as
 * "text=number kind who" (who after a slash, empty when unknown), joined
 * with " | ". "text" is the figure's token range: qualifier, number and the
 * counted noun. */
#include "dytest.h"
#include "extract/extract.h"

static dy_arena arena;

static const char *const kinds[] = {"killed", "injured", "arrested", "displaced", "participants", "other"};

static void span(const dy_text *t, uint32_t a, uint32_t b, const char **p, int *n)
{
    if (b <= a) { *p = ""; *n = 0; return; }
    *p = t->text + t->toks[a].start;
    *n = (int)(t->toks[b - 1].start + t->toks[b - 1].len - t->toks[a].start);
}

static size_t run(const char *in, char *out, size_t cap)
{
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, in, strlen(in), NULL, &t);
    dy_vec v = {0};
    v.size = sizeof(dy_count_expr);
    dy_extract_counts(&t, NULL, &arena, &v);
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < v.n && o < cap; i++) {
        const dy_count_expr *x = (const dy_count_expr *)v.v + i;
        assert_true(x->tok0 < x->tok1 && x->tok1 <= t.ntok);
        assert_true(x->sentence < t.nsent);
        assert_true(x->kind >= DYAD_COUNT_KILLED && x->kind <= DYAD_COUNT_OTHER);
        assert_true(x->who0 <= x->who1 && x->who1 <= t.ntok);
        if (x->who1 > x->who0) assert_true(x->who0 >= x->tok0 && x->who1 <= x->tok1);
        const char *tp, *wp;
        int tn, wn;
        span(&t, x->tok0, x->tok1, &tp, &tn);
        span(&t, x->who0, x->who1, &wp, &wn);
        o += (size_t)snprintf(out + o, cap - o, "%s%.*s=%lld %s/%.*s", i ? " | " : "", tn, tp, x->number,
                              kinds[x->kind], wn, wp);
    }
    return v.n;
}

typedef struct row {
    const char *in, *want;
} row;

static void check_rows(const char *group, const row *rows, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        run(rows[i].in, got, sizeof got);
        if (strcmp(got, rows[i].want) != 0) {
            print_error("%s.%zu: '%s'\n   got  '%s'\n   want '%s'\n", group, i, rows[i].in, got, rows[i].want);
            bad++;
        }
    }
    if (bad) fail_msg("%s: %d of %zu rows wrong", group, bad, n);
}

/* counts-1.x: how numbers are read */
static void test_numbers(void **state)
{
    (void)state;
    static const row rows[] = {
        {"Police arrested 12 people.", "12 people=12 arrested/people"},
        {"Police arrested 1,500 people.", "1,500 people=1500 arrested/people"},
        {"The war displaced 2.5 million people.", "2.5 million people=2500000 displaced/people"},
        {"The war displaced 1.25 million people.", "1.25 million people=1250000 displaced/people"},
        {"The war displaced 3m people.", "3m people=3000000 displaced/people"},
        {"Police arrested twelve people.", "twelve people=12 arrested/people"},
        {"Twenty-one people died.", "Twenty-one people=21 killed/people"},
        {"One hundred and twenty-five people died.",
         "One hundred and twenty-five people=125 killed/people"},
        {"Twenty thousand people rallied.", "Twenty thousand people=20000 participants/people"},
        {"A dozen marchers were hurt.", "A dozen marchers=12 injured/marchers"},
        {"Two dozen marchers were hurt.", "Two dozen marchers=24 injured/marchers"},
        {"Half a dozen marchers were hurt.", "Half a dozen marchers=6 injured/marchers"},
        {"Dozens were taken into custody.", "Dozens=24 arrested/"},
        {"Scores of people fled.", "Scores of people=40 displaced/people"},
        {"Hundreds were arrested.", "Hundreds=200 arrested/"},
        {"Thousands were evacuated.", "Thousands=2000 displaced/"},
        {"Tens of thousands of people took to the streets.",
         "Tens of thousands of people=20000 participants/people"},
        {"Hundreds of thousands have fled.", "Hundreds of thousands=200000 displaced/"},
        {"Several hundred people marched.", "Several hundred people=200 participants/people"},
        {"A few thousand people marched.", "A few thousand people=2000 participants/people"},
        /* qualifiers: the number is the stated figure */
        {"At least 12 people were killed.", "At least 12 people=12 killed/people"},
        {"More than 100 people were killed in 1998.", "More than 100 people=100 killed/people"},
        {"Nearly 300 demonstrators marched.", "Nearly 300 demonstrators=300 participants/demonstrators"},
        {"About 300 people were held.", "About 300 people=300 arrested/people"},
        {"Up to 40 people were detained.", "Up to 40 people=40 arrested/people"},
        {"Some 500 troops were deployed.", "Some 500 troops=500 other/troops"},
        {"An estimated 2,000 displaced families live in camps.",
         "An estimated 2,000 displaced families=2000 displaced/families"},
        {"As many as 60 people died.", "As many as 60 people=60 killed/people"},
    };
    check_rows("counts-1", rows, sizeof rows / sizeof rows[0]);
}

/* counts-2.x: kinds, active, passive and nominal */
static void test_kinds(void **state)
{
    (void)state;
    static const row rows[] = {
        {"Gunmen killed at least 12 villagers, among them five women.",
         "at least 12 villagers=12 killed/villagers | five women=5 killed/women"},
        {"Three soldiers were wounded in the attack.", "Three soldiers=3 injured/soldiers"},
        {"The death toll rose to 40.", "40=40 killed/"},
        {"The death toll has risen to at least 40.", "at least 40=40 killed/"},
        {"Hundreds of protesters gathered in the square.", "Hundreds of protesters=200 participants/protesters"},
        {"Hundreds of protesters faced police.", "Hundreds of protesters=200 participants/protesters"},
        {"Police arrested 40 people.", "40 people=40 arrested/people"},
        {"The fighting displaced 2,000 families.", "2,000 families=2000 displaced/families"},
        {"Police said 12 people, including two children, had been killed.",
         "12 people=12 killed/people | two children=2 killed/children"},
        {"Seven people, including three children, were killed, and 20 were injured.",
         "Seven people=7 killed/people | three children=3 killed/children | 20=20 injured/"},
        {"The blast killed 12 and wounded 30 others.", "12=12 killed/ | 30 others=30 injured/others"},
        {"The clashes left 12 dead and 30 wounded.", "12=12 killed/ | 30=30 injured/"},
        {"Israeli forces killed three Palestinians.", "three Palestinians=3 killed/Palestinians"},
        {"Three Israeli soldiers were slain.", "Three Israeli soldiers=3 killed/Israeli soldiers"},
        {"Five people lost their lives.", "Five people=5 killed/people"},
        {"Rescuers recovered 40 bodies.", "40 bodies=40 killed/bodies"},
        {"The attack claimed the lives of 12 people.", "12 people=12 killed/people"},
        {"Twelve people were shot dead.", "Twelve people=12 killed/people"},
        {"Dozens of people were massacred.", "Dozens of people=24 killed/people"},
        {"Two people were hurt.", "Two people=2 injured/people"},
        {"The attack caused 30 casualties.", "30 casualties=30 other/"},
        {"The attack caused 30 casualties, mostly wounded.", "30 casualties=30 injured/"},
        {"Police rounded up 40 activists.", "40 activists=40 arrested/activists"},
        {"40 people were rounded up.", "40 people=40 arrested/people"},
        {"Police detained 12 armed men.", "12 armed men=12 arrested/armed men"},
        {"Six pro-democracy activists were arrested.",
         "Six pro-democracy activists=6 arrested/pro-democracy activists"},
        {"Nine students were taken into custody.", "Nine students=9 arrested/students"},
        {"Five of them were arrested.", "Five=5 arrested/"},
        {"One of the soldiers was killed.", "One of the soldiers=1 killed/soldiers"},
        {"More than 1.5 million people have fled.", "More than 1.5 million people=1500000 displaced/people"},
        {"Authorities evacuated 5,000 residents.", "5,000 residents=5000 displaced/residents"},
        {"The floods made 3,000 people homeless.", "3,000 people=3000 displaced/people"},
        {"Some 800 people were forced to flee.", "Some 800 people=800 displaced/people"},
        {"The camp holds 20,000 refugees.", "20,000 refugees=20000 displaced/refugees"},
        {"Thousands of demonstrators marched on parliament.",
         "Thousands of demonstrators=2000 participants/demonstrators"},
        {"About 5,000 people took to the streets.", "About 5,000 people=5000 participants/people"},
        {"A crowd of 10,000 chanted slogans.", "10,000=10000 participants/"},
        {"A rally of about 5,000 people was held on Sunday.", "about 5,000 people=5000 participants/people"},
        {"The rally drew tens of thousands.", "tens of thousands=20000 participants/"},
        {"The army deployed 5,000 troops.", "5,000 troops=5000 other/troops"},
        {"One person was killed and 14 were injured.", "One person=1 killed/person | 14=14 injured/"},
        {"Police killed 12 people, five of them women.",
         "12 people=12 killed/people | five of them women=5 killed/women"},
        {"Four people, three of them children, died.",
         "Four people=4 killed/people | three of them children=3 killed/children"},
        {"Authorities said 1,100 people had been detained, and 300 remain in custody.",
         "1,100 people=1100 arrested/people | 300=300 arrested/"},
        {"Among those killed were 12 civilians.", "12 civilians=12 killed/civilians"},
        {"Security forces shot and killed 4 protesters.", "4 protesters=4 killed/protesters"},
        {"Both sides lost hundreds of men.", "hundreds of men=200 killed/men"},
        {"Three weeks later, 20 more were killed.", "20=20 killed/"},
        {"There were 12 deaths and 30 injuries.", "12 deaths=12 killed/ | 30 injuries=30 injured/"},
        /* the figure as agent, not casualty */
        {"Two suicide bombers killed 35 people at a market, police said.",
         "Two suicide bombers=2 other/suicide bombers | 35 people=35 killed/people"},
        {"Two of the four soldiers killed were officers.", "four soldiers=4 killed/soldiers"},
        {"He was one of three journalists detained.", "three journalists=3 arrested/journalists"},
        {"Left three people dead and 17 injured, where 2,000 police officers were deployed.",
         "three people=3 killed/people | 17=17 injured/ | 2,000 police officers=2000 other/police officers"},
    };
    check_rows("counts-2", rows, sizeof rows / sizeof rows[0]);
}

/* counts-3.x: numbers that are not head counts */
static void test_not_counts(void **state)
{
    (void)state;
    static const row rows[] = {
        {"No one was killed.", ""},
        {"Nobody was hurt, and none were arrested.", ""},
        {"A 12-year-old boy was killed.", ""},
        {"A man aged 25 was arrested at 12:30.", ""},
        {"He was jailed for 12 years.", ""},
        {"On October 3, 12 people died.", "12 people=12 killed/people"},
        {"Police killed a man on 3 October.", ""},
        {"The $5 million aid covers 12 percent of the 3rd district.", ""},
        {"Prices rose 2.5 percent as 11.8 tonnes were seized.", ""},
        {"Apollo 11 landed and nobody died.", ""},
        {"In 2019 the army killed rebels.", ""},
        {"Troops killed rebels 12 km from the border.", ""},
        {"The COVID-19 outbreak killed hundreds.", "hundreds=200 killed/"},
        {"Resolution 2254 was adopted.", ""},
        {"The meeting lasted three hours.", ""},
        {"The army has 5,000 tanks.", ""},
        {"The two leaders met.", ""},
        {"The country's 1.3 billion people voted.", ""},
        {"In the first of two attacks, gunmen stormed a bank.", ""},
        {"F-16 jets and AK-47 rifles; Article 370; G7 leaders; Number 10 said.", ""},
    };
    check_rows("counts-3", rows, sizeof rows / sizeof rows[0]);
}

/* counts-4.x: pathological input runs in linear time and terminates */
static void test_pathological(void **state)
{
    (void)state;
    size_t cap = 400000, o = 0;
    char *big = malloc(cap);
    assert_non_null(big);
    /* 10,000 numbers in one line: digits, words and vague amounts */
    static const char *const nums[] = {"12", "1,500", "twenty", "-", "one", "hundreds", "of", "thousands",
                                       "a", "dozen", "2.5", "million", "killed", "at", "least", "and"};
    for (size_t i = 0; i < 10000; i++)
        o += (size_t)snprintf(big + o, cap - o, "%s ", nums[(i * 5 + i / 7) % (sizeof nums / sizeof nums[0])]);
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, big, o, NULL, &t);
    assert_true(t.ntok >= 10000);
    dy_vec v = {0};
    v.size = sizeof(dy_count_expr);
    dy_extract_counts(&t, NULL, &arena, &v);
    assert_true(v.n > 0);
    for (size_t i = 1; i < v.n; i++) {
        const dy_count_expr *x = (const dy_count_expr *)v.v;
        assert_true(x[i].tok0 >= x[i - 1].tok0);
        assert_true(x[i].number >= 0);
    }
    /* a long run of number words with nothing else, and huge digit strings */
    o = 0;
    for (size_t i = 0; i < 10000; i++) o += (size_t)snprintf(big + o, cap - o, "%s ", i % 2 ? "nine" : "hundred");
    o += (size_t)snprintf(big + o, cap - o, "999999999999999999999999 trillion people died.");
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, big, o, NULL, &t);
    v.n = v.cap = 0;
    v.v = NULL;
    dy_extract_counts(&t, NULL, &arena, &v);
    int found = 0;
    for (size_t i = 0; i < v.n; i++) {
        const dy_count_expr *x = (const dy_count_expr *)v.v + i;
        assert_true(x->number > 0 && x->number <= 1000000000000000LL);
        if (x->number == 1000000000000000LL && x->kind == DYAD_COUNT_KILLED) found = 1;
    }
    assert_true(found);
    free(big);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers), cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_not_counts), cmocka_unit_test(test_pathological),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return rc;
}
