/* out.c — JSON Lines, TSV and CSV writers for coded documents. */
#include "out/out.h"
#include "util/check.h"

#include <math.h>
#include <string.h>

static const char *const via_names[] = {"text", "pronoun", "apposition", "alias", "default", "context"};

/* A value with one decimal ("-10.0", "2.8"), as printf's %.1f writes the
 * Goldstein scale's values, without printf. */
static void add_tenths(dy_buf *b, double v)
{
    if (!(v > -1e9 && v < 1e9)) { dy_buf_printf(b, "%.1f", v); return; }
    long long t = llround(v * 10.0);
    if (t < 0) { dy_buf_addc(b, '-'); t = -t; }
    dy_buf_add_u64(b, (unsigned long long)(t / 10));
    dy_buf_addc(b, '.');
    dy_buf_addc(b, (char)('0' + t % 10));
}

/* A coordinate with five decimals ("-4.32758"), as printf's %.5f writes
 * it, without printf when the value is a five-decimal number give or take
 * floating-point noise (the gazetteer's are): then the correctly rounded
 * result is that number, whatever the noise. Anything else goes to printf. */
static void add_fixed5(dy_buf *b, double v)
{
    double s = v * 100000.0;
    if (!(s > -1e15 && s < 1e15)) { dy_buf_printf(b, "%.5f", v); return; }
    double r = nearbyint(s);
    if (fabs(s - r) > 1e-3 || (r == 0 && signbit(v))) { dy_buf_printf(b, "%.5f", v); return; }
    long long t = (long long)r;
    if (t < 0) { dy_buf_addc(b, '-'); t = -t; }
    dy_buf_add_u64(b, (unsigned long long)(t / 100000));
    dy_buf_addc(b, '.');
    char d[5];
    long long f = t % 100000;
    for (int k = 4; k >= 0; k--) { d[k] = (char)('0' + f % 10); f /= 10; }
    dy_buf_add(b, d, 5);
}

