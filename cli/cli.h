/* cli.h — what the dyad subcommands share: the command table entry points,
 * declarative options (git's parse-options in miniature), exit codes and
 * message helpers. Only the CLI prints or exits; the library reports. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>
#include "dyad.h"

/* Exit codes (documented in docs/cli.md; keep in step). */
enum cli_exit {
    EXIT_OK = 0,        /* everything went fine */
    EXIT_PARTIAL = 1,   /* finished, but records were rejected or validation cases failed */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_DICT = 3,      /* dictionary or configuration unusable */
    EXIT_IO = 4         /* input/output error, including a failed write to stdout */
};

typedef enum cli_opt_kind { OPT_END = 0, OPT_FLAG, OPT_STRING, OPT_INT, OPT_LIST } cli_opt_kind;

typedef struct cli_opt {
    cli_opt_kind kind;
    char shrt;          /* short name or 0 */
    const char *lng;    /* long name without "--" */
    void *value;        /* int* (FLAG/INT), const char** (STRING), cli_list* (LIST) */
    const char *argh;   /* argument placeholder for help, e.g. "<path>" */
    const char *help;
} cli_opt;

typedef struct cli_list {
    const char **v;
    int n, cap;
} cli_list;

/* Parse argv[1..]; non-option arguments are collected in *args. Returns 0 to
 * go on, 1 when --help was printed (exit 0), -1 after an error message (exit 2). */
int cli_parse(int argc, char **argv, const char *cmd, const char *const *usage, const cli_opt *opts,
              cli_list *args);
void cli_usage(FILE *f, const char *const *usage, const cli_opt *opts);

void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print a library error as file:line:col: severity: message, with the
 * offending line and a caret when known. */
void cli_print_error(FILE *f, const dyad_error *e);
/* A dyad_diag_fn that prints to stderr and counts. */
void cli_diag_print(void *ud, const dyad_error *e);
typedef struct cli_diag_count {
    long errors, warnings, shown;
    int quiet;
} cli_diag_count;

/* Load --dict (or the defaults when path is NULL) into a new context. */
dyad_ctx *cli_load(const char *path, unsigned flags, cli_diag_count *dc, int quiet);
/* Load several --dict files, in order (none: the defaults). */
dyad_ctx *cli_load_list(const cli_list *paths, unsigned flags, cli_diag_count *dc, int quiet);
/* The same with the context options given (limits); base->diag is set here. */
dyad_ctx *cli_load_list_opt(const cli_list *paths, const dyad_options *base, cli_diag_count *dc, int quiet);

/* Subcommands (one file each). */
int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_eval_polnear(int argc, char **argv);   /* eval_polnear.c */

#endif
