#!/usr/bin/env python3
"""Writes the relation cues that WordNet's verb hierarchy gives under our root senses: a build
step (cmake/WordNetCues.cmake), read with the knowledge base's cue files.

usage: scripts/wordnet_link_cues.py ROOTS.json OUT.json [--wordnet DIR] [--known CUE_FILE ...]
           [--depth N]

ROOTS.json (ours, scripts/wordnet_cue_roots.json) lists verb senses per kind ("expel.v.1",
"help.v.1"). Every sense below a root, down to --depth levels of troponyms ("oust", "deport",
"banish" under expel), gives each of its words where that sense is the word's most frequent one
("charge" is a synonym of accuse but mostly asks a price) and WordNet's tagged corpus does not use
the word more in another part of speech ("further" is mostly an adverb); such a word keeps only
its -ed and -ing forms. Then every inflection. A word that two kinds reach, that ROOTS.json skips,
or that a --known file lists (our hand lists, which always win) is left out.

Without WordNet (Debian's wordnet-base, /usr/share/wordnet) the file is written with no cues and a
warning: kgviz then runs on the hand lists alone.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet_reader import KINDS, WordNet, inflections, known_cues, listed_kinds  # noqa: E402

TAGGED_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}  # cntlist.rev's ss_type digit


def tag_counts(root):
    """(pos, lemma) -> how often WordNet's tagged corpus uses the lemma in that part of speech."""
    out = {}
    with open(os.path.join(root, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, _, rest = key.partition("%")
            pos = TAGGED_POS.get(rest[:1])
            if pos:
                out[(pos, lemma)] = out.get((pos, lemma), 0) + int(count)
    return out


def root_offset(wn, sense):
    lemma, pos, n = sense.rsplit(".", 2)
    senses = wn.senses(pos, lemma.replace(" ", "_")) if pos == "v" else []
    if not senses or not n.isdigit() or not 1 <= int(n) <= len(senses):
        raise ValueError(f"{sense}: no such WordNet verb sense")
    return senses[int(n) - 1]


def below(wn, offset, depth):
    """The verb synsets from `offset` down `depth` levels of troponyms, `offset` included."""
    seen, frontier = {offset}, [offset]
    for _ in range(depth):
        deeper = []
        for o in frontier:
            for sym, target, pos, _, _ in wn.synset("v", o)[1]:
                if sym == "~" and pos == "v" and target not in seen:
                    seen.add(target)
                    deeper.append(target)
        frontier = deeper
    return seen


def reached_forms(wn, tags, roots, depth):
    """word form -> the kinds whose roots reach it."""
    reached = {}
    for kind in KINDS:
        for sense in roots.get(kind, []):
            for offset in below(wn, root_offset(wn, sense), depth):
                for word in wn.synset("v", offset)[0]:
                    key = word.replace(" ", "_")
                    if wn.senses("v", key)[:1] != [offset]:
                        continue  # not the word's own most frequent sense
                    verb = tags.get(("v", key), 0)
                    mostly_other = any(tags.get((p, key), 0) > verb for p in "nar")
                    irregular = wn.exc["v"].get(key, [])
                    for form in inflections(wn, "v", word):
                        past_or_ing = form.endswith(("ed", "ing")) or form in irregular
                        if mostly_other and not past_or_ing:
                            continue  # "barred" is an act, "bar" mostly a noun
                        form_key = form.replace(" ", "_")
                        if any(tags.get((p, form_key), 0) > verb for p in "na"):
                            continue  # "limited" is mostly an adjective, "headquarters" a place
                        reached.setdefault(form, set()).add(kind)
    return reached


def cue_lists(reached, known, skip):
    out = {kind: [] for kind in KINDS}
    for word, kinds in sorted(reached.items()):
        if len(kinds) != 1 or len(word) < 4 or word in skip or listed_kinds(known, word):
            continue
        out[next(iter(kinds))].append(word)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots")
    ap.add_argument("out")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--known", action="append", default=[])
    ap.add_argument("--depth", type=int, default=3)
    args = ap.parse_args()
    with open(args.roots, encoding="utf-8") as f:
        roots = json.load(f)
    source = ("Generated at build time by scripts/wordnet_link_cues.py from our root senses ("
              + os.path.basename(args.roots) + ") and WordNet 3.0 (Princeton University, WordNet "
              "licence; Debian package wordnet-base). Not in the repository.")
    if os.path.isfile(os.path.join(args.wordnet, "data.verb")):
        wn = WordNet(args.wordnet)
        try:
            reached = reached_forms(wn, tag_counts(args.wordnet), roots, args.depth)
        except ValueError as e:
            sys.exit(f"kgviz: {args.roots}: {e}")
        lists = cue_lists(reached, known_cues(args.known), {w.lower() for w in roots.get("skip", [])})
    else:
        print(f"kgviz: {args.wordnet}: no WordNet 3.0 here (install the Debian package "
              "wordnet-base); the WordNet cue list is empty", file=sys.stderr)
        source += " WordNet was not installed when this file was written: no cues."
        lists = {kind: [] for kind in KINDS}
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"format": "kgviz-kb/1", "source": source, **lists}, f, ensure_ascii=False,
                  indent=1)
        f.write("\n")
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
