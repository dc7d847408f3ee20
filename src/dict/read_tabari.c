/* read_tabari.c — readers for actor and agent dictionaries (TABARI and
 * PETRARCH-1/2 share them) and TABARI .verbs files.
 *
 * Actor grammar (TABARI manual §5.3, PETRARCH dictionaries.rst):
 *   record   := primary ('+' synonym)* (INDENT '[' codeblock ']')*
 *   primary  := phrase ('[' codeblock ']')* [';' comment | '#' comment]
 *   codeblock:= CODE [ '<'DATE | '>'DATE | DATE '-' DATE ]
 *   sections <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE> hold bare phrases;
 *   a code beginning or ending with '~' makes the record an agent;
 *   ~FINISH ends the file.
 * Agent grammar (PETRARCH): phrase ['{' plural* '}'] '[' ('~'CODE | CODE'~') ']'
 *   plus substitution markers  !NAME! = A, B, C  used inside phrases.
 * TABARI verbs grammar (§5.5–5.7, §10.4–10.5):
 *   <SYNSETS> (&NAME ('+' phrase)*)* </SYNSETS>
 *   <TIME> root* </TIME>   <ATTRIB> root* </ATTRIB>
 *   root     := phrase '[' evcode ']'  then optional  '{' form* '}'  line
 *   pattern  := '-' phrase '[' evcode ']'   (belongs to the last root) */
#include "dict/dict.h"
#include "dict/read_lines.h"
#include "util/check.h"
#include "util/date.h"
#include "util/mem.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- helpers */

static void trim(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) { (*s)++; (*n)--; }
    while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

/* Cut a trailing comment: ';' anywhere outside [...], or '#' after white
 * space outside [...] (so "[###]" survives). */
static void cut_comment(const char *s, size_t *n)
{
    int depth = 0;
    for (size_t i = 0; i < *n; i++) {
        char c = s[i];
        if (c == '[') depth++;
        else if (c == ']') { if (depth) depth--; }
        else if (depth == 0 && c == ';') { *n = i; return; }
        else if (depth == 0 && c == '#' && (i == 0 || isspace((unsigned char)s[i - 1]))) { *n = i; return; }
    }
}

/* Parse a TABARI/PETRARCH date: YYMMDD (00-30 → 20xx) or YYYYMMDD. */
static int parse_dict_date(const char *s, size_t n, int32_t *out)
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n != 6 && n != 8) return 0;
    return dy_parse_ymd(s, n, 1, out) == 0;
}

/* Parse the inside of one actor code block "USAGOV 991201-010114".
 * Returns 1 ok, 0 bad; sets *agent for "~GOV"/"NGO~". */
