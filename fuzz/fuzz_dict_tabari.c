/* fuzz_dict_tabari.c — libFuzzer target for the TABARI-format dictionary
 * readers (src/dict/read_tabari.c, options.c, dict.c): .actors, .agents,
 * .verbs (with <SYNSETS>, <TIME>, <ATTRIB> and patterns) and .options.
 *
 * The first byte picks the reader and whether TABARI stems are on; the rest
 * is the file. Every diagnostic must name the file and a line and give a
 * reason; then the dictionary is finished and the coder runs with it
 * (fuzz_dict_common.h). */
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    fuzz_dict_init_once();
    static const dy_file_kind kinds[] = {DY_FILE_ACTORS, DY_FILE_AGENTS, DY_FILE_VERBS_TABARI, DY_FILE_OPTIONS};
    static const char *const names[] = {"fuzz.actors", "fuzz.agents", "fuzz.verbs", "fuzz.options"};
    unsigned sel = data[0];
    data++;
    size--;
    dy_dict d;
    dy_dict_init(&d);
    d.config.style = (sel & 4) ? DY_STYLE_TABARI : DY_STYLE_DYAD;
    d.no_stems = (sel & 8) != 0;
    dy_diag diag = {fuzz_check_diag, NULL, NULL, 0};
    dyad_error err;
    dy_error_clear(&err);
    /* the readers take NUL-terminated text of the given length */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    dyad_status st = dy_dict_load_text(&d, kinds[sel & 3], names[sel & 3], text, size, &diag, &err);
    FUZZ_CHECK(st == DYAD_OK, "reader failed: %s", err.message);
    FUZZ_CHECK(d.stats.lines_skipped <= diag.count, "%zu lines skipped but %zu reported", d.stats.lines_skipped,
               diag.count);
    fuzz_dict_exercise(&d, (const uint8_t *)text, size);
    free(text);
    dy_dict_release(&d);
    return 0;
}
