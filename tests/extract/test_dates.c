/* test_dates.c — time expressions resolved against the article date.
 *
 * Each row is a hand-written sentence, the article date, and the expected
 * expressions as "text:from" or "text:from..to", joined with " | ". Unless a
 * row says otherwise the article date is Wednesday 2019-10-09, so "Tuesday"
 * is 2019-10-08 and "last week" is Monday 2019-09-30 to Sunday 2019-10-06. */
#include "dytest.h"
#include "extract/extract.h"
#include "util/date.h"

static dy_arena arena;

#define DOC "2019-10-09"

/* Run the text stage and the date extractor; render the results. */
static void run(const char *in, const char *doc, char *out, size_t cap)
{
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, in, strlen(in), NULL, &t);
    int32_t day = DY_NODATE;
    if (doc) assert_int_equal(dy_parse_ymd(doc, strlen(doc), 0, &day), 0);
    dy_vec v = {0};
    v.size = sizeof(dy_date_expr);
    dy_extract_dates(&t, NULL, day, &arena, &v);
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < v.n && o < cap; i++) {
        const dy_date_expr *d = (const dy_date_expr *)v.v + i;
        assert_true(d->tok0 < d->tok1 && d->tok1 <= t.ntok);
        assert_true(d->sentence < t.nsent);
        assert_true(d->tok0 >= t.sents[d->sentence].tok_begin && d->tok1 <= t.sents[d->sentence].tok_end);
        uint32_t b = t.toks[d->tok0].start, e = t.toks[d->tok1 - 1].start + t.toks[d->tok1 - 1].len;
        char f[11], g[11];
        dy_format_date(d->from, f);
        dy_format_date(d->to, g);
        if (d->from == d->to)
            o += (size_t)snprintf(out + o, cap - o, "%s%.*s:%s", i ? " | " : "", (int)(e - b), t.text + b, f);
        else
            o += (size_t)snprintf(out + o, cap - o, "%s%.*s:%s..%s", i ? " | " : "", (int)(e - b),
                                  t.text + b, f, g);
    }
}

typedef struct row {
    const char *in, *doc, *want;
} row;

static void check_rows(const char *group, const row *rows, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        run(rows[i].in, rows[i].doc, got, sizeof got);
        if (strcmp(got, rows[i].want) != 0) {
            print_error("%s.%zu: '%s' (doc %s)\n   got  '%s'\n   want '%s'\n", group, i, rows[i].in,
                        rows[i].doc ? rows[i].doc : "none", got, rows[i].want);
            bad++;
        }
    }
    if (bad) fail_msg("%s: %d of %zu rows wrong", group, bad, n);
}

