#!/usr/bin/env python3
"""List the countries of assets/kb/countries.json with no current head of state or government
in assets/kb/leaders.json: no leader of theirs whose role names a head's post with "since".

A report for whoever audits the knowledge base (docs/knowledge-base.md); exit status 0 always.
"""
import json
import re
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "assets" / "kb"
HEAD_SINCE = re.compile(
    r"(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|"
    r"General Secretary|Chief Adviser|Crown Prince|Taoiseach|Chairman)[^;]*since"
)


def main():
    countries = json.loads((KB / "countries.json").read_text(encoding="utf-8"))["entities"]
    leaders = json.loads((KB / "leaders.json").read_text(encoding="utf-8"))["entities"]
    headed = {e["affiliation"] for e in leaders if HEAD_SINCE.search(e.get("role", ""))}
    missing = [c["id"] for c in countries if c["id"] not in headed]
    print(f"{len(missing)} states with no current head:", " ".join(missing))


if __name__ == "__main__":
    main()
