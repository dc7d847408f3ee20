# t0004-eval-polnear — `dyad eval polnear`: the scoring on a two-quote
# corpus written here, then the real PolNeAR test split (from ../shared)
# with a floor under its span + speaker F1.
. tests/lib.sh
# help states the matching rule; a bad split is a usage error
expect_status 0 "$DYAD" eval polnear --help
expect_grep "Matching rule" "$T/out"
expect_grep "at least half of its letters" "$T/out"
expect_status 2 "$DYAD" eval polnear --split nosuch
expect_grep "unknown split 'nosuch'" "$T/err"
expect_status 4 "$DYAD" eval polnear "$T/missing"

# a corpus of one article in brat standoff: two direct quotations (one
# speaker a name, one a pronoun) and a scare quote that is no attribution
mkdir -p "$T/pn/text" "$T/pn/attributions"
printf '“We will win,” Trump said. Critics called it a “hoax.”\n\nShe added: “It is over.”\n' \
    >"$T/pn/text/x_2016-01-01_a.txt"
printf 'T1\tSource 15 20\tTrump\nT2\tCue 21 25\tsaid\nT3\tContent 0 14\t“We will win,”\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nT4\tSource 56 59\tShe\nT5\tCue 60 65\tadded\nT6\tContent 67 80\t“It is over.”\nE2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n' \
    >"$T/pn/attributions/x_2016-01-01_a_aa.ann"
# a second annotator of the same article is ignored (first file in name order)
printf 'T1\tContent 0 14\t“We will win,”\nE1\tAttribution-no-source:T1 Content:T1\n' \
    >"$T/pn/attributions/x_2016-01-01_a_bb.ann"
expect_status 0 "$DYAD" eval polnear --errors "$T/pn"
expect_grep "1 articles; gold attributions: 2 direct quotations" "$T/out"
expect_grep "^span + speaker *100.0% *100.0% *100.0%" "$T/out"
if grep -q "^MISS\|^FALSE\|^SPEAKER" "$T/out"; then fail "errors on the small corpus"; sed 's/^/  /' "$T/out" >&2; fi

# the PolNeAR test split: F1 of (span, speaker) pairs must stay above the floor
require_shared
if [ ! -d "$SHARED/gold/polnear/data/test" ]; then
    echo "SKIP: $SHARED/gold/polnear/data/test not found (PolNeAR gold)"
    exit 77
fi
FLOOR=86.0
expect_status 0 "$DYAD" eval polnear
f1=$(sed -n 's/^span + speaker *[0-9.]*% *[0-9.]*% *\([0-9.]*\)%.*/\1/p' "$T/out")
if [ -z "$f1" ]; then
    fail "no span + speaker line in the output"
    sed 's/^/  /' "$T/out" >&2
elif ! awk -v f="$f1" -v floor="$FLOOR" 'BEGIN { exit !(f + 0 >= floor) }'; then
    fail "PolNeAR test split: span + speaker F1 $f1% is below the floor $FLOOR%"
    sed 's/^/  /' "$T/out" >&2
fi
finish
