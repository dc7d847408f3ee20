# t0001-records — hostile JSON Lines records: the exact outcome of each
# (exit code, documents out, error records and their reason, line and id).
# Nothing is lost (every non-blank line is a document or an error) and
# nothing crashes. Inputs are written here with printf.
. tests/lib.sh

# run NAME [ARGS...]: code $T/NAME.jsonl as documents, errors to $T/NAME.err
run() {
    name=$1; shift
    "$DYAD" code --format docs --errors "$T/$name.err" "$@" "$T/$name.jsonl" >"$T/$name.out" 2>"$T/$name.log"
    echo $? >"$T/$name.rc"
}

# check NAME EXIT DOCS ERRORS: exit code, number of documents, error records
check() {
    rc=$(cat "$T/$1.rc")
    docs=$(wc -l <"$T/$1.out")
    errs=$(wc -l <"$T/$1.err")
    [ "$rc" -eq "$2" ] || fail "$1: exit $rc, want $2"
    [ "$docs" -eq "$3" ] || fail "$1: $docs documents, want $3"
    [ "$errs" -eq "$4" ] || fail "$1: $errs error records, want $4"
    # the summary accounts for every record
    read_n=$(sed -n 's/^dyad: \([0-9]*\) documents read: \([0-9]*\) coded.*, \([0-9]*\) rejected;.*/\1 \2 \3/p' "$T/$1.log")
    [ "$read_n" = "$(($3 + $4)) $3 $4" ] || fail "$1: summary '$read_n', want '$(($3 + $4)) $3 $4'"
}

# reason NAME LINE ID REASON: the error record of LINE has this id and reason
reason() {
    want="{\"file\":\"$T/$1.jsonl\",\"line\":$2,\"record\":"
    line=$(grep -F "$want" "$T/$1.err" | head -1)
    [ -n "$line" ] || { fail "$1: no error record for line $2"; return; }
    case $3 in null) id=null ;; *) id="\"$3\"" ;; esac
    echo "$line" | grep -qF "\"id\":$id," || fail "$1 line $2: id is not $id: $line"
    echo "$line" | grep -qF "\"reason\":\"$4\"}" || fail "$1 line $2: reason is not '$4': $line"
}

ok='"date":"2019-10-03","text":"Kenya met Somalia in Nairobi."'

# --- encodings
printf '{"id":"u1","text":"bad \303\050 byte \377 and overlong \300\257 and surrogate \355\240\200"}\n' >"$T/utf8.jsonl"
run utf8; check utf8 0 1 0
R=$(printf '\357\277\275') # U+FFFD
grep -qF "\"sentences\":[\"bad $R( byte $R and overlong $R$R and surrogate $R$R$R\"]" "$T/utf8.out" \
    || fail "utf8: invalid bytes not replaced by U+FFFD one for one: $(cat "$T/utf8.out")"
printf '{"id":"\377\376x",%s}\n' "$ok" >"$T/badid.jsonl"
run badid; check badid 0 1 0
grep -qF "{\"id\":\"$R${R}x\"" "$T/badid.out" || fail "badid: id not repaired in the output"

printf '{"id":"n1","text":"a\000b"}\n{"id":"n2","text":"NUL \\u0000 escaped"}\n' >"$T/nul.jsonl"
run nul; check nul 1 1 1
reason nul 1 null "line contains a NUL byte"
grep -q '"id":"n2","date":null,"sentences":\["NUL   escaped"\]' "$T/nul.out" || fail "nul: escaped NUL not read as a space"

printf '\357\273\277{"id":"b1",%s}\n\357\273\277{"id":"b2",%s}\n' "$ok" "$ok" >"$T/bom.jsonl"
run bom; check bom 0 2 0

printf '{"id":"c1",%s}\r\n{"id":"c2","text":"Line one.\\r\\nLine two."}\r\n\r\n' "$ok" >"$T/crlf.jsonl"
run crlf; check crlf 0 2 0
grep -q '"id":"c2".*"sentences":\["Line one.","Line two."\]' "$T/crlf.out" || fail "crlf: CRLF inside text not a line break"

