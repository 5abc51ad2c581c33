"""Run a trigger CheckList (``triggers.tsv`` by default) and print its hits, misses and false alarms.

Each line is one document (published 2024-05-15). A TYPE line is a hit when an event of that type comes out; a
NONE line is a false alarm when any event comes out. A line the cleaner finds no article in (a short question)
is counted apart as an error, neither hit nor false alarm. Two lists: ``triggers.tsv`` (one wording per line for
each type) and ``near_misses.tsv`` (event words in a sense that is no event: science, culture, sport, business,
private life, weather, figures of speech, habits, questions; with typed lines of the same words as events, so that
a veto can be checked not to lose them). Usage, from the repository root:
``PYTHONPATH=src python bench/checklists/run.py [--file near_misses.tsv] [--all] [--json OUT.json]``
(``--all`` prints hits too).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extraction import extract_texts

HERE = Path(__file__).resolve().parent


def load(path: Path) -> list[tuple[str, str]]:
    """The (type, sentence) rows of a CheckList file, comments left out."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, sentence = line.split("\t", 1)
            rows.append((kind, sentence))
    return rows


def extract(sentences: list[str]) -> list[list[str] | None]:
    """The event types ``dateline extract`` gives for each sentence, read as the body of its own story (None when
    the document failed)."""
    return [[event["type"] for event in doc["events"]] if "events" in doc else None for doc in extract_texts(sentences)]


def main() -> None:
    """Print one line per failure (or per row with ``--all``) and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=HERE / "triggers.tsv")
    parser.add_argument("--all", action="store_true", help="print hits too")
    parser.add_argument("--json", type=Path, help="write the per-row results here")
    args = parser.parse_args()
    if not args.file.exists() and (HERE / args.file).exists():
        args.file = HERE / args.file
    rows = load(args.file)
    docs = extract([sentence for _, sentence in rows])
    hits = misses = alarms = errors = 0
    results = []
    for (kind, sentence), events in zip(rows, docs):
        if events is None:
            errors += 1
            results.append({"type": kind, "sentence": sentence, "found": None, "ok": None})
            print("ER ", f"{kind:9}", sentence, "| no article")
            continue
        found = sorted(set(events))
        ok = (not found) if kind == "NONE" else kind in found
        if kind == "NONE":
            alarms += not ok
        else:
            hits += ok
            misses += not ok
        results.append({"type": kind, "sentence": sentence, "found": found, "ok": ok})
        if args.all or not ok:
            print("ok " if ok else ("FA " if kind == "NONE" else "-- "), f"{kind:9}", sentence, "|", " ".join(found))
    events_rows = sum(kind != "NONE" for kind, _ in rows)
    print(f"hits {hits}/{events_rows}  misses {misses}  false alarms {alarms}/{len(rows) - events_rows}"
          + (f"  errors {errors}" if errors else ""))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
