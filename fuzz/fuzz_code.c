/* fuzz_code.c — libFuzzer target for the whole coder: dyad_code() on one
 * document with dyad's default dictionaries (loaded once in
 * LLVMFuzzerInitialize), then every output writer (src/out).
 *
 * The first byte picks the context (plain, or --explain/--negated with a
 * small sentence limit and no places), the date (a valid one, none, or an
 * invalid one) and whether the id is taken from the input bytes; the rest
 * is the text. Checks: dyad_code() either codes or rejects with a reason;
 * every index and text span in the result points inside the document;
 * every JSON line the writers produce is strict JSON in valid UTF-8; TSV
 * has one line per event. */
#include "fuzz_common.h"
#include "out/out.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_ctx *ctxs[2];
static dyad_coder *coders[2];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dyad_options opt[2] = {{0}, {0}};
    opt[1].flags = DYAD_EXPLAIN | DYAD_CODE_NEGATED | DYAD_KEEP_DISCARDED | DYAD_NO_PLACES;
    opt[1].max_sentence_tokens = 12;
    opt[1].max_record_bytes = 8192;
    for (int i = 0; i < 2; i++) {
        dyad_error err;
        ctxs[i] = dyad_ctx_new(&opt[i], &err);
        if (dyad_ctx_load(ctxs[i], NULL, &err) != DYAD_OK) { fprintf(stderr, "%s\n", err.message); abort(); }
        coders[i] = dyad_coder_new(ctxs[i]);
    }
    return 0;
}

static int inside(const dyad_doc *d, dyad_str s)
{
    if (s.len == 0) return 1;
    return s.ptr >= d->text.ptr && s.ptr + s.len <= d->text.ptr + d->text.len;
}

static void check_doc(const dyad_doc *d)
{
    FUZZ_CHECK(fuzz_utf8_valid(d->text.ptr, d->text.len), "document text is not valid UTF-8");
    for (size_t i = 0; i < d->nsentences; i++) FUZZ_CHECK(inside(d, d->sentences[i]), "sentence %zu outside", i);
    for (size_t i = 0; i < d->nevents; i++) {
        const dyad_event *e = &d->events[i];
        FUZZ_CHECK(e->sentence < d->nsentences, "event %zu in sentence %u of %zu", i, e->sentence, d->nsentences);
        FUZZ_CHECK(e->code && *e->code, "event %zu without a code", i);
        FUZZ_CHECK(inside(d, e->source_text) && inside(d, e->target_text) && inside(d, e->verb_text),
                   "event %zu: span outside the text", i);
        FUZZ_CHECK(e->location >= -1 && (e->location < 0 || (size_t)e->location < d->nplaces), "event %zu: place %d",
                   i, e->location);
        FUZZ_CHECK(e->quad >= 0 && e->quad <= 4, "event %zu: quad %d", i, e->quad);
    }
    for (size_t i = 0; i < d->nquotes; i++) {
        const dyad_quote *q = &d->quotes[i];
        FUZZ_CHECK(inside(d, q->text) && inside(d, q->speaker), "quote %zu outside", i);
        FUZZ_CHECK(q->start <= q->end && q->end <= d->text.len, "quote %zu offsets %u-%u", i, q->start, q->end);
        FUZZ_CHECK(q->sentence < d->nsentences || d->nsentences == 0, "quote %zu sentence %u", i, q->sentence);
    }
    for (size_t i = 0; i < d->nattributions; i++)
        FUZZ_CHECK(inside(d, d->attributions[i].source), "attribution %zu outside", i);
    for (size_t i = 0; i < d->nplaces; i++) {
        const dyad_place *p = &d->places[i];
        FUZZ_CHECK(inside(d, p->name) && p->start <= p->end && p->end <= d->text.len, "place %zu outside", i);
    }
    for (size_t i = 0; i < d->ndates; i++) FUZZ_CHECK(inside(d, d->dates[i].text), "date %zu outside", i);
    for (size_t i = 0; i < d->ncounts; i++)
        FUZZ_CHECK(inside(d, d->counts[i].text) && inside(d, d->counts[i].who), "count %zu outside", i);
    for (size_t i = 0; i < d->nexplain; i++) FUZZ_CHECK(d->explain[i].text != NULL, "explanation %zu missing", i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    unsigned sel = data[0];
    data++;
    size--;
    int which = sel & 1;
    static const char *const dates[] = {"2019-10-03", NULL, "2019-13-45", "20200229"};
    dyad_input in = {0};
    in.date = dates[(sel >> 1) & 3];
    in.text = size ? (const char *)data : "";
    in.text_len = size;
    if (!size) in.text_len = 0;
    if ((sel & 8) && size >= 4) {
        in.id = (const char *)data; /* raw bytes: invalid UTF-8, quotes, controls */
        in.id_len = 4;
    } else {
        in.id = "fuzz";
    }
    if (sel & 16) { in.title = "Title"; in.url = "http://example.org/\"x\""; }
    const dyad_doc *doc = NULL;
    dyad_error err;
    dyad_status st = dyad_code(coders[which], &in, &doc, &err);
    if (st != DYAD_OK) {
        FUZZ_CHECK(doc == NULL, "rejected but a document returned");
        FUZZ_CHECK(err.code == st && err.message[0], "rejection without a reason");
        FUZZ_CHECK(st == DYAD_ERR_DATE || st == DYAD_ERR_EMPTY || st == DYAD_ERR_TOO_LONG,
                   "unexpected rejection %d: %s", (int)st, err.message);
        return 0;
    }
    check_doc(doc);
    dy_buf b = DY_BUF_INIT;
    dy_out_events_jsonl(&b, doc);
    fuzz_check_json_lines(b.data ? b.data : "", b.len);
    dy_buf_reset(&b);
    dy_out_doc_json(&b, doc);
    fuzz_check_json_lines(b.data ? b.data : "", b.len);
    dy_buf_reset(&b);
    dy_out_events_tsv(&b, doc, in.url);
    size_t lines = 0;
    for (size_t i = 0; i < b.len; i++) lines += b.data[i] == '\n';
    FUZZ_CHECK(lines == doc->nevents, "TSV has %zu lines for %zu events", lines, doc->nevents);
    dy_buf_reset(&b);
    dy_out_events_csv(&b, doc);
    dy_buf_release(&b);
    return 0;
}
