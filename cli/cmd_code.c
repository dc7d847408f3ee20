/* cmd_code.c — `dyad code`: documents in, events out.
 *
 * Reads JSON Lines documents (or plain-text files with --text) from files or
 * stdin, codes each, and writes events (JSONL, one per line), documents
 * (--format docs), or PETRARCH-style TSV/CSV to stdout. Every input record
 * yields output or an error record (--errors FILE, JSON Lines); a summary of
 * the counts goes to stderr; the exit status is 1 if any record was
 * rejected.
 *
 * Threads (-j N). The main thread only cuts the input into batches of raw
 * lines (about 1 MiB or 512 records each); N workers, each with its own
 * coder and record parser, parse, code and format a whole batch into the
 * batch's own output, error and explanation buffers; the main thread writes
 * finished batches strictly in input order. So the output is byte-identical
 * whatever N is, and -j 1 runs the very same batch code without threads. */
#include "cli.h"
#include "input/input.h"
#include "out/out.h"
#include "util/buf.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *const usage_lines[] = {
    "dyad code [--dict <path>] [--format <fmt>] [--text] [--date <date>] [--explain] [--errors <file>] [<file>...]",
    NULL,
};

typedef struct code_stats {
    long long read, coded, with_events, rejected, events, discarded, sentences, bytes, cut;
} code_stats;

static void add_stats(code_stats *a, const code_stats *b)
{
    a->read += b->read; a->coded += b->coded; a->with_events += b->with_events; a->rejected += b->rejected;
    a->events += b->events; a->discarded += b->discarded; a->sentences += b->sentences; a->bytes += b->bytes;
    a->cut += b->cut;
}

static void error_record(dy_buf *b, const dyad_error *e)
{
    dy_buf_adds(b, "{\"file\":");
    dy_buf_add_json_str(b, e->file, strlen(e->file));
    dy_buf_printf(b, ",\"line\":%ld,\"record\":%lld,\"id\":", e->line, e->record);
    if (e->id[0]) dy_buf_add_json_str(b, e->id, strlen(e->id));
    else dy_buf_adds(b, "null");
    dy_buf_adds(b, ",\"error\":");
    const char *name = dyad_status_name(e->code);
    dy_buf_add_json_str(b, name, strlen(name));
    dy_buf_adds(b, ",\"reason\":");
    dy_buf_add_json_str(b, e->message, strlen(e->message));
    dy_buf_adds(b, "}\n");
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------ batches */

enum { ITEM_LINE = 0, ITEM_TEXT, ITEM_ERROR };
enum { BATCH_FREE = 0, BATCH_READY, BATCH_BUSY, BATCH_DONE };
#define BATCH_ITEMS 512
#define BATCH_BYTES (1u << 20)

typedef struct item {
    uint8_t kind;
    size_t off, len;        /* ITEM_LINE: the raw line; ITEM_TEXT: the text */
    size_t id_off, id_len;  /* ITEM_TEXT: the id (file name) */
    const char *name;       /* input file name */
    long line;
    long long rec;
    uint32_t err;           /* ITEM_ERROR: index into errs */
} item;

typedef struct batch {
    int state;
    long long seq;
    dy_buf raw;
    item *items; size_t n, cap;
    dyad_error *errs; size_t nerr, errcap;
    /* results */
    dy_buf out, err_out, explain;
    code_stats st;
} batch;

typedef struct code_job {
    int fmt, explain, quiet, to_file;  /* to_file: errors as JSON lines (--errors) */
    const char *date;
} code_job;

typedef struct worker {
    dyad_coder *coder;
    dy_recparser parser;
} worker;

static void batch_clear(batch *b)
{
    dy_buf_reset(&b->raw);
    dy_buf_reset(&b->out);
    dy_buf_reset(&b->err_out);
    dy_buf_reset(&b->explain);
    b->n = b->nerr = 0;
    memset(&b->st, 0, sizeof b->st);
}

static void batch_release(batch *b)
{
    dy_buf_release(&b->raw); dy_buf_release(&b->out); dy_buf_release(&b->err_out); dy_buf_release(&b->explain);
    free(b->items);
    free(b->errs);
}

static item *batch_push(batch *b)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 64;
        b->items = realloc(b->items, b->cap * sizeof *b->items);
        if (!b->items) abort();
    }
    item *it = &b->items[b->n++];
    memset(it, 0, sizeof *it);
    return it;
}

