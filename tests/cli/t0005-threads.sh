# t0005-threads — `dyad code -j N` writes byte-identical output, error
# records and explanations whatever N is, across many batches (a batch is
# at most 512 records), with bad records mixed in and several input files.
. tests/lib.sh
awk 'BEGIN {
    split("Kenya Uganda Somalia Ethiopia Turkey Syria Iran France Germany Brazil", c, " ")
    split("accused|met with|condemned|praised|threatened|signed an agreement with|attacked|visited", v, "|")
    for (i = 0; i < 1300; i++) {
        if (i % 97 == 5) { print "{\"id\":\"bad" i "\",\"text\":"; continue }
        if (i % 101 == 7) { print "{\"id\":\"d" i "\",\"date\":\"2019-13-01\",\"text\":\"x\"}"; continue }
        a = c[i % 10 + 1]; b = c[(i * 7 + 3) % 10 + 1]; w = v[i % 8 + 1]
        printf "{\"id\":\"doc%d\",\"date\":\"2019-10-%02d\",\"text\":\"%s %s %s on Monday. \\\"We will respond,\\\" the %s foreign minister said in Nairobi.\"}\n", i, i % 28 + 1, a, w, b, b
    }
}' >"$T/a.jsonl"
head -400 "$T/a.jsonl" | sed 's/"doc/"second/' >"$T/b.jsonl"
for j in 1 2 5; do
    "$DYAD" code -j $j --format docs --explain --errors "$T/e$j.jsonl" "$T/a.jsonl" "$T/b.jsonl" \
        >"$T/o$j.jsonl" 2>"$T/x$j.txt"
    st=$?
    [ $st -eq 1 ] || fail "-j $j exited $st, want 1 (records rejected)"
    grep -v '^dyad: ' "$T/x$j.txt" >"$T/xe$j.txt"
done
[ "$(wc -l <"$T/o1.jsonl")" -gt 1500 ] || fail "too few documents coded: $(wc -l <"$T/o1.jsonl")"
[ "$(wc -l <"$T/e1.jsonl")" -eq 36 ] || fail "want 36 error records, got $(wc -l <"$T/e1.jsonl")"
for j in 2 5; do
    cmp -s "$T/o1.jsonl" "$T/o$j.jsonl" || fail "-j $j output differs from -j 1"
    cmp -s "$T/e1.jsonl" "$T/e$j.jsonl" || fail "-j $j error records differ from -j 1"
    cmp -s "$T/xe1.txt" "$T/xe$j.txt" || fail "-j $j explanations differ from -j 1"
    grep -q "1700 documents read: 1664 coded" "$T/x$j.txt" || fail "-j $j summary: $(tail -1 "$T/x$j.txt")"
done
# events format too, from stdin
"$DYAD" code -q <"$T/a.jsonl" >"$T/s1.jsonl"
"$DYAD" code -q -j 3 <"$T/a.jsonl" >"$T/s3.jsonl"
cmp -s "$T/s1.jsonl" "$T/s3.jsonl" || fail "-j 3 events from stdin differ from -j 1"
finish
