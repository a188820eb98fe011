#!/usr/bin/env bash
# Runs on the GPU machine, from the repo root, with .gpu/ from bench/gpu/bundle.sh carried:
# the scene layer at 1k/5k, 10k/50k and 100k/500k nodes/links (redraw and pan, with labels), the
# 4K figure of 10,000 nodes, and the seeds snapshot, through EGL's device platform on the GPU.
# Output lines go to stdout and to $OUT/gpu.log when OUT is set.
set -uo pipefail
here=$(pwd)
log=${OUT:-/tmp}/gpu.log
exec > >(tee "$log") 2>&1
mkdir -p /usr/share/fonts/truetype/dejavu && cp .gpu/fonts/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/
nv=/usr/local/nvidia
export __EGL_VENDOR_LIBRARY_FILENAMES=$nv/share/glvnd/egl_vendor.d/10_nvidia.json
# Debian's loader and glibc for our binaries; NVIDIA's libraries from the driver folder.
libs=$here/.gpu/lib:$nv/lib64:$nv/lib
export KGVIZ_ASSETS=$here/assets
run() { "$here/.gpu/lib/ld-linux-x86-64.so.2" --library-path "$libs" "$here/.gpu/bin/$1" "${@:2}"; }
nvidia-smi --query-gpu=name,driver_version,clocks.sm --format=csv,noheader || true
ls $nv/share/glvnd/egl_vendor.d/ $nv/lib64 2>&1 | head -5
for size in "1000 5000" "10000 50000" "100000 500000"; do
  set -- $size
  for mode in redraw pan zoomed-redraw; do
    run layer_bench --nodes "$1" --links "$2" --mode "$mode" --labels --frames 60
  done
  run layer_bench --nodes "$1" --links "$2" --mode redraw --frames 60
done
run layer_bench --nodes 100000 --links 500000 --mode redraw --labels --width 3840 --height 2160 --frames 30
run layer_bench --nodes 100000 --links 500000 --mode redraw --labels --frames 5 --dump "${OUT:-/tmp}/layer100k.png"
run figure_png_bench --benchmark_filter='BM_FigurePngWhole|BM_FigureRender$'
for i in 1 2 3; do
  /usr/bin/time -f "snapshot wall %e s, user %U s, sys %S s" \
    env KGVIZ_TIMING=1 "$here/.gpu/lib/ld-linux-x86-64.so.2" --library-path "$libs" "$here/.gpu/bin/kgviz" \
    snapshot "$here/seeds" --theme print -o "${OUT:-/tmp}/seeds.png" 2>&1 | grep -E "context|draw|wrote|snapshot wall|error"
done
