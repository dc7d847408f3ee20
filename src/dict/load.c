#define _GNU_SOURCE /* strcasestr, memmem */
/* load.c — finding and reading dictionary files: TABARI .project files,
 * PETRARCH PETR_config.ini files, single dictionary files, and dyad's
 * embedded defaults. Knows file names and layouts; the readers know syntax. */
#include "dict/dict.h"
#include "dict/read_lines.h"
#include "util/buf.h"
#include "util/check.h"
#include "util/embedded.h"
#include "util/mem.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

static const char *base_name(const char *p)
{
    const char *b = strrchr(p, '/');
    return b ? b + 1 : p;
}

dy_file_kind dy_guess_file_kind(const char *path, const char *text, size_t len)
{
    const char *b = base_name(path ? path : "");
    if (len >= 8 && memcmp(text, "DYADDICT", 8) == 0) return DY_FILE_COMPILED;
    if (ends_with(b, ".project")) return DY_FILE_PROJECT;
    if (ends_with(b, ".ini")) return DY_FILE_PETR_CONFIG;
    if (ends_with(b, ".options")) return DY_FILE_OPTIONS;
    if (ends_with(b, ".actors") || ends_with(b, ".actors.txt")) return DY_FILE_ACTORS;
    if (ends_with(b, ".agents") || ends_with(b, ".agents.txt")) return DY_FILE_AGENTS;
    if (ends_with(b, ".discards") || ends_with(b, ".discards.txt") || strcasestr(b, "discard")) return DY_FILE_DISCARDS;
    if (strcasestr(b, "issue")) return DY_FILE_ISSUES;
    if (ends_with(b, ".verbs") || ends_with(b, ".verbs.txt") || strcasestr(b, "verb") || strcasestr(b, "CAMEO")) {
        /* block format has "--- NAME [code] ---" headers */
        for (size_t i = 0; i + 4 < len; i++)
            if ((i == 0 || text[i - 1] == '\n') && text[i] == '-' && text[i + 1] == '-' && text[i + 2] == '-' &&
                (text[i + 3] == ' ' || text[i + 3] == '\t'))
                return DY_FILE_VERBS_BLOCK;
        return DY_FILE_VERBS_TABARI;
    }
    /* by content */
    for (size_t i = 0; i + 12 < len && i < 4096; i++)
        if (text[i] == '<' && strncasecmp(text + i, "<actorsfile>", 12) == 0) return DY_FILE_PROJECT;
    if (len > 13 && memmem(text, len < 4096 ? len : 4096, "[Dictionaries]", 14)) return DY_FILE_PETR_CONFIG;
    return DY_FILE_UNKNOWN;
}

/* Read a whole file into a NUL-terminated buffer. */
static char *read_file(const char *path, size_t *len, dyad_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        dy_error_set(err, DYAD_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
        dy_error_where(err, path, 0, 0);
        return NULL;
    }
    dy_buf b = DY_BUF_INIT;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) dy_buf_add(&b, chunk, k);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        dy_buf_release(&b);
        dy_error_set(err, DYAD_ERR_IO, "cannot read '%s'", path);
        dy_error_where(err, path, 0, 0);
        return NULL;
    }
    if (!b.data) dy_buf_add(&b, "", 0);
    *len = b.len;
    return b.data;
}

/* A copy of text with every line that holds a NUL byte blanked (reported
 * and counted as skipped): the readers work on C strings, where a NUL would
 * silently cut the line. Line numbers stay as they were. NULL if none. */
static char *blank_nul_lines(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    if (!memchr(text, 0, len)) return NULL;
    char *copy = dy_malloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    long line = 1;
    for (size_t i = 0; i < len;) {
        char *nl = memchr(copy + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - copy) : len;
        if (memchr(copy + i, 0, e - i)) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, NULL, 0, "line contains a NUL byte");
            d->stats.lines_skipped++;
            memset(copy + i, ' ', e - i);
        }
        i = e + 1;
        line++;
    }
    return copy;
}

