"""Split a run's person records into name blocks that can be resolved independently (in any process).

A block is a connected component of the name groups (records sharing a folded name key and a
country) under every comparison the block passes of ``identity.link_block`` can make: the same
key in another country, a record's own alias, a one-edit typo key, and a shortened-name key
(first and last piece). Two groups in different blocks are never compared by those passes, so
resolving each block alone gives the one-run clusters; only surname-only mentions reach across
blocks, and ``across.link_across`` handles them over the blocks' clusters.

The component search is a union-find over blocking keys (a few per distinct name, not per
record or page); its keys are a superset of the passes' candidate keys, which can only merge
blocks, never split a comparison. Hand-written because the keys come from dateline's own name
folding, and union-find is a dozen lines.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from dateline.resolve.identity import TYPO_MIN_PIECE, PersonRecord, _deletions, _principal

LOGGER = logging.getLogger(__name__)

_In = TypeVar("_In")
_Out = TypeVar("_Out")


class BlockMap(Protocol):
    """How blocks are resolved: apply ``fn`` to every block and return the answers in block order.

    ``in_order`` (this process) is the default; ``scale/ray.py`` passes one that runs the blocks on Ray Data.
    """

    def __call__(self, fn: Callable[[_In], _Out], blocks: Sequence[_In]) -> list[_Out]: ...


def in_order(fn: Callable[[_In], _Out], blocks: Sequence[_In]) -> list[_Out]:
    """Resolve the blocks one after another in this process."""
    return [fn(block) for block in blocks]


class KeyUnion:
    """Union-find over hashable keys, created on first sight."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, key: Hashable) -> Hashable:
        parent = self.parent.setdefault(key, key)
        while parent != key:
            grand = self.parent[parent]
            self.parent[key] = grand
            key, parent = parent, grand
        return key

    def union(self, keys: Iterable[Hashable]) -> None:
        """Put all ``keys`` in one component."""
        it = iter(keys)
        first = next(it, None)
        if first is None:
            return
        root = self.find(first)
        for key in it:
            other = self.find(key)
            if other != root:
                self.parent[other] = root


def _tokens(rec: PersonRecord) -> tuple[tuple[str, str], list[tuple[object, ...]]]:
    """Return a record's group key and every blocking key its group can be compared through."""
    best, others, _ = _principal(rec)
    group = (best.key, rec.country or "")
    tokens: list[tuple[object, ...]] = [("k", best.key)]
    tokens += [("k", o.key) for o in others]  # an alias bridges to the groups of that key
    p = best.pieces
    if not best.single and len(p) >= 2:
        for i, piece in enumerate(p):
            if len(piece) >= TYPO_MIN_PIECE - 1:
                rest = p[:i] + p[i + 1:] + best.suffix
                variants = _deletions(piece) if len(piece) >= TYPO_MIN_PIECE else {piece}
                tokens += [("t", len(p), i, rest, v) for v in variants]
        pairs = {(p[i], p[j]) for i in range(len(p)) for j in range(i + 1, len(p))}
        pairs |= {(p[0][0] + ".", p[j]) for j in range(1, len(p))}
        tokens += [("p", a, b) for a, b in pairs]
        tokens.append(("p", p[0] + "." if len(p[0]) == 1 else p[0], p[-1]))
    return group, tokens


def person_blocks(records: Sequence[PersonRecord]) -> list[list[int]]:
    """Return the name blocks of ``records`` as lists of record indexes, in order of their first record."""
    uf = KeyUnion()
    group_of: list[tuple[str, str]] = []
    for rec in records:
        group, tokens = _tokens(rec)
        group_of.append(group)
        uf.union([("g", *group), *tokens])
    blocks: dict[Hashable, list[int]] = {}
    for i, group in enumerate(group_of):
        blocks.setdefault(uf.find(("g", *group)), []).append(i)
    LOGGER.debug("%d person records in %d name blocks", len(records), len(blocks))
    return list(blocks.values())


BUCKET_DAYS = 32
"""Width of an event date bucket: about a month, so a month-precise report shares a bucket or two with its day-precise
partners, while an archive of years splits into hundreds of buckets per event type."""


@dataclass(frozen=True, slots=True)
class Partition:
    """One block of events: its date bucket (None: every date), its items, and each item's first bucket."""

    bucket: int | None
    members: list[int]
    first: list[int]


def event_partitions(items: Sequence[Any], window_days: int) -> list[Partition]:
    """Split linking items into blocks of one event type and date bucket (item indexes ascending).

    An item goes to every bucket its time span (``same_event._span``: its dates, its page's date
    give or take the window) touches, so two items that may be compared share a bucket, and a
    pair is compared only in the first bucket both are in; items with no span are compared with
    nothing and go nowhere, and so do blocks of one document. A once-per-person type (a death) is
    one block whatever the dates, as two reports of one death may be years apart.
    """
    from datetime import timedelta

    from dateline.resolve.same_event import ONCE_PER_PERSON, _span

    window = timedelta(days=window_days)
    parts: dict[tuple[str, int], list[int]] = {}
    firsts: dict[int, int] = {}
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
        for bucket in range(firsts[n], span[1].toordinal() // BUCKET_DAYS + 1):
            parts.setdefault((etype, bucket), []).append(n)
    out = [Partition(None, members, []) for _, members in sorted(once.items())]
    out += [Partition(bucket, members, [firsts[n] for n in members]) for (_, bucket), members in sorted(parts.items())]
    # events of one document never link with each other (one page reports an occurrence once)
    return [p for p in out if len({items[n].doc for n in p.members}) > 1]


def event_components(pairs: Iterable[tuple[int, int]], vague: dict[int, set[int]]
                     ) -> list[tuple[list[tuple[int, int]], dict[int, set[int]]]]:
    """Group linked pairs and vague-date candidates into connected components (each resolved alone)."""
    uf = KeyUnion()
    pair_list = sorted(pairs)
    for a, b in pair_list:
        uf.union((a, b))
    for n, ms in vague.items():
        uf.union((n, *ms))
    comps: dict[Hashable, tuple[list[tuple[int, int]], dict[int, set[int]]]] = {}
    for a, b in pair_list:
        comps.setdefault(uf.find(a), ([], {}))[0].append((a, b))
    for n, ms in sorted(vague.items()):
        comps.setdefault(uf.find(n), ([], {}))[1][n] = set(ms)
    return list(comps.values())
