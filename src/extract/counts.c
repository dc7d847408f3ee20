/* counts.c — casualty and crowd figures (dy_extract_counts).
 *
 * "Police killed at least 12 villagers, among them five women" carries the
 * numbers an event dataset is most often asked for: how many were killed,
 * wounded, arrested, displaced, or turned out. This file finds numbers in
 * each sentence and ties each to a kind and to the noun it counts ("who").
 *
 * How: every word token gets its id once (xwords.h), and a const table
 * indexed by id gives its classes (kind verbs and nouns, auxiliaries,
 * units, person nouns, stop words); no string is compared after that, and
 * suffixes ("-ers", "-ly") are tested on the token's last bytes. A sentence
 * with no digits and no number word holds no figure and is passed over at
 * once. The others are scanned left to right for a figure: an optional
 * qualifier ("at least", "more than", "nearly", "about", "up to", "some",
 * "an estimated" ...) and a number in digits or words (numwords.c). The
 * figure reports the stated number: "at least 12" is 12, "up to 40" is 40,
 * "nearly 300" is 300 — the qualifier is kept in the token range, not in
 * the value. Vague amounts take twice their base ("dozens" 24, "hundreds"
 * 200).
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
#include "extract/xwords.h"

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
    C_DET     = 1u << 25,  /* determiner after "of": "12 of the villagers" */
    C_QUAL    = 1u << 26   /* first word of a qualifier phrase (quals below) */
};

#define VERB_KA(k) ((k) | C_ACT | C_POST | C_STOP)
#define ING(k) ((k) | C_ACT | C_STOP)
#define POSTW(k) ((k) | C_POST | C_STOP)

