/* dict.c — the dictionary model: vocabulary, phrase syntax, entries, index.
 *
 * Readers (read_tabari.c, read_petr.c) turn lines into calls here; this file
 * owns the one phrase parser shared by every format (so TABARI's connector
 * rules are implemented once) and builds the first-element index that lets
 * the coder find every phrase in a sentence in one pass. */
#include "dict/dict.h"
#include "util/check.h"
#include "util/date.h"
#include "util/mem.h"
#include "lex/lemma.h"
#include "text/text.h"

#include <ctype.h>
#include <string.h>
#include <sys/mman.h>
#include <utf8proc.h>

void dy_dict_init(dy_dict *d)
{
    memset(d, 0, sizeof *d);
    dy_strtab_init(&d->vocab);
    dy_strtab_init(&d->codes);
    dy_config_defaults(&d->config, DY_STYLE_DYAD);
    d->cur_block = DY_NOID;
}

void dy_dict_release(dy_dict *d)
{
    if (d->map) {
        /* a mapped compiled file (compiled.c): only the file names are ours */
        for (size_t i = 0; i < d->nfiles; i++) dy_free(d->files[i]);
        dy_free(d->files);
        munmap(d->map, d->map_len);
        dy_free(d->gx_off); dy_free(d->gx); /* built after mapping */
        memset(d, 0, sizeof *d);
        return;
    }
    dy_strtab_release(&d->vocab);
    dy_strtab_release(&d->codes);
    dy_free(d->strings);
    dy_free(d->elems); dy_free(d->phrases); dy_free(d->entries); dy_free(d->actors);
    dy_free(d->acodes); dy_free(d->agents); dy_free(d->verbs); dy_free(d->pats);
    dy_free(d->synsets); dy_free(d->alts); dy_free(d->alt_phrases); dy_free(d->issue_codes);
    for (size_t i = 0; i < d->nfiles; i++) dy_free(d->files[i]);
    dy_free(d->files);
    dy_free(d->is_stem);
    dy_free(d->slots); dy_free(d->ilist);
    dy_free(d->lemv); dy_free(d->lemn);
    dy_free(d->vpl); dy_free(d->vpl_off);
    dy_free(d->gx_off); dy_free(d->gx);
    memset(d, 0, sizeof *d);
}

uint32_t dy_dict_file(dy_dict *d, const char *name)
{
    DY_GROW(d->files, d->nfiles + 1, d->files_cap);
    d->files[d->nfiles] = dy_strdup(name ? name : "");
    return (uint32_t)d->nfiles++;
}

uint32_t dy_dict_code(dy_dict *d, const char *s, size_t n)
{
    char buf[64];
    if (n >= sizeof buf) n = sizeof buf - 1;
    for (size_t i = 0; i < n; i++) buf[i] = (char)toupper((unsigned char)s[i]);
    return dy_strtab_intern(&d->codes, buf, n);
}

static uint32_t add_string(dy_dict *d, const char *s, size_t n)
{
    if (d->strings_len + n + 1 > d->strings_cap) {
        size_t nc = d->strings_cap ? d->strings_cap * 2 : 65536;
        while (nc < d->strings_len + n + 1) nc *= 2;
        d->strings = dy_realloc(d->strings, nc);
        d->strings_cap = nc;
    }
    uint32_t off = (uint32_t)d->strings_len;
    memcpy(d->strings + off, s, n);
    d->strings[off + n] = 0;
    d->strings_len += n + 1;
    return off;
}

/* Fold a word: NFKD, strip marks, upper-case ASCII; other characters kept
 * (upper-cased where utf8proc knows how). */
size_t dy_fold_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) { ascii = 0; break; }
    if (ascii) {
        for (size_t i = 0; i < n && o + 1 < cap; i++) {
            char c = s[i];
            out[o++] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
        }
        out[o] = 0;
        return o;
    }
    size_t i = 0;
    while (i < n && o + 5 < cap) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { i++; continue; }
        i += (size_t)k;
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) { out[o++] = '\''; continue; }
        /* the longest decomposition is 18 code points (U+FDFA); utf8proc
         * returns the length needed even when it does not fit */
        utf8proc_int32_t dec[32];
        int lastbound = 0;
        utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 32, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &lastbound);
        if (nd <= 0 || nd > 32) { dec[0] = cp; nd = 1; }
        for (utf8proc_ssize_t j = 0; j < nd && o + 5 < cap; j++) {
            utf8proc_int32_t c = dec[j];
            if (c < 0x80) out[o++] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
            else {
                c = utf8proc_toupper(c);
                o += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + o);
            }
        }
    }
    out[o] = 0;
    return o;
}

