#!/usr/bin/env python3
"""Would the Link Grammar parser decide pair kinds? (issue #19, item 1)

For every gold cooperation/tension/meeting relation that kgviz finds (the passage that holds the
gold phrase, as score_relations.py matches it), parse the passage with link_parse_dump and read
the two entities' roles from the first linkage: subject (S link, through SJ coordination and
auxiliaries), object (O), object of a preposition (J) after a verb (MV) or after the verb's object
noun (M: "signed a deal with X"), passive agent ("was condemned by X"). When one entity is the
actor and the other the recipient of one verb, the parser decides the pair: the kind of the cue
among that verb, its object noun and the preposition's noun (assets/kb/link_cues*.json); a verb
with a negation (N link) turns cooperation into tension. Two conjuncts of one subject or object
decide cooperation for a one-sided act (a tension or cooperation cue) and the cue's kind for a
meeting. Prints coverage, accuracy against the gold, against kgviz's shallow rules, and the
parse cost per sentence over every passage of the graph (not only the gold ones).

usage: link_grammar_eval.py DUMPER GRAPH.json GOLD_DIR [GRAPH.json GOLD_DIR ...]
       [--seconds S] [--linkages N] [--errors]
"""
import argparse, json, os, re, subprocess, sys, statistics

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
from score import norm, load_gold, file_key, keys_of  # noqa: E402

ROOT = os.path.join(HERE, "..", "..")


def load_cues():
    cues = {}
    for f in ("link_cues.json", "link_cues_cameo.json"):
        d = json.load(open(os.path.join(ROOT, "assets", "kb", f), encoding="utf-8"))
        for kind in ("cooperation", "tension", "meeting"):
            for w in d.get(kind, []):
                cues.setdefault(w.lower(), kind)
    return cues


CUES = load_cues()
NEGATORS = {"not", "n't", "never", "no"}


def cue_kind(word):
    w = word.lower()
    if w in CUES:
        return CUES[w]
    for c, k in CUES.items():
        if c.endswith("*") and w.startswith(c[:-1]):
            return k
    return None


def parse_all(dumper, sentences, seconds, linkages):
    out = subprocess.run([dumper, str(seconds), str(linkages)], input="\n".join(sentences) + "\n",
                         capture_output=True, text=True, check=True).stdout
    parses = []
    for line in out.splitlines():
        f = line.split(" ", 4)
        if f[0] == "S":
            parses.append({"ms": float(f[2]), "nulls": int(f[3]), "timeout": f[5] == "1" if len(f) > 5 else
                           line.split()[5] == "1", "words": [], "links": []})
        elif f[0] == "W":
            parses[-1]["words"].append((int(f[2]), int(f[3]), f[4]))
        elif f[0] == "L":
            g = line.split()
            parses[-1]["links"].append((int(g[1]), int(g[2]), g[3]))
    return parses


def lemma(w):
    return re.sub(r"[.\[].*$", "", w)