/* Indexed by word id (xwords.h). */
static const uint32_t cwords[DY_XW_COUNT] = {
    [DY_XW_A] = C_STOP | C_QUAL,
    [DY_XW_A_M] = C_UNIT,
    [DY_XW_ABOUT] = C_STOP | C_QUAL,
    [DY_XW_ACCORDING] = C_STOP,
    [DY_XW_ACRES] = C_UNIT,
    [DY_XW_ADDED] = C_STOP,
    [DY_XW_ADDITIONAL] = C_SKIP,
    [DY_XW_AFTER] = C_STOP,
    [DY_XW_AGE] = C_PREX | C_STOP,
    [DY_XW_AGED] = C_PREX | C_STOP,
    [DY_XW_AGES] = C_PREX | C_STOP,
    [DY_XW_ALL] = C_SKIP | C_STOP | C_AUX,
    [DY_XW_ALLEGEDLY] = C_AUX | C_STOP,
    [DY_XW_ALMOST] = C_QUAL,
    [DY_XW_ALREADY] = C_AUX | C_STOP,
    [DY_XW_ALSO] = C_AUX | C_STOP | C_SKIP,
    [DY_XW_AM] = C_UNIT,
    [DY_XW_AMONG] = C_LINK | C_STOP,
    [DY_XW_AN] = C_QUAL,
    [DY_XW_AND] = C_STOP,
    [DY_XW_ANOTHER] = C_SKIP | C_STOP | C_ONEX | C_QUAL,
    [DY_XW_ANY] = C_ONEX | C_STOP,
    [DY_XW_APPREHENDED] = VERB_KA(KA),
    [DY_XW_APPROXIMATELY] = C_QUAL,
    [DY_XW_APR] = C_MONTH,
    [DY_XW_APRIL] = C_MONTH,
    [DY_XW_ARE] = C_AUX | C_STOP,
    [DY_XW_AROUND] = C_STOP | C_QUAL,
    [DY_XW_ARREST] = ING(KA),
    [DY_XW_ARRESTED] = VERB_KA(KA),
    [DY_XW_ARRESTING] = ING(KA),
    [DY_XW_ARRESTS] = KA | C_NOUN | C_EVN,
    [DY_XW_AS] = C_STOP | C_QUAL,
    [DY_XW_AT] = C_STOP | C_GAP | C_QUAL,
    [DY_XW_ATTACKED] = C_STOP,
    [DY_XW_ATTENDED] = POSTW(KP),
    [DY_XW_AUG] = C_MONTH,
    [DY_XW_AUGUST] = C_MONTH,
    [DY_XW_BARRELS] = C_UNIT,
    [DY_XW_BE] = C_AUX | C_STOP,
    [DY_XW_BEATEN] = POSTW(KI),
    [DY_XW_BEEN] = C_AUX | C_STOP | C_GAP,
    [DY_XW_BEING] = C_AUX | C_STOP,
    [DY_XW_BELIEVED] = C_AUX | C_STOP,
    [DY_XW_BLOCKED] = C_STOP,
    [DY_XW_BODIES] = KK | C_NOUN,
    [DY_XW_BURNED] = C_STOP,
    [DY_XW_BUT] = C_STOP,
    [DY_XW_BY] = C_STOP,
    [DY_XW_CARRIED] = C_STOP,
    [DY_XW_CASUALTIES] = C_CAS | C_NOUN | C_EVN,
    [DY_XW_CENTS] = C_UNIT,
    [DY_XW_CHANTED] = C_STOP,
    [DY_XW_CHILDREN] = C_PERSON,
    [DY_XW_CIVILIANS] = C_PERSON,
    [DY_XW_CLASHED] = C_STOP,
    [DY_XW_CLIMBED] = C_GAP | C_STOP,
    [DY_XW_CLOSE] = C_QUAL,
    [DY_XW_CM] = C_UNIT,
    [DY_XW_CONFIRMED] = C_AUX | C_STOP,
    [DY_XW_CORPSES] = KK | C_NOUN,
    [DY_XW_CROWD] = C_CROWD | C_STOP,
    [DY_XW_CUSTODY] = POSTW(KA),
    [DY_XW_DAY] = C_UNIT,
    [DY_XW_DAYS] = C_UNIT,
    [DY_XW_DEAD] = POSTW(KK),
    [DY_XW_DEATH] = C_STOP,
    [DY_XW_DEATHS] = KK | C_NOUN | C_EVN,
    [DY_XW_DEC] = C_MONTH,
    [DY_XW_DECEMBER] = C_MONTH,
    [DY_XW_DEGREES] = C_UNIT,
    [DY_XW_DEMANDED] = C_STOP,
    [DY_XW_DEMONSTRATED] = POSTW(KP),
    [DY_XW_DEMONSTRATION] = C_CROWD | C_STOP,
    [DY_XW_DEMONSTRATORS] = KP | C_NOUN | C_PERSON,
    [DY_XW_DETAINED] = VERB_KA(KA),
    [DY_XW_DETAINING] = ING(KA),
    [DY_XW_DIED] = POSTW(KK),
    [DY_XW_DISPLACED] = VERB_KA(KD),
    [DY_XW_DISPLACING] = ING(KD),
    [DY_XW_DOLLARS] = C_UNIT,
    [DY_XW_DREW] = KP | C_ACT | C_STOP,
    [DY_XW_DROWNED] = POSTW(KK),
    [DY_XW_DURING] = C_STOP,
    [DY_XW_EACH] = C_ONEX | C_STOP,
    [DY_XW_ESTIMATED] = C_GAP | C_STOP | C_QUAL,
    [DY_XW_EUROS] = C_UNIT,
    [DY_XW_EVACUATED] = VERB_KA(KD),
    [DY_XW_EVACUATING] = ING(KD),
    [DY_XW_EVACUEES] = KD | C_NOUN | C_PERSON,
    [DY_XW_EVERY] = C_ONEX | C_STOP,
    [DY_XW_EXECUTED] = VERB_KA(KK),
    [DY_XW_FACE] = C_STOP,
    [DY_XW_FACED] = C_STOP,
    [DY_XW_FAMILIES] = C_PERSON,
    [DY_XW_FATALITIES] = KK | C_NOUN | C_EVN,
    [DY_XW_FEARED] = C_AUX | C_STOP,
    [DY_XW_FEB] = C_MONTH,
    [DY_XW_FEBRUARY] = C_MONTH,
    [DY_XW_FEET] = C_UNIT,
    [DY_XW_FEWER] = C_STOP | C_QUAL,
    [DY_XW_FLED] = POSTW(KD),
    [DY_XW_FLEE] = POSTW(KD),
    [DY_XW_FLEEING] = POSTW(KD),
    [DY_XW_FOR] = C_STOP,
    [DY_XW_FORCED] = C_AUX | C_STOP,
    [DY_XW_FRIDAY] = C_STOP,
    [DY_XW_FROM] = C_STOP,
    [DY_XW_GATHERED] = POSTW(KP),
    [DY_XW_GATHERING] = C_CROWD | C_STOP,
    [DY_XW_HAD] = C_AUX | C_STOP | C_GAP,
    [DY_XW_HAS] = C_AUX | C_STOP | C_GAP,
    [DY_XW_HAVE] = C_AUX | C_STOP,
    [DY_XW_HE] = C_STOP,
    [DY_XW_HECTARES] = C_UNIT,
    [DY_XW_HELD] = C_HELD | C_STOP,
    [DY_XW_HER] = C_STOP | C_DET,
    [DY_XW_HIS] = C_STOP | C_DET,
    [DY_XW_HIT] = C_GAP | C_STOP,
    [DY_XW_HOMELESS] = POSTW(KD),
    [DY_XW_HOSPITALISED] = POSTW(KI),
    [DY_XW_HOSPITALIZED] = POSTW(KI),
    [DY_XW_HOUR] = C_UNIT,
    [DY_XW_HOURS] = C_UNIT,
    [DY_XW_HURT] = POSTW(KI),
    [DY_XW_IN] = C_STOP,
    [DY_XW_INCLUDING] = C_LINK | C_STOP,
    [DY_XW_INCREASED] = C_GAP | C_STOP,
    [DY_XW_INJURED] = VERB_KA(KI),
    [DY_XW_INJURIES] = KI | C_NOUN | C_EVN,
    [DY_XW_INJURING] = ING(KI),
    [DY_XW_INTO] = C_AUX | C_STOP,
    [DY_XW_IS] = C_AUX | C_STOP | C_GAP,
    [DY_XW_IT] = C_STOP,
    [DY_XW_ITS] = C_SKIP | C_STOP | C_DET,
    [DY_XW_JAILED] = VERB_KA(KA),
    [DY_XW_JAN] = C_MONTH,
    [DY_XW_JANUARY] = C_MONTH,
    [DY_XW_JUL] = C_MONTH,
    [DY_XW_JULY] = C_MONTH,
    [DY_XW_JUMPED] = C_GAP | C_STOP,
    [DY_XW_JUN] = C_MONTH,
    [DY_XW_JUNE] = C_MONTH,
    [DY_XW_JUST] = C_QUAL,
    [DY_XW_KG] = C_UNIT,
    [DY_XW_KIDNAPPED] = VERB_KA(KA),
    [DY_XW_KILL] = ING(KK),
    [DY_XW_KILLED] = VERB_KA(KK),
    [DY_XW_KILLING] = ING(KK),
    [DY_XW_KILOGRAMS] = C_UNIT,
    [DY_XW_KILOMETERS] = C_UNIT,
    [DY_XW_KILOMETRES] = C_UNIT,
    [DY_XW_KM] = C_UNIT,
    [DY_XW_LATER] = C_AUX | C_STOP,
    [DY_XW_LEFT] = C_AUX | C_STOP,
    [DY_XW_LESS] = C_STOP | C_QUAL,
    [DY_XW_LITERS] = C_UNIT,
    [DY_XW_LITRES] = C_UNIT,
    [DY_XW_LIVE] = C_STOP,
    [DY_XW_LIVED] = C_STOP,
    [DY_XW_LIVES] = KK | C_NOUN | C_EVN,
    [DY_XW_LOST] = C_LOST | C_STOP,
    [DY_XW_MADE] = C_AUX | C_STOP,
    [DY_XW_MAR] = C_MONTH,
    [DY_XW_MARCH] = C_MONTH | C_CROWD | C_STOP,
    [DY_XW_MARCHED] = POSTW(KP),
    [DY_XW_MARCHERS] = KP | C_NOUN | C_PERSON,
    [DY_XW_MASSACRED] = VERB_KA(KK),
    [DY_XW_MAY] = C_MONTH | C_STOP,
    [DY_XW_MEN] = C_PERSON,
    [DY_XW_METERS] = C_UNIT,
    [DY_XW_METRES] = C_UNIT,
    [DY_XW_MILES] = C_UNIT,
    [DY_XW_MILITANTS] = C_PERSON,
    [DY_XW_MINUTE] = C_UNIT,
    [DY_XW_MINUTES] = C_UNIT,
    [DY_XW_MISSING] = C_STOP,
    [DY_XW_MM] = C_UNIT,
    [DY_XW_MONDAY] = C_STOP,
    [DY_XW_MONTH] = C_UNIT,
    [DY_XW_MONTHS] = C_UNIT,
    [DY_XW_MORE] = C_STOP | C_AUX | C_QUAL,
    [DY_XW_MPH] = C_UNIT,
    [DY_XW_MURDERED] = VERB_KA(KK),
    [DY_XW_NEAR] = C_STOP,
    [DY_XW_NEARLY] = C_QUAL,
    [DY_XW_NEED] = C_STOP,
    [DY_XW_NEEDED] = C_STOP,
    [DY_XW_NO] = C_NEG | C_PREX | C_STOP | C_ONEX | C_QUAL,
    [DY_XW_NONE] = C_NEG | C_STOP,
    [DY_XW_NOT] = C_QUAL,
    [DY_XW_NOV] = C_MONTH,
    [DY_XW_NOVEMBER] = C_MONTH,
    [DY_XW_NOW] = C_AUX | C_STOP | C_GAP,
    [DY_XW_NUMBER] = C_PREX | C_STOP,
    [DY_XW_O_CLOCK] = C_UNIT,
    [DY_XW_OCT] = C_MONTH,
    [DY_XW_OCTOBER] = C_MONTH,
    [DY_XW_OF] = C_STOP | C_GAP,
    [DY_XW_ON] = C_STOP,
    [DY_XW_ONLY] = C_QUAL,
    [DY_XW_OR] = C_STOP,
    [DY_XW_OTHERS] = C_PERSON,
    [DY_XW_OVER] = C_STOP | C_QUAL,
    [DY_XW_P_M] = C_UNIT,
    [DY_XW_PARTICIPANTS] = KP | C_NOUN | C_PERSON,
    [DY_XW_PEOPLE] = C_PERSON,
    [DY_XW_PER] = C_UNIT,
    [DY_XW_PERCENT] = C_UNIT,
    [DY_XW_PERISHED] = POSTW(KK),
    [DY_XW_PERSONS] = C_PERSON,
    [DY_XW_PM] = C_UNIT,
    [DY_XW_POINTS] = C_UNIT,
    [DY_XW_POLICE] = C_PERSON,
    [DY_XW_POUNDS] = C_UNIT,
    [DY_XW_PROTEST] = C_CROWD | C_STOP,
    [DY_XW_PROTESTED] = POSTW(KP),
    [DY_XW_PROTESTERS] = KP | C_NOUN | C_PERSON,
    [DY_XW_PROTESTORS] = KP | C_NOUN | C_PERSON,
    [DY_XW_RALLIED] = POSTW(KP),
    [DY_XW_RALLY] = C_CROWD | C_STOP,
    [DY_XW_REACHED] = C_GAP | C_STOP,
    [DY_XW_REFUGEES] = KD | C_NOUN | C_PERSON,
    [DY_XW_REMAIN] = C_AUX | C_STOP,
    [DY_XW_REMAINED] = C_AUX | C_STOP,
    [DY_XW_REMAINS] = C_AUX | C_STOP,
    [DY_XW_REPORTED] = C_AUX | C_STOP,
    [DY_XW_REPORTEDLY] = C_AUX | C_STOP,
    [DY_XW_RESIDENTS] = C_PERSON,
    [DY_XW_RISEN] = C_GAP | C_STOP,
    [DY_XW_ROSE] = C_GAP | C_STOP,
    [DY_XW_ROUGHLY] = C_QUAL,
    [DY_XW_ROUNDED] = C_ROUNDED | C_STOP,
    [DY_XW_RUPEES] = C_UNIT,
    [DY_XW_SAID] = C_AUX | C_STOP,
    [DY_XW_SATURDAY] = C_STOP,
    [DY_XW_SAY] = C_STOP,
    [DY_XW_SAYS] = C_STOP,
    [DY_XW_SEATS] = C_UNIT,
    [DY_XW_SECOND] = C_UNIT,
    [DY_XW_SECONDS] = C_UNIT,
    [DY_XW_SEP] = C_MONTH,
    [DY_XW_SEPT] = C_MONTH,
    [DY_XW_SEPTEMBER] = C_MONTH,
    [DY_XW_SHE] = C_STOP,
    [DY_XW_SHOT] = C_AUX | C_STOP,
    [DY_XW_SHOUTED] = C_STOP,
    [DY_XW_SLAIN] = POSTW(KK),
    [DY_XW_SOLDIERS] = C_PERSON,
    [DY_XW_SOME] = C_QUAL,
    [DY_XW_SQUARE] = C_UNIT,
    [DY_XW_STANDS] = C_GAP | C_STOP,
    [DY_XW_STILL] = C_AUX | C_STOP,
    [DY_XW_STOOD] = C_GAP | C_STOP,
    [DY_XW_STORMED] = C_STOP,
    [DY_XW_STUDENTS] = C_PERSON,
    [DY_XW_SUNDAY] = C_STOP,
    [DY_XW_TAKEN] = C_AUX | C_STOP,
    [DY_XW_THAT] = C_ONEX | C_STOP,
    [DY_XW_THE] = C_SKIP | C_STOP | C_GAP | C_ONEX | C_DET,
    [DY_XW_THEIR] = C_SKIP | C_STOP | C_DET,
    [DY_XW_THEM] = C_STOP,
    [DY_XW_THEN] = C_AUX | C_STOP,
    [DY_XW_THESE] = C_STOP | C_DET | C_ONEX,
    [DY_XW_THEY] = C_STOP,
    [DY_XW_THIS] = C_ONEX | C_STOP,
    [DY_XW_THOSE] = C_STOP | C_DET | C_ONEX,
    [DY_XW_THURSDAY] = C_STOP,
    [DY_XW_TIMES] = C_UNIT,
    [DY_XW_TO] = C_AUX | C_STOP | C_GAP,
    [DY_XW_TOLL] = C_TOLL | C_STOP,
    [DY_XW_TONNES] = C_UNIT,
    [DY_XW_TONS] = C_UNIT,
    [DY_XW_TOOK] = C_TOOK | C_STOP,
    [DY_XW_TROOPS] = C_PERSON,
    [DY_XW_TUESDAY] = C_STOP,
    [DY_XW_TURNOUT] = C_CROWD | C_STOP,
    [DY_XW_UNDER] = C_QUAL,
    [DY_XW_UP] = C_STOP | C_QUAL,
    [DY_XW_UPROOTED] = VERB_KA(KD),
    [DY_XW_UPWARDS] = C_QUAL,
    [DY_XW_VICTIMS] = C_PERSON,
    [DY_XW_VILLAGERS] = C_PERSON,
    [DY_XW_VOTES] = C_UNIT,
    [DY_XW_WAS] = C_AUX | C_STOP | C_GAP,
    [DY_XW_WAVED] = C_STOP,
    [DY_XW_WE] = C_STOP,
    [DY_XW_WEDNESDAY] = C_STOP,
    [DY_XW_WEEK] = C_UNIT,
    [DY_XW_WEEKS] = C_UNIT,
    [DY_XW_WELL] = C_QUAL,
    [DY_XW_WERE] = C_AUX | C_STOP,
    [DY_XW_WHEN] = C_STOP,
    [DY_XW_WHERE] = C_STOP,
    [DY_XW_WHICH] = C_STOP,
    [DY_XW_WHILE] = C_STOP,
    [DY_XW_WHO] = C_STOP,
    [DY_XW_WHOM] = C_STOP,
    [DY_XW_WHOSE] = C_STOP,
    [DY_XW_WILL] = C_AUX | C_STOP,
    [DY_XW_WITH] = C_STOP,
    [DY_XW_WOMEN] = C_PERSON,
    [DY_XW_WORKERS] = C_PERSON,
    [DY_XW_WOULD] = C_AUX | C_STOP,
    [DY_XW_WOUNDED] = VERB_KA(KI),
    [DY_XW_WOUNDING] = ING(KI),
    [DY_XW_YEAR] = C_UNIT,
    [DY_XW_YEARS] = C_UNIT,
    [DY_XW_YUAN] = C_UNIT,
};