/* ------------------------------------------------------------ event codes */

int dy_parse_evcode(dy_dict *d, const char *s, size_t n, dy_evcode *out)
{
    memset(out, 0, sizeof *out);
    out->code = out->code2 = DY_NOID;
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n == 0) return 0;
    /* "- - -" with spaces, as the manual prints it */
    char buf[64];
    size_t m = 0;
    for (size_t i = 0; i < n && m + 1 < sizeof buf; i++)
        if (!isspace((unsigned char)s[i])) buf[m++] = s[i];
    buf[m] = 0;
    if (strcmp(buf, "---") == 0) { out->kind = DY_CODE_NULL; return 1; }
    if (strcmp(buf, "###") == 0) { out->kind = DY_CODE_DISCARD; return 1; }
    if (strcmp(buf, "+++") == 0) { out->kind = DY_CODE_COMPLEX; return 1; }
    if (m && buf[m - 1] == '?') { out->sub = 1; buf[--m] = 0; }
    if (m && buf[m - 1] == '!') { out->dom = 1; buf[--m] = 0; }
    char *colon = strchr(buf, ':');
    if (colon) {
        size_t a = (size_t)(colon - buf), b = m - a - 1;
        if (a) out->code = dy_dict_code(d, buf, a);
        if (b) out->code2 = dy_dict_code(d, colon + 1, b);
        if (!a && !b) return 0;
        if (!a) { out->code = out->code2; out->code2 = DY_NOID; } /* "[:173]" */
        return 1;
    }
    if (m == 0) return 0;
    for (size_t i = 0; i < m; i++)
        if (!isalnum((unsigned char)buf[i])) return 0;
    out->code = dy_dict_code(d, buf, m);
    return 1;
}

/* ---------------------------------------------------------- phrase syntax */

typedef struct elvec {
    dy_elem v[128];
    size_t n;
    int len;          /* TABARI length */
} elvec;

static void el_push(elvec *ev, int kind, unsigned flags, uint32_t id)
{
    if (ev->n >= DY_ARRAY_LEN(ev->v)) return;
    dy_elem *e = &ev->v[ev->n++];
    e->kind = (uint8_t)kind;
    e->flags = (uint8_t)flags;
    e->pad = 0;
    e->id = id;
}

static void mark_stem(dy_dict *d, uint32_t id)
{
    if (id >= d->is_stem_cap) {
        size_t nc = d->is_stem_cap ? d->is_stem_cap * 2 : 1024;
        while (nc <= id) nc *= 2;
        d->is_stem = dy_realloc(d->is_stem, nc);
        memset(d->is_stem + d->is_stem_cap, 0, nc - d->is_stem_cap);
        d->is_stem_cap = nc;
    }
    d->is_stem[id] = 1;
}

static uint32_t store_phrase(dy_dict *d, const elvec *ev, uint32_t file, uint32_t line, uint32_t text)
{
    for (size_t k = 0; k < ev->n; k++) {
        if (ev->v[k].kind == DY_EL_WORD && (ev->v[k].flags & DY_ELF_STEM)) mark_stem(d, ev->v[k].id);
        if (ev->v[k].flags & DY_ELF_LEMMA) d->uses_lemmas = 1;
    }
    DY_GROW(d->elems, d->nelems + ev->n, d->elems_cap);
    memcpy(d->elems + d->nelems, ev->v, ev->n * sizeof(dy_elem));
    DY_GROW(d->phrases, d->nphrases + 1, d->phrases_cap);
    dy_phrase *p = &d->phrases[d->nphrases];
    p->el = (uint32_t)d->nelems;
    p->nel = (uint16_t)ev->n;
    p->length = (uint16_t)(ev->len > 65535 ? 65535 : ev->len);
    p->line = line;
    p->file = file;
    p->text = text;
    d->nelems += ev->n;
    return (uint32_t)d->nphrases++;
}

