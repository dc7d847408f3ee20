/* cmd_eval.c — `dyad eval`: score coding against gold-standard data.
 *
 *   dyad eval plover     [--dict <path>]... [--errors] [<PLOVER_GSR_CAMEO.txt>]
 *   dyad eval conflibert [--dict <path>]... [--errors] [<test.tsv>]
 *
 * plover: the PLOVER gold-standard records (one sentence each). dyad codes
 * each record's text with its date; the record's prediction is the first
 * event dyad codes (in sentence and verb order). Scored: event type (gold
 * labels mapped to current PLOVER: DEMAND→REQUEST, DISAPPROVE and
 * INVESTIGATE→ACCUSE, FIGHT→ASSAULT), source and target country (the first
 * three letters of an actor code, matched against any of the gold actors),
 * and the dead/injured figures. Accuracy is over all records that have the
 * field; a record dyad leaves uncoded counts as a miss, and with --errors it
 * is printed with dyad's explanation.
 * conflibert: ConfliBERT's CAMEO sentences with their 5-way class (Phoenix
 * quad class 0-4 of the CAMEO root). The prediction is the class of the first
 * event; no event is a miss.
 * Both print precision, recall and F1 per category and overall, and a
 * confusion table (rows gold, columns predicted). */
#include "cli.h"
#include "code/cameo.h"
#include "util/buf.h"

#include <ctype.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const usage_lines[] = {
    "dyad eval plover [--dict <path>]... [--errors] [<PLOVER_GSR_CAMEO.txt>]",
    "dyad eval conflibert [--dict <path>]... [--errors] [<test.tsv>]",
    "dyad eval polnear [--dict <path>]... [--split test|dev|train] [--errors] [<dir>]",
    NULL,
};

#define MAXCAT 24

typedef struct confusion {
    const char *names[MAXCAT];
    int ncat;
    long m[MAXCAT][MAXCAT]; /* gold × predicted; the last used index is "none" */
} confusion;

static int cat_index(confusion *cf, const char *name)
{
    for (int i = 0; i < cf->ncat; i++)
        if (!strcmp(cf->names[i], name)) return i;
    if (cf->ncat >= MAXCAT) return MAXCAT - 1;
    cf->names[cf->ncat] = name;
    return cf->ncat++;
}

static void print_scores(confusion *cf, const char *what)
{
    long total = 0, correct = 0;
    printf("\n%-12s %6s %6s %6s %7s %7s %7s\n", what, "gold", "pred", "right", "prec", "recall", "F1");
    double macro = 0;
    int ncls = 0;
    for (int i = 0; i < cf->ncat; i++) {
        if (!strcmp(cf->names[i], "none")) continue;
        long gold = 0, pred = 0, tp = cf->m[i][i];
        for (int j = 0; j < cf->ncat; j++) gold += cf->m[i][j], pred += cf->m[j][i];
        total += gold;
        correct += tp;
        double p = pred ? (double)tp / pred : 0, r = gold ? (double)tp / gold : 0, f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        if (gold) { macro += f; ncls++; }
        printf("%-12s %6ld %6ld %6ld %6.1f%% %6.1f%% %6.1f%%\n", cf->names[i], gold, pred, tp, 100 * p, 100 * r, 100 * f);
    }
    long predicted = 0;
    for (int i = 0; i < cf->ncat; i++)
        for (int j = 0; j < cf->ncat; j++)
            if (strcmp(cf->names[j], "none") != 0 && strcmp(cf->names[i], "none") != 0) predicted += cf->m[i][j];
    double P = predicted ? (double)correct / predicted : 0, R = total ? (double)correct / total : 0;
    printf("%-12s %6ld %6ld %6ld %6.1f%% %6.1f%% %6.1f%%   (micro; macro F1 %.1f%%; accuracy %.1f%%)\n", "overall",
           total, predicted, correct, 100 * P, 100 * R, P + R > 0 ? 100 * 2 * P * R / (P + R) : 0,
           ncls ? 100 * macro / ncls : 0, total ? 100.0 * correct / total : 0);
    printf("\nconfusion (rows gold, columns predicted):\n%-12s", "");
    for (int j = 0; j < cf->ncat; j++) printf(" %5.5s", cf->names[j]);
    putchar('\n');
    for (int i = 0; i < cf->ncat; i++) {
        long row = 0;
        for (int j = 0; j < cf->ncat; j++) row += cf->m[i][j];
        if (!row) continue;
        printf("%-12s", cf->names[i]);
        for (int j = 0; j < cf->ncat; j++) printf(" %5ld", cf->m[i][j]);
        putchar('\n');
    }
}