/* ------------------------------------------------------------ qualifiers */

/* Phrases before a number that qualify it; longest first where they share a
 * start. The first word of each has C_QUAL in the table above. */
static const uint16_t quals[][3] = {
    {DY_XW_AT, DY_XW_LEAST},             {DY_XW_AT, DY_XW_MOST},
    {DY_XW_MORE, DY_XW_THAN},            {DY_XW_NO, DY_XW_FEWER, DY_XW_THAN},
    {DY_XW_NO, DY_XW_LESS, DY_XW_THAN},  {DY_XW_NO, DY_XW_MORE, DY_XW_THAN},
    {DY_XW_NOT, DY_XW_LESS, DY_XW_THAN}, {DY_XW_FEWER, DY_XW_THAN},
    {DY_XW_LESS, DY_XW_THAN},            {DY_XW_AS, DY_XW_MANY, DY_XW_AS},
    {DY_XW_AS, DY_XW_FEW, DY_XW_AS},     {DY_XW_UP, DY_XW_TO},
    {DY_XW_AN, DY_XW_ESTIMATED},         {DY_XW_ESTIMATED},
    {DY_XW_UPWARDS, DY_XW_OF},           {DY_XW_CLOSE, DY_XW_TO},
    {DY_XW_WELL, DY_XW_OVER},            {DY_XW_JUST, DY_XW_OVER},
    {DY_XW_JUST, DY_XW_UNDER},           {DY_XW_A, DY_XW_TOTAL, DY_XW_OF},
    {DY_XW_A, DY_XW_FURTHER},            {DY_XW_AN, DY_XW_ADDITIONAL},
    {DY_XW_ANOTHER},                     {DY_XW_OVER},
    {DY_XW_UNDER},                       {DY_XW_NEARLY},
    {DY_XW_ALMOST},                      {DY_XW_ABOUT},
    {DY_XW_AROUND},                      {DY_XW_ROUGHLY},
    {DY_XW_APPROXIMATELY},               {DY_XW_SOME},
    {DY_XW_ONLY},                        {DY_XW_JUST},
};

