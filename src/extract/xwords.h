/* xwords.h — the fixed English words the extractors look for, as small ids.
 *
 * The date, count, number, quote and attribution extractors all ask the
 * same question of a token many times over: is it "killed", "October",
 * "of", "dozens", "said"? Instead of lower-casing the token and comparing
 * strings each time, every word token of a text is looked up once
 * (dy_xw_of, once per document in api.c) in a table of the ~900 words they
 * know, and afterwards a word is an integer: `id[i] == DY_XW_OF`,
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

/* Words that only the quote and attribution extractors name (speech verbs,
 * speaker-phrase stop words, titles, media and source nouns: quotes.c,
 * attrib.c), alphabetically; the words they share with the others are above. */
#define DY_XWORDS_SPEECH(X) \
    X(APOS_D, "'d") X(APOS_M, "'m") X(APOS_RE, "'re") X(APOS_VE, "'ve") X(ABC, "abc") \
    X(ABOVE, "above") X(ACCORD, "accord") X(ACKNOWLEDGE, "acknowledge") \
    X(ACKNOWLEDGED, "acknowledged") X(ACKNOWLEDGES, "acknowledges") X(ACROSS, "across") \
    X(ACTIVIST, "activist") X(ADDING, "adding") X(ADDS, "adds") \
    X(ADMINISTRATION, "administration") X(ADMIT, "admit") X(ADMITS, "admits") \
    X(ADMITTED, "admitted") X(ADVISED, "advised") X(AFP, "afp") X(AGAIN, "again") \
    X(AGAINST, "against") X(AGENCY, "agency") X(AGREED, "agreed") X(AGREEMENT, "agreement") \
    X(AGREES, "agrees") X(AHEAD, "ahead") X(ALBUM, "album") X(ALJAZEERA, "aljazeera") \
    X(ALLEGED, "alleged") X(ALLEGES, "alleges") X(ALONG, "along") X(ALTHOUGH, "although") \
    X(ALWAYS, "always") X(AMBASSADOR, "ambassador") X(AMERICA, "america") X(ANADOLU, "anadolu") \
    X(ANNOUNCEMENT, "announcement") X(ANNOUNCES, "announces") X(ANNOUNCING, "announcing") \
    X(ANOMALY, "anomaly") X(ANSA, "ansa") X(ANSWERED, "answered") X(ANSWERS, "answers") \
    X(AP, "ap") X(APPEAR, "appear") X(APPEARED, "appeared") X(APPEARS, "appears") \
    X(ARABIYA, "arabiya") X(ARGUED, "argued") X(ARGUES, "argues") X(ARGUING, "arguing") \
    X(ASK, "ask") X(ASKED, "asked") X(ASKING, "asking") X(ASKS, "asks") X(ASSEMBLY, "assembly") \
    X(ASSERTED, "asserted") X(ASSERTING, "asserting") X(ASSERTS, "asserts") \
    X(ASSOCIATION, "association") X(ATTORNEY, "attorney") X(BARELY, "barely") X(BBC, "bbc") \
    X(BECAME, "became") X(BECAUSE, "because") X(BECOME, "become") X(BECOMES, "becomes") \
    X(BEHIND, "behind") X(BELLY, "belly") X(BELOW, "below") X(BERNAMA, "bernama") \
    X(BEYOND, "beyond") X(BOASTED, "boasted") X(BOASTS, "boasts") X(BOOK, "book") X(BOTH, "both") \
    X(BRAGGED, "bragged") X(BROADCASTER, "broadcaster") X(BROUGHT, "brought") \
    X(BULLETIN, "bulletin") X(BULLY, "bully") X(BUREAU, "bureau") X(CALLED, "called") \
    X(CALMLY, "calmly") X(CAMPAIGN, "campaign") X(CAN, "can") X(CANDIDATE, "candidate") \
    X(CAUTIONED, "cautioned") X(CBS, "cbs") X(CENTER, "center") X(CHAIRMAN, "chairman") \
    X(CHANCELLOR, "chancellor") X(CHANNEL, "channel") X(CHANT, "chant") X(CHANTING, "chanting") \
    X(CHANTS, "chants") X(CHIEF, "chief") X(CITED, "cited") X(CITING, "citing") X(CITY, "city") \
    X(CLAIM, "claim") X(CLAIMING, "claiming") X(CLAIMS, "claims") X(CLUB, "club") X(CNN, "cnn") \
    X(COLLEGE, "college") X(COMMANDER, "commander") X(COMMENTED, "commented") \
    X(COMMITTEE, "committee") X(COMMUNIQUE, "communique") X(COMPLAINED, "complained") \
    X(COMPLAINS, "complains") X(CONCEDED, "conceded") X(CONCEDES, "concedes") \
    X(CONCLUDED, "concluded") X(CONCLUDES, "concludes") X(CONFIDED, "confided") \
    X(CONGRESS, "congress") X(CONGRESSMAN, "congressman") X(CONGRESSWOMAN, "congresswoman") \
    X(CONSTITUTION, "constitution") X(CONTENDED, "contended") X(CONTENDS, "contends") \
    X(CONTINUED, "continued") X(CONTINUES, "continues") X(CONTINUING, "continuing") \
    X(COULD, "could") X(COUNCIL, "council") X(COUNTERED, "countered") X(COUNTERS, "counters") \
    X(COUNTY, "county") X(COURT, "court") X(CRIED, "cried") X(CUSTOM, "custom") X(DAILY, "daily") \
    X(DEAL, "deal") X(DECLARE, "declare") X(DECLARES, "declares") X(DECLARING, "declaring") \
    X(DEMOCRATS, "democrats") X(DEPARTMENT, "department") X(DESCRIBED, "described") \
    X(DESCRIBES, "describes") X(DESCRIBING, "describing") X(DID, "did") X(DIRECTOR, "director") \
    X(DO, "do") X(DOCUMENT, "document") X(DOCUMENTARY, "documentary") X(DOCUMENTS, "documents") \
    X(DOES, "does") X(DOWN, "down") X(DPA, "dpa") X(DUBBED, "dubbed") X(ECHOED, "echoed") \
    X(ECHOES, "echoes") X(EFE, "efe") X(EITHER, "either") X(ELSE, "else") X(EMAILED, "emailed") \
    X(EMPHASISED, "emphasised") X(EMPHASIZED, "emphasized") X(ENTITLED, "entitled") \
    X(ENVOY, "envoy") X(EVEN, "even") X(EVER, "ever") X(EXCEPT, "except") \
    X(EXCLAIMED, "exclaimed") X(EXPLAIN, "explain") X(EXPLAINED, "explained") \
    X(EXPLAINING, "explaining") X(EXPLAINS, "explains") X(FAMILY, "family") X(FARS, "fars") \
    X(FELT, "felt") X(FILM, "film") X(FIRMLY, "firmly") X(FLATLY, "flatly") X(FOUGHT, "fought") \
    X(FOUND, "found") X(FOUNDATION, "foundation") X(FRIENDLY, "friendly") X(FULLY, "fully") \
    X(FUMED, "fumed") X(GLADLY, "gladly") X(GOES, "goes") X(GOT, "got") X(GOVERNOR, "governor") \
    X(GROUP, "group") X(GUSHED, "gushed") X(HAARETZ, "haaretz") X(HALL, "hall") \
    X(HARDLY, "hardly") X(HAVING, "having") X(HEARD, "heard") X(HERE, "here") \
    X(HERSELF, "herself") X(HIM, "him") X(HIMSELF, "himself") X(HOUSE, "house") X(HOW, "how") \
    X(HOWEVER, "however") X(HURRIYET, "hurriyet") X(I, "i") X(IF, "if") X(INSIDE, "inside") \
    X(INSIST, "insist") X(INSISTED, "insisted") X(INSISTING, "insisting") X(INSISTS, "insists") \
    X(INSTITUTE, "institute") X(INTERFAX, "interfax") X(INTERJECTED, "interjected") \
    X(IRNA, "irna") X(ISNA, "isna") X(ITSELF, "itself") X(JAZEERA, "jazeera") X(JOKED, "joked") \
    X(JOKES, "jokes") X(JOKING, "joking") X(JOURNAL, "journal") X(JUDGE, "judge") X(KCNA, "kcna") \
    X(KEPT, "kept") X(KNEW, "knew") X(KUNA, "kuna") X(KYODO, "kyodo") X(LAMENTED, "lamented") \
    X(LAMENTS, "laments") X(LAW, "law") X(LAWMAKER, "lawmaker") X(LAWS, "laws") \
    X(LAWYER, "lawyer") X(LEADER, "leader") X(LET, "let") X(LIKE, "like") X(LIKELY, "likely") \
    X(LONELY, "lonely") X(LOVELY, "lovely") X(MAINTAINED, "maintained") X(MAINTAINS, "maintains") \
    X(MARVELED, "marveled") X(MAYOR, "mayor") X(ME, "me") X(MEANWHILE, "meanwhile") \
    X(MEDIA, "media") X(MEHR, "mehr") X(MEMOIR, "memoir") X(MENA, "mena") X(MERELY, "merely") \
    X(MIGHT, "might") X(MINISTER, "minister") X(MONITOR, "monitor") X(MONOPOLY, "monopoly") \
    X(MONTHLY, "monthly") X(MOSTLY, "mostly") X(MOVIE, "movie") X(MSNBC, "msnbc") X(MUCH, "much") \
    X(MUSED, "mused") X(MUSES, "muses") X(MUSICAL, "musical") X(MUST, "must") X(MY, "my") \
    X(N_APOS_T, "n't") X(NAMED, "named") X(NBC, "nbc") X(NEITHER, "neither") X(NETWORK, "network") \
    X(NEVER, "never") X(NEWS, "news") X(NEWSPAPER, "newspaper") X(NEWSPAPERS, "newspapers") \
    X(NOR, "nor") X(NOTED, "noted") X(NOTES, "notes") X(NOTING, "noting") X(NOVEL, "novel") \
    X(NPR, "npr") X(OBSERVATORY, "observatory") X(OBSERVED, "observed") X(OBSERVES, "observes") \
    X(OFF, "off") X(OFFICE, "office") X(OFFICIAL, "official") X(OFFICIALS, "officials") \
    X(ONCE, "once") X(ONTO, "onto") X(OPENLY, "openly") X(OPINED, "opined") X(ORDERLY, "orderly") \
    X(OUR, "our") X(OUT, "out") X(OUTLET, "outlet") X(OUTSIDE, "outside") X(PAPER, "paper") \
    X(PARTLY, "partly") X(PARTY, "party") X(PERHAPS, "perhaps") X(PLAN, "plan") X(PLAY, "play") \
    X(PLEADED, "pleaded") X(POST, "post") X(POSTED, "posted") X(POSTING, "posting") \
    X(PREDICTED, "predicted") X(PRESIDENT, "president") X(PRESS, "press") \
    X(PREVIOUSLY, "previously") X(PRIME, "prime") X(PROCLAIMED, "proclaimed") \
    X(PROGRAM, "program") X(PROGRAMME, "programme") X(PROMISED, "promised") \
    X(PROMISING, "promising") X(PROSECUTOR, "prosecutor") X(PROTOCOL, "protocol") \
    X(PUBLICLY, "publicly") X(PUT, "put") X(QNA, "qna") X(QUARTERLY, "quarterly") \
    X(QUIPPED, "quipped") X(QUIPPING, "quipping") X(QUIPS, "quips") X(QUOTED, "quoted") \
    X(RADIO, "radio") X(RARELY, "rarely") X(RATHER, "rather") X(READ, "read") X(READS, "reads") \
    X(REALLY, "really") X(REASONED, "reasoned") X(RECALLED, "recalled") X(RECALLING, "recalling") \
    X(RECALLS, "recalls") X(RECENTLY, "recently") X(RECOUNTED, "recounted") \
    X(RECOUNTS, "recounts") X(REITERATED, "reiterated") X(REITERATES, "reiterates") \
    X(RELEASE, "release") X(REMARKED, "remarked") X(REPEATED, "repeated") X(REPLIED, "replied") \
    X(REPLIES, "replies") X(REPORT, "report") X(REPORTS, "reports") \
    X(REPRESENTATIVE, "representative") X(REPUBLICANS, "republicans") X(RESIDENT, "resident") \
    X(RESPOND, "respond") X(RESPONDED, "responded") X(RESPONDS, "responds") \
    X(RETORTED, "retorted") X(REUTERS, "reuters") X(RIA, "ria") X(RULE, "rule") X(RULES, "rules") \
    X(SANA, "sana") X(SAT, "sat") X(SAYING, "saying") X(SCHEDULE, "schedule") \
    X(SCOFFED, "scoffed") X(SCREAMED, "screamed") X(SCREAMING, "screaming") \
    X(SECRETARY, "secretary") X(SEEM, "seem") X(SEEMED, "seemed") X(SEEMS, "seems") \
    X(SEEN, "seen") X(SENATE, "senate") X(SENATOR, "senator") X(SERIES, "series") \
    X(SERVICE, "service") X(SHOULD, "should") X(SHOUTING, "shouting") X(SHOW, "show") \
    X(SIGHED, "sighed") X(SINCE, "since") X(SNAPPED, "snapped") X(SO, "so") X(SONG, "song") \
    X(SOURCE, "source") X(SOURCES, "sources") X(SPENT, "spent") X(SPOKESMAN, "spokesman") \
    X(SPOKESPERSON, "spokesperson") X(SPOKESWOMAN, "spokeswoman") X(SPUTNIK, "sputnik") \
    X(STATEMENT, "statement") X(STATEMENTS, "statements") X(STATES, "states") \
    X(STATING, "stating") X(STATION, "station") X(STRESSED, "stressed") X(STRESSES, "stresses") \
    X(STRESSING, "stressing") X(SUCH, "such") X(SUGGESTED, "suggested") \
    X(SUGGESTING, "suggesting") X(SUGGESTS, "suggests") X(SUPPLY, "supply") X(TASNIM, "tasnim") \
    X(TASS, "tass") X(TELEVISION, "television") X(TELL, "tell") X(TELLING, "telling") \
    X(TELLS, "tells") X(TERMS, "terms") X(TESTIFIED, "testified") X(TEXTED, "texted") \
    X(THEMSELVES, "themselves") X(THERE, "there") X(THOUGH, "though") X(THOUGHT, "thought") \
    X(THREW, "threw") X(THUNDERED, "thundered") X(THUS, "thus") X(TIMETABLE, "timetable") \
    X(TITLED, "titled") X(TOGETHER, "together") X(TOO, "too") X(TOWARD, "toward") \
    X(TOWARDS, "towards") X(TRADITION, "tradition") X(TREATY, "treaty") X(TV, "tv") \
    X(TWEETING, "tweeting") X(TWEETS, "tweets") X(UGLY, "ugly") X(UNION, "union") \
    X(UNIVERSITY, "university") X(UNLESS, "unless") X(UNLIKELY, "unlikely") X(UPI, "upi") \
    X(UPON, "upon") X(URGED, "urged") X(URGES, "urges") X(URGING, "urging") X(VERY, "very") \
    X(VIA, "via") X(VOWED, "vowed") X(VOWING, "vowing") X(VOWS, "vows") X(WAFA, "wafa") \
    X(WAM, "wam") X(WARNED, "warned") X(WARNING, "warning") X(WARNS, "warns") X(WAY, "way") \
    X(WEBSITE, "website") X(WEEKLY, "weekly") X(WHAT, "what") X(WHETHER, "whether") \
    X(WHISPERED, "whispered") X(WHY, "why") X(WIRE, "wire") X(WITHIN, "within") \
    X(WITHOUT, "without") X(WITNESS, "witness") X(WITNESSES, "witnesses") X(WONDERED, "wondered") \
    X(WONDERS, "wonders") X(WRITE, "write") X(WRITES, "writes") X(WRITING, "writing") \
    X(WRITTEN, "written") X(XINHUA, "xinhua") X(YEARLY, "yearly") X(YELLED, "yelled") \
    X(YELLING, "yelling") X(YELLS, "yells") X(YET, "yet") X(YONHAP, "yonhap") X(YOU, "you") \
    X(YOUR, "your")

#define DY_XWORDS(X) DY_XWORDS_NUMERIC(X) DY_XWORDS_NUMHELP(X) DY_XWORDS_OTHER(X) DY_XWORDS_SPEECH(X)

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
#define DY_XW_SLOT_BITS 12
extern const uint16_t dy_xw_slots[1u << DY_XW_SLOT_BITS];
unsigned dy_xw_hash(const char *w, size_t n);

#endif
