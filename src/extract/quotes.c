/* quotes.c — stage 6: direct quotations and who spoke them.
 *
 * News attributes most statements through a handful of fixed shapes:
 *     “We will fight,” he said.            “…,” said Erdogan.
 *     Erdogan told reporters: “…”          “…,” according to a statement.
 * so a parser is not needed: one left-to-right pass pairs quote marks, and
 * small bounded windows either side of each pair look for a speech verb
 * ("cue") and the noun phrase next to it (the speaker). Everything is
 * decided from token kinds, capitalisation and short closed word lists, so
 * the rules can be read, tested and argued with.
 *
 * Pairing (linear: each mark is looked at once, each quote's windows have a
 * constant size, and quotes never overlap except the British nesting case,
 * which is undone in O(1)):
 *   - double marks (" “ ” „ « », and '' as in the NYT archive) pair by the
 *     tokenizer's open/close flags; an open mark while another is open
 *     abandons the first (unbalanced); a close with nothing open is ignored;
 *   - single marks (‘ ’ ' ‹ ›) inside a double quote are nested quotes and
 *     stay part of the outer one. At top level they pair the same way (British
 *     style) but an opening single must be followed by a word, so "’90s" and
 *     "rock ’n’ roll" do not open anything; "Kenya’s" and "don’t" never reach
 *     us (the tokenizer makes them a possessive and a clitic). A single quote
 *     that swallowed double quotes replaces them only if it has a cue;
 *   - at a paragraph break an open quote continues if the next paragraph opens
 *     with a mark of the same family (the news convention for a quote running
 *     over paragraphs: no close mark, re-open at the next paragraph); else a
 *     quote that opened the paragraph runs to its end, and any other unclosed
 *     quote is dropped. The record of a continued quote spans all its
 *     paragraphs; the inner re-opening marks stay inside its text.
 *
 * Cues, tried in this order (judge()):
 *   introducing it   "said that “", "scolded him: “", "he warned, “" —
 *                     a cue that introduces the quote outranks one after it;
 *   after the quote   "”, he said", "”, said Erdogan", "”, the minister told
 *                     Reuters", "”, according to a statement", "”, Yilmaz,
 *                     the minister, said", "”, he went on", "” ― Name"; after
 *                     “…,” or “…?” any verb will do ("Bozell points out",
 *                     "blared the Herald"), with appositions, brackets and
 *                     auxiliaries between ("McConnell, R-Ky., said", "a
 *                     reporter can be heard asking"). A cue clause that runs
 *                     into the next quote ("Mills writes back, “") yields to
 *                     a cue before this one;
 *   before the quote  "he said: “", "told reporters in Ankara, “", "According
 *                     to Anadolu, “", "Name: ‘…’" (a nearer verb that is no
 *                     cue ends the search: "When Trump said …, Rubio fired
 *                     back: “");
 *   continuation      a quote right after the previous quote's cue clause
 *                     ("“A,” he said. “B.”") has the same speaker;
 *   in the sentence   a cue earlier in the sentence ("Morris says the
 *                     campaign will “compete vigorously”") or a ", he said"
 *                     later in it: gives a speaker only.
 * With no cue (fallback_speaker()): after a colon, the subject of the clause
 * before it ("Cruz called them on it: “…”"); inside a sentence, the subject
 * of the nearest verb before the quote ("Moore thanked him for “…”"); else
 * the previous quote's speaker when at most one paragraph lies between
 * (news runs one speaker's quotes on without repeating the cue).
 * A speech verb's speaker is its subject (through a relative pronoun: "a
 * headline that said"; past the object of a participle: "a source speaking
 * to Fox News said"), or the phrase after it for an inverted "said
 * Erdogan:" (never after tell/ask, whose object is the addressee); for an
 * infinitive, the subject of the verb governing it ("was prompted to say");
 * for "saying"/"adding" after a comma or an object ("emailed supporters
 * saying") and a coordinated "… and said", the subject of the nearest
 * earlier verb of the sentence ("Trump returned the compliment, telling
 * Reuters, “…”"), skipping verbs of subordinate clauses ("an admission that
 * soldiers had fought").
 * A "he"/"she" speaker is resolved (resolve()) to the nearest earlier person
 * mention outside quotations: two capitalised words or more, a title and a
 * name ("Mr. Trump", "spokesman Haley Morris"), or a name with a speech verb
 * ("Rubio said"), not an institution ("the White House").
 *
 * Not quotations: a span with no cue next to it that is not a sentence on its
 * own and either (a) has at most 4 words, nothing verb-like inside (pronoun,
 * auxiliary, modal, negation) and no cue earlier in its sentence — scare
 * quotes: the “moderate rebels”; "so-called" always marks one — or (b) is all
 * title case (“Make America Great Again”). A title-case span after a
 * possessive, "on"/"in"/"of"/"called" or a kind of work ("the reality show")
 * is a title even with a cue (Fox News's “Sunday Morning Futures,” Issa
 * said), so is a span followed by its author ("“…,” by Times' Ben Sisario"),
 * a short span followed by the noun it modifies (the “Never Trump”
 * movement), and a paragraph that is only a single-quoted phrase (a
 * subheading). A short span in reported speech ("Obama said the law is
 * “ripe for abuse”") is a partial quotation.
 *
 * Speaker noun phrases (np_core_after/np_core_before): a subject pronoun;
 * or a determiner ("the", "a", "his", a number …) plus words; or a capitalised
 * word or lowercase title ("spokesman") plus words; words are any tokens not
 * on the stop list (prepositions, auxiliaries, conjunctions, time words,
 * cue verbs), joined by hyphens and possessives; at most two "of/for/at/from"
 * tails ("a spokesman for the ministry"); ten tokens at most. Without part of
 * speech tags a phrase can run into a verb, so a past form ("-ed", "spoke")
 * ends a phrase unless it modifies what follows ("the detained journalist").
 *
 * The noun-phrase helpers (dy_speech_*) are shared with attrib.c, which
 * repeats their prototypes: keep the two in step. */
#include "extract/extract.h"
#include "util/check.h"

#include <string.h>

/* ---------------------------------------------- shared with attrib.c */
#include "extract/speech.h"

#define NONE UINT32_MAX
#define NP_MAX 10        /* tokens in one noun phrase (before tails) */
#define CUE_WINDOW 10    /* tokens between a cue and the open mark it introduces */
#define SENT_WINDOW 40   /* how far back a same-sentence cue is looked for */

/* ------------------------------------------------------------ word classes
 *
 * Every word the rules name is an xwords id (xwords.h), looked up once per
 * document (dy_xw_of); the tables below give each id its classes, read
 * for a token when a rule asks (cls()), so no rule compares strings. */

enum {
    S_PRON  = 1u << 0,  /* subject pronoun that can speak: he she they it i we */
    S_DET   = 1u << 1,  /* determiner opening a speaker phrase */
    S_STOP  = 1u << 2,  /* function or time word: never inside a speaker phrase */
    S_CUE   = 1u << 3,  /* speech verb form (lowercase only) */
    S_ING   = 1u << 4,  /* … its -ing form ("saying"), subject is elsewhere */
    S_ADV   = 1u << 5,  /* may stand between speaker and cue: "also", "has", "reportedly" */
    S_TITLE = 1u << 6,  /* lowercase role noun that may start a name: "spokesman Haley Morris" */
    S_TAIL  = 1u << 7,  /* of for at from: "a spokesman for the ministry" */
    S_ACC   = 1u << 8,  /* "according" */
    S_TO    = 1u << 9,  /* "to" */
    S_VERBY = 1u << 10, /* marks a clause inside a short quote: pronouns, auxiliaries, negation */
    S_THAT  = 1u << 11, /* "that" */
    S_MINOR = 1u << 12, /* small words allowed lowercase in a title ("of", "the") */
    S_PAST  = 1u << 13, /* irregular past verb: "spoke", "met" (cuts a guessed subject) */
    S_TELL  = 1u << 14  /* tell/ask: the object right after it is the addressee */
};

#define ST S_STOP
#define SV (S_STOP | S_VERBY)
#define SA (S_STOP | S_ADV)
#define SAV (S_STOP | S_ADV | S_VERBY)
#define SM (S_STOP | S_MINOR)
#define CU S_CUE
#define CI (S_CUE | S_ING)
#define PA S_PAST
#define TE (S_CUE | S_TELL)
#define TI (S_CUE | S_ING | S_TELL)

/* The class of each word, by its xwords id (xwords.h spells the words:
 * lowercase, the curly apostrophe read as '). */
