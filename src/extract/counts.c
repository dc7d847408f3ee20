/* counts.c — casualty and crowd figures (dy_extract_counts).
 *
 * "Police killed at least 12 villagers, among them five women" carries the
 * numbers an event dataset is most often asked for: how many were killed,
 * wounded, arrested, displaced, or turned out. This file finds numbers in
 * each sentence and ties each to a kind and to the noun it counts ("who").
 *
 * How: every token is classified once through a sorted word table (kind
 * verbs and nouns, auxiliaries, units, person nouns, stop words). Each
 * sentence is scanned left to right for a figure: an optional qualifier
 * ("at least", "more than", "nearly", "about", "up to", "some", "an
 * estimated" ...) and a number in digits or words (numwords.c). The figure
 * reports the stated number: "at least 12" is 12, "up to 40" is 40, "nearly
 * 300" is 300 — the qualifier is kept in the token range, not in the value.
 * Vague amounts take twice their base ("dozens" 24, "hundreds" 200).
 *
 * Who: the words right after the number ("12 villagers", "three Israeli
 * soldiers", "hundreds of protesters", "12 of the hostages"), stopping at
 * function words, verbs and punctuation; at most five words.
 *
 * Kind, first rule that applies:
 *   1. active verb before the figure: "killed at least 12", "arrested 40",
 *      "displaced an estimated 2,000", "rounded up 40";
 *   2. verb or adjective after the counted noun, past auxiliaries and
 *      adverbs: "three soldiers were wounded", "12 people died", "12 dead",
 *      "40 were taken into custody", "thousands took to the streets",
 *      "five lost their lives", "2,000 have fled", "were left homeless";
 *   3. a figure noun before it: "the death toll rose to 40", "a crowd of
 *      10,000", "a rally of about 5,000 people", "the deaths of 12 people";
 *   4. a figure introduced by "including"/"among them", or followed by "of
 *      them", takes the kind of the figure before it in the sentence
 *      ("killed 12 villagers, among them five women" gives 12 killed and 5
 *      killed; "four people, three of them children, died" 4 and 3 killed);
 *   5. the counted noun itself: "hundreds of protesters" (participants),
 *      "2,000 refugees" (displaced), "40 bodies" (killed); "casualties" is
 *      injured when the sentence also says injured/wounded, else other;
 *   6. with a counted noun for people, the nearest kind word within 10
 *      tokens after ("12 people, including two children, had been killed")
 *      or, in the same clause, 8 before ("among those killed were 12
 *      civilians"); an active kind verb with its own object does not count
 *      ("two bombers killed 35 people": the bombers are no casualties);
 *   7. a count of people with no kind word ("500 troops were deployed") is
 *      DYAD_COUNT_OTHER; any other number is not reported.
 *
 * Not figures: ordinals, decimals without a scale word, times and numeric
 * dates (":" "/"), years ("in 2019"), days next to a month name, amounts of
 * money ("$5"), percentages, measures ("12 km", "three days"), ages ("aged
 * 12", "12-year-old"), labels after a capitalised word ("Apollo 11"), and
 * "no one" / "the one".
 *
 * Every window is bounded (at most a dozen tokens either side), so the pass
 * is linear in the number of tokens. */
#include "extract/extract.h"
#include "extract/numwords.h"

#include <string.h>

/* ------------------------------------------------------------- word table */

enum {
    KK = DYAD_COUNT_KILLED + 1, KI = DYAD_COUNT_INJURED + 1, KA = DYAD_COUNT_ARRESTED + 1,
    KD = DYAD_COUNT_DISPLACED + 1, KP = DYAD_COUNT_PARTICIPANTS + 1,
    C_KIND    = 7u,        /* low bits: kind + 1, or 0 */
    C_ACT     = 1u << 3,   /* active verb taking the figure as object: "killed 12" */
    C_POST    = 1u << 4,   /* verb/adjective after the counted noun: "12 died", "12 dead" */
    C_NOUN    = 1u << 5,   /* counted noun implying the kind: "protesters", "refugees" */
    C_EVN     = 1u << 6,   /* the noun counts events, not people: "deaths", "arrests" */
    C_STOP    = 1u << 7,   /* ends the counted noun */
    C_AUX     = 1u << 8,   /* skipped between the noun and a C_POST word */
    C_PERSON  = 1u << 9,   /* a noun for people */
    C_UNIT    = 1u << 10,  /* a measure: the number is no head count */
    C_TOLL    = 1u << 11,  /* "toll" */
    C_CROWD   = 1u << 12,  /* "crowd", "rally" ... of N */
    C_LINK    = 1u << 13,  /* "including", "among" */
    C_NEG     = 1u << 14,  /* "no", "none" */
    C_SKIP    = 1u << 15,  /* may stand between an active verb and the figure */
    C_GAP     = 1u << 16,  /* may stand between a figure noun and the figure */
    C_CAS     = 1u << 17,  /* "casualties" */
    C_TOOK    = 1u << 18,  /* "took" (to the streets, part) */
    C_LOST    = 1u << 19,  /* "lost" (their lives) */
    C_ROUNDED = 1u << 20,  /* "rounded" (up) */
    C_HELD    = 1u << 21,  /* "held": arrested only when passive or of people */
    C_PREX    = 1u << 22,  /* before a number that is no count: "aged", "No." */
    C_ONEX    = 1u << 23,  /* before "one" that is a pronoun: "no one", "the one" */
    C_MONTH   = 1u << 24,  /* month name (capitalised) */
    C_DET     = 1u << 25   /* determiner after "of": "12 of the villagers" */
};

