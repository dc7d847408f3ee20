/* country.h — which actor codes begin with a country (see country.c). */
#ifndef DY_COUNTRY_H
#define DY_COUNTRY_H

/* Do the first three letters of code name a country (ISO 3166-1 alpha-3, or
 * one of the historical codes dyad's country dictionary uses)? */
int dy_is_country(const char *code);

#endif
