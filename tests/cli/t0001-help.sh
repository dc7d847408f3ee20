# t0001-help — every subcommand answers -h on stdout with exit 0; mistakes
# give a short message on stderr and exit 2 (usage), with a hint.
. tests/lib.sh
for cmd in code validate eval dict; do
    expect_status 0 "$DYAD" "$cmd" -h
    expect_grep "usage:" "$T/out"
done
expect_status 0 "$DYAD" --help
expect_grep "commands:" "$T/out"
expect_status 0 "$DYAD" --version
expect_grep "^dyad [0-9]" "$T/out"
expect_status 2 "$DYAD"
expect_status 2 "$DYAD" cod
expect_grep "did you mean 'dyad code'" "$T/err"
expect_status 2 "$DYAD" code --no-such-option
expect_grep "unknown option '--no-such-option'" "$T/err"
expect_status 2 "$DYAD" code --format xml
expect_grep "unknown format 'xml'" "$T/err"
expect_status 2 "$DYAD" code --date 2019-02-30
expect_grep "not a valid YYYY-MM-DD date" "$T/err"
expect_status 3 "$DYAD" code --dict /nonexistent/x.project
expect_grep "cannot open '/nonexistent/x.project'" "$T/err"
finish
