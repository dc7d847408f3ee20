# t0011-accuracy — a regression floor for coding accuracy (issue 3): dyad's
# default dictionaries code a fixed sample of hand-written news sentences,
# tests/cli/data/accuracy.tsv (about ten per CAMEO root 01-20, plus sentences
# with no event), and the test fails when the event-type, source or target
# accuracy drops below its floor.
#
# Each data line is "sentence<TAB>source<TAB>target<TAB>CAMEO code", the values
# a careful human CAMEO coder gives (not what dyad codes); see the file's header.
# Scoring, per sentence (each is its own document, dated 2024-06-03):
#   type    the sentence passes when one of its events has the expected root
#           (first two digits); a "-" sentence passes when it has no event.
#   source, target (sentences with an expected event only): the event scored is
#           one with the expected root if there is one, else any event, taking
#           the one whose source and target match best (the first on ties);
#           it passes when its actor code begins with the expected three
#           letters; an expected "-" passes when the code is empty or "---"
#           (no actor), an expected "---" needs a named actor ("---CRM").
#           A sentence with no event misses both.
# Every miss is printed.
#
# Floors: the accuracy measured when the test was written, minus 2 percentage
# points, rounded down, so that a real drop fails but a one-sentence wobble
# does not. Raise them when the coder improves; lower them only with a reason.
# Measured on 2026-11-25 (main at 1be559d, GeoNames table present; 228
# sentences, 220 with an event):
#   type 193 of 228 = 84.6%, source 194 of 220 = 88.2%, target 188 of 220 = 85.5%
#   -> floors 82, 86, 83.
# Raised on 2026-11-25 after the coder and dictionary work of that day (230
# sentences, 222 with an event: two progressive sentences added):
#   type 205 of 230 = 89.1%, source 205 of 222 = 92.3%, target 197 of 222 = 88.7%
#   -> floors 87, 90, 86.
# The figures need the gazetteer (third_party/geonames/cities500.txt, from
# scripts/fetch-geonames.sh): without it dyad finds no places, so actors of
# unknown country get none from context, and target accuracy falls to 78.6%
# (the golden test fails too).
TYPE_FLOOR=87
SOURCE_FLOOR=90
TARGET_FLOOR=86
. tests/lib.sh
TSV=${ACCURACY_TSV:-tests/cli/data/accuracy.tsv}
[ -f "$TSV" ] || { fail "$TSV missing"; finish; }
awk -F '\t' 'NF >= 4 && $1 !~ /^#/ {
    s = $1; gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
    printf "{\"id\":\"%d\",\"date\":\"2024-06-03\",\"text\":\"%s\"}\n", NR, s
}' "$TSV" >"$T/in.jsonl"
"$DYAD" code -q --format tsv "$T/in.jsonl" >"$T/out.tsv" || fail "dyad code failed"
# TSV columns: date source target code issues id ...
awk -F '\t' -v out="$T/out.tsv" \
    -v tfloor="$TYPE_FLOOR" -v sfloor="$SOURCE_FLOOR" -v gfloor="$TARGET_FLOOR" '
function actor_ok(want, got) {
    if (want == "-") return got == "" || got == "---"
    if (want == "---") return substr(got, 1, 3) == "---" && length(got) > 3
    return substr(got, 1, 3) == want
}
function pct(a, b) { return b ? 100 * a / b : 0 }
BEGIN {
    getline l < out    # header
    while ((getline l < out) > 0) {
        split(l, f, "\t"); id = f[6]; k = ++ne[id]
        esrc[id, k] = f[2]; etgt[id, k] = f[3]; ecode[id, k] = f[4]
    }
}
NF >= 4 && $1 !~ /^#/ {
    n++; id = NR; m = ne[id] + 0
    got = ""
    for (k = 1; k <= m; k++) got = got " " esrc[id, k] ">" etgt[id, k] ":" ecode[id, k]
    if (got == "") got = " none"
    if ($4 == "-") {
        if (m == 0) tp++
        else printf "miss type: want no event, got%s: %s\n", got, $1
        next
    }
    nev++; root = substr($4, 1, 2)
    typeok = 0
    for (k = 1; k <= m; k++) if (substr(ecode[id, k], 1, 2) == root) typeok = 1
    best = 0; bs = -1; so = 0; to = 0
    for (k = 1; k <= m; k++) {
        if (typeok && substr(ecode[id, k], 1, 2) != root) continue
        s1 = actor_ok($2, esrc[id, k]); t1 = actor_ok($3, etgt[id, k])
        if (s1 + t1 > bs) { bs = s1 + t1; best = k; so = s1; to = t1 }
    }
    tp += typeok; sp += so; gp += to
    miss = ""
    if (!typeok) miss = miss " type"
    if (!so) miss = miss " source"
    if (!to) miss = miss " target"
    if (miss != "")
        printf "miss%s: want %s>%s:%s, got%s: %s\n", miss, $2, $3, $4, got, $1
}
END {
    printf "accuracy on %d sentences (%d with an event): type %d (%.1f%%, floor %d%%), source %d (%.1f%%, floor %d%%), target %d (%.1f%%, floor %d%%)\n",
        n, nev, tp, pct(tp, n), tfloor, sp, pct(sp, nev), sfloor, gp, pct(gp, nev), gfloor
    bad = 0
    if (n == 0 || nev == 0) { print "no sentences read"; exit 1 }
    if (tp * 100 < tfloor * n) { printf "type accuracy below its floor of %d%%\n", tfloor; bad = 1 }
    if (sp * 100 < sfloor * nev) { printf "source accuracy below its floor of %d%%\n", sfloor; bad = 1 }
    if (gp * 100 < gfloor * nev) { printf "target accuracy below its floor of %d%%\n", gfloor; bad = 1 }
    exit bad
}' "$TSV" >"$T/report" || fail "coding accuracy on $TSV fell below a floor"
cat "$T/report" >&2
finish
