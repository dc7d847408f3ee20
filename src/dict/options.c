/* options.c — TABARI .options commands that change how sentences are coded.
 *
 * Grammar (TABARI manual ch. 8; only the first four letters and the colon of
 * a command matter, case-insensitive; '#' or '//' start a comment):
 *   COMPLEX: VERBS[n] ACTORS[n] PRONOUNS[n] CONJ[n] COMMA[n] LATEVERB[n]
 *            NOACTPRIOR NOACTAFTER NOVERB NOSOURCE NOTARGET NOEVENT EXPLAIN NOSAVE
 *   SET: CODE BY (CLAUSE|SENTENCE|ALL) | MINIMUM WORDS = n | CONVERT AGENTS = b
 *        | TIME SHIFT[ING] = b | FBIS = b | YYYY = b | <others ignored>
 *   DEFAULT: SOURCE [code] [PRIOR] TARGET [code] [AFTER] | DEFAULT: OFF
 *   COMMA: MIN=n MAX=n EMIN=n EMAX=n BMIN=n BMAX=n | COMMA: OFF
 *   NONEVENTS: TRUE|ONLY|FALSE
 *   FORWARD: format [DOC] [OFF]
 *   LABEL:, OUTPUT:, ISSUES: ... are accepted and ignored (output layout). */
#include "dict/dict.h"
#include "util/check.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void dy_config_defaults(dy_config *c, dy_style style)
{
    memset(c, 0, sizeof *c);
    c->style = (uint8_t)style;
    c->codeby = DY_CODEBY_CLAUSE;
    c->comma_min = 2;
    c->comma_max = 10;
    c->comma_emin = 2;
    c->comma_emax = 10;
    c->comma_bmin = 128;
    c->comma_bmax = 0;
    c->time_shift = 1;
}

/* Upper-cased copy without comments. */
static size_t clean(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        if (s[i] == '#') break;
        if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') break;
        out[o++] = (char)toupper((unsigned char)s[i]);
    }
    while (o && isspace((unsigned char)out[o - 1])) o--;
    out[o] = 0;
    return o;
}

static int bracket_num(const char *s, const char *key)
{
    const char *p = strstr(s, key);
    if (!p) return -1;
    p += strlen(key);
    while (*p == ' ') p++;
    if (*p != '[') return -1;
    return atoi(p + 1);
}

static int eq_num(const char *s, const char *key, int *out)
{
    /* find KEY followed by optional spaces and '=' (avoid MIN matching EMIN/BMIN) */
    const char *p = s;
    size_t kl = strlen(key);
    while ((p = strstr(p, key)) != NULL) {
        if (p != s && isalpha((unsigned char)p[-1])) { p += kl; continue; }
        const char *q = p + kl;
        while (*q == ' ') q++;
        if (*q == '=') { *out = atoi(q + 1); return 1; }
        p += kl;
    }
    return 0;
}

static int truth(const char *s)
{
    const char *eq = strchr(s, '=');
    if (!eq) return 1;
    eq++;
    while (*eq == ' ') eq++;
    return *eq == 'T' || *eq == '1' || *eq == 'Y';
}

static void code_after(const char *s, const char *key, char *out, size_t cap)
{
    const char *p = strstr(s, key);
    out[0] = 0;
    if (!p) return;
    p = strchr(p, '[');
    if (!p) return;
    p++;
    size_t o = 0;
    while (*p && *p != ']' && o + 1 < cap) {
        if (!isspace((unsigned char)*p)) out[o++] = *p;
        p++;
    }
    out[o] = 0;
}

