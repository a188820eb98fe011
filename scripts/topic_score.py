#!/usr/bin/env python3
"""Topic precision and recall of a kgviz graph JSON against gold `topics` / `topics_minor`.

usage: scripts/topic_score.py GRAPH.json GOLD_DIR [--errors]

A document's predicted topics are the issue entities with a mention in it. Precision counts a
predicted topic right when it is among the gold `topics`; a topic of `topics_minor` (a passing
mention, an item of a list) counts as wrong, as on the hidden set. The line `lenient` leaves the
minor ones out instead (neither right nor wrong). Recall: gold `topics` predicted / gold `topics`.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools"))
try:
    from score import load_gold, file_key  # the shared scorers' file naming
except ImportError:  # outside the workshop: the same rules, restated
    def file_key(name):
        base = os.path.basename(str(name))
        return base[:-4] if base.endswith(".txt") else base

    def load_gold(folder):
        out = {}
        for fn in sorted(os.listdir(folder)):
            if fn.endswith(".json"):
                with open(os.path.join(folder, fn), encoding="utf-8") as f:
                    g = json.load(f)
                out[file_key(g["file"])] = g
        return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        g = json.load(f)
    gold = load_gold(sys.argv[2])
    errors = "--errors" in sys.argv
    docs = {d["id"]: file_key(d.get("path", d["id"])) for d in g.get("documents", [])}
    pred = {}
    for e in g.get("entities", []):
        if e.get("type") != "issue":
            continue
        for m in e.get("mentions", []):
            if m.get("doc") in docs:
                pred.setdefault(docs[m["doc"]], set()).add(e["id"])
    npred = ok = minor = ngold = found = 0
    lines = []
    for fk, gd in sorted(gold.items()):
        p = pred.get(fk, set())
        t, mi = set(gd.get("topics", [])), set(gd.get("topics_minor", []))
        npred += len(p); ok += len(p & t); minor += len(p & mi); ngold += len(t); found += len(p & t)
        if errors and (p - t or t - p):
            lines.append(f"{fk}: wrong {sorted(p - t - mi)} minor {sorted(p & mi)} missed {sorted(t - p)}")
    print("\n".join(lines))
    P = ok / npred if npred else 0.0
    R = found / ngold if ngold else 0.0
    L = ok / (npred - minor) if npred - minor else 0.0
    print(f"topics P {P:.3f} R {R:.3f} (pred {npred}, right {ok}, minor {minor}, gold {ngold}); lenient P {L:.3f}")


if __name__ == "__main__":
    main()