def roles(parse, start, end):
    """(role, verb word index, cue words) for the mention at bytes [start, end) of the passage."""
    words, links = parse["words"], parse["links"]
    heads = [i for i, (s, e, _) in enumerate(words) if s < end and e > start and e > s]
    if not heads:
        return []
    w = heads[-1]
    left = {}  # word -> [(other, label)] where word is the left end
    right = {}
    for l, r, lab in links:
        left.setdefault(l, []).append((r, lab))
        right.setdefault(r, []).append((l, lab))
    # climb coordination: "China and Russia" -> "and"
    seen = {w}
    frontier = [w]
    while frontier:
        x = frontier.pop()
        for l, lab in right.get(x, []):
            if lab.startswith("SJ") and l not in seen:
                seen.add(l); frontier.append(l)
        for r, lab in left.get(x, []):
            if lab.startswith("SJ") and r not in seen:
                seen.add(r); frontier.append(r)
    conj = [x for x in seen if x != w and lemma(words[x][2]).lower() in ("and", "or")]

    def verb_chain(v):  # auxiliaries to main verbs: has signed, was condemned, agreed to sign
        chain, todo = [v], [v]
        while todo:
            x = todo.pop()
            for r, lab in left.get(x, []):
                if re.match(r"(PP|Pv|Pg|I|TO|VJ|Pa)", lab) and r not in chain:
                    chain.append(r); todo.append(r)
        return chain

    out = []
    for x in seen:
        for r, lab in left.get(x, []):
            if lab.startswith("S") and not lab.startswith(("SJ", "SF")):
                chain = verb_chain(r)
                passive = any(lab2.startswith("Pv") for c in chain for _, lab2 in left.get(c, []))
                for v in chain:
                    out.append(("patient" if passive else "agent", v, conj))
        for l, lab in right.get(x, []):
            if lab.startswith("O"):
                out.append(("patient", l, conj))
            if lab.startswith("J"):  # x is the object of preposition l
                prep = lemma(words[l][2]).lower()
                for h, lab2 in right.get(l, []):
                    if lab2.startswith("MV"):
                        out.append(("agent" if prep == "by" else "patient", h, conj))
                    elif lab2.startswith("M"):  # "a deal with X": the noun h, object of a verb
                        for v, lab3 in right.get(h, []):
                            if lab3.startswith("O"):
                                out.append(("patient", v, conj + [h]))
    return out


def verb_kind(parse, v, extra):
    words, links = parse["words"], parse["links"]
    cands = [v] + list(extra) + [r for l, r, lab in links if l == v and lab.startswith("O")]
    negated = any(l == v and lemma(words[r][2]).lower() in NEGATORS for l, r, _ in links) or \
        any(r == v and lemma(words[l][2]).lower() in NEGATORS for l, r, _ in links)
    for c in cands:
        k = cue_kind(lemma(words[c][2]))
        if k:
            if negated:
                return "tension" if k == "cooperation" else None
            return k
    return None


def decide(parse, ma, mb):
    ra = roles(parse, *ma)
    rb = roles(parse, *mb)
    for role_a, va, conj_a in ra:
        for role_b, vb, conj_b in rb:
            if va != vb:
                continue
            if role_a != role_b:
                return verb_kind(parse, va, [])
            shared = set(conj_a) & set(conj_b)
            if shared:
                k = verb_kind(parse, va, [])
                if k:
                    return "meeting" if k == "meeting" else "cooperation"
    # the verb's object noun holds the prepositional phrase: "signed a deal with X"
    for role_a, va, conj_a in ra:
        for role_b, vb, conj_b in rb:
            if va == vb and role_a != role_b:
                continue
    return None


