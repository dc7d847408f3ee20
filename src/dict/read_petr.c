/* read_petr.c — block-format verb dictionaries (PETRARCH-1, PETRARCH-2's
 * CAMEO.2.0.txt, and dyad's own verbs), discard lists and issue lists.
 *
 * Block verb grammar (PETRARCH dictionaries.rst):
 *   synset  := '&'NAME NL ('+' phrase NL)*         (before first use)
 *   block   := '---' TITLE '[' code ']' '---' NL verb* pattern*
 *   verb    := word ['{' form* '}'] ['[' evcode ']']
 *            | multi-word with '+' on the verb word: +ASK_FOR, WIRE_+TAP
 *   pattern := '-' phrase '[' evcode ']'           (applies to every verb of the block)
 *   transformation := '~' ...                       (PETRARCH-2; counted, not used)
 * Verbs and pattern words are lemmas: they match every inflection through
 * the lex stage, so a dictionary lists ATTACK once, not its forms.
 * Discards (one phrase per line; '+' prefix drops the whole story; a final
 * '_' requires a word end, otherwise the phrase is a stem).
 * Issues:  phrase '[' CODE ']'  with n: v: + expansion prefixes, '~' ignore. */
#include "dict/dict.h"
#include "dict/read_lines.h"
#include "util/check.h"
#include "util/mem.h"

#include <ctype.h>
#include <string.h>

void dy_dict_attach_patterns(dy_dict *d, dy_pattern *p, size_t np, size_t vfirst, size_t vlast);
void dy_read_synset_member(dy_dict *d, uint32_t syn, const char *s, size_t n, int lemma, uint32_t file,
                           long line, dy_diag *diag, const char *raw, size_t rawn);
uint32_t dy_new_synset(dy_dict *d, const char *name, size_t n);

static void trim(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) { (*s)++; (*n)--; }
    while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

static void cut_hash(const char *s, size_t *n)
{
    int depth = 0;
    for (size_t i = 0; i < *n; i++) {
        if (s[i] == '[') depth++;
        else if (s[i] == ']') { if (depth) depth--; }
        else if (s[i] == '#' && depth == 0) { *n = i; return; }
    }
}

/* Find the last "[...]" in s; returns 1 and sets code span, else 0. */
static int last_code(const char *s, size_t n, size_t *open, const char **c, size_t *cn)
{
    for (size_t i = n; i-- > 0;) {
        if (s[i] != '[') continue;
        const char *close = memchr(s + i, ']', n - i);
        if (!close) return -1;
        *open = i;
        *c = s + i + 1;
        *cn = (size_t)(close - s - i - 1);
        return 1;
    }
    return 0;
}

/* A verb word or multi-word verb: "+ASK_FOR" or "WIRE_+TAP" → "ASK_FOR". */
static size_t strip_plus(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++)
        if (s[i] != '+') out[o++] = s[i];
    out[o] = 0;
    return o;
}

