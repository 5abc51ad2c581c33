"""Give events that different documents report about one real occurrence a shared occurrence id.

Two events from different documents are one occurrence when they have the same type, no
conflicting mode, negation or place (country of the location), overlapping actors (the same
global entity id, or the same country for states and for people's sides; two disjoint sets of
named people are two meetings) and compatible dates: resolved dates must overlap, and for
recurring types (meetings, accusations) be no vaguer than a month; an unresolved or missing
date links only when the actor sets are equal and the documents were published within
``WINDOW_DAYS`` of each other. A person's death is one occurrence whatever the dates.
An occurrence never holds two events of one document. Candidates are blocked by (type, actor)
and swept by date inside a block, so a large run is never compared pair by pair; the most
precisely dated links are made first. Occurrence ids hash the sorted members (document id and
event id), so they do not depend on input order.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.model import Document, Entity, Event, replace

LOGGER = logging.getLogger(__name__)

WINDOW_DAYS = 3
"""How far apart (in days) two documents may be published for their undated events to be linked."""
RARE_TYPES = frozenset({"AGREE", "APPOINT", "DISMISS", "DIE", "AWARD"})
"""Event types that seldom repeat between the same actors: "signed in 2024" may be the June signing.
Other types (meetings, accusations, aid) recur, so a date vaguer than ``MAX_VAGUE_DAYS`` links them to nothing."""
MAX_VAGUE_DAYS = 31
"""The widest date (in days) with which a recurring event type may still be linked."""
ONCE_PER_PERSON = frozenset({"DIE"})
"""Event types a person undergoes once: two reports about one person are one occurrence, however far apart."""


@dataclass(frozen=True, slots=True)
class _Item:
    """One event with what linking needs: its actor keys, sides, dates and its document's date."""

    doc: int
    event: Event
    member: str
    keys: frozenset[str]
    persons: frozenset[str]
    sides: frozenset[str]
    start: date | None
    end: date | None
    published: date | None
    place: str | None
    """The country of the event's location, when known."""


