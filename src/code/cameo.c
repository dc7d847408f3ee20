/* cameo.c — the CAMEO code table (312 codes) and its PLOVER map.
 *
 * Data: names and Goldstein values from the CAMEO codebook as distributed by
 * ICEWS (cameo-codes.csv); PLOVER type and mode from the Open Event Data
 * Alliance's CAMEO→PLOVER conversion table (Draft 0.8, 2021-09-17) checked
 * against the PLOVER manual's mode lists. See docs/codes.md for the choices.
 *
 * The table is sorted by code in byte order (a root comes before its
 * children: "04" < "040" < "041"), so lookups are a binary search over
 * constant data. Rows whose mode differs from the published map say so in a
 * trailing comment ("map: ban"): the map's mode is not a mode of that type in
 * the manual, and the manual names another one for the action, or none. */
#include "code/cameo.h"

#include <string.h>

#include "util/check.h"

/* One copy of each type name, so that pointers compare equal and
 * dy_plover_current() can return the same strings. */
static const char P_AGREE[] = "AGREE";
static const char P_CONSULT[] = "CONSULT";
static const char P_SUPPORT[] = "SUPPORT";
static const char P_CONCEDE[] = "CONCEDE";
static const char P_COOPERATE[] = "COOPERATE";
static const char P_AID[] = "AID";
static const char P_RETREAT[] = "RETREAT";
static const char P_REQUEST[] = "REQUEST";
static const char P_ACCUSE[] = "ACCUSE";
static const char P_REJECT[] = "REJECT";
static const char P_THREATEN[] = "THREATEN";
static const char P_PROTEST[] = "PROTEST";
static const char P_SANCTION[] = "SANCTION";
static const char P_MOBILIZE[] = "MOBILIZE";
static const char P_COERCE[] = "COERCE";
static const char P_ASSAULT[] = "ASSAULT";

/* code, name, Goldstein, root, quad, PLOVER type, PLOVER mode.
 * Roots 01 (statements) and 02 (appeals) are dropped by the PLOVER map. */
