#!/usr/bin/env bash
# index.sh — the claim index on a generated corpus (issue 17): building it, updating it
# after one document changed, an update with nothing to do, and lint of the 2,000-word
# draft and report against it, each beside the same run with --no-index; and whether
# the outputs are byte-identical. Figures: wall seconds, CPU seconds (user + system:
# the machine is shared, and CPU time is what a busy neighbour does not inflate) and
# peak RSS, from GNU time.
#
#   bench/index.sh [--megabytes 20] [--out /tmp/contra-bench] [--seed 1] [--jobs N]
#
# It builds contra in build-release/ and generates the corpus as run.sh does (the same
# cache: OUT/seed1-20mb-rate0.1), then works on a copy of it under OUT/index-work.
set -euo pipefail
{
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MB=20
OUT=/tmp/contra-bench
SEED=1
RATE=0.1
JOBS=$(nproc)

while [ $# -gt 0 ]; do
  case "$1" in
    --megabytes) MB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "index.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

BUILD=$ROOT/build-release
[ -f "$BUILD/build.ninja" ] || meson setup "$BUILD" "$ROOT" --buildtype=release >/dev/null
ninja -C "$BUILD" bench/contra-gen src/cli/contra >/dev/null
CONTRA=$BUILD/src/cli/contra

DATA=$OUT/seed$SEED-${MB}mb-rate$RATE
mkdir -p "$DATA"
python3 "$ROOT/bench/lexicon.py" avoid "$ROOT/rules" > "$DATA/avoid.txt"
STAMP=$(cat "$ROOT/bench/gen.c" "$DATA/avoid.txt" <(echo "$SEED $MB $RATE") | sha256sum | cut -c1-16)
if [ "$(cat "$DATA/stamp" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$DATA/corpus"
  "$BUILD/bench/contra-gen" --seed "$SEED" --megabytes "$MB" --conflict-rate "$RATE" --avoid "$DATA/avoid.txt" \
    --out "$DATA" >/dev/null
  echo "$STAMP" > "$DATA/stamp"
fi

WORK=$OUT/index-work
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$DATA/corpus" "$WORK/corpus"
cp -r "$ROOT/rules" "$WORK/rules"
mkdir -p "$WORK/rules/bench"
cp "$DATA/lexicon.yaml" "$WORK/rules/bench/lexicon.yaml"
python3 "$ROOT/bench/draft.py" "$ROOT" 2000 > "$WORK/draft.md" 2>/dev/null
cd "$WORK"

# measure NAME SUBCOMMAND ARGS...: one row of the table; the output goes to NAME.out.
# lint exits 1 when it finds something, which is its answer, not a failure.
measure() {
  local name=$1 command=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$name.time" "$CONTRA" "$command" --corpus corpus --rules rules --jobs "$JOBS" \
    "$@" > "$name.out" 2> "$name.err" || true
  read -r wall user sys rss < <(tail -1 "$name.time")
  printf '| %s | %s | %.2f | %d |\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}

echo "| run | wall s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|"
measure index-build index
measure index-nothing-to-do index
doc=$(ls corpus/*.txt | sed -n 100p)
echo "The two sides met again in 2019." >> "$doc"
measure index-one-changed index
measure lint-indexed lint --format json draft.md
{ G_MESSAGES_DEBUG=contra "$CONTRA" lint --corpus corpus --rules rules --format json draft.md 2>&1 >/dev/null || true; } \
  | sed -n 's/.*the index: read \([0-9]*\) of its \([0-9]*\) claims.*/lint read \1 of the index'"'"'s \2 claims/p' > lint-reach.txt
measure lint-no-index lint --format json --no-index draft.md
measure report-indexed report --format json
measure report-no-index report --format json --no-index
echo
for pair in lint report; do
  if cmp -s "$pair-indexed.out" "$pair-no-index.out" && cmp -s "$pair-indexed.err" "$pair-no-index.err"; then
    echo "$pair: output identical with and without the index ($(wc -c < "$pair-indexed.out") bytes)"
  else
    echo "$pair: OUTPUT DIFFERS with and without the index"
  fi
done
cat lint-reach.txt index-build.out index-one-changed.out
ls -l corpus/.contra-index.sqlite | awk '{printf "index file: %.1f MB\n", $5 / 1048576}'
}