static int parse_actor_block(dy_dict *d, const char *s, size_t n, dy_actor_code *out, int *agent,
                             const char **why)
{
    trim(&s, &n);
    out->from = INT32_MIN;
    out->to = INT32_MAX;
    out->kind = DY_CODE_EVENT;
    out->code = DY_NOID;
    *agent = 0;
    if (n == 0) { *why = "empty code block"; return 0; }
    size_t i = 0;
    /* code: letters/digits/-/#/+/~ and '/' for coded compounds; may be "- - -" */
    char code[128];
    size_t cl = 0;
    if (n >= 5 && strncmp(s, "- - -", 5) == 0) { memcpy(code, "---", 3); cl = 3; i = 5; }
    else {
        while (i < n && !isspace((unsigned char)s[i]) && s[i] != '<' && s[i] != '>' && cl + 1 < sizeof code) {
            if (isdigit((unsigned char)s[i]) && cl == 0 && i + 5 < n && isdigit((unsigned char)s[i + 5])) break;
            code[cl++] = s[i++];
        }
    }
    code[cl] = 0;
    if (cl == 0) { *why = "code block has no code"; return 0; }
    /* a code glued to a date: "AAA950601-990815" */
    for (size_t k = 0; k < cl; k++)
        if (isdigit((unsigned char)code[k]) && k + 6 <= cl && strspn(code + k, "0123456789") >= 6) {
            *why = "code block runs into a date";
            return 0;
        }
    if (strcmp(code, "---") == 0) out->kind = DY_CODE_NULL;
    else if (strcmp(code, "###") == 0) out->kind = DY_CODE_DISCARD;
    else if (strcmp(code, "+++") == 0) out->kind = DY_CODE_COMPLEX;
    else {
        if (code[0] == '~' || code[cl - 1] == '~') *agent = 1;
        for (size_t k = 0; k < cl; k++)
            if (!isalnum((unsigned char)code[k]) && code[k] != '~' && code[k] != '/' && code[k] != '-' && code[k] != '_') {
                *why = "bad character in code";
                return 0;
            }
        out->code = dy_dict_code(d, code, cl);
    }
    /* restriction */
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (i >= n) return 1;
    if (s[i] == '<' || s[i] == '>') {
        char op = s[i++];
        int32_t v;
        if (!parse_dict_date(s + i, n - i, &v)) { *why = "bad date in code block"; return 0; }
        if (op == '<') out->to = v; else out->from = v;
        return 1;
    }
    const char *dash = memchr(s + i, '-', n - i);
    if (!dash) { *why = "bad date restriction"; return 0; }
    int32_t a, b;
    if (!parse_dict_date(s + i, (size_t)(dash - (s + i)), &a)) { *why = "bad start date"; return 0; }
    size_t rest = n - (size_t)(dash + 1 - s);
    const char *r = dash + 1;
    size_t rn = rest;
    trim(&r, &rn);
    if (rn == 0) { out->from = a; return 1; } /* "20140828-" open-ended */
    if (!parse_dict_date(r, rn, &b)) { *why = "bad end date"; return 0; }
    out->from = a;
    out->to = b;
    return 1;
}

/* ----------------------------------------------------------- actor records */

typedef struct rec {
    uint32_t phrases[256];
    size_t nphrases;
    dy_actor_code codes[64];
    size_t ncodes;
    int agent;          /* codes are agent codes */
    long line;
    int bad;
} rec;

static void rec_flush(dy_dict *d, rec *r, dy_diag *diag)
{
    if (r->nphrases == 0) { r->ncodes = 0; return; }
    if (r->agent) {
        for (size_t i = 0; i < r->ncodes; i++) {
            if (r->codes[i].code == DY_NOID) continue;
            const char *c = dy_strtab_str(&d->codes, r->codes[i].code);
            size_t cl = strlen(c);
            int prefix = c[cl - 1] == '~';
            const char *core = prefix ? c : c + 1;
            size_t corel = cl - 1;
            DY_GROW(d->agents, d->nagents + 1, d->agents_cap);
            memset(&d->agents[d->nagents], 0, sizeof d->agents[d->nagents]); /* padding is written to compiled files */
            d->agents[d->nagents].code = dy_dict_code(d, core, corel);
            d->agents[d->nagents].prefix = (uint8_t)prefix;
            for (size_t p = 0; p < r->nphrases; p++)
                dy_dict_add_entry(d, r->phrases[p], DY_ENT_AGENT, (uint32_t)d->nagents, 0);
            d->nagents++;
            break; /* one agent code per record */
        }
    } else {
        /* default (unrestricted) code must come last; TABARI adds [---] when
         * only restricted codes are given */
        dy_actor_code sorted[64];
        size_t ns = 0, ndef = 0;
        dy_actor_code def;
        memset(&def, 0, sizeof def);
        for (size_t i = 0; i < r->ncodes; i++) {
            if (r->codes[i].from == INT32_MIN && r->codes[i].to == INT32_MAX) {
                if (!ndef) def = r->codes[i];
                ndef++;
            } else sorted[ns++] = r->codes[i];
        }
        if (ndef) sorted[ns++] = def;
        else if (ns) {
            memset(&sorted[ns], 0, sizeof sorted[ns]);
            sorted[ns].code = DY_NOID;
            sorted[ns].kind = DY_CODE_NULL;
            sorted[ns].from = INT32_MIN;
            sorted[ns].to = INT32_MAX;
            ns++;
            ndef = 1;
        }
        if (ns == 0) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_WARNING, r->line, NULL, 0,
                           "actor has no code; skipped");
            d->stats.lines_skipped++;
            r->nphrases = r->ncodes = 0;
            return;
        }
        DY_GROW(d->acodes, d->nacodes + ns, d->acodes_cap);
        memcpy(d->acodes + d->nacodes, sorted, ns * sizeof *sorted);
        DY_GROW(d->actors, d->nactors + 1, d->actors_cap);
        dy_actor *a = &d->actors[d->nactors];
        a->codes = (uint32_t)d->nacodes;
        a->ncodes = (uint16_t)ns;
        a->has_default = ndef > 0;
        a->pad = 0;
        a->parent = d->phrases[r->phrases[0]].text;
        d->nacodes += ns;
        for (size_t p = 0; p < r->nphrases; p++)
            dy_dict_add_entry(d, r->phrases[p], DY_ENT_ACTOR, (uint32_t)d->nactors, 0);
        d->nactors++;
    }
    r->nphrases = r->ncodes = 0;
    r->agent = 0;
}