static int is_word_char(char c)
{
    return c && !isspace((unsigned char)c) && !strchr("_~={}|()*$%^@+&", c) && c != '[' && c != ']';
}

static uint32_t find_synset(const dy_dict *d, const char *name, size_t n)
{
    for (size_t i = 0; i < d->nsynsets; i++) {
        const char *s = d->strings + d->synsets[i].name;
        if (strlen(s) == n && strncasecmp(s, name, n) == 0) return (uint32_t)i;
    }
    return DY_NOID;
}

typedef struct pstate {
    dy_dict *d;
    const char *s;
    size_t n, i;
    int lemma;
    uint32_t file, line;
    const char *why;
    int noun_groups;  /* open PETRARCH-2 "{A B}" noun groups */
} pstate;

static int parse_seq(pstate *ps, elvec *ev, int in_alt);

/* Parse "{ a | b | c }" at ps->i (just after '{'); returns altgroup id. */
static uint32_t parse_alt(pstate *ps, int *maxlen)
{
    uint32_t tmp[64];
    size_t nt = 0;
    *maxlen = 0;
    for (;;) {
        elvec sub;
        sub.n = 0;
        sub.len = 0;
        size_t start = ps->i;
        if (!parse_seq(ps, &sub, 1)) return DY_NOID;
        if (sub.n == 0) { ps->why = "empty alternative"; return DY_NOID; }
        sub.v[sub.n - 1].flags |= DY_ELF_LAST;
        uint32_t text = add_string(ps->d, ps->s + start, ps->i - start);
        if (nt < DY_ARRAY_LEN(tmp)) tmp[nt++] = store_phrase(ps->d, &sub, ps->file, ps->line, text);
        if (sub.len > *maxlen) *maxlen = sub.len;
        if (ps->i < ps->n && ps->s[ps->i] == '|') { ps->i++; continue; }
        if (ps->i < ps->n && ps->s[ps->i] == '}') { ps->i++; break; }
        ps->why = "unterminated '{' alternative";
        return DY_NOID;
    }
    dy_dict *d = ps->d;
    DY_GROW(d->alt_phrases, d->nalt_phrases + nt, d->alt_phrases_cap);
    memcpy(d->alt_phrases + d->nalt_phrases, tmp, nt * sizeof *tmp);
    DY_GROW(d->alts, d->nalts + 1, d->alts_cap);
    d->alts[d->nalts].alts = (uint32_t)d->nalt_phrases;
    d->alts[d->nalts].nalts = (uint32_t)nt;
    d->nalt_phrases += nt;
    return (uint32_t)d->nalts++;
}

/* Does the brace group starting at i contain a '|' before its '}'? */
static int brace_has_pipe(const char *s, size_t n, size_t i)
{
    int depth = 0;
    for (; i < n; i++) {
        if (s[i] == '{') depth++;
        else if (s[i] == '}') { if (--depth == 0) return 0; }
        else if (s[i] == '|' && depth == 1) return 1;
    }
    return 0;
}

