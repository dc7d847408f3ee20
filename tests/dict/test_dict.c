/* test_dict.c — dictionary stage: phrase syntax and connectors, codes,
 * actor/agent/verb readers, malformed-line reports, the phrase index. */
#include "dytest.h"
#include "dict/dict.h"
#include "lex/lemma.h"
#include "util/date.h"

typedef struct diags {
    int n;
    long lines[32];
    char msg[32][128];
} diags;

static void collect(void *ud, const dyad_error *e)
{
    diags *d = ud;
    if (e->severity == DYAD_SEV_NOTE) return;
    if (d->n < 32) {
        d->lines[d->n] = e->line;
        snprintf(d->msg[d->n], sizeof d->msg[0], "%.100s", e->message);
    }
    d->n++;
}

static uint32_t word(const dy_dict *d, const char *w) { return dy_strtab_find(&d->vocab, w, strlen(w)); }

/* dict-1.x: TABARI connector semantics */
static void test_phrase_syntax(void **state)
{
    (void)state;
    dy_dict d;
    dy_dict_init(&d);
    const char *why = NULL;
    static const struct { const char *src; int nel; unsigned f0, f1; } cases[] = {
        {"AL_GORE", 2, DY_ELF_ADJ, DY_ELF_STEM},            /* exact+adjacent, then stem */
        {"AL GORE", 2, DY_ELF_STEM, DY_ELF_STEM},           /* both stems, words may intervene */
        {"IN_ *", 2, 0, 0},                                 /* exact, NOT adjacent */
        {"IN_*", 2, DY_ELF_ADJ, 0},                         /* exact and adjacent to the verb */
        {"BACK~ POLICY", 2, DY_ELF_STEM | DY_ELF_ADJ, DY_ELF_STEM},
        {"DIDN'T", 2, DY_ELF_ADJ, DY_ELF_STEM},             /* a clitic splits like the tokenizer */
        {"BARAD-DUR", 2, DY_ELF_ADJ, DY_ELF_STEM},          /* hyphen = underscore */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t p = dy_dict_phrase(&d, cases[i].src, strlen(cases[i].src), 0, 0, 0, 1, &why);
        assert_int_not_equal(p, DY_NOID);
        const dy_phrase *P = &d.phrases[p];
        if (P->nel != cases[i].nel) fail_msg("dict-1.%zu '%s': %u elements", i, cases[i].src, P->nel);
        unsigned m = DY_ELF_ADJ | DY_ELF_STEM;
        if ((d.elems[P->el].flags & m) != cases[i].f0)
            fail_msg("dict-1.%zu '%s': first flags %x want %x", i, cases[i].src, d.elems[P->el].flags & m, cases[i].f0);
        if ((d.elems[P->el + 1].flags & m) != cases[i].f1)
            fail_msg("dict-1.%zu '%s': second flags %x want %x", i, cases[i].src, d.elems[P->el + 1].flags & m, cases[i].f1);
    }
    /* regular endings only on an exact final word */
    uint32_t p = dy_dict_phrase(&d, "KENYA_", 6, 1, 0, 0, 1, &why);
    assert_true(d.elems[d.phrases[p].el].flags & DY_ELF_ENDINGS);
    p = dy_dict_phrase(&d, "KENYA=", 6, 1, 0, 0, 1, &why);
    assert_false(d.elems[d.phrases[p].el].flags & DY_ELF_ENDINGS);
    /* alternatives and an undefined synset */
    p = dy_dict_phrase(&d, "DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS", 46, 0, 0, 0, 1, &why);
    assert_int_not_equal(p, DY_NOID);
    assert_int_equal(d.phrases[p].nel, 3);
    assert_int_equal(d.elems[d.phrases[p].el + 1].kind, DY_EL_ALT);
    assert_int_equal(d.alts[d.elems[d.phrases[p].el + 1].id].nalts, 2);
    p = dy_dict_phrase(&d, "* &NOSUCH", 9, 0, 0, 0, 1, &why);
    assert_int_equal(p, DY_NOID);
    assert_string_equal(why, "undefined synset");
    p = dy_dict_phrase(&d, "{ A | B", 7, 0, 0, 0, 1, &why);
    assert_int_equal(p, DY_NOID);
    dy_dict_release(&d);
}

