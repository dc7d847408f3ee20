/* test_attrib.c — stage 6: attribution of reports to sources.
 *
 * Each case is a hand-written news sentence and the source phrases expected
 * in it, in text order, with their sentence index. The dateline agency is an
 * attribution of the whole document: sentence UINT32_MAX (DOC below). */
#include "dytest.h"
#include "extract/extract.h"

#include <time.h>

#define DOC UINT32_MAX

static dy_arena arena;

size_t dy_attrib_table_check(void); /* attrib.c: 0 if its word table agrees with its words */

typedef struct acase {
    const char *in;
    int n;
    const char *src[3];
    uint32_t sent[3];
} acase;

static dy_text analyze(const char *s)
{
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, s, strlen(s), NULL, &t);
    return t;
}

static dy_vec attribs_of(const dy_text *t)
{
    dy_vec v = {0};
    v.size = sizeof(dy_attrib_expr);
    dy_extract_attributions(t, NULL, &arena, &v);
    return v;
}

static void span_str(const dy_text *t, uint32_t a, uint32_t b, char *out, size_t cap)
{
    out[0] = 0;
    if (b <= a) return;
    size_t s = t->toks[a].start, e = t->toks[b - 1].start + t->toks[b - 1].len;
    size_t n = e - s < cap - 1 ? e - s : cap - 1;
    memcpy(out, t->text + s, n);
    out[n] = 0;
}

#define BAD(...) do { print_error(__VA_ARGS__); print_error("\n"); bad++; } while (0)

/* Checks every case, reports each mismatch, then fails once. */
static void run_cases(const char *group, const acase *cases, size_t ncases)
{
    int bad = 0;
    for (size_t i = 0; i < ncases; i++) {
        dy_text t = analyze(cases[i].in);
        dy_vec v = attribs_of(&t);
        const dy_attrib_expr *a = v.v;
        char s[512];
        if ((int)v.n != cases[i].n) {
            char got[512] = "";
            size_t o = 0;
            for (size_t j = 0; j < v.n && o < sizeof got; j++) {
                span_str(&t, a[j].tok0, a[j].tok1, s, sizeof s);
                o += (size_t)snprintf(got + o, sizeof got - o, " [%s]", s);
            }
            BAD("%s.%zu: '%s' has %zu attributions, want %d:%s", group, i, cases[i].in, v.n,
                cases[i].n, got);
        }
        for (int j = 0; j < cases[i].n && j < (int)v.n && j < 3; j++) {
            span_str(&t, a[j].tok0, a[j].tok1, s, sizeof s);
            if (strcmp(s, cases[i].src[j]) != 0)
                BAD("%s.%zu: source %d is '%s', want '%s'", group, i, j, s, cases[i].src[j]);
            if (a[j].sentence != cases[i].sent[j])
                BAD("%s.%zu: source %d in sentence %u, want %u", group, i, j, a[j].sentence,
                    cases[i].sent[j]);
        }
    }
    if (bad) fail_msg("%s: %d mismatches", group, bad);
}

#define RUN(group, cases) run_cases(group, cases, sizeof cases / sizeof cases[0])

/* attrib-1.x: the listed shapes */
static void test_shapes(void **state)
{
    (void)state;
    static const acase cases[] = {
        {"Troops shelled the town, according to Anadolu.", 1, {"Anadolu"}, {0}},
        {"Five people died, according to a statement from the ministry.", 1,
         {"a statement from the ministry"}, {0}},
        {"Troops shelled the town, AFP reported.", 1, {"AFP"}, {0}},
        {"Reuters reported that five people died.", 1, {"Reuters"}, {0}},
        {"The army entered the city, state media said.", 1, {"state media"}, {0}},
        {"Syrian state television reported heavy fighting.", 1, {"Syrian state television"}, {0}},
        {"A statement said the border would stay closed.", 1, {"A statement"}, {0}},
        {"The talks collapsed, the agency said.", 1, {"the agency"}, {0}},
        {"The official news agency WAFA said two men were arrested.", 1,
         {"The official news agency WAFA"}, {0}},
        {"The strike killed a commander, sources said.", 1, {"sources"}, {0}},
        {"Officials said the move was temporary.", 1, {"Officials"}, {0}},
        {"Turkish officials said the move was temporary.", 1, {"Turkish officials"}, {0}},
        {"Five people died, police said.", 1, {"police"}, {0}},
        {"The death toll rose, witnesses and residents said.", 1, {"residents"}, {0}},
        {"“We will respond,” said a statement from the ministry.", 1, {"a statement from the ministry"},
         {0}},
        {"The deal was reported by state media on Monday.", 1, {"state media"}, {0}},
        {"Troops withdrew, citing security sources.", 1, {"security sources"}, {0}},
        {"The state news agency IRNA quoted the minister as saying talks would resume.", 1,
         {"The state news agency IRNA"}, {0}},
        {"A spokesman for the ministry said the talks would resume.", 1,
         {"A spokesman for the ministry"}, {0}},
        {"Kenya sent troops. The newspaper Hurriyet reported the move.", 1, {"The newspaper Hurriyet"},
         {1}},
    };
    RUN("attrib-1", cases);
}

