"""Write docs/events.md from lexicons/event_triggers.jsonl, so the analyst's view of the coder is the coder.

usage: python scripts/make_events_doc.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.lexicons import load  # noqa: E402
from dateline.model import EVENT_TYPES  # noqa: E402

INTRO = """# How dateline codes events

Generated from `src/dateline/lexicons/event_triggers.jsonl` by `scripts/make_events_doc.py`;
edit the lexicon, not this file. Each trigger is a spaCy token pattern; `requires` lists the
checks made on the parse before the trigger counts (an object that is a person, a treaty-like
object, a stated date...). Arguments come from the dependency parse (`annotate/arguments.py`):
source = subject (or the "by" agent of a passive), target = object and "with/to/against/on"
phrases, participants = the leader of a delegation "led by" someone. Speculation ("is expected
to", "may", "plans to") is not an event; a scheduled event with a date is `planned`; a negated
one is `negated`. Every example below is run by `tests/lexicons/test_lexicons.py`.
"""


def _pattern(pattern: list[dict[str, object]]) -> str:
    parts = []
    for tok in pattern:
        spec = tok.get("LEMMA") or tok.get("LOWER") or tok.get("TEXT")
        if isinstance(spec, dict):
            words = "/".join(spec.get("IN", []))  # type: ignore[arg-type]
        elif spec:
            words = str(spec)
        else:
            words = "…"
        if tok.get("OP"):
            words = f"[{words}]"
        parts.append(words)
    return " ".join(parts)


def render() -> str:
    by_type: dict[str, list[dict[str, object]]] = defaultdict(list)
    for entry in load("event_triggers"):
        by_type[str(entry["label"])].append(entry)
    out = [INTRO]
    for label in EVENT_TYPES:
        entries = by_type.get(label, [])
        out.append(f"\n## {label}\n")
        if not entries:
            out.append("No trigger yet.\n")
            continue
        out.append("| trigger | mode | requires | example |\n| --- | --- | --- | --- |\n")
        for e in entries:
            req = ", ".join(sorted(e.get("requires", {}))) or ""  # type: ignore[arg-type]
            example = str(e["examples"][0]).replace("|", "\\|")  # type: ignore[index]
            out.append(f"| {_pattern(e['pattern'])} | {e.get('mode') or ''} | {req} | {example} |\n")  # type: ignore[arg-type]
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when docs/events.md is out of date")
    args = ap.parse_args()
    target = ROOT / "docs" / "events.md"
    text = render()
    if args.check:
        return 0 if target.exists() and target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