/* seq: element (connector element)* — stops at '|' '}' (in_alt) or end. */
static int parse_seq(pstate *ps, elvec *ev, int in_alt)
{
    dy_dict *d = ps->d;
    const char *s = ps->s;
    while (ps->i < ps->n) {
        char c = s[ps->i];
        if (isspace((unsigned char)c)) { ps->i++; continue; }
        if (c == '}' && ps->noun_groups > 0) { ps->noun_groups--; ps->i++; continue; }
        if (c == '|' || c == '}') {
            if (in_alt) return 1;
            ps->why = "unexpected '|' or '}'";
            return 0;
        }
        if (c == '_' || c == '-') {
            /* connector: the previous element must be followed immediately —
             * unless the '_' only ends a word ("IN_ *": exact, not adjacent) */
            ps->i++;
            int joined = ps->i < ps->n && !isspace((unsigned char)s[ps->i]) && s[ps->i] != '|' && s[ps->i] != '}';
            if (ev->n && joined) ev->v[ev->n - 1].flags |= DY_ELF_ADJ;
            continue;
        }
        if (c == '(' || c == ')') { ps->i++; continue; } /* PETRARCH-2 phrase grouping */
        if (c == '{') {
            if (!brace_has_pipe(s, ps->n, ps->i)) { ps->noun_groups++; ps->i++; continue; } /* {A B}: noun group */
            ps->i++;
            int maxlen;
            uint32_t g = parse_alt(ps, &maxlen);
            if (g == DY_NOID) return 0;
            el_push(ev, DY_EL_ALT, 0, g);
            ev->len += maxlen;
            continue;
        }
        if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '@') {
            /* "+" followed by a letter inside a block verb is handled by the
             * verb reader before we get here */
            static const char tok[] = "*$+%^@";
            static const int kinds[] = {DY_EL_VERB, DY_EL_SOURCE, DY_EL_TARGET, DY_EL_COMPOUND,
                                        DY_EL_SKIP, DY_EL_ATTRIB};
            el_push(ev, kinds[strchr(tok, c) - tok], 0, 0);
            ps->i++;
            continue;
        }
        if (c == '&') {
            size_t st = ps->i;
            ps->i++;
            while (ps->i < ps->n && (isalnum((unsigned char)s[ps->i]) || s[ps->i] == '_' ||
                                     s[ps->i] == '-') &&
                   !(s[ps->i] == '_' && find_synset(d, s + st, ps->i - st) != DY_NOID))
                ps->i++;
            /* the name may be followed by '_' as a connector: take the longest defined name */
            size_t end = ps->i;
            while (end > st + 1 && find_synset(d, s + st, end - st) == DY_NOID) end--;
            uint32_t syn = find_synset(d, s + st, end - st);
            if (syn == DY_NOID) { ps->why = "undefined synset"; return 0; }
            ps->i = end;
            el_push(ev, DY_EL_SYNSET, 0, syn);
            /* in lemma (block) dictionaries a synset counts as its longest member,
             * as alternatives do; TABARI gives a synset a token length (4), and
             * its own suite depends on that ordering */
            int maxlen = ps->lemma ? 0 : 4;
            const dy_synset *sy = &d->synsets[syn];
            for (uint32_t k = 0; ps->lemma && k < sy->nalts; k++) {
                int l = d->phrases[d->alt_phrases[sy->alts + k]].length;
                if (l > maxlen) maxlen = l;
            }
            ev->len += maxlen;
            continue;
        }
        if (!is_word_char(c) && c != '=' && c != '~') {
            ps->i++;
            continue;
        }
        size_t st = ps->i;
        while (ps->i < ps->n && is_word_char(s[ps->i]) && s[ps->i] != '-') ps->i++;
        if (ps->i == st) { ps->i++; continue; }
        char w[128];
        size_t cut = dy_clitic_split(s + st, ps->i - st);
        if (cut) {
            /* "DIDN'T" is two words to the tokenizer: "DID" then "N'T" */
            size_t wl0 = dy_fold_word(s + st, cut, w, sizeof w);
            el_push(ev, DY_EL_WORD, (ps->lemma ? DY_ELF_LEMMA : 0) | DY_ELF_ADJ, dy_strtab_intern(&d->vocab, w, wl0));
            ev->len += (int)wl0;
            st += cut;
        }
        size_t wl = dy_fold_word(s + st, ps->i - st, w, sizeof w);
        unsigned fl = 0;
        int exact = 0, noend = 0;
        if (ps->i < ps->n) {
            char nc = s[ps->i];
            if (nc == '_') exact = 1;
            else if (nc == '=') { exact = 1; noend = 1; ps->i++; }
            else if (nc == '~') { fl |= DY_ELF_ADJ; ps->i++; }
            else if (nc == '-' && ps->i + 1 < ps->n && is_word_char(s[ps->i + 1])) exact = 1;
        }
        if (ps->lemma) fl |= DY_ELF_LEMMA;
        else if (!exact && !d->no_stems) fl |= DY_ELF_STEM;
        if (noend) fl |= 0x80; /* temporary: no endings */
        int alnum = 0;
        for (size_t k = 0; k < wl; k++) alnum += isalnum((unsigned char)w[k]) ? 1 : 0;
        ev->len += alnum;
        uint32_t id = dy_strtab_intern(&d->vocab, w, wl);
        el_push(ev, DY_EL_WORD, fl, id);
    }
    return 1;
}

