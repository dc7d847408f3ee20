/* fuzz_dict_common.h — shared part of the dictionary fuzz targets: the
 * lemmatiser built once (read-only, as in a context), and a run of the coder
 * over text with a freshly read dictionary, so that whatever a reader
 * accepted is also walked by the matcher (patterns, synsets, alternatives,
 * date-restricted codes). The text is the dictionary itself with '_' read
 * as a space, which makes its own phrases match, plus fixed news
 * sentences. */
#ifndef DY_FUZZ_DICT_COMMON_H
#define DY_FUZZ_DICT_COMMON_H

#include "fuzz_common.h"
#include "code/code.h"
#include "dict/dict.h"
#include "lex/lemma.h"
#include "text/text.h"
#include "util/date.h"

static dy_lemmatizer fuzz_lem;

static inline void fuzz_dict_init_once(void)
{
    static int done;
    if (!done) { dy_lemmatizer_init(&fuzz_lem); done = 1; }
}

static inline void fuzz_code_text(dy_coder_s *cs, const dy_dict *d, const char *text, size_t n)
{
    dy_arena a;
    dy_arena_init(&a, 16384);
    dy_text t;
    dy_text_limits lim = {60};
    dy_text_analyze(&a, text, n, &lim, &t);
    dy_lex_tokens(&cs->lex, &t);
    /* a new document, as dyad_code() starts one: the document memory holds
     * codes in the arena, so it is cleared with it */
    dy_arena_reset(&cs->arena);
    dy_memory_reset(cs);
    cs->nev = 0;
    int32_t day = dy_days_from_civil(2019, 10, 3);
    for (uint32_t s = 0; s < t.nsent; s++) {
        dy_sent_status st = dy_code_sentence(cs, &d->config, &t, s, day);
        FUZZ_CHECK(st <= DY_SENT_SHORT, "sentence status %d", (int)st);
    }
    for (size_t e = 0; e < cs->nev; e++) {
        const dy_ev *ev = &cs->ev[e];
        FUZZ_CHECK(ev->code && ev->code[0], "event without a code");
        FUZZ_CHECK(ev->sentence < t.nsent, "event in sentence %u of %u", ev->sentence, t.nsent);
        FUZZ_CHECK(ev->src_t0 <= ev->src_t1 && ev->src_t1 <= t.ntok, "source span out of range");
        FUZZ_CHECK(ev->tgt_t0 <= ev->tgt_t1 && ev->tgt_t1 <= t.ntok, "target span out of range");
        FUZZ_CHECK(ev->verb_t0 <= ev->verb_t1 && ev->verb_t1 <= t.ntok, "verb span out of range");
        FUZZ_CHECK(ev->pattern == DY_NOID || ev->pattern < d->nphrases, "pattern %u out of range", ev->pattern);
    }
    if (t.ntok >= 2) (void)dy_code_span(cs, &d->config, &t, 0, t.ntok < 6 ? t.ntok : 6, day);
    dy_arena_release(&a);
}

/* Finish the dictionary and code with it. */
static inline void fuzz_dict_exercise(dy_dict *d, const uint8_t *data, size_t size)
{
    dy_dict_finish(d, &fuzz_lem);
    dy_coder_s cs;
    dy_coder_init(&cs, d, &fuzz_lem);
    size_t n = size < 4096 ? size : 4096;
    char *text = malloc(n + 1);
    for (size_t i = 0; i < n; i++) text[i] = data[i] == '_' ? ' ' : (char)data[i];
    text[n] = 0;
    fuzz_code_text(&cs, d, text, n);
    free(text);
    static const char news[] =
        "Kenyan President Uhuru Kenyatta met Somali President Farmajo in Nairobi on Thursday. "
        "Rebels attacked a police station, killing 12 soldiers, officials said. "
        "\"We will not negotiate,\" the minister told Reuters.\n\n"
        "The U.S. and Russia signed an agreement with the United Nations.";
    fuzz_code_text(&cs, d, news, sizeof news - 1);
    dy_coder_release(&cs);
}

#endif