/* Parse "[..] [..]" blocks in s into r. Returns 0 on a bad block. */
static int parse_blocks(dy_dict *d, const char *s, size_t n, rec *r, dy_diag *diag, long line,
                        const char *ctx, size_t ctxn)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '[') { i++; continue; }
        const char *close = memchr(s + i, ']', n - i);
        if (!close) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, ctx, ctxn, "missing ']'");
            return 0;
        }
        dy_actor_code c;
        int agent;
        const char *why = NULL;
        if (!parse_actor_block(d, s + i + 1, (size_t)(close - s - i - 1), &c, &agent, &why)) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, ctx, ctxn, "%s", why);
            return 0;
        }
        if (r->ncodes < DY_ARRAY_LEN(r->codes)) r->codes[r->ncodes++] = c;
        if (agent) r->agent = 1;
        i = (size_t)(close - s) + 1;
    }
    return 1;
}

static int is_section(const char *s, size_t n, const char *tag)
{
    size_t tl = strlen(tag);
    return n >= tl && strncasecmp(s, tag, tl) == 0;
}

void dy_read_tabari_actors(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    rec *r = dy_calloc(1, sizeof *r);
    int section = 0; /* 0 actors, 1 nouns, 2 adjectives */
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        int indented = n && (s[0] == ' ' || s[0] == '\t');
        cut_comment(s, &n);
        trim(&s, &n);
        if (n == 0) continue;
        if (s[0] == '#' || s[0] == '/') continue;
        if (s[0] == '~') { if (is_section(s, n, "~FINISH")) break; continue; }
        if (s[0] == '<') {
            rec_flush(d, r, diag);
            if (is_section(s, n, "<NOUN")) section = 1;
            else if (is_section(s, n, "<ADJ")) section = 2;
            else if (s[1] == '/') section = 0;
            continue;
        }
        if (section) {
            const char *why = NULL;
            uint32_t ph = dy_dict_phrase(d, s, n, 1, 0, file, (uint32_t)L.lineno, &why);
            if (ph == DY_NOID) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
                d->stats.lines_skipped++;
                continue;
            }
            dy_dict_add_entry(d, ph, section == 1 ? DY_ENT_NOUN : DY_ENT_ADJ, 0, 0);
            continue;
        }
        if (s[0] == '[') {
            if (!indented && r->nphrases == 0) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "code block without an actor phrase");
                d->stats.lines_skipped++;
                continue;
            }
            if (!parse_blocks(d, s, n, r, diag, L.lineno, raw, rawn)) d->stats.lines_skipped++;
            continue;
        }
        if (s[0] == '+') {
            if (r->nphrases == 0) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "synonym without a primary actor phrase");
                d->stats.lines_skipped++;
                continue;
            }
            s++; n--;
            const char *br = memchr(s, '[', n);
            size_t pn = br ? (size_t)(br - s) : n;
            const char *why = NULL;
            uint32_t ph = dy_dict_phrase(d, s, pn, 1, 0, file, (uint32_t)L.lineno, &why);
            if (ph == DY_NOID) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
                d->stats.lines_skipped++;
                continue;
            }
            if (r->nphrases < DY_ARRAY_LEN(r->phrases)) r->phrases[r->nphrases++] = ph;
            if (br && !parse_blocks(d, br, n - pn, r, diag, L.lineno, raw, rawn)) d->stats.lines_skipped++;
            continue;
        }
        /* a new primary phrase */
        rec_flush(d, r, diag);
        r->line = L.lineno;
        const char *br = memchr(s, '[', n);
        size_t pn = br ? (size_t)(br - s) : n;
        const char *p = s;
        size_t pl = pn;
        trim(&p, &pl);
        if (pl == 0) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing phrase");
            d->stats.lines_skipped++;
            continue;
        }
        if (br && !memchr(br, ']', n - pn)) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing ']'");
            d->stats.lines_skipped++;
            continue;
        }
        const char *why = NULL;
        uint32_t ph = dy_dict_phrase(d, p, pl, 1, 0, file, (uint32_t)L.lineno, &why);
        if (ph == DY_NOID) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
            d->stats.lines_skipped++;
            continue;
        }
        r->phrases[r->nphrases++] = ph;
        if (br && !parse_blocks(d, br, n - pn, r, diag, L.lineno, raw, rawn)) {
            r->nphrases = 0; /* drop the whole record */
            r->ncodes = 0;
            d->stats.lines_skipped++;
        }
    }
    rec_flush(d, r, diag);
    dy_free(r);
}

