/* read_lines.h — line iteration shared by the dictionary readers.
 *
 * Yields one logical line at a time with its 1-based number, skipping
 * <!-- ... --> blocks (which may span lines) and trimming the newline. A
 * UTF-8 byte order mark at the start of the file is skipped (it would
 * otherwise become part of the first phrase, which then never matches). */
#ifndef DY_READ_LINES_H
#define DY_READ_LINES_H

#include <stddef.h>
#include <string.h>

typedef struct dy_lines {
    const char *text;
    size_t len, pos;
    long lineno;
    int in_xml_comment;
} dy_lines;

static inline void dy_lines_init(dy_lines *l, const char *text, size_t len)
{
    l->text = text;
    l->len = len;
    l->pos = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    l->lineno = 0;
    l->in_xml_comment = 0;
}

/* Next line into *s, *n (without the newline; with leading white space).
 * Returns 0 at the end. Text inside <!-- --> comes back as empty lines. */
static inline int dy_lines_next(dy_lines *l, const char **s, size_t *n)
{
    if (l->pos >= l->len) return 0;
    const char *p = l->text + l->pos;
    const char *end = memchr(p, '\n', l->len - l->pos);
    size_t m = end ? (size_t)(end - p) : l->len - l->pos;
    l->pos += m + (end ? 1 : 0);
    l->lineno++;
    if (m && p[m - 1] == '\r') m--;
    if (l->in_xml_comment) {
        const char *c = NULL;
        for (size_t i = 0; i + 2 < m + 1 && i + 3 <= m; i++)
            if (p[i] == '-' && p[i + 1] == '-' && p[i + 2] == '>') { c = p + i + 3; break; }
        if (!c) { *s = p; *n = 0; return 1; }
        l->in_xml_comment = 0;
        m -= (size_t)(c - p);
        p = c;
    }
    /* a comment opening on this line */
    for (size_t i = 0; i + 4 <= m; i++) {
        if (p[i] == '<' && p[i + 1] == '!' && p[i + 2] == '-' && p[i + 3] == '-') {
            size_t j = i + 4;
            int closed = 0;
            for (; j + 3 <= m; j++)
                if (p[j] == '-' && p[j + 1] == '-' && p[j + 2] == '>') { closed = 1; break; }
            if (!closed) l->in_xml_comment = 1;
            m = i; /* keep what precedes the comment; drop the rest of the line */
            break;
        }
    }
    *s = p;
    *n = m;
    return 1;
}

#endif
