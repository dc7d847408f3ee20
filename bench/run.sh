#!/usr/bin/env bash
# bench/run.sh — dyad's throughput, memory and start-up benchmark (`make bench`).
#
# Converts the Reuters-21578 bodies (../shared/corpora) to JSON Lines, builds a
# >= 500 MB corpus from them once (reused while its checksum holds), and times
# `dyad code` with dyad's own dictionaries and with the PETRARCH-2 production
# dictionaries, on one thread and on all cores; plus start-up (loading the
# dictionaries and coding an empty input), also from a compiled dictionary
# when `dyad dict compile` exists. Every figure is the median of BENCH_RUNS
# runs. Prints a table and appends one line per measurement to
# bench/results.tsv. See bench/README.md.
#
# Environment:
#   BENCH_RUNS=5          runs per measurement (the median is reported)
#   BENCH_LARGE=1         0 skips the 500 MB corpus
#   BENCH_LARGE_MB=500    size of the large corpus, in MB (10^6 bytes)
#   BENCH_QUICK=0         1: smoke test (first BENCH_QUICK_DOCS Reuters
#                         documents, 1 run, no large corpus; results go to
#                         build/bench/results-quick.tsv unless BENCH_RESULTS)
#   BENCH_QUICK_DOCS=2000
#   BENCH_THREADS="1 N"   thread counts to run (N = nproc)
#   BENCH_SETS="default default-noplaces petrarch2 petrarch2-noplaces"
#                         dictionary sets (SET-noplaces: the same with
#                         --no-places, for the cost of place recognition)
#   BENCH_LARGE_SETS="default petrarch2-noplaces"  sets run on the large corpus
#   BENCH_RESULTS=bench/results.tsv  where result lines are appended
#   BENCH_DIR=build/bench scratch folder (corpora, helper, logs; never committed)
#   BENCH_PREPARE=0       1: only convert/generate the corpora, measure nothing
#   DYAD_BIN=build/dyad, DYAD_REUTERS2JSONL=build/dyad-reuters2jsonl
#   DYAD_SHARED=../shared reference data
set -euo pipefail

cd "$(dirname "$0")/.."

die() { echo "bench: error: $*" >&2; exit 2; }
say() { echo "bench: $*" >&2; }

DYAD=${DYAD_BIN:-build/dyad}
R2J=${DYAD_REUTERS2JSONL:-build/dyad-reuters2jsonl}
SHARED=${DYAD_SHARED:-../shared}
WORK=${BENCH_DIR:-build/bench}
QUICK=${BENCH_QUICK:-0}
NPROC=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
if [ "$QUICK" = 1 ]; then
    RUNS=${BENCH_RUNS:-1}
    LARGE=0
    RESULTS=${BENCH_RESULTS:-$WORK/results-quick.tsv}
else
    RUNS=${BENCH_RUNS:-5}
    LARGE=${BENCH_LARGE:-1}
    RESULTS=${BENCH_RESULTS:-bench/results.tsv}
fi
QUICK_DOCS=${BENCH_QUICK_DOCS:-2000}
LARGE_MB=${BENCH_LARGE_MB:-500}
THREADS=${BENCH_THREADS:-1 $NPROC}
SETS=${BENCH_SETS:-default default-noplaces petrarch2 petrarch2-noplaces}
LARGE_SETS=${BENCH_LARGE_SETS:-default petrarch2-noplaces}

# A positive integer (no sign, no leading zero).
isnum() { case $1 in '' | 0* | *[!0-9]*) return 1 ;; *) return 0 ;; esac; }
for v in RUNS QUICK_DOCS LARGE_MB; do
    isnum "${!v}" || die "BENCH_$v must be a positive integer (got '${!v}')"
done
for t in $THREADS; do isnum "$t" || die "BENCH_THREADS: '$t' is not a thread count"; done
# Drop repeated thread counts (nproc = 1 gives "1 1").
uniq_threads=""
for t in $THREADS; do
    case " $uniq_threads " in *" $t "*) ;; *) uniq_threads="$uniq_threads $t" ;; esac
