"""Read and check the labelled event corpus (``data/events/``): one sentence per line, its event mentions.

The format and the labelling decisions are in ``data/events/GUIDE.md``. This module needs
only the standard library, so a labeller can check a file before anything is installed::

    python src/dateline/train/corpus.py data/events/sentences/*.jsonl

Each mention's trigger and argument spans are located in the sentence here (the labeller writes
exact substrings, not offsets), so a mention that does not fit its sentence is refused with
the file, line and reason.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "APPOINT", "DISMISS", "DIE", "AWARD")
FACTUALITY = ("asserted", "planned", "negated", "hypothetical", "not_event")
TOPICS = ("diplomacy", "conflict", "politics", "justice", "protest", "economy", "aid", "biography", "business",
          "sports", "culture", "science", "other")
ROLES = ("source", "target", "participants")


class CorpusError(ValueError):
    """A corpus line that does not follow the guide (file, line and reason in the message)."""


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument span: its text, character offsets in the sentence and its state (ISO3 or None)."""

    text: str
    start: int
    end: int
    state: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """One labelled event mention or event-like candidate."""

    trigger: str
    start: int
    end: int
    type: str
    mode: str | None
    factuality: str
    source: tuple[Arg, ...] = ()
    target: tuple[Arg, ...] = ()
    participants: tuple[Arg, ...] = ()
    time: str | None = None

    @property
    def is_event(self) -> bool:
        """Whether the mention is an event to code (asserted, planned or negated)."""
        return self.factuality in ("asserted", "planned", "negated")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One corpus sentence with its mentions."""

    id: str
    text: str
    topic: str
    mentions: tuple[Mention, ...] = field(default=())
    file: str = ""


def _find(text: str, needle: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(needle, start + 1)
        if start < 0:
            raise CorpusError(f"{where}: {needle!r} is not in the sentence")
    return start, start + len(needle)


def _args(text: str, raw: Any, where: str) -> tuple[Arg, ...]:
    if not isinstance(raw, list):
        raise CorpusError(f"{where}: expected a list of {{text, state}}")
    out = []
    for item in raw:
        if isinstance(item, str):
            item = {"text": item, "state": None}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"]:
            raise CorpusError(f"{where}: an argument needs a non-empty text")
        state = item.get("state")
        if state is not None and not (isinstance(state, str) and len(state) == 3 and state.isupper()):
            raise CorpusError(f"{where}: state {state!r} is not an ISO3 code or null")
        start, end = _find(text, item["text"], int(item.get("occurrence", 1)), where)
        out.append(Arg(item["text"], start, end, state))
    return tuple(out)


def parse_line(raw: dict[str, Any], where: str) -> Sentence:
    """One JSON object -> a checked ``Sentence``; raises ``CorpusError`` naming ``where``."""
    for key in ("id", "text", "events"):
        if key not in raw:
            raise CorpusError(f"{where}: missing {key!r}")
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: empty text")
    topic = raw.get("topic", "other")
    if topic not in TOPICS:
        raise CorpusError(f"{where}: topic {topic!r} is not one of {', '.join(TOPICS)}")
    mentions = []
    for i, ev in enumerate(raw["events"] or []):
        at = f"{where} event {i + 1}"
        if ev.get("type") not in TYPES:
            raise CorpusError(f"{at}: type {ev.get('type')!r} is not one of the 20 types")
        if ev.get("factuality") not in FACTUALITY:
            raise CorpusError(f"{at}: factuality {ev.get('factuality')!r} is not one of {', '.join(FACTUALITY)}")
        trig = ev.get("trigger")
        if not isinstance(trig, str) or not trig.strip() or len(trig.split()) > 4:
            raise CorpusError(f"{at}: trigger must be one to four words")
        start, end = _find(text, trig, int(ev.get("occurrence", 1)), at)
        time = ev.get("time")
        if time is not None:
            _find(text, time, 1, at + " time")
        mode = ev.get("mode") or None
        source, target, participants = (_args(text, ev.get(role) or [], f"{at} {role}") for role in ROLES)
        mentions.append(Mention(trig, start, end, ev["type"], mode, ev["factuality"], source, target, participants,
                                time))
    return Sentence(str(raw["id"]), text, topic, tuple(mentions))


def read(paths: Iterable[Path]) -> Iterator[Sentence]:
    """Every sentence of the given files (folders are read for ``*.jsonl``), checked; ids must be unique."""
    seen: set[str] = set()
    files: list[Path] = []
    for path in paths:
        files += sorted(Path(path).glob("*.jsonl")) if Path(path).is_dir() else [Path(path)]
    for path in files:
        with open(path, encoding="utf8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{where}: not JSON ({exc})") from None
                sent = parse_line(raw, where)
                if sent.id in seen:
                    raise CorpusError(f"{where}: id {sent.id!r} is used twice")
                seen.add(sent.id)
                yield Sentence(sent.id, sent.text, sent.topic, sent.mentions, str(path))


def summary(sentences: list[Sentence]) -> str:
    """Counts a labeller wants to see: sentences, with no event, mentions per type and factuality."""
    types = Counter(m.type for s in sentences for m in s.mentions if m.is_event)
    facts = Counter(m.factuality for s in sentences for m in s.mentions)
    none = sum(1 for s in sentences if not any(m.is_event for m in s.mentions))
    lines = [f"{len(sentences)} sentences, {none} with no event ({none / max(1, len(sentences)):.0%})",
             "events by type: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
             "mentions by factuality: " + ", ".join(f"{f} {facts[f]}" for f in FACTUALITY)]
    return "\n".join(lines)


def agreement(first: list[Sentence], second: list[Sentence]) -> dict[str, float]:
    """Inter-annotator agreement on the sentences both labelled, events only (asserted, planned, negated).

    ``span_F1``: event mentions whose triggers overlap, one annotator taken as gold; ``type_F1``: the
    same with equal types; ``sentence_agreement``: whether a sentence holds an event at all.
    """
    by_id = {s.id: s for s in first}
    pairs = [(by_id[s.id], s) for s in second if s.id in by_id]
    n1 = n2 = span = typed = same_sentence = 0
    for a, b in pairs:
        ea = [m for m in a.mentions if m.is_event]
        eb = [m for m in b.mentions if m.is_event]
        n1, n2 = n1 + len(ea), n2 + len(eb)
        used: set[int] = set()
        for m in ea:
            hits = [i for i, o in enumerate(eb) if i not in used and o.start < m.end and m.start < o.end]
            if hits:
                exact = [i for i in hits if eb[i].type == m.type]
                used.add((exact or hits)[0])
                span += 1
                typed += bool(exact)
        same_sentence += bool(ea) == bool(eb)

    def f1(k: int) -> float:
        return 2 * k / (n1 + n2) if n1 + n2 else 0.0

    return {"sentences": len(pairs), "events_first": n1, "events_second": n2, "span_F1": round(f1(span), 3),
            "type_F1": round(f1(typed), 3), "sentence_agreement": round(same_sentence / max(1, len(pairs)), 3)}


def main(argv: list[str]) -> int:
    """Check the files named and print a summary; exit 1 on the first bad line.

    ``--agree FIRST SECOND``: print the agreement of two labellings of the same sentences instead.
    """
    if argv[:1] in (["-h"], ["--help"]):
        print("usage: corpus.py [FILE_OR_FOLDER ...] | --agree FIRST SECOND\n\n" + (main.__doc__ or ""))
        return 0
    if argv[:1] == ["--agree"] and len(argv) == 3:
        print(json.dumps(agreement(list(read([Path(argv[1])])), list(read([Path(argv[2])])))))
        return 0
    missing = [a for a in argv if not Path(a).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        sentences = list(read(Path(a) for a in argv))
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summary(sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["data/events/sentences"]))
