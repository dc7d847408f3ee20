# t0003-mixed — nothing lost in a large mixed stream: 10,000 good records
# (generated from templates with actors from the default dictionaries, a
# deterministic generator) with 1,000 corrupted ones of nine kinds mixed in.
# Checks exactly: the good records alone are all coded, none rejected; in the
# mixed stream the events written are byte for byte those of the good records
# coded alone (so every good record's events, in order, and nothing from a bad
# record); one error per bad record and none for a good one, at its line and
# record number -- as a JSON record with --errors, as one `file:line: error:`
# line on stderr without it; the summary's counts add up (read = coded +
# rejected, coded = with events + with no events, with events = the
# documents in the output, events = the lines written); exit 1.
. tests/lib.sh
NGOOD=${T0003_GOOD:-10000}
NBAD=${T0003_BAD:-1000}

# Lines are written to mixed.jsonl; good ones also to good.jsonl and bad line
# numbers to badlines.txt. One bad record after every NGOOD/NBAD good ones,
# at a pseudo-random position within the group (LCG, fixed seed).
awk -v ngood="$NGOOD" -v nbad="$NBAD" -v dir="$T" '
function rnd(n) { seed = (seed * 16807) % 2147483647; return int(seed / 7) % n } # Park-Miller: exact in doubles
function pick(a, n) { return a[rnd(n) + 1] }
function date() { return sprintf("%04d-%02d-%02d", 1990 + rnd(34), 1 + rnd(12), 1 + rnd(28)) }
function text(   s, k) {
    k = rnd(8)
    if (k == 0) s = pick(A, na) " " pick(V, nv) " " pick(A, na) " on " pick(D, nd) "."
    else if (k == 1) s = pick(T, nt) " of " pick(A, na) " " pick(V, nv) " " pick(A, na) " in " pick(C, nc) "."
    else if (k == 2) s = "\\\"We will not accept this,\\\" the " pick(T, nt) " of " pick(A, na) " said on " pick(D, nd) ". " pick(A, na) " " pick(V, nv) " " pick(A, na) "."
    else if (k == 3) s = "The weather in " pick(C, nc) " was mild, and markets were closed."
    else if (k == 4) s = toupper(pick(C, nc)) " (Reuters) - " pick(A, na) " and " pick(A, na) " " pick(V, nv) " " pick(A, na) ", officials said.\\n\\nTalks continue."
    else if (k == 5) s = "Troops from " pick(A, na) " " pick(V, nv) " rebels near the border, killing " (2 + rnd(40)) " people."
    else if (k == 6) s = "Caf\303\251 owners in " pick(C, nc) " said \342\200\234prices rose\342\200\235 \342\200\224 " pick(A, na) " " pick(V, nv) " " pick(A, na) "."
    else s = pick(A, na) "\\u0027s " pick(T, nt) " " pick(V, nv) " " pick(A, na) "\\t" "yesterday."
    return s
}
function good(i,   line) {
    line = "{\"id\":\"g" i "\",\"date\":\"" date() "\",\"text\":\"" text() "\""
    if (rnd(4) == 0) line = line ",\"title\":\"Story " i "\",\"url\":\"http://example.org/" i "\""
    return line "}"
}
function bad(j,   k) {
    k = j % 9
    if (k == 0) return "{\"id\":\"b" j "\",\"date\":\"2019-10-03\",\"text\":\"Kenya met Som"
    if (k == 1) return "{\"id\":\"b" j "\",\"text\":" (j * 7) "}"
    if (k == 2) return "{\"id\":\"b" j "\",\"date\":\"2019-10-03\"}"
    if (k == 3) return "{\"id\":\"b" j "\",\"date\":\"2019-13-" (10 + j % 20) "\",\"text\":\"Kenya met Somalia.\"}"
    if (k == 4) return "{\"id\":\"b" j "\",\"date\":\"yesterday\",\"text\":\"Kenya met Somalia.\"}"
    if (k == 5) return "{\"id\":\"b" j "\",\"text\":\"   \"}"
    if (k == 6) return "[\"b" j "\", \"Kenya met Somalia.\"]"
    if (k == 7) return "{\"id\":{\"n\":" j "},\"text\":\"Kenya met Somalia.\"}"
    return "{\"id\":\"b" j "\",\"text\":\"Kenya met Somalia.\"} {\"extra\":1}"
}
BEGIN {
    seed = 20191003
    na = split("Kenya,Somalia,Ethiopia,Uganda,France,Germany,Russia,China,Japan,India,Pakistan,Iran,Iraq,Israel,Turkey,Egypt,Syria,Nigeria,Brazil,Mexico,Ukraine,Poland,Sudan,the United States,the Kremlin,the Pentagon", A, ",")
    nv = split("met,attacked,criticized,accused,condemned,praised,visited,threatened,urged,thanked,signed an agreement with,hosted,rejected", V, ",")
    nt = split("president,foreign minister,prime minister,defence minister,army,police,government,spokesman", T, ",")
    nc = split("Nairobi,Paris,Moscow,Beijing,Cairo,Ankara,Tehran,Kabul,Lagos,Kyiv", C, ",")
    nd = split("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday", D, ",")
    per = int(ngood / nbad)
    line = 0; g = 0
    for (j = 0; j < nbad; j++) {
        at = rnd(per + 1)
        for (k = 0; k <= per; k++) {
            if (k == at) { line++; print bad(j) > (dir "/mixed.jsonl"); print line > (dir "/badlines.txt") }
            else if (g < ngood) { s = good(g++); line++; print s > (dir "/mixed.jsonl"); print s > (dir "/good.jsonl") }
        }
    }
    while (g < ngood) { s = good(g++); line++; print s > (dir "/mixed.jsonl"); print s > (dir "/good.jsonl") }
}'
[ "$(wc -l <"$T/good.jsonl")" -eq "$NGOOD" ] || fail "generator: $(wc -l <"$T/good.jsonl") good records"
[ "$(wc -l <"$T/badlines.txt")" -eq "$NBAD" ] || fail "generator: $(wc -l <"$T/badlines.txt") bad records"
[ "$(wc -l <"$T/mixed.jsonl")" -eq $((NGOOD + NBAD)) ] || fail "generator: $(wc -l <"$T/mixed.jsonl") lines"

