#!/usr/bin/env bash
# Cold and warm `kgviz extract` / `kgviz snapshot` through the corpus store on a generated corpus:
# wall time, peak memory (/usr/bin/time -v) and the store's size against the articles'.
#   bench/store/store_speed.sh KGVIZ KGVIZ_EXTRACT_RUN N [KGVIZ_BEFORE] [--snapshot|--snapshot-only]
# KGVIZ_BEFORE (optional, "" for none): another build's kgviz, timed without a store beside this
# one's. --snapshot adds `kgviz snapshot` without a store, cold and warm (the warm run three times,
# each printed: it reopens the store's graph record); --snapshot-only skips the extract runs
# (their graph JSON is 65 KB per article: 6.5 GB at 100,000).
# docs/store.md holds the figures measured with it.
set -euo pipefail
kgviz=$1
extract_run=$2
count=$3
before=${4:-}
snapshot=${5:-}
work=${KGVIZ_BENCH_DIR:-$(mktemp -d)}
corpus=$work/corpus-$count
store=$work/store-$count.sqlite
mkdir -p "$work"
[ -d "$corpus" ] || "$extract_run" --write "$count" "$corpus" >/dev/null
article_bytes=$(du -sb "$corpus" | cut -f1)

# Runs a command under /usr/bin/time; prints "label  wall s  cpu s  peak MB". The wall time is
# the best of $KGVIZ_BENCH_RUNS runs (default 2): on a shared machine the others' load only adds.
measure() {
  local label=$1
  shift
  local best="" cpu="" peak=0
  for _ in $(seq "${KGVIZ_BENCH_RUNS:-2}"); do
    [ "$label" = "extract, cold store" ] || [ "$label" = "snapshot, cold store" ] && rm -f "$store" "$store-wal" "$store-shm"
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
    local wall p c
    wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    c=$(awk '/User time|System time/ { s += $NF } END { print s }' "$work/time.txt")
    p=$(grep "Maximum resident" "$work/time.txt" | awk '{print int($NF / 1024)}')
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall; cpu=$c; fi
    [ "$p" -gt "$peak" ] && peak=$p
  done
  printf "%-34s %8.2f s wall %8.2f s cpu %7d MB\n" "$label" "$best" "$cpu" "$peak"
}

echo "$count articles, $((article_bytes / 1000000)) MB on disk; load: $(uptime | sed 's/.*load/load/')"
store_size() {
  local store_bytes
  store_bytes=$(du -cb "$store"* | tail -1 | cut -f1)
  echo "store $((store_bytes / 1000000)) MB = $(awk -v s="$store_bytes" -v a="$article_bytes" 'BEGIN { printf "%.2f", s / a }') x the articles"
}
if [ "$snapshot" != "--snapshot-only" ]; then
[ -n "$before" ] && measure "extract, no store (before)" "$before" extract "$corpus" --no-store -o "$work/before.json"
measure "extract, no store" "$kgviz" extract "$corpus" --no-store -o "$work/none.json"
measure "extract, cold store" "$kgviz" extract "$corpus" --store "$store" -o "$work/cold.json"
measure "extract, warm store" "$kgviz" extract "$corpus" --store "$store" -o "$work/warm.json"
cmp "$work/none.json" "$work/cold.json"
cmp "$work/none.json" "$work/warm.json"
store_size
# One new article among the unchanged ones.
first=$(find "$corpus" -type f -name "*.txt" -print -quit)
cp "$first" "$corpus/added-article.txt"
KGVIZ_BENCH_RUNS=1 measure "extract, warm store + 1 article" "$kgviz" extract "$corpus" --store "$store" -o "$work/added.json"
rm -f "$corpus/added-article.txt"
fi
if [ -n "$snapshot" ]; then
  measure "snapshot, no store" "$kgviz" snapshot "$corpus" --no-store -o "$work/none.png"
  KGVIZ_BENCH_RUNS=1 measure "snapshot, cold store" "$kgviz" snapshot "$corpus" --store "$store" -o "$work/cold.png"
  store_size
  for run in 1 2 3; do
    KGVIZ_BENCH_RUNS=1 measure "snapshot, warm store ($run)" "$kgviz" snapshot "$corpus" --store "$store" -o "$work/warm.png"
  done
fi
