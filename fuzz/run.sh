#!/usr/bin/env bash
# fuzz/run.sh — run the fuzz targets for a while, two at a time, and say what they found.
#
#   fuzz/run.sh [-t SECONDS] [-j JOBS] [-o DIR] [-k] BUILD_DIR [TARGET...]
#
# BUILD_DIR is a build made with -Dfuzzing=true (see fuzz/README.md); TARGET names
# (date, extract, ...) default to every fuzz-* program in BUILD_DIR/fuzz. Each target
# runs for SECONDS (default 60) under the sanitizers it was built with, JOBS at a time
# (default 2), from its seed corpus fuzz/corpus/TARGET; new inputs it finds go to
# DIR/TARGET/corpus (DIR default: a new temporary folder), crashes to DIR/TARGET/,
# its log to DIR/TARGET.log. -k keeps going past a crash (libFuzzer's fork mode, and
# UndefinedBehaviorSanitizer reports without stopping): for a campaign past crashes
# already known.
#
# Prints each target's executions, coverage (libFuzzer's cov: and ft:) and exec/s.
# When a target crashed, prints the input (base64 and hex), the sanitizer's summary
# and the command that replays it, and exits 1.
set -uo pipefail

seconds=60
jobs=2
out=""
keep_going=0
while getopts "t:j:o:k" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    j) jobs=$OPTARG ;;
    o) out=$OPTARG ;;
    k) keep_going=1 ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -lt 1 ]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
build=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for exe in "$build"/fuzz/fuzz-*; do
    [ -x "$exe" ] && [ -f "$exe" ] && targets+=("${exe##*/fuzz-}")
  done
fi
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz/run.sh: no fuzz targets in $build/fuzz (build with -Dfuzzing=true)" >&2
  exit 2
fi
[ -n "$out" ] || out=$(mktemp -d "${TMPDIR:-/tmp}/contra-fuzz.XXXXXX")
mkdir -p "$out"

# Leaks are checked (libFuzzer does it after an input that allocated more than it
# freed), less glib's interned strings (tests/lsan.supp, as in the test suite). The
# suppressions name glib functions, which only the slow unwinder sees (glib has no
# frame pointers: the fast one stops at g_malloc). UndefinedBehaviorSanitizer stops
# at its first report unless -k.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
case $ASAN_OPTIONS in
  *fast_unwind_on_malloc=*) ;;
  *) ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" ;;
esac
case ${LSAN_OPTIONS:-} in
  *suppressions=*) ;;
  *) export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/../tests/lsan.supp:print_suppressions=0" ;;
esac
if [ $keep_going = 1 ]; then
  export UBSAN_OPTIONS=halt_on_error=0:print_stacktrace=1
  mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
else
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  mode=()
fi

run_one() {
  local name=$1 exe="$build/fuzz/fuzz-$1"
  mkdir -p "$out/$name/corpus"
  "$exe" "${mode[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$out/$name/" "$out/$name/corpus" "$here/corpus/$name" >"$out/$name.log" 2>&1
  echo $? >"$out/$name.status"
}

echo "fuzzing ${#targets[@]} targets for ${seconds}s each, $jobs at a time; logs in $out"
running=0
for name in "${targets[@]}"; do
  if [ ! -x "$build/fuzz/fuzz-$name" ]; then
    echo "fuzz/run.sh: no target $build/fuzz/fuzz-$name" >&2
    exit 2
  fi
  if [ $running -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
  run_one "$name" &
  running=$((running + 1))
done
wait

# The last status line libFuzzer printed: "#N ... cov: C ft: F ... exec/s: E".
printf '%-18s %12s %8s %8s %8s %7s  %s\n' target execs cov ft exec/s crashes status
failed=0
for name in "${targets[@]}"; do
  log="$out/$name.log"
  line=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
  execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$line")
  cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$line")
  ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$line")
  rate=$(sed -nE 's/.*exec\/s:? ([0-9]+).*/\1/p' <<<"$line")
  status=$(cat "$out/$name.status")
  crashes=$(find "$out/$name" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  word=ok
  if [ "$status" != 0 ] || [ "$crashes" -gt 0 ]; then
    word=FAILED
    failed=1
  fi
  printf '%-18s %12s %8s %8s %8s %7s  %s\n' "$name" "${execs:--}" "${cov:--}" "${ft:--}" "${rate:--}" "$crashes" "$word"
done

[ $failed = 0 ] && exit 0

for name in "${targets[@]}"; do
  status=$(cat "$out/$name.status")
  artifacts=$(find "$out/$name" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  [ "$status" = 0 ] && [ -z "$artifacts" ] && continue
  echo
  echo "== $name crashed (exit status $status); from its log ($out/$name.log):"
  grep -E '^(SUMMARY|==[0-9]+==ERROR|.*runtime error:|.*fuzz invariant broken)' "$out/$name.log" | sort -u | head -20
  for file in $artifacts; do
    echo "-- input $file ($(wc -c <"$file") bytes), base64:"
    base64 -w 76 "$file" | head -40
    echo "-- hex:"
    od -A x -t x1z -v "$file" | head -20
    echo "-- replay it with:"
    echo "   $build/fuzz/fuzz-$name $file"
    echo "   (or, without libFuzzer, build/fuzz/fuzz-$name FILE after: base64 -d > FILE)"
  done
done
exit 1