/* ---------------------------------------------------------------- context */

typedef struct cctx {
    const dy_text *t;
    const uint16_t *id;   /* word id per token (xwords.h), one past the end too */
    uint32_t b, e, s;     /* current sentence */
    int kinds_here;       /* bit per kind word present in the sentence, -1 until asked */
    size_t first;         /* index in out of the sentence's first record */
    dy_arena *a;
    dy_vec *out;
} cctx;

static uint32_t cls(const cctx *c, uint32_t i) { return i < c->e ? cwords[DY_XW_ID(c->id[i])] : 0; }
static int kind_of(uint32_t f) { return (int)(f & C_KIND) - 1; }

/* Is token i exactly the word w (any case)? Also past the sentence end. */
static int is(const cctx *c, uint32_t i, unsigned w) { return c->id[i] == w; }

/* Kind words in the sentence, looked for when first needed. */
static unsigned kinds_here(cctx *c)
{
    if (c->kinds_here < 0) {
        unsigned k = 0;
        for (uint32_t i = c->b; i < c->e; i++) {
            uint32_t f = cls(c, i);
            if ((f & (C_ACT | C_POST)) && kind_of(f) >= 0) k |= 1u << kind_of(f);
        }
        c->kinds_here = (int)k;
    }
    return (unsigned)c->kinds_here;
}

