"""Give events that different documents report about one real occurrence a shared occurrence id.

Two events from different documents are one occurrence when they have the same type, no
conflicting mode, negation or place (country of the location), overlapping actors (the same
global entity id, or the same country for states and for people's sides; two disjoint sets of
named people are two meetings) and compatible dates: resolved dates must overlap, and for
recurring types (meetings, accusations) be no vaguer than a month; an unresolved or missing
date links only when the actor sets are equal and the documents were published within
``WINDOW_DAYS`` of each other. A person's death is one occurrence whatever the dates.
Linking is role-aware: in a directed event (all but agreements, cooperation and mode-less
meetings) an actor who acts in one report and is acted upon in the other keeps them apart
(A accused B is not B accused A). An occurrence never holds two events of one document, and
never two events whose dates do not overlap (the intersection of its members' dates stays
non-empty, so "in June" cannot join the meetings of June 10 and June 20 into one). A directed
event dated too vaguely to link ("visited last year") joins the one occurrence of the same
type, mode, sides and actors that its date holds, when the run knows exactly one; an undated appointment or
departure of named people ("the ousted president X") joins the one dated occurrence of that step for them the run
knows, whatever its date.

This is the one rule for "the same event": ``extract --jsonl`` and the Ray reduce step apply it
through ``resolve.plan_links``, and the store through ``store/linking.py``. Candidates are blocked by (type, actor)
and swept by date inside a block, so a large run is never compared pair by pair; the most
precisely dated links are made first. Occurrence ids hash the sorted members (document id and
event id), so they do not depend on input order.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.model import Document, Entity, Event, replace

from dateline.resolve.blocks import BlockMap, event_components, in_order

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
SLACK_TYPES = frozenset({"APPOINT", "DISMISS", "DIE"})
"""Events a person undergoes, whose day-precise dates may differ by ``SLACK_DAYS`` between reports
(a late-night appointment is "Sunday" in one report and "the same day", Monday, in another);
a meeting gets no slack: two meetings on different days are two meetings."""
SLACK_DAYS = 1
CAREER_STEPS = frozenset({"APPOINT", "DISMISS"})
"""Steps of a person's career: an undated mention ("the ousted president X") is the one dated step of that kind the run
knows for that person, if it knows exactly one (``_undated_step_candidates``)."""
SYMMETRIC = frozenset({"AGREE", "COOPERATE"})
"""Event types whose sides the contract does not order; CONSULT is symmetric too, except a visit."""


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
    source: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    """The actor keys of each side (states as ``c:ISO3``), for role-aware linking."""


def _iso(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        LOGGER.debug("unreadable date %r ignored", text)
        return None


def _side(actors: tuple[str, ...], entities: dict[str, Entity]) -> frozenset[str]:
    out: set[str] = set()
    for actor in actors:
        ent = entities.get(actor)
        out.add(f"c:{ent.country}" if ent is not None and ent.type == "GPE" and ent.country else actor)
    return frozenset(out)


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
                 frozenset(sides), start, end, _iso(doc.published), where.country if where else None,
                 _side(ev.source, entities), _side(ev.target, entities))


def _span(item: _Item, window: timedelta) -> tuple[date, date] | None:
    """The widest stretch of time in which a partner event can lie (used only to prune the sweep)."""
    bounds = [d for d in (item.start, item.end) if d]
    if item.published:
        bounds += [item.published - window, item.published + window]
    slack = timedelta(days=SLACK_DAYS)  # a partner may lie a day off (SLACK_TYPES)
    return (min(bounds) - slack, max(bounds) + slack) if bounds else None


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    # Russia-North Korea talks are not Russia-China talks on the same day
    return a <= b or b <= a or len(a & b) >= 2


def _directed(event: Event) -> bool:
    return event.type not in SYMMETRIC and (event.type != "CONSULT" or event.mode == "visit")


def _roles_swapped(a: _Item, b: _Item) -> bool:
    """True when an actor acts in one report and is acted upon in the other (A accused B, B accused A)."""
    if not (_directed(a.event) and _directed(b.event)):
        return False
    if not (a.source and a.target and b.source and b.target):
        return False  # "Boluarte replaced Castillo" and "Boluarte was sworn in": one report gives one side only
    return bool(a.source & b.target or a.target & b.source)


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
    if _roles_swapped(a, b):
        return False
    if a.place and b.place and a.place != b.place:
        return False  # talks in Moscow and talks in Pyongyang are two meetings
    if a.persons and b.persons and not a.persons & b.persons:
        return False  # Putin-Kim summit and Lavrov-Choe talks are two events of one visit
    if a.start and a.end and b.start and b.end:
        if ea.type not in RARE_TYPES and max(_width(a), _width(b)) > MAX_VAGUE_DAYS:
            return False  # Putin "visited in 2024": which of that year's meetings is unknowable
        if ea.type not in RARE_TYPES and max(_width(a), _width(b)) > 0 and bool(a.persons) != bool(b.persons):
            return False  # "the committee met in November" is not "Putin received Choe on Monday"
        slack = timedelta(days=SLACK_DAYS if ea.type in SLACK_TYPES and a.persons & b.persons else 0)
        return a.start <= b.end + slack and b.start <= a.end + slack
    if ea.type in ONCE_PER_PERSON and a.persons & b.persons:
        return True
    # an unresolved date links only when everything else agrees and the reports are close in time
    if a.keys != b.keys or ea.mode != eb.mode or not (a.published and b.published):
        return False
    return abs((a.published - b.published).days) <= window_days


def _linked_pairs(items: Sequence[_Item], window_days: int, bucket: int | None = None,
                  first: Sequence[int] = ()) -> set[tuple[int, int]]:
    """Return the pairs that report one occurrence, compared only inside (type, actor) blocks.

    With a ``bucket`` (a date block of ``event_partitions``), a pair is compared only in the
    first bucket both items are in (``first``: each item's first bucket), not again in the next.

    Inside a block, events are swept in order of their time span, so only events whose spans
    overlap are compared; pairs are tested as they are found and only matches are kept.
    """
    window = timedelta(days=window_days)
    blocks: dict[tuple[str, str], list[tuple[date, date, int]]] = defaultdict(list)
    for n, it in enumerate(items):
        span = _span(it, window)
        if span is None and it.event.type in ONCE_PER_PERSON and it.persons:
            span = (date.min, date.max)  # an undated death in an undated page is still that person's death
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
        _sweep(items, members, window_days, bucket, first, linked)
    return linked


def _sweep(items: Sequence[_Item], members: list[tuple[date, date, int]], window_days: int, bucket: int | None,
           first: Sequence[int], linked: set[tuple[int, int]]) -> None:
    """Compare the events of one block whose spans overlap, adding the pairs that report one occurrence.

    The events still open are kept per document (one page's many events of one state are never
    compared) and apart by their first bucket: as a pair is compared only in the first bucket both
    are in, an event that began in an earlier bucket meets only those that begin in this one, and
    the many old pairs a long span repeats in every bucket are never enumerated (bench/throughput.py).
    Open events close in order of their end (a heap), not by rescanning every document's list.
    """
    fresh: dict[int, dict[int, None]] = {}  # document -> its open events whose first bucket is this one
    older: dict[int, dict[int, None]] = {}  # document -> its open events that began in an earlier bucket
    closing: list[tuple[date, int]] = []
    for lo, hi, n in sorted(members):
        while closing and closing[0][0] < lo:
            m = heapq.heappop(closing)[1]
            pool = fresh if bucket is None or first[m] == bucket else older
            still = pool[items[m].doc]
            del still[m]
            if not still:
                del pool[items[m].doc]
        if bucket is not None and first[n] > bucket:
            continue  # never in its first bucket here: compared with nothing
        new = bucket is None or first[n] == bucket
        doc = items[n].doc
        for pool in (fresh, older) if new else (fresh,):
            for other, open_ in pool.items():
                if other == doc:
                    continue
                for m in open_:
                    pair = (m, n) if m < n else (n, m)
                    if pair not in linked and _same_occurrence(items[m], items[n], window_days):
                        linked.add(pair)
        (fresh if new else older).setdefault(doc, {})[n] = None
        heapq.heappush(closing, (hi, n))


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


@dataclass(slots=True)
class _Groups:
    """Union-find over events with, per group, what a merge must respect.

    A group keeps its documents (one document reports an occurrence once), its mode (a mode-less
    meeting joins the visit or the phone call, never both) and the intersection of its members'
    dates: two day-precise meetings on different days never end up in one group through a vaguer
    report that overlaps both ("in June" is one of them, not both).
    """

    parent: list[int]
    modes: list[str | None]
    docs: list[set[int]]
    lo: list[date | None]
    hi: list[date | None]

    @classmethod
    def of(cls, items: Sequence[_Item]) -> _Groups:
        return cls(list(range(len(items))), [it.event.mode for it in items], [{it.doc} for it in items],
                   [it.start for it in items], [it.end for it in items])

    def find(self, i: int) -> int:
        return _find(self.parent, i)

    def union(self, a: int, b: int, *, any_date: bool = False, slack: int = 0) -> bool:
        """Join the groups of ``a`` and ``b`` unless that breaks a group's rule; True when joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.modes[ra] and self.modes[rb] and self.modes[ra] != self.modes[rb]):
            return False
        if self.docs[ra] & self.docs[rb]:
            return False  # one document reports one occurrence once (the extractor merged its repeats)
        lo = max((d for d in (self.lo[ra], self.lo[rb]) if d), default=None)
        hi = min((d for d in (self.hi[ra], self.hi[rb]) if d), default=None)
        if lo and hi and (lo - hi).days > slack and not any_date:
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.modes[root] = self.modes[root] or self.modes[child]
        self.docs[root] |= self.docs[child]
        if not (lo and hi and lo > hi):
            self.lo[root], self.hi[root] = lo, hi
        return True


def _vague_candidates(items: Sequence[_Item]) -> dict[int, set[int]]:
    """Return, for each directed event dated too vaguely to link, the events it may report.

    A candidate has the same type, mode, sides and actors and a date inside the vague one:
    "Putin visited North Korea last year" may be the June 2024 visit, and is when the run
    knows no other such visit that year (``link_events`` checks that).
    """
    out: dict[int, set[int]] = defaultdict(set)
    by_key: dict[tuple[str, str | None, frozenset[str], frozenset[str]], list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        if it.event.mode and _directed(it.event) and it.start and it.end and (it.source or it.target):
            by_key[(it.event.type, it.event.mode, it.source, it.target)].append(n)
    for members in by_key.values():
        for n in members:
            a = items[n]
            if a.event.type in RARE_TYPES or _width(a) <= MAX_VAGUE_DAYS or not (a.start and a.end):
                continue
            for m in members:
                b = items[m]
                if b.doc != a.doc and b.start and b.end and _width(b) <= MAX_VAGUE_DAYS and b.keys == a.keys \
                        and a.start <= b.start and b.end <= a.end and _same_occurrence_but_date(a, b):
                    out[n].add(m)
    return out


def _undated_step(item: _Item) -> bool:
    """An appointment or departure of named people that its report does not date."""
    return item.event.type in CAREER_STEPS and item.start is None and bool(item.persons)


def _undated_step_candidates(items: Sequence[_Item]) -> dict[int, set[int]]:
    """Return, for each undated career step ("the ousted president X", "X, who was appointed ..."), the dated steps of
    the same kind, people and sides in other documents it may report; ``resolve_component`` joins it only when they
    are one occurrence (a person leaves one post once; two dated departures leave it unknowable which)."""
    out: dict[int, set[int]] = defaultdict(set)
    by_person: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        if it.event.type in CAREER_STEPS and it.persons:
            for person in it.persons:
                by_person[(it.event.type, person)].append(n)
    for members in by_person.values():
        for n in members:
            a = items[n]
            if not _undated_step(a):
                continue
            for m in members:
                b = items[m]
                if (b.doc != a.doc and b.start is not None and a.persons <= b.persons and _sides_agree(a.sides, b.sides)
                        and not _roles_swapped(a, b) and (not (a.event.mode and b.event.mode) or a.event.mode == b.event.mode)
                        and _same_occurrence_but_date(a, b)):
                    out[n].add(m)
    return out


def _same_occurrence_but_date(a: _Item, b: _Item) -> bool:
    """Compare what the vague-date rule needs besides type, mode, sides and actors: modality and place."""
    return a.event.modality == b.event.modality and (not (a.place and b.place) or a.place == b.place)


BUCKET_DAYS = 32
"""Width of an event date bucket: about a month, so a month-precise report shares a bucket or two with its day-precise
partners, while an archive of years splits into hundreds of buckets per event type."""


@dataclass(frozen=True, slots=True)
class Partition:
    """One block of events: its date bucket (None: every date), its items, and each item's first bucket."""

    bucket: int | None
    members: list[int]
    first: list[int]
    career: bool = False
    """A block of one person's career steps of one kind (``_career_partitions``)."""


def event_partitions(items: Sequence[_Item], window_days: int) -> list[Partition]:
    """Split linking items into blocks of one event type and date bucket (item indexes ascending).

    An item goes to every bucket its time span (``same_event._span``: its dates, its page's date
    give or take the window) touches, so two items that may be compared share a bucket, and a
    pair is compared only in the first bucket both are in; items with no span are compared with
    nothing and go nowhere, and so do blocks of one document. A once-per-person type (a death) is
    one block whatever the dates, as two reports of one death may be years apart.
    """
    window = timedelta(days=window_days)
    parts: dict[tuple[str, int], list[int]] = {}
    firsts: dict[int, int] = {}
    begun: set[tuple[str, int]] = set()  # the (type, bucket) blocks some item begins in
    once: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        etype = it.event.type
        if etype in ONCE_PER_PERSON:
            once.setdefault(etype, []).append(n)
            continue
        span = _span(it, window)
        if span is None:
            continue
        firsts[n] = span[0].toordinal() // BUCKET_DAYS
        begun.add((etype, firsts[n]))
        for bucket in range(firsts[n], span[1].toordinal() // BUCKET_DAYS + 1):
            parts.setdefault((etype, bucket), []).append(n)
    out = [Partition(None, members, []) for _, members in sorted(once.items())]
    out += _career_partitions(items)
    # a block no item begins in compares nothing (each pair is compared in the first bucket both are in, where one
    # of them begins) and finds no vague-date candidate its items' first shared block does not find: left out
    out += [Partition(key[1], members, [firsts[n] for n in members]) for key, members in sorted(parts.items())
            if key in begun]
    # events of one document never link with each other (one page reports an occurrence once)
    return [p for p in out if len({items[n].doc for n in p.members}) > 1]


def _career_partitions(items: Sequence[_Item]) -> list[Partition]:
    """One block per (career step, person) that some undated step names: that step and every dated step of the same
    kind naming the person, whatever their dates (``_undated_step_candidates``); none when no step is undated."""
    undated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        if _undated_step(it):
            for person in it.persons:
                undated[(it.event.type, person)].append(n)
    if not undated:
        return []
    dated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        if it.event.type in CAREER_STEPS and it.start is not None:
            for person in it.persons:
                if (it.event.type, person) in undated:
                    dated[(it.event.type, person)].append(n)
    return [Partition(None, sorted(set(members) | set(dated[key])), [], career=True)
            for key, members in sorted(undated.items()) if dated[key]]


def event_items(docs: Sequence[Document], indexes: Sequence[int] | None = None) -> list[_Item]:
    """Return one linking item per event of ``docs`` (entity ids already global), in document order.

    ``indexes``: each document's index in the run (default: its place in ``docs``).
    """
    items: list[_Item] = []
    for n, doc in enumerate(docs):
        index = n if indexes is None else indexes[n]
        entities = {e.id: e for e in doc.entities}
        items.extend(_item(index, doc, ev, entities) for ev in doc.events)
    return items


def partition_links(sub: Sequence[_Item], window_days: int = WINDOW_DAYS, bucket: int | None = None,
                    first: Sequence[int] = (), career: bool = False
                    ) -> tuple[set[tuple[int, int]], dict[int, set[int]]]:
    """Find the linked pairs and the vague-date candidates among the items of one block (indexes into ``sub``).

    ``bucket`` and ``first``: the block's date bucket and each item's first one (``_linked_pairs``); ``career``: the
    block is one person's career steps of one kind (``_career_partitions``), which gives undated-step candidates only
    (its pairs are compared in the date blocks).
    """
    if career:
        return set(), _undated_step_candidates(sub)
    return _linked_pairs(sub, window_days, bucket, first), _vague_candidates(sub)


def resolve_component(items: Sequence[_Item], pairs: Sequence[tuple[int, int]],
                      vague: dict[int, set[int]]) -> dict[int, str]:
    """Return the occurrence id of each item of one component of linked items.

    ``pairs`` and ``vague`` are the component's links (indexes into ``items``, which may hold
    only the component's items). The most precisely dated links are made first, and content
    order (not input order) decides between equals, so a vague "in 2024" joins one
    occurrence, not two.
    """
    members_of = sorted({n for pair in pairs for n in pair} | set(vague) | {m for ms in vague.values() for m in ms})
    local = {n: k for k, n in enumerate(members_of)}
    sub = [items[n] for n in members_of]
    groups = _Groups.of(sub)
    ordered = sorted(pairs, key=lambda p: (max(_width(items[p[0]]), _width(items[p[1]])),
                                           sorted((items[p[0]].member, items[p[1]].member))))
    for a, b in ordered:
        etype = items[a].event.type
        if groups.union(local[a], local[b], any_date=etype in ONCE_PER_PERSON,
                        slack=SLACK_DAYS if etype in SLACK_TYPES else 0):
            LOGGER.debug("linked %s and %s as one %s occurrence", items[a].member, items[b].member, etype)
    for n, candidates in sorted(vague.items()):
        roots = {groups.find(local[m]) for m in candidates}
        if len(roots) == 1 and groups.union(local[n], roots.pop()):
            LOGGER.debug("vague-date rule joined %s to the one %s occurrence it can be", items[n].member,
                         items[n].event.type)
    members: dict[int, list[str]] = defaultdict(list)
    for k, it in enumerate(sub):
        members[groups.find(k)].append(it.member)
    ids = {root: occurrence_id(group) for root, group in members.items()}
    return {n: ids[groups.find(local[n])] for n in members_of}


def _component_ids(component: tuple[list[_Item], list[tuple[int, int]], dict[int, set[int]]]) -> dict[int, str]:
    return resolve_component(*component)


def _partition(job: tuple[list[_Item], int, int | None, list[int], bool]
               ) -> tuple[set[tuple[int, int]], dict[int, set[int]]]:
    return partition_links(*job)


def link_items(items: Sequence[_Item], window_days: int = WINDOW_DAYS, map_blocks: BlockMap | None = None
               ) -> list[str]:
    """Return the occurrence id of every item (``event_items``, in document order).

    Events are compared inside blocks of one type and date bucket (``event_partitions``); the links
    found form components, each resolved alone (``resolve_component``). ``map_blocks`` runs both
    kinds of block (in this process by default).
    """
    run = map_blocks or in_order
    parts = event_partitions(items, window_days)
    pairs: set[tuple[int, int]] = set()
    vague: dict[int, set[int]] = defaultdict(set)
    jobs_in = [([items[i] for i in p.members], window_days, p.bucket, p.first, p.career) for p in parts]
    for part, (found, candidates) in zip((p.members for p in parts), run(_partition, jobs_in)):
        pairs |= {(part[a], part[b]) for a, b in found}
        for n, ms in candidates.items():
            vague[part[n]] |= {part[m] for m in ms}
    occurrence = [occurrence_id([it.member]) for it in items]
    jobs = []
    members_of: list[list[int]] = []
    for comp_pairs, comp_vague in event_components(pairs, vague):
        members = sorted({n for p in comp_pairs for n in p} | set(comp_vague)
                         | {m for ms in comp_vague.values() for m in ms})
        local = {n: k for k, n in enumerate(members)}
        members_of.append(members)
        jobs.append(([items[n] for n in members], [(local[a], local[b]) for a, b in comp_pairs],
                     {local[n]: {local[m] for m in ms} for n, ms in comp_vague.items()}))
    for members, ids in zip(members_of, run(_component_ids, jobs)):
        for k, oid in ids.items():
            occurrence[members[k]] = oid
    return occurrence


def link_events(docs: Sequence[Document], window_days: int = WINDOW_DAYS,
                map_blocks: BlockMap | None = None) -> list[Document]:
    """Return the documents with ``Event.occurrence`` set, shared by events of one real occurrence.

    Entity ids in the events must already be global (the identity step runs first); the events
    are linked by ``link_items``, whose blocks run through ``map_blocks``.
    """
    items = event_items(docs)
    occurrence = link_items(items, window_days, map_blocks)
    by_doc: dict[int, dict[str, str]] = defaultdict(dict)
    for n, it in enumerate(items):
        by_doc[it.doc][it.event.id] = occurrence[n]
    out: list[Document] = []
    for index, doc in enumerate(docs):
        if not doc.events:
            out.append(doc)
            continue
        occ = by_doc[index]
        out.append(replace(doc, events=tuple(replace(ev, occurrence=occ[ev.id]) for ev in doc.events)))
    return out
