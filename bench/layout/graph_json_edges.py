#!/usr/bin/env python3
"""graph_json_edges.py: graph JSON (kgviz extract) -> edge list for layout_bench and compare.sh.

usage: kgviz extract seeds -o seeds.json && bench/layout/graph_json_edges.py seeds.json > seeds.txt
Ids are entity indices; the third column is the weight the app gives the layout,
1 + log2(link weight) (app/session/graph_positions.cpp). Entities without links are left out.
"""
import json
import math
import sys

graph = json.load(open(sys.argv[1], encoding="utf-8"))
index = {e["id"]: i for i, e in enumerate(graph["entities"])}
print(f"# {sys.argv[1]}: {len(index)} entities, {len(graph['links'])} links; weight 1 + log2(w)")
for link in graph["links"]:
    weight = 1.0 + math.log2(max(1.0, float(link.get("weight", 1.0))))
    print(f"{index[link['source']]} {index[link['target']]} {weight:g}")