/* attrib-2.x: "told Reuters" — the channel is not the source; the speaker is */
static void test_told(void **state)
{
    (void)state;
    static const acase cases[] = {
        {"A senior official told Reuters the talks had failed.", 1, {"A senior official"}, {0}},
        {"Erdogan told Anadolu that Turkey would act.", 1, {"Erdogan"}, {0}},
        {"The minister told state television the border was closed.", 1, {"The minister"}, {0}},
        {"He told the BBC he would resign.", 1, {"He"}, {0}},
        {"Erdogan told reporters in Ankara that Turkey would act.", 0, {0}, {0}},
        {"Erdogan told his cabinet that Turkey would act.", 0, {0}, {0}},
    };
    RUN("attrib-2", cases);
}

/* attrib-3.x: not attributions */
static void test_negative(void **state)
{
    (void)state;
    static const acase cases[] = {
        {"Erdogan said Turkey would act.", 0, {0}, {0}},
        {"He said the army was ready.", 0, {0}, {0}},
        {"Troops withdrew according to the plan.", 0, {0}, {0}},
        {"The vote was held according to the constitution.", 0, {0}, {0}},
        {"The United States said it would respond.", 0, {0}, {0}},
        {"The Washington Post editor resigned.", 0, {0}, {0}},
        {"It reported a loss.", 0, {0}, {0}},
        {"Erdogan said state media lied.", 0, {0}, {0}},
        {"It was widely reported that he paid $100 million.", 0, {0}, {0}},
        {"The attack was reported on Monday.", 0, {0}, {0}},
        {"Costa reported from Washington.", 0, {0}, {0}},
        {"He acted according to the way the law was written.", 0, {0}, {0}},
        {"", 0, {0}, {0}},
    };
    RUN("attrib-3", cases);
}

/* attrib-4.x: the dateline agency is an attribution of the whole document:
 * sentence UINT32_MAX, not 0, so it is not mistaken for the first sentence's */
static void test_dateline(void **state)
{
    (void)state;
    static const acase cases[] = {
        {"NAIROBI (Reuters) - Kenya sent troops.", 1, {"Reuters"}, {DOC}},
        {"WASHINGTON, Oct 3 (AFP) - The U.S. said it would act.", 1, {"AFP"}, {DOC}},
        {"NAIROBI (Reuters) - Kenya sent troops, police said. Officials said more would follow.", 3,
         {"Reuters", "police", "Officials"}, {DOC, 0, 1}},
        {"ANKARA – Turkey sent troops, according to Anadolu.", 1, {"Anadolu"}, {0}},
        {"LONDON (Reuters Health) - Doctors warned.", 1, {"Reuters Health"}, {DOC}},
    };
    RUN("attrib-4", cases);
}

/* attrib-5: linear time, table order */
static void test_pathological(void **state)
{
    (void)state;
    static const char *const units[] = {
        "according to ", "said ", "officials said ", "told Reuters ", "reported by ", ", said the ",
    };
    size_t reps = 100000;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]);
        char *big = malloc(ul * reps + 1);
        for (size_t i = 0; i < reps; i++) memcpy(big + i * ul, units[u], ul);
        big[ul * reps] = 0;
        dy_arena_reset(&arena);
        dy_text t;
        dy_text_analyze(&arena, big, ul * reps, NULL, &t);
        clock_t t0 = clock();
        dy_vec v = {0};
        v.size = sizeof(dy_attrib_expr);
        dy_extract_attributions(&t, NULL, &arena, &v);
        double dt = (double)(clock() - t0) / CLOCKS_PER_SEC;
        /* a guard against quadratic windows, not a benchmark */
        if (dt > 5.0) fail_msg("attrib-5.%zu: %zu × '%s' took %.2f s", u, reps, units[u], dt);
        const dy_attrib_expr *a = v.v;
        for (size_t i = 0; i < v.n; i++) assert_true(a[i].tok0 < a[i].tok1 && a[i].tok1 <= t.ntok);
        free(big);
    }
    assert_int_equal(dy_attrib_table_check(), 0);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shapes),   cmocka_unit_test(test_told),
        cmocka_unit_test(test_negative), cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_pathological),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return rc;
}
