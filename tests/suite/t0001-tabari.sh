# t0001-tabari — TABARI's own validation suite: dyad must keep passing at
# least the share it passes today (regressions fail this test).
. tests/lib.sh
require_shared
"$DYAD" validate -q "$SHARED/anchors/TABARI-Code/Validate.project" >"$T/out" 2>"$T/err"
n=$(sed -n 's/^passed \([0-9]*\) of \([0-9]*\)$/\1/p' "$T/out")
m=$(sed -n 's/^passed \([0-9]*\) of \([0-9]*\)$/\2/p' "$T/out")
echo "TABARI suite: passed $n of $m"
[ -n "$n" ] || { fail "no 'passed N of M' line"; finish; }
[ "$n" -ge 395 ] || fail "TABARI suite: passed $n of $m, want at least 395"
[ $((n * 100)) -ge $((m * 85)) ] || fail "TABARI suite below 85%"
finish
