/* test_quotes.c — stage 6: direct quotations and their speakers.
 *
 * Each case is a hand-written news sentence and the quotations expected in
 * it: the text inside the marks and the words naming the speaker ("" when
 * none is found). Case ids (quote-N.M) appear in failure messages. */
#include "dytest.h"
#include "extract/extract.h"

#include <time.h>

static dy_arena arena;

size_t dy_speech_table_check(void); /* quotes.c: 0 if its word tables agree with their words */

typedef struct qcase {
    const char *in;
    int n;                    /* number of quotations */
    const char *q[3], *spk[3];
} qcase;

static dy_text analyze(const char *s)
{
    dy_text t;
    dy_arena_reset(&arena);
    dy_text_analyze(&arena, s, strlen(s), NULL, &t);
    return t;
}

static dy_vec quotes_of(const dy_text *t)
{
    dy_vec v = {0};
    v.size = sizeof(dy_quote_expr);
    dy_extract_quotes(t, NULL, &arena, &v);
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
static void run_cases(const char *group, const qcase *cases, size_t ncases)
{
    int bad = 0;
    for (size_t i = 0; i < ncases; i++) {
        dy_text t = analyze(cases[i].in);
        dy_vec v = quotes_of(&t);
        const dy_quote_expr *q = v.v;
        if ((int)v.n != cases[i].n) {
            char got[512] = "";
            size_t o = 0;
            for (size_t j = 0; j < v.n && o < sizeof got; j++)
                o += (size_t)snprintf(got + o, sizeof got - o, " [%.*s]", (int)(q[j].end - q[j].start),
                                      t.text + q[j].start);
            BAD("%s.%zu: '%s' has %zu quotes, want %d:%s", group, i, cases[i].in, v.n,
                     cases[i].n, got);
        }
        for (int j = 0; j < cases[i].n && j < (int)v.n && j < 3; j++) {
            char s[512];
            size_t len = q[j].end - q[j].start;
            if (len != strlen(cases[i].q[j]) || memcmp(t.text + q[j].start, cases[i].q[j], len) != 0)
                BAD("%s.%zu: quote %d is '%.*s', want '%s'", group, i, j, (int)len,
                         t.text + q[j].start, cases[i].q[j]);
            /* the byte range and the token range agree */
            span_str(&t, q[j].tok0, q[j].tok1, s, sizeof s);
            if (strlen(s) != len || memcmp(s, t.text + q[j].start, len) != 0)
                BAD("%s.%zu: quote %d tokens '%s' differ from bytes", group, i, j, s);
            span_str(&t, q[j].spk0, q[j].spk1, s, sizeof s);
            if (strcmp(s, cases[i].spk[j]) != 0)
                BAD("%s.%zu: quote %d speaker '%s', want '%s'", group, i, j, s, cases[i].spk[j]);
        }
    }
    if (bad) fail_msg("%s: %d mismatches", group, bad);
}

#define RUN(group, cases) run_cases(group, cases, sizeof cases / sizeof cases[0])

/* quote-1.x: the speaker cue after or before the quote */
static void test_cues(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"“We will fight,” he said.", 1, {"We will fight,"}, {"he"}},
        {"\"We will fight,\" she said.", 1, {"We will fight,"}, {"she"}},
        {"“We will not accept this,” said Erdogan.", 1, {"We will not accept this,"}, {"Erdogan"}},
        {"“The talks have failed,” the minister told Reuters.", 1, {"The talks have failed,"},
         {"the minister"}},
        {"“The border will stay closed,” according to a statement.", 1,
         {"The border will stay closed,"}, {"a statement"}},
        {"He said: “We will never surrender.”", 1, {"We will never surrender."}, {"He"}},
        {"Erdogan told reporters, “We are ready for talks.”", 1, {"We are ready for talks."},
         {"Erdogan"}},
        {"“We are ready,” Turkish Foreign Minister Mevlut Cavusoglu said.", 1, {"We are ready,"},
         {"Turkish Foreign Minister Mevlut Cavusoglu"}},
        {"“We are ready,” said a spokesman for the ministry.", 1, {"We are ready,"},
         {"a spokesman for the ministry"}},
        {"“We are ready,” Mehmet Yilmaz said on Tuesday.", 1, {"We are ready,"}, {"Mehmet Yilmaz"}},
        {"“Why now?” she asked.", 1, {"Why now?"}, {"she"}},
        {"“Enough!” Erdogan shouted.", 1, {"Enough!"}, {"Erdogan"}},
        {"“We will fight,” he said, “and we will win.”", 2, {"We will fight,", "and we will win."},
         {"he", "he"}},
        {"“We will fight,” he added. “We will never surrender.”", 2,
         {"We will fight,", "We will never surrender."}, {"he", "he"}},
        {"“I’m going to win,\" she said.", 1, {"I’m going to win,"}, {"she"}},
        {"“We will respond,” Mehmet Yilmaz, the ministry’s spokesman, said.", 1, {"We will respond,"},
         {"Mehmet Yilmaz"}},
        {"“We will respond”, the president also said.", 1, {"We will respond"}, {"the president"}},
        {"“It is over,” said spokesman Haley Morris.", 1, {"It is over,"}, {"spokesman Haley Morris"}},
        {"Erdogan said that “the operation will continue until the end.”", 1,
         {"the operation will continue until the end."}, {"Erdogan"}},
        {"According to Anadolu, “the talks collapsed after two hours.”", 1,
         {"the talks collapsed after two hours."}, {"Anadolu"}},
        {"The Turkish president told the newspaper Hurriyet on Sunday: “We will not wait.”", 1,
         {"We will not wait."}, {"The Turkish president"}},
        {"“We are not afraid,” the head of the Kurdish group said.", 1, {"We are not afraid,"},
         {"the head of the Kurdish group"}},
        {"The minister spoke after the vote, saying: “We respect the result.”", 1,
         {"We respect the result."}, {"The minister"}},
        {"Spokeswoman Haley Morris says the candidate has “always run a lean campaign and will "
         "continue to do so.”", 1,
         {"always run a lean campaign and will continue to do so."}, {"Spokeswoman Haley Morris"}},
        {"“We will fight,” officials said.", 1, {"We will fight,"}, {"officials"}},
        {"“We will fight,” it said in a statement.", 1, {"We will fight,"}, {"it"}},
        {"ANKARA (Reuters) - “We will fight,” Erdogan said.", 1, {"We will fight,"}, {"Erdogan"}},
        {"David Axelrod, who was senior adviser to Obama, tweeted this: \"She did it again.\"", 1,
         {"She did it again."}, {"David Axelrod"}},
        {"Fiorina told \"Fox and Friends,\" reminding the hosts of the past.", 0, {0}, {0}},
        {"Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I "
         "have been friends for a long time.”", 1, {"Sheldon and I have been friends for a long time."},
         {"Trump"}},
        {"Huma Abedin, vice chairwoman for the campaign, emailed supporters on Monday evening, "
         "telling them, “I am a proud Muslim.”", 1, {"I am a proud Muslim."}, {"Huma Abedin"}},
        {"In response to the plan, Clinton’s right-hand woman rallied supporters, saying: “We have "
         "to be ready to stop him.”", 1, {"We have to be ready to stop him."},
         {"Clinton’s right-hand woman"}},
        {"Trump reminds me of Abraham Lincoln saying that \"You can fool some of the people all of "
         "the time.\"", 1, {"You can fool some of the people all of the time."}, {"Abraham Lincoln"}},
        {"The longtime senator said he rarely asks surrogates to stump for him, “except for people "
         "I’m very close to.”", 1, {"except for people I’m very close to."}, {"he"}},
        {"De Blasio said the move was made by the police and said, “Who are you going to trust?”", 1,
         {"Who are you going to trust?"}, {"De Blasio"}},
        {"Michael J. Petrilli, president of the institute, tied those scores to graduation rates, "
         "saying the law helped “millions of kids who would have dropped out.”", 1,
         {"millions of kids who would have dropped out."}, {"Michael J. Petrilli"}},
        {"\"I want to wait until I meet with Bibi\" before discussing specifics, he said.", 1,
         {"I want to wait until I meet with Bibi"}, {"he"}},
        {"\"This is a lot of nonsense,\" he went on.", 1, {"This is a lot of nonsense,"}, {"he"}},
        {"She followed that by saying, \"I am not a natural politician.\"", 1,
         {"I am not a natural politician."}, {"She"}},
    };
    RUN("quote-1", cases);
}