def _iso(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        LOGGER.debug("unreadable date %r ignored", text)
        return None


def _item(index: int, doc: Document, ev: Event, entities: dict[str, Entity]) -> _Item:
    keys: set[str] = set()
    persons: set[str] = set()
    sides: set[str] = set()
    for actor in ev.actors():
        ent = entities.get(actor)
        country = ent.country if ent else None
        if ent is not None and ent.type == "GPE" and country:
            keys.add(f"c:{country}")  # a state is the same actor whatever name the text used
        else:
            keys.add(actor)
            if ent is None or ent.type == "PERSON":
                persons.add(actor)
        if country:
            sides.add(country)
            keys.add(f"c:{country}")
    start = _iso(ev.date.start) if ev.date else None
    end = (_iso(ev.date.end) if ev.date else None) or start
    where = entities.get(ev.location) if ev.location else None
    return _Item(index, ev, f"{doc.doc_id}:{ev.id}", frozenset(keys), frozenset(persons),
                 frozenset(sides), start, end, _iso(doc.published), where.country if where else None)


def _span(item: _Item, window: timedelta) -> tuple[date, date] | None:
    """The widest stretch of time in which a partner event can lie (used only to prune the sweep)."""
    bounds = [d for d in (item.start, item.end) if d]
    if item.published:
        bounds += [item.published - window, item.published + window]
    return (min(bounds), max(bounds)) if bounds else None


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    # Russia-North Korea talks are not Russia-China talks on the same day
    return a <= b or b <= a or len(a & b) >= 2


def _same_occurrence(a: _Item, b: _Item, window_days: int = WINDOW_DAYS) -> bool:
    """Decide whether two events of different documents report one real occurrence."""
    ea, eb = a.event, b.event
    if a.doc == b.doc or ea.type != eb.type:
        return False
    if ea.mode and eb.mode and ea.mode != eb.mode:
        return False
    if (ea.modality == "negated") != (eb.modality == "negated"):
        return False
    if not a.keys & b.keys or not _sides_agree(a.sides, b.sides):
        return False
    if a.place and b.place and a.place != b.place:
        return False  # talks in Moscow and talks in Pyongyang are two meetings
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # Putin-Kim summit and Lavrov-Choe talks are two events of one visit
    if a.start and a.end and b.start and b.end:
        if ea.type not in RARE_TYPES and max(_width(a), _width(b)) > MAX_VAGUE_DAYS:
            return False  # Putin "visited in 2024": which of that year's meetings is unknowable
        return a.start <= b.end and b.start <= a.end
    if ea.type in ONCE_PER_PERSON and a.persons & b.persons:
        return True
    # an unresolved date links only when everything else agrees and the reports are close in time
    if a.keys != b.keys or ea.mode != eb.mode or not (a.published and b.published):
        return False
    return abs((a.published - b.published).days) <= window_days


def _linked_pairs(items: Sequence[_Item], window_days: int) -> set[tuple[int, int]]:
    """Return the pairs that report one occurrence, compared only inside (type, actor) blocks.

    Inside a block, events are swept in order of their time span, so only events whose spans
    overlap are compared; pairs are tested as they are found and only matches are kept.
    """
    window = timedelta(days=window_days)
    blocks: dict[tuple[str, str], list[tuple[date, date, int]]] = defaultdict(list)
    for n, it in enumerate(items):
        span = _span(it, window)
        if span is not None:
            for key in it.keys:
                blocks[(it.event.type, key)].append((span[0], span[1], n))
    linked: set[tuple[int, int]] = set()
    for (etype, key), members in blocks.items():
        if len(members) < 2:
            continue
        if etype in ONCE_PER_PERSON and items[members[0][2]].persons & {key}:
            _compare_all(items, [n for _, _, n in members], window_days, linked)
            continue
        active: list[tuple[date, date, int]] = []
        for lo, hi, n in sorted(members):
            active = [m for m in active if m[1] >= lo]
            for _, _, m in active:
                pair = (m, n) if m < n else (n, m)
                if pair not in linked and _same_occurrence(items[m], items[n], window_days):
                    linked.add(pair)
            active.append((lo, hi, n))
    return linked


def _compare_all(items: Sequence[_Item], members: Sequence[int], window_days: int,
                 linked: set[tuple[int, int]]) -> None:
    """Compare every pair of a block whose events may be far apart in time (one person's death)."""
    for i, m in enumerate(members):
        for n in members[i + 1:]:
            pair = (m, n) if m < n else (n, m)
            if pair not in linked and _same_occurrence(items[m], items[n], window_days):
                linked.add(pair)


def _width(item: _Item) -> int:
    """Days an event's date spans; undated events come after every dated one."""
    if item.start and item.end:
        return (item.end - item.start).days
    return 1_000_000


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def occurrence_id(members: Sequence[str]) -> str:
    """Return "o:" plus 12 hex digits of sha256 over the sorted members ("doc_id:event_id")."""
    return "o:" + hashlib.sha256("\n".join(sorted(members)).encode("utf-8")).hexdigest()[:12]


def link_events(docs: Sequence[Document], window_days: int = WINDOW_DAYS) -> list[Document]:
    """Return the documents with ``Event.occurrence`` set, shared by events of one real occurrence.

    Entity ids in the events must already be global (the identity step runs first).
    """
    items: list[_Item] = []
    for index, doc in enumerate(docs):
        entities = {e.id: e for e in doc.entities}
        items.extend(_item(index, doc, ev, entities) for ev in doc.events)
    parent = list(range(len(items)))
    modes: list[str | None] = [it.event.mode for it in items]
    docs_of: list[set[int]] = [{it.doc} for it in items]
    # the most precisely dated links are made first, and content order (not input order)
    # decides between equals, so a vague "in 2024" joins one occurrence, not two
    pairs = sorted(_linked_pairs(items, window_days),
                   key=lambda p: (max(_width(items[p[0]]), _width(items[p[1]])),
                                  sorted((items[p[0]].member, items[p[1]].member))))
    for a, b in pairs:
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb or (modes[ra] and modes[rb] and modes[ra] != modes[rb]):
            continue  # a mode-less meeting joins the visit or the phone call, never both
        if docs_of[ra] & docs_of[rb]:
            continue  # one document reports one occurrence once (the extractor merged its repeats)
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        modes[root] = modes[root] or modes[child]
        docs_of[root] |= docs_of[child]
        LOGGER.debug("linked %s and %s as one %s occurrence", items[a].member, items[b].member,
                     items[a].event.type)
    groups: dict[int, list[str]] = defaultdict(list)
    for n, it in enumerate(items):
        groups[_find(parent, n)].append(it.member)
    ids = {root: occurrence_id(members) for root, members in groups.items()}
    by_doc: dict[int, dict[str, str]] = defaultdict(dict)
    for n, it in enumerate(items):
        by_doc[it.doc][it.event.id] = ids[_find(parent, n)]
    out: list[Document] = []
    for index, doc in enumerate(docs):
        if not doc.events:
            out.append(doc)
            continue
        occ = by_doc[index]
        out.append(replace(doc, events=tuple(replace(ev, occurrence=occ[ev.id]) for ev in doc.events)))
    return out
