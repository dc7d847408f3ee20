/* fuzz_suite.c — libFuzzer target for the validation-suite readers
 * (src/suite/suite.c): TABARI Validate text records with their comment
 * expectations and OPTION lines, and PETRARCH-1 unit-test XML.
 *
 * The first byte picks the reader; the rest is the file. Every case must be
 * well-formed (terminated strings, text present); the option lines of the
 * first cases go through dy_config_apply() (options.c), and those cases are
 * coded with the resulting configuration as `dyad validate` does, with the
 * default dictionaries loaded once. */
#include "fuzz_common.h"
#include "dict/dict.h"
#include "internal.h"
#include "suite/suite.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_ctx *ctx;
static dyad_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dyad_error err;
    ctx = dyad_ctx_new(NULL, &err);
    if (dyad_ctx_load(ctx, NULL, &err) != DYAD_OK) { fprintf(stderr, "%s\n", err.message); abort(); }
    coder = dyad_coder_new(ctx);
    return 0;
}

static int terminated(const char *s, size_t cap) { return memchr(s, 0, cap) != NULL; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    int petr = data[0] & 1;
    data++;
    size--;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    dy_suite s;
    memset(&s, 0, sizeof s);
    dy_diag diag = {fuzz_check_diag, NULL, "fuzz-suite", 0};
    dyad_status st = petr ? dy_suite_read_petr(&s, text, size, &diag) : dy_suite_read_tabari(&s, text, size, &diag);
    FUZZ_CHECK(st == DYAD_OK || st == DYAD_ERR_SUITE, "suite reader returned %d", (int)st);
    FUZZ_CHECK(s.nenv <= 8, "%zu environment files", s.nenv);
    for (size_t i = 0; i < s.nenv; i++) FUZZ_CHECK(s.env_files[i] != NULL, "environment file %zu missing", i);
    dy_config base = dyad_ctx_dict_(ctx)->config;
    base.style = petr ? DY_STYLE_PETRARCH : DY_STYLE_TABARI;
    dy_config cfg = base;
    for (size_t i = 0; i < s.n; i++) {
        const dy_case *c = &s.cases[i];
        FUZZ_CHECK(terminated(c->id, sizeof c->id) && terminated(c->category, sizeof c->category) &&
                       terminated(c->date, sizeof c->date), "case %zu: unterminated field", i);
        FUZZ_CHECK(c->text != NULL, "case %zu has no text", i);
        FUZZ_CHECK(c->nexp == 0 || c->exp != NULL, "case %zu: expectations missing", i);
        for (size_t e = 0; e < c->nexp; e++)
            FUZZ_CHECK(terminated(c->exp[e].source, sizeof c->exp[e].source) &&
                           terminated(c->exp[e].target, sizeof c->exp[e].target) &&
                           terminated(c->exp[e].code, sizeof c->exp[e].code), "case %zu: unterminated expectation", i);
        for (size_t o = 0; o < c->nopt; o++) {
            FUZZ_CHECK(c->options[o] != NULL, "case %zu: option %zu missing", i, o);
            (void)dy_config_apply(&cfg, c->options[o], strlen(c->options[o]));
        }
        if (i >= 8) continue;
        dyad_input in = {0};
        in.id = c->id;
        in.text = c->text;
        in.text_len = strlen(c->text);
        if (c->date[0]) in.date = c->date;
        if (!in.text_len) continue;
        const dyad_doc *doc;
        dyad_error err;
        int outcome;
        dyad_status cs = dyad_code_cfg_(coder, &cfg, &in, &doc, &err, 1, &outcome);
        FUZZ_CHECK(cs == DYAD_OK || cs == DYAD_ERR_DATE || cs == DYAD_ERR_EMPTY, "coding case %zu: %s", i,
                   err.message);
    }
    dy_suite_release(&s);
    free(text);
    return 0;
}