static const uint16_t wordcls[DY_XW_COUNT] = {
    [DY_XW_APOS_D] = SV, [DY_XW_APOS_LL] = SV, [DY_XW_APOS_M] = SV, [DY_XW_APOS_RE] = SV,
    [DY_XW_APOS_VE] = SV, [DY_XW_A] = S_DET | S_MINOR, [DY_XW_ABOUT] = ST, [DY_XW_ABOVE] = ST,
    [DY_XW_ACCORDING] = S_ACC | S_STOP, [DY_XW_ACKNOWLEDGE] = CU, [DY_XW_ACKNOWLEDGED] = CU,
    [DY_XW_ACKNOWLEDGES] = CU, [DY_XW_ACROSS] = ST, [DY_XW_ACTIVIST] = S_TITLE, [DY_XW_ADDED] = CU,
    [DY_XW_ADDING] = CI, [DY_XW_ADDS] = CU, [DY_XW_ADMIT] = CU, [DY_XW_ADMITS] = CU,
    [DY_XW_ADMITTED] = CU, [DY_XW_ADVISED] = CU, [DY_XW_AFTER] = ST, [DY_XW_AGAIN] = SA,
    [DY_XW_AGAINST] = ST, [DY_XW_AGO] = ST, [DY_XW_AGREED] = CU, [DY_XW_AGREES] = CU,
    [DY_XW_AHEAD] = ST, [DY_XW_ALL] = ST, [DY_XW_ALLEGED] = CU, [DY_XW_ALLEGES] = CU,
    [DY_XW_ALONG] = ST, [DY_XW_ALREADY] = SA, [DY_XW_ALSO] = SA, [DY_XW_ALTHOUGH] = ST,
    [DY_XW_ALWAYS] = SA, [DY_XW_AM] = SAV, [DY_XW_AMBASSADOR] = S_TITLE, [DY_XW_AMONG] = ST,
    [DY_XW_AN] = S_DET | S_MINOR, [DY_XW_AND] = SM, [DY_XW_ANNOUNCED] = CU, [DY_XW_ANNOUNCES] = CU,
    [DY_XW_ANNOUNCING] = CI, [DY_XW_ANOTHER] = S_DET, [DY_XW_ANSWERED] = CU, [DY_XW_ANSWERS] = CU,
    [DY_XW_ANY] = ST, [DY_XW_APPEAR] = ST, [DY_XW_APPEARED] = ST, [DY_XW_APPEARS] = ST,
    [DY_XW_APRIL] = ST, [DY_XW_ARE] = SAV, [DY_XW_ARGUED] = CU, [DY_XW_ARGUES] = CU,
    [DY_XW_ARGUING] = CI, [DY_XW_AROUND] = ST, [DY_XW_AS] = ST, [DY_XW_ASK] = TE,
    [DY_XW_ASKED] = TE, [DY_XW_ASKING] = TI, [DY_XW_ASKS] = TE, [DY_XW_ASSERTED] = CU,
    [DY_XW_ASSERTING] = CI, [DY_XW_ASSERTS] = CU, [DY_XW_AT] = S_STOP | S_TAIL | S_MINOR,
    [DY_XW_ATTORNEY] = S_TITLE, [DY_XW_AUGUST] = ST, [DY_XW_BARELY] = SA, [DY_XW_BE] = SV,
    [DY_XW_BECAME] = ST, [DY_XW_BECAUSE] = ST, [DY_XW_BECOME] = ST, [DY_XW_BECOMES] = ST,
    [DY_XW_BEEN] = SV, [DY_XW_BEFORE] = ST, [DY_XW_BEGAN] = PA, [DY_XW_BEHIND] = ST,
    [DY_XW_BEING] = SV, [DY_XW_BELOW] = ST, [DY_XW_BETWEEN] = ST, [DY_XW_BEYOND] = ST,
    [DY_XW_BOASTED] = CU, [DY_XW_BOASTS] = CU, [DY_XW_BOTH] = S_DET, [DY_XW_BRAGGED] = CU,
    [DY_XW_BROKE] = PA, [DY_XW_BROUGHT] = PA, [DY_XW_BUT] = ST, [DY_XW_BY] = SM,
    [DY_XW_CALMLY] = SA, [DY_XW_CAME] = PA, [DY_XW_CAN] = SV, [DY_XW_CANDIDATE] = S_TITLE,
    [DY_XW_CAUTIONED] = CU, [DY_XW_CHAIRMAN] = S_TITLE, [DY_XW_CHANCELLOR] = S_TITLE,
    [DY_XW_CHANT] = CU, [DY_XW_CHANTED] = CU, [DY_XW_CHANTING] = CI, [DY_XW_CHANTS] = CU,
    [DY_XW_CHIEF] = S_TITLE, [DY_XW_CLAIM] = CU, [DY_XW_CLAIMED] = CU, [DY_XW_CLAIMING] = CI,
    [DY_XW_CLAIMS] = CU, [DY_XW_COMMANDER] = S_TITLE, [DY_XW_COMMENTED] = CU,
    [DY_XW_COMPLAINED] = CU, [DY_XW_COMPLAINS] = CU, [DY_XW_CONCEDED] = CU, [DY_XW_CONCEDES] = CU,
    [DY_XW_CONCLUDED] = CU, [DY_XW_CONCLUDES] = CU, [DY_XW_CONFIDED] = CU, [DY_XW_CONFIRMED] = CU,
    [DY_XW_CONGRESSMAN] = S_TITLE, [DY_XW_CONGRESSWOMAN] = S_TITLE, [DY_XW_CONTENDED] = CU,
    [DY_XW_CONTENDS] = CU, [DY_XW_CONTINUED] = CU, [DY_XW_CONTINUES] = CU, [DY_XW_CONTINUING] = CI,
    [DY_XW_COULD] = SV, [DY_XW_COUNTERED] = CU, [DY_XW_COUNTERS] = CU, [DY_XW_CRIED] = CU,
    [DY_XW_DECEMBER] = ST, [DY_XW_DECLARE] = CU, [DY_XW_DECLARED] = CU, [DY_XW_DECLARES] = CU,
    [DY_XW_DECLARING] = CI, [DY_XW_DEMANDED] = CU, [DY_XW_DESCRIBED] = CU, [DY_XW_DESCRIBES] = CU,
    [DY_XW_DESCRIBING] = CI, [DY_XW_DID] = SAV, [DY_XW_DIRECTOR] = S_TITLE, [DY_XW_DO] = SV,
    [DY_XW_DOES] = SAV, [DY_XW_DOWN] = ST, [DY_XW_DURING] = ST, [DY_XW_EACH] = ST,
    [DY_XW_EARLIER] = SA, [DY_XW_ECHOED] = CU, [DY_XW_ECHOES] = CU, [DY_XW_EITHER] = ST,
    [DY_XW_ELSE] = ST, [DY_XW_EMAILED] = CU, [DY_XW_EMPHASISED] = CU, [DY_XW_EMPHASIZED] = CU,
    [DY_XW_ENVOY] = S_TITLE, [DY_XW_EVEN] = SA, [DY_XW_EVER] = SA, [DY_XW_EVERY] = ST,
    [DY_XW_EXCEPT] = ST, [DY_XW_EXCLAIMED] = CU, [DY_XW_EXPLAIN] = CU, [DY_XW_EXPLAINED] = CU,
    [DY_XW_EXPLAINING] = CI, [DY_XW_EXPLAINS] = CU, [DY_XW_FEBRUARY] = ST, [DY_XW_FELT] = PA,
    [DY_XW_FEW] = ST, [DY_XW_FIRMLY] = SA, [DY_XW_FIVE] = S_DET, [DY_XW_FLATLY] = SA,
    [DY_XW_FOR] = S_STOP | S_TAIL | S_MINOR, [DY_XW_FOUGHT] = PA, [DY_XW_FOUND] = PA,
    [DY_XW_FOUR] = S_DET, [DY_XW_FRIDAY] = ST, [DY_XW_FROM] = S_STOP | S_TAIL | S_MINOR,
    [DY_XW_FULLY] = SA, [DY_XW_FUMED] = CU, [DY_XW_FURTHER] = SA, [DY_XW_GAVE] = PA,
    [DY_XW_GLADLY] = SA, [DY_XW_GOT] = PA, [DY_XW_GOVERNOR] = S_TITLE, [DY_XW_GUSHED] = CU,
    [DY_XW_HAD] = SAV, [DY_XW_HARDLY] = SA, [DY_XW_HAS] = SAV, [DY_XW_HAVE] = SAV,
    [DY_XW_HAVING] = SV, [DY_XW_HE] = S_PRON | S_VERBY, [DY_XW_HEARD] = PA, [DY_XW_HELD] = PA,
    [DY_XW_HER] = S_DET, [DY_XW_HERE] = ST, [DY_XW_HERSELF] = SA, [DY_XW_HIM] = ST,
    [DY_XW_HIMSELF] = SA, [DY_XW_HIS] = S_DET, [DY_XW_HOW] = ST, [DY_XW_HOWEVER] = ST,
    [DY_XW_I] = S_PRON | S_VERBY, [DY_XW_IF] = ST, [DY_XW_IN] = SM, [DY_XW_INSIDE] = ST,
    [DY_XW_INSIST] = CU, [DY_XW_INSISTED] = CU, [DY_XW_INSISTING] = CI, [DY_XW_INSISTS] = CU,
    [DY_XW_INTERJECTED] = CU, [DY_XW_INTO] = ST, [DY_XW_IS] = SAV, [DY_XW_IT] = S_PRON | S_VERBY,
    [DY_XW_ITS] = S_DET, [DY_XW_ITSELF] = SA, [DY_XW_JANUARY] = ST, [DY_XW_JOKED] = CU,
    [DY_XW_JOKES] = CU, [DY_XW_JOKING] = CI, [DY_XW_JUDGE] = S_TITLE, [DY_XW_JULY] = ST,
    [DY_XW_JUNE] = ST, [DY_XW_JUST] = SA, [DY_XW_KEPT] = PA, [DY_XW_KNEW] = PA,
    [DY_XW_LAMENTED] = CU, [DY_XW_LAMENTS] = CU, [DY_XW_LAST] = ST, [DY_XW_LATER] = SA,
    [DY_XW_LAWMAKER] = S_TITLE, [DY_XW_LAWYER] = S_TITLE, [DY_XW_LEADER] = S_TITLE,
    [DY_XW_LED] = PA, [DY_XW_LEFT] = PA, [DY_XW_LESS] = ST, [DY_XW_LET] = SV, [DY_XW_LIKE] = ST,
    [DY_XW_LOST] = PA, [DY_XW_MADE] = PA, [DY_XW_MAINTAINED] = CU, [DY_XW_MAINTAINS] = CU,
    [DY_XW_MANY] = S_DET, [DY_XW_MARCH] = ST, [DY_XW_MARVELED] = CU, [DY_XW_MAY] = SV,
    [DY_XW_MAYOR] = S_TITLE, [DY_XW_ME] = SV, [DY_XW_MEANWHILE] = ST, [DY_XW_MERELY] = SA,
    [DY_XW_MET] = PA, [DY_XW_MIGHT] = SV, [DY_XW_MINISTER] = S_TITLE, [DY_XW_MONDAY] = ST,
    [DY_XW_MORE] = ST, [DY_XW_MOST] = ST, [DY_XW_MOSTLY] = SA, [DY_XW_MUCH] = ST,
    [DY_XW_MUSED] = CU, [DY_XW_MUSES] = CU, [DY_XW_MUST] = SV, [DY_XW_MY] = SV,
    [DY_XW_N_APOS_T] = SAV, [DY_XW_NEAR] = ST, [DY_XW_NEARLY] = SA, [DY_XW_NEITHER] = ST,
    [DY_XW_NEVER] = SAV, [DY_XW_NEXT] = ST, [DY_XW_NO] = ST, [DY_XW_NOR] = ST, [DY_XW_NOT] = SAV,
    [DY_XW_NOTED] = CU, [DY_XW_NOTES] = CU, [DY_XW_NOTING] = CI, [DY_XW_NOVEMBER] = ST,
    [DY_XW_NOW] = ST, [DY_XW_OBSERVED] = CU, [DY_XW_OBSERVES] = CU, [DY_XW_OCTOBER] = ST,
    [DY_XW_OF] = S_STOP | S_TAIL | S_MINOR, [DY_XW_OFF] = ST, [DY_XW_OFFICIAL] = S_TITLE,
    [DY_XW_ON] = SM, [DY_XW_ONCE] = SA, [DY_XW_ONE] = S_DET, [DY_XW_ONLY] = SA, [DY_XW_ONTO] = ST,
    [DY_XW_OPENLY] = SA, [DY_XW_OPINED] = CU, [DY_XW_OR] = SM, [DY_XW_OUR] = S_DET | S_VERBY,
    [DY_XW_OUT] = ST, [DY_XW_OUTSIDE] = ST, [DY_XW_OVER] = ST, [DY_XW_PARTLY] = SA,
    [DY_XW_PER] = ST, [DY_XW_PERHAPS] = SA, [DY_XW_PLEADED] = CU, [DY_XW_POSTED] = CU,
    [DY_XW_POSTING] = CI, [DY_XW_PREDICTED] = CU, [DY_XW_PRESIDENT] = S_TITLE,
    [DY_XW_PREVIOUSLY] = SA, [DY_XW_PRIME] = S_TITLE, [DY_XW_PROCLAIMED] = CU,
    [DY_XW_PROMISED] = CU, [DY_XW_PROMISING] = CI, [DY_XW_PROSECUTOR] = S_TITLE,
    [DY_XW_PUBLICLY] = SA, [DY_XW_PUT] = PA, [DY_XW_QUIPPED] = CU, [DY_XW_QUIPPING] = CI,
    [DY_XW_QUIPS] = CU, [DY_XW_RAN] = PA, [DY_XW_RARELY] = SA, [DY_XW_RATHER] = ST,
    [DY_XW_READ] = CU, [DY_XW_READS] = CU, [DY_XW_REALLY] = SA, [DY_XW_REASONED] = CU,
    [DY_XW_RECALLED] = CU, [DY_XW_RECALLING] = CI, [DY_XW_RECALLS] = CU, [DY_XW_RECENTLY] = SA,
    [DY_XW_RECOUNTED] = CU, [DY_XW_RECOUNTS] = CU, [DY_XW_REITERATED] = CU,
    [DY_XW_REITERATES] = CU, [DY_XW_REMARKED] = CU, [DY_XW_REPEATED] = CU, [DY_XW_REPLIED] = CU,
    [DY_XW_REPLIES] = CU, [DY_XW_REPORTED] = CU, [DY_XW_REPORTEDLY] = SA,
    [DY_XW_REPRESENTATIVE] = S_TITLE, [DY_XW_RESPOND] = CU, [DY_XW_RESPONDED] = CU,
    [DY_XW_RESPONDS] = CU, [DY_XW_RETORTED] = CU, [DY_XW_ROSE] = PA, [DY_XW_SAID] = CU,
    [DY_XW_SAT] = PA, [DY_XW_SATURDAY] = ST, [DY_XW_SAW] = PA, [DY_XW_SAY] = CU,
    [DY_XW_SAYING] = CI, [DY_XW_SAYS] = CU, [DY_XW_SCOFFED] = CU, [DY_XW_SCREAMED] = CU,
    [DY_XW_SCREAMING] = CI, [DY_XW_SECRETARY] = S_TITLE, [DY_XW_SEEM] = ST, [DY_XW_SEEMED] = ST,
    [DY_XW_SEEMS] = ST, [DY_XW_SEEN] = PA, [DY_XW_SENATOR] = S_TITLE, [DY_XW_SENT] = PA,
    [DY_XW_SEPTEMBER] = ST, [DY_XW_SEVERAL] = S_DET, [DY_XW_SHALL] = SV,
    [DY_XW_SHE] = S_PRON | S_VERBY, [DY_XW_SHOT] = PA, [DY_XW_SHOULD] = SV, [DY_XW_SHOUTED] = CU,
    [DY_XW_SHOUTING] = CI, [DY_XW_SIGHED] = CU, [DY_XW_SINCE] = ST, [DY_XW_SNAPPED] = CU,
    [DY_XW_SO] = ST, [DY_XW_SOME] = S_DET, [DY_XW_SPENT] = PA, [DY_XW_SPOKE] = PA,
    [DY_XW_SPOKESMAN] = S_TITLE, [DY_XW_SPOKESPERSON] = S_TITLE, [DY_XW_SPOKESWOMAN] = S_TITLE,
    [DY_XW_STATED] = CU, [DY_XW_STATING] = CI, [DY_XW_STILL] = SA, [DY_XW_STOOD] = PA,
    [DY_XW_STRESSED] = CU, [DY_XW_STRESSES] = CU, [DY_XW_STRESSING] = CI, [DY_XW_STRUCK] = PA,
    [DY_XW_SUCH] = ST, [DY_XW_SUGGESTED] = CU, [DY_XW_SUGGESTING] = CI, [DY_XW_SUGGESTS] = CU,
    [DY_XW_SUNDAY] = ST, [DY_XW_TELL] = TE, [DY_XW_TELLING] = TI, [DY_XW_TELLS] = TE,
    [DY_XW_TESTIFIED] = CU, [DY_XW_TEXTED] = CU, [DY_XW_THAN] = ST, [DY_XW_THAT] = S_STOP | S_THAT,
    [DY_XW_THE] = S_DET | S_MINOR, [DY_XW_THEIR] = S_DET, [DY_XW_THEM] = ST,
    [DY_XW_THEMSELVES] = SA, [DY_XW_THEN] = SA, [DY_XW_THERE] = ST, [DY_XW_THESE] = ST,
    [DY_XW_THEY] = S_PRON | S_VERBY, [DY_XW_THIS] = ST, [DY_XW_THOSE] = ST, [DY_XW_THOUGH] = ST,
    [DY_XW_THOUGHT] = PA, [DY_XW_THREE] = S_DET, [DY_XW_THREW] = PA, [DY_XW_THROUGH] = ST,
    [DY_XW_THROUGHOUT] = ST, [DY_XW_THUNDERED] = CU, [DY_XW_THURSDAY] = ST, [DY_XW_THUS] = ST,
    [DY_XW_TO] = S_STOP | S_TO | S_MINOR, [DY_XW_TODAY] = ST, [DY_XW_TOGETHER] = ST,
    [DY_XW_TOLD] = TE, [DY_XW_TOMORROW] = ST, [DY_XW_TONIGHT] = ST, [DY_XW_TOO] = ST,
    [DY_XW_TOOK] = PA, [DY_XW_TOWARD] = ST, [DY_XW_TOWARDS] = ST, [DY_XW_TUESDAY] = ST,
    [DY_XW_TWEETED] = CU, [DY_XW_TWEETING] = CI, [DY_XW_TWEETS] = CU, [DY_XW_TWO] = S_DET,
    [DY_XW_UNDER] = ST, [DY_XW_UNLESS] = ST, [DY_XW_UNTIL] = ST, [DY_XW_UP] = ST,
    [DY_XW_UPON] = ST, [DY_XW_URGED] = CU, [DY_XW_URGES] = CU, [DY_XW_URGING] = CI,
    [DY_XW_US] = SV, [DY_XW_VERY] = ST, [DY_XW_VIA] = ST, [DY_XW_VOWED] = CU, [DY_XW_VOWING] = CI,
    [DY_XW_VOWS] = CU, [DY_XW_WARNED] = CU, [DY_XW_WARNING] = CI, [DY_XW_WARNS] = CU,
    [DY_XW_WAS] = SAV, [DY_XW_WE] = S_PRON | S_VERBY, [DY_XW_WEDNESDAY] = ST, [DY_XW_WENT] = PA,
    [DY_XW_WERE] = SAV, [DY_XW_WHAT] = ST, [DY_XW_WHEN] = ST, [DY_XW_WHERE] = ST,
    [DY_XW_WHETHER] = ST, [DY_XW_WHICH] = ST, [DY_XW_WHILE] = ST, [DY_XW_WHISPERED] = CU,
    [DY_XW_WHO] = ST, [DY_XW_WHOM] = ST, [DY_XW_WHOSE] = ST, [DY_XW_WHY] = ST, [DY_XW_WILL] = SAV,
    [DY_XW_WITH] = SM, [DY_XW_WITHIN] = ST, [DY_XW_WITHOUT] = ST, [DY_XW_WON] = PA,
    [DY_XW_WONDERED] = CU, [DY_XW_WONDERS] = CU, [DY_XW_WOULD] = SAV, [DY_XW_WRITE] = CU,
    [DY_XW_WRITES] = CU, [DY_XW_WRITING] = CI, [DY_XW_WRITTEN] = CU, [DY_XW_WROTE] = CU,
    [DY_XW_YELLED] = CU, [DY_XW_YELLING] = CI, [DY_XW_YELLS] = CU, [DY_XW_YESTERDAY] = ST,
    [DY_XW_YET] = ST, [DY_XW_YOU] = SV, [DY_XW_YOUR] = SV,
};

