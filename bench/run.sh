#!/usr/bin/env bash
# run.sh — the contra benchmark in one command (issue 7). It builds contra in release
# mode, generates a corpus with planted conflicts (bench/gen.c, cached by seed, size and
# conflict rate), and measures on it: contra report end to end; extraction alone on one
# and two threads (checking that the output is byte-identical); the reconciler alone on
# 1, 5 and 20 million claims read from JSON Lines; ripgrep scanning the same files for
# every trigger word of the rules (the raw-scan limit); the recall and precision of the
# planted conflicts; and, for the editor, lint of a 2,000-word draft (bench/draft.py)
# against the shipped corpus. It prints one table, then the targets with PASS or MISS.
#
#   bench/run.sh [--megabytes 500] [--out /tmp/contra-bench] [--seed 1]
#                [--conflict-rate 0.1] [--jobs N] [--sizes "1 5 20"] [--timeout 1800]
#                [--repeat 3] [--commit REV]
#
# --commit REV measures that revision of contra (exported and built under --out) rather
# than the working tree. Everything it writes goes under --out; nothing under the
# repository but build-release/.
# See bench/README.md for what each figure means.
set -euo pipefail
# The whole script is one brace group, read before it runs: editing this file while a
# benchmark is running cannot change what the running one does next.
{

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MB=500
OUT=/tmp/contra-bench
SEED=1
RATE=0.1
JOBS=$(nproc)
SIZES="1 5 20"
TIMEOUT=1800
REPEAT=3
COMMIT=

usage() {
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --megabytes) MB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --conflict-rate) RATE=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --commit) COMMIT=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage 2 ;;
  esac
done

say() { printf '== %s\n' "$*" >&2; }

# ---- tools ---------------------------------------------------------------------------
# What is missing is installed with apt-get when running as root; otherwise named.
missing=()
command -v meson >/dev/null || missing+=(meson)
command -v ninja >/dev/null || missing+=(ninja-build)
command -v rg >/dev/null || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if command -v python3 >/dev/null && ! python3 -c 'import yaml' 2>/dev/null; then missing+=(python3-yaml); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "run.sh: please install: ${missing[*]}" >&2
    exit 2
  fi
fi

# ---- build ---------------------------------------------------------------------------
# The generator is built from this working tree. contra is too, unless --commit names a
# revision: then that revision is exported (git archive, the repository untouched) and
# built beside the data, so that work in progress does not change what is measured.
BUILD=$ROOT/build-release
if [ ! -f "$BUILD/build.ninja" ]; then
  say "meson setup build-release --buildtype=release"
  meson setup "$BUILD" "$ROOT" --buildtype=release >/dev/null
fi
GEN=$BUILD/bench/contra-gen
if [ -z "$COMMIT" ]; then
  ninja -C "$BUILD" bench/contra-gen src/cli/contra >/dev/null
  CONTRA=$BUILD/src/cli/contra
  SHIPPED=$ROOT
  RULES_IN=$ROOT/rules
  MEASURED="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"
else
  ninja -C "$BUILD" bench/contra-gen >/dev/null
  HASH=$(git -C "$ROOT" rev-parse --short "$COMMIT")
  SRC=$OUT/src-$HASH
  if [ ! -f "$OUT/build-$HASH/src/cli/contra" ]; then
    say "building contra $HASH in $OUT/build-$HASH"
    rm -rf "$SRC" "$OUT/build-$HASH"
    mkdir -p "$SRC"
    git -C "$ROOT" archive "$HASH" | tar -x -C "$SRC"
    meson setup "$OUT/build-$HASH" "$SRC" --buildtype=release >/dev/null
    ninja -C "$OUT/build-$HASH" src/cli/contra >/dev/null
  fi
  CONTRA=$OUT/build-$HASH/src/cli/contra
  SHIPPED=$SRC
  RULES_IN=$SRC/rules
  MEASURED=$HASH
fi

# ---- the corpus (cached) ------------------------------------------------------------------
DATA=$OUT/seed$SEED-${MB}mb-rate$RATE
mkdir -p "$DATA"
python3 "$ROOT/bench/lexicon.py" avoid "$RULES_IN" > "$DATA/avoid.txt"
# The corpus depends on the generator, the words it must avoid and its options.
STAMP=$(cat "$ROOT/bench/gen.c" "$DATA/avoid.txt" <(echo "$SEED $MB $RATE") | sha256sum | cut -c1-16)
if [ "$(cat "$DATA/stamp" 2>/dev/null)" != "$STAMP" ]; then
  say "generating $MB MB (seed $SEED, conflict rate $RATE) in $DATA"
  rm -rf "$DATA/corpus" "$DATA/claims-"*.jsonl "$DATA/report.json"
  "$GEN" --seed "$SEED" --megabytes "$MB" --conflict-rate "$RATE" --avoid "$DATA/avoid.txt" --out "$DATA"
  echo "$STAMP" > "$DATA/stamp"