/* quote-2.x: every listed cue verb, in the "“…,” X <verb>." shape */
static void test_cue_verbs(void **state)
{
    (void)state;
    static const char *const verbs[] = {
        "said", "says", "told reporters", "added", "stated", "declared", "announced", "warned",
        "insisted", "argued", "wrote", "asked", "noted", "stressed", "explained", "tweeted",
        "posted", "continued", "tells Reuters", "replied",
    };
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        char in[256];
        snprintf(in, sizeof in, "“The army is ready,” the minister %s.", verbs[i]);
        qcase c = {in, 1, {"The army is ready,"}, {"the minister"}};
        run_cases("quote-2a", &c, 1);
        snprintf(in, sizeof in, "“The army is ready,” %s Yilmaz.", verbs[i]);
        if (strchr(verbs[i], ' ')) continue; /* "told reporters Yilmaz" is not English */
        qcase d = {in, 1, {"The army is ready,"}, {"Yilmaz"}};
        run_cases("quote-2b", &d, 1);
    }
    /* not cue verbs: the same frame yields a scare quote or an anonymous quote */
    static const qcase cases[] = {
        {"“Peace plan” failed, the minister said.", 0, {0}, {0}},
        {"The “rebels” attacked, and the minister said nothing.", 0, {0}, {0}},
    };
    RUN("quote-2c", cases);
}