# --- broken JSON
printf '{"id":"t1","text":"cut off\n{"id":"t2","text":\n{"id":"t3"\n' >"$T/trunc.jsonl"
run trunc; check trunc 1 0 3
reason trunc 1 null "invalid JSON: unexpected end of line"
reason trunc 2 null "invalid JSON: unexpected end of line"
reason trunc 3 null "invalid JSON: unexpected end of line"

printf '{"id":"x",%s} trailing\n{"a":1}{"b":2}\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n{id:1}\n' "$ok" >"$T/broken.jsonl"
run broken; check broken 1 0 4
reason broken 1 null "invalid JSON: text after the object"
reason broken 2 null "invalid JSON: text after the object"
reason broken 3 null "invalid JSON: nesting too deep"
reason broken 4 null "invalid JSON: quoted object property name expected"

printf 'null\n42\n"text"\n[1,2]\ntrue\n' >"$T/notobj.jsonl"
run notobj; check notobj 1 0 5
for l in 1 2 3 4 5; do reason notobj $l null "record is not a JSON object"; done

# duplicate keys: the last one wins (json-c), as in most JSON readers
printf '{"id":"d1","text":"first","text":"Kenya met Somalia.","id":"d2"}\n' >"$T/dup.jsonl"
run dup; check dup 0 1 0
grep -q '^{"id":"d2","date":null,"sentences":\["Kenya met Somalia."\]' "$T/dup.out" || fail "dup: last key did not win"

# --- wrong types and huge numbers
cat >"$T/types.jsonl" <<'JSON'
{"id":"w1","text":12345}
{"id":{"a":1},"text":"x"}
{"id":["w3"],"text":"x"}
{"id":"w4","text":"x","date":20191003}
{"id":"w5","text":"x","title":["t"]}
{"id":"w6","text":"x","publisher":7}
{"id":"w7","text":"x","url":{}}
{"id":99999999999999999999,"text":"x"}
{"id":1.5,"text":"x"}
{"id":"w10","text":1e400}
{"id":true,"text":"x"}
{"id":-9223372036854775807,"text":"Kenya met Somalia."}
{"id":42,"text":"Kenya met Somalia.","title":null,"extra":[1,{"deep":true}]}
JSON
run types; check types 1 2 11
reason types 1 w1 "'text' must be a string"
reason types 2 null "'id' must be a string or a 64-bit integer"
reason types 3 null "'id' must be a string or a 64-bit integer"
reason types 4 w4 "'date' must be a string \\\"YYYY-MM-DD\\\""
reason types 5 w5 "'title' must be a string"
reason types 6 w6 "'publisher' must be a string"
reason types 7 w7 "'url' must be a string"
reason types 8 null "'id' must be a string or a 64-bit integer"
reason types 9 null "'id' must be a string or a 64-bit integer"
reason types 10 w10 "'text' must be a string"
reason types 11 null "'id' must be a string or a 64-bit integer"
grep -q '^{"id":"-9223372036854775807"' "$T/types.out" || fail "types: 64-bit id not kept"
grep -q '^{"id":"42"' "$T/types.out" || fail "types: integer id not kept"

# --- empty or missing text
printf '{"id":"e1","text":""}\n{"id":"e2","text":"  \\n\\t  "}\n{"id":"e3"}\n{"id":"e4","text":null}\n{}\n{"id":"e6","text":"!!! ..."}\n' >"$T/empty.jsonl"
run empty; check empty 1 1 5
reason empty 1 e1 "text is empty"
reason empty 2 e2 "text is empty"
reason empty 3 e3 "record has no 'text'"
reason empty 4 e4 "record has no 'text'"
reason empty 5 null "record has no 'text'"
grep -q '^{"id":"e6",.*"events":\[\]' "$T/empty.out" || fail "empty: punctuation-only text not coded (with no events)"

# blank and white-space lines are not records
printf '\n   \n\t\n\r\n{"id":"k1",%s}\n\n' "$ok" >"$T/blank.jsonl"
run blank; check blank 0 1 0