/* End of a qualifier phrase at i (a C_QUAL word), or i if none. */
static uint32_t qual_phrase(const cctx *c, uint32_t i)
{
    for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
        if (quals[q][0] != c->id[i]) continue;
        uint32_t j = i + 1;
        size_t k = 1;
        while (k < 3 && quals[q][k] && j < c->e && is(c, j, quals[q][k])) { j++; k++; }
        if (k == 3 || !quals[q][k]) return j;
    }
    return i;
}

static inline uint32_t qual_end(const cctx *c, uint32_t i)
{
    return cls(c, i) & C_QUAL ? qual_phrase(c, i) : i;
}

/* A number from token i to the sentence end, into *n. */
static inline int number_at(const cctx *c, uint32_t i, dy_num *n)
{
    if (i >= c->e || (c->t->toks[i].kind != DY_TOK_NUMBER && !dy_xw_number(c->id[i]))) return 0;
    return dy_num_parse_ids(c->t, c->id, i, c->e, n);
}

static int is_word(const cctx *c, uint32_t i) { return i < c->e && c->t->toks[i].kind == DY_TOK_WORD; }

static int is_joined_hyphen(const cctx *c, uint32_t i)
{
    if (i >= c->e) return 0;
    const dy_token *k = &c->t->toks[i];
    return k->kind == DY_TOK_PUNCT && k->len == 1 && c->t->text[k->start] == '-' &&
           (k->flags & DY_TF_JOINED);
}