/* quote-3.x: quotes over several sentences and paragraphs */
static void test_multi(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"“We will not accept this. Our army is ready. Nobody should doubt it,” Erdogan told "
         "reporters in Ankara.", 1,
         {"We will not accept this. Our army is ready. Nobody should doubt it,"}, {"Erdogan"}},
        {"He said: “We will fight. We will win.”", 1, {"We will fight. We will win."}, {"He"}},
        /* continued in the next paragraph: no close mark, re-opened */
        {"The minister spoke at length.\n\n“We will not accept this. Our army is ready.\n\n"
         "“Nobody should doubt it,” he said.", 1,
         {"We will not accept this. Our army is ready.\n\n“Nobody should doubt it,"}, {"he"}},
        /* a paragraph-initial quote never closed runs to the end of its paragraph */
        {"“We will not accept this. Our army is ready.\n\nThe minister then left.", 1,
         {"We will not accept this. Our army is ready."}, {""}},
        /* a quote in its own paragraph after the speaker's cue clause */
        {"“We will fight,” Erdogan said.\n\n“We will never surrender to terror.”", 2,
         {"We will fight,", "We will never surrender to terror."}, {"Erdogan", "Erdogan"}},
        /* a quote introduced by a colon at the end of the previous paragraph */
        {"Erdogan told parliament:\n\n“We will never surrender to terror.”", 1,
         {"We will never surrender to terror."}, {"Erdogan"}},
    };
    RUN("quote-3", cases);
    /* the sentence index is the one where the quote starts */
    dy_text t = analyze("Troops moved in. Residents fled.\n\n“We will not retreat. Never,” he said.");
    dy_vec v = quotes_of(&t);
    assert_int_equal(v.n, 1);
    assert_int_equal(((dy_quote_expr *)v.v)[0].sentence, 2);
}

