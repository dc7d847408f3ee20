/* cmd_validate.c — `dyad validate`: run the anchors' validation suites.
 *
 * PATH is TABARI's Validate.project (its dictionaries, options and
 * <textfile>) or PETRARCH-1's PETR.UnitTest.records.xml (its <Environment>
 * dictionaries, found in ../dictionaries beside the text folder). Each
 * record's text is coded as one sentence with the record's date, after the
 * OPTION:/<Config> changes seen so far; the events are compared with the
 * expected ones as a set. Failing records are printed with what was expected
 * and what dyad produced; the last line is "passed N of M". */
#define _GNU_SOURCE
#include "cli.h"
#include "dict/dict.h"
#include "internal.h"
#include "suite/suite.h"
#include "util/buf.h"
#include "util/mem.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const usage_lines[] = {
    "dyad validate [--all] [--explain] [--quiet] [--only <id>] <Validate.project | PETR.UnitTest.records.xml>",
    NULL,
};

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    dy_buf b = DY_BUF_INIT;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) dy_buf_add(&b, chunk, k);
    fclose(f);
    if (!b.data) dy_buf_add(&b, "", 0);
    *len = b.len;
    return b.data;
}

static void dir_of(const char *path, char *out, size_t cap)
{
    const char *sl = strrchr(path, '/');
    if (!sl) snprintf(out, cap, ".");
    else snprintf(out, cap, "%.*s", (int)(sl - path), path);
}

/* The <textfile> named in a TABARI project. */
static int project_textfile(const char *project, char *out, size_t cap)
{
    size_t len;
    char *t = slurp(project, &len);
    if (!t) return 0;
    const char *p = strcasestr(t, "<textfile>");
    int ok = 0;
    if (p) {
        p += 10;
        while (*p == ' ' || *p == '\t') p++;
        const char *e = p;
        while (*e && *e != '\n' && *e != '\r' && *e != ' ' && *e != '\t') e++;
        char dir[1024];
        dir_of(project, dir, sizeof dir);
        snprintf(out, cap, "%s/%.*s", dir, (int)(e - p), p);
        ok = 1;
    }
    dy_free(t);
    return ok;
}

static void apply_option(dy_config *cfg, const char *opt)
{
    if (strncmp(opt, "petr:", 5) == 0) {
        const char *eq = strchr(opt, '=');
        if (!eq) return;
        char key[64];
        snprintf(key, sizeof key, "%.*s", (int)(eq - opt - 5), opt + 5);
        const char *v = eq + 1;
        int truth = !strcasecmp(v, "true");
        if (!strcasecmp(key, "require_dyad")) cfg->require_dyad = (uint8_t)truth;
        else if (!strcasecmp(key, "comma_min")) cfg->comma_min = atoi(v);
        else if (!strcasecmp(key, "comma_max")) cfg->comma_max = atoi(v);
        else if (!strcasecmp(key, "comma_bmin")) cfg->comma_bmin = atoi(v);
        else if (!strcasecmp(key, "comma_bmax")) cfg->comma_bmax = atoi(v);
        else if (!strcasecmp(key, "comma_emin")) cfg->comma_emin = atoi(v);
        else if (!strcasecmp(key, "comma_emax")) cfg->comma_emax = atoi(v);
        return;
    }
    dy_config_apply(cfg, opt, strlen(opt));
}

static int same(const char *a, const char *b) { return strcasecmp(a ? a : "", b ? b : "") == 0; }

/* Compare produced events with the case's expectations. */
static int check(const dy_case *k, const dyad_doc *doc, int outcome)
{
    switch (k->kind) {
    case DY_EXPECT_COMPLEX: return (outcome & DY_OUT_COMPLEX) != 0;
    case DY_EXPECT_DISCARD: return (outcome & DY_OUT_DISCARD) != 0;
    case DY_EXPECT_NONE: return doc->nevents == 0;
    default: break;
    }
    if (outcome & (DY_OUT_COMPLEX | DY_OUT_DISCARD)) return 0;
    size_t n = doc->nevents;
    char used[512];
    memset(used, 0, sizeof used);
    if (n > sizeof used) n = sizeof used;
    for (size_t i = 0; i < k->nexp; i++) {
        int found = 0;
        for (size_t j = 0; j < n; j++) {
            const dyad_event *e = &doc->events[j];
            if (used[j]) continue;
            if (same(e->source, k->exp[i].source) && same(e->target, k->exp[i].target) && same(e->code, k->exp[i].code)) {
                used[j] = 1;
                found = 1;
                break;
            }
        }
        if (!found) return 0;
    }
    if (k->partial) return 1;
    return k->nexp == doc->nevents;
}

static void print_failure(const dy_case *k, const dyad_doc *doc, int outcome, int explain)
{
    printf("FAIL %s (line %ld)\n", k->id, k->line);
    printf("  text: ");
    for (const char *p = k->text; *p; p++) {
        if (*p == '\n') { if (p[1]) putchar(' '); }
        else putchar(*p);
    }
    putchar('\n');
    printf("  expected:");
    if (k->kind == DY_EXPECT_COMPLEX) printf(" {+++}");
    else if (k->kind == DY_EXPECT_DISCARD) printf(" {###}");
    else if (k->kind == DY_EXPECT_NONE) printf(" no events");
    for (size_t i = 0; i < k->nexp; i++) printf(" {%s/%s/%s}", k->exp[i].source, k->exp[i].target, k->exp[i].code);
    if (k->partial) printf(" (and possibly more)");
    printf("\n  got:     ");
    if (outcome & DY_OUT_COMPLEX) printf(" {+++}");
    if (outcome & DY_OUT_DISCARD) printf(" {###}");
    if (!doc->nevents && !outcome) printf(" no events");
    for (size_t i = 0; i < doc->nevents; i++)
        printf(" {%s/%s/%s}", doc->events[i].source ? doc->events[i].source : "---",
               doc->events[i].target ? doc->events[i].target : "---", doc->events[i].code);
    putchar('\n');
    if (explain)
        for (size_t s = 0; s < doc->nexplain; s++) printf("%s", doc->explain[s].text);
}