uint32_t dy_dict_phrase(dy_dict *d, const char *s, size_t n, int final_endings, int lemma,
                        uint32_t file, uint32_t line, const char **why)
{
    pstate ps = {d, s, n, 0, lemma, file, line, NULL, 0};
    elvec ev;
    ev.n = 0;
    ev.len = 0;
    if (!parse_seq(&ps, &ev, 0)) {
        if (why) *why = ps.why ? ps.why : "bad phrase";
        return DY_NOID;
    }
    if (ev.n == 0) {
        if (why) *why = "empty phrase";
        return DY_NOID;
    }
    /* the final element never has an ADJ connector to nothing */
    ev.v[ev.n - 1].flags &= (uint8_t)~DY_ELF_ADJ;
    ev.v[ev.n - 1].flags |= DY_ELF_LAST;
    /* regular endings on the final word */
    for (size_t k = ev.n; k-- > 0;) {
        if (ev.v[k].kind != DY_EL_WORD) continue;
        if (final_endings && !(ev.v[k].flags & (DY_ELF_STEM | 0x80))) ev.v[k].flags |= DY_ELF_ENDINGS;
        break;
    }
    for (size_t k = 0; k < ev.n; k++) ev.v[k].flags &= 0x7f;
    uint32_t text = add_string(d, s, n);
    return store_phrase(d, &ev, file, line, text);
}

void dy_dict_add_entry(dy_dict *d, uint32_t phrase, dy_entry_kind kind, uint32_t ref, int story)
{
    DY_GROW(d->entries, d->nentries + 1, d->entries_cap);
    dy_entry *e = &d->entries[d->nentries++];
    e->phrase = phrase;
    e->kind = (uint8_t)kind;
    e->story = (uint8_t)story;
    e->pad = 0;
    e->ref = ref;
    switch (kind) {
    case DY_ENT_ACTOR: d->stats.actors++; break;
    case DY_ENT_AGENT: d->stats.agents++; break;
    case DY_ENT_VERB: d->stats.verbs++; break;
    case DY_ENT_NOUN: d->stats.nouns++; break;
    case DY_ENT_ADJ: d->stats.adjectives++; break;
    case DY_ENT_DISCARD: d->stats.discards++; break;
    case DY_ENT_ISSUE: d->stats.issues++; break;
    default: break;
    }
}

/* ------------------------------------------------------------------ index */

/* Collect the possible first-word keys of a phrase (alternatives and synsets
 * fan out). */
static void first_keys(const dy_dict *d, uint32_t phrase, uint32_t *out, size_t *n, size_t cap, int depth)
{
    if (depth > 8) return;
    const dy_phrase *p = &d->phrases[phrase];
    if (p->nel == 0) return;
    const dy_elem *e = &d->elems[p->el];
    if (e->kind == DY_EL_WORD) {
        if (*n < cap) out[(*n)++] = e->id;
        if ((e->flags & DY_ELF_LEMMA) && e->id < d->nlem) {
            if (d->lemv[e->id] != DY_NOID && d->lemv[e->id] != e->id && *n < cap) out[(*n)++] = d->lemv[e->id];
            if (d->lemn[e->id] != DY_NOID && d->lemn[e->id] != e->id && *n < cap) out[(*n)++] = d->lemn[e->id];
        }
        return;
    }
    uint32_t first = 0, count = 0;
    if (e->kind == DY_EL_ALT) { first = d->alts[e->id].alts; count = d->alts[e->id].nalts; }
    else if (e->kind == DY_EL_SYNSET) { first = d->synsets[e->id].alts; count = d->synsets[e->id].nalts; }
    for (uint32_t k = 0; k < count; k++) first_keys(d, d->alt_phrases[first + k], out, n, cap, depth + 1);
}

typedef struct kv {
    uint32_t key, entry;
    uint32_t length, order;
} kv;

static int kv_cmp(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->length != y->length) return x->length > y->length ? -1 : 1; /* longest first */
    return x->order < y->order ? -1 : (x->order > y->order);
}

/* Lemmas of every vocabulary word used as a lemma element, interned so the
 * lex stage finds them by id. */