/* quote-4.x: nested single quotes, British style, mixed marks */
static void test_nested(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"“They told us ‘leave now’ and we left,” a resident said.", 1,
         {"They told us ‘leave now’ and we left,"}, {"a resident"}},
        {"\"He called it 'a farce' today,\" she said.", 1, {"He called it 'a farce' today,"}, {"she"}},
        {"‘We will fight,’ he said.", 1, {"We will fight,"}, {"he"}},
        {"'We will fight,' he said.", 1, {"We will fight,"}, {"he"}},
        {"‘He called the deal “a betrayal of the people”,’ she said.", 1,
         {"He called the deal “a betrayal of the people”,"}, {"she"}},
        {"‘We will not give in to the bosses’, the union leader said.", 1,
         {"We will not give in to the bosses"}, {"the union leader"}},
        {"Trump: ‘I will win’", 1, {"I will win"}, {"Trump"}},
        {"Carly Fiorina: 'Bill Clinton's fair game.'", 1, {"Bill Clinton's fair game."}, {"Carly Fiorina"}},
        {"The message: “Peace now”", 0, {0}, {0}},
        /* two apostrophes as a double mark (NYT archive style) */
        {"''Some courses are adapting, others are just not,'' said Paul H. Chipok, a lawyer.", 1,
         {"Some courses are adapting, others are just not,"}, {"Paul H. Chipok"}},
        {"They are known as ''rabbit patches'' or ''goat farms.''", 0, {0}, {0}},
        {"''It's a vicious cycle,'' he said. ''We can't stop it.''", 2,
         {"It's a vicious cycle,", "We can't stop it."}, {"he", "he"}},
        {"« We will win, » the minister said.", 1, {"We will win,"}, {"the minister"}},
        {"„Wir schaffen das“, sagte Merkel.", 0, {0}, {0}}, /* 3 words, no English cue */
    };
    RUN("quote-4", cases);
}

/* quote-5.x: scare quotes, titles and slogans are not quotations */
static void test_scare(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"Erdogan rejected the so-called “peace plan” on Tuesday.", 0, {0}, {0}},
        {"He called it a “hoax.”", 0, {0}, {0}},
        {"Erdogan said the so-called “peace plan” was dead.", 0, {0}, {0}},
        {"The “moderate rebels” were defeated, officials said.", 0, {0}, {0}},
        {"His book “The Art of the Deal” sold well.", 0, {0}, {0}},
        {"Supporters waved “Make America Great Again” hats.", 0, {0}, {0}},
        {"“Peace plan” collapses", 0, {0}, {0}},
        {"Protesters chanted “we want justice” in the square.", 1, {"we want justice"}, {"Protesters"}},
        {"“Never,” he said.", 1, {"Never,"}, {"he"}},
        {"The leaflet read “the regime will fall before the winter ends” in red letters.", 1,
         {"the regime will fall before the winter ends"}, {"The leaflet"}},
        {"Asked about the deal, he shook his head.\n\n“Never.”", 1, {"Never."}, {""}},
        /* a short quote inside reported speech is a partial quotation */
        {"Morris says the campaign will “compete vigorously”.", 1, {"compete vigorously"}, {"Morris"}},
        {"Obama said the law is “ripe for abuse” and should go.", 1, {"ripe for abuse"}, {"Obama"}},
        {"He said the “peace plan” was dead.", 1, {"peace plan"}, {"He"}},
        {"\"Related:\"\n\nCandidates spoke.", 0, {0}, {0}},
        {"Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said no.", 0,
         {0}, {0}},
        {"Speaking on “Hannity,” Gingrich said he would run.", 0, {0}, {0}},
    };
    RUN("quote-5", cases);
}

/* quote-6.x: apostrophes are not quote marks */
static void test_apostrophes(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"Kenya’s president said the country’s army was ready.", 0, {0}, {0}},
        {"Kenya's president said the country's army was ready.", 0, {0}, {0}},
        {"“Kenya’s army won’t retreat,” the president’s spokesman said.", 1,
         {"Kenya’s army won’t retreat,"}, {"the president’s spokesman"}},
        {"In the ’90s, rock ’n’ roll was popular.", 0, {0}, {0}},
        {"In the '90s, rock 'n' roll was popular.", 0, {0}, {0}},
        {"The players' union and the teams' owners met.", 0, {0}, {0}},
        {"The countries’ leaders said they don’t agree.", 0, {0}, {0}},
        {"“The O’Briens’ house burned,” he said.", 1, {"The O’Briens’ house burned,"}, {"he"}},
    };
    RUN("quote-6", cases);
}

