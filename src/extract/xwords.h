/* xwords.h — the fixed English words the extractors look for, as small ids.
 *
 * The date, count and number extractors all ask the same question of a
 * token many times over: is it "killed", "October", "of", "dozens"? Instead
 * of lower-casing the token and comparing strings each time, every word
 * token of a text is looked up once (dy_xw_of) in a table of the ~420
 * words they know, and afterwards a word is an integer: `id[i] == DY_XW_OF`,
 * or a row of a per-extractor table indexed by id (`cwords[DY_XW_KILLED]`).
 *
 * The list below is the single place where these words are spelled. Each
 * extractor keeps its own meaning for them in a const table with designated
 * initialisers (`[DY_XW_OCTOBER] = {D_MONTH | D_FULL, 10}`), so a word used
 * there but missing here is a compile error.
 *
 * A token matches a word when its text, with ASCII letters lower-cased, a
 * curly apostrophe read as ', and the final period of an abbreviation
 * ("Oct.") dropped, equals the word. Such an altered match carries
 * DY_XW_INEXACT, so `id[i] == DY_XW_A` also means "the token is exactly a/A",
 * which is what a plain case-insensitive comparison of the token would say
 * ("A." the initial is DY_XW_A | DY_XW_INEXACT). Only DY_TOK_WORD tokens get
 * ids; every token made of letters is one. */
#ifndef DY_XWORDS_H
#define DY_XWORDS_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"
#include "util/arena.h"

/* Number words that can begin a number (units, teens, tens, scale words and
 * vague plurals): numwords.c. A sentence with none of these and no digits
 * holds no number. Keep them first: dy_xw_numeric() tests the id range. */
#define DY_XWORDS_NUMERIC(X) \
    X(BILLION, "billion") X(BILLIONS, "billions") X(BN, "bn") X(DOZEN, "dozen") \
    X(DOZENS, "dozens") X(EIGHT, "eight") X(EIGHTEEN, "eighteen") X(EIGHTY, "eighty") \
    X(ELEVEN, "eleven") X(FIFTEEN, "fifteen") X(FIFTY, "fifty") X(FIVE, "five") X(FORTY, "forty") \
    X(FOUR, "four") X(FOURTEEN, "fourteen") X(HUNDRED, "hundred") X(HUNDREDS, "hundreds") \
    X(MILLION, "million") X(MILLIONS, "millions") X(MLN, "mln") X(NINE, "nine") \
    X(NINETEEN, "nineteen") X(NINETY, "ninety") X(ONE, "one") X(SCORES, "scores") \
    X(SEVEN, "seven") X(SEVENTEEN, "seventeen") X(SEVENTY, "seventy") X(SIX, "six") \
    X(SIXTEEN, "sixteen") X(SIXTY, "sixty") X(TEN, "ten") X(TENS, "tens") X(THIRTEEN, "thirteen") \
    X(THIRTY, "thirty") X(THOUSAND, "thousand") X(THOUSANDS, "thousands") X(THREE, "three") \
    X(TRILLION, "trillion") X(TWELVE, "twelve") X(TWENTY, "twenty") X(TWO, "two") X(ZERO, "zero")

/* Words that only help a number along: "a dozen", "half a million", "a
 * few hundred", "several thousand", "one hundred and five". */
#define DY_XWORDS_NUMHELP(X) \
    X(A, "a") X(AN, "an") X(AND, "and") X(FEW, "few") X(HALF, "half") X(SEVERAL, "several")