done
THREADS=${uniq_threads# }

[ -x "$DYAD" ] || die "$DYAD not found: run 'make' first (or 'make bench')"
[ -x "$R2J" ] || die "$R2J not found: run 'make' first (or 'make bench')"

REUTERS_DIR=$SHARED/corpora/reuters21578
if ! ls "$REUTERS_DIR"/reut2-*.sgm >/dev/null 2>&1; then
    say "SKIP: the Reuters-21578 corpus was not found in $REUTERS_DIR"
    say "      (the benchmark reads it from ../shared; set DYAD_SHARED to its folder). Nothing measured."
    exit 0
fi
PETR_INI=$SHARED/anchors/petrarch2/petrarch2/data/config/PETR_config.ini

mkdir -p "$WORK"

# Measure a private copy of the binary: others may rebuild build/ during a
# long run (a binary being relinked cannot be executed), and every row of a
# run must come from the same build.
if ! { cp "$DYAD" "$WORK/dyad.tmp" && mv -f "$WORK/dyad.tmp" "$WORK/dyad"; }; then die "cannot copy $DYAD to $WORK"; fi
"$WORK/dyad" --version >/dev/null 2>&1 || die "$DYAD does not run (being rebuilt? try again)"
DYAD_SRC=$DYAD
DYAD=$WORK/dyad

# --- the timing helper ------------------------------------------------------
HELPER=$WORK/benchtime
if [ ! -x "$HELPER" ] || [ bench/benchtime.c -nt "$HELPER" ]; then
    ${CC:-cc} -std=c11 -O2 -Wall -Wextra -o "$HELPER" bench/benchtime.c || die "cannot build the timing helper"
fi

# --- machine, commit, load --------------------------------------------------
clean_field() { tr '\t\n' '  ' | sed 's/  */ /g; s/^ //; s/ $//'; }
cpu_model=$( (grep -m1 '^model name' /proc/cpuinfo 2>/dev/null || echo ': unknown CPU') | sed 's/^[^:]*: *//')
ram=$(awk '/^MemTotal:/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "unknown RAM")
MACHINE=$(printf '%s cpus, %s, %s' "$NPROC" "$cpu_model" "$ram" | clean_field)
if COMMIT=$(git rev-parse --short HEAD 2>/dev/null); then
    # Dirty = tracked files differ from HEAD; the results file itself does not count.
    git diff --quiet HEAD -- . ':(exclude)bench/results.tsv' 2>/dev/null || COMMIT="$COMMIT-dirty"
else
    COMMIT=unknown
fi
load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA; }
LOAD_START=$(load1)
if awk -v l="$LOAD_START" -v n="$NPROC" 'BEGIN { exit !(l != "NA" && l + 0 >= 0.25 * n) }'; then
    say "warning: load average is $LOAD_START on $NPROC cpus: other work is running, the figures will be low and noisy"
fi

# --- corpora ----------------------------------------------------------------
SMALL=$WORK/reuters.jsonl
say "converting Reuters-21578 ($REUTERS_DIR) to $SMALL"
"$R2J" "$REUTERS_DIR"/reut2-*.sgm >"$SMALL.tmp" 2>"$WORK/reuters2jsonl.log" \
    || { cat "$WORK/reuters2jsonl.log" >&2; die "dyad-reuters2jsonl failed"; }
mv "$SMALL.tmp" "$SMALL"
SMALL_NAME=reuters
if [ "$QUICK" = 1 ]; then
    head -n "$QUICK_DOCS" "$SMALL" >"$WORK/reuters-quick.jsonl"
    SMALL=$WORK/reuters-quick.jsonl
    SMALL_NAME=reuters-first$QUICK_DOCS
fi

# Copy k of the large corpus: ids "c<k>-reut-N", dates shifted by k years
# (29 February becomes 28 February in a year that is not a leap year).
# Deterministic: the same Reuters conversion gives the same bytes.
# shellcheck disable=SC2016
LARGE_AWK='
function leap(y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
{
    sub(/^\{"id":"/, "{\"id\":\"c" k "-")
    if (match($0, /"date":"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"/)) {
        y = substr($0, RSTART + 8, 4) + k
        md = substr($0, RSTART + 13, 5)
        if (md == "02-29" && !leap(y)) md = "02-28"
        $0 = substr($0, 1, RSTART - 1) "\"date\":\"" sprintf("%04d", y) "-" md "\"" substr($0, RSTART + RLENGTH)
    }
    print
}'

sha256() { sha256sum "$1" | cut -d' ' -f1; }
fsize() { wc -c <"$1" | tr -d ' '; }

# ensure_large SMALL OUT MIN_BYTES: (re)generate OUT unless its manifest
# matches the recipe and its size and SHA-256 match the manifest.
ensure_large() {
    local small=$1 out=$2 min=$3 src_bytes copies key manifest want_bytes want_sha k
    src_bytes=$(fsize "$small")
    copies=$(((min + src_bytes - 1) / src_bytes))
    key="recipe=$(printf '%s' "$LARGE_AWK" | sha256sum | cut -d' ' -f1) source=$(sha256 "$small") copies=$copies"
    manifest=$out.manifest
    if [ -f "$out" ] && [ -f "$manifest" ] && [ "$(sed -n 1p "$manifest")" = "$key" ]; then
        want_bytes=$(sed -n 's/^bytes=//p' "$manifest")
        want_sha=$(sed -n 's/^sha256=//p' "$manifest")
        if [ "$(fsize "$out")" = "$want_bytes" ]; then
            say "checking $out ($want_bytes bytes) against its checksum"
            if [ "$(sha256 "$out")" = "$want_sha" ]; then
                LARGE_COPIES=$copies
                return 0
            fi
        fi
        say "$out does not match its manifest; regenerating"
    fi
    say "generating $out: $copies copies of $small (about $((copies * src_bytes / 1000000)) MB), once"
    rm -f "$out" "$manifest"
    : >"$out.tmp"
    for ((k = 0; k < copies; k++)); do
        awk -v k="$k" "$LARGE_AWK" "$small" >>"$out.tmp"
    done
    mv "$out.tmp" "$out"
    [ "$(fsize "$out")" -ge "$min" ] || die "$out is smaller than $min bytes"
    printf '%s\nbytes=%s\nsha256=%s\n' "$key" "$(fsize "$out")" "$(sha256 "$out")" >"$manifest"
    LARGE_COPIES=$copies
}

CORPORA="$SMALL"
LARGE_FILE=""
if [ "$LARGE" = 1 ]; then
    LARGE_FILE=$WORK/reuters-large.jsonl
    ensure_large "$WORK/reuters.jsonl" "$LARGE_FILE" $((LARGE_MB * 1000000))
    LARGE_NAME=reuters-x$LARGE_COPIES
    CORPORA="$CORPORA $LARGE_FILE"
else
    if [ "$QUICK" = 1 ]; then say "large corpus skipped (BENCH_QUICK=1)"; else say "large corpus skipped (BENCH_LARGE=0)"; fi
fi
if [ "${BENCH_PREPARE:-0}" = 1 ]; then
    say "corpora ready (BENCH_PREPARE=1): $CORPORA; nothing measured"
    exit 0
fi
corpus_name() { if [ "$1" = "$LARGE_FILE" ]; then echo "$LARGE_NAME"; else echo "$SMALL_NAME"; fi; }

# --- dictionary sets --------------------------------------------------------
ACTIVE_SETS=""
for s in $SETS; do
    case $s in
    default | default-noplaces) ACTIVE_SETS="$ACTIVE_SETS $s" ;;
    petrarch2 | petrarch2-noplaces)
        if [ -f "$PETR_INI" ]; then
            ACTIVE_SETS="$ACTIVE_SETS $s"
        else
            say "SKIP $s: $PETR_INI not found (../shared absent? set DYAD_SHARED)"
        fi
        ;;
    *) die "BENCH_SETS: unknown dictionary set '$s' (use default, petrarch2, and either with -noplaces)" ;;
    esac
done
[ -n "$ACTIVE_SETS" ] || die "no dictionary set to run"

# dict_args SET: the --dict arguments for SET, in the array DARGS.
dict_args() {
    case $1 in
    default) DARGS=() ;;
    petrarch2) DARGS=(--dict "$PETR_INI") ;;
    *-noplaces-compiled) DARGS=(--dict "$WORK/${1%-noplaces-compiled}.compiled" --no-places) ;;
    *-compiled) DARGS=(--dict "$WORK/${1%-compiled}.compiled") ;;
    *-noplaces) dict_args "${1%-noplaces}"; DARGS+=(--no-places) ;;
    esac
}