/* quote-7.x: unbalanced marks */
static void test_unbalanced(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"He said “we will fight and then left.", 0, {0}, {0}},
        {"“We will fight,” he said.”", 1, {"We will fight,"}, {"he"}},
        {"He said “we will fight. “We will win,” he added.", 1, {"We will win,"}, {"he"}},
        {"A “stray mark.\n\nIn other news, the minister resigned.", 0, {0}, {0}},
        {"” ” “", 0, {0}, {0}},
        {"“", 0, {0}, {0}},
        {"\"", 0, {0}, {0}},
        {"“”", 0, {0}, {0}},
        {"“We will fight,” he", 1, {"We will fight,"}, {""}},
        {"said “", 0, {0}, {0}},
        {"“We will not accept this, the army is ready and the nation stands united,”", 1,
         {"We will not accept this, the army is ready and the nation stands united,"}, {""}},
    };
    RUN("quote-7", cases);
    /* a document of nothing but quotes and cues */
    dy_text t = analyze("");
    dy_vec v = quotes_of(&t);
    assert_int_equal(v.n, 0);
}

/* quote-8.x: linear time on pathological input */
static double seconds(void) { return (double)clock() / CLOCKS_PER_SEC; }

static void test_pathological(void **state)
{
    (void)state;
    static const char *const units[] = {
        "\"", "“", "”", "‘", "’", "'", "“a” said ", "‘a ", "“We will fight,” he said, ",
        "He said: “a ", "\n\n“a ", "“a\n\n", "” he said ", "a ’s ",
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
        double t0 = seconds();
        dy_vec v = {0};
        v.size = sizeof(dy_quote_expr);
        dy_extract_quotes(&t, NULL, &arena, &v);
        double dt = seconds() - t0;
        /* not a benchmark: linear work here takes milliseconds, a quadratic
         * pass over 100,000 marks would take minutes */
        if (dt > 5.0) fail_msg("quote-8.%zu: %zu × '%s' took %.2f s", u, reps, units[u], dt);
        /* quotes never overlap and stay inside the text */
        const dy_quote_expr *q = v.v;
        for (size_t i = 0; i < v.n; i++) {
            assert_true(q[i].start < q[i].end && q[i].end <= t.len);
            if (i) assert_true(q[i - 1].end <= q[i].start);
        }
        free(big);
    }
}

/* quote-10.x: speakers without a known cue next to the quote */
static void test_fallback(void **state)
{
    (void)state;
    static const qcase cases[] = {
        /* any verb after “…,”: the comma marks speech */
        {"“This is a big political win for me,” I confessed.", 1, {"This is a big political win for me,"},
         {"I"}},
        {"“Cruz could win in a landslide,” Viguerie concludes.", 1, {"Cruz could win in a landslide,"},
         {"Viguerie"}},
        {"“You might be able to work with them,” Bozell points out.", 1,
         {"You might be able to work with them,"}, {"Bozell"}},
        /* a long apposition between speaker and verb */
        {"“Very good reporter, this guy,” Trump, the 2016 GOP presidential frontrunner nationally and "
         "current polling leader in South Carolina, said on Monday.", 1, {"Very good reporter, this guy,"},
         {"Trump"}},
        /* inside a sentence: the speaker of the clause before it */
        {"Moore thanked him for “stepping up and taking action when Congress won’t.”", 1,
         {"stepping up and taking action when Congress won’t."}, {"Moore"}},
        {"She called his executive actions “a crucial step forward on gun violence.”", 1,
         {"a crucial step forward on gun violence."}, {"She"}},
        {"Former Arkansas Gov. Mike Huckabee, for his part, is labeling the actions “a blatant, "
         "belligerent abuse of power.”", 1, {"a blatant, belligerent abuse of power."},
         {"Former Arkansas Gov. Mike Huckabee"}},
        /* after a colon: the subject of the clause before it */
        {"Cruz called them on it: “The questions asked in this debate illustrate why the people don’t "
         "trust the media.”", 1,
         {"The questions asked in this debate illustrate why the people don’t trust the media."},
         {"Cruz"}},
        {"When Wallace died, President Clinton released the following statement:\n\n“Hillary and I "
         "offer our condolences to the family.”", 1, {"Hillary and I offer our condolences to the family."},
         {"President Clinton"}},
        /* a quote on its own after the speaker's quote in the paragraph before */
        {"“We like a lot of the candidates,” Adelson said during the interview in Macau, the world’s "
         "largest gambling hub, ahead of the vote in the state.\n\n“It’s changing every day.”", 2,
         {"We like a lot of the candidates,", "It’s changing every day."}, {"Adelson", "Adelson"}},
        {"“I don’t think it’s do or die,” he said outside the building. But “his candidacy is "
         "strengthened with an endorsement.”", 2,
         {"I don’t think it’s do or die,", "his candidacy is strengthened with an endorsement."},
         {"he", "he"}},
        /* …across one paragraph without quotes */
        {"“We will win,” Adelson said.\n\nThe vote is on Tuesday.\n\n“Nobody knows what will happen next.”", 2,
         {"We will win,", "Nobody knows what will happen next."}, {"Adelson", "Adelson"}},
        /* …but not across two */
        {"“We will win,” Adelson said.\n\nThe vote is on Tuesday.\n\nPolls open early.\n\n“Nobody "
         "knows what will happen next.”", 2, {"We will win,", "Nobody knows what will happen next."},
         {"Adelson", ""}},
    };
    RUN("quote-10", cases);
}

