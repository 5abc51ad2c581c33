"""Join the clusters of independently resolved name blocks: surname-only mentions, then one id per person.

This is the small global pass of person resolution (``identity.link_people``): it reads one
``identity.Cluster`` per cluster the blocks left (never a record or a page) and

1. joins a surname (or word) alone to the one multi-word cluster that begins or ends with it
   ("Putin"); a long middle word is tried only when no cluster begins or ends with the word:
   "Bagheri" is Ali Bagheri Kani, while "Jong" never reaches Kim Jong Un through his given name;
2. names each cluster by its most frequent full form and gives homonym clusters their country,
   the largest keeping the plain id, so ids do not depend on input order or on the blocks.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence

from dateline.resolve.identity import Cluster, _Clusters, _pick
from dateline.names import entity_id, parse_name, slugify

LOGGER = logging.getLogger(__name__)


def _link_single(clusters: Sequence[Cluster], uf: _Clusters) -> None:
    """Join each one-word name, in name order, to the one cluster it can stand for (``_pick``)."""
    edge: dict[str, list[int]] = defaultdict(list)
    middle: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(clusters):
        for word in c.edge:
            edge[word].append(n)
        for word in c.middle:
            middle[word].append(n)
    singles = sorted((order, key, n) for n, c in enumerate(clusters) for order, key, _ in c.singles)
    titles = {order: t for c in clusters for order, _, t in c.singles}
    for order, key, n in singles:
        target = _pick(uf, n, edge.get(key, ()), key, titles[order])
        if target is None and not any(uf.compatible(n, m) for m in edge.get(key, ())):
            target = _pick(uf, n, middle.get(key, ()), key, titles[order])
        if target is not None and uf.union(n, target):
            LOGGER.debug("single-word rule joined %r to %r", key, clusters[target].first[0])


def link_across(clusters: Sequence[Cluster]) -> dict[str, str]:
    """Return the global id of every record key of ``clusters`` (from any number of blocks)."""
    ordered = sorted(clusters, key=lambda c: c.first)
    uf = _Clusters([c.country for c in ordered], [set(c.titles) for c in ordered],
                   [set(c.shorts) for c in ordered], [c.size for c in ordered])
    _link_single(ordered, uf)
    names: dict[int, Counter[str]] = defaultdict(Counter)
    for n, c in enumerate(ordered):
        names[uf.find(n)].update(c.names)
    ids: dict[int, str] = {}
    by_slug: dict[str, list[int]] = defaultdict(list)
    for root, counter in names.items():
        by_slug[entity_id(_canonical(counter))].append(root)
    for base, roots in by_slug.items():
        if len(roots) == 1:
            ids[roots[0]] = base
            continue
        # homonyms (clusters kept apart by country or ambiguity): the largest keeps the plain id,
        # so one page that gives Donald Trump a wrong country does not rename him everywhere
        ranked = sorted(roots, key=lambda r: (-uf.size[r], uf.country[r] or "", r))
        ids[ranked[0]] = base
        taken = {base}
        for root in ranked[1:]:
            country = uf.country[root]
            candidate = f"{base}-{country.lower()}" if country else base
            unique, k = candidate, 2
            while unique in taken:
                unique, k = f"{candidate}-{k}", k + 1
            taken.add(unique)
            ids[root] = unique
    return {key: ids[uf.find(n)] for n, c in enumerate(ordered) for key in c.records}


def _respelled(written: str) -> int:
    """Count the pieces that folding changed: the lexicon's own spelling wins a tie (Alexander)."""
    raw = [p for p in slugify(written).split("-") if p]
    folded = parse_name(written).pieces
    return sum(1 for a, b in zip(raw, folded) if a != b) + abs(len(raw) - len(folded))


def _canonical(names: Counter[str]) -> str:
    """Pick the most frequent full (multi-word) form of a cluster.

    Frequency is counted per folded key, so "Kim Jong Un" and "Kim Jong-un" count together.
    Ties go to the key whose pieces the cluster's other names use most ("Putin" backs
    "Vladimir Putin" over a typo); within the key, to the most frequent, least respelled,
    then alphabetically first spelling.
    """
    full = {s: c for s, c in names.items() if not parse_name(s).single} or dict(names)
    per_key: Counter[str] = Counter()
    used: Counter[str] = Counter()
    for written, count in names.items():
        parts = parse_name(written)
        per_key[parts.key] += count
        for piece in set(parts.pieces):
            used[piece] += count

    def rank(s: str) -> tuple[int, int, int, int, int, str]:
        parts = parse_name(s)
        return (-per_key[parts.key], -sum(used[p] for p in parts.pieces), -len(parts.pieces), -full[s],
                _respelled(s), s)

    return min(full, key=rank)