void dy_read_block_verbs(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    dy_pattern *pv = NULL;
    size_t np = 0, pcap = 0;
    size_t vfirst = d->nverbs;
    int in_block = 0;
    dy_evcode block_code;
    memset(&block_code, 0, sizeof block_code);
    block_code.code = block_code.code2 = DY_NOID;
    block_code.kind = DY_CODE_NULL;
    uint32_t cur_syn = DY_NOID;
    size_t ntransform = 0;
    uint32_t block_id = 0;
#define FLUSH_BLOCK()                                                   \
    do {                                                                \
        if (in_block) dy_dict_attach_patterns(d, pv, np, vfirst, d->nverbs); \
        np = 0;                                                         \
        vfirst = d->nverbs;                                             \
    } while (0)
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        cut_hash(s, &n);
        trim(&s, &n);
        if (n == 0) continue; /* blank and comment lines do not end a synset */
        if (s[0] == '<') continue;
        if (n >= 3 && s[0] == '-' && s[1] == '-' && s[2] == '-') {
            FLUSH_BLOCK();
            in_block = 1;
            block_id++;
            cur_syn = DY_NOID;
            size_t open;
            const char *c;
            size_t cn;
            memset(&block_code, 0, sizeof block_code);
            block_code.code = block_code.code2 = DY_NOID;
            block_code.kind = DY_CODE_NULL;
            if (last_code(s, n, &open, &c, &cn) == 1 && !dy_parse_evcode(d, c, cn, &block_code)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "bad block code");
                block_code.kind = DY_CODE_NULL;
            }
            continue;
        }
        if (s[0] == '&') {
            cur_syn = dy_new_synset(d, s, n);
            continue;
        }
        if (s[0] == '+' && cur_syn != DY_NOID) {
            dy_read_synset_member(d, cur_syn, s + 1, n - 1, 1, file, L.lineno, diag, raw, rawn);
            continue;
        }
        cur_syn = DY_NOID;
        if (s[0] == '~') { ntransform++; continue; }
        if (!in_block) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                           "verb or pattern outside a '---' block");
            d->stats.lines_skipped++;
            continue;
        }
        size_t open = n;
        const char *c = NULL;
        size_t cn = 0;
        int has = last_code(s, n, &open, &c, &cn);
        if (has < 0) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing ']'");
            d->stats.lines_skipped++;
            continue;
        }
        if (s[0] == '-') {
            if (!has) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "pattern has no code");
                d->stats.lines_skipped++;
                continue;
            }
            const char *pp = s + 1;
            size_t ppn = open - 1;
            trim(&pp, &ppn);
            if (!memchr(pp, '*', ppn)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn,
                               "pattern has no verb marker '*'");
                d->stats.lines_skipped++;
                continue;
            }
            dy_pattern pat;
            memset(&pat, 0, sizeof pat);
            if (!dy_parse_evcode(d, c, cn, &pat.code)) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "bad event code");
                d->stats.lines_skipped++;
                continue;
            }
            const char *why = NULL;
            pat.phrase = dy_dict_phrase(d, pp, ppn, 0, !d->exact_patterns, file, (uint32_t)L.lineno, &why);
            if (pat.phrase == DY_NOID) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
                d->stats.lines_skipped++;
                continue;
            }
            DY_GROW(pv, np + 1, pcap);
            pv[np++] = pat;
            continue;
        }
        /* a verb line: WORD [{forms}] [[code]] */
        dy_evcode code = block_code;
        if (has && !dy_parse_evcode(d, c, cn, &code)) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "bad event code");
            d->stats.lines_skipped++;
            continue;
        }
        size_t vn = open;
        const char *ob = memchr(s, '{', vn);
        const char *forms = NULL;
        size_t nforms = 0;
        if (ob) {
            const char *cb = memchr(ob, '}', vn - (size_t)(ob - s));
            if (!cb) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "missing '}'");
                d->stats.lines_skipped++;
                continue;
            }
            forms = ob + 1;
            nforms = (size_t)(cb - ob - 1);
            vn = (size_t)(ob - s);
        }
        const char *vw = s;
        trim(&vw, &vn);
        char buf[256];
        size_t bl = strip_plus(vw, vn, buf, sizeof buf);
        const char *why = NULL;
        uint32_t ph = dy_dict_phrase(d, buf, bl, 0, 1, file, (uint32_t)L.lineno, &why);
        if (ph == DY_NOID) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
            d->stats.lines_skipped++;
            continue;
        }
        DY_GROW(d->verbs, d->nverbs + 1, d->verbs_cap);
        d->verbs[d->nverbs].code = code;
        d->verbs[d->nverbs].pats = d->verbs[d->nverbs].npats = 0;
        d->verbs[d->nverbs].block = block_id;
        dy_dict_add_entry(d, ph, DY_ENT_VERB, (uint32_t)d->nverbs, 0);
        d->nverbs++;
        /* explicit irregular forms become extra roots of the same verb block */
        const char *q = forms, *end = forms ? forms + nforms : NULL;
        while (q && q < end) {
            while (q < end && isspace((unsigned char)*q)) q++;
            const char *w = q;
            while (q < end && !isspace((unsigned char)*q)) q++;
            if (q == w) break;
            bl = strip_plus(w, (size_t)(q - w), buf, sizeof buf);
            uint32_t fph = dy_dict_phrase(d, buf, bl, 0, 0, file, (uint32_t)L.lineno, &why);
            if (fph == DY_NOID) continue;
            /* a form is an exact word: clear the stem flag the phrase parser set */
            for (uint32_t k = 0; k < d->phrases[fph].nel; k++) d->elems[d->phrases[fph].el + k].flags &= (uint8_t)~DY_ELF_STEM;
            DY_GROW(d->verbs, d->nverbs + 1, d->verbs_cap);
            d->verbs[d->nverbs].code = code;
            d->verbs[d->nverbs].pats = d->verbs[d->nverbs].npats = 0;
            d->verbs[d->nverbs].block = block_id;
            dy_dict_add_entry(d, fph, DY_ENT_VERB, (uint32_t)d->nverbs, 0);
            d->nverbs++;
        }
    }
    FLUSH_BLOCK();
