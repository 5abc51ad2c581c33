"""Date CheckList: invented short wire stories, each with the events it tells and the interval each should get.

Usage (from the repository root)::

    PYTHONPATH=src python bench/checklists/run_dates.py [--file dates2.jsonl] [-v]

``--file`` names the CheckList (a name alone is looked up beside this script; default ``dates.jsonl``, the first
list; ``dates2.jsonl`` is the second, on date scope: pluperfect background after a dated lead, occasions dated
elsewhere in the story, a story's day moving on, reported speech with two times, plans and deadlines, standing
states, month names near the new year). Each line of a CheckList is
``{"text", "events": [{"type", "start", "end"}], "published"?}`` (publication 2024-05-15, a Wednesday, unless the
line says otherwise). Every story is extracted as one document; an expected
event matches a system event of its type (one to one, right dates first), and its date is right when the system
interval lies inside the expected one (the rule of ``score.py``). Prints one line per story with a wrong or missing
date (every story with ``-v``), then the totals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from extraction import PUBLISHED, extract_texts

HERE = Path(__file__).resolve().parent


def extract(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run ``dateline extract`` on the stories, one document each, in order."""
    days = [story.get("published", PUBLISHED) for story in stories]
    docs = extract_texts([story["text"] for story in stories], days)
    return [doc or {"events": []} for doc in docs]


def inside(system: dict[str, Any] | None, start: str, end: str) -> bool:
    """Whether a system date interval lies inside the expected one."""
    return bool(system and system.get("start") and system.get("end")
                and start <= system["start"] and system["end"] <= end)


def pair(expected: list[dict[str, str]], events: list[dict[str, Any]]) -> list[tuple[dict[str, str], Any]]:
    """Pair expected events with system events of their type: those it dates right first, then any left."""
    free = list(range(len(events)))
    pairs: dict[int, Any] = {}
    for right_only in (True, False):
        for k, want in enumerate(expected):
            if k in pairs:
                continue
            for i in free:
                got = events[i]
                right = not right_only or inside(got.get("date"), want["start"], want["end"])
                if got["type"] == want["type"] and right:
                    pairs[k] = got
                    free.remove(i)
                    break
    return [(want, pairs.get(k)) for k, want in enumerate(expected)]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    if "--file" in argv:
        names = [argv[argv.index("--file") + 1]]
    path = Path(names[0]) if names else HERE / "dates.jsonl"
    if not path.exists() and (HERE / path).exists():
        path = HERE / path
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = wrong = missing = 0
    for n, (story, doc) in enumerate(zip(stories, extract(stories)), 1):
        marks = []
        for want, got in pair(story["events"], doc.get("events", [])):
            span = want["start"] if want["start"] == want["end"] else f"{want['start']}..{want['end']}"
            if got is None:
                missing += 1
                marks.append(f"MISSING {want['type']} {span}")
                continue
            date = got.get("date") or {}
            if inside(date, want["start"], want["end"]):
                right += 1
                marks.append(f"ok {want['type']} {span}")
            else:
                wrong += 1
                marks.append(f"WRONG {want['type']} want {span} got {date.get('start')}..{date.get('end')}"
                             f" ({date.get('text')!r}, trigger {got.get('trigger')!r})")
        if verbose or any(not m.startswith("ok") for m in marks):
            print(f"{n:3d} {story['text'][:100]}")
            for mark in marks:
                print("      " + mark)
    total = right + wrong + missing
    print(f"stories {len(stories)}  expected events {total}  right dates {right}  wrong {wrong}  missing {missing}"
          f"  (right/matched {right}/{right + wrong})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