dyad_status dy_dict_load_text(dy_dict *d, dy_file_kind kind, const char *name, const char *text, size_t len,
                              dy_diag *diag, dyad_error *err)
{
    dy_diag local = {0};
    if (!diag) diag = &local;
    const char *saved = diag->file;
    diag->file = name;
    char *clean = NULL;
    if (kind != DY_FILE_UNKNOWN && kind != DY_FILE_PROJECT && kind != DY_FILE_PETR_CONFIG && kind != DY_FILE_COMPILED &&
        (clean = blank_nul_lines(d, text, len, diag)) != NULL)
        text = clean;
    switch (kind) {
    case DY_FILE_ACTORS: dy_read_tabari_actors(d, text, len, diag); break;
    case DY_FILE_AGENTS: dy_read_agents(d, text, len, diag); break;
    case DY_FILE_VERBS_TABARI: dy_read_tabari_verbs(d, text, len, diag); break;
    case DY_FILE_VERBS_BLOCK: dy_read_block_verbs(d, text, len, diag); break;
    case DY_FILE_OPTIONS: dy_read_options(d, text, len, diag); break;
    case DY_FILE_DISCARDS: dy_read_discards(d, text, len, diag); break;
    case DY_FILE_ISSUES: dy_read_issues(d, text, len, diag); break;
    default:
        diag->file = saved;
        dy_free(clean);
        dy_error_where(err, name, 0, 0);
        return dy_error_set(err, DYAD_ERR_DICT_FORMAT,
                            "'%s' is not a dictionary dyad recognises (expected a TABARI .project, a "
                            "PETRARCH config .ini, or an .actors/.agents/.verbs/.options/discards/issues file)",
                            name);
    }
    diag->file = saved;
    dy_free(clean);
    return DYAD_OK;
}

static void join_path(char *out, size_t cap, const char *dir, const char *name)
{
    if (name[0] == '/' || !dir[0]) snprintf(out, cap, "%s", name);
    else snprintf(out, cap, "%s/%s", dir, name);
}

static void dir_of(const char *path, char *out, size_t cap)
{
    const char *sl = strrchr(path, '/');
    if (!sl) snprintf(out, cap, ".");
    else snprintf(out, cap, "%.*s", (int)(sl - path), path);
}

static dyad_status load_file(dy_dict *d, const char *path, dy_file_kind want, dy_diag *diag, dyad_error *err)
{
    size_t len;
    char *text = read_file(path, &len, err);
    if (!text) return DYAD_ERR_IO;
    dy_file_kind k = want ? want : dy_guess_file_kind(path, text, len);
    /* a .verbs file may be either format */
    if (want == DY_FILE_VERBS_TABARI || want == DY_FILE_VERBS_BLOCK) {
        dy_file_kind g = dy_guess_file_kind("x.verbs", text, len);
        k = g;
    }
    dyad_status st = dy_dict_load_text(d, k, path, text, len, diag, err);
    dy_free(text);
    return st;
}

