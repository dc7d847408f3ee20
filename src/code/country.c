/* country.c — is a three-letter code a country? Actor codes begin with a
 * country (TURGOV), a region (MEA), an international body (IGOUNO) or
 * "---" (unknown). The event-context rules (api.c) need to tell a country
 * from the rest; the list is generated at build time from Debian's
 * iso-codes and data/dict-src/countries.tsv (tools/gen_actors.c), so it is
 * the same list the default country dictionary was written from. */
#include "code/country.h"

#include <string.h>

static const char codes[][4] = {
#include "country_codes.inc"
};

int dy_is_country(const char *code)
{
    if (!code || strlen(code) < 3) return 0;
    size_t lo = 0, hi = sizeof codes / sizeof codes[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strncmp(codes[mid], code, 3);
        if (r == 0) return 1;
        if (r < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}
