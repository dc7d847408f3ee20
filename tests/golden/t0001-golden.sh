# t0001-golden — a small hand-written corpus with its own small dictionaries,
# coded to documents and compared byte for byte with expected.docs.jsonl
# (regenerate with `make golden-update` and review the diff).
. tests/lib.sh
G=tests/golden
run() {
    "$DYAD" code -q --format docs -d $G/dict/golden.actors.txt -d $G/dict/golden.agents.txt \
        -d $G/dict/golden.verbs.txt $G/corpus.jsonl
}
if [ "${1:-}" = "--update" ]; then
    run >$G/expected.docs.jsonl
    echo "updated $G/expected.docs.jsonl"
    exit 0
fi
run >"$T/got.jsonl" || fail "dyad code failed"
if ! cmp -s "$T/got.jsonl" $G/expected.docs.jsonl; then
    fail "output differs from $G/expected.docs.jsonl:"
    diff $G/expected.docs.jsonl "$T/got.jsonl" | head -40 >&2
fi
# the same output twice (deterministic)
run >"$T/again.jsonl"
cmp -s "$T/got.jsonl" "$T/again.jsonl" || fail "output is not deterministic"
finish
