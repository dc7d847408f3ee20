/* main.c — the dyad command: one table of subcommands, git style.
 *
 * To add a subcommand: write cli/cmd_<name>.c exporting cmd_<name>(argc,
 * argv) with its own option table and usage lines, declare it in cli.h, add a
 * row below, document it in docs/cli.md, and add a tests/cli/ case for -h. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} command;

static const command commands[] = {
    {"code", cmd_code, "code news text into events"},
    {"validate", cmd_validate, "run a TABARI or PETRARCH validation suite"},
    {"eval", cmd_eval, "score coding against gold-standard data"},
    {"dict", cmd_dict, "inspect, check and compile dictionaries"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad [--version] [--help] <command> [<args>]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "   %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nSee 'dyad <command> --help' for the options of a command.\n");
}

static size_t edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b), prev[64], cur[64];
    if (m >= 63) return 99;
    for (size_t j = 0; j <= m; j++) prev[j] = j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, (m + 1) * sizeof *prev);
    }
    return prev[m];
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        if (argc > 2 && strcmp(cmd, "help") == 0) {
            for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
                if (!strcmp(commands[i].name, argv[2])) {
                    char *av[] = {argv[2], "--help", NULL};
                    return commands[i].fn(2, av);
                }
        }
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
        printf("dyad %s\n", dyad_version());
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(commands[i].name, cmd)) return commands[i].fn(argc - 1, argv + 1);
    cli_error("'%s' is not a dyad command", cmd);
    size_t best = 99, bi = 0;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        size_t dd = edit_distance(cmd, commands[i].name);
        if (dd < best) { best = dd; bi = i; }
    }
    if (best <= 2) fprintf(stderr, "hint: did you mean 'dyad %s'?\n", commands[bi].name);
    else fprintf(stderr, "hint: see 'dyad --help'\n");
    return EXIT_USAGE;
}