/* ------------------------------------------------------------------ agents */

typedef struct subst {
    char name[32];
    char items[16][48];
    int n;
} subst;

static void plural_of(const char *w, size_t n, char *out, size_t cap)
{
    /* regular plural of the final word: Y → IES after a consonant, S/SS/X/CH/SH → ES */
    size_t o = n < cap - 4 ? n : cap - 4;
    memcpy(out, w, o);
    out[o] = 0;
    char last = o ? out[o - 1] : 0;
    char prev = o > 1 ? out[o - 2] : 0;
    if (last == 'Y' && prev && !strchr("AEIOU", prev)) { out[o - 1] = 0; strcat(out, "IES"); }
    else if (last == 'S' || last == 'X' || (last == 'H' && (prev == 'C' || prev == 'S'))) strcat(out, "ES");
    else strcat(out, "S");
}

/* Returns 0 if the phrase was bad (reported). */
static int add_agent_phrase(dy_dict *d, const char *p, size_t pn, uint32_t agent, uint32_t file, long line,
                            dy_diag *diag, const char *raw, size_t rawn)
{
    const char *why = NULL;
    /* PETRARCH agents list their plurals, so no regular endings there */
    uint32_t ph = dy_dict_phrase(d, p, pn, !d->no_stems, 0, file, (uint32_t)line, &why);
    if (ph == DY_NOID) {
        dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, raw, rawn, "%s", why);
        return 0;
    }
    dy_dict_add_entry(d, ph, DY_ENT_AGENT, agent, 0);
    return 1;
}

