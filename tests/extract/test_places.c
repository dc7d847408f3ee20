/* test_places.c — place recognition (src/extract/places.c) against the
 * gazetteer built from GeoNames: qualifiers ("Homs, Syria"), the article's
 * countries deciding between namesakes, multi-word and accented names,
 * common words and persons' names that must not become places, the dateline,
 * and linear time on pathological input. The gazetteer is empty when the
 * library was built without third_party/geonames/cities500.txt: then the
 * test says so and exits 77 (skipped). */
#include "dytest.h"
#include "extract/places.h"
#include "util/check.h"

#include <time.h>

static dy_gazetteer *gaz;
static dy_arena arena;

/* Places found in text as "surface=ISO3/admin1" joined by ';'. */
static void find(const char *text, const char *docs, char *out, size_t cap)
{
    const char *dc[8];
    char buf[64];
    size_t nd = 0;
    snprintf(buf, sizeof buf, "%s", docs ? docs : "");
    for (char *s = strtok(buf, ","); s && nd < 8; s = strtok(NULL, ",")) dc[nd++] = s;
    dy_arena_reset(&arena);
    dy_text t;
    dy_text_analyze(&arena, text, strlen(text), NULL, &t);
    dy_vec v = {NULL, 0, 0, sizeof(dy_place_expr)};
    dy_extract_places(gaz, &t, dc, nd, &arena, &v);
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < v.n && o < cap; i++) {
        const dy_place_expr *p = (const dy_place_expr *)v.v + i;
        assert_true(p->tok0 < p->tok1 && p->tok1 <= t.ntok);
        assert_non_null(p->country);
        uint32_t b = t.toks[p->tok0].start, e = t.toks[p->tok1 - 1].start + t.toks[p->tok1 - 1].len;
        o += (size_t)snprintf(out + o, cap - o, "%s%.*s=%s/%s", i ? ";" : "", (int)(e - b),
                              t.text + b, p->country, p->admin1 ? p->admin1 : "-");
    }
}

/* Does got match want? want lists "surface=ISO3" or "surface=ISO3/admin1"
 * items; the admin1 part is compared only when given. */
static int matches(const char *got, const char *want)
{
    char g[1024], w[1024];
    snprintf(g, sizeof g, "%s", got);
    snprintf(w, sizeof w, "%s", want);
    char *gs = NULL, *ws = NULL;
    char *gi = strtok_r(g, ";", &gs), *wi = strtok_r(w, ";", &ws);
    while (gi && wi) {
        size_t wl = strlen(wi);
        if (strchr(strchr(wi, '=') ? strchr(wi, '=') : wi, '/')) {
            if (strcmp(gi, wi) != 0) return 0;
        } else if (strncmp(gi, wi, wl) != 0 || gi[wl] != '/') {
            return 0;
        }
        gi = strtok_r(NULL, ";", &gs);
        wi = strtok_r(NULL, ";", &ws);
    }
    return gi == NULL && wi == NULL;
}

typedef struct pcase {
    const char *text;
    const char *docs;   /* doc_countries, comma-separated, or NULL */
    const char *want;   /* expected places, "" for none */
} pcase;

static void run_cases(const pcase *c, size_t n, const char *tag)
{
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        find(c[i].text, c[i].docs, got, sizeof got);
        if (!matches(got, c[i].want))
            fail_msg("%s-%zu: '%s' [%s] → '%s', want '%s'", tag, i + 1, c[i].text,
                     c[i].docs ? c[i].docs : "", got, c[i].want);
    }
}

/* places-1.x: qualifiers and the article's places decide */
static void test_qualifiers(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"Shelling was reported in Homs, Syria, on Tuesday.", NULL, "Homs, Syria=SYR"},
        {"The governor spoke in Springfield, Illinois, on Monday.", NULL,
         "Springfield, Illinois=USA/Illinois"},
        {"Farmers protested in Springfield, Missouri.", NULL, "Springfield, Missouri=USA/Missouri"},
        {"Illinois lawmakers met on Monday. Protesters gathered in Springfield.", NULL,
         "Illinois=USA/Illinois;Springfield=USA/Illinois"},
        {"Swiss doctors handed over medicine to the Red Crescent in Bam, Iran.", NULL, "Bam, Iran=IRN"},
        /* the article's countries decide between namesakes */
        {"Police in Paris arrested two men after the shooting.", "USA", "Paris=USA/Texas"},
        {"Police in Paris arrested two men after the shooting.", "FRA", "Paris=FRA"},
        {"Police in Paris arrested two men after the shooting.", NULL, "Paris=FRA"},
        {"A storm hit Texas on Monday. Police in Paris said roads were closed.", "USA,FRA",
         "Texas=USA;Paris=USA/Texas"},
        /* ... but a world city is not a village of the article's country */
        {"The minister flew to Bogotá for talks.", "USA", "Bogotá=COL"},
        /* text naming a country helps, less than the caller's countries */
        {"Syrian officers ended mediation between militias in Tripoli as shells hit the "
         "north Lebanese port.", NULL, "Tripoli=LBN"},
        {"The UK prime minister cancelled a planned visit to Washington.", NULL,
         "UK=GBR;Washington=USA/District of Columbia"},
        {"Lawmakers in Olympia, Washington, voted. Washington warned Moscow.", NULL,
         "Olympia, Washington=USA/Washington;Washington=USA/District of Columbia;Moscow=RUS"},
    };
    run_cases(cases, DY_ARRAY_LEN(cases), "places-1");
}