/* Everything else the extractors name, alphabetically. */
#define DY_XWORDS_OTHER(X) \
    X(APOS_LL, "'ll") X(A_M, "a.m") X(ABOUT, "about") X(ACCORDING, "according") X(ACRES, "acres") \
    X(ADDED, "added") X(ADDITIONAL, "additional") X(AFTER, "after") X(AFTERNOON, "afternoon") \
    X(AGE, "age") X(AGED, "aged") X(AGES, "ages") X(AGO, "ago") X(ALL, "all") \
    X(ALLEGEDLY, "allegedly") X(ALMOST, "almost") X(ALREADY, "already") X(ALSO, "also") \
    X(AM, "am") X(AMONG, "among") X(ANNOUNCED, "announced") X(ANOTHER, "another") X(ANY, "any") \
    X(APPREHENDED, "apprehended") X(APPROXIMATELY, "approximately") X(APR, "apr") \
    X(APRIL, "april") X(ARE, "are") X(AROUND, "around") X(ARREST, "arrest") \
    X(ARRESTED, "arrested") X(ARRESTING, "arresting") X(ARRESTS, "arrests") X(AS, "as") \
    X(AT, "at") X(ATTACKED, "attacked") X(ATTENDED, "attended") X(AUG, "aug") X(AUGUST, "august") \
    X(BARRELS, "barrels") X(BE, "be") X(BEATEN, "beaten") X(BEEN, "been") X(BEFORE, "before") \
    X(BEGAN, "began") X(BEING, "being") X(BELIEVED, "believed") X(BETWEEN, "between") \
    X(BLOCKED, "blocked") X(BODIES, "bodies") X(BROKE, "broke") X(BURNED, "burned") X(BUT, "but") \
    X(BY, "by") X(CAME, "came") X(CARRIED, "carried") X(CASUALTIES, "casualties") \
    X(CENTS, "cents") X(CHANTED, "chanted") X(CHILDREN, "children") X(CIVILIANS, "civilians") \
    X(CLAIMED, "claimed") X(CLASHED, "clashed") X(CLIMBED, "climbed") X(CLOSE, "close") \
    X(CM, "cm") X(COMING, "coming") X(CONFIRMED, "confirmed") X(CORPSES, "corpses") \
    X(CROWD, "crowd") X(CUSTODY, "custody") X(DAY, "day") X(DAYS, "days") X(DEAD, "dead") \
    X(DEATH, "death") X(DEATHS, "deaths") X(DEC, "dec") X(DECEMBER, "december") \
    X(DECLARED, "declared") X(DEGREES, "degrees") X(DEMANDED, "demanded") \
    X(DEMONSTRATED, "demonstrated") X(DEMONSTRATION, "demonstration") \
    X(DEMONSTRATORS, "demonstrators") X(DETAINED, "detained") X(DETAINING, "detaining") \
    X(DIED, "died") X(DISPLACED, "displaced") X(DISPLACING, "displacing") X(DOLLARS, "dollars") \
    X(DREW, "drew") X(DROWNED, "drowned") X(DUE, "due") X(DURING, "during") X(EACH, "each") \
    X(EARLIER, "earlier") X(EARLY, "early") X(ESTIMATED, "estimated") X(EUROS, "euros") \
    X(EVACUATED, "evacuated") X(EVACUATING, "evacuating") X(EVACUEES, "evacuees") \
    X(EVENING, "evening") X(EVERY, "every") X(EXECUTED, "executed") X(EXPECTED, "expected") \
    X(FACE, "face") X(FACED, "faced") X(FAMILIES, "families") X(FATALITIES, "fatalities") \
    X(FEARED, "feared") X(FEB, "feb") X(FEBRUARY, "february") X(FEET, "feet") X(FELL, "fell") \
    X(FEWER, "fewer") X(FLED, "fled") X(FLEE, "flee") X(FLEEING, "fleeing") X(FOR, "for") \
    X(FORCED, "forced") X(FRIDAY, "friday") X(FROM, "from") X(FURTHER, "further") \
    X(GATHERED, "gathered") X(GATHERING, "gathering") X(GAVE, "gave") X(HAD, "had") X(HAS, "has") \
    X(HAVE, "have") X(HE, "he") X(HECTARES, "hectares") X(HELD, "held") X(HER, "her") \
    X(HIS, "his") X(HIT, "hit") X(HOMELESS, "homeless") X(HOSPITALISED, "hospitalised") \
    X(HOSPITALIZED, "hospitalized") X(HOUR, "hour") X(HOURS, "hours") X(HURT, "hurt") X(IN, "in") \
    X(INCLUDING, "including") X(INCREASED, "increased") X(INJURED, "injured") \
    X(INJURIES, "injuries") X(INJURING, "injuring") X(INTO, "into") X(IS, "is") X(IT, "it") \
    X(ITS, "its") X(JAILED, "jailed") X(JAN, "jan") X(JANUARY, "january") X(JUL, "jul") \
    X(JULY, "july") X(JUMPED, "jumped") X(JUN, "jun") X(JUNE, "june") X(JUST, "just") X(KG, "kg") \
    X(KIDNAPPED, "kidnapped") X(KILL, "kill") X(KILLED, "killed") X(KILLING, "killing") \
    X(KILOGRAMS, "kilograms") X(KILOMETERS, "kilometers") X(KILOMETRES, "kilometres") X(KM, "km") \
    X(LAST, "last") X(LATE, "late") X(LATER, "later") X(LEAST, "least") X(LED, "led") \
    X(LEFT, "left") X(LESS, "less") X(LIFE, "life") X(LITERS, "liters") X(LITRES, "litres") \
    X(LIVE, "live") X(LIVED, "lived") X(LIVES, "lives") X(LOST, "lost") X(MADE, "made") \
    X(MANY, "many") X(MAR, "mar") X(MARCH, "march") X(MARCHED, "marched") X(MARCHERS, "marchers") \
    X(MASSACRED, "massacred") X(MAY, "may") X(MEN, "men") X(MET, "met") X(METERS, "meters") \
    X(METRES, "metres") X(MID, "mid") X(MILES, "miles") X(MILITANTS, "militants") \
    X(MINUTE, "minute") X(MINUTES, "minutes") X(MISSING, "missing") X(MM, "mm") \
    X(MONDAY, "monday") X(MONTH, "month") X(MONTHS, "months") X(MORE, "more") \
    X(MORNING, "morning") X(MOST, "most") X(MPH, "mph") X(MURDERED, "murdered") X(NEAR, "near") \
    X(NEARLY, "nearly") X(NEED, "need") X(NEEDED, "needed") X(NEXT, "next") X(NIGHT, "night") \
    X(NO, "no") X(NONE, "none") X(NOT, "not") X(NOV, "nov") X(NOVEMBER, "november") X(NOW, "now") \
    X(NUMBER, "number") X(O_CLOCK, "o'clock") X(OCT, "oct") X(OCTOBER, "october") X(OF, "of") \
    X(ON, "on") X(ONLY, "only") X(OR, "or") X(OTHERS, "others") X(OVER, "over") X(P_M, "p.m") \
    X(PART, "part") X(PARTICIPANTS, "participants") X(PAST, "past") X(PEOPLE, "people") \
    X(PER, "per") X(PERCENT, "percent") X(PERISHED, "perished") X(PERSONS, "persons") \
    X(PLANNED, "planned") X(PLANS, "plans") X(PM, "pm") X(POINTS, "points") X(POLICE, "police") \
    X(POUNDS, "pounds") X(PREVIOUS, "previous") X(PROTEST, "protest") X(PROTESTED, "protested") \
    X(PROTESTERS, "protesters") X(PROTESTORS, "protestors") X(RALLIED, "rallied") \
    X(RALLY, "rally") X(RAN, "ran") X(REACHED, "reached") X(REFUGEES, "refugees") \
    X(REMAIN, "remain") X(REMAINED, "remained") X(REMAINS, "remains") X(REPORTED, "reported") \
    X(REPORTEDLY, "reportedly") X(RESIDENTS, "residents") X(RISEN, "risen") X(ROSE, "rose") \
    X(ROUGHLY, "roughly") X(ROUNDED, "rounded") X(RUPEES, "rupees") X(SAID, "said") \
    X(SATURDAY, "saturday") X(SAW, "saw") X(SAY, "say") X(SAYS, "says") X(SCHEDULED, "scheduled") \
    X(SEATS, "seats") X(SECOND, "second") X(SECONDS, "seconds") X(SENT, "sent") X(SEP, "sep") \
    X(SEPT, "sept") X(SEPTEMBER, "september") X(SHALL, "shall") X(SHE, "she") X(SHOT, "shot") \
    X(SHOUTED, "shouted") X(SLAIN, "slain") X(SLATED, "slated") X(SOLDIERS, "soldiers") \
    X(SOME, "some") X(SPOKE, "spoke") X(SQUARE, "square") X(STANDS, "stands") X(STATED, "stated") \
    X(STILL, "still") X(STOOD, "stood") X(STORMED, "stormed") X(STREET, "street") \
    X(STREETS, "streets") X(STRUCK, "struck") X(STUDENTS, "students") X(SUNDAY, "sunday") \
    X(TAKEN, "taken") X(THAN, "than") X(THAT, "that") X(THE, "the") X(THEIR, "their") \
    X(THEM, "them") X(THEN, "then") X(THESE, "these") X(THEY, "they") X(THIS, "this") \
    X(THOSE, "those") X(THROUGH, "through") X(THROUGHOUT, "throughout") X(THRU, "thru") \
    X(THURSDAY, "thursday") X(TILL, "till") X(TIMES, "times") X(TO, "to") X(TODAY, "today") \
    X(TOLD, "told") X(TOLL, "toll") X(TOMORROW, "tomorrow") X(TONIGHT, "tonight") \
    X(TONNES, "tonnes") X(TONS, "tons") X(TOOK, "took") X(TOTAL, "total") X(TROOPS, "troops") \
    X(TUESDAY, "tuesday") X(TURNOUT, "turnout") X(TWEETED, "tweeted") X(UNDER, "under") \
    X(UNTIL, "until") X(UP, "up") X(UPCOMING, "upcoming") X(UPROOTED, "uprooted") \
    X(UPWARDS, "upwards") X(US, "us") X(VICTIMS, "victims") X(VILLAGERS, "villagers") \
    X(VOTES, "votes") X(WAS, "was") X(WAVED, "waved") X(WE, "we") X(WEDNESDAY, "wednesday") \
    X(WEEK, "week") X(WEEKEND, "weekend") X(WEEKS, "weeks") X(WELL, "well") X(WENT, "went") \
    X(WERE, "were") X(WHEN, "when") X(WHERE, "where") X(WHICH, "which") X(WHILE, "while") \
    X(WHO, "who") X(WHOM, "whom") X(WHOSE, "whose") X(WILL, "will") X(WITH, "with") \
    X(WOMEN, "women") X(WON, "won") X(WORKERS, "workers") X(WOULD, "would") X(WOUNDED, "wounded") \
    X(WOUNDING, "wounding") X(WROTE, "wrote") X(YEAR, "year") X(YEARS, "years") \
    X(YESTERDAY, "yesterday") X(YUAN, "yuan")