else
  say "using the corpus in $DATA (same seed, size and generator)"
fi
# The rules: those of the contra measured, plus the corpus's invented concepts.
rm -rf "$DATA/rules"
cp -r "$RULES_IN" "$DATA/rules"
mkdir -p "$DATA/rules/bench"
cp "$DATA/lexicon.yaml" "$DATA/rules/bench/lexicon.yaml"
python3 "$ROOT/bench/lexicon.py" triggers "$DATA/rules" > "$DATA/triggers.txt"

CORPUS=$DATA/corpus
RULES=$DATA/rules
RESULTS=$DATA/results.txt
: > "$RESULTS"
record() { echo "$1=$2" >> "$RESULTS"; }

MEM_KB=$(awk '/MemTotal/ {print $2}' /proc/meminfo)
CAP_KB=$((MEM_KB * 9 / 10))
record date "$(date -u +%Y-%m-%d)"
record machine "$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $((MEM_KB / 1048576)) GB"
record commit "$MEASURED"
record jobs "$JOBS"
record seed "$SEED"
record conflict_rate "$RATE"
record bytes "$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')"
record docs "$(find "$CORPUS" -name '*.txt' | wc -l)"
record patterns "$(wc -l < "$DATA/triggers.txt")"
record cap_kb "$CAP_KB"

# measure NAME COMMAND...: wall seconds, peak RSS (KB) and exit status into results.
# Each run gets --timeout seconds and at most 90% of the memory (ulimit -v), so that a
# reconciler that grows quadratically or without bound is a MISS, not a hung machine.
# A run shorter than a minute is repeated (--repeat, default 3) and the fastest kept:
# on a shared virtual machine one run can be a third slower than the next.
# Output goes to files or pipes, never to --output /dev/null: contra writes --output
# by renaming a temporary file over it, which as root would replace /dev/null itself.
#
# Beside each run, how much CPU time the rest of the machine took meanwhile (all busy
# time in /proc/stat less the run's own user and system time) and the time the
# hypervisor stole: a figure taken while something else ran is marked in the table.
cpu_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat; }
measure() {
  local name=$1; shift
  local timing=$DATA/time.$name best="" line wall rss status user sys busy0 steal0 busy1 steal1 other bestother=""
  local hz
  hz=$(getconf CLK_TCK)
  say "$name: $*"
  for ((k = 0; k < REPEAT; k++)); do
    read -r busy0 steal0 <<< "$(cpu_busy)"
    /usr/bin/time -f '%e %M %x %U %S' -o "$timing" \
      timeout --kill-after=10 "$TIMEOUT" bash -c 'ulimit -v '"$CAP_KB"'; exec "$@"' _ "$@" || true
    read -r busy1 steal1 <<< "$(cpu_busy)"
    read -r wall rss status user sys <<< "$(tail -1 "$timing")"
    other=$(awk -v b0="$busy0" -v b1="$busy1" -v s0="$steal0" -v s1="$steal1" -v u="$user" -v s="$sys" -v hz="$hz" \
      'BEGIN {o = (b1 - b0) / hz - u - s; if (o < 0) o = 0; printf "%.1f %.1f", o, (s1 - s0) / hz}')
    line="$wall $rss $status"
    # GNU time gives %x = 0 for a program killed by a signal; its first line says which.
    if grep -q 'terminated by signal' "$timing"; then
      status=$((128 + $(sed -n 's/.*terminated by signal \([0-9]*\).*/\1/p' "$timing")))
      line="$wall $rss $status"
    fi
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN {exit !(a < b)}'; then
      best=$line
      bestother=$other
    fi
    [ "$status" = 0 ] && awk -v a="$wall" 'BEGIN {exit !(a < 60)}' || break
  done
  record "time.$name" "$best"
  record "load.$name" "$bestother"
  read -r wall rss status <<< "$best"
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then say "$name: timed out after $TIMEOUT s"; fi
}

# ---- the machine's own parallelism -------------------------------------------------------
# Two busy loops at once against one: on a virtual machine two "cores" may not give
# twice the work (here they gave 1.1 times), which bounds any program's speed-up.
# The best of three rounds: the figure varies with what the host runs meanwhile.
spin() { awk 'BEGIN { for (i = 0; i < 6e7; i++) s += i }'; }
ceiling=0
for round in 1 2 3; do
  t_one=$( { /usr/bin/time -f '%e' bash -c "$(declare -f spin); spin" ; } 2>&1 )
  t_two=$( { /usr/bin/time -f '%e' bash -c "$(declare -f spin); spin & spin & wait" ; } 2>&1 )
  ceiling=$(awk -v a="$t_one" -v b="$t_two" -v c="$ceiling" 'BEGIN {x = 2 * a / b; printf "%.2f", (x > c ? x : c)}')
done
record ceiling "$ceiling"