/* Does token i end in suf (n bytes, lower case) after at least two more bytes? */
static inline int ends_with_n(const cctx *c, uint32_t i, const char *suf, size_t n)
{
    const dy_token *k = &c->t->toks[i];
    if (k->len <= n + 1) return 0;
    const char *p = c->t->text + k->start + k->len - n;
    for (size_t j = 0; j < n; j++) {
        char ch = p[j];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
        if (ch != suf[j]) return 0;
    }
    return 1;
}
#define ends_with(c, i, suf) ends_with_n(c, i, suf, sizeof(suf) - 1)

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
    const dy_token *k = &c->t->toks[i];
    char last = c->t->text[k->start + k->len - 1] | 0x20;
    if (last == 'n') return ends_with(c, i, "men");
    return last == 's' && (ends_with(c, i, "ers") || ends_with(c, i, "ors") || ends_with(c, i, "ians") ||
                           ends_with(c, i, "ists") || ends_with(c, i, "ees") || ends_with(c, i, "ives") ||
                           ends_with(c, i, "ants"));
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
            if ((f & (C_STOP | C_UNIT | C_AUX)) || is_adverb(c, j) || number_at(c, j, &nn))
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
    if (number_at(c, qual_end(c, j), &n)) return 1;
    if (!is_word(c, j)) return 0;
    if ((cls(c, j) & C_DET) || is(c, j, DY_XW_A) || is(c, j, DY_XW_AN)) return 1;
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
        if ((f & C_TOOK) && is(c, j + 1, DY_XW_PART)) return DYAD_COUNT_PARTICIPANTS;
        if ((f & C_TOOK) && j + 3 < c->e && is(c, j + 1, DY_XW_TO) &&
            (is(c, j + 3, DY_XW_STREETS) || is(c, j + 3, DY_XW_STREET)))
            return DYAD_COUNT_PARTICIPANTS;
        if ((f & C_LOST) && j + 2 < c->e && (cls(c, j + 1) & C_DET) &&
            (is(c, j + 2, DY_XW_LIVES) || is(c, j + 2, DY_XW_LIFE)))
            return DYAD_COUNT_KILLED;
        if ((f & C_ROUNDED) && is(c, j + 1, DY_XW_UP)) return DYAD_COUNT_ARRESTED;
        if (is(c, j, DY_XW_IN) && is(c, j + 1, DY_XW_CUSTODY)) return DYAD_COUNT_ARRESTED;
        if ((f & C_AUX) || is_adverb(c, j)) {
            if (is(c, j, DY_XW_WERE) || is(c, j, DY_XW_ARE) || is(c, j, DY_XW_BEEN) ||
                is(c, j, DY_XW_BEING))
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
    if (is(c, p - 1, DY_XW_UP) && p - 1 > c->b && (cls(c, p - 2) & C_ROUNDED))
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
        if (c->t->toks[j].kind == DY_TOK_PUNCT || is(c, j, DY_XW_WHERE) ||
            is(c, j, DY_XW_WHILE) || is(c, j, DY_XW_WHEN) || is(c, j, DY_XW_AND))
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
    if (k + 1 < c->e && is(c, k, DY_XW_OF)) {
        uint32_t k2 = k + 1;
        if (is(c, k2, DY_XW_THEM) || is(c, k2, DY_XW_WHOM) || is(c, k2, DY_XW_US)) {
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
            kind = (kinds_here(c) & (1u << DYAD_COUNT_INJURED)) ? DYAD_COUNT_INJURED : DYAD_COUNT_OTHER;
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

void dy_extract_counts(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out)
{
    if (!t || !out || t->ntok == 0) return;
    const uint16_t *id = xw ? xw : dy_xw_of(t, a);
    cctx c = {.t = t, .id = id, .kinds_here = -1, .a = a, .out = out};
    for (uint32_t s = 0; s < t->nsent; s++) {
        c.b = t->sents[s].tok_begin;
        c.e = t->sents[s].tok_end;
        /* no digits and no number word: no number, nothing to do */
        uint32_t i = c.b;
        while (i < c.e && t->toks[i].kind != DY_TOK_NUMBER && !dy_xw_numeric(id[i])) i++;
        if (i == c.e) continue;
        c.s = s;
        c.first = out->n;
        c.kinds_here = -1;
        for (i = c.b; i < c.e;) {
            uint32_t q = qual_end(&c, i);
            dy_num n;
            if (!number_at(&c, q, &n)) { i++; continue; }
            if (!not_a_count(&c, i, q, &n)) consider(&c, i, &n);
            i = n.end > i ? n.end : i + 1;
        }
    }
}