int dy_config_apply(dy_config *c, const char *line, size_t len)
{
    char s[512];
    size_t n = clean(line, len, s, sizeof s);
    if (n < 5) return n == 0;
    const char *colon = strchr(s, ':');
    if (!colon) return 0;
    const char *arg = colon + 1;
    if (strncmp(s, "COMP", 4) == 0) {
        /* a COMPLEX command replaces the previous settings */
        c->cx_verbs = c->cx_actors = c->cx_pronouns = c->cx_conj = c->cx_comma = c->cx_lateverb = 0;
        c->cx_flags = 0;
        int v;
        if ((v = bracket_num(arg, "VERBS")) >= 0) c->cx_verbs = v;
        if ((v = bracket_num(arg, "ACTORS")) >= 0) c->cx_actors = v;
        if ((v = bracket_num(arg, "PRONOUNS")) >= 0) c->cx_pronouns = v;
        if ((v = bracket_num(arg, "CONJ")) >= 0) c->cx_conj = v;
        if ((v = bracket_num(arg, "COMMA")) >= 0) c->cx_comma = v;
        if ((v = bracket_num(arg, "LATEVERB")) >= 0) c->cx_lateverb = v;
        if (strstr(arg, "NOACTPRIOR")) c->cx_flags |= DY_CX_NOACTPRIOR;
        if (strstr(arg, "NOACTAFTER")) c->cx_flags |= DY_CX_NOACTAFTER;
        if (strstr(arg, "NOVERB")) c->cx_flags |= DY_CX_NOVERB;
        if (strstr(arg, "NOSOURCE")) c->cx_flags |= DY_CX_NOSOURCE;
        if (strstr(arg, "NOTARGET")) c->cx_flags |= DY_CX_NOTARGET;
        if (strstr(arg, "NOEVENT")) c->cx_flags |= DY_CX_NOEVENT;
        return 1;
    }
    if (strncmp(s, "SET", 3) == 0 && colon == s + 3) {
        if (strstr(arg, "CODE BY") || strstr(arg, "CODE ALL")) {
            if (strstr(arg, "SENTENCE")) c->codeby = DY_CODEBY_SENTENCE;
            else if (strstr(arg, "ALL")) c->codeby = DY_CODEBY_ALL;
            else c->codeby = DY_CODEBY_CLAUSE;
        } else if (strstr(arg, "MINIMUM WORDS")) {
            int v = 0;
            if (eq_num(arg, "WORDS", &v)) c->min_words = v;
            else c->min_words = 0;
        } else if (strstr(arg, "CONVERT AGENT")) {
            c->convert_agents = (uint8_t)truth(arg);
        } else if (strstr(arg, "TIME SHIFT")) {
            c->time_shift = (uint8_t)truth(arg);
        } else if (strstr(arg, "FBIS")) {
            c->fbis = (uint8_t)truth(arg);
        } else if (strstr(arg, "YYYY")) {
            c->yyyy = (uint8_t)truth(arg);
        }
        return 1;
    }
    if (strncmp(s, "DEFA", 4) == 0) {
        if (strstr(arg, "OFF")) {
            c->default_source[0] = c->default_target[0] = 0;
            c->default_src_prior = c->default_tar_after = 0;
            return 1;
        }
        if (strstr(arg, "SOURCE")) {
            code_after(arg, "SOURCE", c->default_source, sizeof c->default_source);
            const char *t = strstr(arg, "TARGET");
            const char *pr = strstr(arg, "PRIOR");
            c->default_src_prior = pr && (!t || pr < t);
        }
        if (strstr(arg, "TARGET")) {
            code_after(arg, "TARGET", c->default_target, sizeof c->default_target);
            c->default_tar_after = strstr(strstr(arg, "TARGET"), "AFTER") != NULL;
        }
        return 1;
    }
    if (strncmp(s, "COMM", 4) == 0) {
        if (strstr(arg, "OFF")) { c->comma_off = 1; return 1; }
        c->comma_off = 0;
        int v;
        if (eq_num(arg, "MIN", &v)) c->comma_min = v;
        if (eq_num(arg, "MAX", &v)) c->comma_max = v;
        if (eq_num(arg, "EMIN", &v)) c->comma_emin = v;
        if (eq_num(arg, "EMAX", &v)) c->comma_emax = v;
        if (eq_num(arg, "BMIN", &v)) c->comma_bmin = v;
        if (eq_num(arg, "BMAX", &v)) c->comma_bmax = v;
        return 1;
    }
    if (strncmp(s, "NONE", 4) == 0) {
        c->nonevents = strstr(arg, "ONLY") ? 2 : strstr(arg, "TRUE") ? 1 : 0;
        return 1;
    }
    if (strncmp(s, "FORW", 4) == 0) {
        c->forward = strstr(arg, "OFF") == NULL;
        return 1;
    }
    if (strncmp(s, "LABE", 4) == 0 || strncmp(s, "OUTP", 4) == 0 || strncmp(s, "ISSU", 4) == 0 ||
        strncmp(s, "FREQ", 4) == 0 || strncmp(s, "ATTR", 4) == 0)
        return 1;
    return 0;
}

void dy_read_options(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    size_t i = 0;
    long line = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n') e++;
        line++;
        const char *s = text + i;
        size_t n = e - i;
        while (n && isspace((unsigned char)*s)) { s++; n--; }
        if (n && !(s[0] == '/' && n > 1 && s[1] == '/') && s[0] != '#' && s[0] != '~') {
            if (!dy_config_apply(&d->config, s, n))
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_WARNING, line, s, n,
                               "unknown options command ignored");
        }
        i = e + 1;
    }
}