/* Other sets of words the rules test, by id. */
enum {
    W_LYNOUN = 1u << 0,  /* in -ly but no adverb: "family", "weekly" */
    W_SUB    = 1u << 1,  /* opens a subordinate clause: "that", "because" */
    W_PREP   = 1u << 2,  /* a preposition with an object after a participle: "speaking to" */
    W_TITLED = 1u << 3,  /* before an open mark, makes a title-case quote a title: "the film" */
    W_ORG    = 1u << 4,  /* capitalised, ends the name of an institution or place: "House" */
    W_HEADOF = 1u << 5   /* before "of", a determiner that is the head: "one of", "some of" */
};

static const uint8_t wordset[DY_XW_COUNT] = {
    [DY_XW_ANOMALY] = W_LYNOUN, [DY_XW_ASSEMBLY] = W_LYNOUN, [DY_XW_BELLY] = W_LYNOUN,
    [DY_XW_BULLY] = W_LYNOUN, [DY_XW_FAMILY] = W_LYNOUN, [DY_XW_FRIENDLY] = W_LYNOUN,
    [DY_XW_LIKELY] = W_LYNOUN, [DY_XW_LONELY] = W_LYNOUN, [DY_XW_LOVELY] = W_LYNOUN,
    [DY_XW_MONOPOLY] = W_LYNOUN, [DY_XW_MONTHLY] = W_LYNOUN, [DY_XW_ORDERLY] = W_LYNOUN,
    [DY_XW_QUARTERLY] = W_LYNOUN, [DY_XW_SUPPLY] = W_LYNOUN, [DY_XW_UGLY] = W_LYNOUN,
    [DY_XW_UNLIKELY] = W_LYNOUN, [DY_XW_WEEKLY] = W_LYNOUN, [DY_XW_YEARLY] = W_LYNOUN,

    [DY_XW_THAT] = W_SUB, [DY_XW_WHICH] = W_SUB, [DY_XW_WHO] = W_SUB, [DY_XW_BECAUSE] = W_SUB,
    [DY_XW_IF] = W_SUB, [DY_XW_WHETHER] = W_SUB, [DY_XW_ALTHOUGH] = W_SUB,

    [DY_XW_ABOUT] = W_PREP, [DY_XW_ACROSS] = W_PREP, [DY_XW_ALONG] = W_PREP, [DY_XW_AROUND] = W_PREP,
    [DY_XW_AT] = W_PREP, [DY_XW_BY] = W_PREP, [DY_XW_FOR] = W_PREP, [DY_XW_FROM] = W_PREP,
    [DY_XW_IN] = W_PREP | W_TITLED, [DY_XW_INSIDE] = W_PREP, [DY_XW_INTO] = W_PREP,
    [DY_XW_NEAR] = W_PREP, [DY_XW_ON] = W_PREP | W_TITLED, [DY_XW_OUTSIDE] = W_PREP,
    [DY_XW_OVER] = W_PREP, [DY_XW_THROUGH] = W_PREP, [DY_XW_TO] = W_PREP, [DY_XW_TOWARD] = W_PREP,
    [DY_XW_TOWARDS] = W_PREP, [DY_XW_WITH] = W_PREP,

    [DY_XW_ALBUM] = W_TITLED, [DY_XW_BOOK] = W_TITLED, [DY_XW_CALLED] = W_TITLED,
    [DY_XW_DOCUMENTARY] = W_TITLED, [DY_XW_DUBBED] = W_TITLED, [DY_XW_ENTITLED] = W_TITLED,
    [DY_XW_FILM] = W_TITLED, [DY_XW_MEMOIR] = W_TITLED, [DY_XW_MOVIE] = W_TITLED,
    [DY_XW_MUSICAL] = W_TITLED, [DY_XW_NAMED] = W_TITLED, [DY_XW_NOVEL] = W_TITLED,
    [DY_XW_OF] = W_TITLED, [DY_XW_PLAY] = W_TITLED, [DY_XW_PROGRAM] = W_TITLED,
    [DY_XW_PROGRAMME] = W_TITLED, [DY_XW_SERIES] = W_TITLED, [DY_XW_SHOW] = W_TITLED,
    [DY_XW_SONG] = W_TITLED, [DY_XW_TITLED] = W_TITLED,

    [DY_XW_ADMINISTRATION] = W_ORG, [DY_XW_AGENCY] = W_ORG, [DY_XW_AMERICA] = W_ORG,
    [DY_XW_ASSOCIATION] = W_ORG, [DY_XW_BUREAU] = W_ORG, [DY_XW_CAMPAIGN] = W_ORG,
    [DY_XW_CENTER] = W_ORG, [DY_XW_CITY] = W_ORG, [DY_XW_CLUB] = W_ORG, [DY_XW_COLLEGE] = W_ORG,
    [DY_XW_COMMITTEE] = W_ORG, [DY_XW_CONGRESS] = W_ORG, [DY_XW_COUNCIL] = W_ORG,
    [DY_XW_COUNTY] = W_ORG, [DY_XW_COURT] = W_ORG, [DY_XW_DEMOCRATS] = W_ORG,
    [DY_XW_DEPARTMENT] = W_ORG, [DY_XW_FOUNDATION] = W_ORG, [DY_XW_GROUP] = W_ORG,
    [DY_XW_HALL] = W_ORG, [DY_XW_HOUSE] = W_ORG, [DY_XW_INSTITUTE] = W_ORG, [DY_XW_JOURNAL] = W_ORG,
    [DY_XW_NETWORK] = W_ORG, [DY_XW_NEWS] = W_ORG, [DY_XW_OFFICE] = W_ORG, [DY_XW_PARTY] = W_ORG,
    [DY_XW_POST] = W_ORG, [DY_XW_PRESS] = W_ORG, [DY_XW_REPUBLICANS] = W_ORG,
    [DY_XW_SENATE] = W_ORG, [DY_XW_SERVICE] = W_ORG, [DY_XW_STATES] = W_ORG,
    [DY_XW_STREET] = W_ORG, [DY_XW_TIMES] = W_ORG, [DY_XW_UNION] = W_ORG,
    [DY_XW_UNIVERSITY] = W_ORG,

    [DY_XW_ONE] = W_HEADOF, [DY_XW_SOME] = W_HEADOF, [DY_XW_MANY] = W_HEADOF,
    [DY_XW_SEVERAL] = W_HEADOF, [DY_XW_BOTH] = W_HEADOF, [DY_XW_TWO] = W_HEADOF,
    [DY_XW_THREE] = W_HEADOF,
};