/* quote-11.x: the shape of the cue clause after the quote */
static void test_cue_clauses(void **state)
{
    (void)state;
    static const qcase cases[] = {
        /* a signature after a dash */
        {"“Donald Trump scares me.” ― Krystal Correa\n\n“He can’t answer a question.” ― Esther Tapia", 2,
         {"Donald Trump scares me.", "He can’t answer a question."}, {"Krystal Correa", "Esther Tapia"}},
        {"“The whole idea has to stop.” -Michelle Marks, Philadelphia.", 1, {"The whole idea has to stop."},
         {"Michelle Marks"}},
        /* brackets, coordination and a prepositional phrase between speaker and verb */
        {"\"Pfizer is gaming the system,\" Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.", 1,
         {"Pfizer is gaming the system,"}, {"Senate Minority Leader Harry M. Reid"}},
        {"\"China is equally concerned,\" the independent Vermont senator and Democratic presidential "
         "candidate said.", 1, {"China is equally concerned,"},
         {"the independent Vermont senator and Democratic presidential candidate"}},
        {"\"Will he be the next attorney general?\" a Democratic staffer in the room wondered.", 1,
         {"Will he be the next attorney general?"}, {"a Democratic staffer"}},
        /* an apposition that never closes before the verb */
        {"“Clinton needs a strategy for these voters,” Nate Silver, the polling guru who founded the site "
         "tweeted on Wednesday.", 1, {"Clinton needs a strategy for these voters,"}, {"Nate Silver"}},
        /* inverted cues: any past verb, a loose phrase, "one of" */
        {"''Choke!'' blared the front page of The Boston Herald.", 1, {"Choke!"},
         {"the front page of The Boston Herald"}},
        {"\"We lost a lot of analysts,\" remembered Roy Verley, the former spokesman.", 1,
         {"We lost a lot of analysts,"}, {"Roy Verley"}},
        {"“That is what he did,” said former Pennsylvania Gov. Ed Rendell.", 1, {"That is what he did,"},
         {"former Pennsylvania Gov. Ed Rendell"}},
        {"\"There won't be a path for Bernie,\" said one of the advisers.", 1,
         {"There won't be a path for Bernie,"}, {"one of the advisers"}},
        {"“Interviewers feel they get useful information,” concluded a 2013 article in the journal.", 1,
         {"Interviewers feel they get useful information,"}, {"a 2013 article"}},
        /* auxiliaries between speaker and verb */
        {"NBC News has proof: “Should there be a database?” a reporter can be heard asking Trump.", 1,
         {"Should there be a database?"}, {"a reporter"}},
        /* a quote ending in a nested quote, then an inverted cue */
        {"\"Watch the tape, 'We have to keep it,' \" said former tech executive Carly Fiorina.", 1,
         {"Watch the tape, 'We have to keep it,'"}, {"former tech executive Carly Fiorina"}},
        /* a state after the name: "R-Ky." */
        {"“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, "
         "R-Ky., said Tuesday.", 1, {"Our assumption is that the veto will be overridden,"},
         {"Senate Majority Leader Mitch McConnell"}},
        /* a cue that introduces the quote outranks one after it */
        {"After Clinton accused him of sexism, Trump warned, “If they play the woman card, that will be "
         "fair game,” he told NBC.", 1, {"If they play the woman card, that will be fair game,"}, {"Trump"}},
        /* reported speech after the quote is not an inverted cue */
        {"Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win Maryland.", 1,
         {"the unique magic of Trump,"}, {"Mr. Manafort"}},
        /* a participle clause after the quote: the clause before it speaks */
        {"Silverman joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers.", 1,
         {"Bernie or Bust people, you’re being ridiculous,"}, {"Silverman"}},
        /* three apostrophes: the nested single quote closes first */
        {"''Voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona.", 1,
         {"Voters will not be satisfied with 'We'll bomb them,'"}, {"Senator John McCain of Arizona"}},
    };
    RUN("quote-11", cases);
}

