/* gen_wordnet.c — build-time tool: WordNet's data files → dyad's lemma table.
 *
 * Usage: dyad-gen-wordnet WORDNET_DIR OUT
 * Reads index.verb, index.noun (single-word lemmas only) and verb.exc,
 * noun.exc from Debian's wordnet-base, and writes one line per fact:
 *   V lemma | N lemma | A lemma | R lemma | v form lemma | n form lemma
 * sorted, lower case, so the output is byte-identical for the same input.
 * If the folder is missing it writes an empty table (the lemmatizer then
 * falls back to suffix rules) and says so on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **lines;
static size_t nlines, cap;

static void add(const char *s)
{
    if (nlines == cap) {
        cap = cap ? cap * 2 : 65536;
        lines = realloc(lines, cap * sizeof *lines);
        if (!lines) { perror("realloc"); exit(1); }
    }
    lines[nlines] = strdup(s);
    if (!lines[nlines]) { perror("strdup"); exit(1); }
    nlines++;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int read_index(const char *dir, const char *file, char tag)
{
    char path[4096], line[65536], out[600];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ') continue; /* licence header */
        char *sp = strchr(line, ' ');
        if (!sp) continue;
        *sp = 0;
        if (strchr(line, '_') || strlen(line) > 40) continue; /* single words only */
        snprintf(out, sizeof out, "%c %.40s", tag, line);
        add(out);
    }
    fclose(f);
    return 0;
}

static int read_exc(const char *dir, const char *file, char tag)
{
    char path[4096], line[1024], out[600];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    while (fgets(line, sizeof line, f)) {
        char form[200], lemma[200];
        if (sscanf(line, "%199s %199s", form, lemma) != 2) continue;
        if (strchr(form, '_') || strchr(lemma, '_')) continue;
        snprintf(out, sizeof out, "%c %s %s", tag, form, lemma);
        add(out);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) { fprintf(stderr, "usage: dyad-gen-wordnet WORDNET_DIR OUT\n"); return 2; }
    int missing = 0;
    missing |= read_index(argv[1], "index.verb", 'V') != 0;
    missing |= read_index(argv[1], "index.noun", 'N') != 0;
    missing |= read_exc(argv[1], "verb.exc", 'v') != 0;
    missing |= read_exc(argv[1], "noun.exc", 'n') != 0;
    missing |= read_index(argv[1], "index.adj", 'A') != 0;
    missing |= read_index(argv[1], "index.adv", 'R') != 0;
    missing |= read_exc(argv[1], "adj.exc", 'a') != 0;
    if (missing)
        fprintf(stderr, "dyad-gen-wordnet: warning: WordNet files not found in %s; "
                        "lemmatisation falls back to suffix rules (install wordnet-base)\n", argv[1]);
    qsort(lines, nlines, sizeof *lines, cmp);
    FILE *o = fopen(argv[2], "w");
    if (!o) { perror(argv[2]); return 1; }
    fprintf(o, "# WordNet 3.0 lemmas and exceptions (Princeton University, WordNet licence), via dyad-gen-wordnet\n");
    for (size_t i = 0; i < nlines; i++) {
        if (i && strcmp(lines[i], lines[i - 1]) == 0) continue;
        fprintf(o, "%s\n", lines[i]);
    }
    if (fclose(o) != 0) { perror(argv[2]); return 1; }
    return 0;
}