static void build_lemmas(dy_dict *d, const dy_lemmatizer *lem)
{
    uint32_t n0 = d->vocab.count;
    uint8_t *used = dy_calloc(n0 ? n0 : 1, 1);
    for (size_t i = 0; i < d->nelems; i++)
        if (d->elems[i].kind == DY_EL_WORD && (d->elems[i].flags & DY_ELF_LEMMA)) used[d->elems[i].id] = 1;
    uint32_t *lv = dy_malloc(n0 * sizeof *lv + 4), *ln = dy_malloc(n0 * sizeof *ln + 4);
    for (uint32_t id = 0; id < n0; id++) {
        lv[id] = ln[id] = DY_NOID;
        if (!used[id] || !lem) continue;
        const char *w = dy_strtab_str(&d->vocab, id);
        size_t n = dy_strtab_len(&d->vocab, id);
        char low[64], out[80], up[80];
        if (n >= sizeof low) continue;
        for (size_t k = 0; k < n; k++) low[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
        low[n] = 0;
        for (int pass = 0; pass < 2; pass++) {
            /* dictionary words are written as lemmas: one that is itself a
             * lemma of the part of speech stays itself ("WOUND" is to wound,
             * not the past of "wind") */
            if (dy_is_lemma(lem, pass ? 'n' : 'v', low, n)) {
                if (pass) ln[id] = id; else lv[id] = id;
                continue;
            }
            size_t ll = dy_lemma(lem, pass ? 'n' : 'v', low, n, out, sizeof out);
            if (!ll) continue;
            for (size_t k = 0; k < ll; k++) up[k] = (char)((out[k] >= 'a' && out[k] <= 'z') ? out[k] - 32 : out[k]);
            uint32_t lid = dy_strtab_intern(&d->vocab, up, ll);
            if (pass) ln[id] = lid; else lv[id] = lid;
        }
    }
    dy_free(used);
    d->lemv = lv;
    d->lemn = ln;
    d->nlem = n0;
}

/* Verbs entered more than once (PETRARCH dictionaries repeat roots in
 * several blocks) are chained so the coder sees all their patterns. */
static void link_aliases(dy_dict *d)
{
    for (size_t v = 0; v < d->nverbs; v++) d->verbs[v].alias = DY_NOID;
    size_t ns = 16;
    while (ns < d->nentries * 2) ns *= 2;
    uint32_t *slot = dy_malloc(ns * sizeof *slot);
    for (size_t i = 0; i < ns; i++) slot[i] = DY_NOID;
    uint32_t *last = dy_malloc((d->nverbs + 1) * sizeof *last);
    for (size_t i = 0; i < d->nentries; i++) {
        const dy_entry *e = &d->entries[i];
        if (e->kind != DY_ENT_VERB) continue;
        const dy_phrase *p = &d->phrases[e->phrase];
        uint64_t h = 1469598103934665603ULL;
        for (uint32_t k = 0; k < p->nel; k++) {
            const dy_elem *el = &d->elems[p->el + k];
            h = (h ^ (uint64_t)(el->kind | (el->flags & ~DY_ELF_LAST) << 8)) * 1099511628211ULL;
            h = (h ^ el->id) * 1099511628211ULL;
        }
        size_t j = (size_t)h & (ns - 1);
        for (;;) {
            if (slot[j] == DY_NOID) { slot[j] = (uint32_t)i; last[e->ref] = e->ref; break; }
            const dy_entry *o = &d->entries[slot[j]];
            const dy_phrase *q = &d->phrases[o->phrase];
            int same = q->nel == p->nel;
            for (uint32_t k = 0; same && k < p->nel; k++) {
                const dy_elem *a = &d->elems[p->el + k], *b = &d->elems[q->el + k];
                same = a->kind == b->kind && a->id == b->id && (a->flags & ~DY_ELF_LAST) == (b->flags & ~DY_ELF_LAST);
            }
            if (same) {
                uint32_t head = o->ref;
                d->verbs[last[head]].alias = e->ref;
                last[head] = e->ref;
                break;
            }
            j = (j + 1) & (ns - 1);
        }
    }
    dy_free(slot);
    dy_free(last);
}

/* Each verb's pattern list, in the order the coder tries them: the patterns
 * of the verb and of its duplicates around the alias ring (at most
 * DY_MAX_VERB_PATTERNS, in ring order), then a stable sort longest first. */
static void build_verb_patterns(dy_dict *d)
{
    dy_free(d->vpl); dy_free(d->vpl_off);
    d->vpl_off = dy_malloc((d->nverbs + 1) * sizeof *d->vpl_off);
    size_t cap = 0, n = 0;
    d->vpl = NULL;
    for (size_t v = 0; v < d->nverbs; v++) {
        d->vpl_off[v] = (uint32_t)n;
        size_t base = n;
        for (uint32_t vi = (uint32_t)v; vi != DY_NOID; vi = d->verbs[vi].alias) {
            const dy_verb *W = &d->verbs[vi];
            for (uint32_t p = 0; p < W->npats && n - base < DY_MAX_VERB_PATTERNS; p++) {
                DY_GROW(d->vpl, n + 1, cap);
                uint32_t pi = W->pats + p;
                size_t j = n++;
                uint16_t len = d->phrases[d->pats[pi].phrase].length;
                while (j > base && d->phrases[d->pats[d->vpl[j - 1]].phrase].length < len) {
                    d->vpl[j] = d->vpl[j - 1];
                    j--;
                }
                d->vpl[j] = pi;
            }
            if (d->verbs[vi].alias == v) break;
        }
    }
    d->vpl_off[d->nverbs] = (uint32_t)n;
    d->nvpl = n;
}

void dy_dict_finish(dy_dict *d, const dy_lemmatizer *lem)
{
    link_aliases(d);
    build_verb_patterns(d);
    /* may run again after more files are loaded: rebuild from scratch */
    dy_free(d->slots); dy_free(d->ilist); dy_free(d->lemv); dy_free(d->lemn);
    d->slots = NULL; d->ilist = NULL; d->lemv = d->lemn = NULL;
    d->nslots = d->nilist = d->nlem = 0;
    if (d->uses_lemmas) build_lemmas(d, lem);
    kv *v = NULL;
    size_t nv = 0, cap = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        uint32_t keys[256];
        size_t nk = 0;
        first_keys(d, d->entries[i].phrase, keys, &nk, DY_ARRAY_LEN(keys), 0);
        for (size_t k = 0; k < nk; k++) {
            DY_GROW(v, nv + 1, cap);
            v[nv].key = keys[k];
            v[nv].entry = (uint32_t)i;
            v[nv].length = d->phrases[d->entries[i].phrase].length;
            v[nv].order = (uint32_t)i;
            nv++;
        }
    }
    if (nv) qsort(v, nv, sizeof *v, kv_cmp); /* qsort(NULL, 0) is undefined */
    d->ilist = dy_malloc((nv ? nv : 1) * sizeof *d->ilist);
    d->nilist = nv;
    size_t nkeys = 0;
    for (size_t i = 0; i < nv; i++)
        if (i == 0 || v[i].key != v[i - 1].key) nkeys++;
    size_t ns = 16;
    while (ns < nkeys * 2) ns *= 2;
    d->slots = dy_calloc(ns, sizeof *d->slots);
    d->nslots = ns;
    for (size_t i = 0; i < nv;) {
        size_t j = i;
        while (j < nv && v[j].key == v[i].key) { d->ilist[j] = v[j].entry; j++; }
        size_t h = (size_t)(v[i].key * 2654435761u) & (ns - 1);
        while (d->slots[h].key) h = (h + 1) & (ns - 1);
        d->slots[h].key = v[i].key + 1;
        d->slots[h].first = (uint32_t)i;
        d->slots[h].count = (uint32_t)(j - i);
        i = j;
    }
    dy_free(v);
    dy_dict_index_groups(d);
    d->stats.words = d->vocab.count;
    d->stats.synsets = d->nsynsets;
    d->stats.patterns = d->npats;
    d->finished = 1;
}