#define VERB_KA(k) ((k) | C_ACT | C_POST | C_STOP)
#define ING(k) ((k) | C_ACT | C_STOP)
#define POSTW(k) ((k) | C_POST | C_STOP)

typedef struct cword {
    const char *w;
    uint32_t f;
} cword;

/* Sorted by strcmp (the scan uses binary search). */
static const cword cwords[] = {
    {"a", C_STOP},
    {"a.m", C_UNIT},
    {"about", C_STOP},
    {"according", C_STOP},
    {"acres", C_UNIT},
    {"added", C_STOP},
    {"additional", C_SKIP},
    {"after", C_STOP},
    {"age", C_PREX | C_STOP},
    {"aged", C_PREX | C_STOP},
    {"ages", C_PREX | C_STOP},
    {"all", C_SKIP | C_STOP | C_AUX},
    {"allegedly", C_AUX | C_STOP},
    {"already", C_AUX | C_STOP},
    {"also", C_AUX | C_STOP | C_SKIP},
    {"am", C_UNIT},
    {"among", C_LINK | C_STOP},
    {"and", C_STOP},
    {"another", C_SKIP | C_STOP | C_ONEX},
    {"any", C_ONEX | C_STOP},
    {"apprehended", VERB_KA(KA)},
    {"apr", C_MONTH},
    {"april", C_MONTH},
    {"are", C_AUX | C_STOP},
    {"around", C_STOP},
    {"arrest", ING(KA)},
    {"arrested", VERB_KA(KA)},
    {"arresting", ING(KA)},
    {"arrests", KA | C_NOUN | C_EVN},
    {"as", C_STOP},
    {"at", C_STOP | C_GAP},
    {"attacked", C_STOP},
    {"attended", POSTW(KP)},
    {"aug", C_MONTH},
    {"august", C_MONTH},
    {"barrels", C_UNIT},
    {"be", C_AUX | C_STOP},
    {"beaten", POSTW(KI)},
    {"been", C_AUX | C_STOP | C_GAP},
    {"being", C_AUX | C_STOP},
    {"believed", C_AUX | C_STOP},
    {"blocked", C_STOP},
    {"bodies", KK | C_NOUN},
    {"burned", C_STOP},
    {"but", C_STOP},
    {"by", C_STOP},
    {"carried", C_STOP},
    {"casualties", C_CAS | C_NOUN | C_EVN},
    {"cents", C_UNIT},
    {"chanted", C_STOP},
    {"children", C_PERSON},
    {"civilians", C_PERSON},
    {"clashed", C_STOP},
    {"climbed", C_GAP | C_STOP},
    {"cm", C_UNIT},
    {"confirmed", C_AUX | C_STOP},
    {"corpses", KK | C_NOUN},
    {"crowd", C_CROWD | C_STOP},
    {"custody", POSTW(KA)},
    {"day", C_UNIT},
    {"days", C_UNIT},
    {"dead", POSTW(KK)},
    {"death", C_STOP},
    {"deaths", KK | C_NOUN | C_EVN},
    {"dec", C_MONTH},
    {"december", C_MONTH},
    {"degrees", C_UNIT},
    {"demanded", C_STOP},
    {"demonstrated", POSTW(KP)},
    {"demonstration", C_CROWD | C_STOP},
    {"demonstrators", KP | C_NOUN | C_PERSON},
    {"detained", VERB_KA(KA)},
    {"detaining", ING(KA)},
    {"died", POSTW(KK)},
    {"displaced", VERB_KA(KD)},
    {"displacing", ING(KD)},
    {"dollars", C_UNIT},
    {"drew", KP | C_ACT | C_STOP},
    {"drowned", POSTW(KK)},
    {"during", C_STOP},
    {"each", C_ONEX | C_STOP},
    {"estimated", C_GAP | C_STOP},
    {"euros", C_UNIT},
    {"evacuated", VERB_KA(KD)},
    {"evacuating", ING(KD)},
    {"evacuees", KD | C_NOUN | C_PERSON},
    {"every", C_ONEX | C_STOP},
    {"executed", VERB_KA(KK)},
    {"face", C_STOP},
    {"faced", C_STOP},
    {"families", C_PERSON},
    {"fatalities", KK | C_NOUN | C_EVN},
    {"feared", C_AUX | C_STOP},
    {"feb", C_MONTH},
    {"february", C_MONTH},
    {"feet", C_UNIT},
    {"fewer", C_STOP},
    {"fled", POSTW(KD)},
    {"flee", POSTW(KD)},
    {"fleeing", POSTW(KD)},
    {"for", C_STOP},
    {"forced", C_AUX | C_STOP},
    {"friday", C_STOP},
    {"from", C_STOP},
    {"gathered", POSTW(KP)},
    {"gathering", C_CROWD | C_STOP},
    {"had", C_AUX | C_STOP | C_GAP},
    {"has", C_AUX | C_STOP | C_GAP},
    {"have", C_AUX | C_STOP},
    {"he", C_STOP},
    {"hectares", C_UNIT},
    {"held", C_HELD | C_STOP},
    {"her", C_STOP | C_DET},
    {"his", C_STOP | C_DET},
    {"hit", C_GAP | C_STOP},
    {"homeless", POSTW(KD)},
    {"hospitalised", POSTW(KI)},
    {"hospitalized", POSTW(KI)},
    {"hour", C_UNIT},
    {"hours", C_UNIT},
    {"hurt", POSTW(KI)},
    {"in", C_STOP},
    {"including", C_LINK | C_STOP},
    {"increased", C_GAP | C_STOP},
    {"injured", VERB_KA(KI)},
    {"injuries", KI | C_NOUN | C_EVN},
    {"injuring", ING(KI)},
    {"into", C_AUX | C_STOP},
    {"is", C_AUX | C_STOP | C_GAP},
    {"it", C_STOP},
    {"its", C_SKIP | C_STOP | C_DET},
    {"jailed", VERB_KA(KA)},
    {"jan", C_MONTH},
    {"january", C_MONTH},
    {"jul", C_MONTH},
    {"july", C_MONTH},
    {"jumped", C_GAP | C_STOP},
    {"jun", C_MONTH},
    {"june", C_MONTH},
    {"kg", C_UNIT},
    {"kidnapped", VERB_KA(KA)},
    {"kill", ING(KK)},
    {"killed", VERB_KA(KK)},
    {"killing", ING(KK)},
    {"kilograms", C_UNIT},
    {"kilometers", C_UNIT},
    {"kilometres", C_UNIT},
    {"km", C_UNIT},
    {"later", C_AUX | C_STOP},
    {"left", C_AUX | C_STOP},
    {"less", C_STOP},
    {"liters", C_UNIT},
    {"litres", C_UNIT},
    {"live", C_STOP},
    {"lived", C_STOP},
    {"lives", KK | C_NOUN | C_EVN},
    {"lost", C_LOST | C_STOP},
    {"made", C_AUX | C_STOP},
    {"mar", C_MONTH},
    {"march", C_MONTH | C_CROWD | C_STOP},
    {"marched", POSTW(KP)},
    {"marchers", KP | C_NOUN | C_PERSON},
    {"massacred", VERB_KA(KK)},
    {"may", C_MONTH | C_STOP},
    {"men", C_PERSON},
    {"meters", C_UNIT},
    {"metres", C_UNIT},
    {"miles", C_UNIT},
    {"militants", C_PERSON},
    {"minute", C_UNIT},
    {"minutes", C_UNIT},
    {"missing", C_STOP},
    {"mm", C_UNIT},
    {"monday", C_STOP},
    {"month", C_UNIT},
    {"months", C_UNIT},
    {"more", C_STOP | C_AUX},
    {"mph", C_UNIT},
    {"murdered", VERB_KA(KK)},
    {"near", C_STOP},
    {"need", C_STOP},
    {"needed", C_STOP},
    {"no", C_NEG | C_PREX | C_STOP | C_ONEX},
    {"none", C_NEG | C_STOP},
    {"nov", C_MONTH},
    {"november", C_MONTH},
    {"now", C_AUX | C_STOP | C_GAP},
    {"number", C_PREX | C_STOP},
    {"o'clock", C_UNIT},
    {"oct", C_MONTH},
    {"october", C_MONTH},
    {"of", C_STOP | C_GAP},
    {"on", C_STOP},
    {"or", C_STOP},
    {"others", C_PERSON},
    {"over", C_STOP},
    {"p.m", C_UNIT},
    {"participants", KP | C_NOUN | C_PERSON},
    {"people", C_PERSON},
    {"per", C_UNIT},
    {"percent", C_UNIT},
    {"perished", POSTW(KK)},
    {"persons", C_PERSON},
    {"pm", C_UNIT},
    {"points", C_UNIT},
    {"police", C_PERSON},
    {"pounds", C_UNIT},
    {"protest", C_CROWD | C_STOP},
    {"protested", POSTW(KP)},
    {"protesters", KP | C_NOUN | C_PERSON},
    {"protestors", KP | C_NOUN | C_PERSON},
    {"rallied", POSTW(KP)},
    {"rally", C_CROWD | C_STOP},
    {"reached", C_GAP | C_STOP},
    {"refugees", KD | C_NOUN | C_PERSON},
    {"remain", C_AUX | C_STOP},
    {"remained", C_AUX | C_STOP},
    {"remains", C_AUX | C_STOP},
    {"reported", C_AUX | C_STOP},
    {"reportedly", C_AUX | C_STOP},
    {"residents", C_PERSON},
    {"risen", C_GAP | C_STOP},
    {"rose", C_GAP | C_STOP},
    {"rounded", C_ROUNDED | C_STOP},
    {"rupees", C_UNIT},
    {"said", C_AUX | C_STOP},
    {"saturday", C_STOP},
    {"say", C_STOP},
    {"says", C_STOP},
    {"seats", C_UNIT},
    {"second", C_UNIT},
    {"seconds", C_UNIT},
    {"sep", C_MONTH},
    {"sept", C_MONTH},
    {"september", C_MONTH},
    {"she", C_STOP},
    {"shot", C_AUX | C_STOP},
    {"shouted", C_STOP},
    {"slain", POSTW(KK)},
    {"soldiers", C_PERSON},
    {"square", C_UNIT},
    {"stands", C_GAP | C_STOP},
    {"still", C_AUX | C_STOP},
    {"stood", C_GAP | C_STOP},
    {"stormed", C_STOP},
    {"students", C_PERSON},
    {"sunday", C_STOP},
    {"taken", C_AUX | C_STOP},
    {"that", C_ONEX | C_STOP},
    {"the", C_SKIP | C_STOP | C_GAP | C_ONEX | C_DET},
    {"their", C_SKIP | C_STOP | C_DET},
    {"them", C_STOP},
    {"then", C_AUX | C_STOP},
    {"these", C_STOP | C_DET | C_ONEX},
    {"they", C_STOP},
    {"this", C_ONEX | C_STOP},
    {"those", C_STOP | C_DET | C_ONEX},
    {"thursday", C_STOP},
    {"times", C_UNIT},
    {"to", C_AUX | C_STOP | C_GAP},
    {"toll", C_TOLL | C_STOP},
    {"tonnes", C_UNIT},
    {"tons", C_UNIT},
    {"took", C_TOOK | C_STOP},
    {"troops", C_PERSON},
    {"tuesday", C_STOP},
    {"turnout", C_CROWD | C_STOP},
    {"up", C_STOP},
    {"uprooted", VERB_KA(KD)},
    {"victims", C_PERSON},
    {"villagers", C_PERSON},
    {"votes", C_UNIT},
    {"was", C_AUX | C_STOP | C_GAP},
    {"waved", C_STOP},
    {"we", C_STOP},
    {"wednesday", C_STOP},
    {"week", C_UNIT},
    {"weeks", C_UNIT},
    {"were", C_AUX | C_STOP},
    {"when", C_STOP},
    {"where", C_STOP},
    {"which", C_STOP},
    {"while", C_STOP},
    {"who", C_STOP},
    {"whom", C_STOP},
    {"whose", C_STOP},
    {"will", C_AUX | C_STOP},
    {"with", C_STOP},
    {"women", C_PERSON},
    {"workers", C_PERSON},
    {"would", C_AUX | C_STOP},
    {"wounded", VERB_KA(KI)},
    {"wounding", ING(KI)},
    {"year", C_UNIT},
    {"years", C_UNIT},
    {"yuan", C_UNIT},
};