/* dates-1.x: absolute dates with a day */
static void test_absolute(void **state)
{
    (void)state;
    static const row rows[] = {
        {"Protesters clashed with police on October 3.", DOC, "October 3:2019-10-03"},
        {"The talks opened on Oct. 3 in Geneva.", DOC, "Oct. 3:2019-10-03"},
        {"The law took effect on Sept. 3rd.", DOC, "Sept. 3rd:2019-09-03"},
        {"The law took effect on Sept 3.", DOC, "Sept 3:2019-09-03"},
        {"Troops left on Jan. 5.", DOC, "Jan. 5:2019-01-05"},
        {"Fighting resumed on 3 October.", DOC, "3 October:2019-10-03"},
        {"He was arrested on the 3rd of October.", DOC, "3rd of October:2019-10-03"},
        {"The summit ran Oct. 2-4, 2019, in Sochi.", DOC, "Oct. 2-4, 2019:2019-10-02..2019-10-04"},
        {"Strikes continued from March 3 to 6.", DOC, "from March 3 to 6:2019-03-03..2019-03-06"},
        {"Voting took place between 3 and 5 March.", DOC, "between 3 and 5 March:2019-03-03..2019-03-05"},
        {"The siege lasted from March 30 to April 2.", DOC,
         "from March 30 to April 2:2019-03-30..2019-04-02"},
        {"It lasted 2-4 October 2018.", DOC, "2-4 October 2018:2018-10-02..2018-10-04"},
        {"The accord was signed on October 3, 2017.", DOC, "October 3, 2017:2017-10-03"},
        {"The accord was signed on 3 October 2017 in Paris.", DOC, "3 October 2017:2017-10-03"},
        {"The accord was signed on 2017-10-03.", DOC, "2017-10-03:2017-10-03"},
        {"The accord was signed on 2017/10/03.", DOC, "2017/10/03:2017-10-03"},
        {"The accord was signed on 10/03/2017.", DOC, ""},
        {"He spoke on Tuesday, Oct. 8, in Ankara.", DOC, "Tuesday, Oct. 8:2019-10-08"},
        {"He spoke on Tuesday, 8 October 2019, in Ankara.", DOC, "Tuesday, 8 October 2019:2019-10-08"},
        /* year-less dates after the article date fall in the previous year */
        {"The ceasefire collapsed on November 3.", DOC, "November 3:2018-11-03"},
        {"Rebels seized the town on December 28 and held it to January 3.", "2020-01-05",
         "December 28:2019-12-28 | January 3:2020-01-03"},
        {"Clashes from December 28 to January 3 killed dozens.", "2020-01-05",
         "from December 28 to January 3:2019-12-28..2020-01-03"},
        {"The law was passed on February 29.", DOC, "February 29:2016-02-29"},
        {"The law was passed on February 30.", DOC, ""},
        /* future cues move a year-less date forward */
        {"Elections will be held on November 3.", DOC, "November 3:2019-11-03"},
        {"The vote is scheduled for March 3.", DOC, "March 3:2020-03-03"},
        {"On March 3, parliament will vote on the bill.", DOC, "March 3:2020-03-03"},
        {"On March 3, the minister said he will resign.", DOC, "March 3:2019-03-03"},
        {"From Oct. 1 through Oct. 5, schools were closed.", DOC,
         "From Oct. 1 through Oct. 5:2019-10-01..2019-10-05"},
        {"He was arrested on 3 March and released on March 10, 2018.", DOC,
         "3 March:2019-03-03 | March 10, 2018:2018-03-10"},
        {"The March 3 vote was delayed.", DOC, "March 3:2019-03-03"},
    };
    check_rows("dates-1", rows, sizeof rows / sizeof rows[0]);
}

/* dates-2.x: months, years, decades */
static void test_months_years(void **state)
{
    (void)state;
    static const row rows[] = {
        {"The war began in 2011.", DOC, "2011:2011-01-01..2011-12-31"},
        {"The war began in 2011.", NULL, "2011:2011-01-01..2011-12-31"},
        {"Police said 2011 people signed.", DOC, ""},
        {"Unrest grew in October.", DOC, "October:2019-10-01..2019-10-31"},
        {"Unrest grew in November.", DOC, "November:2018-11-01..2018-11-30"},
        {"Elections will be held in November.", DOC, "November:2019-11-01..2019-11-30"},
        {"The deal expires next October.", DOC, "next October:2020-10-01..2020-10-31"},
        {"Talks collapsed last October.", DOC, "last October:2018-10-01..2018-10-31"},
        {"Talks collapsed last September.", DOC, "last September:2019-09-01..2019-09-30"},
        {"Talks resume this December.", DOC, "this December:2019-12-01..2019-12-31"},
        {"He was jailed in March 2019.", DOC, "March 2019:2019-03-01..2019-03-31"},
        {"He was jailed in March 2019.", NULL, "March 2019:2019-03-01..2019-03-31"},
        {"Protests peaked in mid-October.", DOC, "mid-October:2019-10-11..2019-10-21"},
        {"Protests peaked in early September.", DOC, "early September:2019-09-01..2019-09-10"},
        {"Protests peaked in late September.", DOC, "late September:2019-09-21..2019-09-30"},
        {"Troops withdrew in early 2019.", DOC, "early 2019:2019-01-01..2019-05-01"},
        {"Troops withdrew in mid-2018.", DOC, "mid-2018:2018-05-02..2018-09-01"},
        {"The group was founded in the 1990s.", NULL, "the 1990s:1990-01-01..1999-12-31"},
        {"Police may detain him.", DOC, ""},
        {"They hope to march on the capital.", DOC, ""},
        {"The rally in May drew thousands.", DOC, "May:2019-05-01..2019-05-31"},
        {"March organisers said the route was blocked.", DOC, ""},
        {"The Mar-a-Lago meeting ended.", DOC, ""},
        {"Clashes continued between March and May.", DOC, "between March and May:2019-03-01..2019-05-31"},
        {"Clashes continued from November to January.", DOC,
         "from November to January:2018-11-01..2019-01-31"},
        {"The programme runs from October to December 2019.", NULL,
         "from October to December 2019:2019-10-01..2019-12-31"},
        {"Elections were held in November.", DOC, "November:2018-11-01..2018-11-30"},
        {"It will be completed by 2025.", DOC, "2025:2025-01-01..2025-12-31"},
    };
    check_rows("dates-2", rows, sizeof rows / sizeof rows[0]);
}

