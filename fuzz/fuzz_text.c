/* fuzz_text.c — libFuzzer target for the text stage (src/text): UTF-8 repair
 * and NFC, tokenising, sentence splitting and datelines.
 *
 * The first byte sets the sentence limit (so cutting is exercised with small
 * limits); the rest is raw document bytes. Checks the stage's promises:
 * normalised text is valid UTF-8 without NUL, CR, tabs or other controls;
 * tokens are non-empty, in order, inside the text and never overlap;
 * sentences are non-empty token ranges that tile the tokens after the
 * dateline, in order, none longer than the limit; byte ranges agree with
 * token ranges; the dateline is a prefix. */
#include "fuzz_common.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const uint32_t limits[] = {0, 1, 2, 3, 5, 8, 40, 400};
    uint32_t maxtok = limits[data[0] & 7];
    data++;
    size--;
    dy_arena a;
    dy_arena_init(&a, 4096);
    dy_text_limits lim = {maxtok};
    dy_text t;
    dy_text_analyze(&a, (const char *)data, size, &lim, &t);

    FUZZ_CHECK(t.text && t.text[t.len] == 0, "text not NUL-terminated");
    FUZZ_CHECK(fuzz_utf8_valid(t.text, t.len), "normalised text is not valid UTF-8");
    for (size_t i = 0; i < t.len; i++) {
        unsigned char c = (unsigned char)t.text[i];
        FUZZ_CHECK(c == '\n' || (c >= 0x20 && c != 0x7F), "control byte %02x at %zu after normalising", c, i);
    }
    uint32_t prev_end = 0;
    for (uint32_t i = 0; i < t.ntok; i++) {
        const dy_token *k = &t.toks[i];
        FUZZ_CHECK(k->len > 0, "empty token %u", i);
        FUZZ_CHECK(k->start >= prev_end, "token %u at %u overlaps the previous (ending %u)", i, k->start, prev_end);
        FUZZ_CHECK((size_t)k->start + k->len <= t.len, "token %u beyond the text", i);
        FUZZ_CHECK(k->kind <= DY_TOK_SYMBOL, "token %u of kind %u", i, k->kind);
        FUZZ_CHECK(fuzz_utf8_valid(t.text + k->start, k->len), "token %u splits a character", i);
        prev_end = k->start + k->len;
    }
    FUZZ_CHECK(t.dateline_begin <= t.dateline_end && t.dateline_end <= t.ntok, "dateline out of range");
    if (t.dateline_end) FUZZ_CHECK(t.dateline_begin == 0 && t.dateline_place_end <= t.dateline_end, "dateline not a prefix");
    uint32_t limit = maxtok ? maxtok : 400;
    uint32_t next = t.dateline_end;
    for (uint32_t s = 0; s < t.nsent; s++) {
        const dy_sentence *S = &t.sents[s];
        FUZZ_CHECK(S->tok_begin == next, "sentence %u begins at token %u, want %u", s, S->tok_begin, next);
        FUZZ_CHECK(S->tok_end > S->tok_begin && S->tok_end <= t.ntok, "sentence %u: bad range [%u, %u)", s,
                   S->tok_begin, S->tok_end);
        /* closing quotes and brackets absorbed after the cut may exceed the
         * limit by their own number, never by words */
        uint32_t words = 0;
        for (uint32_t i = S->tok_begin; i < S->tok_end; i++)
            if (t.toks[i].kind == DY_TOK_WORD || t.toks[i].kind == DY_TOK_NUMBER) words++;
        FUZZ_CHECK(words <= limit, "sentence %u has %u words, limit %u", s, words, limit);
        FUZZ_CHECK(S->start == t.toks[S->tok_begin].start, "sentence %u start", s);
        FUZZ_CHECK(S->end == t.toks[S->tok_end - 1].start + t.toks[S->tok_end - 1].len, "sentence %u end", s);
        next = S->tok_end;
    }
    FUZZ_CHECK(next == t.ntok || (t.nsent == 0 && t.ntok == t.dateline_end), "sentences end at %u of %u tokens", next,
               t.ntok);
    /* helpers used by later stages on every token */
    for (uint32_t i = 0; i < t.ntok; i++) {
        int32_t cp;
        const dy_token *k = &t.toks[i];
        (void)dy_utf8_decode(t.text + k->start, k->len, &cp);
        (void)dy_clitic_split(t.text + k->start, k->len);
        (void)dy_tok_is(&t, i, "said");
    }
    dy_arena_release(&a);
    return 0;
}
