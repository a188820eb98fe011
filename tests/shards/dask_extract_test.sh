#!/usr/bin/env bash
# scripts/dask-extract on a local cluster of 2 workers gives the bytes of one `kgviz extract`,
# also when a worker dies during its first task. Exit 77 (skipped) without python3-distributed.
# Usage: dask_extract_test.sh KGVIZ SOURCE_DIR
set -euo pipefail
kgviz=$1 src=$2
/usr/bin/python3 -c 'import distributed' 2>/dev/null || { echo "python3-distributed missing: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=("$src/seeds" "$src/tests/data/devset")

"$kgviz" extract "${inputs[@]}" -o "$tmp/one.json" 2>/dev/null
KGVIZ_DASK_TEST_KILL_ONCE="$tmp/killed" \
  "$src/scripts/dask-extract" "${inputs[@]}" -o "$tmp/dask.json" --workers 2 --kgviz "$kgviz" 2>"$tmp/dask.log" \
  || { cat "$tmp/dask.log"; exit 1; }
[ -e "$tmp/killed" ] || { echo "the test hook killed no worker"; exit 1; }
cmp "$tmp/one.json" "$tmp/dask.json" || { echo "dask-extract differs from one process"; exit 1; }

"$kgviz" extract "${inputs[@]}" --passages offsets -o "$tmp/one-offsets.json" 2>/dev/null
"$src/scripts/dask-extract" "${inputs[@]}" -o "$tmp/dask-offsets.json" --workers 2 --shards 5 \
  --passages offsets --shard-dir "$tmp" --kgviz "$kgviz" 2>"$tmp/dask.log" || { cat "$tmp/dask.log"; exit 1; }
cmp "$tmp/one-offsets.json" "$tmp/dask-offsets.json" || { echo "dask-extract --passages offsets differs"; exit 1; }
if ls "$tmp"/shard-*.json >/dev/null 2>&1; then echo "shard files left in --shard-dir"; exit 1; fi
# A shard that fails on every try fails the run, with the reason and no output.
if "$src/scripts/dask-extract" "$src/seeds" -o "$tmp/fail.json" --workers 2 --shards 2 --retries 1 \
     --kgviz /bin/false 2>"$tmp/dask.log"; then
  echo "dask-extract succeeded with a kgviz that always fails"; exit 1
fi
grep -q "kgviz exited 1" "$tmp/dask.log" || { cat "$tmp/dask.log"; echo "no reason given"; exit 1; }
[ ! -e "$tmp/fail.json" ] || { echo "an output was written after a failure"; exit 1; }
echo "dask-extract: same bytes as one process"
