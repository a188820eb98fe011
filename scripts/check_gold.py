#!/usr/bin/env python3
"""Checks hand-made gold (the form of shared/gold) against the documents it describes.

usage: scripts/check_gold.py DOC_DIR [GOLD_DIR]   (GOLD_DIR defaults to DOC_DIR/gold)

Every surface form, evidence phrase, headline and caption must be an exact substring of the
document (of its raw bytes: for an .html page, write phrases that do not cross a tag or an
entity); relation ends must be entities of the file, kinds one of the four, topics ids of
assets/kb/topics.json. Prints 'kgviz: PATH: problem' per fault and exits 1 on any.
"""
import json
import os
import sys

KINDS = {"cooperation", "tension", "meeting", "other"}


def topic_ids():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "kb", "topics.json")
    with open(root, encoding="utf-8") as f:
        return {t["id"] for t in json.load(f)["topics"]}


def check(doc_dir, path, topics):
    """Returns the problems of one gold file as strings."""
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    doc = os.path.join(doc_dir, g.get("file", ""))
    if not os.path.isfile(doc):
        return [f"its document {doc} does not exist"]
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    out = []

    def must_contain(s, what):
        if s and s not in text:
            out.append(f"{what} is not in the document: {s!r}")

    for key in ("article_body_starts_with", "headline"):
        must_contain(g.get(key), key)
    for c in g.get("captions", []):
        must_contain(c, "caption")
    names = set()
    for e in g.get("entities", []) + g.get("boilerplate_entities", []):
        for s in e.get("surface_forms", []):
            must_contain(s, f"surface form of {e['name']}")
    for e in g.get("entities", []):
        names.add(e["name"])
        if e["type"] == "issue" and e.get("topic") not in topics:
            out.append(f"issue {e['name']} has an unknown topic {e.get('topic')!r}")
    known = names | {e["name"] for e in g.get("boilerplate_entities", [])}
    for e in g.get("entities", []):
        if e.get("affiliation") and e["affiliation"] not in known:
            out.append(f"affiliation {e['affiliation']!r} of {e['name']} is not an entity of the file")
    for t in g.get("topics", []) + g.get("topics_minor", []):
        if t not in topics:
            out.append(f"unknown topic {t!r}")
    for r in g.get("relations", []):
        for end in (r["a"], r["b"]):
            if end not in names:
                out.append(f"relation end {end!r} is not an entity of the file")
        if r.get("kind") not in KINDS:
            out.append(f"relation {r['a']} -- {r['b']} has kind {r.get('kind')!r}")
        must_contain(r.get("evidence"), f"evidence of {r['a']} -- {r['b']}")
    return out


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    doc_dir = sys.argv[1]
    gold_dir = sys.argv[2] if len(sys.argv) == 3 else os.path.join(doc_dir, "gold")
    topics = topic_ids()
    bad = 0
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        path = os.path.join(gold_dir, fn)
        try:
            problems = check(doc_dir, path, topics)
        except (OSError, ValueError, KeyError) as e:
            problems = [f"unreadable gold: {e}"]
        for p in problems:
            print(f"kgviz: {path}: {p}")
        bad += len(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
