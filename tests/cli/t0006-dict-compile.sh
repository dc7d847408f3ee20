# t0006-dict-compile — `dyad dict compile` writes one file that codes exactly
# like the text dictionaries it came from; a truncated, corrupted, stale or
# combined compiled file is a clear error (exit 3), never a crash.
. tests/lib.sh
G=tests/golden
D="-d $G/dict/golden.actors.txt -d $G/dict/golden.agents.txt -d $G/dict/golden.verbs.txt"
# shellcheck disable=SC2086
expect_status 0 "$DYAD" dict compile $D -o "$T/g.dyc"
[ -s "$T/g.dyc" ] || fail "no compiled file written"
# shellcheck disable=SC2086
"$DYAD" code -q --format docs $D $G/corpus.jsonl >"$T/text.jsonl" || fail "coding with text dictionaries failed"
"$DYAD" code -q --format docs -d "$T/g.dyc" $G/corpus.jsonl >"$T/comp.jsonl" || fail "coding with the compiled file failed"
cmp -s "$T/text.jsonl" "$T/comp.jsonl" || fail "compiled dictionary codes differently from its text"
# the default dictionaries too
expect_status 0 "$DYAD" dict compile -o "$T/d.dyc"
"$DYAD" code -q --format docs examples/sample.jsonl >"$T/dt.jsonl"
"$DYAD" code -q --format docs -d "$T/d.dyc" examples/sample.jsonl >"$T/dc.jsonl"
cmp -s "$T/dt.jsonl" "$T/dc.jsonl" || fail "compiled default dictionaries code differently"
# stats agree
"$DYAD" dict stats -q $D | grep -v '^load' >"$T/s1"
"$DYAD" dict stats -q -d "$T/g.dyc" | grep -v '^load' >"$T/s2"
cmp -s "$T/s1" "$T/s2" || fail "dict stats differ between text and compiled"
# truncated
head -c 2000 "$T/g.dyc" >"$T/trunc.dyc"
expect_status 3 "$DYAD" code -d "$T/trunc.dyc" $G/corpus.jsonl
expect_grep "truncated" "$T/err"
# one byte changed in the payload
cp "$T/g.dyc" "$T/bad.dyc"
size=$(wc -c <"$T/g.dyc")
pos=$((size - 100))
old=$(od -An -tu1 -j $pos -N1 "$T/g.dyc" | tr -d ' ')
# shellcheck disable=SC2059
printf "\\$(printf %o $(((old + 1) % 256)))" | dd of="$T/bad.dyc" bs=1 seek=$pos conv=notrunc 2>/dev/null
cmp -s "$T/g.dyc" "$T/bad.dyc" && fail "the corruption did not change the file"
expect_status 3 "$DYAD" code -d "$T/bad.dyc" $G/corpus.jsonl
expect_grep "checksum" "$T/err"
# another format version (byte 8 of the header)
cp "$T/g.dyc" "$T/stale.dyc"
printf '\177' | dd of="$T/stale.dyc" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_status 3 "$DYAD" code -d "$T/stale.dyc" $G/corpus.jsonl
expect_grep "recompile it" "$T/err"
# only the header
head -c 40 "$T/g.dyc" >"$T/short.dyc"
expect_status 3 "$DYAD" code -d "$T/short.dyc" $G/corpus.jsonl
# combined with another dictionary
expect_status 3 "$DYAD" code -d "$T/g.dyc" -d $G/dict/golden.actors.txt $G/corpus.jsonl
expect_grep "cannot be combined" "$T/err"
# compile needs -o
expect_status 2 "$DYAD" dict compile
finish
