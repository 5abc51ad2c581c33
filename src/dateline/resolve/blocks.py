"""Provide what blocked resolution shares: union-find over keys, components of links, and where blocks run.

People are split into name blocks (``identity.person_blocks``) and events into type and date
blocks (``same_event.event_partitions``); each block is resolved alone through a ``BlockMap``
(this process by default, Ray Data from ``scale/ray.py``), then small passes join what crosses
blocks. Union-find is hand-written: a dozen lines over dateline's own blocking keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

import numpy as np

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


Ints = np.ndarray[Any, np.dtype[np.int64]]
"""A one- or two-dimensional array of int64 (event numbers, edges, component numbers)."""


def array_components(edges: Ints) -> tuple[Ints, Ints]:
    """Return the nodes of ``edges`` (an (m, 2) array of int64), sorted, and each node's component number.

    A component's number is the place of its smallest node among the nodes. Written over numpy
    (minimum labels along the edges, then pointer jumping) rather than ``KeyUnion``: it holds 16 bytes
    per edge instead of a dict entry per node and a tuple per edge, for the reduce's merge of the event
    links that every partition found (``resolve.plan.grouped_events``); a dozen lines, where scipy's
    ``connected_components`` would add a dependency and a sparse matrix.
    """
    nodes, inverse = np.unique(edges.reshape(-1), return_inverse=True)
    ends = inverse.reshape(-1, 2)
    a, b = ends[:, 0], ends[:, 1]
    label = np.arange(len(nodes), dtype=np.int64)
    while True:
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        while True:  # a label is a node of the same component no greater than the node: follow it to its end
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return nodes, label
        label = new
