#!/usr/bin/env python3
"""Expands our seed senses of relation cues with WordNet 3.0 and writes a knowledge-base cue file.

usage: bench/cues/wordnet_cues.py SEEDS.json OUT.json [--wordnet DIR] [--known KB_FILE ...]

SEEDS.json (ours, bench/cues/wordnet_seeds.json) lists WordNet senses per kind, "lemma.pos.N"
(N counts the lemma's senses in WordNet's order, most frequent first). Each seed sense gives its
synonyms and the words WordNet derives from the seed lemma in that sense (rebuke -> rebuke n.),
each only where that sense is the word's own most frequent one ("lecture" is a synonym of
"rebuke" but mostly means a talk) and no noun of a person ("critics"), then every inflection of
each (WordNet's *.exc lists, else the regular English rules). --inflect adds every inflection of
the verbs of existing cue files (a verb the tagged corpus uses more as a noun, "ties", "arms",
is left alone). A word that two kinds reach, that SEEDS.json skips, or that a --known file
already lists is left out. Troponyms were tried and dropped ("equip" and "glass" under "supply").

A measurement, not a build step: the list it writes did not pay on the dev set and the seeds
(docs/extraction.md, "Cue vocabulary on unseen text"), so no such list ships (the build ships
another: scripts/wordnet_link_cues.py, from the verb hierarchy). WordNet 3.0 is
read from the Debian package wordnet-base (/usr/share/wordnet; WordNet licence).
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from wordnet_reader import (KINDS, NOUN_PERSON, POS, WordNet, inflections, known_cues,  # noqa: E402
                            listed_kinds)

def expand(wn, seed):
    """The (pos, lemma) pairs one seed sense reaches."""
    lemma, pos, n = seed.rsplit(".", 2)
    senses = wn.senses(pos, lemma.replace(" ", "_"))
    if not pos in POS or int(n) < 1 or int(n) > len(senses):
        raise ValueError(f"{seed}: no such WordNet sense")
    offset = senses[int(n) - 1]
    words, pointers, _ = wn.synset(pos, offset)
    out = {(pos, lemma)}
    out |= {(pos, w) for w in words if wn.dominant(pos, w.replace(" ", "_"), offset)}
    seed_number = words.index(lemma) + 1 if lemma in words else 0
    for sym, off, ptr_pos, source, target in pointers:
        if sym == "+" and source == seed_number and ptr_pos in ("n", "v"):
            derived, _, lexfile = wn.synset(ptr_pos, off)
            w = derived[target - 1]
            # noun.person: "critics", "fighters", "supporters" name people, not acts
            if wn.dominant(ptr_pos, w.replace(" ", "_"), off) and not (ptr_pos == "n" and lexfile == NOUN_PERSON):
                out.add((ptr_pos, w))
    return out


VERB_SUFFIXES = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
                 ("ed", ""), ("ying", "ie"), ("ing", "e"), ("ing", ""))


def verb_lemmas(wn, word):
    """WordNet's lemmas of a verb form (its morphy: the exception list, then suffix rules)."""
    key = word.replace(" ", "_")
    out = set(wn.exc_lemmas.get(key, ()))
    if key in wn.index["v"]:
        out.add(key)
    for suffix, ending in VERB_SUFFIXES:
        if key.endswith(suffix) and key[:-len(suffix)] + ending in wn.index["v"]:
            out.add(key[:-len(suffix)] + ending)
    return out


# The second word of a phrasal verb cue ("sided with", "pressed for", "broke off").
PARTICLES = {"with", "to", "for", "on", "off", "out", "up", "by", "at", "down", "from", "into",
             "against", "back", "in"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds")
    ap.add_argument("out")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--known", action="append", default=[])
    ap.add_argument("--inflect", action="append", default=[],
                    help="a cue file whose single verbs (and phrasal verbs) get every inflection")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.wordnet, "data.verb")):
        sys.exit(f"kgviz: {args.wordnet}: no WordNet 3.0 here (install the Debian package wordnet-base)")
    with open(args.seeds, encoding="utf-8") as f:
        seeds = json.load(f)
    wn = WordNet(args.wordnet)
    skip = {w.lower() for w in seeds.get("skip", [])}
    reached = {}
    for kind in KINDS:
        for seed in seeds.get(kind, []):
            try:
                pairs = expand(wn, seed)
            except ValueError as e:
                sys.exit(f"kgviz: {args.seeds}: {e}")
            for pos, lemma in pairs:
                for form in inflections(wn, pos, lemma):
                    reached.setdefault(form, set()).add(kind)
    for path in args.inflect:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for kind in KINDS:
            for cue in doc.get(kind, []):
                cue = cue.lower()
                if cue.endswith("*") or cue.count(" ") > 1:
                    continue
                head, _, rest = cue.partition(" ")
                if rest and rest not in PARTICLES:
                    continue  # "air strikes", "state visit": a noun phrase
                for lemma in verb_lemmas(wn, head):
                    if not wn.mostly_verb(lemma):
                        continue  # "ties", "arms", "accord", "concern": nouns first

                    for form in inflections(wn, "v", lemma):
                        reached.setdefault(form + (" " + rest if rest else ""), set()).add(kind)
    known = known_cues(args.known)
    out = {kind: [] for kind in KINDS}
    for word, kinds in sorted(reached.items()):
        if len(kinds) != 1 or word in skip or len(word) < 4:
            continue
        kind = next(iter(kinds))
        listed = listed_kinds(known, word)
        if listed:  # already a cue, or a cue of another kind: ours stands
            continue
        out[kind].append(word)
    doc = {"format": "kgviz-kb/1",
           "source": "Generated by bench/cues/wordnet_cues.py from our seed senses (" + os.path.basename(args.seeds)
                     + ") and WordNet 3.0 (Princeton University, WordNet licence; Debian package wordnet-base).",
           **out}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