/* Exported for the unit test: do the tables agree with their words? A cue
 * is an "-ing" form (S_ING) exactly when it ends in "ing", only cues are
 * addressee verbs (S_TELL), and each set's words are lowercase letters.
 * Returns 0 if so, else the id of the first word that does not. */
size_t dy_speech_table_check(void)
{
    for (unsigned id = 1; id < DY_XW_COUNT; id++) {
        const char *w = dy_xw_str(id);
        size_t n = 0;
        while (w[n]) n++;
        unsigned c = wordcls[id];
        int ing = n > 3 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
        if ((c & S_CUE) && !(c & S_ING) != !ing) return id;
        if ((c & (S_ING | S_TELL)) && !(c & S_CUE)) return id;
        if (wordset[id] & (W_LYNOUN | W_ORG))
            for (size_t j = 0; j < n; j++)
                if (w[j] < 'a' || w[j] > 'z') return id;
    }
    return 0;
}

struct dy_speech {
    const dy_text *t;
    const uint16_t *xw;   /* word ids per token (dy_xw_of), one past the end too */
};

/* The id of token i when the token is that word exactly (any case: what
 * dy_tok_is would say), else 0. Flagged (inexact) ids are >= DY_XW_COUNT. */
static inline unsigned exact_id(const dy_speech *sp, uint32_t i)
{
    unsigned x = sp->xw[i];
    return x < DY_XW_COUNT ? x : 0;
}

static inline unsigned wset(const dy_speech *sp, uint32_t i) { return wordset[exact_id(sp, i)]; }

/* Is token i the word `id` exactly (any case), as dy_tok_is(t, i, word)? */
static inline int xw_is(const dy_speech *sp, uint32_t i, unsigned id) { return sp->xw[i] == id; }

/* Bytes p[0..n) as the class table spells them, the curly apostrophe read
 * as ' (one byte for three): its length, or 0 past 23 (as no word is). */
static size_t folded_len(const unsigned char *p, size_t n)
{
    size_t o = 0;
    for (size_t j = 0; j < n; j++, o++) {
        if (o == 23) return 0;
        if (p[j] == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0x99) j += 2;
    }
    return o;
}

/* The classes of token i, from its id: computed where a rule asks (a few
 * tokens around quote marks and cue words), not stored for every token. */
static unsigned cls(const dy_speech *sp, uint32_t i)
{
    const dy_text *t = sp->t;
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD) return 0;
    unsigned x = sp->xw[i], c;
    if (x < DY_XW_COUNT) {
        c = wordcls[x];
    } else {
        /* ’ read as ' is a match here; a dropped abbreviation period
         * ("Ask.") is not: the tables have no word with a period */
        const char *p = t->text + k->start;
        c = (k->flags & DY_TF_ABBREV) && k->len > 1 && p[k->len - 1] == '.' ? 0 : wordcls[DY_XW_ID(x)];
    }
    if (k->flags & DY_TF_CAP) {
        /* a capitalised verb form is a name or a headline word ("United
         * States", "Said Erdogan" is too rare to pay for that) */
        c &= ~(unsigned)(S_CUE | S_ING);
    } else if (!c) {
        /* manner adverbs: "angrily", "widely" (long enough to skip
         * "ally", "daily", and not the nouns and adjectives in W_LYNOUN) */
        const unsigned char *p = (const unsigned char *)t->text + k->start;
        uint32_t n = k->len;
        if (n >= 6 && (p[n - 2] | 0x20) == 'l' && (p[n - 1] | 0x20) == 'y' && !(wset(sp, i) & W_LYNOUN) &&
            folded_len(p, n) >= 6)
            c = S_ADV;
    } else if (x == DY_XW_PUT && sp->xw[i + 1] == DY_XW_IT) {
        /* "as X put it, “…”" */
        c |= S_CUE;
    }
    return c;
}

dy_speech *dy_speech_scan(const dy_text *t, const uint16_t *xw, dy_arena *a)
{
    dy_speech *sp = dy_arena_alloc(a, sizeof *sp);
    sp->t = t;
    sp->xw = xw ? xw : dy_xw_of(t, a);
    return sp;
}

/* ---------------------------------------------------------- token tests */

static int is_word(const dy_text *t, uint32_t i) { return t->toks[i].kind == DY_TOK_WORD; }
static int is_para(const dy_text *t, uint32_t i) { return (t->toks[i].flags & DY_TF_PARA) != 0; }
static int is_quote(const dy_text *t, uint32_t i) { return t->toks[i].kind == DY_TOK_QUOTE; }

static int is_punct(const dy_text *t, uint32_t i, char c)
{
    const dy_token *k = &t->toks[i];
    return k->kind == DY_TOK_PUNCT && k->len == 1 && t->text[k->start] == c;
}

/* a hyphen joining two words: "war-torn", "al-Assad" */
static int is_joiner(const dy_text *t, uint32_t i)
{
    return t->toks[i].kind == DY_TOK_PUNCT && (t->toks[i].flags & DY_TF_JOINED);
}

static int is_dash(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_PUNCT || (k->flags & DY_TF_JOINED)) return 0;
    const char *p = t->text + k->start;
    if (k->len == 1) return *p == '-';
    if (k->len == 2) return p[0] == '-' && p[1] == '-';
    return k->len == 3 && (memcmp(p, "\xE2\x80\x93", 3) == 0 || memcmp(p, "\xE2\x80\x94", 3) == 0 ||
                           memcmp(p, "\xE2\x80\x95", 3) == 0);
}

/* . ! ? … or "..." */
static int is_terminal(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_PUNCT) return 0;
    const char *p = t->text + k->start;
    if (k->len == 1) return *p == '.' || *p == '!' || *p == '?';
    if (k->len == 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0) return 1;
    return k->len >= 3 && p[0] == '.';
}

/* A lowercase word that is probably a past-tense verb: "-ed" or irregular. */
static int looks_past(const dy_text *t, const dy_speech *sp, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD || (k->flags & DY_TF_CAP)) return 0;
    if (cls(sp, i) & S_PAST) return 1;
    const char *p = t->text + k->start;
    return k->len > 3 && p[k->len - 2] == 'e' && p[k->len - 1] == 'd';
}

/* Words opening a subordinate clause (W_SUB). */
static int subordinator(const dy_speech *sp, uint32_t i) { return (wset(sp, i) & W_SUB) != 0; }

/* Prepositions that take an object after a participle ("speaking to"; W_PREP). */
static int is_prep(const dy_speech *sp, uint32_t i) { return (wset(sp, i) & W_PREP) != 0; }

/* A lowercase "-ing" word or past form: "speaking", "quoted". */
static int participle(const dy_text *t, const dy_speech *sp, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD || (k->flags & DY_TF_CAP)) return 0;
    const char *p = t->text + k->start;
    return looks_past(t, sp, i) || (k->len > 4 && !memcmp(p + k->len - 3, "ing", 3));
}

/* A lowercase word that may be the verb of a cue clause: a past form or a
 * third-person "-s" ("concludes", "points out"), not a function word. */
static int verb_like(const dy_text *t, const dy_speech *sp, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_WORD || (k->flags & DY_TF_CAP) || (cls(sp, i) & (S_STOP | S_DET | S_PRON | S_TITLE)))
        return 0;
    if (looks_past(t, sp, i)) return 1;
    const char *p = t->text + k->start;
    return k->len > 3 && p[k->len - 1] == 's' && p[k->len - 2] != 's';
}

/* -------------------------------------------------------- noun phrases */

/* A speaker phrase starting at i, without tails; returns its end or i. */
static uint32_t np_core_after(const dy_speech *sp, uint32_t i, uint32_t lim, int loose, int pron)
{
    const dy_text *t = sp->t;
    if (i >= lim) return i;
    const dy_token *k = &t->toks[i];
    unsigned c = cls(sp, i);
    uint32_t j;
    if (k->kind == DY_TOK_WORD && (c & S_PRON)) return pron ? i + 1 : i;
    if ((k->kind == DY_TOK_WORD && (c & S_DET)) || k->kind == DY_TOK_NUMBER)
        j = i + 1;
    else if (k->kind == DY_TOK_WORD && !(c & (S_STOP | S_CUE | S_ADV)) &&
             ((k->flags & DY_TF_CAP) || (c & S_TITLE) || loose))
        j = i;
    else
        return i;
    uint32_t last = 0, before_last = 0;  /* end after the last word taken, and the one before */
    /* "one of those advisers", "some of the donors": the determiner is the head */
    if (j == i + 1 && k->kind == DY_TOK_WORD && i + 2 < lim && xw_is(sp, i + 1, DY_XW_OF) &&
        (wset(sp, i) & W_HEADOF))
        return i + 1;
    for (uint32_t m = j; m < lim && m - i < NP_MAX; m++) {
        if (m > i && is_para(t, m)) break;
        if (is_word(t, m)) {
            if (cls(sp, m) & (S_STOP | S_CUE | S_DET | S_PRON | S_ADV)) break;
            before_last = last;
            last = m + 1;
            continue;
        }
        if (t->toks[m].kind == DY_TOK_POSS && last == m) continue;
        if (is_joiner(t, m) && last == m && m + 1 < lim && is_word(t, m + 1)) continue;
        /* "a 2013 article", "the 17-year-old" */
        if (t->toks[m].kind == DY_TOK_NUMBER && m + 1 < lim && (is_word(t, m + 1) || is_joiner(t, m + 1))) {
            last = m + 1;
            continue;
        }
        break;
    }
    /* a phrase does not end in a past verb: "said Trump praised …", "the
     * city embodied …" (but "the detained" may stand alone) */
    if (last && before_last && looks_past(t, sp, last - 1)) last = before_last;
    return last ? last : i;
}