# --- dates
cat >"$T/dates.jsonl" <<'JSON'
{"id":"a1","date":"2019-13-45","text":"Kenya met Somalia."}
{"id":"a2","date":"yesterday","text":"Kenya met Somalia."}
{"id":"a3","date":"2019-02-29","text":"Kenya met Somalia."}
{"id":"a4","date":"2019-10-03T12:00:00Z","text":"Kenya met Somalia."}
{"id":"a5","date":"0000-01-01","text":"Kenya met Somalia."}
{"id":"a6","date":"2020-02-29","text":"Kenya met Somalia."}
{"id":"a7","date":"20191003","text":"Kenya met Somalia."}
{"id":"a8","date":null,"text":"Kenya met Somalia."}
{"id":"a9","date":"","text":"Kenya met Somalia."}
JSON
run dates; check dates 1 4 5
reason dates 1 a1 "date '2019-13-45' is not a valid YYYY-MM-DD date"
reason dates 2 a2 "date 'yesterday' is not a valid YYYY-MM-DD date"
reason dates 3 a3 "date '2019-02-29' is not a valid YYYY-MM-DD date"
reason dates 4 a4 "date '2019-10-03T12:00:00Z' is not a valid YYYY-MM-DD date"
reason dates 5 a5 "date '0000-01-01' is not a valid YYYY-MM-DD date"
grep -q '^{"id":"a6","date":"2020-02-29"' "$T/dates.out" || fail "dates: leap day rejected"
grep -q '^{"id":"a7","date":"2019-10-03"' "$T/dates.out" || fail "dates: YYYYMMDD not read"
grep -q '^{"id":"a8","date":null' "$T/dates.out" || fail "dates: null date is not 'no date'"
grep -q '^{"id":"a9","date":null' "$T/dates.out" || fail "dates: empty date is not 'no date'"

# --- the record limit (exact: 1 MiB = 1048576 bytes, not counting "\n")
# line 1: 1048577 bytes (one too many); line 2: exactly 1048576
awk 'function pad(n,  a) { a = "a"; while (length(a) < n) a = a a; return substr(a, 1, n) }
     BEGIN { h = "{\"id\":\"big\",\"text\":\""; print h pad(1048577 - length(h) - 2) "\"}";
             h = "{\"id\":\"fits\",\"text\":\""; print h pad(1048576 - length(h) - 2) "\"}" }' >"$T/limit.jsonl"
[ "$(head -1 "$T/limit.jsonl" | wc -c)" -eq 1048578 ] || fail "limit: test line 1 has the wrong length"
printf '{"id":"after",%s}\n' "$ok" >>"$T/limit.jsonl"
run limit --max-record-mb 1; check limit 1 2 1
reason limit 1 null "line is longer than the record limit of 1048576 bytes"
grep -q '^{"id":"fits"' "$T/limit.out" || fail "limit: a line of exactly 1 MiB was not coded"
grep -q '^{"id":"after"' "$T/limit.out" || fail "limit: the line after an over-long one was lost"

# --- everything at once: line numbers run across the file, counts add up
cat "$T/utf8.jsonl" "$T/nul.jsonl" "$T/trunc.jsonl" "$T/types.jsonl" "$T/empty.jsonl" "$T/dates.jsonl" >"$T/all.jsonl"
run all; check all 1 9 25
reason all 2 null "line contains a NUL byte"
reason all 7 w1 "'text' must be a string"
reason all 8 null "'id' must be a string or a 64-bit integer"
reason all 21 e2 "text is empty"
reason all 27 a2 "date 'yesterday' is not a valid YYYY-MM-DD date"
# inputs that cannot be read: exit 4, the others are still coded
printf '{"id":"ok",%s}\n' "$ok" >"$T/ok.jsonl"
mkdir "$T/adir"
expect_status 4 "$DYAD" code "$T/missing.jsonl" "$T/adir" "$T/ok.jsonl"
expect_grep "dyad: error: cannot open '$T/missing.jsonl': No such file or directory" "$T/err"
expect_grep "dyad: error: cannot read '$T/adir': Is a directory" "$T/err"
expect_grep "1 documents read: 1 coded" "$T/err"
expect_grep '"doc_id":"ok"' "$T/out"
# stderr instead of --errors: file:line: error: reason (record 'id')
"$DYAD" code "$T/dates.jsonl" >/dev/null 2>"$T/stderr.log"
expect_grep "dates.jsonl:2: error: date 'yesterday' is not a valid YYYY-MM-DD date (record 'a2')" "$T/stderr.log"
finish
