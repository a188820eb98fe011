#!/usr/bin/env python3
"""List the countries of assets/kb/countries.json that lack their capital or
their English demonym as an alias.

The reference is the npm package `world-countries` (ODbL; capitals and English
demonyms per ISO 3166-1 country). Fetch it once, outside the repo:

    npm pack world-countries && tar xzf world-countries-*.tgz
    scripts/audit_country_aliases.py package/countries.json

The script only reports: the knowledge base is edited by hand, so that an
ambiguous capital (Georgetown: Guyana, Malaysia, the US capital's district)
can be left out with a reason. Exit status 0 always; the list is the output.
"""
import json
import sys
import unicodedata
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "assets" / "kb" / "countries.json"


def fold(text):
    """Lower case without diacritics, so `Lomé` in the reference is `Lome` here."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def reference_entry(country, reference_by_name):
    for name in [country["name"], *country.get("aliases", [])]:
        entry = reference_by_name.get(fold(name))
        if entry:
            return entry
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: audit_country_aliases.py WORLD_COUNTRIES_JSON")
    reference = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    reference_by_name = {}
    for entry in reference:
        names = [entry["name"]["common"], entry["name"]["official"], *entry.get("altSpellings", [])]
        for name in names:
            reference_by_name.setdefault(fold(name), entry)

    countries = json.loads(KB.read_text(encoding="utf-8"))["entities"]
    unmatched = []
    for country in countries:
        entry = reference_entry(country, reference_by_name)
        if entry is None:
            unmatched.append(country["id"])
            continue
        known = {fold(n) for n in [country["name"], *country.get("aliases", [])]}
        missing_capitals = [c for c in entry.get("capital", []) if fold(c) not in known]
        demonym = entry.get("demonyms", {}).get("eng", {})
        # The reference writes two demonyms in one string: "Antiguan, Barbudan", "Kittitian or Nevisian".
        forms = {f.strip() for d in demonym.values() for f in d.replace(" or ", ",").split(",")}
        missing_demonyms = sorted(f for f in forms if f and fold(f) not in known)
        if missing_capitals or missing_demonyms:
            print(f"{country['id']}: capital {missing_capitals or '-'}; demonym {missing_demonyms or '-'}")
    if unmatched:
        print("not in the reference:", ", ".join(unmatched))


if __name__ == "__main__":
    main()
