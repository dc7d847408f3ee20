#!/bin/sh
# run.sh — build the libFuzzer targets (fuzz/fuzz_*.c) in build-fuzz/ and run
# each for FUZZ_SECONDS (default 60), one after another; exit 1 if any
# target crashes, leaks, trips a sanitizer or a harness check.
#
#   make fuzz                                # every target, 60 s each
#   FUZZ_SECONDS=600 fuzz/run.sh fuzz_code   # one target, 10 minutes
#   FUZZ_JOBS=1 FUZZ_NICE=19 ...             # defaults: one process, nice 19
#
# Seeds: fuzz/corpus/<target>/ (kept in git, read-only here). New corpus
# entries go to build-fuzz/corpus/<target>/ and crashes to
# build-fuzz/crashes/<target>/. Needs clang and libclang-rt-14-dev
# (scripts/install-deps.sh). Every run is logged to build-fuzz/logs/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
NICE=${FUZZ_NICE:-19}
B=${FUZZ_BUILD:-build-fuzz}
CC_FUZZ=${FUZZ_CC:-clang}

command -v "$CC_FUZZ" >/dev/null 2>&1 || { echo "fuzz: $CC_FUZZ not found (run scripts/install-deps.sh)" >&2; exit 2; }

# per-target input size limits: documents and dictionaries are bigger than
# a JSON line needs to be to reach every branch
max_len() {
    case $1 in
    fuzz_code|fuzz_text) echo 16384 ;;
    fuzz_input) echo 65536 ;;
    *) echo 8192 ;;
    esac
}

mkdir -p "$B/logs"
if [ ! -f "$B/CMakeCache.txt" ]; then
    cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$CC_FUZZ" -DDYAD_FUZZ=ON \
        >"$B/logs/configure.log" 2>&1 || { tail -20 "$B/logs/configure.log" >&2; exit 2; }
fi
cmake --build "$B" --target fuzz-targets -j "${FUZZ_BUILD_JOBS:-2}" >"$B/logs/build.log" 2>&1 ||
    { grep -E 'error|Error' "$B/logs/build.log" | head -20 >&2; echo "fuzz: build failed (see $B/logs/build.log)" >&2; exit 2; }

if [ $# -gt 0 ]; then targets=$*; else
    targets=$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)
fi
failed=""
for t in $targets; do
    [ -x "$B/fuzz/$t" ] || { echo "fuzz: no target $t" >&2; failed="$failed $t"; continue; }
    mkdir -p "$B/corpus/$t" "$B/crashes/$t"
    seeds=fuzz/corpus/$t
    [ -d "$seeds" ] || seeds=
    log="$B/logs/$t.log"
    echo "fuzz: $t for ${SECONDS_EACH}s (log $log)" >&2
    # -runs is unbounded; -max_total_time ends the run; a crash ends it early
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=0 \
       UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       nice -n "$NICE" "$B/fuzz/$t" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$t")" \
           -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
           -artifact_prefix="$B/crashes/$t/" "$B/corpus/$t" $seeds >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        echo "fuzz: $t ok: ${execs:-?} runs" >&2
    else
        echo "fuzz: $t FAILED — see $log and $B/crashes/$t/" >&2
        grep -m 5 -E 'ERROR|SUMMARY|fuzz check failed|runtime error' "$log" >&2 || tail -20 "$log" >&2
        failed="$failed $t"
    fi
done
if [ -n "$failed" ]; then echo "fuzz: failed:$failed" >&2; exit 1; fi
echo "fuzz: all targets ran ${SECONDS_EACH}s without a crash" >&2
