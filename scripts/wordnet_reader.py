#!/usr/bin/env python3
"""Reads WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet): synsets, sense
order, tagged-corpus counts and inflections; and the cue words of knowledge-base cue files.

Shared by scripts/wordnet_link_cues.py (the build step) and bench/cues/wordnet_cues.py (a
measurement). WordNet is read where it is installed; nothing of it is copied into the
repository (WordNet 3.0, Princeton University, WordNet licence).
"""
import json
import os

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
