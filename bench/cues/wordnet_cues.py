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
(docs/extraction.md, "Cue vocabulary on unseen text"), so no such list ships. WordNet 3.0 is
read from the Debian package wordnet-base (/usr/share/wordnet; WordNet licence).
"""
import argparse
import json
import os
import sys

KINDS = ("cooperation", "tension", "meeting")
POS = {"v": "verb", "n": "noun", "a": "adj"}
NOUN_PERSON = 18  # WordNet's lexicographer file noun.person


class WordNet:
    def __init__(self, root):
        self.root = root
        self.index = {p: self._index(p) for p in POS}
        self.exc = {p: self._exc(p) for p in ("v", "n")}
        self.exc_lemmas = {}  # verb form -> its lemmas
        for lemma, forms in self.exc["v"].items():
            for form in forms:
                self.exc_lemmas.setdefault(form, []).append(lemma)
        self.files = {}
        self.tags = {}  # (pos, lemma) -> times its senses were tagged in the SemCor corpus
        with open(self._path("cntlist.rev"), encoding="latin-1") as f:
            for line in f:
                key, _, count = line.split()
                lemma, _, rest = key.partition("%")
                pos = {"1": "n", "2": "v"}.get(rest[:1])
                if pos:
                    self.tags[(pos, lemma)] = self.tags.get((pos, lemma), 0) + int(count)

    def mostly_verb(self, lemma):
        """Whether WordNet's tagged corpus uses the lemma more as a verb than as a noun."""
        return self.tags.get(("v", lemma), 0) > self.tags.get(("n", lemma), 0)

    def _path(self, name):
        return os.path.join(self.root, name)

    def _index(self, pos):
        out = {}
        with open(self._path("index." + POS[pos]), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                pointers = int(p[3])
                out[p[0]] = p[4 + pointers + 2:]
        return out

    def _exc(self, pos):
        """lemma -> inflected forms WordNet lists as irregular."""
        out = {}
        with open(self._path(POS[pos] + ".exc"), encoding="latin-1") as f:
            for line in f:
                form, *lemmas = line.split()
                for lemma in lemmas:
                    out.setdefault(lemma, []).append(form)
        return out

    def synset(self, pos, offset):
        """(words, pointers, lexicographer file): pointers are (symbol, offset, pos, source
        word, target word)."""
        f = self.files.get(pos)
        if f is None:
            f = self.files[pos] = open(self._path("data." + POS[pos]), encoding="latin-1")
        f.seek(int(offset))
        p = f.readline().split(" | ")[0].split()
        count = int(p[3], 16)
        words = [p[4 + 2 * i].lower() for i in range(count)]
        words = [(w[:w.index("(")] if "(" in w else w).replace("_", " ") for w in words]
        i = 4 + 2 * count
        pointers = []
        for _ in range(int(p[i])):
            sym, off, ptr_pos, st = p[i + 1:i + 5]
            pointers.append((sym, off, "a" if ptr_pos == "s" else ptr_pos, int(st[:2], 16), int(st[2:], 16)))
            i += 4
        return words, pointers, int(p[1])

    def senses(self, pos, lemma):
        return self.index[pos].get(lemma, [])

    def dominant(self, pos, lemma, offset):
        """Whether the synset at offset is the lemma's most frequent sense in that part of speech."""
        s = self.senses(pos, lemma)
        return bool(s) and s[0] == offset


def inflections(wn, pos, lemma):
    """The lemma and its inflected forms: verbs -s, -ed, -ing (of the first word of a phrasal
    verb); nouns the plural. A verb that is also a noun keeps only -ed and -ing: "forces" and
    "offers" are more often nouns than acts."""
    if pos == "v" and " " in lemma:
        head, rest = lemma.split(" ", 1)
        return {f + " " + rest for f in inflections(wn, pos, head)}
    irregular = wn.exc.get(pos, {}).get(lemma, [])
    forms = {lemma, *irregular}
    if " " in lemma or "-" in lemma:
        return forms
    if pos == "v" and lemma in wn.index["n"]:
        return {f for f in _verb_forms(lemma, irregular) if f.endswith(("ed", "ing")) or f in irregular}
    if pos == "n":
        if not irregular and not lemma.endswith("s"):
            forms.add(_s_form(lemma))
        return forms
    if pos != "v":
        return forms
    return _verb_forms(lemma, irregular)


def _s_form(lemma):
    """The plural of a noun, or the third person of a verb: the same spelling rules."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _verb_forms(lemma, irregular):
    vowels = "aeiou"
    forms = {lemma, *irregular, _s_form(lemma)}
    doubled_ing = lemma + lemma[-1] + "ing" in irregular  # "cutting": "cut" is its own past
    if not doubled_ing and not any(f.endswith("ed") or f[-1] not in "sg" for f in irregular if f != lemma):
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
            forms.add(lemma[:-1] + "ied")
        else:
            forms.add(lemma + "ed")
    if not any(f.endswith("ing") for f in irregular):
        if lemma.endswith("ie"):
            forms.add(lemma[:-2] + "ying")
        elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            forms.add(lemma[:-1] + "ing")
        else:
            forms.add(lemma + "ing")
    return forms


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


def known_cues(paths):
    """cue -> kinds, from knowledge-base cue files (a trailing * stands for any ending)."""
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for kind in KINDS:
            for cue in doc.get(kind, []):
                out.setdefault(cue.lower(), set()).add(kind)
    return out


def listed_kinds(known, word):
    kinds = set(known.get(word, set()))
    for cue, ks in known.items():
        if cue.endswith("*") and word.startswith(cue[:-1]):
            kinds |= ks
    return kinds


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
