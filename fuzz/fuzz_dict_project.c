/* fuzz_dict_project.c — libFuzzer target for the files that name other
 * dictionary files (src/dict/load.c): TABARI .project files and PETRARCH
 * PETR_config.ini files, with the file-kind guesser.
 *
 * They are read from disk, so the harness makes a folder once (in
 * LLVMFuzzerInitialize) with small dictionaries in the places each format
 * looks: <tmp>/proj/ beside the project, <tmp>/dictionaries/ beside the
 * config folder <tmp>/config/. Each input is: one selector byte (project or
 * config), the file, and optionally "\n%%\n" then the text of a companion
 * file "x" the file may name. Inputs naming a path with '/' are ignored so
 * the target never reads outside its folder. Failures must say which file
 * and why; diagnostics must name file and line. */
#include "fuzz_dict_common.h"

#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char root[256];

static void put_file(const char *dir, const char *name, const char *text, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", root, dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); abort(); }
    if (n) fwrite(text, 1, n, f);
    fclose(f);
}

static void puts_file(const char *dir, const char *name, const char *text)
{
    put_file(dir, name, text, strlen(text));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/dyad-fuzz-project-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) { perror("mkdtemp"); abort(); }
    static const char *const dirs[] = {"proj", "config", "dictionaries"};
    for (size_t i = 0; i < 3; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", root, dirs[i]);
        if (mkdir(p, 0700) != 0) { perror(p); abort(); }
    }
    puts_file("proj", "a.actors", "KENYA_ [KEN]\n+KENYAN_\nSOMALIA_ [SOM]\nUHURU_KENYATTA_\n\t[KENGOV 130409-220913]\n");
    puts_file("proj", "a.agents", "PRESIDENT [~GOV]\nREBEL [~REB]\n");
    puts_file("proj", "a.verbs", "MEET [040]\n- * WITH + [040]\nATTACK [190]\n- $ * + [193]\n");
    puts_file("proj", "a.options", "COMPLEX: VERBS[5]\nDEFAULT: SOURCE [XXX]\n");
    puts_file("dictionaries", "v.txt", "--- MEET [040] ---\nMEET\n- * WITH + [040]\n--- ATTACK [190] ---\nATTACK\n");
    puts_file("dictionaries", "act.txt", "KENYA_ [KEN]\nSOMALIA_ [SOM]\n");
    puts_file("dictionaries", "ag.txt", "PRESIDENT [~GOV]\n");
    puts_file("dictionaries", "disc.txt", "SOCCER [###]\n");
    puts_file("dictionaries", "iss.txt", "ELECTION [ELE]\n");
    fuzz_dict_init_once();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    unsigned sel = data[0];
    data++;
    size--;
    const char *text = (const char *)data;
    size_t n = size;
    const char *extra = "";
    size_t nextra = 0;
    for (size_t i = 0; i + 4 <= size; i++)
        if (memcmp(text + i, "\n%%\n", 4) == 0) {
            n = i;
            extra = text + i + 4;
            nextra = size - i - 4;
            break;
        }
    if (memchr(text, '/', n)) return 0;
    int ini = sel & 1;
    const char *dir = ini ? "config" : "proj";
    const char *name = ini ? "PETR_config.ini" : "p.project";
    put_file(dir, name, text, n);
    put_file(ini ? "dictionaries" : "proj", "x", extra, nextra);
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", root, dir, name);

    dy_dict d;
    dy_dict_init(&d);
    dy_diag diag = {fuzz_check_diag, NULL, NULL, 0};
    dyad_error err;
    dy_error_clear(&err);
    dyad_status st = dy_dict_load_path(&d, path, &diag, &err);
    if (st != DYAD_OK) {
        FUZZ_CHECK(err.code == st, "status %d but error record says %d", (int)st, (int)err.code);
        FUZZ_CHECK(err.message[0], "failure without a reason");
        FUZZ_CHECK(err.file[0], "failure without a file: %s", err.message);
    } else {
        fuzz_dict_exercise(&d, (const uint8_t *)text, n);
    }
    dy_dict_release(&d);
    return 0;
}
