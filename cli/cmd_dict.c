/* cmd_dict.c — `dyad dict`: inspect and compile dictionaries.
 *   dyad dict stats   [--dict <path>]...            counts of what was loaded
 *   dyad dict compile [--dict <path>]... -o <file>  one file that loads in
 *                                                   milliseconds (mmap)
 * Several --dict are combined in order, as in `dyad code`; none means
 * dyad's own dictionaries. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const usage_lines[] = {
    "dyad dict stats [--dict <path>]...",
    "dyad dict compile [--dict <path>]... -o <file>",
    NULL,
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int cmd_dict(int argc, char **argv)
{
    const char *output = NULL;
    int quiet = 0;
    cli_list args = {0}, dicts = {0};
    const cli_opt opts[] = {
        {OPT_LIST, 'd', "dict", &dicts, "<path>", "dictionary to load; repeat to combine (default: dyad's own)"},
        {OPT_STRING, 'o', "output", &output, "<file>", "compile: the compiled dictionary to write"},
        {OPT_FLAG, 'q', "quiet", &quiet, NULL, "no messages about malformed dictionary lines"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "dict", usage_lines, opts, &args);
    if (r) { free(args.v); free(dicts.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    const char *sub = args.n ? args.v[0] : NULL;
    if (!sub || (strcmp(sub, "stats") != 0 && strcmp(sub, "compile") != 0) || args.n > 1) {
        if (!sub) cli_error("'dyad dict' needs a subcommand (stats or compile)");
        else if (args.n > 1) cli_error("unexpected argument '%s'", args.v[1]);
        else cli_error("unknown 'dyad dict' subcommand '%s'", sub);
        cli_usage(stderr, usage_lines, opts);
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    int compile = !strcmp(sub, "compile");
    if (compile && !output) {
        cli_error("'dyad dict compile' needs -o <file>");
        free(args.v); free(dicts.v);
        return EXIT_USAGE;
    }
    cli_diag_count dc = {0};
    double t0 = now();
    dyad_ctx *ctx = cli_load_list(&dicts, DYAD_NO_PLACES, &dc, quiet);
    free(args.v);
    free(dicts.v);
    if (!ctx) return EXIT_DICT;
    double t1 = now();
    dyad_dict_stats st;
    dyad_ctx_stats(ctx, &st);
    if (compile) {
        dyad_error err;
        if (dyad_ctx_save_compiled(ctx, output, &err) != DYAD_OK) {
            cli_print_error(stderr, &err);
            dyad_ctx_free(ctx);
            return err.code == DYAD_ERR_IO ? EXIT_IO : EXIT_DICT;
        }
        if (!quiet)
            fprintf(stderr,
                    "dyad: compiled %zu actors, %zu agents, %zu verbs, %zu patterns into '%s' "
                    "(loading the text took %.0f ms)\n",
                    st.actors, st.agents, st.verbs, st.patterns, output, (t1 - t0) * 1000);
    } else {
        printf("actors      %zu\nagents      %zu\nverbs       %zu\npatterns    %zu\nsynsets     %zu\n"
               "nouns       %zu\nadjectives  %zu\ndiscards    %zu\nissues      %zu\nwords       %zu\n"
               "skipped     %zu\nload ms     %.1f\n",
               st.actors, st.agents, st.verbs, st.patterns, st.synsets, st.nouns, st.adjectives, st.discards,
               st.issues, st.words, st.lines_skipped, (t1 - t0) * 1000);
    }
    dyad_ctx_free(ctx);
    return dc.errors ? EXIT_PARTIAL : EXIT_OK;
}
