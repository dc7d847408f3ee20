/* compiled.h — compiled dictionary files (see compiled.c for the format and
 * why): save a finished dictionary with the lemma tables it was built with,
 * and map one back, validated, in place of reading text dictionaries. */
#ifndef DY_COMPILED_H
#define DY_COMPILED_H

#include <stddef.h>

#include "dict/dict.h"
#include "lex/lemma.h"

/* Write d (finished) and lem to path (atomically: a temporary file renamed). */
dyad_status dy_dict_save(const dy_dict *d, const dy_lemmatizer *lem, const char *path, dyad_error *err);

/* Replace d and lem (both released first) with the tables of the compiled
 * file at path, mapped read-only. On error d and lem are empty and
 * initialised, and err says which check failed (DYAD_ERR_COMPILED). */
dyad_status dy_dict_map(dy_dict *d, dy_lemmatizer *lem, const char *path, dyad_error *err);

/* Does a file start like a compiled dictionary? */
int dy_is_compiled(const void *data, size_t len);

#endif