static const dy_cameo cameo_table[] = {
    {"01", "Make public statement", 0.0f, 1, 1, NULL, NULL},
    {"010", "Make statement", 0.0f, 1, 1, NULL, NULL},
    {"011", "Decline comment", -0.1f, 1, 1, NULL, NULL},
    {"012", "Make pessimistic comment", -0.4f, 1, 1, NULL, NULL},
    {"013", "Make optimistic comment", 0.4f, 1, 1, NULL, NULL},
    {"014", "Consider policy option", 0.0f, 1, 1, NULL, NULL},
    {"015", "Acknowledge or claim responsibility", 0.0f, 1, 1, NULL, NULL},
    {"016", "Deny responsibility", -5.0f, 1, 1, NULL, NULL},
    {"017", "Engage in symbolic act", 0.0f, 1, 1, NULL, NULL},
    {"018", "Make empathetic comment", 3.4f, 1, 1, NULL, NULL},
    {"019", "Express accord", 3.4f, 1, 1, NULL, NULL},
    {"02", "Appeal", 3.0f, 2, 1, NULL, NULL},
    {"020", "Make an appeal or request", 3.0f, 2, 1, NULL, NULL},
    {"021", "Appeal for material cooperation", 3.4f, 2, 1, NULL, NULL},
    {"0211", "Appeal for economic cooperation", 3.4f, 2, 1, NULL, NULL},
    {"0212", "Appeal for military cooperation", 3.4f, 2, 1, NULL, NULL},
    {"0213", "Appeal for judicial cooperation", 3.4f, 2, 1, NULL, NULL},
    {"0214", "Appeal for intelligence", 3.4f, 2, 1, NULL, NULL},
    {"022", "Appeal for diplomatic cooperation (such as policy support)", 3.4f, 2, 1, NULL, NULL},
    {"023", "Appeal for aid", 3.4f, 2, 1, NULL, NULL},
    {"0231", "Appeal for economic aid", 3.4f, 2, 1, NULL, NULL},
    {"0232", "Appeal for military aid", 3.4f, 2, 1, NULL, NULL},
    {"0233", "Appeal for humanitarian aid", 3.4f, 2, 1, NULL, NULL},
    {"0234", "Appeal for military protection or peacekeeping", 3.4f, 2, 1, NULL, NULL},
    {"024", "Appeal for political reform", -0.3f, 2, 1, NULL, NULL},
    {"0241", "Appeal for change in leadership", -0.3f, 2, 1, NULL, NULL},
    {"0242", "Appeal for policy change", -0.3f, 2, 1, NULL, NULL},
    {"0243", "Appeal for rights", -0.3f, 2, 1, NULL, NULL},
    {"0244", "Appeal for change in institutions, regime", -0.3f, 2, 1, NULL, NULL},
    {"025", "Appeal to yield", -0.3f, 2, 1, NULL, NULL},
    {"0251", "Appeal for easing of administrative sanctions", -0.3f, 2, 1, NULL, NULL},
    {"0252", "Appeal for easing of political dissent", -0.3f, 2, 1, NULL, NULL},
    {"0253", "Appeal for release of persons or property", -0.3f, 2, 1, NULL, NULL},
    {"0254", "Appeal for easing of economic sanctions, boycott, or embargo", -0.3f, 2, 1, NULL, NULL},
    {"0255", "Appeal for target to allow international involvement (non-mediation)", -0.3f, 2, 1, NULL, NULL},
    {"0256", "Appeal for de-escalation of military engagement", -0.3f, 2, 1, NULL, NULL},
    {"026", "Appeal to others to meet or negotiate", 4.0f, 2, 1, NULL, NULL},
    {"027", "Appeal to others to settle dispute", 4.0f, 2, 1, NULL, NULL},
    {"028", "Appeal to engage in or accept mediation", 4.0f, 2, 1, NULL, NULL},
    {"03", "Express intent to cooperate", 4.0f, 3, 1, P_AGREE, NULL},
    {"030", "Express intent to cooperate", 4.0f, 3, 1, P_AGREE, NULL},
    {"031", "Express intent to engage in material cooperation", 5.2f, 3, 1, P_AGREE, NULL},
    {"0311", "Express intent to cooperate economically", 5.2f, 3, 1, P_AGREE, NULL},
    {"0312", "Express intent to cooperate militarily", 5.2f, 3, 1, P_AGREE, NULL},
    {"0313", "Express intent to cooperate on judicial matters", 5.2f, 3, 1, P_AGREE, NULL},
    {"0314", "Express intent to cooperate on intelligence", 5.2f, 3, 1, P_AGREE, NULL},
    {"032", "Express intent to engage in diplomatic cooperation (such as policy support)", 4.5f, 3, 1, P_AGREE, NULL},
    {"033", "Express intent to provide material aid", 5.2f, 3, 1, P_AGREE, NULL},
    {"0331", "Express intent to provide economic aid", 5.2f, 3, 1, P_AGREE, NULL},
    {"0332", "Express intent to provide military aid", 5.2f, 3, 1, P_AGREE, NULL},
    {"0333", "Express intent to provide humanitarian aid", 5.2f, 3, 1, P_AGREE, NULL},
    {"0334", "Express intent to provide military protection or peacekeeping", 6.0f, 3, 1, P_AGREE, NULL},
    {"034", "Express intent to institute political reform", 7.0f, 3, 1, P_AGREE, NULL},
    {"0341", "Express intent to change leadership", 7.0f, 3, 1, P_AGREE, NULL},
    {"0342", "Express intent to change policy", 7.0f, 3, 1, P_AGREE, NULL},
    {"0343", "Express intent to provide rights", 7.0f, 3, 1, P_AGREE, NULL},
    {"0344", "Express intent to change institutions, regime", 7.0f, 3, 1, P_AGREE, NULL},
    {"035", "Express intent to yield", 7.0f, 3, 1, P_AGREE, NULL},
    {"0351", "Express intent to ease administrative sanctions", 7.0f, 3, 1, P_AGREE, NULL},
    {"0352", "Express intent to ease popular dissent", 7.0f, 3, 1, P_AGREE, NULL},
    {"0353", "Express intent to release persons or property", 7.0f, 3, 1, P_AGREE, NULL},
    {"0354", "Express intent to ease economic sanctions, boycott, or embargo", 7.0f, 3, 1, P_AGREE, NULL},
    {"0355", "Express intent to allow international involvement (non-mediation)", 7.0f, 3, 1, P_AGREE, NULL},
    {"0356", "Express intent to de-escalate military engagement", 7.0f, 3, 1, P_AGREE, NULL},
    {"036", "Express intent to meet or negotiate", 4.0f, 3, 1, P_AGREE, NULL},
    {"037", "Express intent to settle dispute", 5.0f, 3, 1, P_AGREE, NULL},
    {"038", "Express intent to accept mediation", 7.0f, 3, 1, P_AGREE, NULL},
    {"039", "Express intent to mediate", 5.0f, 3, 1, P_AGREE, NULL},
    {"04", "Consult", 1.0f, 4, 1, P_CONSULT, NULL},
    {"040", "Consult", 1.0f, 4, 1, P_CONSULT, NULL},
    {"041", "Discuss by telephone", 1.0f, 4, 1, P_CONSULT, "phone"},
    {"042", "Make a visit", 1.9f, 4, 1, P_CONSULT, "visit"},
    {"043", "Host a visit", 2.8f, 4, 1, P_CONSULT, "visit"},
    {"044", "Meet at a 'third' location", 2.5f, 4, 1, P_CONSULT, "third-party"},
    {"045", "Mediate", 5.0f, 4, 1, P_CONSULT, NULL},
    {"046", "Engage in negotiation", 7.0f, 4, 1, P_CONSULT, NULL},
    {"05", "Engage in diplomatic cooperation", 3.5f, 5, 1, P_SUPPORT, NULL},
    {"050", "Engage in diplomatic cooperation", 3.5f, 5, 1, P_SUPPORT, NULL},
    {"051", "Praise or endorse", 3.4f, 5, 1, P_SUPPORT, NULL},
    {"052", "Defend verbally", 3.5f, 5, 1, P_SUPPORT, NULL},
    {"053", "Rally support on behalf of", 3.8f, 5, 1, P_SUPPORT, NULL},
    {"054", "Grant diplomatic recognition", 6.0f, 5, 1, P_SUPPORT, NULL},
    {"055", "Apologize", 7.0f, 5, 1, P_SUPPORT, NULL},
    {"056", "Forgive", 7.0f, 5, 1, P_SUPPORT, NULL},
    {"057", "Sign formal agreement", 8.0f, 5, 1, P_SUPPORT, NULL},
    {"06", "Engage in material cooperation", 6.0f, 6, 2, P_COOPERATE, NULL},
    {"060", "Engage in material cooperation", 6.0f, 6, 2, P_COOPERATE, NULL},
    {"061", "Cooperate economically", 6.4f, 6, 2, P_COOPERATE, NULL},
    {"062", "Cooperate militarily", 7.4f, 6, 2, P_COOPERATE, NULL},
    {"063", "Engage in judicial cooperation", 7.4f, 6, 2, P_COOPERATE, NULL},
    {"064", "Share intelligence or information", 7.0f, 6, 2, P_COOPERATE, NULL},
    {"07", "Provide aid", 7.0f, 7, 2, P_AID, NULL},
    {"070", "Provide aid", 7.0f, 7, 2, P_AID, NULL},
    {"071", "Provide economic aid", 7.4f, 7, 2, P_AID, NULL},
    {"072", "Provide military aid", 8.3f, 7, 2, P_AID, NULL},
    {"073", "Provide humanitarian aid", 7.4f, 7, 2, P_AID, NULL},
    {"074", "Provide military protection or peacekeeping", 8.5f, 7, 2, P_AID, NULL},
    {"075", "Grant asylum", 7.0f, 7, 2, P_AID, NULL},
    {"08", "Yield", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"080", "Yield", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"081", "Ease administrative sanctions", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0811", "Ease restrictions on political freedoms", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0812", "Ease ban on political parties or politicians", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0813", "Ease curfew", 5.0f, 8, 2, P_RETREAT, NULL},
    {"0814", "Ease state of emergency or martial law", 5.0f, 8, 2, P_RETREAT, NULL},
    {"082", "Ease political dissent", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"083", "Accede to requests or demands for political reform", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0831", "Accede to demands for change in leadership", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0832", "Accede to demands for change in policy", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0833", "Accede to demands for rights", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"0834", "Accede to demands for change in institutions, regime", 5.0f, 8, 2, P_CONCEDE, NULL},
    {"084", "Return, release", 7.0f, 8, 2, P_RETREAT, NULL},
    {"0841", "Return, release person(s)", 7.0f, 8, 2, P_RETREAT, "release"},
    {"0842", "Return, release property", 7.0f, 8, 2, P_RETREAT, NULL}, /* map: return */
    {"085", "Ease economic sanctions, boycott, embargo", 7.0f, 8, 2, P_RETREAT, NULL}, /* map: ease */
    {"086", "Allow international involvement", 9.0f, 8, 2, P_RETREAT, "access"},
    {"0861", "Receive deployment of peacekeepers", 9.0f, 8, 2, P_RETREAT, "access"},
    {"0862", "Receive inspectors", 9.0f, 8, 2, P_RETREAT, "access"},
    {"0863", "Allow humanitarian access", 9.0f, 8, 2, P_RETREAT, "access"},
    {"087", "De-escalate military engagement", 9.0f, 8, 2, P_RETREAT, "disarm"},
    {"0871", "Declare truce, ceasefire", 9.0f, 8, 2, P_RETREAT, "ceasefire"},
    {"0872", "Ease military blockade", 9.0f, 8, 2, P_RETREAT, "withdraw"},
    {"0873", "Demobilize armed forces", 9.0f, 8, 2, P_RETREAT, "disarm"},
    {"0874", "Retreat or surrender militarily", 10.0f, 8, 2, P_RETREAT, "disarm"},
    {"09", "Investigate", -2.0f, 9, 3, P_ACCUSE, NULL},
    {"090", "Investigate", -2.0f, 9, 3, P_ACCUSE, "investigate"},
    {"091", "Investigate crime, corruption", -2.0f, 9, 3, P_ACCUSE, "investigate"},
    {"092", "Investigate human rights abuses", -2.0f, 9, 3, P_ACCUSE, "investigate"},
    {"093", "Investigate military action", -2.0f, 9, 3, P_ACCUSE, "investigate"},
    {"094", "Investigate war crimes", -2.0f, 9, 3, P_ACCUSE, "investigate"},
    {"10", "Demand", -5.0f, 10, 3, P_REQUEST, NULL},
    {"100", "Demand", -5.0f, 10, 3, P_REQUEST, NULL},
    {"101", "Demand material cooperation", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1011", "Demand economic cooperation", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1012", "Demand military cooperation", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1013", "Demand judicial cooperation", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1014", "Demand intelligence cooperation", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"102", "Demand diplomatic cooperation (such as policy support)", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"103", "Demand material aid", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1031", "Demand economic aid", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1032", "Demand military aid", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1033", "Demand humanitarian aid", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"1034", "Demand military protection or peacekeeping", -5.0f, 10, 3, P_REQUEST, "assist"},
    {"104", "Demand political reform", -5.0f, 10, 3, P_REQUEST, "change"},
    {"1041", "Demand change in leadership", -5.0f, 10, 3, P_REQUEST, "change"},
    {"1042", "Demand policy change", -5.0f, 10, 3, P_REQUEST, "change"},
    {"1043", "Demand rights", -5.0f, 10, 3, P_REQUEST, "change"},
    {"1044", "Demand change in institutions, regime", -5.0f, 10, 3, P_REQUEST, "change"},
    {"105", "Demand that target yields", -5.0f, 10, 3, P_REQUEST, "change"},
    {"1051", "Demand easing of administrative sanctions", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"1052", "Demand easing of political dissent", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"1053", "Demand release of persons or property", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"1054", "Demand easing of economic sanctions, boycott, or embargo", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"1055", "Demand that target allows international involvement (non-mediation)", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"1056", "Demand de-escalation of military engagement", -5.0f, 10, 3, P_REQUEST, "yield"},
    {"106", "Demand meeting, negotiation", -5.0f, 10, 3, P_REQUEST, "meet"},
    {"107", "Demand settling of dispute", -5.0f, 10, 3, P_REQUEST, "meet"},
    {"108", "Demand mediation", -5.0f, 10, 3, P_REQUEST, "meet"},
    {"11", "Disapprove", -2.0f, 11, 3, P_ACCUSE, NULL},
    {"110", "Disapprove", -2.0f, 11, 3, P_ACCUSE, "disapprove"},
    {"111", "Criticize or denounce", -2.0f, 11, 3, P_ACCUSE, "disapprove"},
    {"112", "Accuse", -2.0f, 11, 3, P_ACCUSE, "disapprove"},
    {"1121", "Accuse of crime, corruption", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"1122", "Accuse of human rights abuses", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"1123", "Accuse of aggression", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"1124", "Accuse of war crimes", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"1125", "Accuse of espionage, treason", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"113", "Rally opposition against", -2.0f, 11, 3, P_ACCUSE, "disapprove"},
    {"114", "Complain officially", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"115", "Bring lawsuit against", -2.0f, 11, 3, P_ACCUSE, "allege"},
    {"116", "Find guilty or liable (legally)", -2.0f, 11, 3, P_ACCUSE, "disapprove"},
    {"12", "Reject", -4.0f, 12, 3, P_REJECT, NULL},
    {"120", "Reject", -4.0f, 12, 3, P_REJECT, NULL},
    {"121", "Reject material cooperation", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1211", "Reject economic cooperation", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1212", "Reject military cooperation", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1213", "Reject judicial cooperation", -4.0f, 12, 3, P_REJECT, "assist"},
    {"122", "Reject request or demand for material aid", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1221", "Reject request for economic aid", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1222", "Reject request for military aid", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1223", "Reject request for humanitarian aid", -4.0f, 12, 3, P_REJECT, "assist"},
    {"1224", "Reject request for military protection or peacekeeping", -4.0f, 12, 3, P_REJECT, "assist"},
    {"123", "Reject request or demand for political reform", -4.0f, 12, 3, P_REJECT, "change"},
    {"1231", "Reject request for change in leadership", -4.0f, 12, 3, P_REJECT, "change"},
    {"1232", "Reject request for policy change", -4.0f, 12, 3, P_REJECT, "change"},
    {"1233", "Reject request for rights", -4.0f, 12, 3, P_REJECT, "change"},
    {"1234", "Reject request for change in institutions, regime", -4.0f, 12, 3, P_REJECT, "change"},
    {"124", "Refuse to yield", -4.0f, 12, 3, P_REJECT, "change"},
    {"1241", "Refuse to ease administrative sanctions", -4.0f, 12, 3, P_REJECT, "change"},
    {"1242", "Refuse to ease popular dissent", -4.0f, 12, 3, P_REJECT, "change"},
    {"1243", "Refuse to release persons or property", -4.0f, 12, 3, P_REJECT, "yield"},
    {"1244", "Refuse to ease economic sanctions, boycott, or embargo", -4.0f, 12, 3, P_REJECT, "yield"},
    {"1245", "Refuse to allow international involvement (non-mediation)", -4.0f, 12, 3, P_REJECT, "yield"},
    {"1246", "Refuse to de-escalate military engagement", -4.0f, 12, 3, P_REJECT, "yield"},
    {"125", "Reject proposal to meet, discuss, or negotiate", -5.0f, 12, 3, P_REJECT, "meet"},
    {"126", "Reject mediation", -5.0f, 12, 3, P_REJECT, "meet"},
    {"127", "Reject plan, agreement to settle dispute", -5.0f, 12, 3, P_REJECT, "meet"},
    {"128", "Defy norms, law", -5.0f, 12, 3, P_REJECT, "yield"},
    {"129", "Veto", -5.0f, 12, 3, P_REJECT, "yield"},
    {"13", "Threaten", -6.0f, 13, 3, P_THREATEN, NULL},
    {"130", "Threaten", -4.4f, 13, 3, P_THREATEN, NULL},
    {"131", "Threaten non-force", -5.8f, 13, 3, P_THREATEN, NULL},
    {"1311", "Threaten to reduce or stop aid", -5.8f, 13, 3, P_THREATEN, "relations"},
    {"1312", "Threaten with sanctions, boycott, embargo", -5.8f, 13, 3, P_THREATEN, "restrict"},
    {"1313", "Threaten to reduce or break relations", -5.8f, 13, 3, P_THREATEN, "relations"},
    {"132", "Threaten with administrative sanctions", -5.8f, 13, 3, P_THREATEN, "restrict"}, /* map: ban */
    {"1321", "Threaten with restrictions on political freedoms", -5.8f, 13, 3, P_THREATEN, "restrict"}, /* map: political */
    {"1322", "Threaten to ban political parties or politicians", -5.8f, 13, 3, P_THREATEN, "restrict"}, /* map: ban */
    {"1323", "Threaten to impose curfew", -5.8f, 13, 3, P_THREATEN, "restrict"},
    {"1324", "Threaten to impose state of emergency or martial law", -5.8f, 13, 3, P_THREATEN, "restrict"},
    {"133", "Threaten with political dissent, protest", -5.8f, 13, 3, P_THREATEN, "relations"},
    {"134", "Threaten to halt negotiations", -5.8f, 13, 3, P_THREATEN, "relations"},
    {"135", "Threaten to halt mediation", -5.8f, 13, 3, P_THREATEN, "relations"},
    {"136", "Threaten to halt international involvement (non-mediation)", -7.0f, 13, 3, P_THREATEN, "expel"},
    {"137", "Threaten with repression", -7.0f, 13, 3, P_THREATEN, "violence"},
    {"138", "Threaten with military force", -7.0f, 13, 3, P_THREATEN, "violence"},
    {"1381", "Threaten blockade", -7.0f, 13, 3, P_THREATEN, "restrict"},
    {"1382", "Threaten occupation", -7.0f, 13, 3, P_THREATEN, "territory"},
    {"1383", "Threaten unconventional violence", -7.0f, 13, 3, P_THREATEN, "violence"},
    {"1384", "Threaten conventional attack", -7.0f, 13, 3, P_THREATEN, "violence"},
    {"1385", "Threaten attack with WMD", -7.0f, 13, 3, P_THREATEN, "violence"},
    {"139", "Give ultimatum", -7.0f, 13, 3, P_THREATEN, "relations"},
    {"14", "Protest", -6.5f, 14, 4, P_PROTEST, NULL},
    {"140", "Engage in political dissent", -6.5f, 14, 4, P_PROTEST, NULL},
    {"141", "Demonstrate or rally", -6.5f, 14, 4, P_PROTEST, "demo"},
    {"1411", "Demonstrate for leadership change", -6.5f, 14, 4, P_PROTEST, "demo"},
    {"1412", "Demonstrate for policy change", -6.5f, 14, 4, P_PROTEST, "demo"},
    {"1413", "Demonstrate for rights", -6.5f, 14, 4, P_PROTEST, "demo"},
    {"1414", "Demonstrate for change in institutions, regime", -6.5f, 14, 4, P_PROTEST, "demo"},
    {"142", "Conduct hunger strike", -6.5f, 14, 4, P_PROTEST, "hunger"},
    {"1421", "Conduct hunger strike for leadership change", -6.5f, 14, 4, P_PROTEST, "hunger"},
    {"1422", "Conduct hunger strike for policy change", -6.5f, 14, 4, P_PROTEST, "hunger"},
    {"1423", "Conduct hunger strike for rights", -6.5f, 14, 4, P_PROTEST, "hunger"},
    {"1424", "Conduct hunger strike for change in institutions, regime", -6.5f, 14, 4, P_PROTEST, "hunger"},
    {"143", "Conduct strike or boycott", -6.5f, 14, 4, P_PROTEST, "boycott"},
    {"1431", "Conduct strike or boycott for leadership change", -6.5f, 14, 4, P_PROTEST, "boycott"},
    {"1432", "Conduct strike or boycott for policy change", -6.5f, 14, 4, P_PROTEST, "boycott"},
    {"1433", "Conduct strike or boycott for rights", -6.5f, 14, 4, P_PROTEST, "boycott"},
    {"1434", "Conduct strike or boycott for change in institutions, regime", -6.5f, 14, 4, P_PROTEST, "boycott"},
    {"144", "Obstruct passage, block", -7.5f, 14, 4, P_PROTEST, "obstruct"},
    {"1441", "Obstruct passage to demand leadership change", -7.5f, 14, 4, P_PROTEST, "obstruct"},
    {"1442", "Obstruct passage to demand policy change", -7.5f, 14, 4, P_PROTEST, "obstruct"},
    {"1443", "Obstruct passage to demand rights", -7.5f, 14, 4, P_PROTEST, "obstruct"},
    {"1444", "Obstruct passage to demand change in institutions, regime", -7.5f, 14, 4, P_PROTEST, "obstruct"},
    {"145", "Protest violently, riot", -7.5f, 14, 4, P_PROTEST, "riot"},
    {"1451", "Engage in violent protest for leadership change", -7.5f, 14, 4, P_PROTEST, "riot"},
    {"1452", "Engage in violent protest for policy change", -7.5f, 14, 4, P_PROTEST, "riot"},
    {"1453", "Engage in violent protest for rights", -7.5f, 14, 4, P_PROTEST, "riot"},
    {"1454", "Engage in violent protest for change in institutions, regime", -7.5f, 14, 4, P_PROTEST, "riot"},
    {"15", "Exhibit force posture", -7.2f, 15, 4, P_MOBILIZE, NULL},
    {"150", "Demonstrate military or police power", -7.2f, 15, 4, P_MOBILIZE, NULL},
    {"151", "Increase police alert status", -7.2f, 15, 4, P_MOBILIZE, "police"},
    {"152", "Increase military alert status", -7.2f, 15, 4, P_MOBILIZE, "troops"},
    {"153", "Mobilize or increase police power", -7.2f, 15, 4, P_MOBILIZE, "police"},
    {"154", "Mobilize or increase armed forces", -7.2f, 15, 4, P_MOBILIZE, "troops"},
    {"16", "Reduce relations", -4.0f, 16, 4, P_SANCTION, NULL},
    {"160", "Reduce relations", -4.0f, 16, 4, P_SANCTION, NULL},
    {"161", "Reduce or break diplomatic relations", -4.0f, 16, 4, P_SANCTION, "withdraw"},
    {"162", "Reduce or stop material aid", -5.6f, 16, 4, P_SANCTION, "discontinue"},
    {"1621", "Reduce or stop economic assistance", -5.6f, 16, 4, P_SANCTION, "discontinue"},
    {"1622", "Reduce or stop military assistance", -5.6f, 16, 4, P_SANCTION, "discontinue"},
    {"1623", "Reduce or stop humanitarian assistance", -5.6f, 16, 4, P_SANCTION, "discontinue"},
    {"163", "Impose embargo, boycott, or sanctions", -8.0f, 16, 4, P_COERCE, "restrict"},
    {"164", "Halt negotiations", -6.5f, 16, 4, P_SANCTION, "withdraw"},
    {"165", "Halt mediation", -7.0f, 16, 4, P_SANCTION, "withdraw"},
    {"166", "Expel or withdraw", -7.0f, 16, 4, P_SANCTION, "expel"},
    {"1661", "Expel or withdraw peacekeepers", -7.0f, 16, 4, P_SANCTION, "expel"},
    {"1662", "Expel or withdraw inspectors, observers", -7.0f, 16, 4, P_SANCTION, "expel"},
    {"1663", "Expel or withdraw aid agencies", -7.0f, 16, 4, P_SANCTION, "expel"},
    {"17", "Coerce", -7.0f, 17, 4, P_COERCE, NULL},
    {"170", "Coerce", -7.0f, 17, 4, P_COERCE, NULL},
    {"171", "Seize or damage property", -9.2f, 17, 4, P_COERCE, "seize"},
    {"1711", "Confiscate property", -9.2f, 17, 4, P_COERCE, "seize"},
    {"1712", "Destroy property", -9.2f, 17, 4, P_ASSAULT, "destroy"}, /* map: seize */
    {"172", "Impose administrative sanctions", -5.0f, 17, 4, P_COERCE, "restrict"},
    {"1721", "Impose restrictions on political freedoms", -5.0f, 17, 4, P_COERCE, "restrict"},
    {"1722", "Ban political parties or politicians", -5.0f, 17, 4, P_COERCE, "restrict"}, /* map: ban */
    {"1723", "Impose curfew", -5.0f, 17, 4, P_COERCE, "curfew"},
    {"1724", "Impose state of emergency or martial law", -5.0f, 17, 4, P_COERCE, "martial-law"},
    {"173", "Arrest, detain, or charge with legal action", -5.0f, 17, 4, P_COERCE, "arrest"},
    {"174", "Expel or deport individuals", -5.0f, 17, 4, P_COERCE, "deport"},
    {"175", "Use tactics of violent repression", -9.0f, 17, 4, P_ASSAULT, NULL}, /* map: pro_autocracy */
    {"18", "Assault", -9.0f, 18, 4, P_ASSAULT, NULL},
    {"180", "Use unconventional violence", -9.0f, 18, 4, P_ASSAULT, NULL},
    {"181", "Abduct, hijack, or take hostage", -9.0f, 18, 4, P_ASSAULT, "abduct"},
    {"182", "Physically assault", -9.5f, 18, 4, P_ASSAULT, "beat"},
    {"1821", "Sexually assault", -9.0f, 18, 4, P_ASSAULT, "sexual"},
    {"1822", "Torture", -9.0f, 18, 4, P_ASSAULT, "torture"},
    {"1823", "Kill by physical assault", -10.0f, 18, 4, P_ASSAULT, NULL},
    {"183", "Conduct suicide, car, or other non-military bombing", -10.0f, 18, 4, P_ASSAULT, "suicide-attack"},
    {"1831", "Carry out suicide bombing", -10.0f, 18, 4, P_ASSAULT, "suicide-attack"},
    {"1832", "Carry out car bombing", -10.0f, 18, 4, P_ASSAULT, "explosives"},
    {"1833", "Carry out roadside bombing", -10.0f, 18, 4, P_ASSAULT, "explosives"},
    {"184", "Use as human shield", -8.0f, 18, 4, P_ASSAULT, "abduct"},
    {"185", "Attempt to assassinate", -8.0f, 18, 4, P_ASSAULT, "targeted"}, /* map: assassinate */
    {"186", "Assassinate", -10.0f, 18, 4, P_ASSAULT, "targeted"}, /* map: assassinate */
    {"19", "Fight", -10.0f, 19, 4, P_ASSAULT, NULL},
    {"190", "Use conventional military force", -10.0f, 19, 4, P_ASSAULT, NULL},
    {"191", "Impose blockade, restrict movement", -9.5f, 19, 4, P_COERCE, "restrict"},
    {"192", "Occupy territory", -9.5f, 19, 4, P_COERCE, "seize"},
    {"193", "Fight with small arms and light weapons", -10.0f, 19, 4, P_ASSAULT, "firearms"},
    {"194", "Fight with artillery and tanks", -10.0f, 19, 4, P_ASSAULT, "heavy-weapons"},
    {"195", "Employ aerial weapons", -10.0f, 19, 4, P_ASSAULT, "aerial"}, /* map: heavy-weapons */
    {"196", "Violate ceasefire", -9.5f, 19, 4, P_ASSAULT, NULL},
    {"20", "Use unconventional mass violence", -10.0f, 20, 4, P_ASSAULT, NULL},
    {"200", "Use unconventional mass violence", -10.0f, 20, 4, P_ASSAULT, NULL}, /* map: massacre */
    {"201", "Engage in mass expulsion", -9.5f, 20, 4, P_ASSAULT, NULL}, /* map: cleansing */
    {"202", "Engage in mass killings", -10.0f, 20, 4, P_ASSAULT, "targeted"}, /* map: massacre */
    {"203", "Engage in ethnic cleansing", -10.0f, 20, 4, P_ASSAULT, NULL}, /* map: cleansing */
    {"204", "Use weapons of mass destruction", -10.0f, 20, 4, P_ASSAULT, "unconventional"},
    {"2041", "Use chemical, biological, or radiological weapons", -10.0f, 20, 4, P_ASSAULT, "unconventional"},
    {"2042", "Detonate nuclear weapons", -10.0f, 20, 4, P_ASSAULT, "unconventional"},
};

_Static_assert(DY_ARRAY_LEN(cameo_table) == 312, "CAMEO has 312 codes");

/* Byte-order comparison of key[0..len) with a NUL-terminated table code. */
static int code_cmp(const char *key, size_t len, const char *code)
{
    size_t i = 0;
    for (; i < len && code[i]; i++) {
        if (key[i] != code[i]) return (unsigned char)key[i] < (unsigned char)code[i] ? -1 : 1;
    }
    if (i < len) return 1;   /* code is a proper prefix of key */
    return code[i] ? -1 : 0; /* key is a proper prefix of code, or equal */
}

const dy_cameo *dy_cameo_lookup(const char *code, size_t len)
{
    if (!code) return NULL;
    if (len == 0) len = strlen(code);
    if (len < 2 || len > 4) return NULL;
    size_t lo = 0, hi = DY_ARRAY_LEN(cameo_table);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = code_cmp(code, len, cameo_table[mid].code);
        if (c == 0) return &cameo_table[mid];
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

const dy_cameo *dy_cameo_resolve(const char *code, size_t len)
{
    if (!code) return NULL;
    if (len == 0) len = strlen(code);
    while (len > 0 && is_blank(*code)) code++, len--;
    size_t n = 0;
    while (n < len && is_digit(code[n])) n++;
    if (n < 2) return NULL;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20) return NULL;
    if (n > 4) n = 4;
    for (; n >= 2; n--) {
        const dy_cameo *e = dy_cameo_lookup(code, n);
        if (e) return e;
    }
    DY_BUG("CAMEO root missing from the table"); /* every root 01..20 is present */
}

size_t dy_cameo_count(void)
{
    return DY_ARRAY_LEN(cameo_table);
}

const dy_cameo *dy_cameo_at(size_t i)
{
    return i < DY_ARRAY_LEN(cameo_table) ? &cameo_table[i] : NULL;
}

int dy_cameo_phoenix_class(int root)
{
    if (root < 1 || root > 20) return -1;
    if (root <= 2) return 0;
    if (root <= 5) return 1;
    if (root <= 8) return 2;
    if (root <= 13 || root == 16) return 3;
    return 4;
}

/* PLOVER labels, old and current, and the current type each stands for. The
 * old ones are the labels of the PLOVER gold-standard records (0.5b1). */
static const struct {
    const char *label;
    const char *type;
} plover_labels[] = {
    {"AGREE", P_AGREE},       {"CONSULT", P_CONSULT},   {"SUPPORT", P_SUPPORT},
    {"CONCEDE", P_CONCEDE},   {"COOPERATE", P_COOPERATE}, {"AID", P_AID},
    {"RETREAT", P_RETREAT},   {"REQUEST", P_REQUEST},   {"ACCUSE", P_ACCUSE},
    {"REJECT", P_REJECT},     {"THREATEN", P_THREATEN}, {"PROTEST", P_PROTEST},
    {"SANCTION", P_SANCTION}, {"MOBILIZE", P_MOBILIZE}, {"COERCE", P_COERCE},
    {"ASSAULT", P_ASSAULT},
    {"DEMAND", P_REQUEST},    {"DISAPPROVE", P_ACCUSE}, {"INVESTIGATE", P_ACCUSE},
    {"FIGHT", P_ASSAULT},
};

static char ascii_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

const char *dy_plover_current(const char *label, size_t len)
{
    if (!label) return NULL;
    if (len == 0) len = strlen(label);
    for (size_t i = 0; i < DY_ARRAY_LEN(plover_labels); i++) {
        const char *l = plover_labels[i].label;
        size_t j = 0;
        while (j < len && l[j] && ascii_upper(label[j]) == l[j]) j++;
        if (j == len && l[j] == 0) return plover_labels[i].type;
    }
    return NULL;
}
