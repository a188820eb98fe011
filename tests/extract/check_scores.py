#!/usr/bin/env python3
"""Quality floors of extraction, measured with the project's own scorers.

usage: check_scores.py KGVIZ SHARED

Runs `kgviz extract` on the seeds (gold: SHARED/gold) and on the development set
(tests/data/devset, gold beside each article in gold/), then the scorers we are measured with
(SHARED/tools/score_kgviz.py and score_relations.py), and fails when a score falls below the
floor set from the figures of 2026-12-06 (tests/data/devset.md) and of issue #19's second round
(docs/extraction.md, "Kinds per pair"), less a small margin. The
scorers and the seeds' gold live outside the repository: without them the test is skipped
(exit 77), never passed.
"""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# (folder, gold, floors): entity F1, relations found, kind right for cooperation/tension/meeting.
SETS = [
    # Floors a little under the figures measured when they were last set (tests/data/devset.md):
    # seeds 0.961, 0.951, 0.909; the dev set (56 articles) 0.962, 0.902, 0.797. Each batch of dev
    # articles is written before the rules it is for and joins below the set's figures (36-44
    # blind: kind 0.667 and 0.617, found 0.762, entity F1 0.950; 45-47 blind: kind 0.578; 51-53
    # blind: found 0.814, kind 0.745, entity F1 0.941; 54-56 blind: found 0.711, kind 0.654,
    # entity F1 0.839; 57-59 blind: found 0.844, kind 0.655, entity F1 0.905), so the set's
    # floors move with it.
    ("seeds", "{shared}/gold", {"entity_f1": 0.955, "found": 0.94, "kind": 0.90}),
    ("tests/data/devset", "tests/data/devset/gold", {"entity_f1": 0.955, "found": 0.895, "kind": 0.79}),
]
# Topic precision and recall (scripts/topic_score.py; a minor topic predicted is wrong), measured
# at seeds 0.971 / 0.971 and the dev set 0.604 / 0.906 (56 articles; 54-56 and 57-59 were written
# blind and score 0.500 / 0.636 and 0.529 / 0.818; 0.615 / 0.930 on the 50 before them; 0.620 /
# 0.932 on the 47 before 51-53, which score 0.556 / 0.909; 0.654 / 0.930 on the 41 before 45-50,
# which score 0.444 and 0.476: docs/extraction.md, "Topics of a document"), less a small margin.
TOPIC_FLOORS = {
    "seeds": {"topic_p": 0.95, "topic_r": 0.95},
    "tests/data/devset": {"topic_p": 0.60, "topic_r": 0.90},
}

def last_line(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {r.stderr.strip()[-400:]}")
    return r.stdout.strip().splitlines()[-1]


def main():
    kgviz, shared = sys.argv[1], sys.argv[2]
    tools = os.path.join(shared, "tools")
    if not os.path.isfile(os.path.join(tools, "score_relations.py")):
        print(f"skipped: no scorers in {tools}")
        return 77
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder, gold, floor in SETS:
            out = os.path.join(tmp, "g.json")
            subprocess.run([kgviz, "extract", os.path.join(ROOT, folder), "-o", out],
                           check=True, capture_output=True)
            gold = os.path.join(ROOT, gold.format(shared=shared))
            ents = last_line([sys.executable, os.path.join(tools, "score_kgviz.py"), out, gold])
            rels = last_line([sys.executable, os.path.join(tools, "score_relations.py"), out, gold])
            topics = last_line([sys.executable, os.path.join(ROOT, "scripts", "topic_score.py"), out, gold])
            print(f"{folder}: {ents}\n{folder}: {rels}\n{folder}: {topics}")
            got = {
                "entity_f1": float(re.search(r"entity F1 ([0-9.]+)", ents).group(1)),
                "found": float(re.search(r"\(R ([0-9.]+)\)", rels).group(1)),
                "kind": float(re.search(r"cooperation/tension/meeting \d+/\d+ = ([0-9.]+)", rels).group(1)),
            }
            got["topic_p"] = float(re.search(r"topics P ([0-9.]+)", topics).group(1))
            got["topic_r"] = float(re.search(r"topics P [0-9.]+ R ([0-9.]+)", topics).group(1))
            floor = {**floor, **TOPIC_FLOORS[folder]}
            chrome = int(re.search(r"chrome entities (\d+)", ents).group(1))
            if chrome:
                failed.append(f"{folder}: {chrome} entities from page chrome")
            if int(re.search(r"evidence mismatches (\d+)/", ents).group(1)):
                failed.append(f"{folder}: evidence text differs from the document at its offsets")
            for key, low in floor.items():
                if got[key] < low:
                    failed.append(f"{folder}: {key} {got[key]:.3f} < {low}")
    for f in failed:
        print("FAIL", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
