/* fuzz_dict_petr.c — libFuzzer target for the PETRARCH-format dictionary
 * readers (src/dict/read_petr.c, dict.c): block verbs ("--- NAME [code] ---"
 * with synsets, lemma patterns and (PREP ...) phrases, as PETRARCH-2 and
 * dyad write them), discards and issues, and actors/agents read with
 * PETRARCH semantics (exact words, no stems).
 *
 * The first byte picks the reader and the coding style; the rest is the
 * file. Every diagnostic must name the file and a line and give a reason;
 * then the dictionary is finished and the coder runs with it. */
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    fuzz_dict_init_once();
    static const dy_file_kind kinds[] = {DY_FILE_VERBS_BLOCK, DY_FILE_VERBS_BLOCK, DY_FILE_DISCARDS, DY_FILE_ISSUES,
                                         DY_FILE_ACTORS, DY_FILE_AGENTS, DY_FILE_VERBS_BLOCK, DY_FILE_DISCARDS};
    static const char *const names[] = {"fuzz.verbs.txt", "fuzz.verbs.txt", "fuzz.discards.txt", "fuzz.issues.txt",
                                        "fuzz.actors.txt", "fuzz.agents.txt", "fuzz.verbs.txt", "fuzz.discards.txt"};
    unsigned sel = data[0];
    data++;
    size--;
    dy_dict d;
    dy_dict_init(&d);
    d.no_stems = 1;
    d.config.style = (sel & 8) ? DY_STYLE_PETRARCH : DY_STYLE_DYAD;
    if (sel & 16) d.exact_patterns = 1;
    dy_diag diag = {fuzz_check_diag, NULL, NULL, 0};
    dyad_error err;
    dy_error_clear(&err);
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    dyad_status st = dy_dict_load_text(&d, kinds[sel & 7], names[sel & 7], text, size, &diag, &err);
    FUZZ_CHECK(st == DYAD_OK, "reader failed: %s", err.message);
    FUZZ_CHECK(d.stats.lines_skipped <= diag.count, "%zu lines skipped but %zu reported", d.stats.lines_skipped,
               diag.count);
    fuzz_dict_exercise(&d, (const uint8_t *)text, size);
    free(text);
    dy_dict_release(&d);
    return 0;
}