static int pair_cmp(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : (x[1] > y[1]);
}

void dy_dict_index_groups(dy_dict *d)
{
    dy_free(d->gx_off); dy_free(d->gx);
    d->gx_off = NULL; d->gx = NULL; d->ngx = 0;
    size_t ng = d->nsynsets + d->nalts, cap = 0, n = 0;
    d->gx_off = dy_malloc((ng + 1) * sizeof *d->gx_off);
    uint32_t *pairs = NULL, *other = NULL;
    size_t pcap = 0, ocap = 0;
    for (size_t g = 0; g < ng; g++) {
        d->gx_off[g] = (uint32_t)n;
        int syn = g < d->nsynsets;
        uint32_t first = syn ? d->synsets[g].alts : d->alts[g - d->nsynsets].alts;
        uint32_t cnt = syn ? d->synsets[g].nalts : d->alts[g - d->nsynsets].nalts;
        if (cnt < DY_GX_MIN) continue;
        size_t np = 0, no = 0;
        for (uint32_t a = 0; a < cnt; a++) {
            const dy_phrase *P = &d->phrases[d->alt_phrases[first + a]];
            const dy_elem *e = P->nel ? &d->elems[P->el] : NULL;
            if (!e || e->kind != DY_EL_WORD || e->id == DY_NOID) {
                DY_GROW(other, no + 1, ocap);
                other[no++] = a;
                continue;
            }
            /* the keys under which the matcher finds the word (match.c,
             * dy_elem_matches): the id itself, and for a lemma element its
             * verb and noun lemmas */
            uint32_t keys[3] = {e->id, DY_NOID, DY_NOID};
            if ((e->flags & DY_ELF_LEMMA) && e->id < d->nlem) { keys[1] = d->lemv[e->id]; keys[2] = d->lemn[e->id]; }
            for (int k = 0; k < 3; k++) {
                if (keys[k] == DY_NOID || (k > 0 && keys[k] == keys[0]) || (k == 2 && keys[2] == keys[1])) continue;
                DY_GROW(pairs, 2 * (np + 1), pcap);
                pairs[2 * np] = keys[k];
                pairs[2 * np + 1] = a;
                np++;
            }
        }
        if (np) qsort(pairs, np, 2 * sizeof *pairs, pair_cmp);
        size_t nkeys = 0;
        for (size_t i = 0; i < np; i++)
            if (i == 0 || pairs[2 * i] != pairs[2 * i - 2]) nkeys++;
        DY_GROW(d->gx, n + 1 + nkeys + nkeys + 1 + np + no, cap);
        uint32_t *o = d->gx + n;
        *o++ = (uint32_t)nkeys;
        uint32_t *keys = o, *start = keys + nkeys, *pos = start + nkeys + 1;
        size_t kk = 0;
        for (size_t i = 0; i < np; i++) {
            if (i == 0 || pairs[2 * i] != pairs[2 * i - 2]) {
                keys[kk] = pairs[2 * i];
                start[kk++] = (uint32_t)i;
            }
            pos[i] = pairs[2 * i + 1];
        }
        start[nkeys] = (uint32_t)np;
        if (no) memcpy(pos + np, other, no * sizeof *other);
        n += 1 + nkeys + nkeys + 1 + np + no;
    }
    d->gx_off[ng] = (uint32_t)n;
    d->ngx = n;
    dy_free(pairs);
    dy_free(other);
}