/* Keys are fixed ASCII names: written as they are, no escaping. */
static inline void key(dy_buf *b, const char *k, int *first)
{
    size_t n = strlen(k);
    dy_buf_reserve(b, n + 4);
    char *p = b->data + b->len;
    if (!*first) *p++ = ',';
    *first = 0;
    *p++ = '"';
    memcpy(p, k, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    *p = 0;
    b->len = (size_t)(p - b->data);
}

static void kstr(dy_buf *b, const char *k, const char *v, int *first)
{
    key(b, k, first);
    if (v) dy_buf_add_json_str(b, v, strlen(v));
    else dy_buf_adds(b, "null");
}

static void kview(dy_buf *b, const char *k, dyad_str v, int *first)
{
    key(b, k, first);
    if (v.ptr) dy_buf_add_json_str(b, v.ptr, v.len);
    else dy_buf_adds(b, "null");
}

void dy_out_event_json(dy_buf *b, const dyad_doc *doc, const dyad_event *e, int with_doc)
{
    int first = 1;
    dy_buf_addc(b, '{');
    if (with_doc) kview(b, "doc_id", doc->id, &first);
    key(b, "sentence", &first);
    dy_buf_add_u64(b, e->sentence);
    kstr(b, "date", e->date_from ? e->date_from : (doc->date[0] ? doc->date : NULL), &first);
    kstr(b, "source", e->source, &first);
    kstr(b, "target", e->target, &first);
    kstr(b, "code", e->code, &first);
    kstr(b, "root", e->root, &first);
    key(b, "quad", &first);
    if (e->quad) dy_buf_add_u64(b, (unsigned)e->quad); else dy_buf_adds(b, "null");
    key(b, "goldstein", &first);
    if (isnan(e->goldstein)) dy_buf_adds(b, "null"); else add_tenths(b, e->goldstein);
    kstr(b, "plover", e->plover, &first);
    kstr(b, "plover_mode", e->plover_mode, &first);
    kview(b, "source_text", e->source_text, &first);
    kview(b, "target_text", e->target_text, &first);
    kview(b, "verb_text", e->verb_text, &first);
    kstr(b, "source_via", e->source ? via_names[e->source_via % 6] : NULL, &first);
    kstr(b, "target_via", e->target ? via_names[e->target_via % 6] : NULL, &first);
    key(b, "passive", &first);
    dy_buf_adds(b, e->passive ? "true" : "false");
    if (e->negated) { key(b, "negated", &first); dy_buf_adds(b, "true"); }
    kstr(b, "pattern", e->pattern, &first);
    if (e->date_to && e->date_from && strcmp(e->date_to, e->date_from) != 0) kstr(b, "date_to", e->date_to, &first);
    if (e->attribution) kstr(b, "attribution", e->attribution, &first);
    if (e->issues) kstr(b, "issues", e->issues, &first);
    if (e->location >= 0 && (size_t)e->location < doc->nplaces) {
        const dyad_place *p = &doc->places[e->location];
        key(b, "location", &first);
        int f2 = 1;
        dy_buf_addc(b, '{');
        kview(b, "name", p->name, &f2);
        kstr(b, "country", p->country, &f2);
        key(b, "lat", &f2);
        add_fixed5(b, p->lat);
        key(b, "lon", &f2);
        add_fixed5(b, p->lon);
        dy_buf_addc(b, '}');
    }
    dy_buf_addc(b, '}');
}

void dy_out_events_jsonl(dy_buf *b, const dyad_doc *doc)
{
    for (size_t i = 0; i < doc->nevents; i++) {
        dy_out_event_json(b, doc, &doc->events[i], 1);
        dy_buf_addc(b, '\n');
    }
}

void dy_out_doc_json(dy_buf *b, const dyad_doc *doc)
{
    int first = 1;
    dy_buf_addc(b, '{');
    kview(b, "id", doc->id, &first);
    kstr(b, "date", doc->date[0] ? doc->date : NULL, &first);
    key(b, "sentences", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->nsentences; i++) {
        if (i) dy_buf_addc(b, ',');
        dy_buf_add_json_str(b, doc->sentences[i].ptr, doc->sentences[i].len);
    }
    dy_buf_addc(b, ']');
    key(b, "events", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->nevents; i++) {
        if (i) dy_buf_addc(b, ',');
        dy_out_event_json(b, doc, &doc->events[i], 0);
    }
    dy_buf_addc(b, ']');
    kview(b, "dateline", doc->dateline.len ? doc->dateline : (dyad_str){NULL, 0}, &first);
    key(b, "quotes", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->nquotes; i++) {
        const dyad_quote *q = &doc->quotes[i];
        int f2 = 1;
        dy_buf_adds(b, i ? ",{" : "{");
        kview(b, "text", q->text, &f2);
        kview(b, "speaker", q->speaker.len ? q->speaker : (dyad_str){NULL, 0}, &f2);
        if (q->speaker_ref.len) kview(b, "speaker_ref", q->speaker_ref, &f2);
        kstr(b, "speaker_code", q->speaker_code, &f2);
        key(b, "sentence", &f2);
        dy_buf_add_u64(b, q->sentence);
        key(b, "start", &f2);
        dy_buf_add_u64(b, q->start);
        key(b, "end", &f2);
        { dy_buf_add_u64(b, q->end); dy_buf_addc(b, '}'); }
    }
    dy_buf_addc(b, ']');
    key(b, "attributions", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->nattributions; i++) {
        const dyad_attribution *a = &doc->attributions[i];
        int f2 = 1;
        dy_buf_adds(b, i ? ",{" : "{");
        kview(b, "source", a->source, &f2);
        kstr(b, "source_code", a->source_code, &f2);
        key(b, "sentence", &f2);
        if (a->sentence == UINT32_MAX) dy_buf_adds(b, "null}");
        else { dy_buf_add_u64(b, a->sentence); dy_buf_addc(b, '}'); }
    }
    dy_buf_addc(b, ']');
    key(b, "places", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->nplaces; i++) {
        const dyad_place *p = &doc->places[i];
        int f2 = 1;
        dy_buf_adds(b, i ? ",{" : "{");
        kview(b, "name", p->name, &f2);
        kstr(b, "country", p->country, &f2);
        kstr(b, "admin1", p->admin1, &f2);
        key(b, "lat", &f2);
        add_fixed5(b, p->lat);
        key(b, "lon", &f2);
        add_fixed5(b, p->lon);
        key(b, "start", &f2);
        dy_buf_add_u64(b, p->start);
        key(b, "end", &f2);
        dy_buf_add_u64(b, p->end);
        key(b, "sentence", &f2);
        { dy_buf_add_u64(b, p->sentence); dy_buf_addc(b, '}'); }
    }
    dy_buf_addc(b, ']');
    key(b, "dates", &first);
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < doc->ndates; i++) {
        const dyad_date *d = &doc->dates[i];
        int f2 = 1;
        dy_buf_adds(b, i ? ",{" : "{");
        kview(b, "text", d->text, &f2);
        kstr(b, "from", d->from, &f2);
        kstr(b, "to", d->to, &f2);
        key(b, "sentence", &f2);
        { dy_buf_add_u64(b, d->sentence); dy_buf_addc(b, '}'); }
    }
    dy_buf_addc(b, ']');
    key(b, "counts", &first);
    dy_buf_addc(b, '[');
    static const char *const kinds[] = {"killed", "injured", "arrested", "displaced", "participants", "other"};
    for (size_t i = 0; i < doc->ncounts; i++) {
        const dyad_count *k = &doc->counts[i];
        int f2 = 1;
        dy_buf_adds(b, i ? ",{" : "{");
        kview(b, "text", k->text, &f2);
        key(b, "number", &f2);
        dy_buf_printf(b, "%lld", k->number);
        kstr(b, "kind", kinds[(unsigned)k->kind < 6 ? k->kind : 5], &f2);
        kview(b, "who", k->who.len ? k->who : (dyad_str){NULL, 0}, &f2);
        key(b, "sentence", &f2);
        { dy_buf_add_u64(b, k->sentence); dy_buf_addc(b, '}'); }
    }
    dy_buf_addc(b, ']');
    if (doc->discarded) { key(b, "discarded", &first); dy_buf_adds(b, "true"); }
    if (doc->nexplain) {
        key(b, "explain", &first);
        dy_buf_addc(b, '[');
        for (size_t i = 0; i < doc->nexplain; i++) {
            if (i) dy_buf_addc(b, ',');
            dy_buf_add_json_str(b, doc->explain[i].text, strlen(doc->explain[i].text));
        }
        dy_buf_addc(b, ']');
    }
    dy_buf_adds(b, "}\n");
}