/* dict-2.x: event codes */
static void test_evcodes(void **state)
{
    (void)state;
    dy_dict d;
    dy_dict_init(&d);
    dy_evcode c;
    assert_true(dy_parse_evcode(&d, "032:033", 7, &c));
    assert_string_equal(dy_strtab_str(&d.codes, c.code), "032");
    assert_string_equal(dy_strtab_str(&d.codes, c.code2), "033");
    assert_true(dy_parse_evcode(&d, "023?", 4, &c) && c.sub);
    assert_true(dy_parse_evcode(&d, "111!", 4, &c) && c.dom);
    assert_true(dy_parse_evcode(&d, "- - -", 5, &c) && c.kind == DY_CODE_NULL);
    assert_true(dy_parse_evcode(&d, "###", 3, &c) && c.kind == DY_CODE_DISCARD);
    assert_true(dy_parse_evcode(&d, ":173", 4, &c));
    assert_string_equal(dy_strtab_str(&d.codes, c.code), "173");
    assert_false(dy_parse_evcode(&d, "", 0, &c));
    assert_false(dy_parse_evcode(&d, "0$1", 3, &c));
    dy_dict_release(&d);
}

/* dict-3.x: actors with synonyms and date restrictions; malformed lines */
static void test_actors(void **state)
{
    (void)state;
    static const char text[] =
        "# comment\n"
        "GOLLUM ; pas 27 Apr 03\n"
        "+SMEAGOL\n"
        "\t[HOB <950601]\n"
        "\t[HOBGOV 950601-990815]\n"
        "\t[HOBREB >990816]\n"
        "ARNOR_  [ARN]\n"
        "BROKEN [ARN\n"               /* line 8: missing ] */
        "[ORPHAN]\n"                  /* line 9: code without phrase */
        "BADDATE [XYZ 99999-1]\n"     /* line 10: bad date */
        "AMBASSADOR_ [~GOV]\n"        /* an agent in an actors file */
        "<NOUN>\nSHEEP\n</NOUN>\n";
    dy_dict d;
    dy_dict_init(&d);
    diags dg = {0};
    dy_diag diag = {collect, &dg, "x.actors", 0};
    dy_read_tabari_actors(&d, text, sizeof text - 1, &diag);
    assert_int_equal(dg.n, 3);
    assert_int_equal(dg.lines[0], 8);
    assert_string_equal(dg.msg[0], "missing ']'");
    assert_int_equal(dg.lines[1], 9);
    assert_int_equal(dg.lines[2], 10);
    dy_dict_finish(&d, NULL);
    assert_int_equal(d.stats.actors, 3);   /* GOLLUM, SMEAGOL, ARNOR */
    assert_int_equal(d.stats.agents, 1);
    assert_int_equal(d.stats.nouns, 1);
    /* GOLLUM by date: 1994 → HOB, 1997 → HOBGOV, 2001 → HOBREB */
    uint32_t cnt;
    const uint32_t *l = dy_dict_lookup(&d, word(&d, "GOLLUM"), &cnt);
    assert_int_equal(cnt, 1);
    const dy_actor *a = &d.actors[d.entries[l[0]].ref];
    static const struct { int y, m, dd; const char *code; } dates[] = {
        {1994, 1, 1, "HOB"}, {1997, 1, 1, "HOBGOV"}, {2001, 1, 1, "HOBREB"}};
    for (size_t i = 0; i < 3; i++) {
        int32_t day;
        char iso[16];
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", dates[i].y, dates[i].m, dates[i].dd);
        assert_int_equal(dy_parse_ymd(iso, 10, 0, &day), 0);
        const dy_actor_code *ac = dy_actor_resolve(&d, a, day);
        assert_non_null(ac);
        assert_string_equal(dy_strtab_str(&d.codes, ac->code), dates[i].code);
    }
    dy_dict_release(&d);
}

/* dict-4.x: PETRARCH agents: automatic and explicit plurals, markers */
static void test_agents(void **state)
{
    (void)state;
    static const char text[] =
        "!MINST! = MINISTER, MINISTRY\n"
        "SECURITY [~GOV]\n"
        "POLICE {} [~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
        "!MINST!_OF_DEFENCE [~MIL]\n"
        "HUMAN_RIGHTS_GROUP [NGO~]\n"
        "NOCONNECTOR [GOV]\n";
    dy_dict d;
    dy_dict_init(&d);
    d.no_stems = 1;
    diags dg = {0};
    dy_diag diag = {collect, &dg, "x.agents", 0};
    dy_read_agents(&d, text, sizeof text - 1, &diag);
    assert_int_equal(dg.n, 1);
    assert_int_equal(dg.lines[0], 7);
    dy_dict_finish(&d, NULL);
    assert_int_not_equal(word(&d, "SECURITIES"), DY_NOID);            /* y → ies */
    assert_int_equal(word(&d, "POLICES"), DY_NOID);                   /* {} : no plural */
    assert_int_not_equal(word(&d, "ATTORNEYS"), DY_NOID);
    assert_int_not_equal(word(&d, "MINISTRY"), DY_NOID);              /* marker expanded */
    assert_int_equal(d.agents[d.nagents - 1].prefix, 1);              /* NGO~ prepends */
    dy_dict_release(&d);
}

