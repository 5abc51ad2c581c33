"""Build ``src/dateline/lexicons/person_states.tsv`` from PETRARCH2's Phoenix actor dictionaries.

Reads ``../shared/resources/actors.jsonl`` (PETRARCH2 Phoenix actors, MIT; converted, see that
folder's README) and writes one line per person name or variant whose dated codes all name one
state: ``NAME<TAB>ISO3``. A name that two records give different states ("Bush": the United
States and the Cayman Islands) is left out, and so are one-word names. The lexicon tells a person's
state when the text does not ("President George W. Bush" with no "US" in the story).

    python scripts/build_person_states.py [--resources ../shared/resources]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ("# Derived from PETRARCH2 Phoenix actor dictionaries (openeventdata/petrarch2 @ 676801cd, "
          "Copyright (c) 2014 Open Event Data, MIT License); built by scripts/build_person_states.py\n"
          "# name (upper case, letters and spaces)<TAB>ISO3\n")
sys.path.insert(0, str(ROOT / "src"))

from dateline.annotate.nationality import person_key as norm  # noqa: E402  (the key the annotator looks up)


def build(resources: Path) -> dict[str, str]:
    states: dict[str, set[str]] = collections.defaultdict(set)
    with open(resources / "actors.jsonl", encoding="utf8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("kind") != "person":
                continue
            codes = {c["country"] for c in rec.get("codes") or [] if c.get("country")}
            if len(codes) != 1:
                continue
            for name in [rec["name"], *rec.get("variants", [])]:
                key = norm(name)
                if len(key.split()) >= 2:
                    states[key] |= codes
    return {k: next(iter(v)) for k, v in sorted(states.items()) if len(v) == 1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resources", type=Path, default=ROOT.parent / "shared" / "resources")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "lexicons" / "person_states.tsv")
    args = ap.parse_args()
    table = build(args.resources)
    with open(args.out, "w", encoding="utf8") as f:
        f.write(NOTICE)
        for name, code in table.items():
            f.write(f"{name}\t{code}\n")
    print(f"{len(table)} person names -> {args.out}")


if __name__ == "__main__":
    main()
