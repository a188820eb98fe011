#!/usr/bin/env python3
"""Rejects an include in graph/ that goes against the module order.

A module may include itself and the modules before it in LAYERS, never one after it, so data flows
one way: the knowledge base under extraction, curation above extraction, the pipeline above all
that it runs. docs/architecture.md draws the same order; change both together.
"""
import pathlib
import re
import sys

LAYERS = ["common", "model", "ingest", "kb", "extract", "store", "layout", "view", "curation", "filter",
          "explore", "export", "shards", "pipeline"]
INCLUDE = re.compile(r'^\s*#\s*include\s*"([a-z_]+)/')


def main(graph_dir):
    rank = {name: i for i, name in enumerate(LAYERS)}
    problems = []
    for path in sorted(pathlib.Path(graph_dir).rglob("*.[ch]pp")):
        module = path.relative_to(graph_dir).parts[0]
        if module not in rank:
            problems.append(f"{path}: module '{module}' has no place in LAYERS")
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            match = INCLUDE.match(line)
            if match and match.group(1) in rank and rank[match.group(1)] > rank[module]:
                problems.append(f"{path}:{number}: {module}/ includes {match.group(1)}/, "
                                f"which sits above it")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