static uint32_t classify(const dy_text *t, uint32_t i)
{
    if (t->toks[i].kind != DY_TOK_WORD) return 0;
    char w[24];
    if (!dy_nw_lower(t, i, w, sizeof w)) return 0;
    size_t lo = 0, hi = sizeof cwords / sizeof cwords[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(cwords[mid].w, w);
        if (r == 0) return cwords[mid].f;
        if (r < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* ------------------------------------------------------------ qualifiers */

/* Phrases before a number that qualify it; longest first where they share a start. */
static const char *const quals[][4] = {
    {"at", "least", NULL},  {"at", "most", NULL},     {"more", "than", NULL},
    {"no", "fewer", "than"}, {"no", "less", "than"},  {"no", "more", "than"},
    {"not", "less", "than"}, {"fewer", "than", NULL}, {"less", "than", NULL},
    {"as", "many", "as"},   {"as", "few", "as"},      {"up", "to", NULL},
    {"an", "estimated", NULL}, {"estimated", NULL},   {"upwards", "of", NULL},
    {"close", "to", NULL},  {"well", "over", NULL},   {"just", "over", NULL},
    {"just", "under", NULL}, {"a", "total", "of"},    {"a", "further", NULL},
    {"an", "additional", NULL}, {"another", NULL},    {"over", NULL},
    {"under", NULL},        {"nearly", NULL},         {"almost", NULL},
    {"about", NULL},        {"around", NULL},         {"roughly", NULL},
    {"approximately", NULL}, {"some", NULL},          {"only", NULL},
    {"just", NULL},
};

/* End of a qualifier phrase at i, or i if none. */
static uint32_t qual_end(const dy_text *t, uint32_t i, uint32_t e)
{
    for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
        uint32_t j = i;
        size_t k = 0;
        while (k < 4 && quals[q][k] && j < e && dy_tok_is(t, j, quals[q][k])) { j++; k++; }
        if (k > 0 && (k == 4 || !quals[q][k])) return j;
    }
    return i;
}

/* ---------------------------------------------------------------- context */

typedef struct cctx {
    const dy_text *t;
    const uint32_t *w;    /* class bits per token */
    uint32_t b, e, s;     /* current sentence */
    unsigned kinds_here;  /* bit per kind word present in the sentence */
    size_t first;         /* index in out of the sentence's first record */
    dy_arena *a;
    dy_vec *out;
} cctx;

static uint32_t cls(const cctx *c, uint32_t i) { return i < c->e ? c->w[i] : 0; }
static int kind_of(uint32_t f) { return (int)(f & C_KIND) - 1; }

static int is_word(const cctx *c, uint32_t i) { return i < c->e && c->t->toks[i].kind == DY_TOK_WORD; }

static int is_joined_hyphen(const cctx *c, uint32_t i)
{
    if (i >= c->e) return 0;
    const dy_token *k = &c->t->toks[i];
    return k->kind == DY_TOK_PUNCT && k->len == 1 && c->t->text[k->start] == '-' &&
           (k->flags & DY_TF_JOINED);
}

static int ends_with(const cctx *c, uint32_t i, const char *suf)
{
    const dy_token *k = &c->t->toks[i];
    size_t n = strlen(suf);
    if (k->len <= n + 1) return 0;
    const char *p = c->t->text + k->start + k->len - n;
    for (size_t j = 0; j < n; j++) {
        char ch = p[j];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
        if (ch != suf[j]) return 0;
    }
    return 1;
}

static int is_adverb(const cctx *c, uint32_t i)
{
    return is_word(c, i) && c->t->toks[i].len > 4 && ends_with(c, i, "ly");
}

static int is_participle(const cctx *c, uint32_t i)
{
    return ends_with(c, i, "ed") || ends_with(c, i, "ing");
}

/* A noun for people: listed, or by suffix ("protesters", "Palestinians",
 * "activists", "gunmen", "detainees"). */
static int is_person(const cctx *c, uint32_t i)
{
    uint32_t f = cls(c, i);
    if (f & C_PERSON) return 1;
    if (f & (C_UNIT | C_EVN | C_STOP) || !is_word(c, i)) return 0;
    static const char *const sufs[] = {"ers", "ors", "ians", "ists", "ees", "men", "ives", "ants"};
    for (size_t k = 0; k < sizeof sufs / sizeof sufs[0]; k++)
        if (ends_with(c, i, sufs[k])) return 1;
    return 0;
}

/* The counted noun from token k: [*w0, *w1), empty if none. */
static void who_run(const cctx *c, uint32_t k, uint32_t *w0, uint32_t *w1)
{
    uint32_t j = k, words = 0;
    int lower = 0;
    *w0 = *w1 = k;
    while (j < c->e && words < 5) {
        if (is_word(c, j)) {
            uint32_t f = cls(c, j);
            int capital = (c->t->toks[j].flags & DY_TF_CAP) != 0;
            dy_num nn;
            if ((f & (C_STOP | C_UNIT | C_AUX)) || is_adverb(c, j) || dy_num_parse(c->t, j, c->e, &nn))
                break;
            if (capital && lower) break;
            if (is_participle(c, j) && j != k) break;
            if (!capital) lower = 1;
            words++;
            j++;
            *w1 = j;
            continue;
        }
        /* "pro-democracy protesters" */
        if (words && is_joined_hyphen(c, j) && is_word(c, j + 1) && !(cls(c, j + 1) & C_STOP)) {
            j++;
            continue;
        }
        break;
    }
    /* with a noun for people in it, the run ends there ("2,000 families live
     * in camps"); a participle needs one after it: "armed men", not
     * "people killed" or "chanted slogans" */
    for (uint32_t x = *w1; x > *w0; x--)
        if (is_word(c, x - 1) && is_person(c, x - 1)) { *w1 = x; break; }
    while (*w1 > *w0 && (is_participle(c, *w1 - 1) || !is_word(c, *w1 - 1))) (*w1)--;
    if (*w1 > *w0 && is_participle(c, *w0) && !is_person(c, *w1 - 1)) *w1 = *w0;
    if (*w1 == *w0) *w1 = *w0 = k;
}

/* Does token j begin an object (a figure, a determiner, a person noun, a
 * name)? Then a verb just before it is active: "bombers killed 35 people",
 * "gunmen killed the driver". */
static int starts_object(const cctx *c, uint32_t j)
{
    if (j >= c->e) return 0;
    dy_num n;
    if (dy_num_parse(c->t, qual_end(c->t, j, c->e), c->e, &n)) return 1;
    if (!is_word(c, j)) return 0;
    if ((cls(c, j) & C_DET) || dy_tok_is(c->t, j, "a") || dy_tok_is(c->t, j, "an")) return 1;
    return is_person(c, j) || (c->t->toks[j].flags & DY_TF_CAP);
}

enum { AGENT = -2 };

/* Rule 2: a kind verb/adjective after the counted noun, at r. Returns the
 * kind, -1 if none, or AGENT when the figure is the subject of an active
 * kind verb ("two gunmen killed 35 people"). */
static int post_kind(const cctx *c, uint32_t r, int has_who)
{
    int plural_aux = 0, aux = 0;
    for (uint32_t j = r; j < c->e && j - r < 7; j++) {
        uint32_t f = cls(c, j);
        if ((f & C_POST) && kind_of(f) >= 0)
            return (f & C_ACT) && has_who && !aux && starts_object(c, j + 1) ? AGENT : kind_of(f);
        /* "40 people were held", but not "a rally of 5,000 was held" */
        if (f & C_HELD) return plural_aux ? DYAD_COUNT_ARRESTED : -1;
        if ((f & C_TOOK) && dy_tok_is(c->t, j + 1, "part")) return DYAD_COUNT_PARTICIPANTS;
        if ((f & C_TOOK) && j + 3 < c->e && dy_tok_is(c->t, j + 1, "to") &&
            (dy_tok_is(c->t, j + 3, "streets") || dy_tok_is(c->t, j + 3, "street")))
            return DYAD_COUNT_PARTICIPANTS;
        if ((f & C_LOST) && j + 2 < c->e && (cls(c, j + 1) & C_DET) &&
            (dy_tok_is(c->t, j + 2, "lives") || dy_tok_is(c->t, j + 2, "life")))
            return DYAD_COUNT_KILLED;
        if ((f & C_ROUNDED) && dy_tok_is(c->t, j + 1, "up")) return DYAD_COUNT_ARRESTED;
        if (dy_tok_is(c->t, j, "in") && dy_tok_is(c->t, j + 1, "custody")) return DYAD_COUNT_ARRESTED;
        if ((f & C_AUX) || is_adverb(c, j)) {
            if (dy_tok_is(c->t, j, "were") || dy_tok_is(c->t, j, "are") || dy_tok_is(c->t, j, "been") ||
                dy_tok_is(c->t, j, "being"))
                plural_aux = 1;
            aux++;
            continue;
        }
        break;
    }
    return -1;
}

/* Rule 1: an active verb just before the figure starting at f0. */
static int act_kind(const cctx *c, uint32_t f0, uint32_t w0, uint32_t w1)
{
    uint32_t p = f0;
    for (int k = 0; k < 2 && p > c->b && (cls(c, p - 1) & C_SKIP); k++) p--;
    if (p <= c->b) return -1;
    uint32_t f = cls(c, p - 1);
    if ((f & C_ACT) && kind_of(f) >= 0) return kind_of(f);
    if ((f & C_HELD) && w1 > w0 && is_person(c, w1 - 1)) return DYAD_COUNT_ARRESTED;
    if ((f & C_LOST) && w1 > w0 && is_person(c, w1 - 1)) return DYAD_COUNT_KILLED; /* lost 200 men */
    if (dy_tok_is(c->t, p - 1, "up") && p - 1 > c->b && (cls(c, p - 2) & C_ROUNDED))
        return DYAD_COUNT_ARRESTED;
    return -1;
}

/* Rule 3: "death toll rose to 40", "a crowd of 10,000", "deaths of 12 people". */
static int nominal_kind(const cctx *c, uint32_t f0)
{
    uint32_t p = f0, gap = 0;
    while (p > c->b && gap < 6 && (cls(c, p - 1) & C_GAP)) { p--; gap++; }
    if (p <= c->b || gap == 0) return -1;
    uint32_t f = cls(c, p - 1);
    if (f & C_TOLL) return DYAD_COUNT_KILLED;
    if (f & C_CROWD) {
        const dy_token *k = &c->t->toks[p - 1];
        if ((f & C_MONTH) && (k->flags & DY_TF_CAP)) return -1;
        return DYAD_COUNT_PARTICIPANTS;
    }
    if ((f & (C_NOUN | C_POST)) && kind_of(f) >= 0) return kind_of(f);
    return -1;
}

/* Rule 6: nearest kind word after (then before) the figure. */
static int near_kind(const cctx *c, uint32_t f0, uint32_t r)
{
    for (uint32_t j = r; j < c->e && j - r < 10; j++) {
        if (c->t->toks[j].kind == DY_TOK_PUNCT && c->t->text[c->t->toks[j].start] == ';') break;
        uint32_t f = cls(c, j);
        if ((f & (C_ACT | C_POST)) && kind_of(f) >= 0) {
            if ((f & C_ACT) && starts_object(c, j + 1)) return -1;
            return kind_of(f);
        }
    }
    /* before: only within the clause ("among those killed were 12 civilians") */
    for (uint32_t j = f0; j > c->b && f0 - j < 8;) {
        j--;
        if (c->t->toks[j].kind == DY_TOK_PUNCT || dy_tok_is(c->t, j, "where") ||
            dy_tok_is(c->t, j, "while") || dy_tok_is(c->t, j, "when") || dy_tok_is(c->t, j, "and"))
            break;
        uint32_t f = cls(c, j);
        if ((f & (C_ACT | C_POST)) && kind_of(f) >= 0) return kind_of(f);
    }
    return -1;
}

/* Is the number [q, n->end) (figure from f0) no head count? */
static int not_a_count(const cctx *c, uint32_t f0, uint32_t q, const dy_num *n)
{
    const dy_token *tk = c->t->toks;
    unsigned bad = DY_NUM_ORDINAL | DY_NUM_DECADE | DY_NUM_SEP | DY_NUM_UNIT | DY_NUM_FRACTION;
    if ((n->flags & bad) || n->value <= 0) return 1;
    uint32_t ne = n->end;
    /* what follows: a measure, a percentage, a hyphenated compound, a month */
    if (ne < c->e) {
        uint32_t f = cls(c, ne);
        if (f & C_UNIT) return 1;
        if ((f & C_MONTH) && (tk[ne].flags & DY_TF_CAP)) return 1;
        if (tk[ne].kind == DY_TOK_SYMBOL) return 1;
        if (is_joined_hyphen(c, ne)) return 1;
        if (tk[ne].kind == DY_TOK_NUMBER) return 1;
    }
    if ((n->flags & DY_NUM_YEARLIKE) &&
        !(ne < c->e && (is_person(c, ne) || (cls(c, ne) & (C_NOUN | C_POST)))))
        return 1;
    /* glued on the left: "COVID-19", "mid-2019" */
    if (q > c->b && is_joined_hyphen(c, q - 1)) return 1;
    if (f0 > c->b) {
        uint32_t p = f0 - 1, f = cls(c, p);
        if (tk[p].kind == DY_TOK_SYMBOL) return 1;                 /* $5, #3 */
        if (f & (C_PREX | C_NEG)) return 1;                        /* aged 12, No. 5, no one */
        if ((f & C_ONEX) && n->value == 1 && (n->flags & DY_NUM_WORDS)) return 1;
        if ((f & C_MONTH) && (tk[p].flags & DY_TF_CAP)) return 1; /* October 3 */
        if (tk[p].kind == DY_TOK_NUMBER) return 1;
        /* a label: "Apollo 11", "Resolution 2254" (not a sentence's first word) */
        if (tk[p].kind == DY_TOK_WORD && (tk[p].flags & DY_TF_CAP) && p > c->b &&
            !(f & (C_KIND | C_LINK | C_SKIP | C_GAP | C_STOP | C_PERSON)))
            return 1;
    }
    return 0;
}

/* Find who and kind for the figure from f0 with number n; emit it if it counts. */
static void consider(cctx *c, uint32_t f0, const dy_num *n)
{
    uint32_t ne = n->end, k = ne, w0, w1, r;
    int pronoun = 0;
    /* "hundreds of protesters", "12 of the hostages", "five of them" */
    if (k + 1 < c->e && dy_tok_is(c->t, k, "of")) {
        uint32_t k2 = k + 1;
        if (dy_tok_is(c->t, k2, "them") || dy_tok_is(c->t, k2, "whom") || dy_tok_is(c->t, k2, "us")) {
            k = k2 + 1;
            pronoun = 1;
        } else {
            if (cls(c, k2) & C_DET) k2++;
            uint32_t a0, a1;
            who_run(c, k2, &a0, &a1);
            if (a1 > a0) k = k2;
        }
    }
    who_run(c, k, &w0, &w1);
    /* "four people, three of them children": who only if it names people */
    if (pronoun && w1 > w0 && !is_person(c, w1 - 1)) w0 = w1 = k;
    r = w1 > w0 ? w1 : k;

    int kind = act_kind(c, f0, w0, w1), agent = 0;
    if (kind < 0) {
        kind = post_kind(c, r, w1 > w0);
        if (kind == AGENT) { agent = 1; kind = -1; }
        /* "2,000 displaced families": the adjective first, then the noun */
        if (kind >= 0 && w1 == w0 && (cls(c, r) & C_POST)) {
            uint32_t a0, a1;
            who_run(c, r + 1, &a0, &a1);
            if (a1 > a0 && !(cls(c, a1 - 1) & C_EVN)) { w0 = a0; w1 = a1; }
        }
    }
    if (kind < 0) kind = nominal_kind(c, f0);
    if (kind < 0) {
        /* "..., among them five women", "including two children", "three of them" */
        int link = pronoun;
        for (uint32_t p = f0; !link && p > c->b && f0 - p < 3;) {
            p--;
            link = (cls(c, p) & C_LINK) != 0;
        }
        if (link && c->out->n > c->first)
            kind = ((const dy_count_expr *)c->out->v)[c->out->n - 1].kind;
    }
    uint32_t head = w1 > w0 ? cls(c, w1 - 1) : 0;
    if (kind < 0 && w1 > w0) {
        if ((head & C_NOUN) && kind_of(head) >= 0) kind = kind_of(head);
        else if (head & C_CAS)
            kind = (c->kinds_here & (1u << DYAD_COUNT_INJURED)) ? DYAD_COUNT_INJURED : DYAD_COUNT_OTHER;
    }
    if (kind < 0 && w1 > w0 && !agent && is_person(c, w1 - 1)) kind = near_kind(c, f0, r);
    /* people with no kind word, unless definite ("the two leaders", "Iran's 80 million people") */
    if (kind < 0 && w1 > w0 && is_person(c, w1 - 1) &&
        !(f0 > c->b && ((cls(c, f0 - 1) & C_DET) || c->t->toks[f0 - 1].kind == DY_TOK_POSS)))
        kind = DYAD_COUNT_OTHER;
    if (kind < 0) return;

    dy_count_expr *x = dy_vec_push(c->out, c->a);
    x->tok0 = f0;
    x->tok1 = w1 > w0 && w1 > ne ? w1 : ne;
    x->sentence = c->s;
    x->number = n->value;
    x->kind = kind;
    if (w1 > w0 && !(head & C_EVN)) { x->who0 = w0; x->who1 = w1; }
    else x->who0 = x->who1 = x->tok1;
}

void dy_extract_counts(const dy_text *t, dy_arena *a, dy_vec *out)
{
    if (!t || !out || t->ntok == 0) return;
    uint32_t *w = dy_arena_alloc(a, t->ntok * sizeof *w);
    for (uint32_t i = 0; i < t->ntok; i++) w[i] = classify(t, i);
    cctx c = {t, w, 0, 0, 0, 0, 0, a, out};
    for (uint32_t s = 0; s < t->nsent; s++) {
        c.b = t->sents[s].tok_begin;
        c.e = t->sents[s].tok_end;
        c.s = s;
        c.first = out->n;
        c.kinds_here = 0;
        for (uint32_t i = c.b; i < c.e; i++)
            if ((w[i] & (C_ACT | C_POST)) && kind_of(w[i]) >= 0) c.kinds_here |= 1u << kind_of(w[i]);
        for (uint32_t i = c.b; i < c.e;) {
            uint32_t q = qual_end(t, i, c.e);
            dy_num n;
            if (!dy_num_parse(t, q, c.e, &n)) { i++; continue; }
            if (!not_a_count(&c, i, q, &n)) consider(&c, i, &n);
            i = n.end > i ? n.end : i + 1;
        }
    }
}
