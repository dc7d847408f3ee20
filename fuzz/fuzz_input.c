/* fuzz_input.c — libFuzzer target for the document readers (src/input).
 *
 * The first byte chooses the format (JSON Lines or one plain-text document),
 * the record limit (small, so over-long lines are reached) and whether a
 * default date is given; the rest is the stream. Checks: the reader ends;
 * every record it yields is a record (id and text present) and every
 * rejection carries file, line, record number and a reason; lines and
 * record numbers only grow; good + rejected = records counted (nothing is
 * lost). Dates of good records go through dyad_parse_date(). */
#include "fuzz_common.h"
#include "input/input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile unsigned sink; /* keeps the reads of record fields */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    unsigned sel = data[0];
    data++;
    size--;
    dy_in_format fmt = (sel & 1) ? DY_IN_TEXT : DY_IN_JSONL;
    static const size_t limits[] = {16, 100, 1000, 1 << 20};
    size_t max_bytes = limits[(sel >> 1) & 3];
    const char *date = (sel & 8) ? "2019-10-03" : NULL;

    FILE *f = fmemopen(size ? (void *)data : (void *)"", size ? size : 1, "rb");
    if (!f) return 0;
    if (!size) fgetc(f); /* empty stream */
    size_t nl = 0;
    for (size_t i = 0; i < size; i++) nl += data[i] == '\n';

    dy_reader r;
    dy_reader_init(&r, f, "fuzz.jsonl", fmt, max_bytes, date);
    dyad_input in;
    dyad_error err;
    long long good = 0, bad = 0, last_record = 0;
    long last_line = 0;
    int k;
    while ((k = dy_reader_next(&r, &in, &err)) != 0) {
        FUZZ_CHECK(r.record > last_record, "record number did not grow: %lld", r.record);
        FUZZ_CHECK(r.line >= last_line, "line number went back: %ld < %ld", r.line, last_line);
        FUZZ_CHECK((size_t)r.line <= nl + 1, "line %ld beyond the %zu newlines", r.line, nl);
        last_record = r.record;
        last_line = r.line;
        if (k < 0) {
            bad++;
            FUZZ_CHECK(err.code != DYAD_OK, "rejection without a status");
            FUZZ_CHECK(err.message[0], "rejection without a reason");
            FUZZ_CHECK(strcmp(err.file, "fuzz.jsonl") == 0, "rejection names file '%s'", err.file);
            FUZZ_CHECK(err.line == r.line && err.line >= 1, "rejection at line %ld, reader at %ld", err.line, r.line);
            FUZZ_CHECK(err.record == r.record, "rejection record %lld, reader at %lld", err.record, r.record);
            FUZZ_CHECK(memchr(err.id, 0, sizeof err.id) != NULL, "id not terminated");
            continue;
        }
        good++;
        FUZZ_CHECK(in.id && in.text, "record without id or text");
        FUZZ_CHECK(in.text_len <= max_bytes, "text of %zu bytes over the limit of %zu", in.text_len, max_bytes);
        /* reading the fields must be safe to their stated lengths */
        unsigned sum = 0;
        for (size_t i = 0; i < in.text_len; i++) sum += (unsigned char)in.text[i];
        for (size_t i = 0; i < in.id_len; i++) sum += (unsigned char)in.id[i];
        if (in.title) for (size_t i = 0; i < in.title_len; i++) sum += (unsigned char)in.title[i];
        if (in.url) for (size_t i = 0; i < in.url_len; i++) sum += (unsigned char)in.url[i];
        sink = sum;
        if (in.date) {
            long days;
            dyad_status st = dyad_parse_date(in.date, in.date_len, &days);
            FUZZ_CHECK(st == DYAD_OK || st == DYAD_ERR_DATE, "date parser returned %d", (int)st);
        }
    }
    FUZZ_CHECK(good + bad == r.record, "%lld good + %lld rejected != %lld records", good, bad, r.record);
    if (fmt == DY_IN_TEXT) FUZZ_CHECK(r.record == 1, "a text file is %lld records", r.record);
    dy_reader_release(&r);
    fclose(f);
    return 0;
}