void dy_read_agents(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    subst subs[16];
    int nsubs = 0;
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        cut_comment(s, &n);
        trim(&s, &n);
        if (n == 0 || s[0] == '#' || s[0] == '/' || s[0] == '<') continue;
        if (s[0] == '~') { if (is_section(s, n, "~FINISH")) break; continue; }
        if (s[0] == '!' && memchr(s, '=', n) && !memchr(s, '[', n)) {
            /* !NAME! = A, B, C */
            const char *e2 = memchr(s + 1, '!', n - 1);
            const char *eq = memchr(s, '=', n);
            if (!e2 || !eq || nsubs >= 16) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "bad substitution marker");
                d->stats.lines_skipped++;
                continue;
            }
            subst *sb = &subs[nsubs++];
            size_t nl = (size_t)(e2 - s) + 1;
            if (nl >= sizeof sb->name) nl = sizeof sb->name - 1;
            memcpy(sb->name, s, nl);
            sb->name[nl] = 0;
            sb->n = 0;
            const char *q = eq + 1, *end = s + n;
            while (q < end && sb->n < 16) {
                const char *c = memchr(q, ',', (size_t)(end - q));
                if (!c) c = end;
                const char *a = q;
                size_t al = (size_t)(c - q);
                trim(&a, &al);
                if (al && al < 48) { memcpy(sb->items[sb->n], a, al); sb->items[sb->n][al] = 0; sb->n++; }
                q = c + 1;
            }
            continue;
        }
        const char *br = NULL;
        for (size_t i = 0; i < n; i++) if (s[i] == '[') { br = s + i; break; }
        if (!br) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "agent has no code");
            d->stats.lines_skipped++;
            continue;
        }
        const char *close = memchr(br, ']', (size_t)(s + n - br));
        if (!close) close = memchr(br, '}', (size_t)(s + n - br)); /* "[~LEG}" typo in the wild */
        if (!close) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing ']'");
            d->stats.lines_skipped++;
            continue;
        }
        const char *c = br + 1;
        size_t cl = (size_t)(close - c);
        trim(&c, &cl);
        if (cl < 2 || (c[0] != '~' && c[cl - 1] != '~')) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                           "agent code needs a '~' connector");
            d->stats.lines_skipped++;
            continue;
        }
        int prefix = c[cl - 1] == '~';
        DY_GROW(d->agents, d->nagents + 1, d->agents_cap);
        memset(&d->agents[d->nagents], 0, sizeof d->agents[d->nagents]); /* padding is written to compiled files */
        d->agents[d->nagents].code = dy_dict_code(d, prefix ? c : c + 1, cl - 1);
        d->agents[d->nagents].prefix = (uint8_t)prefix;
        uint32_t agent = (uint32_t)d->nagents++;
        /* phrase and optional {plurals} */
        const char *p = s;
        size_t pn = (size_t)(br - s);
        const char *ob = memchr(p, '{', pn);
        const char *plurals = NULL;
        size_t npl = 0;
        int explicit_plural = 0;
        if (ob) {
            const char *cb = memchr(ob, '}', pn - (size_t)(ob - p));
            if (cb) { plurals = ob + 1; npl = (size_t)(cb - ob - 1); explicit_plural = 1; }
            pn = (size_t)(ob - p);
        }
        trim(&p, &pn);
        /* substitution markers expand the phrase */
        char expanded[16][512];
        int nexp = 1;
        snprintf(expanded[0], sizeof expanded[0], "%.*s", (int)(pn < 400 ? pn : 400), p);
        for (int k = 0; k < nsubs; k++) {
            char *at = strstr(expanded[0], subs[k].name);
            if (!at) continue;
            nexp = 0;
            char pre[200], post[200];
            snprintf(pre, sizeof pre, "%.*s", (int)(at - expanded[0]), expanded[0]);
            snprintf(post, sizeof post, "%s", at + strlen(subs[k].name));
            for (int j = 0; j < subs[k].n && nexp < 16; j++)
                snprintf(expanded[nexp++], sizeof expanded[0], "%.200s%.48s%.200s", pre, subs[k].items[j], post);
            explicit_plural = 1; /* "with no additional plural formation" */
            npl = 0;
            break;
        }
        int bad = 0; /* a line counts once in lines_skipped, however many phrases failed */
        for (int k = 0; k < nexp; k++) {
            size_t el = strlen(expanded[k]);
            bad |= !add_agent_phrase(d, expanded[k], el, agent, file, L.lineno, diag, raw, rawn);
            if (!explicit_plural) {
                char pl[300];
                /* pluralise the final word; strip a trailing '_' first */
                size_t bl = el;
                while (bl && expanded[k][bl - 1] == '_') bl--;
                plural_of(expanded[k], bl, pl, sizeof pl);
                bad |= !add_agent_phrase(d, pl, strlen(pl), agent, file, L.lineno, diag, raw, rawn);
            }
        }
        if (npl) {
            const char *q = plurals, *end = plurals + npl;
            while (q < end) {
                while (q < end && isspace((unsigned char)*q)) q++;
                const char *w = q;
                while (q < end && !isspace((unsigned char)*q)) q++;
                if (q > w) bad |= !add_agent_phrase(d, w, (size_t)(q - w), agent, file, L.lineno, diag, raw, rawn);
            }
        }
        if (bad) d->stats.lines_skipped++;
    }
}

/* ------------------------------------------------------------- TABARI verbs */