uint32_t dy_speech_np_after(const dy_speech *sp, uint32_t i, uint32_t lim, int loose)
{
    const dy_text *t = sp->t;
    if (lim > t->ntok) lim = t->ntok;
    uint32_t end = np_core_after(sp, i, lim, loose, 1);
    if (end == i || (cls(sp, i) & S_PRON)) return end;
    for (int tails = 0; tails < 2; tails++) {
        if (end + 1 >= lim || !(cls(sp, end) & S_TAIL) || is_para(t, end)) break;
        uint32_t e2 = np_core_after(sp, end + 1, lim, 0, 0);
        if (e2 == end + 1) break;
        end = e2;
    }
    return end;
}

/* A speaker phrase ending just before `end`, not before lo, without tails;
 * returns its start or end. */
static uint32_t np_core_before(const dy_speech *sp, uint32_t end, uint32_t lo, int pron)
{
    const dy_text *t = sp->t;
    if (end <= lo || end > t->ntok) return end;
    uint32_t j = end - 1;
    /* "the mother of three", "the Group of 20": a number after "of" is a head */
    if (j > lo && xw_is(sp, j - 1, DY_XW_OF) &&
        (t->toks[j].kind == DY_TOK_NUMBER || (is_word(t, j) && (cls(sp, j) & S_DET) && !(cls(sp, j) & S_MINOR))))
        return j;
    if (!is_word(t, j)) return end;
    if (cls(sp, j) & S_PRON) return pron ? j : end;
    if (cls(sp, j) & (S_STOP | S_CUE | S_DET | S_ADV)) return end;
    uint32_t start = end;
    for (uint32_t m = j;; m--) {
        if (end - m > NP_MAX) break;
        if (is_word(t, m)) {
            unsigned c = cls(sp, m);
            if (c & S_DET) { start = m; break; }
            if (c & (S_STOP | S_CUE | S_PRON | S_ADV)) break;
            /* a past form only as a modifier ("the detained journalist"),
             * not as the verb of a clause ("He criticized Clinton's …") */
            if (looks_past(t, sp, m) &&
                (m == lo || is_para(t, m) || !is_word(t, m - 1) ||
                 (cls(sp, m - 1) & (S_STOP | S_CUE | S_PRON | S_ADV))))
                break;
            start = m;
            if (is_para(t, m)) break;
        } else if (t->toks[m].kind == DY_TOK_POSS || is_joiner(t, m)) {
            if (m == lo || !(is_word(t, m - 1) || t->toks[m - 1].kind == DY_TOK_NUMBER) || is_para(t, m)) break;
        } else if (t->toks[m].kind == DY_TOK_NUMBER && m < j) {
            start = m;   /* "the 34-year-old mother" */
        } else {
            break;
        }
        if (m == lo) break;
    }
    return start;
}

uint32_t dy_speech_np_before(const dy_speech *sp, uint32_t end, uint32_t lo)
{
    const dy_text *t = sp->t;
    uint32_t s = np_core_before(sp, end, lo, 1);
    if (s == end || (cls(sp, s) & S_PRON)) return s;
    for (int tails = 0; tails < 2; tails++) {
        if (s < lo + 2 || !is_word(t, s - 1) || !(cls(sp, s - 1) & S_TAIL) || is_para(t, s)) break;
        uint32_t s2 = np_core_before(sp, s - 1, lo, 0);
        if (s2 == s - 1) break;
        s = s2;
    }
    return s;
}

/* The speaker phrase before cue token `cue` ("the minister has also said"),
 * skipping up to three adverbs/auxiliaries. */
int dy_speech_subject(const dy_speech *sp, uint32_t cue, uint32_t lo, uint32_t *s0, uint32_t *s1)
{
    const dy_text *t = sp->t;
    uint32_t m = cue;
    for (int skip = 0; skip <= 3; skip++) {
        uint32_t s = dy_speech_np_before(sp, m, lo);
        if (s == m && m > lo + 2 && is_punct(t, m - 1, ')')) {
            /* "Gov. John Kasich (R-OH) said" */
            uint32_t p = m - 2;
            while (p > lo && m - p < 8 && !is_punct(t, p, '(') && !is_punct(t, p, ')')) p--;
            if (is_punct(t, p, '(')) {
                s = dy_speech_np_before(sp, p, lo);
                if (s < p) {
                    *s0 = s;
                    *s1 = p;
                    return 1;
                }
                s = m;
            }
        }
        if (s < m) {
            *s0 = s;
            *s1 = m;
            return 1;
        }
        if (m <= lo + 1 || !is_word(t, m - 1) || !(cls(sp, m - 1) & S_ADV) || is_para(t, m)) return 0;
        m--;
    }
    return 0;
}

/* ------------------------------------------------------------- pairing */

enum { FAM_NONE = 0, FAM_DOUBLE, FAM_SINGLE };

static int32_t tok_cp(const dy_text *t, uint32_t i)
{
    int32_t cp = 0;
    const dy_token *k = &t->toks[i];
    dy_utf8_decode(t->text + k->start, k->len, &cp);
    return cp;
}

static int family(int32_t cp)
{
    switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x300C: case 0x300D:
        return FAM_DOUBLE;
    case '\'': case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039:
    case 0x203A:
        return FAM_SINGLE;
    }
    return FAM_NONE;
}

/* A quote mark as the pairing sees it. */
typedef struct qmark {
    int fam;          /* FAM_* */
    unsigned dir;     /* DY_TF_OPEN, DY_TF_CLOSE or 0 */
    uint32_t len;     /* tokens: 2 for '' */
    int32_t cp;
} qmark;

/* The mark at token i. Two straight apostrophes in a row ('' … '', the
 * style of the NYT archive and wire databases) are one double mark; the
 * tokenizer sees two single marks there, so its direction is redone here
 * the same way: space before → open, space or punctuation after → close,
 * else whatever closes an open quote. */
static qmark mark_at(const dy_text *t, uint32_t i, int dq_open)
{
    qmark m = {FAM_NONE, 0, 1, 0};
    const dy_token *k = &t->toks[i];
    if (k->kind != DY_TOK_QUOTE) return m;
    m.cp = tok_cp(t, i);
    m.fam = family(m.cp);
    m.dir = k->flags & (DY_TF_OPEN | DY_TF_CLOSE);
    if (m.cp == '\'' && i + 1 < t->ntok && t->toks[i + 1].kind == DY_TOK_QUOTE &&
        t->toks[i + 1].start == k->start + 1 && t->text[k->start + 1] == '\'') {
        uint32_t nx = i + 2;
        int before = i == 0 || (k->flags & DY_TF_SPACE) || (t->toks[i - 1].flags & DY_TF_OPEN);
        /* three apostrophes closing: the nested single quote ends first
         * ("... 'We will bomb them,' " written as three marks) */
        if (!before && nx < t->ntok && t->toks[nx].kind == DY_TOK_QUOTE && t->toks[nx].start == k->start + 2 &&
            t->text[k->start + 2] == '\'') {
            m.dir = DY_TF_CLOSE;
            return m;
        }
        int after = nx >= t->ntok || (t->toks[nx].flags & DY_TF_SPACE) ||
                    t->toks[nx].kind == DY_TOK_QUOTE ||
                    (t->toks[nx].kind == DY_TOK_PUNCT && !(t->toks[nx].flags & DY_TF_OPEN));
        m.fam = FAM_DOUBLE;
        m.len = 2;
        if (before && !after) m.dir = DY_TF_OPEN;
        else if (!before && after) m.dir = DY_TF_CLOSE;
        else m.dir = dq_open ? DY_TF_CLOSE : DY_TF_OPEN;
    }
    return m;
}

typedef struct open_mark {
    uint32_t tok;      /* the open mark, NONE if nothing is open */
    uint32_t len;      /* its tokens */
    uint32_t sent;     /* its sentence */
    size_t mark;       /* out->n when it opened (to undo nested quotes) */
    int german;        /* opened with „, closed by “ */
} open_mark;

/* A speech cue found next to a quote. */
typedef struct cue {
    int found;
    uint32_t s0, s1;       /* speaker, empty if none */
    uint32_t clause_end;   /* token after the cue clause ("he said ."), NONE if unknown;
                              0 marks a cue found later in the sentence (sentence_cue) */
    int leads;             /* the cue clause after a quote runs into the next quote
                              ("“…” Mills then writes back, “…”") */
} cue;

typedef struct qstate {
    const dy_text *t;
    const dy_speech *sp;
    dy_arena *a;
    dy_vec *out;
    uint32_t chain_at;         /* a quote opening at this token continues the last speaker */
    uint32_t chain_s0, chain_s1;
    uint32_t last_end;         /* close mark of the last quotation kept, NONE before any */
    uint32_t last_s0, last_s1; /* its speaker */
} qstate;

static uint32_t sent_begin(const dy_text *t, uint32_t s) { return t->nsent ? t->sents[s].tok_begin : 0; }
static uint32_t sent_end(const dy_text *t, uint32_t s) { return t->nsent ? t->sents[s].tok_end : t->ntok; }

/* The cue after a close mark; k is the token after it: "”, he said",
 * "”, said Erdogan", "”, according to a statement", "”, Yilmaz, the
 * minister, said". */
