"""Argument CheckList: invented short wire stories, each with the events it tells and who acted on whom.

Usage (from the repository root)::

    PYTHONPATH=src python bench/checklists/run_arguments.py [--file places.jsonl] [-v] [--json OUT.json]

``--file`` (or a path alone) names the CheckList; a name alone is looked up beside this script (default
``arguments.jsonl``).

Each line of ``arguments.jsonl`` is ``{"text", "events": [{"type", "source": [...], "target": [...]}]}``; an actor
is a person's name as written in the text or the ISO3 code of a state (or of one who stands for it: an official,
a ministry, "Kenyan police", a capital). All stories are extracted in one ``dateline extract`` call, one document
each, published 2024-05-15. Expected and system events of one story are paired by type, one to one, those with the
right actors first. A pair is a type hit; it is also a strict hit ("type + actors right") when every expected
source actor is on the system's source side and every expected target actor on its target side (participants
count for either side; a person by name or alias, a state by an actor whose ``country`` is it; for the symmetric
types CONSULT, AGREE and COOPERATE the sides may swap), as the strict figure of ``score_plover_gsr.py``.
Prints one block per story with a missing, spurious or wrongly argued event (every story with ``-v``), then
type and strict precision, recall and F1 over all events.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from extraction import extract_texts

HERE = Path(__file__).resolve().parent
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
STATE = re.compile(r"[A-Z]{3}")


def extract(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run ``dateline extract`` on the stories, one document each, in order."""
    return [doc or {"events": [], "entities": []} for doc in extract_texts([story["text"] for story in stories])]


def fits(actor: str, entity: dict[str, Any]) -> bool:
    """Whether a system entity is the expected actor: a state by its country, a person by name or alias."""
    if STATE.fullmatch(actor):
        return entity.get("country") == actor
    names = [entity.get("name") or ""] + list(entity.get("aliases") or [])
    return actor.casefold() in {name.casefold() for name in names}


def right(want: dict[str, Any], got: dict[str, Any], ents: dict[str, dict[str, Any]]) -> bool:
    """Whether a system event of the expected type has the expected actors on the expected sides."""
    side = {key: [ents[i] for i in got.get(key) or [] if i in ents] for key in ("source", "target", "participants")}
    source, target = side["source"] + side["participants"], side["target"] + side["participants"]

    def holds(actors: list[str], pool: list[dict[str, Any]]) -> bool:
        return all(any(fits(actor, entity) for entity in pool) for actor in actors)

    if want["type"] in SYMMETRIC:
        return holds(want["source"] + want["target"], source + target)
    return holds(want["source"], source) and holds(want["target"], target)


def pair(expected: list[dict[str, Any]], doc: dict[str, Any]) -> tuple[list[tuple[int, int, bool]], list[int]]:
    """(expected, system, actors right) pairs of one story, right ones first, and the unpaired system events."""
    ents = {entity["id"]: entity for entity in doc.get("entities") or []}
    events = doc.get("events") or []
    free = list(range(len(events)))
    pairs: dict[int, tuple[int, bool]] = {}
    for strict in (True, False):
        for k, want in enumerate(expected):
            if k in pairs:
                continue
            for i in free:
                ok = events[i]["type"] == want["type"] and right(want, events[i], ents)
                if events[i]["type"] == want["type"] and (ok or not strict):
                    pairs[k] = (i, ok)
                    free.remove(i)
                    break
    return [(k, i, ok) for k, (i, ok) in sorted(pairs.items())], free


def show(event: dict[str, Any], ents: dict[str, dict[str, Any]]) -> str:
    """One system event as TYPE source > target (+ participants) [trigger]."""
    def names(key: str) -> str:
        return ",".join(f"{ents[i]['name']}/{ents[i].get('country')}" for i in event.get(key) or [] if i in ents)
    extra = f" +{names('participants')}" if event.get("participants") else ""
    return f"{event['type']} {names('source')} > {names('target')}{extra} [{event.get('trigger')}]"


def prf(hit: int, system: int, gold: int) -> str:
    """Precision, recall and F1 as one string."""
    p, r = hit / system if system else 0.0, hit / gold if gold else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    json_out = Path(argv[argv.index("--json") + 1]) if "--json" in argv else None
    files = [a for a in argv if not a.startswith("-") and (json_out is None or Path(a) != json_out)]
    if "--file" in argv:
        files = [argv[argv.index("--file") + 1]]
    path = Path(files[0]) if files else HERE / "arguments.jsonl"
    if not path.exists() and (HERE / path).exists():
        path = HERE / path
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = system = typed = strict = 0
    results = []
    for n, (story, doc) in enumerate(zip(stories, extract(stories)), 1):
        ents = {entity["id"]: entity for entity in doc.get("entities") or []}
        events = doc.get("events") or []
        pairs, spare = pair(story["events"], doc)
        gold += len(story["events"])
        system += len(events)
        typed += len(pairs)
        strict += sum(ok for _, _, ok in pairs)
        marks = []
        paired = {k for k, _, _ in pairs}
        for k, i, ok in pairs:
            want = story["events"][k]
            marks.append(("ok    " if ok else "ARGS  ") + f"{want['type']} {','.join(want['source'])} > "
                         f"{','.join(want['target'])}" + ("" if ok else f"   got {show(events[i], ents)}"))
        for k, want in enumerate(story["events"]):
            if k not in paired:
                marks.append(f"MISS  {want['type']} {','.join(want['source'])} > {','.join(want['target'])}")
        marks += [f"EXTRA {show(events[i], ents)}" for i in spare]
        results.append({"text": story["text"], "marks": marks})
        if verbose or any(not m.startswith("ok") for m in marks):
            print(f"{n:3d} {story['text']}")
            for mark in marks:
                print("      " + mark)
    print(f"stories {len(stories)}  expected events {gold}  system events {system}")
    print(f"type   {prf(typed, system, gold)}  ({typed} paired)")
    print(f"strict {prf(strict, system, gold)}  ({strict} with actors right)")
    if json_out:
        json_out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
