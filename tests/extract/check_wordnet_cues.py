#!/usr/bin/env python3
"""Checks scripts/wordnet_link_cues.py on root lists of our own: the polysemy guards, the hand
lists winning, two kinds cancelling, and an empty list (no failure) without WordNet.

usage: check_wordnet_cues.py
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SCRIPT = os.path.join(ROOT, "scripts", "wordnet_link_cues.py")
WORDNET = "/usr/share/wordnet"


def generate(tmp, roots, known=None, wordnet=WORDNET):
    paths = {"roots": os.path.join(tmp, "roots.json"), "out": os.path.join(tmp, "out.json")}
    with open(paths["roots"], "w") as f:
        json.dump(roots, f)
    cmd = [sys.executable, SCRIPT, paths["roots"], paths["out"], "--wordnet", wordnet]
    if known is not None:
        paths["known"] = os.path.join(tmp, "known.json")
        with open(paths["known"], "w") as f:
            json.dump(known, f)
        cmd += ["--known", paths["known"]]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {r.stderr}")
    with open(paths["out"]) as f:
        return json.load(f), r.stderr


def main():
    failed = []

    def expect(cond, what):
        if not cond:
            failed.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        out, err = generate(tmp, {"tension": ["accuse.v.2"]}, wordnet=os.path.join(tmp, "none"))
        expect(out["tension"] == [] and "no WordNet" in err, "without WordNet: empty lists, a warning")
        if not os.path.isfile(os.path.join(WORDNET, "data.verb")):
            print("no WordNet in " + WORDNET + ": install wordnet-base (the build needs it too)")
            return 1
        # accuse.v.2 is "charge, accuse": "charge" mostly asks a price, so only "accuse" stays.
        out, _ = generate(tmp, {"tension": ["accuse.v.2"]})
        expect("accused" in out["tension"], "accuse.v.2 gives 'accused'")
        expect(not {"charge", "charged", "charges"} & set(out["tension"]), "no 'charge' from accuse.v.2")
        # bar.v.1 (exclude, debar): "bar" is mostly a noun, so only its -ed and -ing forms.
        out, _ = generate(tmp, {"tension": ["bar.v.1"]})
        expect("barred" in out["tension"] and "bar" not in out["tension"], "'barred' but not 'bar'")
        # A word our hand lists hold stays theirs, whatever its kind there; stems count.
        out, _ = generate(tmp, {"tension": ["bar.v.1"]},
                          known={"format": "kgviz-kb/1", "cooperation": ["barr*"]})
        expect(not [w for w in out["tension"] if w.startswith("barr")], "hand stems win")
        # A word two kinds reach is no cue of either.
        out, _ = generate(tmp, {"tension": ["bar.v.1"], "cooperation": ["bar.v.1"]})
        expect(out["tension"] == [] and out["cooperation"] == [], "two kinds cancel")
    for f in failed:
        print("FAILED: " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