#define DY_XWORDS(X) DY_XWORDS_NUMERIC(X) DY_XWORDS_NUMHELP(X) DY_XWORDS_OTHER(X)

#define DY_XW_ENUM_(name, str) DY_XW_##name,
enum dy_xword {
    DY_XW_UNLISTED = 0,  /* not a listed word (or not a word) */
    DY_XWORDS(DY_XW_ENUM_)
    DY_XW_COUNT
};
#undef DY_XW_ENUM_

/* Flag on an id: the match needed the period dropped or ’ read as '. */
#define DY_XW_INEXACT 0x8000u
/* The word of an id with or without the flag. */
#define DY_XW_ID(x) ((unsigned)(x) & 0x7fffu)

/* Longest word in the list, in bytes. */
#define DY_XW_MAXLEN 15

/* How many words each group has; the ids of a group are consecutive. */
#define DY_XW_ONE_(name, str) +1
enum {
    DY_XW_NNUMERIC = 0 DY_XWORDS_NUMERIC(DY_XW_ONE_),
    DY_XW_NNUMHELP = 0 DY_XWORDS_NUMHELP(DY_XW_ONE_)
};
#undef DY_XW_ONE_

/* Is word `id` (flag or not) one of DY_XWORDS_NUMERIC? Of either number group? */
static inline int dy_xw_numeric(unsigned id) { return DY_XW_ID(id) - 1u < (unsigned)DY_XW_NNUMERIC; }
static inline int dy_xw_number(unsigned id)
{
    return DY_XW_ID(id) - 1u < (unsigned)(DY_XW_NNUMERIC + DY_XW_NNUMHELP);
}

/* Ids for all tokens of t, in arena a: t->ntok entries plus a 0 after the
 * last, so looking one token past the text is safe. */
uint16_t *dy_xw_of(const dy_text *t, dy_arena *a);

/* Id of token i (with DY_XW_INEXACT where it applies), 0 if not a listed word. */
unsigned dy_xw_id(const dy_text *t, uint32_t i);

/* Id of the lower-case word w[0..n), 0 if not listed; the word of an id. */
unsigned dy_xw_find(const char *w, size_t n);
const char *dy_xw_str(unsigned id);

/* The hash table behind dy_xw_find, for tests/extract/test_xwords.c, which
 * checks it and prints a fresh one for xwords_slots.inc when the list changes. */
#define DY_XW_SLOT_BITS 11
extern const uint16_t dy_xw_slots[1u << DY_XW_SLOT_BITS];
unsigned dy_xw_hash(const char *w, size_t n);

#endif
