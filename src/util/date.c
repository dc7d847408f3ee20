/* date.c — civil date arithmetic (Howard Hinnant's days_from_civil). */
#include "util/date.h"
#include "dyad.h"

#include <stdio.h>

int32_t dy_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void dy_civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yy + (*m <= 2);
}

int dy_days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[(m - 1) % 12];
}

void dy_format_date(int32_t days, char out[11])
{
    int y, m, d;
    dy_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) { out[0] = 0; return; }
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

static int digits(const char *s, size_t n, int *v)
{
    int x = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return 0;
}

int dy_parse_ymd(const char *s, size_t n, int yy2, int32_t *days)
{
    int y, m, d;
    if (n == 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4]) {
        if (digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d)) return -1;
    } else if (n == 8) {
        if (digits(s, 4, &y) || digits(s + 4, 2, &m) || digits(s + 6, 2, &d)) return -1;
    } else if (n == 6 && yy2) {
        if (digits(s, 2, &y) || digits(s + 2, 2, &m) || digits(s + 4, 2, &d)) return -1;
        y += y <= 30 ? 2000 : 1900;
    } else {
        return -1;
    }
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > dy_days_in_month(y, m)) return -1;
    *days = dy_days_from_civil(y, m, d);
    return 0;
}

dyad_status dyad_parse_date(const char *s, size_t n, long *days)
{
    int32_t v;
    if (!s || dy_parse_ymd(s, n, 0, &v) != 0) return DYAD_ERR_DATE;
    if (days) *days = v;
    return DYAD_OK;
}