typedef struct patvec {
    dy_pattern *v;
    size_t n, cap;
} patvec;

static int pat_cmp(const void *a, const void *b, void *ctx)
{
    const dy_dict *d = ctx;
    const dy_pattern *x = a, *y = b;
    int lx = d->phrases[x->phrase].length, ly = d->phrases[y->phrase].length;
    if (lx != ly) return lx > ly ? -1 : 1;
    return x->phrase < y->phrase ? -1 : (x->phrase > y->phrase);
}

/* Sort patterns longest first (stable by file order) and attach them to
 * verbs [vfirst, vlast). Exposed to read_petr.c through dict_internal. */
void dy_dict_attach_patterns(dy_dict *d, dy_pattern *p, size_t np, size_t vfirst, size_t vlast);
void dy_dict_attach_patterns(dy_dict *d, dy_pattern *p, size_t np, size_t vfirst, size_t vlast)
{
    /* insertion sort: pattern lists are short and this keeps it stable */
    for (size_t i = 1; i < np; i++) {
        dy_pattern t = p[i];
        size_t j = i;
        while (j > 0 && pat_cmp(&p[j - 1], &t, d) > 0) { p[j] = p[j - 1]; j--; }
        p[j] = t;
    }
    DY_GROW(d->pats, d->npats + np, d->pats_cap);
    if (np) memcpy(d->pats + d->npats, p, np * sizeof *p);
    for (size_t v = vfirst; v < vlast; v++) {
        d->verbs[v].pats = (uint32_t)d->npats;
        d->verbs[v].npats = (uint32_t)np;
    }
    d->npats += np;
}

/* Split "PHRASE [CODE]" into phrase and code text. Returns 0 when no code. */
static int split_code(const char *s, size_t n, const char **p, size_t *pn, const char **c, size_t *cn)
{
    const char *br = NULL;
    for (size_t i = n; i-- > 0;)
        if (s[i] == '[') { br = s + i; break; }
    if (!br) { *p = s; *pn = n; return 0; }
    const char *close = memchr(br, ']', (size_t)(s + n - br));
    if (!close) return -1;
    *p = s;
    *pn = (size_t)(br - s);
    *c = br + 1;
    *cn = (size_t)(close - br - 1);
    return 1;
}

void dy_read_synset_member(dy_dict *d, uint32_t syn, const char *s, size_t n, int lemma, uint32_t file,
                           long line, dy_diag *diag, const char *raw, size_t rawn);
void dy_read_synset_member(dy_dict *d, uint32_t syn, const char *s, size_t n, int lemma, uint32_t file,
                           long line, dy_diag *diag, const char *raw, size_t rawn)
{
    const char *why = NULL;
    uint32_t ph = dy_dict_phrase(d, s, n, 0, lemma, file, (uint32_t)line, &why);
    if (ph == DY_NOID) {
        dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, raw, rawn, "%s", why);
        d->stats.lines_skipped++;
        return;
    }
    /* synset members are stored contiguously: append, moving the set's tail
     * if another set was started in between */
    dy_synset *sy = &d->synsets[syn];
    if (sy->alts + sy->nalts != d->nalt_phrases) {
        DY_GROW(d->alt_phrases, d->nalt_phrases + sy->nalts + 1, d->alt_phrases_cap);
        memmove(d->alt_phrases + d->nalt_phrases, d->alt_phrases + sy->alts, sy->nalts * sizeof(uint32_t));
        sy->alts = (uint32_t)d->nalt_phrases;
        d->nalt_phrases += sy->nalts;
    }
    DY_GROW(d->alt_phrases, d->nalt_phrases + 1, d->alt_phrases_cap);
    d->alt_phrases[d->nalt_phrases++] = ph;
    sy->nalts++;
}