/* places-2.x: multi-word, accented, hyphen-joined names; countries */
static void test_names(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"Talks resumed in Buenos Aires and Dar es Salaam while fighting continued near Kirkuk.",
         NULL, "Buenos Aires=ARG;Dar es Salaam=TZA;Kirkuk=IRQ"},
        {"Protests spread across Bogotá on Friday.", NULL, "Bogotá=COL"},
        {"Protests spread across Bogota on Friday.", NULL, "Bogota=COL"},
        {"Trade fairs in São Paulo and Sao Paulo drew crowds.", NULL, "São Paulo=BRA;Sao Paulo=BRA"},
        {"Observers flew to Guinea-Bissau and Kraków.", NULL, "Guinea-Bissau=GNB;Kraków=POL"},
        {"Troops massed on the Turkey-Syria border.", NULL, "Turkey=TUR;Syria=SYR"},
        {"Iraqi forces retook Mosul after a long siege.", NULL, "Mosul=IRQ"},
        {"Kenya and Syria signed the accord in New York City.", NULL,
         "Kenya=KEN;Syria=SYR;New York City=USA"},
        {"The U.S. and the UAE condemned the attack.", NULL, "U.S.=USA;UAE=ARE"},
        {"Envoys met in The Hague and then in Tel Aviv.", NULL, "The Hague=NLD;Tel Aviv=ISR"},
    };
    run_cases(cases, DY_ARRAY_LEN(cases), "places-2");
}

/* places-3.x: common words and persons' names are not places */
static void test_false_places(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"Reading the statement, the minister said networks were down.", "GBR", ""},
        {"Mobile phone networks were cut for three days.", "USA", ""},
        {"Of the 20 people arrested, most were released.", "TUR", ""},
        {"The Ministry of Justice said Independence Day parades were cancelled.", "USA", ""},
        {"President Clinton met Andrew Jackson and Paris Hilton.", "USA", ""},
        {"Jackson said the vote would go ahead.", "USA", ""},
        {"The Washington Post and the New York Times reported the deal.", NULL, ""},
        {"The European Union and NATO said Hamas must disarm.", NULL, ""},
        {"King Hassan of Morocco received the envoy.", NULL, "Morocco=MAR"},
        {"Militant Haroon Rashid Aswad was extradited to Britain.", NULL, "Britain=GBR"},
        {"Us and them: Nice words, said Victoria.", NULL, ""},
    };
    run_cases(cases, DY_ARRAY_LEN(cases), "places-3");
}

/* places-4.x: datelines */
static void test_dateline(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"ANKARA (Reuters) - Turkish troops entered northern Syria on Friday.", NULL,
         "ANKARA=TUR;Syria=SYR"},
        {"HOMS, Syria (Reuters) - Shelling resumed on Monday.", NULL, "HOMS, Syria=SYR"},
        {"NAIROBI, Oct 3 (AFP) - Kenyan police said they had arrested 12 people.", NULL,
         "NAIROBI=KEN"},
    };
    run_cases(cases, DY_ARRAY_LEN(cases), "places-4");

    /* the dateline is sentence 0, coordinates and ids are filled */
    dy_arena_reset(&arena);
    const char *text = "KIRKUK, Iraq (Reuters) - Thousands protested.";
    dy_text t;
    dy_text_analyze(&arena, text, strlen(text), NULL, &t);
    dy_vec v = {NULL, 0, 0, sizeof(dy_place_expr)};
    dy_extract_places(gaz, &t, NULL, 0, &arena, &v);
    assert_int_equal(v.n, 1);
    const dy_place_expr *p = v.v;
    assert_int_equal(p->sentence, 0);
    assert_string_equal(p->country, "IRQ");
    assert_true(p->geonameid > 0);
    assert_true(p->lat > 35.0 && p->lat < 36.0 && p->lon > 44.0 && p->lon < 45.0);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Time to extract places from n capitalised words cycling through words[]. */