/* quote-12.x: the subject of a cue verb */
static void test_subjects(void **state)
{
    (void)state;
    static const qcase cases[] = {
        /* a relative clause: the phrase it modifies */
        {"Palin posted her message under a headline that said, “ISIS Declares Death to Children.”", 1,
         {"ISIS Declares Death to Children."}, {"a headline"}},
        /* the object of a participle's preposition is not the subject */
        {"Another intelligence source speaking to Fox News said, “The agents are investigating the "
         "donations.”", 1, {"The agents are investigating the donations."}, {"Another intelligence source"}},
        /* brackets before the comma of an apposition */
        {"But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said, \"He's got a heck of an "
         "email list.\"", 1, {"He's got a heck of an email list."}, {"Sen. Richard J. Durbin"}},
        /* an auxiliary is the clause's verb */
        {"President Obama is rolling out a more personal campaign message: \"It's about me.\"", 1,
         {"It's about me."}, {"President Obama"}},
        /* the clause before a colon, not an earlier cue of the sentence */
        {"When Trump said he would sue the U.S., Rubio fired back forcefully: “If they sue us in a court "
         "in Miami, they’re going to lose.”", 1, {"If they sue us in a court in Miami, they’re going to lose."},
         {"Rubio"}},
        /* an infinitive: the subject of the verb governing it */
        {"The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how "
         "civil it has been.''", 1, {"So far, I cannot believe how civil it has been."}, {"Mr. Trump"}},
        /* a participle after an object: the clause's subject */
        {"The Vermont senator emailed supporters saying: “The struggle continues.”", 1,
         {"The struggle continues."}, {"The Vermont senator"}},
        {"His campaign sent out a text message to supporters saying: “With your help, we won.”", 1,
         {"With your help, we won."}, {"His campaign"}},
        /* a plural noun is not a verb: "chants of" */
        {"Mr. Christie roused the crowd to spontaneous chants of ''Lock her up!''", 1, {"Lock her up!"},
         {"Mr. Christie"}},
        /* "claimed that “…”" outranks a cue clause after the quote */
        {"But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of "
         "the former prosecutors said the two cases were different.", 1,
         {"General Petraeus got in trouble for far less,"}, {"Trump"}},
        /* a cue clause after the quote that introduces the next one */
        {"Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, "
         "“You look cute.”", 2, {"Why now? That was on my way to Libya?", "You look cute."}, {"Clinton", "Mills"}},
        /* a number after "of" ends a phrase; a participle's place is not its subject */
        {"Asked why, the 34-year-old mother of three replied, \"It's meant to benefit everyone.\"", 1,
         {"It's meant to benefit everyone."}, {"the 34-year-old mother of three"}},
        {"Protesters marching through the streets chanted \"What curfew?\" and kept going.", 1,
         {"What curfew?"}, {"Protesters"}},
        /* "put it" */
        {"As Ms. Simonyan put it in a statement, ''We provide a perspective you won't get.''", 1,
         {"We provide a perspective you won't get."}, {"Ms. Simonyan"}},
        /* not the subject of a subordinate clause */
        {"Putin steered close to an admission that soldiers had fought in the war, saying, ''We never said "
         "there were no people there.''", 1, {"We never said there were no people there."}, {"Putin"}},
    };
    RUN("quote-12", cases);
}