static void print_explain(const dyad_doc *doc)
{
    for (size_t s = 0; s < doc->nexplain; s++) printf("%s", doc->explain[s].text);
}

/* The record's event: the first event with both a source and a target,
 * else the first event (a record has one gold event; dyad may code several). */
static const char *first_event_type(const dyad_doc *doc, const dyad_event **ev)
{
    *ev = doc->nevents ? &doc->events[0] : NULL;
    for (size_t i = 0; i < doc->nevents; i++)
        if (doc->events[i].source && doc->events[i].target) { *ev = &doc->events[i]; break; }
    if (!*ev) return "none";
    return (*ev)->plover ? (*ev)->plover : "(none)";
}

/* Gold actors: a list of {code, sector} objects (or one object, or junk). */
static int actor_matches(json_object *list, const char *code)
{
    if (!code || strlen(code) < 3 || !strncmp(code, "---", 3)) return 0;
    size_t n = json_object_is_type(list, json_type_array) ? json_object_array_length(list) : 1;
    for (size_t i = 0; i < n; i++) {
        json_object *a = json_object_is_type(list, json_type_array) ? json_object_array_get_idx(list, i) : list;
        json_object *c;
        if (!json_object_is_type(a, json_type_object) || !json_object_object_get_ex(a, "code", &c)) continue;
        const char *g = json_object_get_string(c);
        if (g && strlen(g) >= 3 && !strncasecmp(g, code, 3)) return 1;
    }
    return 0;
}

/* The gold actors' codes, joined by '+', for --errors ("---" when none). */
static void print_gold_actors(json_object *list)
{
    int any = 0;
    size_t n = !list ? 0 : json_object_is_type(list, json_type_array) ? json_object_array_length(list) : 1;
    for (size_t i = 0; i < n; i++) {
        json_object *a = json_object_is_type(list, json_type_array) ? json_object_array_get_idx(list, i) : list;
        json_object *c;
        if (!json_object_is_type(a, json_type_object) || !json_object_object_get_ex(a, "code", &c)) continue;
        printf("%s%s", any++ ? "+" : "", json_object_get_string(c));
    }
    if (!any) fputs("---", stdout);
}

static int has_actors(json_object *list)
{
    if (!list) return 0;
    if (json_object_is_type(list, json_type_object)) return 1;
    if (!json_object_is_type(list, json_type_array)) return 0;
    for (size_t i = 0; i < json_object_array_length(list); i++)
        if (json_object_is_type(json_object_array_get_idx(list, i), json_type_object)) return 1;
    return 0;
}

/* A gold figure "24", "Thousands" → number (words: 0, not compared). */
static long long gold_number(json_object *v)
{
    const char *s = json_object_get_string(v);
    if (!s || !isdigit((unsigned char)s[0])) return -1;
    return atoll(s);
}

/* Does dyad's place p name the gold location? Case-insensitive, and one
 * name may hold the other as whole words: the gold says "town of Rafah" or
 * "Jaffna peninsula" where dyad names "Rafah" and "Jaffna". */
static int same_place(const char *want, const dyad_place *p)
{
    size_t wn = strlen(want), pn = p->name.len;
    if (!wn || !pn) return 0;
    const char *a = want, *b = p->name.ptr;
    size_t an = wn, bn = pn;
    if (an < bn) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    for (size_t i = 0; i + bn <= an; i++) {
        if (strncasecmp(a + i, b, bn) != 0) continue;
        int left = i == 0 || !isalnum((unsigned char)a[i - 1]);
        int right = i + bn == an || !isalnum((unsigned char)a[i + bn]);
        if (left && right) return 1;
    }
    return 0;
}

