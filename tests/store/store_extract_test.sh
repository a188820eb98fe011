#!/usr/bin/env bash
# `kgviz extract` writes the same bytes without a store, with a new one and with a full one (the
# second run reopens the graph record, the third too), on the seeds and the devset; `kgviz snapshot`
# draws the same SVG (its reopen leaves the text in the store); then the default store of
# $KGVIZ_DATA_DIR is used and reused.
set -euo pipefail
kgviz=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KGVIZ_DATA_DIR=$work/data
for corpus in "$source_dir/seeds" "$source_dir/tests/data/devset"; do
  name=$(basename "$corpus")
  "$kgviz" extract "$corpus" --no-store -o "$work/$name-none.json" 2>/dev/null
  for run in cold warm again; do
    "$kgviz" extract "$corpus" --store "$work/$name.sqlite" -o "$work/$name-$run.json" 2>"$work/$name-$run.err"
    cmp "$work/$name-none.json" "$work/$name-$run.json"
    if grep -q "corpus store" "$work/$name-$run.err"; then cat "$work/$name-$run.err"; exit 1; fi
  done
  "$kgviz" snapshot "$corpus" --no-store -o "$work/$name-none.svg" 2>/dev/null
  for run in cold warm; do
    "$kgviz" snapshot "$corpus" --store "$work/$name-snap.sqlite" -o "$work/$name-$run.svg" 2>/dev/null
    cmp "$work/$name-none.svg" "$work/$name-$run.svg"
  done
  "$kgviz" extract "$corpus" -o "$work/$name-default.json" 2>/dev/null
  cmp "$work/$name-none.json" "$work/$name-default.json"
done
# One default store per set of inputs, and --no-store writes none.
test "$(ls "$KGVIZ_DATA_DIR/stores" | wc -l)" -eq 2
"$kgviz" extract "$source_dir/seeds" "$source_dir/tests/data/devset" --no-store -o "$work/both.json" 2>/dev/null
test "$(ls "$KGVIZ_DATA_DIR/stores" | wc -l)" -eq 2
echo "identical with and without the store"
