#!/usr/bin/env bash
# Single-core ingest speed on a folder of saved pages: bench/ingest/page_speed.sh FOLDER [ROUNDS]
# (e.g. ../shared/realpages). Builds kgviz_ingest_pages in the release preset if needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: $0 FOLDER [ROUNDS]" >&2; exit 2; }
cmake --build --preset release --target kgviz_ingest_pages >/dev/null
exec build/release/bench/ingest/kgviz_ingest_pages "$@"