# ---- ripgrep: the raw-scan limit -------------------------------------------------------
# The page cache is warmed first so that neither tool pays for the disk.
find "$CORPUS" -name '*.txt' -print0 | xargs -0 cat > /dev/null
for j in 1 $( [ "$JOBS" != 1 ] && echo "$JOBS" ); do
  measure "rg$j" bash -c 'rg -F -c --no-ignore -j "$1" -g "*.txt" -f "$2" "$3" > "$4"' _ \
    "$j" "$DATA/triggers.txt" "$CORPUS" "$DATA/rg$j.count"
done
record rg_lines "$(awk -F: '{s += $NF} END {print s + 0}' "$DATA/rg1.count")"

# ---- extraction alone: 1 and 2 threads, byte-identical -----------------------------------
for j in 1 2; do
  measure "claims$j" "$CONTRA" claims --quiet --corpus "$CORPUS" --rules "$RULES" --format jsonl --jobs "$j" \
    --output "$DATA/claims-j$j.jsonl"
done
if cmp -s "$DATA/claims-j1.jsonl" "$DATA/claims-j2.jsonl"; then record identical yes; else record identical no; fi
CLAIMS=$(grep -c '^{"type":"claim"' "$DATA/claims-j1.jsonl" 2>/dev/null || true)
CLAIMS=${CLAIMS:-0}
record claims "$CLAIMS"

# ---- end to end ------------------------------------------------------------------------------
measure report bash -c '"$1" report --quiet --corpus "$2" --rules "$3" --format json --jobs "$4" > "$5"' _ \
  "$CONTRA" "$CORPUS" "$RULES" "$JOBS" "$DATA/report.json"

# ---- lint: an editor's draft of 2,000 words against the shipped corpus -------------------
# What a person waits for: rules, the five shipped documents and the draft, read and
# compared. Lint exits 1 because the draft carries planted errors; that is its answer.
python3 "$ROOT/bench/draft.py" "$SHIPPED" 2000 > "$DATA/draft.md" 2>/dev/null
record draft_words "$(wc -w < "$DATA/draft.md")"
measure lint bash -c '"$1" lint --corpus "$2/corpus" --rules "$2/rules" --format json --jobs "$3" "$4" > "$5"; [ $? -le 1 ]' _ \
  "$CONTRA" "$SHIPPED" "$JOBS" "$DATA/draft.md" "$DATA/lint.json"

# ---- recall and precision -------------------------------------------------------------------
if [ -s "$DATA/report.json" ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$DATA/report.json" 2>/dev/null; then
  say "scoring"
  python3 "$ROOT/bench/score.py" --truth "$DATA/truth.yaml" --report "$DATA/report.json" \
    --claims "$DATA/claims-j1.jsonl" --json "$DATA/score.json" -v > "$DATA/score.txt"
  record score "$DATA/score.json"
fi

# ---- the reconciler alone, from JSON Lines ---------------------------------------------------
# contra-gen --replicate copies the corpus's claims, renaming sources and subjects per
# copy, up to each size; a size is skipped once a smaller one failed (it would only take
# longer) or when the disk cannot hold its file. Each file is removed after its run.
failed=""
if [ "$CLAIMS" = 0 ]; then
  say "no claims from contra claims --jobs 1: the reconciler cannot be measured"
  failed=yes
fi
BYTES_PER_CLAIM=$(( $( (stat -c %s "$DATA/claims-j1.jsonl" 2>/dev/null || echo 0) ) / (CLAIMS > 0 ? CLAIMS : 1) + 1 ))
for size in $SIZES; do
  n=$(awk -v s="$size" 'BEGIN {printf "%d", s * 1000000}')
  file=$DATA/claims-${size}M.jsonl
  if [ -n "$failed" ]; then
    record "time.reconcile$size" "- - skipped"
    continue
  fi
  need=$((n * BYTES_PER_CLAIM * 11 / 10))
  avail=$(df --output=avail -B1 "$DATA" | tail -1)
  if [ "$need" -gt "$avail" ]; then
    say "reconcile $size M: needs $((need / 1000000000)) GB of disk, $((avail / 1000000000)) GB free: skipped"
    record "time.reconcile$size" "- - nodisk"
    failed=yes
    continue
  fi
  say "writing $n claims to $file"
  "$GEN" --replicate "$DATA/claims-j1.jsonl" --claims "$n" --out "$file"
  measure "reconcile$size" bash -c '"$1" report --quiet --rules "$2" --claims "$3" --format json > /dev/null' _ \
    "$CONTRA" "$RULES" "$file"
  rm -f "$file"
  status=$(sed -n "s/^time.reconcile$size=[^ ]* [^ ]* //p" "$RESULTS")
  [ "$status" = 0 ] || failed=yes
done
record sizes "$SIZES"
record timeout "$TIMEOUT"

python3 "$ROOT/bench/table.py" "$RESULTS"
exit
}