/* dates-3.x: weekdays and days relative to the article date (Wed 2019-10-09) */
static void test_weekdays(void **state)
{
    (void)state;
    static const row rows[] = {
        {"Gunmen attacked a checkpoint on Tuesday.", DOC, "Tuesday:2019-10-08"},
        {"Gunmen attacked a checkpoint Tuesday.", DOC, "Tuesday:2019-10-08"},
        {"Gunmen attacked a checkpoint on Wednesday.", DOC, "Wednesday:2019-10-09"},
        {"Gunmen attacked a checkpoint on Thursday.", DOC, "Thursday:2019-10-03"},
        {"Tuesday's attack killed three.", DOC, "Tuesday:2019-10-08"},
        {"The envoy arrives next Tuesday.", DOC, "next Tuesday:2019-10-15"},
        {"The envoy arrived last Wednesday.", DOC, "last Wednesday:2019-10-02"},
        {"The envoy arrived last Monday.", DOC, "last Monday:2019-10-07"},
        {"He will travel to Paris on Friday.", DOC, "Friday:2019-10-11"},
        {"He said on Tuesday he will resign.", DOC, "Tuesday:2019-10-08"},
        {"On Friday, parliament will vote.", DOC, "Friday:2019-10-11"},
        {"Shelling resumed late on Monday.", DOC, "late on Monday:2019-10-07"},
        {"Shelling resumed late Monday.", DOC, "late Monday:2019-10-07"},
        {"Shelling resumed on Monday night.", DOC, "Monday night:2019-10-07"},
        {"Shelling resumed on Tuesday.", NULL, ""},
        {"The minister resigned yesterday.", DOC, "yesterday:2019-10-08"},
        {"The minister resigned yesterday morning.", DOC, "yesterday morning:2019-10-08"},
        {"The minister resigns today.", DOC, "today:2019-10-09"},
        {"The minister speaks tonight.", DOC, "tonight:2019-10-09"},
        {"The minister speaks tomorrow.", DOC, "tomorrow:2019-10-10"},
        {"The minister resigned yesterday.", NULL, ""},
        {"Explosions were heard last night.", DOC, "last night:2019-10-08"},
        {"Explosions were heard this morning.", DOC, "this morning:2019-10-09"},
        {"Police said earlier today the road was open.", DOC, "earlier today:2019-10-09"},
        {"He was seen the day before yesterday.", DOC, "the day before yesterday:2019-10-07"},
        {"The talks, which began on Monday, will end on Friday.", DOC,
         "Monday:2019-10-07 | Friday:2019-10-11"},
        {"Schools will be closed on Friday.", DOC, "Friday:2019-10-11"},
        {"The Sunday Times reported that on Monday police fired.", DOC, "Monday:2019-10-07"},
        {"Bloody Sunday was remembered; Super Tuesday voters queued.", DOC, ""},
    };
    check_rows("dates-3", rows, sizeof rows / sizeof rows[0]);
}

