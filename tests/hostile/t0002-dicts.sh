# t0002-dicts — malformed dictionary files: every bad line is reported as
# file:line: error: reason (then the line) and skipped, the rest is loaded
# and codes; files that cannot be used at all exit 3.
. tests/lib.sh
V=tests/golden/dict/golden.verbs.txt   # a small verbs file for coding

# diags FILE: the "file:line: error: reason" lines dyad printed, path removed
diags() { grep -E '^[^ ].*:[0-9]+: (error|warning): ' "$T/err" | sed "s|^$T/||"; }
# stat NAME: a count from `dyad dict stats`
stat() { sed -n "s/^$1 *//p" "$T/out"; }

# --- TABARI/PETRARCH actors
cat >"$T/h.actors" <<'DICT'
# hostile actors
KENYA_ [KEN]
+KENYAN_
ARNOR [ARN
[GON]
+ORPHAN_
GONDOR_ [GON 2001-2002]
ROHAN_ [ROH/!]
MORDOR_ []
SHIRE_ [SHI] [AAA950601-990815]
SOMALIA_ [SOM]
ERIADOR_ [ERI <19991399]
DICT
expect_status 1 "$DYAD" dict stats --dict "$T/h.actors"
diags >"$T/got"
cat >"$T/want" <<'WANT'
h.actors:4: error: missing ']'
h.actors:5: error: code block without an actor phrase
h.actors:6: error: synonym without a primary actor phrase
h.actors:7: error: bad start date
h.actors:8: error: bad character in code
h.actors:9: error: empty code block
h.actors:10: error: code block runs into a date
h.actors:12: error: bad date in code block
WANT
cmp -s "$T/want" "$T/got" || fail "actors diagnostics: $(diff "$T/want" "$T/got")"
grep -qx '    ARNOR \[ARN' "$T/err" || fail "actors: the bad line is not shown under its message"
expect_grep "dyad: warning: 8 malformed dictionary lines skipped" "$T/err"
[ "$(stat actors)" = 3 ] || fail "actors: $(stat actors) actor phrases, want 3 (KENYA, KENYAN, SOMALIA)"
[ "$(stat skipped)" = 8 ] || fail "actors: $(stat skipped) skipped, want 8"
# the rest codes; malformed lines do not change dyad code's exit status
printf '{"id":"1","text":"Kenya met Somalia."}\n' >"$T/one.jsonl"
expect_status 0 "$DYAD" code --dict "$T/h.actors" --dict "$V" "$T/one.jsonl"
expect_grep '"source":"KEN","target":"SOM","code":"040"' "$T/out"

# --- agents
printf 'PRESIDENT [~GOV]\n!bad = A, B\nMINISTER\nSOLDIER [~MIL\nREBEL [REB]\nGUERRILLA [~REB]\n' >"$T/h.agents.txt"
expect_status 1 "$DYAD" dict stats --dict "$T/h.agents.txt"
diags >"$T/got"
printf '%s\n' "h.agents.txt:2: error: bad substitution marker" "h.agents.txt:3: error: agent has no code" \
    "h.agents.txt:4: error: missing ']'" "h.agents.txt:5: error: agent code needs a '~' connector" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "agents diagnostics: $(diff "$T/want" "$T/got")"
[ "$(stat skipped)" = 4 ] || fail "agents: $(stat skipped) skipped, want 4"
[ "$(stat agents)" = 4 ] || fail "agents: $(stat agents) agent phrases, want 4 (PRESIDENT(S), GUERRILLA(S))"

# --- TABARI verbs
cat >"$T/h.verbs" <<'DICT'
- * WITH + [040]
MEET [040]
- * WITH + [040]
- * WITH +
- WITH + [040]
{ MET MEETING }
ATTACK [190]
<SYNSETS>
BADLINE
</SYNSETS>
DICT
expect_status 1 "$DYAD" dict stats --dict "$T/h.verbs"
diags >"$T/got"
printf '%s\n' "h.verbs:1: error: pattern before any verb" "h.verbs:4: error: pattern has no code" \
    "h.verbs:5: error: pattern has no verb marker '*'" "h.verbs:9: error: bad synset line" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "TABARI verbs diagnostics: $(diff "$T/want" "$T/got")"
[ "$(stat verbs)" = 4 ] || fail "TABARI verbs: $(stat verbs) verbs, want 4 (MEET MET MEETING ATTACK)"
[ "$(stat patterns)" = 1 ] || fail "TABARI verbs: $(stat patterns) patterns, want 1"

# --- block verbs (PETRARCH-2 / dyad)
cat >"$T/h.verbs.txt" <<'DICT'
MEET
--- MEET [040] ---
MEET {MET MEETING
- * WITH + [040
- WITH [040]
- * WITH + [046]
--- ATTACK [190] ---
ATTACK
DICT
expect_status 1 "$DYAD" dict stats --dict "$T/h.verbs.txt"
diags >"$T/got"
printf '%s\n' "h.verbs.txt:1: error: verb or pattern outside a '---' block" "h.verbs.txt:3: error: missing '}'" \
    "h.verbs.txt:4: error: missing ']'" "h.verbs.txt:5: error: pattern has no verb marker '*'" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "block verbs diagnostics: $(diff "$T/want" "$T/got")"
[ "$(stat verbs)" = 1 ] || fail "block verbs: $(stat verbs) verbs, want 1 (ATTACK)"

# --- issues and discards
printf 'ELECTION [ELE]\nVOTE\nREFUGEE [REF\n' >"$T/h.issues.txt"
expect_status 1 "$DYAD" dict stats --dict "$T/h.issues.txt"
diags >"$T/got"
printf '%s\n' "h.issues.txt:2: error: issue has no code" "h.issues.txt:3: error: issue has no code" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "issues diagnostics: $(diff "$T/want" "$T/got")"
[ "$(stat issues)" = 1 ] || fail "issues: $(stat issues), want 1"
printf 'SOCCER\n+ FOOTBALL_MATCH\n+\n  \n' >"$T/h.discards.txt"
expect_status 0 "$DYAD" dict stats --dict "$T/h.discards.txt"
[ "$(stat discards)" = 2 ] || fail "discards: $(stat discards), want 2"

# --- options: unknown commands are warnings
printf 'COMPLEX: VERBS[5]\nFROBNICATE: ON\n' >"$T/h.options"
expect_status 0 "$DYAD" dict stats --dict "$T/h.options"
diags >"$T/got"
echo "h.options:2: warning: unknown options command ignored" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "options diagnostics: $(diff "$T/want" "$T/got")"

# --- hostile encodings: BOM, CRLF, a NUL byte (line skipped), invalid UTF-8
# (kept as bytes: such a phrase cannot match normalised text), a 100 kB phrase
printf '\357\273\277KENYA_ [KEN]\r\nSOMALIA_ [SOM]\r\nBAD\000NUL_ [XXX]\r\nBROKEN\377_ [BRK]\r\n' >"$T/enc.actors"
awk 'function pad(n,  a) { a = "A"; while (length(a) < n) a = a a; return substr(a, 1, n) }
     BEGIN { print pad(100000) "_ [LNG]" }' >>"$T/enc.actors"
expect_status 1 "$DYAD" dict stats --dict "$T/enc.actors"
diags >"$T/got"
echo "enc.actors:3: error: line contains a NUL byte" >"$T/want"
cmp -s "$T/want" "$T/got" || fail "encodings diagnostics: $(diff "$T/want" "$T/got")"
[ "$(stat actors)" = 4 ] || fail "encodings: $(stat actors) actors, want 4"
expect_status 0 "$DYAD" code --dict "$T/enc.actors" --dict "$V" "$T/one.jsonl"
expect_grep '"source":"KEN","target":"SOM","code":"040"' "$T/out"

# --- files that cannot be used at all: exit 3, with the file and the reason
expect_status 3 "$DYAD" code --dict "$T/missing.actors" "$T/one.jsonl"
expect_grep "missing.actors: error: cannot open '$T/missing.actors': No such file or directory" "$T/err"
printf 'hello\n' >"$T/notes.md"
expect_status 3 "$DYAD" code --dict "$T/notes.md" "$T/one.jsonl"
expect_grep "is not a dictionary dyad recognises" "$T/err"
expect_status 3 "$DYAD" code --dict "$T" "$T/one.jsonl"
expect_grep "is a directory" "$T/err"
printf '<actorsfile> gone.actors\n' >"$T/p.project"
expect_status 3 "$DYAD" code --dict "$T/p.project" "$T/one.jsonl"
expect_grep "gone.actors: error: cannot open" "$T/err"
printf 'nothing here\n' >"$T/q.project"
expect_status 3 "$DYAD" code --dict "$T/q.project" "$T/one.jsonl"
expect_grep "names no dictionary files" "$T/err"
finish