# the good records alone: all coded, nothing rejected
"$DYAD" code "$T/good.jsonl" >"$T/good.events" 2>"$T/good.log"
st=$?
[ $st -eq 0 ] || { fail "good records alone exited $st"; cat "$T/good.log" >&2; }
[ "$(wc -l <"$T/good.events")" -gt "$NGOOD" ] || fail "only $(wc -l <"$T/good.events") events from $NGOOD good records"
grep -q "^dyad: $NGOOD documents read: $NGOOD coded (.*), 0 rejected;" "$T/good.log" ||
    fail "good records alone: $(grep '^dyad: ' "$T/good.log")"
# the documents with events: only good ids, in input order, no id twice
sed -n 's/^{"doc_id":"\([^"]*\)".*/\1/p' "$T/good.events" >"$T/good.evdocs"
[ "$(wc -l <"$T/good.evdocs")" -eq "$(wc -l <"$T/good.events")" ] || fail "events without a doc_id"
uniq "$T/good.evdocs" >"$T/good.docs"
grep -v '^g[0-9]*$' "$T/good.docs" | head -1 | grep -q . && fail "events of a document that is not a good record"
sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$T/good.jsonl" | grep -Fxf "$T/good.docs" >"$T/good.docs.inorder"
cmp -s "$T/good.docs" "$T/good.docs.inorder" || fail "documents with events out of input order or repeated"

# the mixed stream
"$DYAD" code --errors "$T/errors.jsonl" "$T/mixed.jsonl" >"$T/mixed.events" 2>"$T/mixed.log"
st=$?
[ $st -eq 1 ] || fail "mixed stream exited $st, want 1"
cmp -s "$T/good.events" "$T/mixed.events" || fail "events differ from the good records coded alone: $(diff "$T/good.events" "$T/mixed.events" | head -3)"
[ "$(wc -l <"$T/errors.jsonl")" -eq "$NBAD" ] || fail "$(wc -l <"$T/errors.jsonl") error records, want $NBAD"
sed -n 's/^{"file":"[^"]*","line":\([0-9]*\),.*/\1/p' "$T/errors.jsonl" >"$T/errlines.txt"
cmp -s "$T/badlines.txt" "$T/errlines.txt" || fail "error line numbers differ: $(diff "$T/badlines.txt" "$T/errlines.txt" | head -3)"
# one record per line: the record number is the line number
n=$(grep -c '^{"file":"[^"]*","line":\([0-9]*\),"record":\1,' "$T/errors.jsonl")
[ "$n" -eq "$NBAD" ] || fail "$n of $NBAD error records have record number = line number"
grep -q '"id":"g[0-9]*"' "$T/errors.jsonl" && fail "an error record for a good record: $(grep -m1 '"id":"g' "$T/errors.jsonl")"
# every error record names its file, and the id when it could be read
n=$(grep -c "^{\"file\":\"$T/mixed.jsonl\",\"line\":[0-9]*,\"record\":[0-9]*,\"id\":" "$T/errors.jsonl")
[ "$n" -eq "$NBAD" ] || fail "$n of $NBAD error records name the file"
ids=$(grep -c '"id":"b[0-9]*"' "$T/errors.jsonl")
want_ids=$(awk -v n="$NBAD" 'BEGIN { for (j = 0; j < n; j++) if (j % 9 != 0 && j % 9 != 6 && j % 9 != 7 && j % 9 != 8) c++; print c }')
[ "$ids" -eq "$want_ids" ] || fail "$ids error records carry the record id, want $want_ids"
for r in "invalid JSON: unexpected end of line" "'text' must be a string" "record has no 'text'" \
         "is not a valid YYYY-MM-DD date" "text is empty" "record is not a JSON object" \
         "'id' must be a string or a 64-bit integer" "invalid JSON: text after the object"; do
    grep -qF "$r" "$T/errors.jsonl" || fail "no error record says '$r'"
