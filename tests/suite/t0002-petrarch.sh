# t0002-petrarch — PETRARCH-1's validation suite (coded from <Text>, never
# <Parse>): at least the share passed today.
. tests/lib.sh
require_shared
"$DYAD" validate -q "$SHARED/anchors/petrarch/petrarch/data/text/PETR.UnitTest.records.xml" >"$T/out" 2>"$T/err"
n=$(sed -n 's/^passed \([0-9]*\) of \([0-9]*\)$/\1/p' "$T/out")
m=$(sed -n 's/^passed \([0-9]*\) of \([0-9]*\)$/\2/p' "$T/out")
echo "PETRARCH-1 suite: passed $n of $m"
[ -n "$n" ] || { fail "no 'passed N of M' line"; finish; }
[ "$n" -ge 244 ] || fail "PETRARCH suite: passed $n of $m, want at least 244"
[ $((n * 100)) -ge $((m * 85)) ] || fail "PETRARCH suite below 85%"
finish
