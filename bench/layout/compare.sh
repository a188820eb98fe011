#!/bin/sh
# compare.sh: lays out identical edge lists with kgviz, Graphviz sfdp/neato and python igraph
# (each when installed) and prints one table of layout seconds and normalized stress, all
# scored by layout_bench --score so every tool is measured with the same definition.
# usage: bench/layout/compare.sh BUILD_DIR [EDGELIST...]
#   With no EDGELIST, generates ba/pp graphs of 1k, 5k, 20k nodes (add 100k with SIZES).
set -eu
build=${1:?usage: compare.sh BUILD_DIR [EDGELIST...]}
shift
bench=$build/bench/layout/layout_bench
gen=$build/bench/layout/layout_gen
work=${WORK:-$(mktemp -d)}
py=/usr/bin/python3  # Debian's python, where python3-igraph lives
neato_max=${NEATO_MAX:-5000}

if [ $# -eq 0 ]; then
  for kind in ba pp; do
    for n in ${SIZES:-1000 5000 20000}; do
      "$gen" "$kind" "$n" 1 > "$work/$kind$n.txt"
      set -- "$@" "$work/$kind$n.txt"
    done
  done
fi

# Edge list -> DOT (node names are the ids). A third column (weight) becomes neato's len with
# kgviz's own mapping, cbrt(mean weight / weight) clamped to [1/3, 3], so both get equal input.
to_dot() {
  awk '!/^#/ && NF>=3 {s += $3; c++} END{print (c ? s / c : 0)}' "$1" > "$work/mean"
  awk -v mean="$(cat "$work/mean")" 'BEGIN{print "graph G {"}
    !/^#/ && NF>=3 && mean > 0 {l = exp(log(mean / $3) / 3); l = l < 1/3 ? 1/3 : (l > 3 ? 3 : l);
                                 print $1" -- "$2" [len="l"];"; next}
    !/^#/ && NF>=2 {print $1" -- "$2";"} END{print "}"}' "$1"
}

# Graphviz -Tplain gives "node NAME X Y ..." lines. Timed as the whole process (parse, layout,
# output): Graphviz has no layout-only timer, and its I/O is small next to the layout here.
# Wall and CPU seconds are both printed: on a shared machine CPU time is the steadier one.
run_graphviz() {  # tool edgelist out
  to_dot "$2" > "$work/g.dot"
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$1" -Tplain "$work/g.dot" > "$work/g.plain"
  awk '$1=="node"{print $2" "$3" "$4}' "$work/g.plain" > "$3"
  awk '{printf "%.3f %.3f", $1, $2 + $3}' "$work/time"   # wall, cpu
}

run_igraph() {  # edgelist out: grid Fruchterman-Reingold, timed around the layout call only
  "$py" - "$1" "$2" <<'PY'
import sys, time, igraph
path, out = sys.argv[1:3]
pairs = [tuple(map(int, l.split()[:2])) for l in open(path) if l.strip() and not l.startswith('#')]
ids = sorted({v for p in pairs for v in p})
index = {v: i for i, v in enumerate(ids)}
g = igraph.Graph([(index[u], index[v]) for u, v in pairs])
start, cpu = time.perf_counter(), time.process_time()
layout = g.layout_fruchterman_reingold(grid=True)
print(f"{time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f}")
with open(out, "w") as f:
    for i, (x, y) in enumerate(layout.coords):
        f.write(f"{ids[i]} {x} {y}\n")
PY
}

score() { "$bench" "$1" --score "$2" | awk '$1=="stress"{print $2}'; }

row() { printf '%-12s %7s  %-14s %9s %9s %8s\n' "$@"; }
row graph nodes tool wall_s cpu_s stress
for f in "$@"; do
  name=$(basename "$f" .txt)
  nodes=$("$bench" "$f" --algorithm circle | awk '$1=="nodes"{print $2}')
  out=$("$bench" "$f" --out "$work/kgviz.pos")
  row "$name" "$nodes" kgviz "$(echo "$out" | awk '$1=="seconds"{print $2}')" \
    "$(echo "$out" | awk '$1=="cpu_seconds"{print $2}')" "$(echo "$out" | awk '$1=="stress"{print $2}')"
  if command -v sfdp >/dev/null; then
    t=$(run_graphviz sfdp "$f" "$work/sfdp.pos")
    row "$name" "$nodes" sfdp $t "$(score "$f" "$work/sfdp.pos")"
  fi
  if command -v neato >/dev/null && [ "$nodes" -le "$neato_max" ]; then
    t=$(run_graphviz neato "$f" "$work/neato.pos")
    row "$name" "$nodes" neato $t "$(score "$f" "$work/neato.pos")"
  fi
  if "$py" -c 'import igraph' 2>/dev/null; then
    t=$(run_igraph "$f" "$work/igraph.pos")
    row "$name" "$nodes" igraph-fr-grid $t "$(score "$f" "$work/igraph.pos")"
  fi
done