/* quote-13.x: quotes that modify a noun, and titles with an ampersand */
static void test_modifiers(void **state)
{
    (void)state;
    static const qcase cases[] = {
        {"As the “Never Trump” movement continues to battle, Cruz spoke.", 0, {0}, {0}},
        {"After the news went viral, the “Avatar” star posted a lengthy message.", 0, {0}, {0}},
        {"Wednesday on Fox News Channel’s “Fox & Friends,” Rep. Michael McCaul discussed the bill.", 0,
         {0}, {0}},
        /* titles named by their kind, and works with their author */
        {"She is a co-editor of ''Chick Lit: The New Woman's Fiction.''", 0, {0}, {0}},
        {"Donald Trump, the former host of the reality show “The Apprentice,” listed an NBC show.", 0, {0},
         {0}},
        {"“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello.", 0, {0}, {0}},
        /* …but "By" opening the next paragraph is no byline */
        {"“I will continue to be open,” she said.\n\nBy Thursday afternoon, Clinton had left.", 1,
         {"I will continue to be open,"}, {"she"}},
        /* a single-quoted paragraph is a subheading */
        {"''I would go back to school,'' she said.\n\n'A really tough decision.'\n\nThe workers talked.", 1,
         {"I would go back to school,"}, {"she"}},
        /* a chant in title case with a cue before it is a quotation */
        {"Demonstrators marched on Monday, chanting \"Bernie or Jill, No Hill,\" raising fresh questions.", 1,
         {"Bernie or Jill, No Hill,"}, {"Demonstrators"}},
        /* but a quote ending in punctuation before its speaker is speech */
        {"“We will win” he said.", 1, {"We will win"}, {"he"}},
    };
    RUN("quote-13", cases);
}

/* quote-14.x: a "he"/"she" speaker is resolved to the nearest earlier
 * person mention outside quotations */
static void test_resolve(void **state)
{
    (void)state;
    static const struct {
        const char *in, *ref;   /* ref of the last quote's speaker ("" none) */
    } cases[] = {
        {"Donald Trump spoke at the rally. “We will win,” he said.", "Donald Trump"},
        {"Mr. Trump attacked the plan. “Nobody knows what it costs,” he said.", "Mr. Trump"},
        {"Sen. Ted Cruz attacked the plan on Monday.\n\n“Donald Trump is wrong about it,” he said.",
         "Sen. Ted Cruz"},
        {"“We are ready,” Rubio said. The White House did not answer.\n\n“We will not wait,” he added.",
         "Rubio"},
        {"Senate Minority Leader Harry M. Reid spoke. The Senate met. “It is time,” he said.",
         "Senate Minority Leader Harry M. Reid"},
        {"“The plan is dead,” she said.", ""},
        {"“The plan is dead,” Erdogan said.", ""},   /* not a pronoun */
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_text t = analyze(cases[i].in);
        dy_vec v = quotes_of(&t);
        if (v.n == 0) { BAD("quote-14.%zu: no quote in '%s'", i, cases[i].in); continue; }
        const dy_quote_expr *q = (const dy_quote_expr *)v.v + v.n - 1;
        char got[256];
        span_str(&t, q->ref0, q->ref1, got, sizeof got);
        if (strcmp(got, cases[i].ref) != 0) BAD("quote-14.%zu: '%s' refers to '%s', want '%s'", i, cases[i].in, got, cases[i].ref);
    }
    if (bad) fail_msg("quote-14: %d mismatches", bad);
}

/* quote-9: the word tables agree with their words (dy_speech_table_check) */
static void test_table(void **state)
{
    (void)state;
    assert_int_equal(dy_speech_table_check(), 0);
}

int main(void)
{
    dy_arena_init(&arena, 1 << 16);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cues),         cmocka_unit_test(test_cue_verbs),
        cmocka_unit_test(test_multi),        cmocka_unit_test(test_nested),
        cmocka_unit_test(test_scare),        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_unbalanced),   cmocka_unit_test(test_pathological),
        cmocka_unit_test(test_table),       cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_cue_clauses), cmocka_unit_test(test_subjects),
        cmocka_unit_test(test_modifiers),   cmocka_unit_test(test_resolve),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    dy_arena_release(&arena);
    return rc;
}