# --- measuring --------------------------------------------------------------
HEADER=$'date\tcommit\tmachine\tdict_set\tcorpus\tthreads\truns\tsentences_per_s\tmb_per_s\tevents_per_s\tpeak_rss_mb\tstartup_ms\tnotes'
if [ ! -s "$RESULTS" ]; then
    mkdir -p "$(dirname "$RESULTS")"
    printf '%s\n' "$HEADER" >"$RESULTS"
elif [ "$(sed -n 1p "$RESULTS")" != "$HEADER" ]; then
    say "warning: $RESULTS has a different header; appending anyway"
fi

median() {
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) print "NA"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
fmt() { awk -v x="$1" -v d="$2" 'BEGIN { if (x == "NA") print "NA"; else printf "%.*f\n", d, x }'; }

TABLE=()
FAILED=0
declare -A SPS # "set corpus threads" -> median sentences/s, for linearity

# emit SET CORPUS THREADS SPS MBPS EPS RSS STARTUP NOTES
emit() {
    local now line
    now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    line=$(printf '%s\t' "$now" "$COMMIT" "$MACHINE" "$1" "$2" "$3" "$RUNS" "$4" "$5" "$6" "$7" "$8")$9
    printf '%s\n' "$line" >>"$RESULTS"
    TABLE+=("$1|$2|$3|$4|$5|$6|$7|$8")
}

