/* places.c — place names in text, resolved against the embedded gazetteer.
 *
 * Why this shape. Place recognition must cost little next to event coding
 * (the issue allows 15% of throughput), so the per-token work is one hash
 * lookup for each capitalised word and nothing for the others; the gazetteer
 * is indexed at build time and never copied: the hash slots (embedded as
 * gazetteer.idx, see gazetteer_index.h) point into the embedded table
 * (build/gen/gazetteer.tsv, see tools/gen_gazetteer.c for its format), and a
 * place's line is parsed only when a name refers to it. Start-up costs
 * nothing but a header check.
 *
 * Index. One open-addressing table holds every folded name and, for names
 * of several words, their first word with the length of the longest name it
 * starts. At a capitalised word the matcher folds it, looks it up, and only
 * if some name starts with it reads (and folds) up to that many following
 * words, trying the longest name first. Hyphen-joined words are adjacent
 * ("Guinea-Bissau"); inner words may be lower case ("Dar es Salaam"), the
 * first and the last must be capitalised.
 *
 * Resolution, per document, in two passes. Pass 1 finds the names, notes
 * what surrounds each (a title or a capitalised word before it, a
 * capitalised word, a firm's word or a speech verb after it, a locative
 * preposition before it, the start of a sentence) and collects evidence:
 * "strong" support is a country the caller says the article is about, the
 * dateline's country, or a subdivision the text names plainly ("Texas");
 * "weak" support is a country the text names ("Syria"), the country of a
 * demonym ("Iraqi") or of a place sure enough on its own. Pass 2 picks one
 * place per name:
 *   (a) a qualifier: ", COUNTRY" or ", SUBDIVISION" naming a candidate's
 *       country or subdivision ("Homs, Syria", "Springfield, Illinois")
 *       settles it, and joins the mention;
 *   (b) else the best candidate in a subdivision the text names, (c) else in
 *       a country the caller gave (or the dateline's), (c') else in a country
 *       the text names, (d) else the table's first (countries first, then by
 *       population, names that are only alternate names last);
 *   a world city beats a namesake found by (b), (c) or (c') that is 1000,
 *   100 or 10 times smaller (Bogotá, not Bogota, New Jersey), and a country
 *   beats a namesake under POP_COUNTRY_WINS ("Jordan", not Jordan, Minnesota).
 *
 * Then the choice must pass the filters (false places are worse than missed
 * ones; the dateline and qualified names skip them):
 *   - stop_words never match alone ("Of", "Union", "Justice", "NATO");
 *     two-letter names only in capitals ("US"); words in capitals match
 *     countries only; after a title ("President Clinton") never; a name seen
 *     once inside a person's or a firm's name is never a place again in that
 *     document ("Nigel Lawson ... Lawson said");
 *   - inside a firm's name ("Chase Manhattan Bank", "Kidder, Peabody and
 *     Co", "Pratt & Whitney"), between two capitalised words, or — for a
 *     flagged name or a place under POP_NEIGHBOUR — next to a capitalised word
 *     that is not a place, a stop word, a day or a direction ("Paris Hilton",
 *     "Omar Hassan"), a name is not a place;
 *   - WordNet flags (tools/gen_gazetteer.c): 'p' persons' names ("Jackson",
 *     and person_words below), 'c' common lower-case words ("Mobile",
 *     "Reading"), 'w' rare lower-case words ("Geneva", gin). Flagged names
 *     are skipped at the start of a sentence below POP_INITIAL (unless a
 *     capital: "Washington warned"), and need
 *     POP_BIG people without support, POP_FLAG_WEAK with weak support and
 *     POP_FLAG_SUPPORTED (persons' names POP_PERSON_SUPPORTED) with strong
 *     support; 'w' names need only POP_RARE / POP_SMALL / nothing. After
 *     "in", "at", "near" a 'c' or 'w' flag does not count;
 *   - a person's name or a small place next to a speech verb ("Jackson
 *     said", "said Victoria") is a person unless after a preposition;
 *   - other places need POP_SMALL people without support (POP_SMALL_MULTI
 *     for names of several words, POP_ALT for alternate names), POP_WEAK with
 *     weak support, nothing with strong support;
 *   - countries pass; a subdivision needs support or POP_SMALL people, and
 *     support if it is flagged.
 * docs/places.md gives the numbers and the reasons.
 *
 * Every step is bounded: at most MAX_WORDS words per name, MAX_CANDS
 * candidates read per name, so the cost is linear in the number of tokens
 * even for 100,000 capitalised words in a row. Memory per document comes
 * from the caller's arena; nothing is allocated per token. */
#include "extract/places.h"

#include <stdio.h>
#include <string.h>

#include "extract/gazetteer_index.h"
#include "util/check.h"
#include "util/embedded.h"
#include "util/mem.h"

extern const dy_embedded_file dy_gazetteer_files[];
extern const size_t dy_gazetteer_files_n;

#define MAX_WORDS 8          /* longest name (tools/gen_gazetteer.c) */
#define MAX_KEY 128          /* longest folded name we build */
#define MAX_CANDS 64         /* candidates read per name, best first */

#define POP_SMALL 50000           /* unflagged single-word place, unsupported */
#define POP_SMALL_MULTI 10000     /* unflagged multi-word place, unsupported */
#define POP_WEAK 5000             /* unflagged place in a country the text names */
#define POP_FLAG_SUPPORTED 50000  /* common-word name in the article's countries */
#define POP_PERSON_SUPPORTED 15000 /* person's name in the article's countries */
#define POP_FLAG_WEAK 200000      /* flagged name in a country the text names */
#define POP_RARE 150000           /* rare-word name ("Geneva", gin), unsupported */
#define POP_BIG 500000            /* flagged name with no support */
#define POP_INITIAL 1000000       /* flagged name at the start of a sentence */
#define POP_NEIGHBOUR 500000      /* below this, "Capitalised Name" is a person */
#define POP_ALT 100000            /* alternate name only, no support */
#define POP_COUNTRY_WINS 100000   /* a namesake this small yields to a country */
#define WORLD_CITY_RATIO 100      /* ... and one this many times smaller to the biggest place */
#define TEXT_CITY_RATIO 10        /* ... ten times, if only the text names its country */
#define ADMIN1_CITY_RATIO 1000    /* ... a thousand times, if the text names its subdivision */