/* TABARI .project: "<actorsfile> NAME" lines; names relative to the project. */
static dyad_status load_project(dy_dict *d, const char *path, const char *text, size_t len, dy_diag *diag,
                                dyad_error *err)
{
    static const struct { const char *tag; dy_file_kind kind; } tags[] = {
        {"<actorsfile>", DY_FILE_ACTORS}, {"<verbsfile>", DY_FILE_VERBS_TABARI},
        {"<agentsfile>", DY_FILE_AGENTS}, {"<optionsfile>", DY_FILE_OPTIONS},
        {"<issuesfile>", DY_FILE_ISSUES}, {"<discardfile>", DY_FILE_DISCARDS},
    };
    char dir[1024];
    dir_of(path, dir, sizeof dir);
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    int found = 0;
    /* a TABARI project is coded by TABARI's rules, with its options */
    d->config.style = DY_STYLE_TABARI;
    /* options must be applied before anything is coded but after nothing else:
     * load in the order listed */
    while (dy_lines_next(&L, &s, &n)) {
        while (n && isspace((unsigned char)*s)) { s++; n--; }
        for (size_t t = 0; t < DY_ARRAY_LEN(tags); t++) {
            size_t tl = strlen(tags[t].tag);
            if (n <= tl || strncasecmp(s, tags[t].tag, tl) != 0) continue;
            const char *v = s + tl;
            size_t vn = n - tl;
            while (vn && isspace((unsigned char)*v)) { v++; vn--; }
            while (vn && isspace((unsigned char)v[vn - 1])) vn--;
            if (!vn) continue;
            char name[512], full[1600];
            snprintf(name, sizeof name, "%.*s", (int)vn, v);
            join_path(full, sizeof full, dir, name);
            dyad_status st = load_file(d, full, tags[t].kind, diag, err);
            if (st != DYAD_OK) return st;
            found++;
        }
    }
    if (!found) {
        dy_error_where(err, path, 0, 0);
        return dy_error_set(err, DYAD_ERR_DICT_FORMAT, "project file '%s' names no dictionary files", path);
    }
    return DYAD_OK;
}

/* PETRARCH config: [Dictionaries] keys name files in ../dictionaries beside
 * the config folder (falling back to the config's own folder). */
static dyad_status load_petr_config(dy_dict *d, const char *path, const char *text, size_t len,
                                    dy_diag *diag, dyad_error *err)
{
    char cdir[1024], ddir[1200], alt[1024];
    dir_of(path, cdir, sizeof cdir);
    snprintf(ddir, sizeof ddir, "%s/../dictionaries", cdir);
    snprintf(alt, sizeof alt, "%s", cdir);
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    int section = 0, found = 0;
    /* PETRARCH dictionaries: exact words (no TABARI stems); production use
     * codes with dyad's rules */
    d->no_stems = 1;
    d->config.style = DY_STYLE_DYAD;
    while (dy_lines_next(&L, &s, &n)) {
        while (n && isspace((unsigned char)*s)) { s++; n--; }
        while (n && isspace((unsigned char)s[n - 1])) n--;
        if (!n || s[0] == '#' || s[0] == ';') continue;
        if (s[0] == '[') {
            section = strncasecmp(s, "[Dictionaries]", 14) == 0 ? 1 : strncasecmp(s, "[Options]", 9) == 0 ? 2 : 0;
            continue;
        }
        const char *eq = memchr(s, '=', n);
        if (!eq) continue;
        char key[64], val[2048];
        size_t kl = (size_t)(eq - s);
        while (kl && isspace((unsigned char)s[kl - 1])) kl--;
        snprintf(key, sizeof key, "%.*s", (int)kl, s);
        const char *v = eq + 1;
        size_t vn = n - (size_t)(v - s);
        while (vn && isspace((unsigned char)*v)) { v++; vn--; }
        snprintf(val, sizeof val, "%.*s", (int)vn, v);
        if (section == 2) {
            int truth = strncasecmp(val, "true", 4) == 0;
            if (strcasecmp(key, "code_by_sentence") == 0) d->config.codeby = truth ? DY_CODEBY_SENTENCE : DY_CODEBY_CLAUSE;
            else if (strcasecmp(key, "require_dyad") == 0) d->config.require_dyad = (uint8_t)truth;
            else if (strcasecmp(key, "comma_min") == 0) d->config.comma_min = atoi(val);
            else if (strcasecmp(key, "comma_max") == 0) d->config.comma_max = atoi(val);
            else if (strcasecmp(key, "comma_bmin") == 0) d->config.comma_bmin = atoi(val);
            else if (strcasecmp(key, "comma_bmax") == 0) d->config.comma_bmax = atoi(val);
            else if (strcasecmp(key, "comma_emin") == 0) d->config.comma_emin = atoi(val);
            else if (strcasecmp(key, "comma_emax") == 0) d->config.comma_emax = atoi(val);
            continue;
        }
        if (section != 1) continue;
        dy_file_kind kind = DY_FILE_UNKNOWN;
        if (strcasestr(key, "verb")) kind = DY_FILE_VERBS_BLOCK;
        else if (strcasestr(key, "actor")) kind = DY_FILE_ACTORS;
        else if (strcasestr(key, "agent")) kind = DY_FILE_AGENTS;
        else if (strcasestr(key, "discard")) kind = DY_FILE_DISCARDS;
        else if (strcasestr(key, "issue")) kind = DY_FILE_ISSUES;
        else continue;
        /* comma-separated list */
        char *p = val;
        while (*p) {
            char *c = strchr(p, ',');
            if (c) *c = 0;
            while (isspace((unsigned char)*p)) p++;
            char *e = p + strlen(p);
            while (e > p && isspace((unsigned char)e[-1])) *--e = 0;
            if (*p) {
                char full[3400];
                struct stat st;
                join_path(full, sizeof full, ddir, p);
                if (stat(full, &st) != 0) join_path(full, sizeof full, alt, p);
                dyad_status r = load_file(d, full, kind, diag, err);
                if (r != DYAD_OK) return r;
                found++;
            }
            if (!c) break;
            p = c + 1;
        }
    }
    if (!found) {
        dy_error_where(err, path, 0, 0);
        return dy_error_set(err, DYAD_ERR_DICT_FORMAT, "config file '%s' names no dictionary files", path);
    }
    return DYAD_OK;
}