uint32_t dy_new_synset(dy_dict *d, const char *name, size_t n);
uint32_t dy_new_synset(dy_dict *d, const char *name, size_t n)
{
    DY_GROW(d->synsets, d->nsynsets + 1, d->synsets_cap);
    dy_synset *sy = &d->synsets[d->nsynsets];
    while (n && (name[n - 1] == '_' || isspace((unsigned char)name[n - 1]))) n--;
    char buf[128];
    size_t bl = n < sizeof buf ? n : sizeof buf - 1;
    for (size_t i = 0; i < bl; i++) buf[i] = (char)toupper((unsigned char)name[i]);
    /* string pool append via a one-word phrase-free path */
    if (d->strings_len + bl + 1 > d->strings_cap) {
        size_t nc = d->strings_cap ? d->strings_cap * 2 : 65536;
        while (nc < d->strings_len + bl + 1) nc *= 2;
        d->strings = dy_realloc(d->strings, nc);
        d->strings_cap = nc;
    }
    sy->name = (uint32_t)d->strings_len;
    memcpy(d->strings + d->strings_len, buf, bl);
    d->strings[d->strings_len + bl] = 0;
    d->strings_len += bl + 1;
    sy->alts = (uint32_t)d->nalt_phrases;
    sy->nalts = 0;
    return (uint32_t)d->nsynsets++;
}