static cue after_cue(const qstate *q, uint32_t k, uint32_t sent_e, uint32_t last_content)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    cue r = {0, 0, 0, NONE, 0};
    uint32_t n = t->ntok;
    if (k >= n || is_para(t, k)) return r;
    /* a new sentence after the quote is not its cue, except after ? and !
     * (“Why?” Erdogan asked.) which the splitter ends a sentence at */
    int dashed = is_dash(t, k);   /* a signature: "“…” ― Name" */
    if (k >= sent_end(t, sent_e) && !dashed && !(is_punct(t, last_content, '?') || is_punct(t, last_content, '!')))
        return r;
    /* “…,” and “…?” end in the punctuation of speech: the words after them
     * are a cue clause whatever its verb ("“…,” Bozell points out") */
    int speechy = is_punct(t, last_content, ',') || is_punct(t, last_content, '?') ||
                  is_punct(t, last_content, '!') || is_punct(t, k, ',');
    if (is_punct(t, k, ',') || is_dash(t, k)) k++;
    uint32_t lim = k;
    int paren = 0;   /* "(D-Nev.)": a period inside brackets ends nothing */
    while (lim < n && lim < k + 32 && !(lim > k && is_para(t, lim)) && !is_quote(t, lim) &&
           (paren || !is_terminal(t, lim) ||
            /* "McConnell, R-Ky., said": a period before a comma ends nothing */
            (is_punct(t, lim, '.') && lim + 1 < n && (is_punct(t, lim + 1, ',') || is_punct(t, lim + 1, ')'))))) {
        if (is_punct(t, lim, '(')) paren = 1;
        else if (is_punct(t, lim, ')')) paren = 0;
        lim++;
    }
    if (k >= lim) return r;
    uint32_t cue_end;
    if ((cls(sp, k) & S_ACC) && k + 1 < lim && (cls(sp, k + 1) & S_TO)) {
        uint32_t s = dy_speech_np_after(sp, k + 2, lim, 1);
        r.found = 1;
        if (s > k + 2) { r.s0 = k + 2; r.s1 = s; }
        cue_end = s;
    } else if ((cls(sp, k) & S_CUE) || (speechy && looks_past(t, sp, k) && k + 1 < lim &&
                                        ((t->toks[k + 1].flags & DY_TF_CAP) || (cls(sp, k + 1) & S_DET)))) {
        /* "“New York values,” saying …" continues the clause the quote sits in */
        if (cls(sp, k) & S_ING) return r;
        uint32_t s = dy_speech_np_after(sp, k + 1, lim, speechy || (cls(sp, k) & S_CUE));
        if (s == k + 1) return r;
        /* "“…,” said the candidate could win" is reported speech, not an
         * inverted cue */
        if (s < lim && is_word(t, s) && (cls(sp, s) & S_VERBY) && !(cls(sp, s) & S_PRON)) return r;
        r.found = 1; r.s0 = k + 1; r.s1 = s;
        cue_end = s;
    } else {
        /* "“…,” drawing loud jeers": a participle clause, not a speaker */
        if (participle(t, sp, k)) return r;
        uint32_t s = dy_speech_np_after(sp, k, lim, 1);
        if (s == k) return r;
        uint32_t m = s;
        /* a signature: "“…” ― Pamela Padilla", "“…” -Michelle Marks, Philadelphia" */
        if (dashed && (t->toks[k].flags & DY_TF_CAP) && !(cls(sp, k) & S_PRON) &&
            (m >= lim || is_punct(t, m, ',') || is_terminal(t, m) || is_para(t, m) || is_quote(t, m))) {
            r.found = 1; r.s0 = k; r.s1 = s;
            return r;
        }
        /* "Rep. Gwen Moore (D-Wis.) said" */
        if (m < lim && is_punct(t, m, '(')) {
            uint32_t p = m + 1;
            while (p < lim && p < m + 8 && !is_punct(t, p, ')')) p++;
            if (p < lim && is_punct(t, p, ')')) m = p + 1;
        }
        if (speechy && m + 1 < lim && xw_is(sp, m, DY_XW_AND)) {
            /* "the Vermont senator and Democratic candidate said" */
            uint32_t s2 = dy_speech_np_after(sp, m + 1, lim, 1);
            if (s2 > m + 1 && s2 < lim && ((cls(sp, s2) & S_CUE) || verb_like(t, sp, s2))) s = m = s2;
        }
        if (m < lim && is_punct(t, m, ',')) {
            /* apposition: "Yilmaz, the ministry's spokesman, said" */
            uint32_t p = m + 1;
            while (p < lim && p < m + (speechy ? 24 : 10) && !is_punct(t, p, ',')) p++;
            if (p < lim && is_punct(t, p, ',')) {
                m = p + 1;
            } else {
                /* "Nate Silver, the polling guru who founded the site tweeted" */
                uint32_t v = m + 2;
                while (v < p && !((cls(sp, v) & S_CUE) && !(cls(sp, v) & S_ING))) v++;
                if (!speechy || v >= p) return r;
                m = v;
            }
        }
        /* "a Democratic staffer in the room wondered" */
        if (speechy && m < lim && is_prep(sp, m) && !xw_is(sp, m, DY_XW_TO)) {
            uint32_t p = m + 1;
            while (p < lim && p < m + 6 && is_word(t, p) && !(cls(sp, p) & S_CUE) && !verb_like(t, sp, p)) p++;
            if (p < lim && p > m + 1 && is_word(t, p) && ((cls(sp, p) & S_CUE) || verb_like(t, sp, p))) m = p;
        }
        /* adverbs and auxiliaries: "he also said", "a reporter can be heard asking" */
        for (int adv = 0; adv < 3 && m < lim && ((cls(sp, m) & S_ADV) || (speechy && (cls(sp, m) & S_VERBY) &&
                                                                        !(cls(sp, m) & S_PRON)));
             adv++)
            m++;
        if (m + 1 < lim && (xw_is(sp, m, DY_XW_WENT) || xw_is(sp, m, DY_XW_GOES)) && xw_is(sp, m + 1, DY_XW_ON)) {
            m++;   /* "he went on" */
        } else if (m >= lim || !((cls(sp, m) & S_CUE) || (speechy && verb_like(t, sp, m)))) {
            /* the phrase swallowed the verb: "Bozell points out" */
            if (!speechy || m != s || !(t->toks[k].flags & DY_TF_CAP || (cls(sp, k) & (S_DET | S_PRON))))
                return r;
            uint32_t v = s - 1;
            if (v <= k || !verb_like(t, sp, v) || !(v + 1 >= lim || !is_word(t, v + 1) || (cls(sp, v + 1) & S_STOP)))
                return r;
            s = m = v;
        }
        r.found = 1; r.s0 = k; r.s1 = s;
        cue_end = m + 1;
    }
    for (uint32_t p = cue_end; p < n && p < cue_end + 12; p++) {
        if (is_para(t, p) || is_quote(t, p)) break;
        if (is_terminal(t, p)) { r.clause_end = p + 1; break; }
    }
    for (uint32_t p = cue_end; p < n && p < cue_end + 6; p++) {
        if (is_para(t, p) || is_terminal(t, p) || is_quote(t, p)) break;
        if ((is_punct(t, p, ',') || is_punct(t, p, ':')) && p + 1 < n && is_quote(t, p + 1) &&
            (t->toks[p + 1].flags & DY_TF_OPEN)) {
            r.leads = 1;
            break;
        }
    }
    return r;
}

/* The subject of verb m: the phrase before it (skipping adverbs); or after
 * a comma, the phrase before an apposition or relative clause ("David
 * Axelrod, who was Obama's adviser, tweeted"). */
static int subject_of(const qstate *q, uint32_t m, uint32_t *s0, uint32_t *s1)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    if (dy_speech_subject(sp, m, m >= 12 ? m - 12 : 0, s0, s1)) {
        /* "spontaneous chants of", "his claims": an "-s" word after a bare
         * lowercase word is a plural noun, not a verb with its subject */
        const dy_token *v = &t->toks[m];
        if (*s1 == *s0 + 1 && t->text[v->start + v->len - 1] == 's' && !(t->toks[*s0].flags & DY_TF_CAP) &&
            !(cls(sp, *s0) & S_PRON))
            return 0;
        /* the object of a participle's preposition is not the subject:
         * "Another source speaking to Fox News said" */
        uint32_t a = *s0, x0, x1;
        if (a >= 3 && is_prep(sp, a - 1) && participle(t, sp, a - 2) &&
            dy_speech_subject(sp, a - 2, a >= 14 ? a - 14 : 0, &x0, &x1)) {
            *s0 = x0;
            *s1 = x1;
        }
        return 1;
    }
    if (m < 2) return 0;
    /* a relative clause: "a headline that said", "Wells, who tweeted" */
    if (xw_is(sp, m - 1, DY_XW_WHO) || xw_is(sp, m - 1, DY_XW_THAT) || xw_is(sp, m - 1, DY_XW_WHICH)) {
        uint32_t e = m - 1;
        if (e > 0 && is_punct(t, e - 1, ',')) e--;
        uint32_t s = dy_speech_np_before(sp, e, e >= 12 ? e - 12 : 0);
        if (s < e && !(cls(sp, s) & S_PRON)) { *s0 = s; *s1 = e; return 1; }
        return 0;
    }
    if (!is_punct(t, m - 1, ',')) return 0;
    if (is_punct(t, m - 2, ')') && dy_speech_subject(sp, m - 1, m >= 13 ? m - 13 : 0, s0, s1)) return 1;
    uint32_t stop = m >= 22 ? m - 22 : 0;
    for (uint32_t p = m - 2; p > stop; p--) {
        if (is_terminal(t, p) || is_quote(t, p) || is_para(t, p + 1)) return 0;
        if (!is_punct(t, p, ',')) continue;
        /* "Sen. Richard J. Durbin (D-Ill.), noting …, said" */
        return dy_speech_subject(sp, p, p >= 12 ? p - 12 : 0, s0, s1);
    }
    return 0;
}

/* The speaker of the clause before token k of the sentence starting at sb:
 * the subject of the nearest earlier speech verb, else of the nearest past
 * form ("Trump returned the compliment, telling Reuters"), else the phrase
 * opening the sentence. */
static void clause_speaker(const qstate *q, uint32_t k, uint32_t sb, cue *r, int nearest)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    uint32_t s;
    if (sb >= k) return;
    uint32_t lo = k - sb > 30 ? k - 30 : sb;
    for (int pass = nearest; pass < 2; pass++) {
        /* first a speech verb ("Kasich says … saying"), then any past form;
         * or (nearest) whichever verb comes first */
        for (uint32_t m = k; m-- > lo + 1;) {
            if (is_terminal(t, m) || is_quote(t, m)) break;
            if (cls(sp, m) & S_ING) continue;
            int verb = (cls(sp, m) & S_CUE) != 0;
            if (pass == 1) verb |= looks_past(t, sp, m) || ((cls(sp, m) & S_VERBY) && (cls(sp, m) & S_ADV));
            if (!verb || !subject_of(q, m, &r->s0, &r->s1)) continue;
            /* a verb of a subordinate clause ("an admission that soldiers had
             * fought") does not give the sentence's speaker */
            if (r->s0 > sb && subordinator(sp, r->s0 - 1)) { r->s0 = r->s1 = 0; continue; }
            return;
        }
    }
    s = dy_speech_np_after(sp, sb, k, 0);
    /* without a parser the phrase may run into the verb ("The minister
     * spoke"): cut it at a lowercase past form */
    for (uint32_t m = sb + 1; m < s; m++)
        if (looks_past(t, sp, m)) { s = m; break; }
    if (s > sb && (cls(sp, s - 1) & S_DET) == 0) { r->s0 = sb; r->s1 = s; }
}

/* The speaker of cue verb k (lim: end of the window after it; sb: start of
 * its sentence). Its subject; else after it ("said Erdogan:", but not after
 * "told", whose object is the addressee); for "saying"/"adding" and a
 * coordinated "… and said, “" the speaker of the clause before it. */
static void cue_speaker(const qstate *q, uint32_t k, uint32_t lim, uint32_t sb, cue *r)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    uint32_t s;
    if (k > 2 && (cls(sp, k - 1) & S_TO)) {
        /* "Mr. Trump was prompted to say", "Clinton wanted to tell": the
         * subject of the verb governing the infinitive */
        for (uint32_t m = k - 2; m + 4 > k && m > sb; m--) {
            if (!is_word(t, m)) break;
            if ((looks_past(t, sp, m) || verb_like(t, sp, m) || (cls(sp, m) & S_CUE)) &&
                subject_of(q, m, &r->s0, &r->s1))
                return;
        }
    }
    if (!(cls(sp, k) & S_ING)) {
        if (subject_of(q, k, &r->s0, &r->s1)) return;
        if (!(cls(sp, k) & S_TELL)) {
            /* only a phrase reaching the quote ("said Erdogan: “"), else it
             * is an object ("emphasized the threat that “") */
            s = dy_speech_np_after(sp, k + 1, lim, 0);
            if (s > k + 1 && s == lim) { r->s0 = k + 1; r->s1 = s; return; }
        }
    } else if (k > 0 && !is_punct(t, k - 1, ',') &&
               dy_speech_subject(sp, k, k >= 12 ? k - 12 : 0, &r->s0, &r->s1)) {
        /* "Abraham Lincoln saying that …" (no comma: the phrase it modifies),
         * but not an object: "emailed supporters saying", "sent a message to
         * supporters saying" */
        uint32_t b = r->s0;
        if (b == 0 || !(xw_is(sp, b - 1, DY_XW_TO) || looks_past(t, sp, b - 1) || (cls(sp, b - 1) & S_CUE))) return;
        r->s0 = r->s1 = 0;
    }
    clause_speaker(q, k, sb, r, 0);
}

/* The cue before an open mark at o: "he said “", "said that “",
 * "told reporters in Ankara: “", "According to Anadolu, “", and the
 * headline "Carly Fiorina: ‘…’". */