# run_once RES ERR ARGS...: one timed `dyad code`; sets RWALL RRSS RRC.
run_once() {
    local res=$1 err=$2
    shift 2
    "$HELPER" "$res" "$DYAD" code "$@" >/dev/null 2>"$err" || true
    read -r RWALL RRSS RRC <"$res" || { RWALL=NA RRSS=NA RRC=127; }
}

# measure_startup SET
measure_startup() {
    local set=$1 i walls=() rsss=() notes
    dict_args "${set}"
    notes="load=$(load1)"
    [ "$QUICK" = 1 ] && notes="$notes; BENCH_QUICK smoke test"
    run_once "$WORK/run.res" "$WORK/run.err" "${DARGS[@]}" -j 1 </dev/null # warm-up, not counted
    for ((i = 1; i <= RUNS; i++)); do
        run_once "$WORK/run.res" "$WORK/run.err" "${DARGS[@]}" -j 1 </dev/null
        if [ "$RRC" != 0 ] && [ "$RRC" != 1 ]; then
            say "FAILED: $set start-up: dyad exited with status $RRC; last lines of its stderr:"
            tail -n 5 "$WORK/run.err" >&2
            FAILED=$((FAILED + 1))
            return 0
        fi
        walls+=("$(awk -v w="$RWALL" 'BEGIN { print w * 1000 }')")
        rsss+=("$(awk -v k="$RRSS" 'BEGIN { print k * 1024 / 1e6 }')")
    done
    local ms rss
    ms=$(fmt "$(median "${walls[@]}")" 1)
    rss=$(fmt "$(median "${rsss[@]}")" 1)
    say "$set start-up: ${ms} ms, peak RSS ${rss} MB (median of $RUNS)"
    emit "$set" empty 1 NA NA NA "$rss" "$ms" "$notes"
}