const uint32_t *dy_dict_lookup(const dy_dict *d, uint32_t key, uint32_t *count)
{
    *count = 0;
    if (!d->nslots || key == DY_NOID) return NULL;
    size_t h = (size_t)(key * 2654435761u) & (d->nslots - 1);
    while (d->slots[h].key) {
        if (d->slots[h].key == key + 1) {
            *count = d->slots[h].count;
            return d->ilist + d->slots[h].first;
        }
        h = (h + 1) & (d->nslots - 1);
    }
    return NULL;
}

size_t dy_dict_stems_of(const dy_dict *d, const char *w, size_t n, uint32_t *out, size_t cap)
{
    size_t k = 0;
    if (!d->is_stem) return 0;
    size_t maxl = n < 40 ? n : 40;
    for (size_t l = 1; l <= maxl && k < cap; l++) {
        uint32_t id = dy_strtab_find(&d->vocab, w, l);
        if (id != DY_NOID && id < d->is_stem_cap && d->is_stem[id]) out[k++] = id;
    }
    return k;
}

const dy_actor_code *dy_actor_resolve(const dy_dict *d, const dy_actor *a, int32_t day)
{
    const dy_actor_code *c = d->acodes + a->codes;
    size_t nres = a->ncodes - (a->has_default ? 1u : 0u);
    if (day != DY_NODATE) {
        for (size_t i = 0; i < nres; i++)
            if (day >= c[i].from && day <= c[i].to) return &c[i];
    }
    if (a->has_default) return &c[a->ncodes - 1];
    if (day == DY_NODATE && nres) return &c[nres - 1]; /* no article date: the latest */
    return NULL;
}
