# t0010-light-verbs — light verbs whose meaning comes from their object ("paid
# a visit to", "imposed sanctions on", "opened fire on"), coded with dyad's
# default dictionaries (data/dict/dyad.verbs.light.txt and the root files).
# Each line of tests/cli/data/light-verbs.tsv is "sentence<TAB>CAMEO code";
# the sentence passes when one of its events has that code ("-" = no event).
# At least 90% must pass; the misses are printed.
. tests/lib.sh
TSV=${LIGHT_TSV:-tests/cli/data/light-verbs.tsv}
[ -f "$TSV" ] || { fail "$TSV missing"; finish; }
awk -F '\t' 'NF >= 2 && $1 !~ /^#/ {
    s = $1; gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
    printf "{\"id\":\"%d\",\"date\":\"2001-05-01\",\"text\":\"%s\"}\n", NR, s
}' "$TSV" >"$T/in.jsonl"
"$DYAD" code -q --format tsv "$T/in.jsonl" >"$T/out.tsv" || fail "dyad code failed"
# id -> space-separated codes
awk -F '\t' 'NR > 1 { c[$6] = c[$6] " " $4 } END { for (k in c) print k "\t" c[k] " " }' "$T/out.tsv" >"$T/codes"
awk -F '\t' -v codes="$T/codes" '
BEGIN { while ((getline l < codes) > 0) { split(l, a, "\t"); got[a[1]] = a[2] } }
NF >= 2 && $1 !~ /^#/ {
    n++
    g = (NR in got) ? got[NR] : ""
    if ($2 == "-") ok = (g == "")
    else ok = index(g, " " $2 " ") > 0
    if (ok) pass++
    else printf "miss: want %s, got [%s]: %s\n", $2, g, $1
}
END {
    printf "light verbs: %d of %d as expected (%.1f%%)\n", pass, n, n ? 100 * pass / n : 0
    if (n == 0 || pass * 10 < n * 9) exit 1
}' "$TSV" >"$T/report" || fail "fewer than 90% of the light-verb sentences coded as expected"
cat "$T/report" >&2
finish