/* ------------------------------------------------------------ gazetteer */

/* The index is built at build time (src/extract/gazetteer_index.c, run by
 * tools/gen_gazetteer.c) and embedded next to the table as gazetteer.idx;
 * dy_gazetteer_new only checks its header and points into it. */
typedef dy_gaz_slot slot;
_Static_assert(MAX_WORDS == DY_GAZ_MAX_WORDS && MAX_KEY == DY_GAZ_MAX_KEY,
               "the matcher reads names as the index was built");

struct dy_gazetteer {
    const char *data;        /* the embedded table */
    size_t len;
    /* the rest points into the embedded index (gazetteer_index.h) */
    const slot *slots;       /* NULL: empty gazetteer */
    size_t mask;
    const uint32_t *place_off; /* P lines */
    size_t nplaces, nnames;
    const char (*country)[4];  /* C lines, NUL-terminated ISO3 */
    size_t ncountries;
    const uint16_t *cmap;    /* ISO3 (26^3) → country index + 1, 0 = unknown */
    const char *admin1_pool; /* A lines' names, NUL-terminated */
    const uint32_t *admin1_off;
    size_t nadmin1;
    const char *source;
};

#define FNV_INIT DY_GAZ_HASH_INIT
static uint64_t fnv_step(uint64_t h, const char *s, size_t n) { return dy_gaz_hash_step(h, s, n); }
static uint64_t fnv_mix(uint64_t h) { return dy_gaz_hash_mix(h); }

static const slot *find_slot(const dy_gazetteer *g, const char *k, size_t n, uint64_t h)
{
    if (!g->slots || n == 0 || n > 0xFFFF) return NULL;
    return dy_gaz_find(g->slots, g->mask, g->data, k, n, h);
}

static int iso3_slot(const char *s) { return dy_gaz_iso3(s); }

static const dy_embedded_file *table_file(const char *name)
{
    for (size_t i = 0; i < dy_gazetteer_files_n; i++)
        if (dy_gazetteer_files[i].name && strcmp(dy_gazetteer_files[i].name, name) == 0)
            return &dy_gazetteer_files[i];
    return NULL;
}

dy_gazetteer *dy_gazetteer_new(void)
{
    dy_gazetteer *g = dy_calloc(1, sizeof *g);
    g->source = "";
    const dy_embedded_file *t = table_file("gazetteer.tsv"), *x = table_file("gazetteer.idx");
    if (!t || !x || !t->data) return g;
    dy_gaz_view v;
    const char *why = "";
    int bad = dy_gaz_index_open(x->data, x->len, t->len, &v, &why) != 0;
    /* a build error (the generator checks what it writes): say so and stop
     * in debug builds, find nothing in release builds */
#ifndef NDEBUG
    if (bad) fprintf(stderr, "dy_gazetteer_new: the embedded gazetteer.idx is unusable: %s\n", why);
#endif
    if (DY_NEVER(bad)) return g;
    g->data = (const char *)t->data;
    g->len = t->len;
    g->source = v.source;
    if (!v.slots) return g;
    g->slots = v.slots;
    g->mask = v.nslots - 1;
    g->place_off = v.place_off;
    g->nplaces = v.nplaces;
    g->nnames = v.nnames;
    g->country = v.country;
    g->ncountries = v.ncountries;
    g->cmap = v.cmap;
    g->admin1_pool = v.admin1_pool;
    g->admin1_off = v.admin1_off;
    g->nadmin1 = v.nadmin1;
    return g;
}

void dy_gazetteer_free(dy_gazetteer *g)
{
    dy_free(g);   /* everything else is the embedded index's */
}

size_t dy_gazetteer_nplaces(const dy_gazetteer *g) { return g ? g->nplaces : 0; }
size_t dy_gazetteer_nnames(const dy_gazetteer *g) { return g ? g->nnames : 0; }
const char *dy_gazetteer_source(const dy_gazetteer *g) { return g ? g->source : ""; }

/* ------------------------------------------------------------ candidates */

enum { K_COUNTRY = 0, K_ADMIN1 = 1, K_PLACE = 2 };

typedef struct cand {
    uint32_t geonameid;
    int country;             /* index into g->country, -1 if unknown */
    int admin1;              /* index into A lines, -1 if none */
    const char *latlon;      /* its latitude and longitude in the table (read by emit) */
    uint64_t pop;
    uint8_t kind;
    uint8_t alt;             /* named so only in an alternate name */
    uint8_t capital;         /* PPLC: capital of a country */
} cand;

static uint64_t parse_u(const char **pp, const char *end)
{
    const char *p = *pp;
    uint64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') v = v * 10 + (uint64_t)(*p++ - '0');
    *pp = p;
    return v;
}

/* Fixed-point decimal ("-12.345"), independent of the C locale. */
static double parse_deg(const char **pp, const char *end)
{
    const char *p = *pp;
    int neg = 0;
    if (p < end && *p == '-') { neg = 1; p++; }
    double v = (double)parse_u(&p, end);
    if (p < end && *p == '.') {
        p++;
        double scale = 0.1;
        while (p < end && *p >= '0' && *p <= '9') {
            v += (*p++ - '0') * scale;
            scale *= 0.1;
        }
    }
    *pp = p;
    return neg ? -v : v;
}

static const char *skip_tab(const char *p, const char *end)
{
    while (p < end && *p != '\t' && *p != '\n') p++;
    return p < end && *p == '\t' ? p + 1 : end;
}