static double time_words(const char *const *words, size_t nw, size_t n, size_t *nplaces)
{
    size_t cap = n * 16 + 1, o = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) o += (size_t)snprintf(text + o, cap - o, "%s ", words[i % nw]);
    dy_arena_reset(&arena);
    dy_text t;
    dy_text_analyze(&arena, text, o, NULL, &t);
    dy_vec v = {NULL, 0, 0, sizeof(dy_place_expr)};
    const char *dc[] = {"USA", "SYR"};
    double t0 = seconds();
    dy_extract_places(gaz, &t, dc, 2, &arena, &v);
    double t1 = seconds();
    *nplaces = v.n;
    free(text);
    return t1 - t0;
}

/* places-5.x: 100,000 capitalised words stay linear */
static void test_pathological(void **state)
{
    (void)state;
    static const char *const mixes[][12] = {
        {"Springfield,", "Springfield,", "Illinois,", "Syria,", "Homs,", "Paris", NULL},
        {"New", NULL},                                    /* starts many names, never one */
        {"Dar", "Es", "Buenos", "San", "Jose", "Del", "Monte", "Santa", "Cruz", "De", NULL},
        {"Washington", "Post", "Clinton", "Jordan", "Peterson", "Mobile", "Reading", NULL},
    };
    for (size_t m = 0; m < DY_ARRAY_LEN(mixes); m++) {
        size_t nw = 0;
        while (mixes[m][nw]) nw++;
        size_t p1, p2;
        double small = time_words(mixes[m], nw, 10000, &p1);
        double big = time_words(mixes[m], nw, 100000, &p2);
        /* ten times the words: about ten times the time (generous for noisy
         * machines and sanitizers), and never slow in absolute terms */
        if (big > 30 * small + 0.25 || big > 20.0)
            fail_msg("places-5.%zu: 10,000 words %.3f s, 100,000 words %.3f s: not linear", m + 1,
                     small, big);
        assert_true(p2 >= p1);
    }
}

/* places-6.x: the index itself */
static void test_index(void **state)
{
    (void)state;
    assert_true(dy_gazetteer_nplaces(gaz) > 100000);
    assert_true(dy_gazetteer_nnames(gaz) > 100000);
    assert_non_null(strstr(dy_gazetteer_source(gaz), "geonames="));
    /* folding shared with the generator */
    char out[64];
    size_t n = dy_place_fold("Bogotá", strlen("Bogotá"), out, sizeof out);
    assert_int_equal(n, 6);
    assert_memory_equal(out, "bogota", 6);
    n = dy_place_fold("N'Djamena", 9, out, sizeof out);
    assert_int_equal(n, 8);
    assert_memory_equal(out, "ndjamena", 8);
    assert_int_equal(dy_place_fold("Москва", strlen("Москва"), out, sizeof out), 0);
    /* an empty text, a NULL gazetteer */
    dy_arena_reset(&arena);
    dy_text t;
    dy_text_analyze(&arena, "", 0, NULL, &t);
    dy_vec v = {NULL, 0, 0, sizeof(dy_place_expr)};
    dy_extract_places(gaz, &t, NULL, 0, &arena, &v);
    dy_extract_places(NULL, &t, NULL, 0, &arena, &v);
    assert_int_equal(v.n, 0);
    dy_gazetteer_free(NULL);
}

int main(void)
{
    double t0 = seconds();
    gaz = dy_gazetteer_new();
    double t1 = seconds();
    if (dy_gazetteer_nplaces(gaz) == 0) {
        printf("SKIP: the gazetteer is empty: libdyad was built without GeoNames "
               "(run scripts/fetch-geonames.sh, then rebuild)\n");
        dy_gazetteer_free(gaz);
        return 77;
    }
    printf("gazetteer: %zu places, %zu names, indexed in %.1f ms\n", dy_gazetteer_nplaces(gaz),
           dy_gazetteer_nnames(gaz), (t1 - t0) * 1e3);
    dy_arena_init(&arena, 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_qualifiers),   cmocka_unit_test(test_names),
        cmocka_unit_test(test_false_places), cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_pathological), cmocka_unit_test(test_index),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    dy_gazetteer_free(gaz);
    return rc;
}
