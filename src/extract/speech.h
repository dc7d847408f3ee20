/* speech.h — noun-phrase helpers shared by quotes.c and attrib.c (internal
 * to the extract stage): word classes by word id and the speaker/source
 * phrase rules described at the top of quotes.c. */
#ifndef DY_SPEECH_H
#define DY_SPEECH_H

#include <stdint.h>

#include "text/text.h"
#include "util/arena.h"

typedef struct dy_speech dy_speech;
/* The speech word classes of t's tokens, read from its word ids xw
 * (dy_xw_of; NULL: computed here) when asked: constant time, nothing per
 * token. xw must live as long as the result. */
dy_speech *dy_speech_scan(const dy_text *t, const uint16_t *xw, dy_arena *a);
uint32_t dy_speech_np_after(const dy_speech *sp, uint32_t i, uint32_t lim, int loose);
uint32_t dy_speech_np_before(const dy_speech *sp, uint32_t end, uint32_t lo);
int dy_speech_subject(const dy_speech *sp, uint32_t cue, uint32_t lo, uint32_t *s0, uint32_t *s1);
/* Test hooks: the word tables agree with their words (0 if so, else the id
 * of the first word that does not). */
size_t dy_speech_table_check(void);
size_t dy_attrib_table_check(void);

#endif
