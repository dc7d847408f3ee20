/* opts.c — declarative option parsing and help text for the subcommands.
 * Options are data (a cli_opt table beside the usage lines), so -h is
 * generated from the same table the parser reads and cannot drift. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_usage(FILE *f, const char *const *usage, const cli_opt *opts)
{
    for (int i = 0; usage[i]; i++) fprintf(f, "%s   %s\n", i ? "  or:" : "usage:", usage[i]);
    fputc('\n', f);
    for (const cli_opt *o = opts; o && o->kind != OPT_END; o++) {
        char left[64];
        int n = 0;
        if (o->shrt) n = snprintf(left, sizeof left, "-%c, ", o->shrt);
        else n = snprintf(left, sizeof left, "    ");
        snprintf(left + n, sizeof left - (size_t)n, "--%s%s%s", o->lng, o->argh ? " " : "", o->argh ? o->argh : "");
        fprintf(f, "    %-28s %s\n", left, o->help);
    }
}

static void list_add(cli_list *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
        if (!l->v) { perror("dyad"); exit(EXIT_IO); }
    }
    l->v[l->n++] = s;
}

static int set_value(const cli_opt *o, const char *val, const char *name)
{
    switch (o->kind) {
    case OPT_STRING: *(const char **)o->value = val; return 0;
    case OPT_LIST: list_add((cli_list *)o->value, val); return 0;
    case OPT_INT: {
        char *end;
        long v = strtol(val, &end, 10);
        if (!*val || *end || v < 0 || v > 1000000000L) {
            cli_error("option '%s' needs a non-negative number, not '%s'", name, val);
            return -1;
        }
        *(int *)o->value = (int)v;
        return 0;
    }
    default: return 0;
    }
}

int cli_parse(int argc, char **argv, const char *cmd, const char *const *usage, const cli_opt *opts,
              cli_list *args)
{
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_args || a[0] != '-' || a[1] == 0) { list_add(args, a); continue; }
        if (strcmp(a, "--") == 0) { only_args = 1; continue; }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            cli_usage(stdout, usage, opts);
            return 1;
        }
        const cli_opt *o = NULL;
        const char *val = NULL;
        if (a[1] == '-') {
            const char *name = a + 2;
            const char *eq = strchr(name, '=');
            size_t nl = eq ? (size_t)(eq - name) : strlen(name);
            for (const cli_opt *p = opts; p && p->kind != OPT_END; p++)
                if (strlen(p->lng) == nl && strncmp(p->lng, name, nl) == 0) { o = p; break; }
            if (!o) {
                cli_error("unknown option '%s' for 'dyad %s'", a, cmd);
                fprintf(stderr, "hint: see 'dyad %s --help'\n", cmd);
                return -1;
            }
            if (eq) val = eq + 1;
        } else {
            for (const cli_opt *p = opts; p && p->kind != OPT_END; p++)
                if (p->shrt == a[1]) { o = p; break; }
            if (!o) {
                cli_error("unknown option '%s' for 'dyad %s'", a, cmd);
                fprintf(stderr, "hint: see 'dyad %s --help'\n", cmd);
                return -1;
            }
            if (a[2]) val = a + 2;
        }
        if (o->kind == OPT_FLAG) {
            if (val) { cli_error("option '--%s' takes no value", o->lng); return -1; }
            *(int *)o->value = 1;
            continue;
        }
        if (!val) {
            if (i + 1 >= argc) {
                cli_error("option '--%s' needs a value %s", o->lng, o->argh ? o->argh : "");
                return -1;
            }
            val = argv[++i];
        }
        if (set_value(o, val, o->lng) != 0) return -1;
    }
    return 0;
}