static void batch_error(batch *b, item *it, const dyad_error *e)
{
    if (b->nerr == b->errcap) {
        b->errcap = b->errcap ? 2 * b->errcap : 16;
        b->errs = realloc(b->errs, b->errcap * sizeof *b->errs);
        if (!b->errs) abort();
    }
    it->kind = ITEM_ERROR;
    it->err = (uint32_t)b->nerr;
    b->errs[b->nerr++] = *e;
}

static void report(const code_job *J, batch *b, const dyad_error *e)
{
    b->st.rejected++;
    if (J->to_file) {
        error_record(&b->err_out, e);
    } else if (!J->quiet) {
        /* cli_print_error writes to a FILE: format through a memory stream */
        char *mem = NULL;
        size_t mlen = 0;
        FILE *m = open_memstream(&mem, &mlen);
        if (m) {
            cli_print_error(m, e);
            fclose(m);
            dy_buf_add(&b->err_out, mem, mlen);
            free(mem);
        }
    }
}

/* Parse, code and format every item of b (any thread). */
static void run_batch(const code_job *J, worker *w, batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        b->st.read++;
        if (it->kind == ITEM_ERROR) {
            report(J, b, &b->errs[it->err]);
            continue;
        }
        dyad_input rec;
        dyad_error err;
        if (it->kind == ITEM_LINE) {
            if (dy_record_parse(&w->parser, b->raw.data + it->off, it->len, it->name, it->line, it->rec, J->date,
                                &rec, &err) < 0) {
                report(J, b, &err);
                continue;
            }
        } else {
            memset(&rec, 0, sizeof rec);
            rec.text = b->raw.data + it->off;
            rec.text_len = it->len;
            rec.id = b->raw.data + it->id_off;
            rec.id_len = it->id_len;
            if (J->date) { rec.date = J->date; rec.date_len = strlen(J->date); }
        }
        const dyad_doc *doc;
        if (dyad_code(w->coder, &rec, &doc, &err) != DYAD_OK) {
            snprintf(err.file, sizeof err.file, "%s", it->name);
            err.line = it->line;
            err.record = it->rec;
            report(J, b, &err);
            continue;
        }
        b->st.coded++;
        b->st.events += (long long)doc->nevents;
        b->st.sentences += (long long)doc->nsentences;
        b->st.bytes += (long long)rec.text_len;
        if (doc->nevents) b->st.with_events++;
        if (doc->discarded) b->st.discarded++;
        b->st.cut += (long long)doc->sentences_cut;
        if (J->explain) {
            dy_buf_printf(&b->explain, "== %.*s\n", (int)doc->id.len, doc->id.ptr);
            for (size_t s = 0; s < doc->nexplain; s++) {
                dy_buf_printf(&b->explain, "[%u] ", doc->explain[s].sentence);
                dy_buf_add(&b->explain, doc->sentences[s].ptr, doc->sentences[s].len);
                dy_buf_addc(&b->explain, '\n');
                dy_buf_adds(&b->explain, doc->explain[s].text);
            }
        }
        switch (J->fmt) {
        case 0: dy_out_events_jsonl(&b->out, doc); break;
        case 1: dy_out_doc_json(&b->out, doc); break;
        case 2: dy_out_events_tsv(&b->out, doc, rec.url); break;
        default: dy_out_events_csv(&b->out, doc); break;
        }
    }
}

/* ------------------------------------------------------------ the pool */

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    batch *slots;
    size_t nslots;
    int stop;
    const code_job *job;
} pool;

typedef struct pool_worker {
    pool *P;
    worker w;
    pthread_t th;
} pool_worker;

static void *worker_main(void *arg)
{
    pool_worker *pw = arg;
    pool *P = pw->P;
    pthread_mutex_lock(&P->mu);
    for (;;) {
        batch *pick = NULL;
        for (size_t i = 0; i < P->nslots; i++)
            if (P->slots[i].state == BATCH_READY && (!pick || P->slots[i].seq < pick->seq)) pick = &P->slots[i];
        if (!pick) {
            if (P->stop) break;
            pthread_cond_wait(&P->work, &P->mu);
            continue;
        }
        pick->state = BATCH_BUSY;
        pthread_mutex_unlock(&P->mu);
        run_batch(P->job, &pw->w, pick);
        pthread_mutex_lock(&P->mu);
        pick->state = BATCH_DONE;
        pthread_cond_broadcast(&P->done);
    }
    pthread_mutex_unlock(&P->mu);
    return NULL;
}

/* The writer's side: everything the main thread owns. */
typedef struct writer {
    FILE *out, *ef;
    int io_failed, progress;
    code_stats st;
    double t0, last;
} writer;