# measure_code SET CORPUS THREADS
measure_code() {
    local set=$1 corpus=$2 t=$3 name bytes i sps=() mbps=() eps=() rss=() notes summary ns ne first=""
    name=$(corpus_name "$corpus")
    bytes=$(fsize "$corpus")
    dict_args "$set"
    notes="load=$(load1)"
    [ "$QUICK" = 1 ] && notes="$notes; BENCH_QUICK smoke test"
    for ((i = 1; i <= RUNS; i++)); do
        run_once "$WORK/run.res" "$WORK/run.err" "${DARGS[@]}" -j "$t" "$corpus"
        if [ "$RRC" != 0 ] && [ "$RRC" != 1 ]; then
            say "FAILED: $set $name -j $t: dyad exited with status $RRC; last lines of its stderr:"
            tail -n 5 "$WORK/run.err" >&2
            FAILED=$((FAILED + 1))
            return 0
        fi
        # "dyad: D documents read: ...; S sentences, E events in T s (R sentences/s)"
        summary=$(grep -E '^dyad: [0-9]+ documents read' "$WORK/run.err" | tail -n 1 || true)
        ns=$(printf '%s' "$summary" | sed -n 's/.*; \([0-9][0-9]*\) sentences, \([0-9][0-9]*\) events in .*/\1/p')
        ne=$(printf '%s' "$summary" | sed -n 's/.*; \([0-9][0-9]*\) sentences, \([0-9][0-9]*\) events in .*/\2/p')
        if [ -z "$ns" ] || [ -z "$ne" ]; then
            say "FAILED: $set $name -j $t: no summary line from dyad on stderr (format changed?):"
            tail -n 3 "$WORK/run.err" >&2
            FAILED=$((FAILED + 1))
            return 0
        fi
        [ "$RRC" = 1 ] && say "warning: $set $name -j $t: dyad rejected some records ($summary)"
        if [ -z "$first" ]; then
            first="$ns $ne"
        elif [ "$first" != "$ns $ne" ]; then
            say "warning: $set $name -j $t: run $i counted $ns sentences, $ne events; run 1 counted $first"
        fi
        sps+=("$(awk -v n="$ns" -v w="$RWALL" 'BEGIN { print n / w }')")
        eps+=("$(awk -v n="$ne" -v w="$RWALL" 'BEGIN { print n / w }')")
        mbps+=("$(awk -v b="$bytes" -v w="$RWALL" 'BEGIN { print b / 1e6 / w }')")
        rss+=("$(awk -v k="$RRSS" 'BEGIN { print k * 1024 / 1e6 }')")
        say "  $set $name -j $t run $i/$RUNS: $RWALL s, $ns sentences, $ne events, peak RSS $RRSS KiB"
    done
    local m_sps m_mbps m_eps m_rss
    m_sps=$(fmt "$(median "${sps[@]}")" 0)
    m_mbps=$(fmt "$(median "${mbps[@]}")" 2)
    m_eps=$(fmt "$(median "${eps[@]}")" 0)
    m_rss=$(fmt "$(median "${rss[@]}")" 1)
    SPS["$set $corpus $t"]=$m_sps
    emit "$set" "$name" "$t" "$m_sps" "$m_mbps" "$m_eps" "$m_rss" NA "$notes"
}

VERSION=$("$DYAD" --version 2>/dev/null | head -n 1 || true)
say "${VERSION:-dyad (version unknown)} at $COMMIT (a copy of $DYAD_SRC); $MACHINE; load $LOAD_START"
say "$RUNS run(s) per figure; threads: $THREADS; dictionary sets:$ACTIVE_SETS; results -> $RESULTS"

