/* cmd_code.c — `dyad code`: documents in, events out.
 *
 * Reads JSON Lines documents (or plain-text files with --text) from files or
 * stdin, codes each, and writes events (JSONL, one per line), documents
 * (--format docs), or PETRARCH-style TSV/CSV to stdout. Every input record
 * yields output or an error record (--errors FILE, JSON Lines); a summary of
 * the counts goes to stderr; the exit status is 1 if any record was
 * rejected. */
#include "cli.h"
#include "input/input.h"
#include "out/out.h"
#include "util/buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *const usage_lines[] = {
    "dyad code [--dict <path>] [--format <fmt>] [--text] [--date <date>] [--explain] [--errors <file>] [<file>...]",
    NULL,
};

typedef struct code_stats {
    long long read, coded, with_events, rejected, events, discarded, sentences, bytes;
} code_stats;

static void write_error_record(FILE *ef, const dyad_error *e)
{
    dy_buf b = DY_BUF_INIT;
    dy_buf_adds(&b, "{\"file\":");
    dy_buf_add_json_str(&b, e->file, strlen(e->file));
    dy_buf_printf(&b, ",\"line\":%ld,\"record\":%lld,\"id\":", e->line, e->record);
    if (e->id[0]) dy_buf_add_json_str(&b, e->id, strlen(e->id));
    else dy_buf_adds(&b, "null");
    dy_buf_adds(&b, ",\"error\":");
    const char *name = dyad_status_name(e->code);
    dy_buf_add_json_str(&b, name, strlen(name));
    dy_buf_adds(&b, ",\"reason\":");
    dy_buf_add_json_str(&b, e->message, strlen(e->message));
    dy_buf_adds(&b, "}\n");
    fwrite(b.data, 1, b.len, ef);
    dy_buf_release(&b);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int cmd_code(int argc, char **argv)
{
    const char *format = "events", *date = NULL, *errors = NULL, *output = NULL;
    int text_mode = 0, explain = 0, quiet = 0, max_mb = 8, no_places = 0, jobs = 1, negated = 0;
    cli_list files = {0}, dicts = {0};
    const cli_opt opts[] = {
        {OPT_LIST, 'd', "dict", &dicts, "<path>", "TABARI .project, PETRARCH config .ini, compiled or single dictionary file; repeat to combine (default: dyad's own)"},
        {OPT_STRING, 'f', "format", &format, "<fmt>", "events (JSONL, default), docs (JSONL per document), tsv, csv"},
        {OPT_FLAG, 't', "text", &text_mode, NULL, "inputs are plain-text files, one document each"},
        {OPT_STRING, 0, "date", &date, "<YYYY-MM-DD>", "article date for plain text, or records without one"},
        {OPT_FLAG, 'x', "explain", &explain, NULL, "explain every sentence's coding on stderr"},
        {OPT_STRING, 0, "errors", &errors, "<file>", "write one JSON line per rejected record to <file>"},
        {OPT_STRING, 'o', "output", &output, "<file>", "write to <file> instead of stdout"},
        {OPT_INT, 0, "max-record-mb", &max_mb, "<n>", "reject records longer than <n> MiB (default 8)"},
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
    if (max_mb < 1) max_mb = 1;
    cli_diag_count dc = {0};
    unsigned flags = (explain ? DYAD_EXPLAIN : 0) | (no_places ? DYAD_NO_PLACES : 0) | (negated ? DYAD_CODE_NEGATED : 0);
    dyad_ctx *ctx = cli_load_list(&dicts, flags, &dc, quiet);
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
    dyad_coder *coder = dyad_coder_new(ctx);
    code_stats st = {0};
    dy_buf buf = DY_BUF_INIT;
    if (fmt == 2) dy_out_tsv_header(&buf);
    if (fmt == 3) dy_out_csv_header(&buf);
    int progress = !quiet && isatty(2);
    double t0 = now(), last = t0;
    static const char *const stdin_only[] = {"-"};
    const char *const *names = files.n ? files.v : stdin_only;
    int nnames = files.n ? files.n : 1;
    int io_failed = 0;
    for (int fi = 0; fi < nnames; fi++) {
        const char *name = names[fi];
        FILE *in = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
        if (!in) {
            cli_error("cannot open '%s': %s", name, strerror(errno));
            io_failed = 1;
            continue;
        }
        dy_reader rd;
        dy_reader_init(&rd, in, name, text_mode ? DY_IN_TEXT : DY_IN_JSONL, (size_t)max_mb << 20, date);
        dyad_input rec;
        dyad_error err;
        int k;
        while ((k = dy_reader_next(&rd, &rec, &err)) != 0) {
            st.read++;
            if (k < 0) {
                st.rejected++;
                if (ef) write_error_record(ef, &err);
                else if (!quiet) cli_print_error(stderr, &err);
                continue;
            }
            const dyad_doc *doc;
            if (dyad_code(coder, &rec, &doc, &err) != DYAD_OK) {
                st.rejected++;
                snprintf(err.file, sizeof err.file, "%s", name);
                err.line = rd.line;
                err.record = rd.record;
                if (ef) write_error_record(ef, &err);
                else if (!quiet) cli_print_error(stderr, &err);
                continue;
            }
            st.coded++;
            st.events += (long long)doc->nevents;
            st.sentences += (long long)doc->nsentences;
            st.bytes += (long long)rec.text_len;
            if (doc->nevents) st.with_events++;
            if (doc->discarded) st.discarded++;
            if (explain) {
                fprintf(stderr, "== %.*s\n", (int)doc->id.len, doc->id.ptr);
                for (size_t s = 0; s < doc->nexplain; s++)
                    fprintf(stderr, "[%u] %.*s\n%s", doc->explain[s].sentence, (int)doc->sentences[s].len,
                            doc->sentences[s].ptr, doc->explain[s].text);
            }
            switch (fmt) {
            case 0: dy_out_events_jsonl(&buf, doc); break;
            case 1: dy_out_doc_json(&buf, doc); break;
            case 2: dy_out_events_tsv(&buf, doc, rec.url); break;
            default: dy_out_events_csv(&buf, doc); break;
            }
            if (buf.len >= 1 << 16) {
                if (fwrite(buf.data, 1, buf.len, out) != buf.len) io_failed = 1;
                dy_buf_reset(&buf);
            }
            if (progress && st.read % 64 == 0) {
                double tn = now();
                if (tn - last > 0.5) {
                    fprintf(stderr, "\rdyad: %lld documents, %lld events, %.0f docs/s ", st.read, st.events,
                            st.read / (tn - t0));
                    last = tn;
                }
            }
        }
        dy_reader_release(&rd);
        if (in != stdin) fclose(in);
    }
    if (buf.len && fwrite(buf.data, 1, buf.len, out) != buf.len) io_failed = 1;
    dy_buf_release(&buf);
    if (fflush(out) != 0 || ferror(out)) io_failed = 1;
    if (out != stdout && fclose(out) != 0) io_failed = 1;
    if (ef && fclose(ef) != 0) io_failed = 1;
    if (progress) fprintf(stderr, "\r\033[K");
    double secs = now() - t0;
    if (!quiet)
        fprintf(stderr,
                "dyad: %lld documents read: %lld coded (%lld with events, %lld discarded), %lld rejected; "
                "%lld sentences, %lld events in %.2f s (%.0f sentences/s)\n",
                st.read, st.coded, st.with_events, st.discarded, st.rejected, st.sentences, st.events, secs,
                secs > 0 ? st.sentences / secs : 0);
    dyad_coder_free(coder);
    dyad_ctx_free(ctx);
    free(files.v);
    (void)jobs;
    if (io_failed) {
        cli_error("could not read or write everything (see above)");
        return EXIT_IO;
    }
    return st.rejected ? EXIT_PARTIAL : EXIT_OK;
}