static void write_batch(writer *W, batch *b)
{
    if (b->out.len && fwrite(b->out.data, 1, b->out.len, W->out) != b->out.len) W->io_failed = 1;
    if (b->err_out.len) {
        FILE *f = W->ef ? W->ef : stderr;
        if (fwrite(b->err_out.data, 1, b->err_out.len, f) != b->err_out.len && W->ef) W->io_failed = 1;
    }
    if (b->explain.len) fwrite(b->explain.data, 1, b->explain.len, stderr);
    add_stats(&W->st, &b->st);
    if (W->progress) {
        double tn = now();
        if (tn - W->last > 0.5) {
            fprintf(stderr, "\rdyad: %lld documents, %lld events, %.0f docs/s ", W->st.read, W->st.events,
                    W->st.read / (tn - W->t0));
            W->last = tn;
        }
    }
}

/* Write the oldest batch (number *next) once a worker has finished it, and
 * free its slot. Threaded: called and returns with the pool's mutex held,
 * which it drops while writing. */
static void retire_oldest(pool *P, writer *W, long long *next)
{
    batch *o = &P->slots[(size_t)(*next % (long long)P->nslots)];
    while (o->state != BATCH_DONE) pthread_cond_wait(&P->done, &P->mu);
    pthread_mutex_unlock(&P->mu);
    write_batch(W, o);
    batch_clear(o);
    pthread_mutex_lock(&P->mu);
    o->state = BATCH_FREE;
    (*next)++;
}

