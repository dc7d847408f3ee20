/* common.c — error printing and dictionary loading shared by subcommands. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char *sev_name(dyad_severity s)
{
    return s == DYAD_SEV_ERROR ? "error" : s == DYAD_SEV_WARNING ? "warning" : "note";
}

void cli_print_error(FILE *f, const dyad_error *e)
{
    if (e->file[0]) {
        fprintf(f, "%s", e->file);
        if (e->line) fprintf(f, ":%ld", e->line);
        if (e->column) fprintf(f, ":%ld", e->column);
        fprintf(f, ": ");
    } else {
        fprintf(f, "dyad: ");
    }
    fprintf(f, "%s: %s", sev_name(e->severity), e->message);
    if (e->id[0]) fprintf(f, " (record '%s')", e->id);
    fputc('\n', f);
    if (e->context[0]) fprintf(f, "    %s\n", e->context);
}

void cli_diag_print(void *ud, const dyad_error *e)
{
    cli_diag_count *dc = ud;
    if (e->severity == DYAD_SEV_ERROR) dc->errors++;
    else if (e->severity == DYAD_SEV_WARNING) dc->warnings++;
    if (dc->quiet) return;
    if (dc->shown >= 50) {
        if (dc->shown == 50) fprintf(stderr, "dyad: note: further dictionary messages suppressed\n");
        dc->shown++;
        return;
    }
    dc->shown++;
    cli_print_error(stderr, e);
}

dyad_ctx *cli_load_list(const cli_list *paths, unsigned flags, cli_diag_count *dc, int quiet)
{
    dyad_options opt;
    memset(&opt, 0, sizeof opt);
    opt.flags = flags;
    return cli_load_list_opt(paths, &opt, dc, quiet);
}

dyad_ctx *cli_load_list_opt(const cli_list *paths, const dyad_options *base, cli_diag_count *dc, int quiet)
{
    dyad_options opt = *base;
    opt.diag = cli_diag_print;
    opt.diag_ud = dc;
    dc->quiet = quiet;
    dyad_error err;
    dyad_ctx *ctx = dyad_ctx_new(&opt, &err);
    int n = paths ? paths->n : 0;
    for (int i = 0; i < (n ? n : 1); i++) {
        if (dyad_ctx_load(ctx, n ? paths->v[i] : NULL, &err) != DYAD_OK) {
            cli_print_error(stderr, &err);
            dyad_ctx_free(ctx);
            return NULL;
        }
    }
    if (dc->errors && !quiet)
        fprintf(stderr, "dyad: warning: %ld malformed dictionary line%s skipped\n", dc->errors,
                dc->errors == 1 ? "" : "s");
    return ctx;
}

dyad_ctx *cli_load(const char *path, unsigned flags, cli_diag_count *dc, int quiet)
{
    dyad_options opt;
    memset(&opt, 0, sizeof opt);
    opt.flags = flags;
    opt.diag = cli_diag_print;
    opt.diag_ud = dc;
    dc->quiet = quiet;
    dyad_error err;
    dyad_ctx *ctx = dyad_ctx_new(&opt, &err);
    if (dyad_ctx_load(ctx, path, &err) != DYAD_OK) {
        cli_print_error(stderr, &err);
        dyad_ctx_free(ctx);
        return NULL;
    }
    if (dc->errors && !quiet)
        fprintf(stderr, "dyad: warning: %ld malformed dictionary line%s skipped\n", dc->errors,
                dc->errors == 1 ? "" : "s");
    return ctx;
}
