# t0003-scaling — pathological documents cost linear time. Each shape is
# coded at 1x and 4x its size and the CPU time (children's user + system,
# from the shell's `times`, not wall time: the machine may be busy) must
# grow at most 8-fold (linear: 4, quadratic: 16), less the start-up cost
# (and counting at least 0.1 s at 1x: below that, clock ticks are noise).
# Every run must finish within 60 s. Then the full-size cases: a 50 MB line
# without spaces and a million tokens without a full stop (cut into pieces
# of --max-sentence-tokens, counted). Under the sanitizers (DYAD_SANITIZED,
# set by the ASan build) sizes are halved and the full-size cases skipped.
. tests/lib.sh
S=1
[ -n "${DYAD_SANITIZED:-}" ] && S=2

# children's CPU seconds so far (`times` must run in this shell, not in $(...))
cpu_now() {
    times >"$T/times"
    CPU=$(awk 'NR == 2 { split($1, a, "m"); split($2, b, "m"); printf "%.2f\n", a[1] * 60 + a[2] + b[1] * 60 + b[2] }' "$T/times")
}

# gen FILE N PIECE: one record whose text is PIECE (JSON-escaped) N times
gen() {
    P=$3 awk -v n="$2" 'BEGIN { s = ENVIRON["P"]; r = ""; while (n > 0) { if (n % 2) r = r s; s = s s; n = int(n / 2) }
                               printf "{\"id\":\"x\",\"date\":\"2019-10-03\",\"text\":\"%s\"}\n", r }' >"$1"
}

# code FILE: code it (64 MiB records) into $T/out, its CPU seconds in $C;
# fails the test unless dyad exits 0 within 60 s
code() {
    cpu_now; t0=$CPU
    timeout 60 "$DYAD" code -q --max-record-mb 64 "$1" >"$T/out" 2>"$T/err"
    st=$?
    cpu_now
    C=$(echo "$t0 $CPU" | awk '{ printf "%.2f\n", $2 - $1 }')
    [ $st -eq 0 ] || { fail "$(basename "$1"): exit $st (124: over 60 s)"; head -3 "$T/err" >&2; }
}

printf '{"id":"x","text":"Kenya met Somalia."}\n' >"$T/tiny.jsonl"
code "$T/tiny.jsonl"; base=$C

# name|count at 1x|piece
while IFS='|' read -r name n piece; do
    [ -n "$name" ] || continue
    n=$((n / S))
    gen "$T/$name.1.jsonl" "$n" "$piece"
    gen "$T/$name.4.jsonl" $((4 * n)) "$piece"
    code "$T/$name.1.jsonl"; c1=$C
    code "$T/$name.4.jsonl"; c4=$C
    # the 1x time net of start-up is floored at 0.1 s or half the start-up,
    # whichever is more: under ASan start-up is ~0.3 s and its jitter alone
    # can make a small net time look 8x smaller (a quadratic cost still
    # gives 16x)
    ok=$(echo "$c1 $c4 $base" | awk '{ a = $1 - $3; b = $2 - $3; f = $3 / 2; if (f < 0.1) f = 0.1; if (a < f) a = f; print (b <= 8 * a) ? 1 : 0 }')
    echo "scaling: $name: $c1 s at 1x, $c4 s at 4x (start-up $base s)"
    [ "$ok" -eq 1 ] || fail "$name: CPU time grew from $c1 s to $c4 s for 4x the input: not linear"
done <<'SHAPES'
nospace|500000|aaaaaaaaaa
nostop|30000|Kenya met Somalia and the rebels attacked police in Nairobi 
punct|100000|!?.,;:
quotes|200000|\"
curly|30000|\u201cKenya said \u201d
openquotes|15000|\u201cKenya met Somalia. 
straightquotes|15000|\"Kenya met Somalia. 
parens|100000|( 
brackets|50000|[[[[ 
dashes|100000|- 
hyphens|100000|a-
apostrophes|100000|O'
dots|100000|a.
sentences|100000|A. 
abbrevs|30000|Gen. Mr. Dr. 
datelines|20000|NAIROBI (Reuters) - 
said|60000|said 
according|30000|according to officials 
colon|30000|Kenya said: 
dates|4000|On Monday Kenya met Somalia in Nairobi. 
numbers|50000|1,000 
counts|10000|killing at least 12 people and wounding 30 
combining|100000|\u0301\u0316
SHAPES

if [ -z "${DYAD_SANITIZED:-}" ]; then
    # a 50 MB line without spaces: one token, one sentence, one document
    gen "$T/big.jsonl" 5000000 aaaaaaaaaa
    code "$T/big.jsonl"
    echo "scaling: 50 MB line without spaces: $C s"
    "$DYAD" code --max-record-mb 64 --format docs "$T/big.jsonl" >"$T/big.out" 2>"$T/big.err"
    expect_grep "1 documents read: 1 coded" "$T/big.err"
    [ "$(wc -c <"$T/big.out")" -gt 50000000 ] || fail "50 MB line: document not written"
    # a million tokens without a full stop: 2,500 pieces of 400, one sentence cut
    gen "$T/million.jsonl" 100000 'Kenya met Somalia and the rebels attacked police in Nairobi '
    code "$T/million.jsonl"
    echo "scaling: 1,000,000 tokens without a full stop: $C s"
    "$DYAD" code --max-record-mb 64 "$T/million.jsonl" >/dev/null 2>"$T/million.err"
    expect_grep "1 documents read: 1 coded (1 with events, 0 with no events, 0 discarded), 0 rejected; 2500 sentences" "$T/million.err"
    expect_grep "dyad: warning: 1 sentence longer than 400 tokens cut into pieces (--max-sentence-tokens)" "$T/million.err"
fi
finish
