#!/usr/bin/python3
"""`kgviz extract` on the bundled seeds as GraphML, GEXF and CSV, read back by the tools analysts
use (networkx, igraph, Python's csv) and compared with the graph JSON: same nodes by entity id,
same edges, labels, positions, colours, and directed KB links.

usage: check_data_exports.py KGVIZ_EXE
"""
import csv
from collections import Counter
import json
import os
import subprocess
import sys
import tempfile
import warnings

import igraph
import networkx as nx


def extract(exe, fmt, out):
    subprocess.run([exe, "extract", "--format", fmt, "-o", out], check=True,
                   stderr=subprocess.DEVNULL)


def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)


def edge_pairs(graph_json):
    """Links as unordered pairs, counted: a KB link and a passage link may join the same pair."""
    return Counter(frozenset((l["source"], l["target"])) for l in graph_json["links"])


def read_pairs(nxg):
    return Counter(frozenset((u, v)) for u, v, _ in nxg.edges(data=True))


def check_graphml(path, g):
    ids = {e["id"] for e in g["entities"]}
    nxg = nx.read_graphml(path)
    check(set(nxg.nodes) == ids, "GraphML node ids are the entity ids")
    check(nxg.number_of_edges() == len(g["links"]), "GraphML edge count")
    check(read_pairs(nxg) == edge_pairs(g), "GraphML edges")
    by_id = {e["id"]: e for e in g["entities"]}
    for node, data in nxg.nodes(data=True):
        check(data["label"] == by_id[node]["name"], f"label of {node}")
        check("id" not in data, "no data key named id")
        check(data.get("region", "x") != "", f"region of {node} omitted, not written empty")
        for key in ("x", "y", "size", "r", "g", "b", "mentions", "type"):
            check(key in data, f"{key} on {node}")
    xs = {round(d["x"], 3) for _, d in nxg.nodes(data=True)}
    check(len(xs) > len(ids) // 2, "positions are spread, not all zero")
    kb = [d for _, _, d in nxg.edges(data=True) if d["kind"] in ("leads", "member-of", "affiliated-with")]
    check(kb and all(d["directed"] for d in kb), "knowledge-base links are directed")
    for _, _, d in nxg.edges(data=True):
        check(d["weight"] >= 1 and d["documents"] >= 0, "edge weight and documents")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # igraph warns on a data key named `id`
        ig = igraph.Graph.Read_GraphML(path)
    check(ig.vcount() == len(ids) and ig.ecount() == len(g["links"]), "igraph counts")
    check(set(ig.vs["id"]) == ids, "igraph node ids")
    check(set(ig.vs["label"]) == {e["name"] for e in g["entities"]}, "igraph labels")


def check_gexf(path, g):
    ids = {e["id"] for e in g["entities"]}
    versions = nx.readwrite.gexf.GEXF.versions
    if "1.3" not in versions:
        # networkx 2.8 (Debian 12) predates GEXF 1.3; networkx 3 reads it with this very entry.
        versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }
    nxg = nx.read_gexf(path, version="1.3")
    check(set(nxg.nodes) == ids, "GEXF node ids are the entity ids")
    check(nxg.number_of_edges() == len(g["links"]), "GEXF edge count")
    check(read_pairs(nxg) == edge_pairs(g), "GEXF edges")
    for node, data in nxg.nodes(data=True):
        viz = data["viz"]
        check({"position", "color", "size"} <= set(viz), f"viz of {node}")
        check(data["mentions"] >= 0 and data["type"], f"attributes of {node}")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_csv(base, g):
    ents = read_csv(base + "-entities.csv")
    check(len(ents) == len(g["entities"]), "entities.csv: one row per entity")
    links = read_csv(base + "-links.csv")
    check(len(links) == len(g["links"]), f"links.csv: one row per link ({len(links)} vs {len(g['links'])})")
    passages = sum(len(l.get("evidence", [])) for l in g["links"])
    rows = read_csv(base + "-passages.csv")
    check(len(rows) == passages, f"passages.csv: one row per passage ({len(rows)} vs {passages})")
    doc_ids = {d["id"] for d in g["documents"]}
    docs = read_csv(base + "-documents.csv")
    check({d["id"] for d in docs} == doc_ids, "documents.csv ids")
    check(all(r["document"] in doc_ids and r["path"] and r["text"] for r in rows), "passage rows trace to documents")


def main():
    exe = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        graph_path = os.path.join(tmp, "graph.json")
        extract(exe, "json", graph_path)
        with open(graph_path, encoding="utf-8") as f:
            g = json.load(f)
        checks = sys.argv[2:] or ["graphml", "gexf", "csv"]
        if "graphml" in checks:
            extract(exe, "graphml", os.path.join(tmp, "g.graphml"))
            check_graphml(os.path.join(tmp, "g.graphml"), g)
        if "gexf" in checks:
            extract(exe, "gexf", os.path.join(tmp, "g.gexf"))
            check_gexf(os.path.join(tmp, "g.gexf"), g)
        if "csv" in checks:
            extract(exe, "csv", os.path.join(tmp, "t.csv"))
            check_csv(os.path.join(tmp, "t"), g)
    print("ok:", ", ".join(checks))


if __name__ == "__main__":
    main()