static int eval_plover(dyad_ctx *ctx, const char *path, int errors)
{
    json_object *root = json_object_from_file(path);
    if (!root || !json_object_is_type(root, json_type_array)) {
        cli_error("cannot read '%s' as a JSON array of PLOVER records", path);
        if (root) json_object_put(root);
        return EXIT_IO;
    }
    dyad_coder *coder = dyad_coder_new(ctx);
    confusion cf;
    memset(&cf, 0, sizeof cf);
    long n = 0, src_n = 0, src_ok = 0, tgt_n = 0, tgt_ok = 0, dead_n = 0, dead_ok = 0, inj_n = 0, inj_ok = 0;
    long loc_n = 0, loc_ok = 0, loc_any = 0, uncoded = 0;
    for (size_t i = 0; i < json_object_array_length(root); i++) {
        json_object *r = json_object_array_get_idx(root, i), *v;
        if (!json_object_object_get_ex(r, "event", &v)) continue;
        const char *gold_raw = json_object_get_string(v);
        if (!strcmp(gold_raw, "DOCUMENT")) continue;
        const char *gold = dy_plover_current(gold_raw, 0);
        if (!gold) gold = gold_raw;
        json_object *text, *date = NULL, *id = NULL, *src = NULL, *tgt = NULL;
        if (!json_object_object_get_ex(r, "text", &text)) continue;
        json_object_object_get_ex(r, "date", &date);
        json_object_object_get_ex(r, "id", &id);
        json_object_object_get_ex(r, "source", &src);
        json_object_object_get_ex(r, "target", &tgt);
        dyad_input in;
        memset(&in, 0, sizeof in);
        in.id = id ? json_object_get_string(id) : "";
        in.text = json_object_get_string(text);
        if (date) in.date = json_object_get_string(date);
        const dyad_doc *doc;
        dyad_error err;
        if (dyad_code(coder, &in, &doc, &err) != DYAD_OK) {
            cli_print_error(stderr, &err);
            continue;
        }
        n++;
        const dyad_event *ev;
        const char *pred = first_event_type(doc, &ev);
        if (!ev) uncoded++;
        cf.m[cat_index(&cf, gold)][cat_index(&cf, pred)]++;
        int miss = strcmp(gold, pred) != 0;
        if (has_actors(src)) {
            src_n++;
            if (ev && actor_matches(src, ev->source)) src_ok++; else miss = 1;
        }
        if (has_actors(tgt)) {
            tgt_n++;
            if (ev && actor_matches(tgt, ev->target)) tgt_ok++; else miss = 1;
        }
        static const char *const kinds[2] = {"dead", "injured"};
        for (int k = 0; k < 2; k++) {
            json_object *g;
            if (!json_object_object_get_ex(r, kinds[k], &g)) continue;
            long long want = gold_number(g);
            if (k == 0) dead_n++; else inj_n++;
            int found = 0;
            for (size_t c = 0; c < doc->ncounts; c++)
                if ((int)doc->counts[c].kind == (k == 0 ? DYAD_COUNT_KILLED : DYAD_COUNT_INJURED) &&
                    (want < 0 || doc->counts[c].number == want))
                    found = 1;
            if (found) { if (k == 0) dead_ok++; else inj_ok++; }
        }
        json_object *loc;
        if (json_object_object_get_ex(r, "eventLoc", &loc) && json_object_object_get_ex(loc, "name", &v)) {
            const char *want = json_object_get_string(v);
            loc_n++;
            int found = 0;
            if (ev && ev->location >= 0 && (size_t)ev->location < doc->nplaces)
                found = same_place(want, &doc->places[ev->location]);
            if (found) loc_ok++;
            else if (errors)
                printf("LOCATION MISS %s: gold '%s', got '%.*s'\n", in.id, want,
                       ev && ev->location >= 0 && (size_t)ev->location < doc->nplaces
                           ? (int)doc->places[ev->location].name.len : 4,
                       ev && ev->location >= 0 && (size_t)ev->location < doc->nplaces
                           ? doc->places[ev->location].name.ptr : "none");
            for (size_t k = 0; k < doc->nplaces; k++)
                if (same_place(want, &doc->places[k])) { loc_any++; break; }
        }
        if (errors && miss) {
            printf("MISS %s\n  text: %s\n  expected: %s (", in.id, in.text, gold);
            print_gold_actors(src);
            fputs("→", stdout);
            print_gold_actors(tgt);
            printf(")\n  got:      %s", pred);
            if (ev) printf(" (%s %s→%s)", ev->code, ev->source ? ev->source : "---", ev->target ? ev->target : "---");
            putchar('\n');
            print_explain(doc);
        }
    }
    printf("PLOVER gold records: %ld (%ld uncoded)\n", n, uncoded);
    print_scores(&cf, "event type");
    printf("\nsource country: %.1f%% (%ld of %ld records with a gold source)\n", src_n ? 100.0 * src_ok / src_n : 0,
           src_ok, src_n);
    printf("target country: %.1f%% (%ld of %ld records with a gold target)\n", tgt_n ? 100.0 * tgt_ok / tgt_n : 0,
           tgt_ok, tgt_n);
    printf("dead figure found: %ld of %ld; injured figure found: %ld of %ld\n", dead_ok, dead_n, inj_ok, inj_n);
    printf("event location: %ld of %ld (the first event's location); the place named among the article's places: "
           "%ld of %ld\n",
           loc_ok, loc_n, loc_any, loc_n);
    dyad_coder_free(coder);
    json_object_put(root);
    return EXIT_OK;
}