static cue before_cue(const qstate *q, uint32_t o, uint32_t sent_o)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    cue r = {0, 0, 0, NONE, 0};
    if (o == 0) return r;
    uint32_t j = o - 1;
    int anchor = 0, colon = is_punct(t, j, ':');
    if (colon || is_punct(t, j, ',') || is_dash(t, j) || (cls(sp, j) & S_THAT)) anchor = 1;
    if (is_para(t, o) && !colon) return r;
    if (anchor) {
        if (j == 0) return r;
        j--;
    }
    uint32_t lo = j >= CUE_WINDOW ? j - CUE_WINDOW : 0;
    for (uint32_t k = j;; k--) {
        if (k < j && is_para(t, k + 1)) break;
        if (is_terminal(t, k) || is_quote(t, k) || is_punct(t, k, ';')) break;
        /* another verb is nearer: "When Trump said …, Rubio fired back: “" */
        if (k < j && looks_past(t, sp, k) && !(cls(sp, k) & S_CUE)) break;
        if (cls(sp, k) & S_CUE) {
            /* "told “Fox and Friends”": the quote is who was told */
            if (!anchor && (cls(sp, k) & S_TELL)) return r;
            /* "that" after an object is a relative pronoun ("emphasized the
             * threat that “…”"), unless the verb takes an addressee ("told
             * reporters that") or an adjunct follows it ("said on Tuesday that") */
            if ((cls(sp, j + 1) & S_THAT) && k < j && !(cls(sp, k) & S_TELL) &&
                !((cls(sp, k + 1) & S_STOP) && !(cls(sp, k + 1) & S_DET)))
                return r;
            r.found = 1;
            cue_speaker(q, k, j + 1, sent_begin(t, sent_o), &r);
            return r;
        }
        if ((cls(sp, k) & S_ACC) && k < j && (cls(sp, k + 1) & S_TO)) {
            uint32_t s = dy_speech_np_after(sp, k + 2, j + 1, 1);
            r.found = 1;
            if (s > k + 2) { r.s0 = k + 2; r.s1 = s; }
            return r;
        }
        if (!anchor || k == lo) break;
    }
    /* "Name: ‘quote’" opening a sentence (headlines, transcripts) */
    if (colon && is_word(t, j) && (t->toks[j].flags & DY_TF_CAP)) {
        uint32_t sb = sent_begin(t, sent_o);
        uint32_t s = dy_speech_np_before(sp, j + 1, sb);
        if (s == sb && (t->toks[s].flags & DY_TF_CAP) && !(cls(sp, s) & S_DET)) {
            r.found = 1; r.s0 = s; r.s1 = j + 1;
        }
    }
    return r;
}

/* No cue next to the quote: a cue elsewhere in its sentence gives a speaker,
 * the nearest one before it ("Morris says the campaign will “compete
 * vigorously …”", "Clinton pitched her plan, noting that she is “…”"), else
 * a ", he said" later in the sentence ("“…” before discussing specifics, he
 * said"). `after` is the token after the close mark or NONE. */
static cue sentence_cue(const qstate *q, uint32_t o, uint32_t sent_o, uint32_t after, uint32_t sent_e,
                        uint32_t last)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    cue r = {0, 0, 0, NONE, 0};
    uint32_t sb = sent_begin(t, sent_o);
    uint32_t lo = o >= SENT_WINDOW ? o - SENT_WINDOW : 0;
    if (lo < sb) lo = sb;
    for (uint32_t k = o; k-- > lo;) {
        if (cls(sp, k) & S_CUE) {
            cue_speaker(q, k, k + 1, sb, &r);
            r.found = r.s1 > r.s0;
            return r;
        }
        if ((cls(sp, k) & S_ACC) && k + 1 < o && (cls(sp, k + 1) & S_TO)) {
            uint32_t s = dy_speech_np_after(sp, k + 2, o, 1);
            if (s > k + 2) { r.found = 1; r.s0 = k + 2; r.s1 = s; }
            return r;
        }
    }
    if (after == NONE) return r;
    uint32_t se = sent_end(t, sent_e), n = t->ntok;
    for (uint32_t p = after; p < se && p < n && p < after + 20; p++) {
        if (is_quote(t, p) || (p > after && is_para(t, p))) break;
        if (!is_punct(t, p, ',')) continue;
        cue c = after_cue(q, p, sent_e, last);
        if (c.found && c.s1 > c.s0) {
            c.clause_end = 0;   /* marks a cue after the quote (see judge) */
            return c;
        }
    }
    return r;
}

/* "so-called “…”", "so called “…”" */
static int so_called(const dy_speech *sp, uint32_t o)
{
    const dy_text *t = sp->t;
    if (o < 2 || !xw_is(sp, o - 1, DY_XW_CALLED)) return 0;
    return xw_is(sp, o - 2, DY_XW_SO) || (o >= 3 && is_joiner(t, o - 2) && xw_is(sp, o - 3, DY_XW_SO));
}

static int para_start(const dy_text *t, uint32_t o)
{
    return o == 0 || is_para(t, o) || o == t->dateline_end;
}

/* The sentence holding token i. */
static uint32_t sent_of(const dy_text *t, uint32_t i)
{
    uint32_t lo = 0, hi = t->nsent;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (t->sents[mid].tok_begin <= i) lo = mid + 1; else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* Paragraph breaks in (a, b], counting at most three. */
static int paras_between(const dy_text *t, uint32_t a, uint32_t b)
{
    int n = 0;
    for (uint32_t i = a + 1; i <= b && i < t->ntok && n < 3; i++)
        if (is_para(t, i)) n++;
    return n;
}

/* A quotation with no cue next to it: inside a sentence, the speaker of the
 * clause before it ("Moore thanked him for “…”", "She called the plan
 * “…”"); opening a sentence, the speaker of the previous quotation when at
 * most one paragraph lies between them (news runs a speaker's quotes on
 * without repeating the cue). */
static void fallback_speaker(const qstate *q, const open_mark *om, uint32_t o, uint32_t *s0, uint32_t *s1)
{
    const dy_text *t = q->t;
    uint32_t sb = sent_begin(t, om->sent);
    if (o > 1 && is_punct(t, o - 1, ':')) {
        /* "Cruz called them on it: “…”", "Clinton released a statement: “…”" */
        cue r = {0, 0, 0, NONE, 0};
        clause_speaker(q, o - 1, sent_begin(t, sent_of(t, o - 1)), &r, 1);
        if (r.s1 > r.s0) { *s0 = r.s0; *s1 = r.s1; return; }
    }
    if (o > sb && !para_start(t, o)) {
        cue r = {0, 0, 0, NONE, 0};
        clause_speaker(q, o, sb, &r, 1);
        if (r.s1 > r.s0) { *s0 = r.s0; *s1 = r.s1; return; }
    }
    if (q->last_end != NONE && q->last_s1 > q->last_s0 && q->last_end < o &&
        paras_between(t, q->last_end, o) <= 2) {
        *s0 = q->last_s0;
        *s1 = q->last_s1;
    }
}

/* The word before an open mark that makes a title-case quote a title. */
static int title_context(const dy_speech *sp, uint32_t i)
{
    return sp->t->toks[i].kind == DY_TOK_POSS || (wset(sp, i) & W_TITLED);
}

/* Decide whether the marks at om and e hold a quotation, and fill *qe.
 * `after` is the token after the close mark (closed quotes) or NONE (a quote
 * running to the end of its paragraph at e). *adjacent says a cue was found
 * next to it, *chain where a following quote would continue it. */
static int judge(const qstate *q, const open_mark *om, uint32_t e, uint32_t after, uint32_t sent_e,
                 dy_quote_expr *qe, int *adjacent, uint32_t *chain)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    uint32_t o = om->tok, c0 = o + om->len, c1 = e, n = t->ntok;
    int closed = after != NONE;
    unsigned words = 0, capwords = 0;
    int verby = 0, title = 1;
    uint32_t first = NONE, last = NONE;
    for (uint32_t k = c0; k < c1; k++) {
        const dy_token *tk = &t->toks[k];
        if (first == NONE) first = k;
        last = k;
        if (tk->kind == DY_TOK_WORD) {
            words++;
            if (cls(sp, k) & S_VERBY) verby = 1;
            if (tk->flags & DY_TF_CAP) capwords++;
            else if (!(cls(sp, k) & S_MINOR)) title = 0;
        } else if (tk->kind == DY_TOK_NUMBER) {
            words++;
        } else if (tk->kind == DY_TOK_POSS) {
            if (k > c0 && (cls(sp, k - 1) & S_PRON)) verby = 1;   /* "it’s", "he’s" */
        } else if (tk->kind == DY_TOK_PUNCT && k + 1 < c1 && is_terminal(t, k) && !is_punct(t, k, '!') &&
                   !is_punct(t, k, '?')) {
            title = 0;   /* two sentences; a title may hold "Hail, Caesar!", "Yuge!: 30 Years" */
        }
    }
    if (words == 0) return 0;
    /* a quote that modifies the noun after it: the “Never Trump” movement,
     * the “Avatar” star (a word ends it and a lowercase noun follows) */
    if (closed && words <= 6 && after < n && is_word(t, after) && !(t->toks[after].flags & DY_TF_CAP) &&
        !(cls(sp, after) & (S_PRON | S_CUE | S_STOP | S_ADV)) && (t->toks[last].kind == DY_TOK_WORD))
        return 0;
    /* a title named by its owner, place or kind: Fox News's “Sunday Morning
     * Futures,” on “Hannity,” a co-editor of ''Chick Lit: The New Woman's
     * Fiction,'' the reality show “The Apprentice,” — even with a cue after it */
    if (title && (t->toks[first].flags & DY_TF_CAP) && o > 0 && title_context(sp, o - 1)) return 0;
    /* a work and its author: "“The Living Room to close,” by Times' Ben Sisario" */
    if (closed && after + 1 < n && !is_para(t, after) &&
        ((xw_is(sp, after, DY_XW_BY) && !(t->toks[after].flags & DY_TF_CAP)) ||
         (is_punct(t, after, ',') && xw_is(sp, after + 1, DY_XW_BY))))
        return 0;

    cue c = {0, 0, 0, NONE, 0};
    /* a cue that introduces the quote ("claimed that “", "scolded him: “",
     * "he warned, “") outranks one after it ("“…,” she said"); a cue clause
     * after the quote that introduces the next quote ("Mills then writes
     * back, “") yields to a cue before this one */
    if (o > 0 && ((cls(sp, o - 1) & S_THAT) || is_punct(t, o - 1, ':') || is_punct(t, o - 1, ',')))
        c = before_cue(q, o, om->sent);
    if (!c.found && closed) {
        c = after_cue(q, after, sent_e, last);
        if (c.found && c.leads) {
            cue b = before_cue(q, o, om->sent);
            if (b.found && b.s1 > b.s0) c = b;
        }
    }
    if (!c.found) c = before_cue(q, o, om->sent);
    int inherited = 0;
    if (!c.found && q->chain_at == o) {
        inherited = 1;
        c.s0 = q->chain_s0;
        c.s1 = q->chain_s1;
    }
    /* a paragraph that is nothing but a single-quoted phrase is a
     * subheading ('A really tough decision.') */
    if (!c.found && family(tok_cp(t, o)) == FAM_SINGLE && para_start(t, o) &&
        (!closed || after >= n || is_para(t, after) || (is_terminal(t, after) && (after + 1 >= n || is_para(t, after + 1)))))
        return 0;
    *adjacent = c.found || inherited;
    if (!*adjacent) {
        int starts = o == sent_begin(t, om->sent) || para_start(t, o);
        int ends = !closed || (after < n && is_terminal(t, after)) || is_terminal(t, last);
        int alone = starts && ends;
        c = sentence_cue(q, o, om->sent, after, sent_e, last);
        /* a short span with nothing verb-like is a scare quote, unless it
         * sits in reported speech ("Obama said the law is “ripe for abuse”"),
         * where it is a partial quotation; a cue later in the sentence
         * does not count ("The “moderate rebels” fled, officials said") and
         * "so-called" marks a scare quote regardless */
        if (!alone && words <= 4 && !verby && (!c.found || c.clause_end != NONE || so_called(sp, o)))
            return 0;
        if (!alone && title && capwords >= 2 && !verby) return 0; /* a title or slogan */

        /* after a colon the clause before it speaks, whatever cue sits
         * earlier in the sentence ("When Trump said …, Rubio fired back: “…”") */
        if (o > 1 && is_punct(t, o - 1, ':')) c.s0 = c.s1 = 0;
    }
    if (c.s1 <= c.s0) fallback_speaker(q, om, o, &c.s0, &c.s1);
    memset(qe, 0, sizeof *qe);
    qe->tok0 = c0;
    qe->tok1 = c1;
    qe->start = t->toks[first].start;
    qe->end = t->toks[last].start + t->toks[last].len;
    qe->sentence = om->sent;
    qe->spk0 = c.s0;
    qe->spk1 = c.s1;
    *chain = NONE;
    if (*adjacent) *chain = c.clause_end != NONE ? c.clause_end : after;
    return 1;
}