static void tsv_field(dy_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        dy_buf_addc(b, (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
    }
}

void dy_out_tsv_header(dy_buf *b)
{
    dy_buf_adds(b, "date\tsource\ttarget\tcode\tissues\tid\turl\tsentence\tsource_text\ttarget_text\tverb_text\troot\tquad\tgoldstein\tplover\n");
}

void dy_out_events_tsv(dy_buf *b, const dyad_doc *doc, const char *url)
{
    for (size_t i = 0; i < doc->nevents; i++) {
        const dyad_event *e = &doc->events[i];
        const char *d = e->date_from ? e->date_from : doc->date;
        /* PETRARCH writes YYYYMMDD */
        for (const char *p = d; p && *p; p++)
            if (*p != '-') dy_buf_addc(b, *p);
        dy_buf_printf(b, "\t%s\t%s\t%s\t%s\t", e->source ? e->source : "---", e->target ? e->target : "---", e->code,
                      e->issues ? e->issues : "");
        tsv_field(b, doc->id.ptr, doc->id.len);
        dy_buf_printf(b, "\t%s\t%u\t", url ? url : "", e->sentence);
        tsv_field(b, e->source_text.ptr, e->source_text.len);
        dy_buf_addc(b, '\t');
        tsv_field(b, e->target_text.ptr, e->target_text.len);
        dy_buf_addc(b, '\t');
        tsv_field(b, e->verb_text.ptr, e->verb_text.len);
        dy_buf_printf(b, "\t%s\t%d\t", e->root ? e->root : "", e->quad);
        if (!isnan(e->goldstein)) dy_buf_printf(b, "%.1f", e->goldstein);
        dy_buf_printf(b, "\t%s\n", e->plover ? e->plover : "");
    }
}

static void csv_field(dy_buf *b, const char *s, size_t n)
{
    dy_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') dy_buf_addc(b, '"');
        dy_buf_addc(b, s[i]);
    }
    dy_buf_addc(b, '"');
}

void dy_out_csv_header(dy_buf *b)
{
    dy_buf_adds(b, "doc_id,sentence,date,source,target,code,root,quad,goldstein,plover,source_text,target_text,verb_text\n");
}

void dy_out_events_csv(dy_buf *b, const dyad_doc *doc)
{
    for (size_t i = 0; i < doc->nevents; i++) {
        const dyad_event *e = &doc->events[i];
        csv_field(b, doc->id.ptr, doc->id.len);
        dy_buf_printf(b, ",%u,%s,%s,%s,%s,%s,", e->sentence, e->date_from ? e->date_from : doc->date,
                      e->source ? e->source : "", e->target ? e->target : "", e->code, e->root ? e->root : "");
        if (e->quad) dy_buf_printf(b, "%d", e->quad);
        dy_buf_addc(b, ',');
        if (!isnan(e->goldstein)) dy_buf_printf(b, "%.1f", e->goldstein);
        dy_buf_printf(b, ",%s,", e->plover ? e->plover : "");
        csv_field(b, e->source_text.ptr, e->source_text.len);
        dy_buf_addc(b, ',');
        csv_field(b, e->target_text.ptr, e->target_text.len);
        dy_buf_addc(b, ',');
        csv_field(b, e->verb_text.ptr, e->verb_text.len);
        dy_buf_addc(b, '\n');
    }
}