static const char *const phoenix_names[] = {"0-neutral", "1-verbal+", "2-material+", "3-verbal-", "4-material-"};

static int eval_conflibert(dyad_ctx *ctx, const char *path, int errors)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("cannot open '%s'", path);
        return EXIT_IO;
    }
    dyad_coder *coder = dyad_coder_new(ctx);
    confusion cf;
    memset(&cf, 0, sizeof cf);
    for (int k = 0; k < 5; k++) cat_index(&cf, phoenix_names[k]);
    cat_index(&cf, "none");
    char *line = NULL;
    size_t cap = 0;
    long n = 0, lineno = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        char *tab = strrchr(line, '\t');
        if (!tab) continue;
        *tab = 0;
        int label = atoi(tab + 1);
        if (label < 0 || label > 4) continue;
        dyad_input in;
        memset(&in, 0, sizeof in);
        char idbuf[32];
        snprintf(idbuf, sizeof idbuf, "line-%ld", lineno);
        in.id = idbuf;
        in.text = line;
        const dyad_doc *doc;
        dyad_error err;
        if (dyad_code(coder, &in, &doc, &err) != DYAD_OK) continue;
        n++;
        int pred = -1;
        if (doc->nevents && doc->events[0].root) pred = dy_cameo_phoenix_class(atoi(doc->events[0].root));
        const char *pn = pred >= 0 ? phoenix_names[pred] : "none";
        cf.m[label][cat_index(&cf, pn)]++;
        if (errors && pred != label) {
            printf("MISS %s\n  text: %s\n  expected: %s\n  got:      %s", idbuf, line, phoenix_names[label], pn);
            if (doc->nevents)
                printf(" (%s %s→%s)", doc->events[0].code, doc->events[0].source ? doc->events[0].source : "---",
                       doc->events[0].target ? doc->events[0].target : "---");
            putchar('\n');
            print_explain(doc);
        }
    }
    free(line);
    fclose(f);
    printf("ConfliBERT CAMEO sentences: %ld\n", n);
    print_scores(&cf, "class");
    dyad_coder_free(coder);
    return EXIT_OK;
}

int cmd_eval(int argc, char **argv)
{
    /* polnear has its own options and help (eval_polnear.c) */
    if (argc >= 2 && !strcmp(argv[1], "polnear")) return cmd_eval_polnear(argc - 1, argv + 1);
    int errors = 0;
    cli_list args = {0}, dicts = {0};
    const cli_opt opts[] = {
        {OPT_LIST, 'd', "dict", &dicts, "<path>", "dictionaries to evaluate (default: dyad's own); repeatable"},
        {OPT_FLAG, 'e', "errors", &errors, NULL, "print every miss with dyad's explanation"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "eval", usage_lines, opts, &args);
    if (r) { free(args.v); free(dicts.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    if (args.n < 1 || args.n > 2) {
        cli_error("'dyad eval' needs a gold set: plover, conflibert or polnear");
        cli_usage(stderr, usage_lines, opts);
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    const char *shared = getenv("DYAD_SHARED");
    if (!shared) shared = "../shared";
    char path[2048];
    int kind;
    if (!strcmp(args.v[0], "plover")) {
        kind = 0;
        snprintf(path, sizeof path, "%s/gold/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt", shared);
    } else if (!strcmp(args.v[0], "conflibert")) {
        kind = 1;
        snprintf(path, sizeof path, "%s/gold/conflibert_cameo/cameo_class/test.tsv", shared);
    } else {
        cli_error("unknown gold set '%s' (use plover or conflibert)", args.v[0]);
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    if (args.n == 2) snprintf(path, sizeof path, "%s", args.v[1]);
    cli_diag_count dc = {0};
    dyad_ctx *ctx = cli_load_list(&dicts, errors ? DYAD_EXPLAIN : 0, &dc, 1);
    free(dicts.v);
    if (!ctx) { free(args.v); return EXIT_DICT; }
    int rc = kind == 0 ? eval_plover(ctx, path, errors) : eval_conflibert(ctx, path, errors);
    dyad_ctx_free(ctx);
    free(args.v);
    return rc;
}
