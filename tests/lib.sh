# lib.sh — shared setup for the shell-driven tests (sourced).
# Provides: $DYAD (the binary), $SHARED (../shared or empty), a temp dir $T
# removed on exit, LC_ALL=C, and small assertion helpers that print what
# differed and exit 1.
set -u
LC_ALL=C
export LC_ALL
DYAD=${DYAD_BIN:-build/dyad}
SHARED=${DYAD_SHARED:-../shared}
[ -f "$SHARED/README.md" ] || SHARED=
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
pass() { :; }

# expect_status N CMD...: run CMD, check its exit status
expect_status() {
    want=$1; shift
    "$@" >"$T/out" 2>"$T/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        fail "'$*' exited $got, want $want"; sed 's/^/  stderr: /' "$T/err" | head -5 >&2
    fi
}

# expect_grep PATTERN FILE: FILE contains PATTERN
expect_grep() {
    grep -q -- "$1" "$2" || { fail "'$2' lacks '$1'"; head -5 "$2" | sed 's/^/  /' >&2; }
}

require_shared() {
    if [ -z "$SHARED" ]; then
        echo "SKIP: ../shared not found (set DYAD_SHARED); this test reads the anchors' reference data"
        exit 77
    fi
}

finish() {
    if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed" >&2; exit 1; fi
    exit 0
}