dyad_status dy_dict_load_path(dy_dict *d, const char *path, dy_diag *diag, dyad_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        dy_error_where(err, path, 0, 0);
        return dy_error_set(err, DYAD_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        dy_error_where(err, path, 0, 0);
        return dy_error_set(err, DYAD_ERR_DICT_FORMAT,
                            "'%s' is a directory; give a .project file, a PETR_config.ini or a dictionary file", path);
    }
    size_t len;
    char *text = read_file(path, &len, err);
    if (!text) return DYAD_ERR_IO;
    dy_file_kind k = dy_guess_file_kind(path, text, len);
    dyad_status r;
    if (k == DY_FILE_PROJECT) r = load_project(d, path, text, len, diag, err);
    else if (k == DY_FILE_PETR_CONFIG) r = load_petr_config(d, path, text, len, diag, err);
    else r = dy_dict_load_text(d, k, path, text, len, diag, err);
    dy_free(text);
    return r;
}

dyad_status dy_dict_load_default(dy_dict *d, dy_diag *diag, dyad_error *err)
{
    /* order matters for ties: actors, agents, verbs, discards, issues */
    static const dy_file_kind order[] = {DY_FILE_ACTORS, DY_FILE_AGENTS, DY_FILE_VERBS_BLOCK,
                                         DY_FILE_DISCARDS, DY_FILE_ISSUES, DY_FILE_OPTIONS};
    size_t loaded = 0;
    d->no_stems = 1; /* dyad's dictionaries never use TABARI stems */
    for (size_t o = 0; o < DY_ARRAY_LEN(order); o++) {
        for (size_t i = 0; i < dy_embedded_nfiles; i++) {
            const dy_embedded_file *f = &dy_embedded_files[i];
            if (!f->name) continue;
            dy_file_kind k = dy_guess_file_kind(f->name, (const char *)f->data, f->len);
            if (k == DY_FILE_VERBS_TABARI) k = DY_FILE_VERBS_BLOCK;
            if (k != order[o]) continue;
            char name[300];
            snprintf(name, sizeof name, "<builtin>/%s", f->name);
            dyad_status st = dy_dict_load_text(d, k, name, (const char *)f->data, f->len, diag, err);
            if (st != DYAD_OK) return st;
            loaded++;
        }
    }
    d->config.style = DY_STYLE_DYAD;
    d->no_stems = 1;
    if (!loaded) {
        return dy_error_set(err, DYAD_ERR_DICT_FORMAT,
                            "this build has no default dictionaries; use --dict PATH");
    }
    return DYAD_OK;
}
