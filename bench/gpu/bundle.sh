#!/usr/bin/env bash
# Packs the headless renderer benchmarks, kgviz and every shared library they need (glibc and
# its loader too) into .gpu/ of the repo, for a GPU machine that has an NVIDIA driver but none of
# Debian's packages: the device tool carries .gpu/ there, and bench/gpu/run.sh runs it.
# Usage: bench/gpu/bundle.sh [BUILD_DIR]   (default build/release, already built)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
bins=("$build/bench/render/layer_bench" "$build/bench/export/figure_png_bench" "$build/app/kgviz")
for b in "${bins[@]}"; do [[ -x $b ]] || { echo "bundle: $b is not built" >&2; exit 1; }; done
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
rm -rf .gpu && mkdir -p .gpu/bin .gpu/lib .gpu/fonts
cp "${bins[@]}" .gpu/bin/
# Every library the loader resolves, glibc included: the GPU machine's own glibc may be older
# than Debian's. The vendor-neutral libEGL (glvnd) comes along; NVIDIA's EGL is the machine's.
ldd "${bins[@]}" | awk '/=> \//{print $3}' | sort -u | xargs -I{} cp -L {} .gpu/lib/
cp -L /lib64/ld-linux-x86-64.so.2 .gpu/lib/
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf .gpu/fonts/
du -sh .gpu
