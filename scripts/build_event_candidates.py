"""Build ``src/dateline/lexicons/event_candidates.jsonl`` from PETRARCH2's CAMEO verb dictionary.

Reads ``../shared/resources/plover_verbs.jsonl`` (PETRARCH2 ``CAMEO.2.0.txt``, MIT, converted
with the CAMEO->PLOVER map; see that folder's README) and writes one line per verb or phrasal
verb: the event types its dictionary lines give (with how many lines give each) and the object
nouns of its one-word patterns with the type each gives. The event model reads these as
*candidate* features, never as decisions: CAMEO's senses are broad ("attack" is ACCUSE in 34
lines, ASSAULT in 20), and the learned decision picks one from the sentence.

    python scripts/build_event_candidates.py [--resources ../shared/resources]

Deterministic (sorted output); the MIT notice of PETRARCH2 is kept in the lexicon's header line.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ("Derived from PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2 @ 676801cd, "
          "Copyright (c) 2014 Open Event Data, MIT License) with the CAMEO->PLOVER map; "
          "built by scripts/build_event_candidates.py")


def build(resources: Path) -> list[dict[str, object]]:
    types: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    modes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    nouns: dict[str, dict[str, collections.Counter[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(collections.Counter))
    with open(resources / "plover_verbs.jsonl", encoding="utf8") as f:
        for line in f:
            rec = json.loads(line)
            kind, typ = rec.get("kind"), rec.get("dateline_type")
            if kind not in ("verb", "pattern") or not typ:
                continue
            phrase = (rec.get("phrase") or rec.get("lemma") or "").lower().strip()
            if not phrase or not phrase.replace(" ", "").replace("-", "").isalpha():
                continue
            types[phrase][typ] += 1
            if rec.get("dateline_mode"):
                modes[phrase][f"{typ}:{rec['dateline_mode']}"] += 1
            for noun in (rec.get("post") or {}).get("nouns") or []:
                if noun.isalpha():
                    nouns[phrase][noun.lower()][typ] += 1
    out: list[dict[str, object]] = []
    for phrase in sorted(types):
        entry: dict[str, object] = {"lemma": phrase, "types": dict(sorted(types[phrase].items()))}
        if modes[phrase]:
            entry["modes"] = dict(sorted(modes[phrase].items()))
        objs = {n: c.most_common(1)[0][0] for n, c in sorted(nouns[phrase].items())}
        if objs:
            entry["objects"] = objs
        out.append(entry)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resources", type=Path, default=ROOT.parent / "shared" / "resources")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "lexicons" / "event_candidates.jsonl")
    args = ap.parse_args()
    entries = build(args.resources)
    with open(args.out, "w", encoding="utf8") as f:
        f.write(json.dumps({"notice": NOTICE}) + "\n")
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"{len(entries)} candidate verbs -> {args.out}")


if __name__ == "__main__":
    main()