#undef FLUSH_BLOCK
    dy_free(pv);
    if (ntransform)
        dy_diag_report(diag, DYAD_OK, DYAD_SEV_NOTE, 0, NULL, 0,
                       "%zu PETRARCH-2 transformation lines ('~') are not used by dyad", ntransform);
}

void dy_read_discards(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        cut_hash(s, &n);
        /* TABARI-style ';' comments also appear in discard lists */
        const char *semi = memchr(s, ';', n);
        if (semi) n = (size_t)(semi - s);
        trim(&s, &n);
        if (n == 0 || s[0] == '<') continue;
        int story = 0;
        if (s[0] == '+') { story = 1; s++; n--; trim(&s, &n); }
        if (n == 0) continue;
        const char *why = NULL;
        uint32_t ph = dy_dict_phrase(d, s, n, 0, 0, file, (uint32_t)L.lineno, &why);
        if (ph == DY_NOID) {
            dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "%s", why);
            d->stats.lines_skipped++;
            continue;
        }
        /* discard phrases are consecutive words */
        for (uint32_t k = 0; k + 1 < d->phrases[ph].nel; k++) d->elems[d->phrases[ph].el + k].flags |= DY_ELF_ADJ;
        dy_dict_add_entry(d, ph, DY_ENT_DISCARD, 0, story);
    }
}

static void add_issue(dy_dict *d, const char *p, size_t pn, uint32_t code, uint32_t file, long line,
                      dy_diag *diag, const char *raw, size_t rawn)
{
    const char *why = NULL;
    uint32_t ph = dy_dict_phrase(d, p, pn, 0, 1, file, (uint32_t)line, &why);
    if (ph == DY_NOID) {
        dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, line, raw, rawn, "%s", why);
        d->stats.lines_skipped++;
        return;
    }
    for (uint32_t k = 0; k + 1 < d->phrases[ph].nel; k++) d->elems[d->phrases[ph].el + k].flags |= DY_ELF_ADJ;
    DY_GROW(d->issue_codes, d->nissue_codes + 1, d->issue_codes_cap);
    d->issue_codes[d->nissue_codes] = code;
    dy_dict_add_entry(d, ph, DY_ENT_ISSUE, (uint32_t)d->nissue_codes, code == DY_NOID);
    d->nissue_codes++;
}

void dy_read_issues(dy_dict *d, const char *text, size_t len, dy_diag *diag)
{
    uint32_t file = dy_dict_file(d, diag ? diag->file : "");
    dy_lines L;
    dy_lines_init(&L, text, len);
    const char *s;
    size_t n;
    while (dy_lines_next(&L, &s, &n)) {
        const char *raw = s;
        size_t rawn = n;
        cut_hash(s, &n);
        trim(&s, &n);
        if (n == 0 || s[0] == '<') continue;
        uint32_t code = DY_NOID;
        if (s[0] == '~') {
            /* ignore phrase: cancels issue coding of the sentence */
            while (n && s[0] == '~') { s++; n--; }
        } else {
            size_t open;
            const char *c;
            size_t cn;
            if (last_code(s, n, &open, &c, &cn) != 1) {
                dy_diag_report(diag, DYAD_ERR_DICT_SYNTAX, DYAD_SEV_ERROR, L.lineno, raw, rawn, "issue has no code");
                d->stats.lines_skipped++;
                continue;
            }
            while (cn && isspace((unsigned char)*c)) { c++; cn--; }
            while (cn && isspace((unsigned char)c[cn - 1])) cn--;
            code = dy_dict_code(d, c, cn);
            n = open;
        }
        trim(&s, &n);
        /* expansions: n:word (noun forms), v:word (verb forms), a+b (space or hyphen) —
         * lemma matching covers n: and v:, and the tokenizer splits hyphens */
        char buf[512];
        size_t o = 0;
        for (size_t i = 0; i < n && o + 1 < sizeof buf; i++) {
            if ((s[i] == 'n' || s[i] == 'v') && i + 1 < n && s[i + 1] == ':' && (i == 0 || s[i - 1] == ' ')) {
                i++;
                continue;
            }
            buf[o++] = s[i] == '+' ? ' ' : s[i];
        }
        add_issue(d, buf, o, code, file, L.lineno, diag, raw, rawn);
    }
}