done
# the summary adds up: read = coded + rejected, coded = with + with no events
sum=$(sed -n 's/^dyad: \([0-9]*\) documents read: \([0-9]*\) coded (\([0-9]*\) with events, \([0-9]*\) with no events, [0-9]* discarded), \([0-9]*\) rejected;.*/\1 \2 \3 \4 \5/p' "$T/mixed.log")
set -- $sum
if [ $# -ne 5 ]; then fail "no summary line: $(tail -2 "$T/mixed.log")"; else
    [ "$1" -eq $((NGOOD + NBAD)) ] || fail "summary: $1 documents read"
    [ "$2" -eq "$NGOOD" ] || fail "summary: $2 coded"
    [ "$5" -eq "$NBAD" ] || fail "summary: $5 rejected"
    [ $(($3 + $4)) -eq "$2" ] || fail "summary: $3 with events + $4 with no events != $2 coded"
    [ "$1" -eq $(($2 + $5)) ] || fail "summary: $1 read != $2 coded + $5 rejected"
    [ "$3" -eq "$(wc -l <"$T/good.docs")" ] || fail "summary: $3 with events, $(wc -l <"$T/good.docs") documents in the output"
    evs=$(sed -n 's/.*rejected; [0-9]* sentences, \([0-9]*\) events.*/\1/p' "$T/mixed.log")
    [ "$evs" -eq "$(wc -l <"$T/mixed.events")" ] || fail "summary: $evs events, $(wc -l <"$T/mixed.events") written"
fi
[ "$(grep -c '^dyad: ' "$T/mixed.log")" -eq 1 ] || fail "stderr with --errors is more than the summary: $(head -3 "$T/mixed.log")"

# without --errors: the same events, and on stderr one error line per bad
# record (file:line: error: reason, then at most an indented context line),
# at its line, then the same summary
"$DYAD" code "$T/mixed.jsonl" >"$T/mixed2.events" 2>"$T/mixed2.log"
st=$?
[ $st -eq 1 ] || fail "mixed stream without --errors exited $st, want 1"
cmp -s "$T/good.events" "$T/mixed2.events" || fail "events without --errors differ from the good records coded alone"
sed -n "s|^$T/mixed.jsonl:\([0-9]*\): error: .*|\1|p" "$T/mixed2.log" >"$T/errlines2.txt"
cmp -s "$T/badlines.txt" "$T/errlines2.txt" ||
    fail "stderr error lines differ from the bad lines: $(diff "$T/badlines.txt" "$T/errlines2.txt" | head -3)"
n=$(grep -v -c -e "^$T/mixed.jsonl:[0-9]*: error: " -e '^    ' -e '^dyad: ' "$T/mixed2.log")
[ "$n" -eq 0 ] || fail "$n unexpected stderr lines: $(grep -v -e "^$T/mixed.jsonl:[0-9]*: error: " -e '^    ' -e '^dyad: ' "$T/mixed2.log" | head -2)"
grep -q "(record 'g[0-9]*')" "$T/mixed2.log" && fail "an error line for a good record"
[ "$(grep '^dyad: ' "$T/mixed2.log" | sed 's/ in [0-9.]* s .*//')" = "$(grep '^dyad: ' "$T/mixed.log" | sed 's/ in [0-9.]* s .*//')" ] ||
    fail "summary without --errors differs: $(grep '^dyad: ' "$T/mixed2.log")"
finish