/* Parse P line number idx. */
static int read_place(const dy_gazetteer *g, size_t idx, cand *c)
{
    if (idx >= g->nplaces) return 0;
    const char *p = g->data + g->place_off[idx] + 2, *end = g->data + g->len;
    c->geonameid = (uint32_t)parse_u(&p, end);
    p = skip_tab(p, end);
    int s = end - p >= 3 ? iso3_slot(p) : -1;
    c->country = s >= 0 ? (int)g->cmap[s] - 1 : -1;
    p = skip_tab(p, end);
    if (p < end && *p == '-') c->admin1 = -1;
    else {
        uint64_t a = parse_u(&p, end);
        c->admin1 = a < g->nadmin1 ? (int)a : -1;
    }
    p = skip_tab(p, end);
    c->latlon = p;
    p = skip_tab(skip_tab(p, end), end);
    c->pop = parse_u(&p, end);
    p = skip_tab(p, end);
    c->kind = K_PLACE;
    c->capital = end - p >= 4 && memcmp(p, "PPLC", 4) == 0;
    if (end - p >= 3 && memcmp(p, "PCL", 3) == 0) c->kind = K_COUNTRY;
    else if (end - p >= 4 && memcmp(p, "ADM1", 4) == 0) c->kind = K_ADMIN1;
    return 1;
}

/* Reading the candidates of a name, best first, one at a time. */
typedef struct cand_iter {
    const char *p, *end;
    int flags;               /* 1 = common word ('c'), 2 = person's name ('p'),
                                4 = rare word ('w') */
    int left;                /* at most MAX_CANDS */
} cand_iter;

static void cands_begin(const dy_gazetteer *g, uint32_t key_off, cand_iter *it)
{
    const char *end = g->data + g->len;
    const char *p = skip_tab(g->data + key_off, end);      /* flags */
    it->flags = 0;
    while (p < end && *p != '\t' && *p != '\n') {
        if (*p == 'c') it->flags |= 1;
        if (*p == 'p') it->flags |= 2;
        if (*p == 'w') it->flags |= 4;
        p++;
    }
    if (p < end && *p == '\t') p++;
    it->p = p;
    it->end = end;
    it->left = MAX_CANDS;
}

