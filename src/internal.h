/* internal.h — library internals the dyad CLI uses beyond the public API:
 * validation needs to code with a per-record configuration and to see
 * sentence-level outcomes (discard, complex). Not installed. */
#ifndef DY_INTERNAL_H
#define DY_INTERNAL_H

#include "dyad.h"
#include "dict/dict.h"

/* Outcome flags of a dyad_code_cfg_ call. */
enum { DY_OUT_DISCARD = 1, DY_OUT_COMPLEX = 2, DY_OUT_SHORT = 4 };

/* Code with an explicit configuration. one_sentence: treat the whole text as
 * one sentence (validation records). *outcome receives DY_OUT_* flags. */
dyad_status dyad_code_cfg_(dyad_coder *c, const dy_config *cfg, const dyad_input *in, const dyad_doc **out,
                           dyad_error *err, int one_sentence, int *outcome);
const dy_dict *dyad_ctx_dict_(const dyad_ctx *ctx);
/* Read what is loaded next with PETRARCH semantics (exact words, no stems). */
void dyad_ctx_petrarch_(dyad_ctx *ctx);

#endif
