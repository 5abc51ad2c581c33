"""Build ``lexicons/person_states.tsv``, ``lexicons/org_states.tsv`` and ``lexicons/intl_actors.tsv`` from PETRARCH2's
Phoenix actor dictionaries.

Reads ``../shared/resources/actors.jsonl`` (PETRARCH2 Phoenix actors, MIT; converted, see that
folder's README) and writes one line per name or variant whose dated codes all name one state:
``NAME<TAB>ISO3``. A name that two records give different states ("Bush": the United States and
the Cayman Islands) is left out, and so are one-word person names and organisation names that are
only a generic institution word ("Senate": every state with a legislature has one, so the story,
not the table, must say whose). The person table tells a
person's state when the text does not ("President George W. Bush" with no "US" in the story); the
organisation table the home state of armed groups, parties and agencies named alone ("Hezbollah",
"the Taliban"); organisations coded only as international (IGO, IMG ...) are not listed there. Those go to
the third table, ``intl_actors.tsv``: the intergovernmental bodies, NGOs and non-state armed groups that act
with no state of their own ("the United Nations", "the Red Cross", "al-Qaeda"), each with its first sector
code. Multinational firms (MNC) and media (MED) are left out: a firm or an outlet is no actor of
international relations by itself. (Rebuilding also rewrites ``org_states.tsv`` from today's state lookup.)

    python scripts/build_actor_states.py [--resources ../shared/resources]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ("# Derived from PETRARCH2 Phoenix actor dictionaries (openeventdata/petrarch2 @ 676801cd, "
          "Copyright (c) 2014 Open Event Data, MIT License); built by scripts/build_actor_states.py\n")
HEADS = {"person": "# name (upper case, letters and spaces)<TAB>ISO3\n",
         "organisation": "# name (lower case, letters, digits and spaces)<TAB>ISO3\n"}
sys.path.insert(0, str(ROOT / "src"))

from dateline.annotate.countries import org_key, state_code  # noqa: E402  (the keys the annotator looks up)
from dateline.annotate.nationality import person_key  # noqa: E402
from dateline.annotate.posts import INSTITUTIONS, LEGISLATURES  # noqa: E402

GENERIC = INSTITUTIONS | LEGISLATURES
"""Words that name an institution of any state ("senate", "parliament"): never an organisation's state alone."""


def build(resources: Path, kind: str) -> dict[str, str]:
    """Name -> state for the actors of one kind ("person" or "organisation") whose codes all name one state."""
    states: dict[str, set[str]] = collections.defaultdict(set)
    with open(resources / "actors.jsonl", encoding="utf8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("kind") != kind:
                continue
            codes = {c.get("country") for c in rec.get("codes") or []}
            if kind == "person":
                codes.discard(None)  # a person's international posts (a UN envoy) do not change their state
            if len(codes) != 1 or None in codes:
                continue  # several states, or an organisation with an international code (IGO, IMG ...)
            for name in [rec["name"], *rec.get("variants", [])]:
                if kind == "person":
                    key = person_key(name)
                    if len(key.split()) >= 2:
                        states[key] |= codes
                else:
                    key = org_key(name)
                    if key in GENERIC:
                        continue  # "Senate" alone is any state's upper house
                    if len(key) >= 3 and not state_code(name.title()):  # a state listed as its own organisation
                        states[key] |= codes
    return {k: next(iter(v)) for k, v in sorted(states.items()) if len(v) == 1}


INTL_LEFT_OUT = frozenset({"MNC", "MED"})
"""Sectors of international organisations that are no actors of the record by themselves: firms and media."""


def build_international(resources: Path) -> dict[str, str]:
    """Name -> first sector code of the organisations coded with no state (IGO, NGO, IMG ...), firms and media left
    out. The files list some officers under their organisation (a NATO commander, dated): a person's name so listed
    does no harm, since the table only keeps events whose actors it names."""
    sectors: dict[str, set[str]] = collections.defaultdict(set)
    with open(resources / "actors.jsonl", encoding="utf8") as f:
        for line in f:
            rec = json.loads(line)
            codes = rec.get("codes") or []
            if rec.get("kind") != "organisation" or not codes:
                continue
            if any(c.get("country") for c in codes):
                continue  # coded with a state: org_states.tsv
            first = next((c["sectors"][0] for c in codes if c.get("sectors")), None)
            if first is None or first in INTL_LEFT_OUT:
                continue
            for name in [rec["name"], *rec.get("variants", [])]:
                key = org_key(name)
                if len(key) >= 2 and key not in GENERIC and not state_code(name.title()):
                    sectors[key].add(first)
    return {k: sorted(v)[0] for k, v in sorted(sectors.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resources", type=Path, default=ROOT.parent / "shared" / "resources")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "lexicons")
    args = ap.parse_args()
    for kind, file in (("person", "person_states.tsv"), ("organisation", "org_states.tsv")):
        table = build(args.resources, kind)
        with open(args.out / file, "w", encoding="utf8") as f:
            f.write(NOTICE + HEADS[kind])
            for name, code in table.items():
                f.write(f"{name}\t{code}\n")
        print(f"{len(table)} {kind} names -> {args.out / file}")
    intl = build_international(args.resources)
    with open(args.out / "intl_actors.tsv", "w", encoding="utf8") as f:
        f.write(NOTICE + "# name (lower case, letters, digits and spaces)<TAB>first sector code (IGO, NGO, IMG ...)\n")
        for name, sector in intl.items():
            f.write(f"{name}\t{sector}\n")
    print(f"{len(intl)} international organisation names -> {args.out / 'intl_actors.tsv'}")


if __name__ == "__main__":
    main()