int cmd_validate(int argc, char **argv)
{
    int all = 0, explain = 0, quiet = 0;
    const char *only = NULL;
    cli_list args = {0};
    const cli_opt opts[] = {
        {OPT_FLAG, 'a', "all", &all, NULL, "also run records after the standard set / marked not valid"},
        {OPT_FLAG, 'x', "explain", &explain, NULL, "explain the coding of each failing record"},
        {OPT_FLAG, 'q', "quiet", &quiet, NULL, "print only the final count"},
        {OPT_STRING, 0, "only", &only, "<id>", "run only the record with this id"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "validate", usage_lines, opts, &args);
    if (r) { free(args.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    if (args.n != 1) {
        cli_error("give exactly one suite: a TABARI .project file or a PETRARCH .xml file");
        cli_usage(stderr, usage_lines, opts);
        free(args.v);
        return EXIT_USAGE;
    }
    const char *path = args.v[0];
    size_t plen = strlen(path);
    int petr = plen > 4 && !strcasecmp(path + plen - 4, ".xml");
    dy_suite suite;
    memset(&suite, 0, sizeof suite);
    cli_diag_count dc = {0};
    dyad_ctx *ctx = NULL;
    char textfile[2048];
    if (!petr) {
        if (!project_textfile(path, textfile, sizeof textfile)) {
            cli_error("'%s' is not a TABARI project with a <textfile> line", path);
            free(args.v);
            return EXIT_USAGE;
        }
        ctx = cli_load(path, explain ? DYAD_EXPLAIN : 0, &dc, 1);
        if (!ctx) { free(args.v); return EXIT_DICT; }
        size_t len;
        char *text = slurp(textfile, &len);
        if (!text) {
            cli_error("cannot read '%s': %s", textfile, strerror(errno));
            dyad_ctx_free(ctx);
            free(args.v);
            return EXIT_IO;
        }
        dy_suite_read_tabari(&suite, text, len, NULL);
        dy_free(text);
    } else {
        size_t len;
        char *text = slurp(path, &len);
        if (!text) {
            cli_error("cannot read '%s': %s", path, strerror(errno));
            free(args.v);
            return EXIT_IO;
        }
        dy_suite_read_petr(&suite, text, len, NULL);
        dy_free(text);
        char dir[1024];
        dir_of(path, dir, sizeof dir);
        dyad_options opt;
        memset(&opt, 0, sizeof opt);
        opt.flags = explain ? DYAD_EXPLAIN : 0;
        opt.diag = cli_diag_print;
        opt.diag_ud = &dc;
        dc.quiet = 1;
        dyad_error err;
        ctx = dyad_ctx_new(&opt, &err);
        dyad_ctx_petrarch_(ctx);
        for (size_t i = 0; i < suite.nenv; i++) {
            char full[3200];
            snprintf(full, sizeof full, "%s/../dictionaries/%s", dir, suite.env_files[i]);
            FILE *f = fopen(full, "r");
            if (!f) snprintf(full, sizeof full, "%s/%s", dir, suite.env_files[i]);
            else fclose(f);
            if (dyad_ctx_load(ctx, full, &err) != DYAD_OK) {
                cli_print_error(stderr, &err);
                dyad_ctx_free(ctx);
                dy_suite_release(&suite);
                free(args.v);
                return EXIT_DICT;
            }
        }
    }
    dy_config cfg = dyad_ctx_dict_(ctx)->config;
    cfg.style = petr ? DY_STYLE_PETRARCH : DY_STYLE_TABARI;
    if (petr) {
        /* PETRARCH's shipped PETR_config.ini defaults */
        cfg.require_dyad = 1;
        cfg.comma_min = 2;
        cfg.comma_max = 8;
        cfg.comma_bmin = 0;
        cfg.comma_bmax = 0;
        cfg.comma_emin = 2;
        cfg.comma_emax = 8;
    }
    dyad_coder *coder = dyad_coder_new(ctx);
    size_t ran = 0, passed = 0;
    for (size_t i = 0; i < suite.n; i++) {
        dy_case *k = &suite.cases[i];
        for (size_t o = 0; o < k->nopt; o++) apply_option(&cfg, k->options[o]);
        if (only && strcmp(only, k->id) != 0) continue;
        if (!k->checked) continue;
        if (!all && !k->standard) continue;
        dyad_input in;
        memset(&in, 0, sizeof in);
        in.id = k->id;
        in.text = k->text;
        in.text_len = strlen(k->text);
        if (k->date[0]) in.date = k->date;
        const dyad_doc *doc = NULL;
        dyad_error err;
        int outcome = 0;
        ran++;
        if (in.text_len == 0) in.text = " ";
        if (dyad_code_cfg_(coder, &cfg, &in, &doc, &err, 1, &outcome) != DYAD_OK) {
            if (k->kind == DY_EXPECT_NONE) { passed++; continue; }
            if (!quiet) printf("FAIL %s (line %ld): %s\n", k->id, k->line, err.message);
            continue;
        }
        if (check(k, doc, outcome)) passed++;
        else if (!quiet) print_failure(k, doc, outcome, explain);
    }
    printf("passed %zu of %zu\n", passed, ran);
    dyad_coder_free(coder);
    dyad_ctx_free(ctx);
    dy_suite_release(&suite);
    free(args.v);
    return passed == ran ? EXIT_OK : EXIT_PARTIAL;
}