static int cands_next(const dy_gazetteer *g, cand_iter *it, cand *c)
{
    while (it->left > 0 && it->p < it->end && *it->p != '\n') {
        if (*it->p < '0' || *it->p > '9') { it->p++; continue; }
        uint64_t idx = parse_u(&it->p, it->end);
        int alt = it->p < it->end && *it->p == '*';
        it->left--;
        if (idx < g->nplaces && read_place(g, (size_t)idx, c)) {
            c->alt = (uint8_t)alt;
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ word lists */

/* Is k[0..len) a word of the sorted list v (n words)? */
static int in_list(const char *const *v, size_t n, const char *k, size_t len)
{
    const unsigned char *uk = (const unsigned char *)k;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        /* strncmp(v[mid], k, len), then a longer v[mid] is greater */
        const unsigned char *w = (const unsigned char *)v[mid];
        int c = 0;
        for (size_t j = 0; j < len; j++) {
            if (w[j] != uk[j]) { c = w[j] < uk[j] ? -1 : 1; break; }
            if (!w[j]) break;
        }
        if (c == 0 && v[mid][len] != 0) c = 1;
        if (c == 0) return 1;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* Never places on their own (folded, sorted): function words, days and
 * months, titles, political and religious words, directions, continents and
 * seas. Each is a place somewhere ("Of" in Turkey, "Union" in New Jersey,
 * "Independence" in Missouri) but in news it is almost never that place. */
static const char *const stop_words[] = {
    "a", "about", "abu", "across", "africa", "after", "against", "all", "allah", "along",
    "also", "am", "among", "an", "and", "any", "april", "are", "army", "around", "as", "asia",
    "assembly", "at", "atlantic", "august", "be", "before", "behind", "between", "bin", "both",
    "but", "by", "capital", "capitol", "captain", "catholic", "central", "chairman",
    "christian", "christmas", "city", "colonel", "commerce", "communist", "congress",
    "conservative", "council", "county", "court", "cup", "december", "defence", "defense",
    "democrat", "democratic", "district", "do", "downtown", "during", "each", "east", "easter",
    "eastern", "enterprise", "europe", "european", "far", "fatah", "february", "federal",
    "for", "freedom", "friday", "from", "general", "god", "government", "governor", "greater",
    "green", "greens", "gulf", "hamas", "he", "her", "here", "hezbollah", "his", "hizbollah",
    "holy", "i", "ibn", "if", "in", "independence", "inner", "interior", "into", "is", "isis",
    "islam", "islamic", "it", "its", "january", "jesus", "jewish", "july", "june", "justice",
    "king", "labor", "labour", "liberal", "liberty", "lord", "lower", "march", "may", "mayor",
    "me", "mediterranean", "metro", "metropolitan", "middle", "minister", "ministry",
    "mission", "monday", "mr", "mrs", "ms", "muslim", "my", "national", "nato", "near", "new",
    "no", "north", "northeast", "northeastern", "northern", "northwest", "northwestern", "not",
    "november", "now", "occupied", "october", "of", "old", "olympic", "olympics", "on", "opec",
    "or", "orthodox", "our", "outer", "over", "pacific", "parliament", "party", "pentagon",
    "plo", "police", "pope", "premier", "president", "prime", "prince", "princess", "progress",
    "province", "queen", "ramadan", "region", "republic", "republican", "royal", "rural",
    "saint", "san", "saturday", "secretary", "senate", "september", "she", "since", "sir",
    "so", "socialist", "south", "southeast", "southeastern", "southern", "southwest",
    "southwestern", "state", "states", "sunday", "sunni", "supreme", "taliban", "than", "that",
    "the", "their", "then", "there", "these", "they", "this", "those", "thursday", "to",
    "today", "tomorrow", "tuesday", "umm", "under", "union", "unita", "unity", "until", "up",
    "upper", "us", "via", "victory", "was", "we", "wednesday", "west", "western", "when",
    "where", "while", "white house", "who", "will", "with", "world", "yesterday", "you",
    "your",
};

/* Days and months: a capitalised word after a place that does not make it
 * part of a name ("in Paris Monday"). */
static const char *const calendar_words[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri", "friday",
    "jan", "january", "jul", "july", "jun", "june", "mar", "march", "may", "mon", "monday",
    "nov", "november", "oct", "october", "sat", "saturday", "sep", "sept", "september", "sun",
    "sunday", "thu", "thursday", "tue", "tuesday", "wed", "wednesday",
};

/* Titles: a capitalised word before a name that makes it a person's. */
static const char *const title_words[] = {
    "adm", "ambassador", "bishop", "capt", "captain", "chairman", "col", "colonel",
    "commander", "dr", "emir", "gen", "general", "gov", "governor", "judge", "king", "lady",
    "lord", "lt", "maj", "mayor", "minister", "mr", "mrs", "ms", "pope", "premier",
    "president", "prime", "prince", "princess", "prof", "queen", "rep", "rev", "sen",
    "senator", "sgt", "sheikh", "sir",
};

/* Capitalised words after a place that keep it a place ("Gaza City",
 * "Homs Governorate", "Rafah Crossing"). */
static const char *const suffix_words[] = {
    "airport", "area", "bay", "border", "camp", "city", "county", "crossing", "district",
    "governorate", "harbor", "harbour", "hills", "island", "islands", "mountains",
    "municipality", "plain", "port", "province", "region", "river", "square", "state", "strip",
    "town", "valley", "village",
};

/* Particles inside names ("Mato Grosso do Sul", "Castilla y León"). */
static const char *const particle_words[] = {
    "al", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el", "la",
    "le", "van", "von", "y",
};

/* Words that make the capitalised words before them a firm's or a
 * newspaper's name ("Chase Manhattan Bank", "X and Co", "Kenya Airways"). */
static const char *const org_words[] = {
    "airlines", "airways", "bancorp", "bank", "co", "company", "corp", "corporation", "cos",
    "exchange", "group", "herald", "holdings", "inc", "industries", "journal", "llc", "ltd",
    "partners", "plc", "post", "securities", "sons", "times", "tribune", "trust", "university",
};

/* Lower-case words joined to a place by a hyphen that keep it a place
 * ("Kabul-based", "Damascus-backed"). */
static const char *const compound_words[] = {
    "area", "backed", "based", "born", "bound", "controlled", "era", "held", "led", "linked",
    "made", "owned", "run", "style",
};

/* Locative prepositions: after one, a name is a place even before "said". */
static const char *const prep_words[] = {
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "throughout",
    "to", "toward", "towards", "within",
};

/* ... of which these (not "to", "from": "a blow to Baker") leave no doubt. */
static const char *const loc_words[] = {
    "across", "around", "at", "in", "inside", "near", "outside", "throughout", "within",
};

/* Speech verbs: a person's name, more than a town's, is their subject. */
static const char *const say_words[] = {
    "added", "announced", "argued", "asked", "declared", "explained", "insisted", "noted",
    "replied", "said", "say", "says", "stated", "tells", "told", "warned", "wrote",
};

/* Given names WordNet does not flag that are also well-known places:
 * treated like its 'p' flag. */
static const char *const person_words[] = {
    "adelaide", "ahmad", "ali", "augusta", "aurora", "austin", "beverly", "camden", "chester",
    "elizabeth", "eugene", "florence", "hamza", "hassan", "isa", "kamal", "madison", "marion",
    "orlando", "raleigh", "rashid", "regina", "salim", "sydney", "tyler",
};

/* ------------------------------------------------------------ matching */

enum {
    SF_INITIAL = 1 << 0,     /* starts its sentence */
    SF_PREV_NAME = 1 << 1,   /* after a capitalised word that is not a place or stop word */
    SF_PREV_INITIAL = 1 << 2,/* ... which starts the sentence */
    SF_NEXT_NAME = 1 << 3,   /* before a capitalised word (not a day or month) */
    SF_ALLCAPS = 1 << 4,     /* written in capitals outside the dateline */
    SF_STOP = 1 << 5,        /* stop word */
    SF_DATELINE = 1 << 6,
    SF_SHORT = 1 << 7,       /* two-letter name not in capitals */
    SF_PERSON = 1 << 8,      /* person_words */
    SF_NEXT_SAY = 1 << 9,    /* before a speech verb: "Clinton said" */
    SF_PREV_PREP = 1 << 10,  /* after a locative preposition: "in Paris said" */
    SF_PREV_SPAN = 1 << 11,  /* right after another name ("Paris Hilton") */
    SF_PREV_TITLE = 1 << 12, /* after a title: "King Hassan", "President Clinton" */
    SF_DEMONYM = 1 << 13,    /* "Iraqi": not a place, evidence for its country */
    SF_PREV_SAY = 1 << 14,   /* after a speech verb: "said Victoria" */
    SF_PREV_LOC = 1 << 15,   /* after "in", "at", "near": surely a place */
    SF_NEXT_ORG = 1 << 16,   /* before "Bank", "Corp", "Airways": a firm's name */
};

typedef struct span {
    uint32_t tok0, tok1, sentence;
    uint32_t key_off;        /* the name's key in the table */
    uint32_t flags;
    uint8_t words;
    uint8_t after_comma;     /* tok0 - 1 is a comma right after the previous span */
} span;

typedef struct matcher {
    const dy_gazetteer *g;
    const dy_text *t;
} matcher;

static int is_word(const dy_token *k) { return k->kind == DY_TOK_WORD && (k->flags & DY_TF_LETTERS); }
static int is_cap_word(const dy_token *k) { return is_word(k) && (k->flags & DY_TF_CAP); }
static int is_joiner(const dy_token *k)
{
    return k->kind == DY_TOK_PUNCT && (k->flags & DY_TF_JOINED);
}
static int is_amp(const dy_text *t, uint32_t i)
{
    return t->toks[i].len == 1 && t->text[t->toks[i].start] == '&';
}
static int is_comma(const dy_text *t, uint32_t i)
{
    return t->toks[i].kind == DY_TOK_PUNCT && t->toks[i].len == 1 && t->text[t->toks[i].start] == ',';
}

/* Written in capitals: "NATO", and dotted "U.S." (which the tokenizer does
 * not flag DY_TF_ALLCAPS). */
static int all_caps(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->flags & DY_TF_ALLCAPS) return 1;
    if (!(k->flags & DY_TF_ABBREV)) return 0;
    int letters = 0;
    for (uint32_t j = 0; j < k->len; j++) {
        char c = t->text[k->start + j];
        if (c >= 'a' && c <= 'z') return 0;
        letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 2;
}

static size_t fold_tok(const dy_text *t, uint32_t i, char *out, size_t cap)
{
    return dy_place_fold(t->text + t->toks[i].start, t->toks[i].len, out, cap);
}

/* Longest name starting at token i (< e). Returns its end token (0 if none)
 * and its key offset, word count and key length. */
static uint32_t match_at(const matcher *m, uint32_t i, uint32_t e, uint32_t *key_off, int *words,
                         size_t *keylen, int *demonym)
{
    const dy_text *t = m->t;
    char buf[MAX_KEY];
    size_t n = fold_tok(t, i, buf, sizeof buf);
    if (n == 0) return 0;
    uint64_t h = fnv_step(FNV_INIT, buf, n);
    const slot *s1 = find_slot(m->g, buf, n, fnv_mix(h));
    if (!s1) return 0;
    uint32_t best_end = 0;
    *demonym = 0;
    if (s1->isname) {
        best_end = i + 1;
        *key_off = s1->off;
        *words = 1;
        *keylen = n;
        *demonym = s1->isname == 3;
    }
    if (s1->maxw <= 1) return best_end;

    uint32_t ends[MAX_WORDS + 1];
    size_t lens[MAX_WORDS + 1];
    uint64_t hs[MAX_WORDS + 1];
    int nw = 1;
    uint32_t k = i + 1;
    while (nw < s1->maxw && nw < MAX_WORDS && k < e) {
        if (is_joiner(&t->toks[k]) && k + 1 < e) k++;
        if (!is_word(&t->toks[k])) break;
        char w[MAX_KEY];
        size_t wn = fold_tok(t, k, w, sizeof w);
        if (wn == 0 || n + 1 + wn > sizeof buf) break;
        buf[n++] = ' ';
        memcpy(buf + n, w, wn);
        h = fnv_step(fnv_step(h, " ", 1), w, wn);
        n += wn;
        nw++;
        ends[nw] = k + 1;
        lens[nw] = n;
        hs[nw] = h;
        k++;
    }
    for (int w = nw; w >= 2; w--) {
        if (!(t->toks[ends[w] - 1].flags & DY_TF_CAP)) continue;
        const slot *s = find_slot(m->g, buf, lens[w], fnv_mix(hs[w]));
        if (s && s->isname) {
            *key_off = s->off;
            *words = w;
            *keylen = lens[w];
            *demonym = s->isname == 3;
            return ends[w];
        }
    }
    return best_end;
}

/* Folded token i as a NUL-terminated string (empty if unfoldable). */
static void fold_str(const dy_text *t, uint32_t i, char *out, size_t cap)
{
    size_t n = fold_tok(t, i, out, cap - 1);
    out[n] = 0;
}

/* Find the names in tokens [b, e) of sentence si. */
static void scan(const matcher *m, uint32_t b, uint32_t e, uint32_t si, int dateline, dy_arena *a,
                 dy_vec *spans)
{
    const dy_text *t = m->t;
    uint32_t first = b;
    while (first < e && !is_word(&t->toks[first])) first++;
    uint32_t last_end = UINT32_MAX;    /* end of the previous span */
    for (uint32_t i = b; i < e; i++) {
        const dy_token *k = &t->toks[i];
        if (!is_cap_word(k)) continue;
        uint32_t key_off = 0;
        int words = 0, demonym = 0;
        size_t keylen = 0;
        uint32_t j = match_at(m, i, e, &key_off, &words, &keylen, &demonym);
        if (!j) continue;
        span *s = dy_vec_push(spans, a);
        s->tok0 = i;
        s->tok1 = j;
        s->sentence = si;
        s->key_off = key_off;
        s->words = (uint8_t)words;
        const char *key = m->g->data + key_off;
        if (dateline) s->flags |= SF_DATELINE;
        if (demonym) {
            s->flags |= SF_DEMONYM;
            last_end = j;
            i = j - 1;
            continue;
        }
        if (i == first) s->flags |= SF_INITIAL;
        int caps = all_caps(t, i);
        if (caps && !dateline) s->flags |= SF_ALLCAPS;
        if (!(s->flags & SF_ALLCAPS) && in_list(stop_words, DY_ARRAY_LEN(stop_words), key, keylen))
            s->flags |= SF_STOP;
        if (in_list(person_words, DY_ARRAY_LEN(person_words), key, keylen)) s->flags |= SF_PERSON;
        if (keylen <= 2 && !caps) s->flags |= SF_SHORT;
        s->after_comma = last_end != UINT32_MAX && i == last_end + 1 && is_comma(t, last_end);

        /* the word before: "President Clinton", "T-Mobile", "in Paris" */
        if (i > b) {
            uint32_t p = i - 1;
            int joined = is_joiner(&t->toks[p]) && p > b;
            if (joined) p--;
            char w[64];
            fold_str(t, p, w, sizeof w);
            if (last_end != UINT32_MAX && p < last_end) {
                s->flags |= SF_PREV_SPAN;
            } else if (is_cap_word(&t->toks[p])) {
                if (in_list(title_words, DY_ARRAY_LEN(title_words), w, strlen(w))) {
                    s->flags |= SF_PREV_NAME | SF_PREV_TITLE;
                } else if (!in_list(stop_words, DY_ARRAY_LEN(stop_words), w, strlen(w)) &&
                           !in_list(prep_words, DY_ARRAY_LEN(prep_words), w, strlen(w))) {
                    s->flags |= SF_PREV_NAME;
                    if (p == first && !joined) s->flags |= SF_PREV_INITIAL;
                }
            } else if (is_word(&t->toks[p]) && in_list(particle_words, DY_ARRAY_LEN(particle_words), w, strlen(w)) &&
                       p > b && is_cap_word(&t->toks[p - 1])) {
                /* "Mato Grosso do Sul": the end of a longer name */
                s->flags |= SF_PREV_NAME;
            } else if (is_word(&t->toks[p]) && in_list(prep_words, DY_ARRAY_LEN(prep_words), w, strlen(w))) {
                s->flags |= SF_PREV_PREP;
                if (in_list(loc_words, DY_ARRAY_LEN(loc_words), w, strlen(w))) s->flags |= SF_PREV_LOC;
            } else if (is_word(&t->toks[p]) && in_list(say_words, DY_ARRAY_LEN(say_words), w, strlen(w))) {
                s->flags |= SF_PREV_SAY;
            }
        }
        /* the word after: "Washington Post", but not "Paris Monday" */
        if (j < e) {
            uint32_t q = j;
            int joined = is_joiner(&t->toks[q]) && q + 1 < e;
            if (joined) q++;
            if (is_cap_word(&t->toks[q])) {
                char w[64];
                fold_str(t, q, w, sizeof w);
                if (in_list(org_words, DY_ARRAY_LEN(org_words), w, strlen(w))) s->flags |= SF_NEXT_ORG;
                if (!in_list(calendar_words, DY_ARRAY_LEN(calendar_words), w, strlen(w)) &&
                    !in_list(suffix_words, DY_ARRAY_LEN(suffix_words), w, strlen(w)) &&
                    !in_list(title_words, DY_ARRAY_LEN(title_words), w, strlen(w)))
                    s->flags |= SF_NEXT_NAME;
            } else if (joined && is_word(&t->toks[q])) {
                /* "Pul-e-Charki": part of a compound name; not "Kabul-based" */
                char w[64];
                fold_str(t, q, w, sizeof w);
                if (!in_list(compound_words, DY_ARRAY_LEN(compound_words), w, strlen(w)))
                    s->flags |= SF_NEXT_NAME;
            } else if (is_word(&t->toks[q]) || is_amp(t, q)) {
                char w[64];
                fold_str(t, q, w, sizeof w);
                if (in_list(say_words, DY_ARRAY_LEN(say_words), w, strlen(w))) s->flags |= SF_NEXT_SAY;
                /* "Pratt & Whitney", "Kidder, Peabody and Co", "Clayton and
                 * Dubilier Inc": a firm */
                if (is_amp(t, q) && q + 1 < e && is_cap_word(&t->toks[q + 1])) s->flags |= SF_NEXT_NAME;
                if (strcmp(w, "and") == 0) {
                    for (uint32_t r = q + 1; r < e && r <= q + 3 && is_cap_word(&t->toks[r]); r++) {
                        fold_str(t, r, w, sizeof w);
                        if (in_list(org_words, DY_ARRAY_LEN(org_words), w, strlen(w))) s->flags |= SF_NEXT_NAME;
                    }
                }
            }
        }
        last_end = j;
        i = j - 1;
    }
}

/* ------------------------------------------------------------ resolution */

typedef struct docset {
    uint8_t *country;        /* bit set over g->country: the caller's and the dateline's */
    uint8_t *text;           /* ... countries named in the text */
    uint8_t *admin1;         /* bit set over A lines: subdivisions named in the text */
} docset;

static int bit(const uint8_t *v, int i) { return i >= 0 && (v[i >> 3] >> (i & 7)) & 1; }
static void set_bit(uint8_t *v, int i) { if (i >= 0) v[i >> 3] |= (uint8_t)(1u << (i & 7)); }

/* Next candidate usable for span s (words in capitals: countries only). */
static int span_next(const dy_gazetteer *g, const span *s, cand_iter *it, cand *c)
{
    while (cands_next(g, it, c))
        if (!(s->flags & SF_ALLCAPS) || c->kind == K_COUNTRY) return 1;
    return 0;
}

/* All usable candidates of span s (at most MAX_CANDS). */
static size_t span_cands(const dy_gazetteer *g, const span *s, cand *c, int *flags)
{
    cand_iter it;
    cands_begin(g, s->key_off, &it);
    size_t n = 0;
    while (n < MAX_CANDS && span_next(g, s, &it, &c[n])) n++;
    *flags = it.flags;
    return n;
}

/* Does q (a country or subdivision) qualify c? */
static int qualifies(const cand *c, const cand *q)
{
    if (q->kind == K_COUNTRY) return c->kind != K_COUNTRY && c->country == q->country;
    if (q->kind == K_ADMIN1) return c->kind == K_PLACE && q->admin1 >= 0 && c->admin1 == q->admin1;
    return 0;
}

/* The role of the place at token i (DY_PLACE_*): the nearest preposition
 * before it, looking back over at most eight words of the same sentence and
 * not past the previous place ("in south Lebanon", "from the besieged town
 * of Gorazde", "in a sector of Christian eastern Beirut"). A possessive
 * between them passes the role on: "in East Timor's capital Dili" locates
 * Dili (the caller demotes East Timor, see possessive_owner()). */
static uint8_t place_role(const dy_text *t, uint32_t i, uint32_t b)
{
    static const char *const dir_words[] = {"from", "into", "to", "toward", "towards"};
    for (uint32_t k = 0; k < 8 && i > b; k++) {
        uint32_t p = --i;
        const dy_token *tk = &t->toks[p];
        if (tk->kind == DY_TOK_POSS) continue;
        if (!is_word(tk)) return DY_PLACE_OTHER;
        char w[32];
        fold_str(t, p, w, sizeof w);
        size_t n = strlen(w);
        if (in_list(loc_words, DY_ARRAY_LEN(loc_words), w, n)) return DY_PLACE_AT;
        if (in_list(dir_words, DY_ARRAY_LEN(dir_words), w, n)) return DY_PLACE_TO;
    }
    return DY_PLACE_OTHER;
}

static void emit(const dy_gazetteer *g, const dy_text *t, const span *s, uint32_t tok1, const cand *c,
                 dy_arena *a, dy_vec *out)
{
    dy_place_expr *p = dy_vec_push(out, a);
    p->tok0 = s->tok0;
    p->tok1 = tok1;
    p->name1 = s->tok1;
    p->role = DY_PLACE_OTHER;
    if (s->sentence < t->nsent) {
        uint32_t b = t->sents[s->sentence].tok_begin;
        if (out->n > 1) {
            dy_place_expr *q = p - 1;      /* not past the previous place */
            if (q->sentence == s->sentence && q->tok1 > b) b = q->tok1;
            /* "East Timor's capital Dili": the owner is not where it happened */
            if (q->sentence == s->sentence && q->tok1 < t->ntok && t->toks[q->tok1].kind == DY_TOK_POSS &&
                s->tok0 <= q->tok1 + 4) {
                p->role = q->role;
                q->role = DY_PLACE_OTHER;
            }
        }
        uint8_t r = place_role(t, s->tok0, b);
        if (r > p->role) p->role = r;
    }
    p->sentence = s->sentence;
    p->country = c->country >= 0 ? g->country[c->country] : NULL;
    p->admin1 = c->admin1 >= 0 ? g->admin1_pool + g->admin1_off[c->admin1] : NULL;
    const char *q = c->latlon, *end = g->data + g->len;
    p->lat = parse_deg(&q, end);
    q = skip_tab(q, end);
    p->lon = parse_deg(&q, end);
    p->geonameid = c->geonameid;
}

/* Pass 1 evidence: countries and subdivisions named plainly in the text
 * (the best candidate of a name not next to other capitalised words). */
static void collect_evidence(const dy_gazetteer *g, const span *s, docset *ds)
{
    if (s->flags & (SF_STOP | SF_SHORT | SF_PREV_NAME | SF_NEXT_NAME | SF_PERSON) &&
        !(s->flags & SF_DEMONYM))
        return;
    cand_iter it;
    cand top;
    cands_begin(g, s->key_off, &it);
    if (!span_next(g, s, &it, &top)) return;
    if (top.kind == K_COUNTRY) set_bit(ds->text, top.country);
    if (top.kind == K_ADMIN1) {
        set_bit(ds->admin1, top.admin1);
        set_bit(ds->text, top.country);
    }
}

/* How much the article supports a candidate: its country or subdivision
 * is one the caller gave, the dateline's, or named in the text. */
enum { SUP_NONE = 0, SUP_WEAK = 1, SUP_STRONG = 2 };

/* Is the unqualified choice c for span s a place? */
static int accept(const span *s, const cand *c, int flags, int support)
{
    if (s->flags & SF_DATELINE) return !(s->flags & SF_STOP);
    if (s->flags & (SF_STOP | SF_SHORT | SF_PREV_TITLE)) return 0;
    int person = (flags & 2) || (s->flags & SF_PERSON);
    int common = (flags & 1) && !(s->flags & SF_PREV_LOC);  /* "in Geneva", "near Mobile" */
    int rare = (flags & 4) && !(s->flags & SF_PREV_LOC);
    int region = c->kind != K_PLACE;
    int small = !region && (c->pop < POP_NEIGHBOUR || c->alt);
    /* "Chase Manhattan Bank", "Tokyo Stock Exchange": inside a firm's name */
    if (c->kind != K_COUNTRY && (s->flags & SF_NEXT_ORG)) return 0;
    if (!region && (s->flags & SF_PREV_NAME) && (s->flags & SF_NEXT_NAME)) return 0;
    /* "Paris Hilton", "Washington Post", "Independence Day", "Ariel Sharon" */
    if ((person || (!region && (common || small))) && (s->flags & SF_NEXT_NAME)) return 0;
    /* "Andrew Jackson", "Omar Hassan", "T-Mobile"; a region or a country
     * after the first word of a sentence may just follow a capital letter */
    if (s->flags & SF_PREV_NAME) {
        if (person || common || small) return 0;
        if (region && !(s->flags & SF_PREV_INITIAL)) return 0;
    }
    if (c->kind == K_COUNTRY) return 1;
    if (region) {
        /* a subdivision: "Texas"; not "Sul" or "Centre" without support */
        if (person || common) return support > SUP_NONE;
        return support > SUP_NONE || c->pop >= POP_SMALL;
    }
    /* "Jackson said", "said Victoria", "Henderson told": people speak;
     * of places only capitals and big cities do ("Paris said") */
    if ((person || small) && (s->flags & (SF_NEXT_SAY | SF_PREV_SAY)) && !(s->flags & SF_PREV_PREP) &&
        c->pop < POP_INITIAL && !c->capital)
        return 0;
    /* a capital letter at the start of a sentence says nothing */
    if ((person || common || rare) && (s->flags & SF_INITIAL) && s->words == 1 && c->pop < POP_INITIAL &&
        !c->capital)
        return 0;
    if (person || common) {
        if (support == SUP_NONE) return c->pop >= POP_BIG;
        if (support == SUP_WEAK) return c->pop >= POP_FLAG_WEAK;
        return c->pop >= (common ? POP_FLAG_SUPPORTED : POP_PERSON_SUPPORTED);
    }
    if (rare) {
        if (support == SUP_NONE) return c->pop >= POP_RARE;
        if (support == SUP_WEAK) return c->pop >= POP_SMALL;
        return 1;
    }
    if (support == SUP_STRONG) return 1;
    if (support == SUP_WEAK) return c->pop >= POP_WEAK;
    if (c->alt) return c->pop >= POP_ALT;
    return c->pop >= (s->words > 1 ? POP_SMALL_MULTI : POP_SMALL);
}

/* A small set of key offsets: names seen as part of a person's or an
 * organisation's name ("Nigel Lawson"), so that later "Lawson said" is not
 * Lawson, Missouri. */
typedef struct keyset {
    uint32_t *v;             /* open addressing; 0 = empty (offsets are > 0) */
    size_t mask;
} keyset;

static int keyset_has(const keyset *k, uint32_t off)
{
    for (size_t i = (off * 2654435761u) & k->mask;; i = (i + 1) & k->mask) {
        if (k->v[i] == off) return 1;
        if (k->v[i] == 0) return 0;
    }
}

static void keyset_add(keyset *k, uint32_t off)
{
    for (size_t i = (off * 2654435761u) & k->mask;; i = (i + 1) & k->mask) {
        if (k->v[i] == off) return;
        if (k->v[i] == 0) { k->v[i] = off; return; }
    }
}

void dy_extract_places(const dy_gazetteer *g, const dy_text *t, const char *const *doc_countries,
                       size_t ncountries, dy_arena *a, dy_vec *out)
{
    if (!g || !t || !g->slots || t->ntok == 0) return;
    matcher m = {g, t};
    dy_vec spans = {NULL, 0, 0, sizeof(span)};

    /* pass 1: names, dateline first */
    if (t->dateline_place_end > t->dateline_begin && t->dateline_place_end <= t->ntok)
        scan(&m, t->dateline_begin, t->dateline_place_end, 0, 1, a, &spans);
    for (uint32_t si = 0; si < t->nsent; si++) {
        const dy_sentence *s = &t->sents[si];
        if (s->tok_end <= t->ntok) scan(&m, s->tok_begin, s->tok_end, si, 0, a, &spans);
    }
    if (spans.n == 0) return;

    docset ds;
    ds.country = dy_arena_calloc(a, g->ncountries / 8 + 1, 1);
    ds.text = dy_arena_calloc(a, g->ncountries / 8 + 1, 1);
    ds.admin1 = dy_arena_calloc(a, g->nadmin1 / 8 + 1, 1);
    for (size_t i = 0; i < ncountries && doc_countries; i++) {
        const char *c = doc_countries[i];
        if (!c || strlen(c) != 3) continue;
        int sl = iso3_slot(c);
        if (sl >= 0) set_bit(ds.country, (int)g->cmap[sl] - 1);
    }
    cand *cb = dy_arena_alloc(a, 2 * MAX_CANDS * sizeof *cb), *qb = cb + MAX_CANDS;
    span *sp = spans.v;
    for (size_t i = 0; i < spans.n; i++) collect_evidence(g, &sp[i], &ds);
    int any_admin1 = 0;
    for (size_t i = 0; i <= g->nadmin1 / 8; i++) any_admin1 |= ds.admin1[i] != 0;
    keyset names;
    size_t nk = 16;
    while (nk < 2 * spans.n) nk *= 2;
    names.v = dy_arena_calloc(a, nk, sizeof *names.v);
    names.mask = nk - 1;

    /* pass 2: resolve, dateline first so that its country supports the rest */
    int prev_ok = 0;                 /* the previous span became a place */
    for (size_t i = 0; i < spans.n; i++) {
        span *s = &sp[i];
        /* right after a name that is not a place: part of that name ("Paris
         * Hilton"), unless that name was a stop word ("Western Cambodia") */
        if ((s->flags & SF_PREV_SPAN) && !prev_ok && !(sp[i - 1].flags & (SF_STOP | SF_DEMONYM)))
            s->flags |= SF_PREV_NAME;
        prev_ok = 0;

        if (s->flags & SF_DEMONYM) continue;

        /* (a) ", Syria" / ", Illinois" (not "Thomas Shannon, U.S. envoy") */
        if (i + 1 < spans.n && sp[i + 1].after_comma && sp[i + 1].sentence == s->sentence &&
            !(s->flags & (SF_PREV_NAME | SF_PREV_TITLE | SF_STOP)) &&
            !(sp[i + 1].flags & (SF_STOP | SF_SHORT | SF_DEMONYM))) {
            int fl, qfl;
            size_t n = span_cands(g, s, cb, &fl);
            size_t nq = span_cands(g, &sp[i + 1], qb, &qfl);
            const cand *hit = NULL;
            for (size_t c = 0; c < n && !hit; c++)
                for (size_t q = 0; q < nq && !hit; q++)
                    if (qualifies(&cb[c], &qb[q])) hit = &cb[c];
            if (hit) {
                emit(g, t, s, sp[i + 1].tok1, hit, a, out);
                if (s->flags & SF_DATELINE) set_bit(ds.country, hit->country);
                set_bit(ds.text, hit->country);
                i++;
                prev_ok = 1;
                continue;
            }
        }

        /* "Nigel Lawson ... Lawson said": once part of a name, always */
        if (!(s->flags & (SF_DATELINE | SF_PREV_LOC)) && keyset_has(&names, s->key_off)) continue;

        /* (b) in a subdivision the text names, (c) in a country of the
         * article (the caller's, the dateline's), (c') in a country the
         * text names, (d) the table's order; read no further than needed */
        cand_iter it;
        cands_begin(g, s->key_off, &it);
        cand c, any, adm, doc, txt;
        int have_any = 0, have_adm = 0, have_doc = 0, have_txt = 0;
        while (span_next(g, s, &it, &c)) {
            if (!have_any) { any = c; have_any = 1; }
            if (!have_adm && any_admin1 && c.kind == K_PLACE && bit(ds.admin1, c.admin1)) {
                adm = c;
                have_adm = 1;
            }
            if (!have_doc && bit(ds.country, c.country)) { doc = c; have_doc = 1; }
            if (!have_txt && bit(ds.text, c.country)) { txt = c; have_txt = 1; }
            if (have_adm || (have_doc && !any_admin1)) break;
        }
        if (!have_any) continue;
        /* a world city beats a namesake in the article's subdivisions or
         * countries (Bogotá, not Bogota, New Jersey; Cairo, not Cairo,
         * Illinois): a thousand times bigger than one in a subdivision the
         * text names, a hundred than one in the caller's countries, ten
         * than one in a country the text names */
        if (any.kind == K_PLACE) {
            if (have_adm && adm.kind == K_PLACE && any.pop >= ADMIN1_CITY_RATIO * (adm.pop + 1))
                have_adm = 0;
            if (have_doc && doc.kind == K_PLACE && any.pop >= WORLD_CITY_RATIO * (doc.pop + 1))
                have_doc = 0;
            if (have_txt && txt.kind == K_PLACE && any.pop >= TEXT_CITY_RATIO * (txt.pop + 1))
                have_txt = 0;
        }
        const cand *pick = have_adm ? &adm : have_doc ? &doc : have_txt ? &txt : &any;
        if (pick != &any && any.kind == K_COUNTRY && pick->kind == K_PLACE && pick->pop < POP_COUNTRY_WINS)
            pick = &any;
        int support = bit(ds.country, pick->country) || bit(ds.admin1, pick->admin1) ? SUP_STRONG
                      : bit(ds.text, pick->country)                                   ? SUP_WEAK
                                                                                      : SUP_NONE;
        if (!accept(s, pick, it.flags, support)) {
            if (s->flags & (SF_PREV_NAME | SF_NEXT_NAME)) keyset_add(&names, s->key_off);
            continue;
        }
        emit(g, t, s, s->tok1, pick, a, out);
        if (s->flags & SF_DATELINE) set_bit(ds.country, pick->country);
        /* a place sure enough on its own tells which country the text is
         * about: "Hebron, Bethlehem and Jericho" */
        if (pick->kind == K_PLACE && !pick->alt && pick->pop >= POP_SMALL && !it.flags)
            set_bit(ds.text, pick->country);
        prev_ok = 1;
    }
}