void dy_read_tabari_verbs(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    enum { SEC_VERBS, SEC_SYNSETS, SEC_TIME, SEC_ATTRIB } sec = SEC_VERBS;
    patvec pv = {0};
    size_t vfirst = d->nverbs; /* verbs sharing the pending patterns (root + forms) */
    uint32_t cur_syn = DY_NOID;
    int have_root = 0;
#define FLUSH_ROOT()                                                            \
    do {                                                                        \
        if (have_root) dy_dict_attach_patterns(d, pv.v, pv.n, vfirst, d->nverbs); \
        pv.n = 0;                                                               \
        vfirst = d->nverbs;                                                     \
        have_root = 0;                                                          \
    } while (0)
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        cut_comment(s, &n);
        trim(&s, &n);
        if (n == 0 || s[0] == '#' || s[0] == '/') continue;
        if (s[0] == '~') { if (is_section(s, n, "~FINISH")) break; continue; }
        if (s[0] == '<') {
            FLUSH_ROOT();
            if (is_section(s, n, "<SYNSET")) sec = SEC_SYNSETS;
            else if (is_section(s, n, "<TIME")) { sec = SEC_TIME; }
            else if (is_section(s, n, "<ATTRIB")) sec = SEC_ATTRIB;
            else sec = SEC_VERBS;
            cur_syn = DY_NOID;
            continue;
        }
        if (sec == SEC_SYNSETS) {
            if (s[0] == '&') { cur_syn = dy_new_synset(d, s, n); continue; }
            if (s[0] == '+' && cur_syn != DY_NOID) {
                dy_read_synset_member(d, cur_syn, s + 1, n - 1, 0, file, L.lineno, diag, raw, rawn);
                continue;
            }
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "bad synset line");
            d->stats.lines_skipped++;
            continue;
        }
        if (s[0] == '{') {
            /* irregular forms of the last root: each becomes a root sharing patterns */
            if (!have_root) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "verb forms without a verb");
                d->stats.lines_skipped++;
                continue;
            }
            const char *q = s + 1, *end = s + n;
            if (end > q && end[-1] == '}') end--;
            dy_evcode code = d->verbs[d->nverbs - 1].code;
            while (q < end) {
                while (q < end && isspace((unsigned char)*q)) q++;
                const char *w = q;
                while (q < end && !isspace((unsigned char)*q)) q++;
                if (q == w) break;
                const char *why = NULL;
                uint32_t ph = dy_dict_phrase(d, w, (size_t)(q - w), 1, 0, file, (uint32_t)L.lineno, &why);
                if (ph == DY_NOID) continue;
                DY_GROW(d->verbs, d->nverbs + 1, d->verbs_cap);
                d->verbs[d->nverbs].code = code;
                d->verbs[d->nverbs].pats = d->verbs[d->nverbs].npats = 0;
                d->verbs[d->nverbs].block = DY_NOID;
                dy_dict_add_entry(d, ph, sec == SEC_TIME ? DY_ENT_TIME : sec == SEC_ATTRIB ? DY_ENT_ATTRIB : DY_ENT_VERB,
                                  (uint32_t)d->nverbs, 0);
                d->nverbs++;
            }
            continue;
        }
        const char *p, *c = NULL;
        size_t pn, cn = 0;
        int has = split_code(s, n, &p, &pn, &c, &cn);
        if (has < 0) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing ']'");
            d->stats.lines_skipped++;
            continue;
        }
        if (s[0] == '-' && n > 1 && (isspace((unsigned char)s[1]) || s[1] == '*' || s[1] == '$' ||
                                     s[1] == '+' || s[1] == '%' || s[1] == '&' || s[1] == '^')) {
            /* pattern */
            if (!have_root) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "pattern before any verb");
                d->stats.lines_skipped++;
                continue;
            }
            if (!has) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "pattern has no code");
                d->stats.lines_skipped++;
                continue;
            }
            const char *pp = p + 1;
            size_t ppn = pn - 1;
            trim(&pp, &ppn);
            if (!memchr(pp, '*', ppn)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "pattern has no verb marker '*'");
                d->stats.lines_skipped++;
                continue;
            }
            const char *why = NULL;
            uint32_t ph = dy_dict_phrase(d, pp, ppn, 0, 0, file, (uint32_t)L.lineno, &why);
            if (ph == DY_NOID) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
                d->stats.lines_skipped++;
                continue;
            }
            dy_pattern pat;
            memset(&pat, 0, sizeof pat);
            pat.phrase = ph;
            if (sec == SEC_TIME) {
                if (!dy_parse_evcode(d, c, cn, &pat.code)) {
                    pat.code.kind = DY_CODE_EVENT;
                    pat.code.code = pat.code.code2 = DY_NOID;
                    pat.shift = atoi(c);
                }
                if (pat.code.code != DY_NOID) pat.shift = atoi(dy_strtab_str(&d->codes, pat.code.code));
                /* "+3" parses as nothing above; read the number directly */
                const char *q = c;
                size_t qn = cn;
                trim(&q, &qn);
                if (qn && (q[0] == '+' || q[0] == '-') && qn > 1 && isdigit((unsigned char)q[1]))
                    pat.shift = atoi(q), pat.code.kind = DY_CODE_EVENT;
            } else if (!dy_parse_evcode(d, c, cn, &pat.code)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "bad event code");
                d->stats.lines_skipped++;
                continue;
            }
            DY_GROW(pv.v, pv.n + 1, pv.cap);
            pv.v[pv.n++] = pat;
            continue;
        }
        /* a root */
        FLUSH_ROOT();
        dy_evcode code;
        memset(&code, 0, sizeof code);
        code.code = code.code2 = DY_NOID;
        int32_t shift = 0;
        if (has) {
            const char *q = c;
            size_t qn = cn;
            trim(&q, &qn);
            if (sec == SEC_TIME && qn && (q[0] == '+' || q[0] == '-') && qn > 1 && isdigit((unsigned char)q[1])) {
                shift = atoi(q);
            } else if (!dy_parse_evcode(d, c, cn, &code)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "bad event code");
                d->stats.lines_skipped++;
                continue;
            }
        } else {
            code.kind = DY_CODE_NULL; /* a root without a code is null-coded */
        }
        const char *rp = p;
        size_t rpn = pn;
        trim(&rp, &rpn);
        const char *why = NULL;
        uint32_t ph = dy_dict_phrase(d, rp, rpn, 1, 0, file, (uint32_t)L.lineno, &why);
        if (ph == DY_NOID) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
            d->stats.lines_skipped++;
            continue;
        }
        DY_GROW(d->verbs, d->nverbs + 1, d->verbs_cap);
        d->verbs[d->nverbs].code = code;
        d->verbs[d->nverbs].pats = d->verbs[d->nverbs].npats = 0;
        d->verbs[d->nverbs].block = (uint32_t)shift; /* TIME roots keep their shift here */
        dy_dict_add_entry(d, ph, sec == SEC_TIME ? DY_ENT_TIME : sec == SEC_ATTRIB ? DY_ENT_ATTRIB : DY_ENT_VERB,
                          (uint32_t)d->nverbs, 0);
        d->nverbs++;
        have_root = 1;
    }
    FLUSH_ROOT();
#undef FLUSH_ROOT
    dy_free(pv.v);
}