/* dict-5.x: TABARI verbs: forms, patterns longest first, sections */
static void test_tabari_verbs(void **state)
{
    (void)state;
    static const char text[] =
        "<SYNSETS>\n&TIES\n+DIPLOMATIC\n+TRADE\n</SYNSETS>\n"
        "BREAK_ [1717]\n"
        "{BROKE_ BROKEN_}\n"
        "- * OFF &TIES TIES [161]\n"
        "- * TREATY [161]\n"
        "- * OFF_DIPLOMATIC_RELATIONS_WITH + [1610]\n"
        "- NO VERB MARKER [123]\n"      /* line 11: no verb marker */
        "<TIME>\nYESTERDAY [-1]\n</TIME>\n"
        "~FINISH\n"
        "IGNORED [000]\n";
    dy_dict d;
    dy_dict_init(&d);
    diags dg = {0};
    dy_diag diag = {collect, &dg, "x.verbs", 0};
    dy_read_tabari_verbs(&d, text, sizeof text - 1, &diag);
    assert_int_equal(dg.n, 1);
    assert_int_equal(dg.lines[0], 11);
    dy_dict_finish(&d, NULL);
    assert_int_equal(d.nsynsets, 1);
    assert_int_equal(word(&d, "IGNORED"), DY_NOID);  /* after ~FINISH */
    /* BREAK and its two forms share the three patterns, longest first */
    const dy_verb *v = &d.verbs[0];
    assert_int_equal(v->npats, 3);
    assert_int_equal(d.verbs[1].npats, 3);
    assert_int_equal(d.verbs[2].pats, v->pats);
    assert_true(d.phrases[d.pats[v->pats].phrase].length >= d.phrases[d.pats[v->pats + 1].phrase].length);
    assert_true(d.phrases[d.pats[v->pats + 1].phrase].length >= d.phrases[d.pats[v->pats + 2].phrase].length);
    dy_dict_release(&d);
}

/* dict-6.x: block verbs: lemmas, synsets across comments, duplicate roots */
static void test_block_verbs(void **state)
{
    (void)state;
    static const char text[] =
        "&MONEY\n# a comment inside the set\n+DOLLAR\n+EURO\n\n"
        "--- ACCUSE [112] ---\nACCUSE\nCHARGE\n- * + OF &MONEY [1121]\n"
        "--- MEET [031:031] ---\nMEET {MET}\n+HOLD_TALKS\n"
        "--- MEET2 [---] ---\nMEET\n- * + IN SECRET [031]\n"
        "~ a (a b WILL_ATTACK) SAY = a b 138\n"
        "ORPHAN\n";
    dy_dict d;
    dy_dict_init(&d);
    diags dg = {0};
    dy_diag diag = {collect, &dg, "x.verbs", 0};
    dy_read_block_verbs(&d, text, sizeof text - 1, &diag);
    assert_int_equal(dg.n, 0);
    dy_lemmatizer lem;
    dy_lemmatizer_init(&lem);
    dy_dict_finish(&d, &lem);
    assert_int_equal(d.synsets[0].nalts, 2);           /* the comment did not end the set */
    assert_true(d.uses_lemmas);
    /* MEET appears twice: chained */
    uint32_t cnt;
    const uint32_t *l = dy_dict_lookup(&d, word(&d, "MEET"), &cnt);
    assert_true(cnt >= 2);
    const dy_verb *v = &d.verbs[d.entries[l[0]].ref];
    assert_int_not_equal(v->alias, DY_NOID);
    dy_lemmatizer_release(&lem);
    dy_dict_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrase_syntax), cmocka_unit_test(test_evcodes),
        cmocka_unit_test(test_actors),        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_tabari_verbs),  cmocka_unit_test(test_block_verbs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