# Start-up: dictionaries loaded, empty input coded.
COMPILE_HELP=$("$DYAD" dict compile --help 2>&1 || true)
HAVE_COMPILE=0
if printf '%s\n' "$COMPILE_HELP" | grep -q 'dict compile'; then HAVE_COMPILE=1; fi
for set in $ACTIVE_SETS; do
    measure_startup "$set"
    case $set in *-noplaces) continue ;; esac # the same dictionaries as $set without it
    if [ "$HAVE_COMPILE" = 0 ]; then
        say "SKIP $set-compiled start-up: this dyad has no 'dyad dict compile'"
        continue
    fi
    dict_args "$set"
    out=$WORK/$set.compiled
    if printf '%s\n' "$COMPILE_HELP" | grep -q -- '--output'; then
        oargs=(--output "$out")
    elif printf '%s\n' "$COMPILE_HELP" | grep -qE '(^|[][ ,])-o([] ,]|$)'; then
        oargs=(-o "$out")
    else
        oargs=("$out")
    fi
    rm -f "$out"
    # exit status 1 = some dictionary lines were malformed and skipped (the
    # PETRARCH-2 files have a few): the compiled file is still complete
    crc=0
    "$DYAD" dict compile "${DARGS[@]}" "${oargs[@]}" >"$WORK/compile-$set.log" 2>&1 || crc=$?
    if { [ "$crc" = 0 ] || [ "$crc" = 1 ]; } && [ -s "$out" ]; then
        measure_startup "$set-compiled"
    else
        say "SKIP $set-compiled start-up: 'dyad dict compile ${DARGS[*]} ${oargs[*]}' failed (see $WORK/compile-$set.log)"
    fi
done

# Throughput: every corpus x dictionary set x thread count.
for corpus in $CORPORA; do
    cat "$corpus" >/dev/null # into the page cache before the first timed run
    for set in $ACTIVE_SETS; do
        if [ "$corpus" = "$LARGE_FILE" ]; then
            case " $LARGE_SETS " in *" $set "*) ;; *) continue ;; esac
        fi
        for t in $THREADS; do
            measure_code "$set" "$corpus" "$t"
        done
    done
done

# --- report -----------------------------------------------------------------
echo
echo "dyad benchmark — $COMMIT — $MACHINE"
echo "load average at start $LOAD_START, at end $(load1); median of $RUNS run(s); MB = 10^6 bytes of JSONL input"
echo
fmt_row() { printf '%-20s %-20s %7s %13s %8s %10s %13s %11s\n' "$@"; }
fmt_row "dict set" corpus threads "sentences/s" "MB/s" "events/s" "peak RSS MB" "startup ms"
fmt_row "--------" ------ ------- ----------- ---- -------- ----------- ----------
for row in "${TABLE[@]}"; do
    IFS='|' read -r a b c d e f g h <<<"$row"
    fmt_row "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h"
done
if [ -n "$LARGE_FILE" ]; then
    echo
    echo "linearity (sentences/s on $LARGE_NAME / sentences/s on $SMALL_NAME; 1.00 = linear):"
    for set in $ACTIVE_SETS; do
        for t in $THREADS; do
            s=${SPS["$set $SMALL $t"]:-}
            l=${SPS["$set $LARGE_FILE $t"]:-}
            if [ -n "$s" ] && [ -n "$l" ]; then
                printf '  %-12s -j %-3s %s\n' "$set" "$t" "$(awk -v s="$s" -v l="$l" 'BEGIN { printf "%.2f", (s > 0 ? l / s : 0) }')"
            fi
        done
    done
fi
echo
echo "cost of place recognition (throughput lost: 1 - sentences/s with places / sentences/s without):"
for set in $ACTIVE_SETS; do
    case $set in *-noplaces) continue ;; esac
    for corpus in $CORPORA; do
        for t in $THREADS; do
            on=${SPS["$set $corpus $t"]:-}
            off=${SPS["$set-noplaces $corpus $t"]:-}
            if [ -n "$on" ] && [ -n "$off" ]; then
                printf '  %-12s %-20s -j %-3s %s\n' "$set" "$(corpus_name "$corpus")" "$t" \
                    "$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.1f%%", (b > 0 ? (1 - a / b) * 100 : 0) }')"
            fi
        done
    done
done
echo
echo "appended ${#TABLE[@]} line(s) to $RESULTS"
if [ "$FAILED" -gt 0 ]; then
    say "$FAILED measurement(s) failed"
    exit 1
fi