/* Capitalised words that end the names of institutions and places, not
 * people ("the White House", "Fox News", "Polk County"): W_ORG, spelled
 * exactly so, a capital and then lowercase letters. */
static int org_head(const dy_speech *sp, uint32_t i)
{
    if (!(wset(sp, i) & W_ORG)) return 0;
    const dy_token *k = &sp->t->toks[i];
    const char *p = sp->t->text + k->start;
    if (p[0] < 'A' || p[0] > 'Z') return 0;
    for (uint32_t j = 1; j < k->len; j++)
        if (p[j] < 'a' || p[j] > 'z') return 0;
    return 1;
}

/* A person's name ending at token e (inclusive): capitalised words, initials
 * and title abbreviations ("Sen. Ted Cruz", "Harry M. Reid"), either two
 * words or more, or one after a title ("Mr. Trump", "President Obama").
 * Returns its first token, or NONE. */
static uint32_t person_before(const qstate *q, uint32_t e, uint32_t lo)
{
    const dy_text *t = q->t;
    const dy_speech *sp = q->sp;
    if (!is_word(t, e) || !(t->toks[e].flags & DY_TF_CAP) || (cls(sp, e) & (S_STOP | S_PRON | S_CUE)) ||
        org_head(sp, e))
        return NONE;
    if (e + 1 < t->ntok && is_word(t, e + 1) && (t->toks[e + 1].flags & DY_TF_CAP)) return NONE; /* not its end */
    uint32_t s = e, words = 0;
    int titled = 0;
    for (uint32_t m = e;; m--) {
        const dy_token *k = &t->toks[m];
        if (!is_word(t, m) || !(k->flags & DY_TF_CAP) || (cls(sp, m) & (S_STOP | S_PRON | S_CUE))) {
            titled = is_word(t, m) && (cls(sp, m) & S_TITLE);   /* "spokesman Haley Morris" */
            break;
        }
        if ((k->flags & DY_TF_ABBREV) && m < e) titled = 1;      /* "Sen.", "Mr." */
        s = m;
        words++;
        if (m == lo || is_para(t, m) || e - m > 5) break;
    }
    if (words >= 2 || titled) return s;
    /* one name as the subject of a speech verb: "Rubio said" */
    uint32_t v = e + 1;
    while (v < t->ntok && v < e + 3 && (cls(sp, v) & S_ADV)) v++;
    if (v < t->ntok && (cls(sp, v) & S_CUE) && !(cls(sp, v) & S_ING) && s > 0 && !is_terminal(t, s - 1) &&
        !is_para(t, s))
        return s;
    return NONE;
}

/* The antecedent of a "he"/"she" speaker: the nearest person mention before
 * it, skipping what earlier quotations say (their words are not mentions in
 * the narrative). Bounded: 150 tokens back. */
static void resolve(qstate *q, dy_quote_expr *qe)
{
    const dy_speech *sp = q->sp;
    qe->ref0 = qe->ref1 = 0;
    if (qe->spk1 != qe->spk0 + 1 || !(xw_is(sp, qe->spk0, DY_XW_HE) || xw_is(sp, qe->spk0, DY_XW_SHE))) return;
    uint32_t p = qe->spk0, lo = p > 150 ? p - 150 : 0;
    const dy_quote_expr *prev = q->out->v;
    size_t qi = q->out->n;
    while (p-- > lo) {
        /* inside an earlier quotation (or the current one): jump before it */
        if (p >= qe->tok0 && p < qe->tok1) { p = qe->tok0 > 0 ? qe->tok0 - 1 : 0; if (!p) break; continue; }
        while (qi > 0 && prev[qi - 1].tok0 > p + 1) qi--;
        if (qi > 0 && p < prev[qi - 1].tok1 + 1 && p + 1 >= prev[qi - 1].tok0) {
            if (prev[qi - 1].tok0 < 2) break;
            p = prev[qi - 1].tok0 - 1;
            qi--;
            continue;
        }
        uint32_t s = person_before(q, p, lo);
        if (s != NONE) {
            qe->ref0 = s;
            qe->ref1 = p + 1;
            return;
        }
    }
}

static void push(qstate *q, const dy_quote_expr *qe, uint32_t chain)
{
    dy_quote_expr *d = dy_vec_push(q->out, q->a);
    *d = *qe;
    resolve(q, d);
    q->chain_at = chain;
    q->last_end = qe->tok1;
    q->last_s0 = qe->spk0;
    q->last_s1 = qe->spk1;
    q->chain_s0 = qe->spk0;
    q->chain_s1 = qe->spk1;
}

/* Judge and keep a candidate. A single quote that swallowed double quotes
 * (British style: ‘He called it “a farce”,’ she said) replaces them only
 * when it has a cue of its own. */
static void finish(qstate *q, open_mark *om, uint32_t e, uint32_t after, int fam, uint32_t sent_e)
{
    dy_quote_expr qe;
    int adj;
    uint32_t chain;
    if (judge(q, om, e, after, sent_e, &qe, &adj, &chain)) {
        if (fam == FAM_SINGLE && q->out->n > om->mark) {
            if (adj) {
                q->out->n = om->mark;
                push(q, &qe, chain);
            }
        } else {
            push(q, &qe, chain);
        }
    }
    om->tok = NONE;
}

/* An open quote meets a paragraph break at token i (or the end of text).
 * Returns 1 if token i re-opens the same quote (it is then consumed). */
static int para_break(qstate *q, open_mark *om, uint32_t i, int fam, uint32_t sent_prev)
{
    const dy_text *t = q->t;
    uint32_t o = om->tok;
    if (i < t->ntok && i > o + om->len) {
        qmark m = mark_at(t, i, 1);
        uint32_t p = i - 1;
        if (m.fam == fam && m.dir == DY_TF_OPEN &&
            (para_start(t, o) || is_terminal(t, p) || is_punct(t, p, ',') || is_punct(t, p, ':') ||
             is_punct(t, p, ';') || is_dash(t, p)))
            return 1;
    }
    if (para_start(t, o)) finish(q, om, i, NONE, fam, sent_prev);
    om->tok = NONE;
    return 0;
}

/* A bare ’ after a word ("bosses’") that the tokenizer took for a plural
 * possessive, at a point where it can close a single quote. */
static int poss_can_close(const dy_text *t, uint32_t i)
{
    const dy_token *k = &t->toks[i];
    if (k->len > 3 || family(tok_cp(t, i)) != FAM_SINGLE) return 0;
    if (i + 1 >= t->ntok || is_para(t, i + 1)) return 1;
    const dy_token *nx = &t->toks[i + 1];
    return nx->kind == DY_TOK_QUOTE || (nx->kind == DY_TOK_PUNCT && !(nx->flags & DY_TF_OPEN));
}

/* The sentence of token i, moving on from sentence cur (of an earlier token). */
static uint32_t sent_at(const dy_text *t, uint32_t cur, uint32_t i)
{
    while (cur + 1 < t->nsent && t->sents[cur].tok_end <= i) cur++;
    return cur;
}

void dy_extract_quotes(const dy_text *t, const uint16_t *xw, dy_arena *a, dy_vec *out)
{
    if (!t || t->ntok == 0) return;
    qstate q = {t, dy_speech_scan(t, xw, a), a, out, NONE, 0, 0, NONE, 0, 0};
    open_mark dq = {NONE, 1, 0, 0, 0}, sq = {NONE, 1, 0, 0, 0};
    uint32_t cur = 0, n = t->ntok, passed = NONE;   /* passed: the second token of a '' mark */
    for (uint32_t i = 0; i < n; i++) {
        const dy_token *k = &t->toks[i];
        /* only marks, possessives and paragraph starts matter here */
        if (k->kind != DY_TOK_QUOTE && k->kind != DY_TOK_POSS && !(k->flags & DY_TF_PARA)) continue;
        /* the sentences of tokens i - 1 (prev) and i (cur) */
        if (i > 0) cur = sent_at(t, cur, i - 1 == passed ? i - 2 : i - 1);
        uint32_t prev = cur;
        cur = sent_at(t, cur, i);
        if (i > 0 && (k->flags & DY_TF_PARA)) {
            int cont = 0;
            if (dq.tok != NONE) cont |= para_break(&q, &dq, i, FAM_DOUBLE, prev);
            if (sq.tok != NONE) cont |= para_break(&q, &sq, i, FAM_SINGLE, prev);
            if (cont) {
                uint32_t len = mark_at(t, i, 1).len;
                if (len > 1) passed = i += len - 1;
                continue;
            }
        }
        if (k->kind == DY_TOK_QUOTE) {
            qmark m = mark_at(t, i, dq.tok != NONE);
            if (m.fam == FAM_DOUBLE) {
                int closes = m.dir == DY_TF_CLOSE || (dq.german && m.cp == 0x201C);
                if (dq.tok != NONE && closes) {
                    finish(&q, &dq, i, i + m.len, FAM_DOUBLE, cur);
                } else if (m.dir == DY_TF_OPEN) {
                    /* an earlier unclosed open is dropped */
                    dq = (open_mark){i, m.len, cur, out->n, m.cp == 0x201E};
                }
            } else if (m.fam == FAM_SINGLE && dq.tok == NONE) {
                if (sq.tok != NONE && m.dir == DY_TF_CLOSE) {
                    finish(&q, &sq, i, i + 1, FAM_SINGLE, cur);
                } else if (m.dir == DY_TF_OPEN && i + 1 < n && is_word(t, i + 1) && !is_para(t, i + 1)) {
                    sq = (open_mark){i, 1, cur, out->n, 0};
                }
            }
            if (m.len > 1) passed = i += m.len - 1;
        } else if (k->kind == DY_TOK_POSS && sq.tok != NONE && dq.tok == NONE && poss_can_close(t, i)) {
            finish(&q, &sq, i, i + 1, FAM_SINGLE, cur);
        }
    }
    cur = sent_at(t, cur, n - 1 == passed ? n - 2 : n - 1);
    if (dq.tok != NONE) para_break(&q, &dq, n, FAM_DOUBLE, cur);
    if (sq.tok != NONE) para_break(&q, &sq, n, FAM_SINGLE, cur);
}