int cmd_code(int argc, char **argv)
{
    const char *format = "events", *date = NULL, *errors = NULL, *output = NULL;
    int text_mode = 0, explain = 0, quiet = 0, max_mb = 8, no_places = 0, jobs = 1, negated = 0, max_tok = 400;
    cli_list files = {0}, dicts = {0};
    const cli_opt opts[] = {
        {OPT_LIST, 'd', "dict", &dicts, "<path>", "TABARI .project, PETRARCH config .ini, compiled or single dictionary file; repeat to combine (default: dyad's own)"},
        {OPT_STRING, 'f', "format", &format, "<fmt>", "events (JSONL, default), docs (JSONL per document), tsv, csv"},
        {OPT_FLAG, 't', "text", &text_mode, NULL, "inputs are plain-text files, one document each"},
        {OPT_STRING, 0, "date", &date, "<YYYY-MM-DD>", "article date for plain text, or records without one"},
        {OPT_FLAG, 'x', "explain", &explain, NULL, "explain every sentence's coding on stderr"},
        {OPT_STRING, 0, "errors", &errors, "<file>", "write one JSON line per rejected record to <file>"},
        {OPT_STRING, 'o', "output", &output, "<file>", "write to <file> instead of stdout"},
        {OPT_INT, 0, "max-record-mb", &max_mb, "<n>", "reject records longer than <n> MiB (1-1024, default 8)"},
        {OPT_INT, 0, "max-sentence-tokens", &max_tok, "<n>", "cut longer sentences into pieces of <n> tokens (1-10000, default 400)"},
        {OPT_INT, 'j', "jobs", &jobs, "<n>", "coding threads (default 1)"},
        {OPT_FLAG, 0, "no-places", &no_places, NULL, "skip place recognition"},
        {OPT_FLAG, 0, "negated", &negated, NULL, "keep negated events (\"did not attack\"), flagged \"negated\": true"},
        {OPT_FLAG, 'q', "quiet", &quiet, NULL, "no summary or progress on stderr"},
        {OPT_END, 0, NULL, NULL, NULL, NULL},
    };
    int r = cli_parse(argc, argv, "code", usage_lines, opts, &files);
    if (r) { free(files.v); return r > 0 ? EXIT_OK : EXIT_USAGE; }
    int fmt;
    if (!strcmp(format, "events") || !strcmp(format, "jsonl")) fmt = 0;
    else if (!strcmp(format, "docs")) fmt = 1;
    else if (!strcmp(format, "tsv")) fmt = 2;
    else if (!strcmp(format, "csv")) fmt = 3;
    else {
        cli_error("unknown format '%s' (use events, docs, tsv or csv)", format);
        free(files.v);
        return EXIT_USAGE;
    }
    if (date && dyad_parse_date(date, strlen(date), NULL) != DYAD_OK) {
        cli_error("--date '%s' is not a valid YYYY-MM-DD date", date);
        free(files.v);
        return EXIT_USAGE;
    }
    if (max_mb < 1 || max_mb > 1024 || max_tok < 1 || max_tok > 10000) {
        cli_error(max_mb < 1 || max_mb > 1024 ? "--max-record-mb must be between 1 and 1024"
                                              : "--max-sentence-tokens must be between 1 and 10000");
        free(files.v);
        free(dicts.v);
        return EXIT_USAGE;
    }
    cli_diag_count dc = {0};
    dyad_options copt;
    memset(&copt, 0, sizeof copt);
    copt.flags = (explain ? DYAD_EXPLAIN : 0) | (no_places ? DYAD_NO_PLACES : 0) | (negated ? DYAD_CODE_NEGATED : 0);
    copt.max_record_bytes = (size_t)max_mb << 20; /* the reader and the coder share the limit */
    copt.max_sentence_tokens = (size_t)max_tok;
    dyad_ctx *ctx = cli_load_list_opt(&dicts, &copt, &dc, quiet);
    free(dicts.v);
    if (!ctx) { free(files.v); return EXIT_DICT; }
    FILE *out = stdout;
    if (output && !(out = fopen(output, "w"))) {
        cli_error("cannot open '%s': %s", output, strerror(errno));
        dyad_ctx_free(ctx);
        free(files.v);
        return EXIT_IO;
    }
    FILE *ef = NULL;
    if (errors && !(ef = fopen(errors, "w"))) {
        cli_error("cannot open '%s': %s", errors, strerror(errno));
        dyad_ctx_free(ctx);
        free(files.v);
        return EXIT_IO;
    }
    if (jobs < 1) jobs = 1;
    if (jobs > 256) jobs = 256;
    code_job J = {fmt, explain, quiet, ef != NULL, date};
    writer W = {out, ef, 0, !quiet && isatty(2), {0}, now(), 0};
    W.last = W.t0;
    {
        dy_buf head = DY_BUF_INIT;
        if (fmt == 2) dy_out_tsv_header(&head);
        if (fmt == 3) dy_out_csv_header(&head);
        if (head.len && fwrite(head.data, 1, head.len, out) != head.len) W.io_failed = 1;
        dy_buf_release(&head);
    }
    /* workers: -j 1 codes in this thread */
    pool P;
    memset(&P, 0, sizeof P);
    P.job = &J;
    P.nslots = jobs == 1 ? 1 : (size_t)jobs * 3;
    P.slots = calloc(P.nslots, sizeof *P.slots);
    pool_worker *pw = calloc((size_t)jobs, sizeof *pw);
    if (!P.slots || !pw) abort();
    for (int i = 0; i < jobs; i++) {
        pw[i].P = &P;
        pw[i].w.coder = dyad_coder_new(ctx);
        dy_recparser_init(&pw[i].w.parser);
    }
    int threaded = jobs > 1;
    if (threaded) {
        pthread_mutex_init(&P.mu, NULL);
        pthread_cond_init(&P.work, NULL);
        pthread_cond_init(&P.done, NULL);
        for (int i = 0; i < jobs; i++)
            if (pthread_create(&pw[i].th, NULL, worker_main, &pw[i]) != 0) {
                cli_error("cannot start thread %d", i + 1);
                abort();
            }
    }
    long long seq = 0, next_write = 0;
    /* the batch being filled: a free slot (waiting for the oldest to finish) */
    batch *cur = NULL;
#define SLOT(q) (&P.slots[(size_t)((q) % (long long)P.nslots)])
    static const char *const stdin_only[] = {"-"};
    const char *const *names = files.n ? files.v : stdin_only;
    int nnames = files.n ? files.n : 1;
    int finished = 0;
    dy_reader rd;                 /* the file being read (main thread only) */
    int open_file = 0;
    FILE *in = NULL;
    for (int fi = 0; !finished; ) {
        /* get a slot for batch `seq`: write finished batches in order */
        if (!cur) {
            batch *b = SLOT(seq);
            if (threaded) pthread_mutex_lock(&P.mu);
            while (b->state != BATCH_FREE) retire_oldest(&P, &W, &next_write); /* threaded only */
            if (threaded) pthread_mutex_unlock(&P.mu);
            cur = b;
            cur->seq = seq;
        }
        /* fill it */
        int eof_all = 0;
        while (cur->n < BATCH_ITEMS && cur->raw.len < BATCH_BYTES) {
            if (fi >= nnames) { eof_all = 1; break; }
            const char *name = names[fi];
            if (!open_file) {
                in = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
                if (!in) {
                    cli_error("cannot open '%s': %s", name, strerror(errno));
                    W.io_failed = 1;
                    fi++;
                    continue;
                }
                dy_reader_init(&rd, in, name, text_mode ? DY_IN_TEXT : DY_IN_JSONL, (size_t)max_mb << 20, date);
                open_file = 1;
            }
            dyad_error err;
            int k;
            if (text_mode) {
                dyad_input rec;
                k = dy_reader_next(&rd, &rec, &err);
                if (k > 0) {
                    item *it = batch_push(cur);
                    it->kind = ITEM_TEXT;
                    it->name = name;
                    it->line = rd.line;
                    it->rec = rd.record;
                    it->id_off = cur->raw.len;
                    it->id_len = rec.id_len;
                    dy_buf_add(&cur->raw, rec.id, rec.id_len);
                    it->off = cur->raw.len;
                    it->len = rec.text_len;
                    dy_buf_add(&cur->raw, rec.text, rec.text_len);
                }
            } else {
                const char *line;
                size_t len;
                k = dy_reader_next_line(&rd, &line, &len, &err);
                if (k > 0) {
                    item *it = batch_push(cur);
                    it->kind = ITEM_LINE;
                    it->name = name;
                    it->line = rd.line;
                    it->rec = rd.record;
                    it->off = cur->raw.len;
                    it->len = len;
                    dy_buf_add(&cur->raw, line, len);
                }
            }
            if (k < 0) {
                item *it = batch_push(cur);
                it->name = name;
                batch_error(cur, it, &err);
            } else if (k == 0) {
                if (rd.read_errno) { /* a directory, or an I/O error: not a clean end */
                    cli_error("cannot read '%s': %s", name, strerror(rd.read_errno));
                    W.io_failed = 1;
                }
                dy_reader_release(&rd);
                if (in != stdin) fclose(in);
                open_file = 0;
                fi++;
            }
        }
        if (eof_all) finished = 1;
        /* submit it */
        if (cur->n) {
            if (threaded) {
                pthread_mutex_lock(&P.mu);
                cur->state = BATCH_READY;
                pthread_cond_signal(&P.work);
                pthread_mutex_unlock(&P.mu);
            } else {
                run_batch(&J, &pw[0].w, cur);
                cur->state = BATCH_DONE;
            }
            seq++;
            cur = NULL;
            if (!threaded) {
                batch *o = SLOT(next_write);
                write_batch(&W, o);
                batch_clear(o);
                o->state = BATCH_FREE;
                next_write++;
            }
        }
    }
    /* drain */
    if (threaded) {
        pthread_mutex_lock(&P.mu);
        while (next_write < seq) retire_oldest(&P, &W, &next_write);
        P.stop = 1;
        pthread_cond_broadcast(&P.work);
        pthread_mutex_unlock(&P.mu);
        for (int i = 0; i < jobs; i++) pthread_join(pw[i].th, NULL);
        pthread_mutex_destroy(&P.mu);
        pthread_cond_destroy(&P.work);
        pthread_cond_destroy(&P.done);
    }
#undef SLOT
    for (int i = 0; i < jobs; i++) {
        dyad_coder_free(pw[i].w.coder);
        dy_recparser_release(&pw[i].w.parser);
    }
    free(pw);
    for (size_t i = 0; i < P.nslots; i++) batch_release(&P.slots[i]);
    free(P.slots);
    code_stats st = W.st;
    int io_failed = W.io_failed;
    int progress = W.progress;
    double t0 = W.t0;
    if (fflush(out) != 0 || ferror(out)) io_failed = 1;
    if (out != stdout && fclose(out) != 0) io_failed = 1;
    if (ef && fclose(ef) != 0) io_failed = 1;
    if (progress) fprintf(stderr, "\r\033[K");
    double secs = now() - t0;
    if (!quiet)
        fprintf(stderr,
                "dyad: %lld documents read: %lld coded (%lld with events, %lld with no events, %lld discarded), "
                "%lld rejected; %lld sentences, %lld events in %.2f s (%.0f sentences/s)\n",
                st.read, st.coded, st.with_events, st.coded - st.with_events, st.discarded, st.rejected,
                st.sentences, st.events, secs, secs > 0 ? st.sentences / secs : 0);
    if (!quiet && st.cut)
        fprintf(stderr, "dyad: warning: %lld sentence%s longer than %d tokens cut into pieces (--max-sentence-tokens)\n",
                st.cut, st.cut == 1 ? "" : "s", max_tok);
    dyad_ctx_free(ctx);
    free(files.v);
    if (io_failed) {
        cli_error("could not read or write everything (see above)");
        return EXIT_IO;
    }
    return st.rejected ? EXIT_PARTIAL : EXIT_OK;
}