def gold_passages(graph, gold_dir):
    g = json.load(open(graph, encoding="utf-8"))
    gold = load_gold(gold_dir)
    docs = {d["id"]: d for d in g["documents"]}
    raw = {i: d.get("text", "").encode("utf-8") for i, d in docs.items()}
    doc_of_key = {file_key(d.get("path", i)): i for i, d in docs.items()}
    ent_keys, mentions = {}, {}
    for ent in g["entities"]:
        for m in ent.get("mentions", []):
            s = raw[m["doc"]][m["start"]:m["end"]].decode("utf-8", "replace")
            ent_keys.setdefault((m["doc"], ent["id"]), {norm(ent.get("name", ""))}).add(norm(s))
            mentions.setdefault((m["doc"], ent["id"]), []).append((m["start"], m["end"]))
    links_by_doc, all_passages = {}, {}
    for l in g["links"]:
        for ev in l.get("evidence", []):
            links_by_doc.setdefault(ev["doc"], []).append((l, ev))
            all_passages[(ev["doc"], ev["start"])] = ev["text"]
    cases = []
    for fk, gd in sorted(gold.items()):
        did = doc_of_key.get(fk)
        gents = {e["name"]: keys_of(e) for e in gd.get("entities", [])}
        for r in gd.get("relations", []):
            if r.get("kind") not in ("cooperation", "tension", "meeting"):
                continue
            ka, kb = gents.get(r["a"], {norm(r["a"])}), gents.get(r["b"], {norm(r["b"])})
            ida = {e for (d, e), ks in ent_keys.items() if d == did and ks & ka}
            idb = {e for (d, e), ks in ent_keys.items() if d == did and ks & kb}
            phrase = norm(r.get("evidence", ""))
            best = None
            for l, ev in links_by_doc.get(did, []):
                s, t = l["source"], l["target"]
                if not ((s in ida and t in idb) or (s in idb and t in ida)):
                    continue
                if phrase and phrase in norm(ev["text"]):
                    k = ev.get("kind") or l.get("kind")
                    if best is None or k == r["kind"]:
                        best = (k, ev, s, t)
            if best is None:
                continue
            k, ev, s, t = best

            def local(e):
                return [(a - ev["start"], b - ev["start"]) for a, b in mentions.get((did, e), [])
                        if a >= ev["start"] and b <= ev["end"]]
            cases.append({"file": fk, "gold": r["kind"], "shallow": k, "text": ev["text"],
                          "a": local(s), "b": local(t), "pair": f"{r['a']} -- {r['b']}"})
    return cases, list(all_passages.values())


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dumper"); ap.add_argument("pairs", nargs="+")
    ap.add_argument("--seconds", type=int, default=1); ap.add_argument("--linkages", type=int, default=100)
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    for graph, gold_dir in zip(a.pairs[::2], a.pairs[1::2]):
        cases, passages = gold_passages(graph, gold_dir)
        texts = [c["text"].replace("\n", " ") for c in cases]
        parses = parse_all(a.dumper, texts, a.seconds, a.linkages)
        decided = right = shallow_right = gain = loss = 0
        for c, p in zip(cases, parses):
            k = None
            for ma in c["a"]:
                for mb in c["b"]:
                    k = k or decide(p, ma, mb)
            shallow_right += c["shallow"] == c["gold"]
            if k:
                decided += 1
                right += k == c["gold"]
                gain += k == c["gold"] and c["shallow"] != c["gold"]
                loss += k != c["gold"] and c["shallow"] == c["gold"]
                if a.errors and k != c["gold"]:
                    print(f"  WRONG {c['file']}: {c['pair']}: gold {c['gold']}, parser {k}, "
                          f"shallow {c['shallow']}: {c['text'][:110]}")
            elif a.errors and c["shallow"] != c["gold"]:
                print(f"  UNDECIDED {c['file']}: {c['pair']}: gold {c['gold']}, shallow {c['shallow']}: "
                      f"{c['text'][:110]}")
        n = len(cases)
        print(f"{gold_dir}: gold c/t/m relations found {n}; shallow rules right {shallow_right} "
              f"({shallow_right / n:.3f}); parser decides {decided} ({decided / n:.3f}), right {right} "
              f"({right / max(decided, 1):.3f} of those); shallow wrong and parser right {gain}, "
              f"shallow right and parser wrong {loss}")
        allp = parse_all(a.dumper, [t.replace("\n", " ") for t in passages], a.seconds, a.linkages)
        ms = [p["ms"] for p in allp]
        words = sum(len(t.split()) for t in passages)
        print(f"  cost over all {len(allp)} passages ({words / len(allp):.1f} words each): "
              f"p50 {pct(ms, .5):.1f} ms, p95 {pct(ms, .95):.1f} ms, max {max(ms):.1f} ms, "
              f"total {sum(ms) / 1000:.2f} s; timed out {sum(p['timeout'] for p in allp)}, "
              f"no complete linkage {sum(p['nulls'] != 0 for p in allp)}")


if __name__ == "__main__":
    main()
