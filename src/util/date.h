/* date.h — civil dates as day numbers (days since 1970-01-01).
 * Used for article dates, date-restricted actor codes and date expressions;
 * proleptic Gregorian, valid for years 1..9999. */
#ifndef DY_DATE_H
#define DY_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DY_NODATE INT32_MIN

int32_t dy_days_from_civil(int y, int m, int d);
void dy_civil_from_days(int32_t z, int *y, int *m, int *d);
int dy_days_in_month(int y, int m);
/* Format as "YYYY-MM-DD" into out (11 bytes). */
void dy_format_date(int32_t days, char out[11]);
/* Parse YYYY-MM-DD, YYYYMMDD, or (yy2 = 1) TABARI's YYMMDD with the 00–30 →
 * 20xx pivot. Returns 0 and sets *days, or -1. */
int dy_parse_ymd(const char *s, size_t n, int yy2, int32_t *days);

#endif
