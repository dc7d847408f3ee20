/* reuters2jsonl.c — Reuters-21578 SGML → dyad's JSON Lines input.
 *
 * Usage: dyad-reuters2jsonl FILE.sgm... > out.jsonl
 * One line per <REUTERS> story that has a <BODY>: id "reut-NEWID", date from
 * <DATE> (26-FEB-1987 → 1987-02-26), title, dateline, text = the body. The
 * corpus is Latin-1 with SGML entities (&lt; &amp; &#3;); output is UTF-8.
 * Used by the benchmarks and the robustness run; the corpus itself stays in
 * ../shared (never copied into the repository). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0, k;
    char *b = malloc(cap);
    if (!b) { fclose(f); return NULL; }
    while ((k = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(b, cap);
            if (!nb) { free(b); fclose(f); return NULL; }
            b = nb;
        }
    }
    fclose(f);
    b[n] = 0;
    *len = n;
    return b;
}

/* Write [p, e) as a JSON string: Latin-1 → UTF-8, entities decoded. */
static void json_str(const char *p, const char *e)
{
    putchar('"');
    while (p < e) {
        unsigned char c = (unsigned char)*p;
        if (c == '&') {
            if (!strncmp(p, "&lt;", 4)) { putchar('<'); p += 4; continue; }
            if (!strncmp(p, "&gt;", 4)) { putchar('>'); p += 4; continue; }
            if (!strncmp(p, "&amp;", 5)) { putchar('&'); p += 5; continue; }
            if (p[1] == '#') {
                const char *semi = memchr(p, ';', (size_t)(e - p) < 8 ? (size_t)(e - p) : 8);
                if (semi) { p = semi + 1; continue; } /* control characters: drop */
            }
        }
        if (c == '"' || c == '\\') { putchar('\\'); putchar(c); }
        else if (c == '\n') fputs("\\n", stdout);
        else if (c == '\r') {}
        else if (c == '\t') fputs("\\t", stdout);
        else if (c < 0x20 || c == 0x7f) putchar(' ');
        else if (c >= 0x80) { putchar(0xC0 | (c >> 6)); putchar(0x80 | (c & 0x3F)); }
        else putchar(c);
        p++;
    }
    putchar('"');
}

/* Span of <TAG>...</TAG> within [p, e); NULL if absent. */
static const char *element(const char *p, const char *e, const char *tag, const char **end)
{
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(p, open);
    if (!a || a >= e) return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b || b > e) return NULL;
    *end = b;
    return a;
}

static const char *const months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                     "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

int main(int argc, char **argv)
{
    long stories = 0, written = 0;
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *t = slurp(argv[i], &len);
        if (!t) { perror(argv[i]); return 1; }
        const char *p = t, *end = t + len;
        while ((p = strstr(p, "<REUTERS")) != NULL) {
            const char *e = strstr(p, "</REUTERS>");
            if (!e) break;
            stories++;
            char newid[32] = "";
            const char *nid = strstr(p, "NEWID=\"");
            if (nid && nid < e) sscanf(nid + 7, "%31[0-9]", newid);
            const char *be, *body = element(p, e, "BODY", &be);
            if (body) {
                const char *de, *date = element(p, e, "DATE", &de);
                char iso[11] = "";
                int d = 0, y = 0;
                char mon[4] = "";
                if (date && sscanf(date, " %2d-%3s-%4d", &d, mon, &y) == 3)
                    for (int m = 0; m < 12; m++)
                        if (!strcmp(mon, months[m])) snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m + 1, d);
                printf("{\"id\":\"reut-%s\"", newid);
                if (iso[0]) printf(",\"date\":\"%s\"", iso);
                const char *te, *title = element(p, e, "TITLE", &te);
                if (title) { fputs(",\"title\":", stdout); json_str(title, te); }
                fputs(",\"text\":", stdout);
                json_str(body, be);
                fputs("}\n", stdout);
                written++;
            }
            p = e;
        }
        (void)end;
        free(t);
    }
    fprintf(stderr, "dyad-reuters2jsonl: %ld stories, %ld with a body\n", stories, written);
    return ferror(stdout) ? 1 : 0;
}
