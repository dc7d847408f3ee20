# t0002-records — every input record yields output or an error record, and
# the summary's counts add up; exit 1 when records were rejected.
. tests/lib.sh
cat >"$T/in.jsonl" <<'JSON'
{"id":"a","date":"2019-10-03","text":"Kenya and Somalia held talks in Nairobi on Thursday."}
{"id":"b","date":"2019-10-03","text":
{"id":"c","date":"2019-13-40","text":"Kenya met Somalia."}
{"id":"d","text":42}

{"id":"e","date":"2019-10-03","text":"   "}
[1,2,3]
{"id":"f","date":"2019-10-03","text":"Nothing to see here."}
JSON
expect_status 1 "$DYAD" code --errors "$T/err.jsonl" "$T/in.jsonl"
expect_grep "7 documents read: 2 coded" "$T/err"
expect_grep "5 rejected" "$T/err"
[ "$(wc -l <"$T/err.jsonl")" -eq 5 ] || fail "want 5 error records, got $(wc -l <"$T/err.jsonl")"
expect_grep '"line":2,' "$T/err.jsonl"
expect_grep '"id":"c"' "$T/err.jsonl"
expect_grep "invalid JSON" "$T/err.jsonl"
expect_grep "not a valid YYYY-MM-DD date" "$T/err.jsonl"
expect_grep "'text' must be a string" "$T/err.jsonl"
expect_grep "text is empty" "$T/err.jsonl"
expect_grep "not a JSON object" "$T/err.jsonl"
# all good: exit 0
head -1 "$T/in.jsonl" >"$T/good.jsonl"
expect_status 0 "$DYAD" code "$T/good.jsonl"
# plain text mode
printf 'Kenya met Somalia in Nairobi on Thursday.\n' >"$T/a.txt"
expect_status 0 "$DYAD" code --text --date 2019-10-03 --format docs "$T/a.txt"
expect_grep '"id":"a.txt"' "$T/out"
finish