/* dates-4.x: weeks, months, years relative to the article date */
static void test_relative(void **state)
{
    (void)state;
    static const row rows[] = {
        {"Dozens were arrested last week.", DOC, "last week:2019-09-30..2019-10-06"},
        {"Talks continue this week.", DOC, "this week:2019-10-07..2019-10-13"},
        {"Talks resume next week.", DOC, "next week:2019-10-14..2019-10-20"},
        {"Prices rose last month.", DOC, "last month:2019-09-01..2019-09-30"},
        {"Prices rose this month.", DOC, "this month:2019-10-01..2019-10-31"},
        {"Prices will rise next month.", DOC, "next month:2019-11-01..2019-11-30"},
        {"The election was held last year.", DOC, "last year:2018-01-01..2018-12-31"},
        {"The election is held next year.", DOC, "next year:2020-01-01..2020-12-31"},
        {"The election was held late last year.", DOC, "late last year:2018-09-02..2018-12-31"},
        {"The party split earlier this month.", DOC, "earlier this month:2019-10-01..2019-10-09"},
        {"The party will split later this week.", DOC, "later this week:2019-10-09..2019-10-13"},
        {"The group met three days ago.", DOC, "three days ago:2019-10-06"},
        {"The group met 10 days ago.", DOC, "10 days ago:2019-09-29"},
        {"The group met two weeks ago.", DOC, "two weeks ago:2019-09-23..2019-09-29"},
        {"The group met a month ago.", DOC, "a month ago:2019-09-01..2019-09-30"},
        {"The group met twenty-one years ago.", DOC, "twenty-one years ago:1998-01-01..1998-12-31"},
        {"The group met two years ago.", NULL, ""},
        {"Riots broke out over the weekend.", DOC, "the weekend:2019-10-05..2019-10-06"},
        {"Riots broke out over the weekend.", "2019-10-12", "the weekend:2019-10-12..2019-10-13"},
        {"Riots broke out last weekend.", DOC, "last weekend:2019-10-05..2019-10-06"},
        {"Riots are feared this weekend.", DOC, "this weekend:2019-10-12..2019-10-13"},
        {"Attacks rose in the past three days.", DOC, "past three days:2019-10-06..2019-10-09"},
        {"Attacks rose over the past week.", DOC, "past week:2019-10-02..2019-10-09"},
        {"He said last week that on Monday night police fired on crowds.", DOC,
         "last week:2019-09-30..2019-10-06 | Monday night:2019-10-07"},
        {"Two died on Oct. 3. Three more died yesterday.", DOC, "Oct. 3:2019-10-03 | yesterday:2019-10-08"},
    };
    check_rows("dates-4", rows, sizeof rows / sizeof rows[0]);
}

/* dates-5.x: pathological input runs in linear time and terminates */
static void test_pathological(void **state)
{
    (void)state;
    static const char *const pieces[] = {"October", "3", "-", "4", ",", "2019", "from", "March",
                                         "to", "last", "week", "Tuesday", "night", "ago", "days",
                                         "three", "between", "and", "mid", "in", "2019-10-03"};
    size_t np = sizeof pieces / sizeof pieces[0], cap = 200000, o = 0;
    char *big = malloc(cap);
    assert_non_null(big);
    for (size_t i = 0; i < 10000; i++)
        o += (size_t)snprintf(big + o, cap - o, "%s ", pieces[(i * 7 + i / 3) % np]);
    dy_text t;
    int32_t day;
    dy_parse_ymd(DOC, 10, 0, &day);
    for (int pass = 0; pass < 2; pass++) {
        dy_arena_reset(&arena);
        dy_text_analyze(&arena, big, o, NULL, &t);
        assert_true(t.ntok >= 10000);
        dy_vec v = {0};
        v.size = sizeof(dy_date_expr);
        dy_extract_dates(&t, NULL, pass ? DY_NODATE : day, &arena, &v);
        for (size_t i = 1; i < v.n; i++) {
            const dy_date_expr *d = (const dy_date_expr *)v.v;
            assert_true(d[i].tok0 >= d[i - 1].tok1);
            assert_true(d[i].from <= d[i].to);
        }
    }
    /* 10,000 numbers in one line */
    o = 0;
    for (size_t i = 0; i < 10000; i++) o += (size_t)snprintf(big + o, cap - o, "%zu ", i % 40);
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, big, o, NULL, &t);
    dy_vec v = {0};
    v.size = sizeof(dy_date_expr);
    dy_extract_dates(&t, NULL, day, &arena, &v);
    assert_int_equal(v.n, 0);
    free(big);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute), cmocka_unit_test(test_months_years),
        cmocka_unit_test(test_weekdays), cmocka_unit_test(test_relative),
        cmocka_unit_test(test_pathological),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return rc;
}
