/* cmd_dict.c — `dyad dict`: inspect and check dictionaries.
 *   dyad dict stats [--dict <path>]   counts of what was loaded
 * (compile and check are added by later work; see docs/cli.md). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char *const usage_lines[] = {
    "dyad dict stats [--dict <path>]",
    NULL,
};

int cmd_dict(int argc, char **argv)
{
    const char *dict = NULL;
    cli_list args = {0};
    const cli_opt opts[] = {
        {OPT_STRING, 'd', "dict", &dict, "<path>", "dictionary to load (default: dyad's own)"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "dict", usage_lines, opts, &args);
    if (r) { free(args.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    if (args.n < 1 || strcmp(args.v[0], "stats") != 0) {
        if (args.n < 1) cli_error("'dyad dict' needs a subcommand");
        else cli_error("unknown 'dyad dict' subcommand '%s'", args.v[0]);
        cli_usage(stderr, usage_lines, opts);
        free(args.v);
        return EXIT_USAGE;
    }
    cli_diag_count dc = {0};
    dyad_ctx *ctx = cli_load(dict, 0, &dc, 0);
    free(args.v);
    if (!ctx) return EXIT_DICT;
    dyad_dict_stats st;
    dyad_ctx_stats(ctx, &st);
    printf("actors      %zu\nagents      %zu\nverbs       %zu\npatterns    %zu\nsynsets     %zu\n"
           "nouns       %zu\nadjectives  %zu\ndiscards    %zu\nissues      %zu\nwords       %zu\n"
           "skipped     %zu\n",
           st.actors, st.agents, st.verbs, st.patterns, st.synsets, st.nouns, st.adjectives, st.discards,
           st.issues, st.words, st.lines_skipped);
    dyad_ctx_free(ctx);
    return dc.errors ? EXIT_PARTIAL : EXIT_OK;
}
