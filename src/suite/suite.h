/* suite.h — readers for the anchors' validation suites.
 *
 *   TABARI Validate.text: records "YYMMDD  ID" + text + a comment between
 *     slash-star and star-slash holding { SRC / TGT / CODE } expectations, with
 *     {+++} complex, {###} discard,
 *     {---} no events, -{ stop checking, { OPTION: line } option changes;
 *     the record that says "end of the standard validation records" ends
 *     the standard set.
 *   PETRARCH-1 PETR.UnitTest.records.xml: <Sentence date id category
 *     valid|sentence="true"> with <EventCoding sourcecode targetcode
 *     eventcode>, noevents="True", error="..."; <Text> is coded and <Parse>
 *     is never read; <Config option value> between sentences changes options;
 *     <Environment> names the dictionaries.
 * Both become a list of cases with expected events and option changes. */
#ifndef DY_SUITE_H
#define DY_SUITE_H

#include <stddef.h>

#include "dyad.h"
#include "util/error.h"

typedef struct dy_expect {
    char source[64], target[64], code[16];
} dy_expect;

typedef enum dy_expect_kind {
    DY_EXPECT_EVENTS = 0, /* the listed events (possibly none, see partial) */
    DY_EXPECT_NONE,       /* {---} / noevents */
    DY_EXPECT_DISCARD,    /* {###} */
    DY_EXPECT_COMPLEX     /* {+++} */
} dy_expect_kind;

typedef struct dy_case {
    char id[96];
    char category[32];
    char date[11];          /* YYYY-MM-DD, "" if none */
    char *text;
    dy_expect *exp;
    size_t nexp;
    int kind;               /* dy_expect_kind */
    int partial;            /* -{ : produced events may include more */
    char **options;         /* option lines to apply before coding this case */
    size_t nopt;
    int standard;           /* within the standard set */
    int checked;            /* has expectations to check (TABARI records without any are skipped) */
    long line;              /* line of the record header */
} dy_case;

typedef struct dy_suite {
    dy_case *cases;
    size_t n, cap;
    int petrarch;           /* 1: PETRARCH XML, 0: TABARI */
    char *env_files[8];     /* PETRARCH <Environment> dictionaries (file names) */
    int env_kinds[8];       /* dy_file_kind of each */
    size_t nenv;
} dy_suite;

dyad_status dy_suite_read_tabari(dy_suite *s, const char *text, size_t len, dy_diag *diag);
dyad_status dy_suite_read_petr(dy_suite *s, const char *text, size_t len, dy_diag *diag);
void dy_suite_release(dy_suite *s);

#endif
