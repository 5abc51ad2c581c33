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
edit the lexicon, not this file.

Events are decided in two layers. The **trigger lexicon** below holds reviewed entries: each is a
spaCy token pattern, and `requires` lists the checks made on the parse before the trigger counts
(an object that is a person, a treaty-like object, a stated date...). The **learned event
decision** (`annotate/eventcat.py`, the `dateline_events` pipeline component) then looks at every
candidate word: every lexicon match, every verb of PETRARCH2's CAMEO dictionary
(`lexicons/event_candidates.jsonl`), every trigger word of the labelled corpus (`data/events/`)
and every noun derived from those (`lexicons/derivations.tsv`). Two linear models trained by
`dateline train events` give each its type (or none) and its factuality. A lexicon trigger
stands unless the model is sure it is no event; any other candidate the model types is an event;
a lexicon entry whose `requires` fail binds the model too ("signed a decree" is no agreement).
A few constructions are coded by rule whatever the word: "X said Y must ..." is a REQUEST from X
to Y, "X said Y was a liar / had behaved irresponsibly" an ACCUSE from X to Y, "X is willing /
ready / prepared to do Z" and an undated "X will give / send" are AGREE (a commitment, as PLOVER
codes it); an undated "X will support / stand with Y" is SUPPORT (a pledge of support, OUTPUT.md
section 5). An act that is only threatened, asked or promised ("threatened to mount a
blockade") or set as a condition ("unless Y withdrew") is not told as done; nor is anything
inside what a demand, refusal or threat is about ("demanded that X equal Y's backing", "demanded
an acknowledgement that its guards fired") unless it carries its own date or relative clause, and
a crowd's own demand beside its protest ("staged a sit-in to demand ...", addressed to no one) is
the protest alone (`annotate/content.py`).

Arguments come from the dependency parse (`annotate/arguments.py`): source = subject (or the
"by" agent of a passive or a reduced relative), target = object and "with/to/against/on"
phrases (a place named by a place preposition is the location), participants = the leader of a
delegation "led by" someone; an event noun takes the subject of its support verb ("held five
hours of talks with", "issued an ultimatum to"). The person a death, an appointment, a dismissal
or an award befalls is its target. Speculation ("is expected to", "may") is not an event; a
scheduled event with a date is `planned`; a negated one is `negated` ("will not accept" is an
asserted REJECT). Every example below is run by `tests/lexicons/test_lexicons.py`.
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
