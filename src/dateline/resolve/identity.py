"""Link person records from many documents into one global entity id per real person.

Linking runs in four passes over groups of records that share a folded name key
(``names.parse_name``) and a country, so no pass compares all pairs:

1. exact: same key and country; a record without country joins the one (or the dominant)
   country its key has; a record's own multi-word aliases bridge to their groups;
2. typo: one edit in one long name piece (blocked by single-deletion keys, checked with rapidfuzz);
3. partial: "Ali Bagheri" inside "Ali Bagheri Kani", "V. Putin" (blocked by ordered piece pairs);
4. single word: "Putin" joins the one cluster whose first or last word it is ("Bagheri", a long
   middle word, only when no cluster begins or ends with it; a given name, "Charles", only one
   it ends or a document called by it).

Passes 3 and 4 link only when exactly one candidate cluster is left after the country check;
ties are broken by a document having used that short form, by one candidate dominating, and by
a shared title word. So "Kim" alone or "Corina Machado" stay apart. Different non-null
countries never merge. Ids come from the cluster's canonical name (the most frequent full form,
ties broken by a fixed rule); of homonym clusters the largest keeps the plain id and the others
get their country, so ids do not depend on input order.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from rapidfuzz.distance import OSA

from dateline.lexicons import word_class
from dateline.names import NameParts, display_name, entity_id, given_names, name_keys, parse_name, slugify

from dateline.resolve.blocks import BlockMap, KeyUnion, in_order

LOGGER = logging.getLogger(__name__)

WORDS = "resolve_words"
"""The lexicon (``lexicons/resolve_words.tsv``) this module's word classes come from."""

__all__ = ["PersonRecord", "entity_id", "link_people", "name_keys"]

TYPO_MIN_PIECE = 5
"""Shortest name piece in which a one-letter difference is read as a typo (Korean syllables are shorter)."""
MAX_BLOCK = 200
"""Blocks larger than this are skipped by the typo pass (a key shared that widely is not a name)."""
MIDDLE_MIN = 6
"""Shortest middle word that may stand for a whole name ("Bagheri"; Korean syllables are shorter)."""
DOMINANCE = 5
"""A short name goes to a candidate with this many times the records of all other candidates together
("Trump" alone is Donald Trump, not a relative named once); below it the name stays ambiguous."""
TITLE_STOP = word_class("title_stop", WORDS)
LOOKUP_MAX = 3
"""A shortened name ("K. Lopez", "Ana Lopez" of Ana Maria Lopez) whose lookup pair (first piece or initial,
last piece) more than this many other names (keys) of the run hold is ambiguous and joins none of them
(``_link_partial``), as ``MAX_BLOCK`` bounds the typo pass: a form that many people share tells none of
them apart, and the bound keeps the name blocks bounded."""


Group = tuple[str, str]
"""A person record's group: its folded name key and its country ("" for none)."""
Token = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One person as one document knows them: the caller's opaque key, names, country and posts."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    titles: tuple[str, ...] = ()
    ambiguous: bool = False
    """Its name looks up more than ``LOOKUP_MAX`` fuller names in the run (``meeting_edges``): the partial
    pass leaves it alone. Set by the run's blocking (``name_blocks``), not by the caller."""


@dataclass(slots=True)
class _Group:
    """Records sharing one folded name key and one country (or none)."""

    key: str
    country: str | None
    parts: NameParts
    records: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    shorts: set[str] = field(default_factory=set)
    """Keys of one-word aliases the documents used for this person ("Machado")."""
    ambiguous: bool = False
    """Its name is a lookup of more than ``LOOKUP_MAX`` fuller names: the partial pass leaves it alone."""


class _Clusters:
    """Union-find over groups (or clusters) that refuses to join two different non-null countries."""

    def __init__(self, country: list[str | None], titles: list[set[str]], shorts: list[set[str]],
                 size: list[int]) -> None:
        self.parent = list(range(len(country)))
        self.country = country
        self.titles = titles
        self.shorts = shorts
        self.size = size

    @classmethod
    def of(cls, groups: Sequence[_Group]) -> _Clusters:
        return cls([g.country for g in groups], [set(g.titles) for g in groups], [set(g.shorts) for g in groups],
                   [len(g.records) for g in groups])

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def compatible(self, a: int, b: int) -> bool:
        ca, cb = self.country[self.find(a)], self.country[self.find(b)]
        return ca is None or cb is None or ca == cb

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.compatible(ra, rb):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.country[ra] = self.country[ra] or self.country[rb]
        self.titles[ra] |= self.titles[rb]
        self.shorts[ra] |= self.shorts[rb]
        self.size[ra] += self.size[rb]
        return True


def _principal(rec: PersonRecord) -> tuple[NameParts, list[NameParts], set[str]]:
    """Return the record's fullest name, its other multi-word names and its one-word alias keys."""
    parsed = [parse_name(n) for n in (rec.name, *rec.aliases) if n]
    parsed = [p for p in parsed if p.key]
    if not parsed:
        return parse_name(""), [], set()
    best = max(parsed, key=lambda p: (len(p.pieces), len(p.key), p.key))
    others = [p for p in parsed if p.key != best.key and not p.single]
    shorts = {p.key for p in parsed if p.single and p.key != best.key}
    return best, others, shorts


def _title_words(titles: Iterable[str]) -> set[str]:
    return {w for t in titles for w in t.lower().split() if w not in TITLE_STOP}


def _build_groups(records: Sequence[PersonRecord]) -> tuple[list[_Group], list[int], list[tuple[int, str]]]:
    """Group records by (key, country); return groups in content order, record -> group, and alias bridges."""
    by_key: dict[tuple[str, str], _Group] = {}
    rec_key: list[tuple[str, str]] = []
    bridges: list[tuple[tuple[str, str], str]] = []
    for i, rec in enumerate(records):
        best, others, shorts = _principal(rec)
        gkey = (best.key, rec.country or "")
        group = by_key.get(gkey)
        if group is None:
            group = by_key[gkey] = _Group(best.key, rec.country or None, best)
        group.records.append(i)
        group.titles |= _title_words(rec.titles)
        group.shorts |= shorts
        group.ambiguous |= rec.ambiguous
        rec_key.append(gkey)
        bridges.extend((gkey, o.key) for o in others)
    order = sorted(by_key)
    index = {k: n for n, k in enumerate(order)}
    groups = [by_key[k] for k in order]
    of_record = [index[k] for k in rec_key]
    return groups, of_record, [(index[g], k) for g, k in bridges]


def _link_exact(groups: Sequence[_Group], bridges: Sequence[tuple[int, str]], uf: _Clusters) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        by_key[g.key].append(n)
    for members in by_key.values():
        with_country = [n for n in members if groups[n].country]
        if len(with_country) > 1:
            # homonyms in several countries: a record without country joins only a dominant one
            total = sum(len(groups[n].records) for n in with_country)
            with_country = [n for n in with_country
                            if len(groups[n].records) >= DOMINANCE * (total - len(groups[n].records))]
        if len(with_country) == 1:
            for n in members:
                uf.union(with_country[0], n)
    for n, other_key in sorted(bridges):
        targets = [m for m in by_key.get(other_key, ()) if uf.compatible(n, m)]
        if len({uf.find(m) for m in targets}) == 1:
            uf.union(n, targets[0])


def _deletions(piece: str) -> set[str]:
    return {piece} | {piece[:i] + piece[i + 1:] for i in range(len(piece))}


def _one_typo(a: str, b: str) -> bool:
    """True when name pieces ``a`` and ``b`` differ by one edit and the longer is long enough to hold a typo."""
    return a != b and max(len(a), len(b)) >= TYPO_MIN_PIECE and OSA.distance(a, b) <= 1


def _link_typos(groups: Sequence[_Group], uf: _Clusters) -> None:
    """Join names that differ by one edit in one long piece ("Matsegora" / "Matsegpra")."""
    blocks: dict[tuple[int, int, tuple[str, ...], str], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        pieces = g.parts.pieces
        if g.parts.single or len(pieces) < 2:
            continue
        for i, piece in enumerate(pieces):
            if len(piece) >= TYPO_MIN_PIECE - 1:  # "Maco" is "Marco" with a letter lost
                rest = pieces[:i] + pieces[i + 1:] + g.parts.suffix
                variants = _deletions(piece) if len(piece) >= TYPO_MIN_PIECE else {piece}
                for variant in variants:
                    blocks[(len(pieces), i, rest, variant)].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1:]:
                    if groups[a].key != groups[b].key:
                        pairs.add((min(a, b), max(a, b)))
    for a, b in sorted(pairs):
        pa, pb = groups[a].parts.pieces, groups[b].parts.pieces
        diff = [i for i in range(len(pa)) if pa[i] != pb[i]]
        if len(diff) == 1 and _one_typo(pa[diff[0]], pb[diff[0]]) and uf.union(a, b):
            LOGGER.debug("typo rule joined %r and %r", groups[a].key, groups[b].key)


def _is_partial(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when ``short`` names the same person as ``full`` with pieces left out.

    Either it starts with the same first piece (an initial matches its piece) and the rest
    follows in order ("Ali Bagheri" / "Ali Bagheri Kani"), or it is the contiguous tail
    ("Sosa Machado" / "Ana Corina Sosa Machado").
    """
    if len(short) > len(full) or short == full:
        return False
    if full[len(full) - len(short):] == short:
        return True

    def same(a: str, b: str) -> bool:
        return a == b or (len(a) == 1 and b.startswith(a))

    if not same(short[0], full[0]):
        return False
    j = 1
    for piece in short[1:]:
        while j < len(full) and not same(piece, full[j]):
            j += 1
        if j == len(full):
            return False
        j += 1
    return True


def _pick(uf: _Clusters, n: int, candidates: Iterable[int], key: str, titles: set[str]) -> int | None:
    """Return the one candidate cluster compatible with group n, or None when ambiguous.

    Ties are broken, in order, by a document having used this very short form for the
    candidate ("Machado" for Maria Corina Machado, not for her niece), by one candidate
    dominating the others (``DOMINANCE``), and by a shared title word.
    """
    roots = sorted({uf.find(m) for m in candidates if uf.compatible(n, m)} - {uf.find(n)})
    total = sum(uf.size[r] for r in roots)
    tests: tuple[Callable[[int], bool], ...] = (
        lambda r: key in uf.shorts[r],
        lambda r: uf.size[r] >= DOMINANCE * (total - uf.size[r]),
        lambda r: bool(uf.titles[r] & titles),
    )
    for narrowed in tests:
        if len(roots) > 1:
            kept = [r for r in roots if narrowed(r)]
            roots = kept if len(kept) == 1 else roots
    return roots[0] if len(roots) == 1 else None


def _link_partial(groups: Sequence[_Group], uf: _Clusters) -> None:
    """Join shortened multi-word names to the one fuller name they fit."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        p = g.parts.pieces
        if g.parts.single:
            continue
        seen: set[tuple[str, str]] = set()
        for i in range(len(p)):
            for j in range(i + 1, len(p)):
                seen.add((p[i], p[j]))
        seen |= {(p[0][0] + ".", p[j]) for j in range(1, len(p))}
        for pair in seen:
            index[pair].append(n)
    order = sorted((n for n, g in enumerate(groups) if not g.parts.single),
                   key=lambda n: (-len(groups[n].parts.pieces), n))
    for n in order:
        if groups[n].ambiguous:
            continue
        short = groups[n].parts.pieces
        first = short[0] + "." if len(short[0]) == 1 else short[0]
        cands = [m for m in index.get((first, short[-1]), ())
                 if groups[m].parts.suffix == groups[n].parts.suffix and _is_partial(short, groups[m].parts.pieces)]
        target = _pick(uf, n, cands, groups[n].key, groups[n].titles)
        if target is not None and uf.union(n, target):
            LOGGER.debug("partial-name rule joined %r to %r", groups[n].key, groups[target].key)


@dataclass(slots=True)
class Cluster:
    """One cluster the passes of one name block left: all that the cross-block pass and the ids need."""

    first: tuple[str, str]
    """(key, country) of its first group: orders homonyms exactly as one pass over the whole run would."""
    country: str | None
    titles: set[str]
    shorts: set[str]
    size: int
    edge: set[str]
    """The words its multi-word names begin or end with (a surname alone may stand for it)."""
    tail: set[str]
    """The words its multi-word names end with: a given name alone stands for it only through these, or through a
    short form a document used for it (``_link_single``)."""
    middle: set[str]
    """Its names' long middle words ("Bagheri" of Ali Bagheri Kani)."""
    singles: list[tuple[tuple[str, str], str, set[str]]]
    """Its one-word, suffix-less groups: (group order key, name key, title words)."""
    names: Counter[str]
    """Display names of its records, counted once per record."""
    records: list[str]
    """The record keys it holds."""


def link_block(records: Sequence[PersonRecord]) -> list[Cluster]:
    """Resolve one name block (``person_blocks``): exact, typo and partial passes; return its clusters.

    A block holds every group that any of these passes could compare with one of its groups, so
    blocks are resolved independently, in any order or process, with the one-run result.
    """
    if not records:
        return []
    groups, of_record, bridges = _build_groups(records)
    uf = _Clusters.of(groups)
    _link_exact(groups, bridges, uf)
    _link_typos(groups, uf)
    _link_partial(groups, uf)
    out: dict[int, Cluster] = {}
    for n, g in enumerate(groups):
        root = uf.find(n)
        c = out.get(root)
        if c is None:
            c = out[root] = Cluster((g.key, g.country or ""), uf.country[root], uf.titles[root], uf.shorts[root],
                                    uf.size[root], set(), set(), set(), [], Counter(), [])
        if g.parts.single:
            if not g.parts.suffix:
                c.singles.append(((g.key, g.country or ""), g.key, g.titles))
        elif g.parts.words:
            words = ["".join(w) for w in g.parts.words]
            c.edge |= {words[0], words[-1], g.parts.words[-1][-1]}
            c.tail |= {words[-1], g.parts.words[-1][-1]}
            c.middle |= {w for w in set(words[1:-1]) - {words[0], words[-1]} if len(w) >= MIDDLE_MIN}
    for i, rec in enumerate(records):
        c = out[uf.find(of_record[i])]
        c.records.append(rec.key)
        for written in dict.fromkeys((rec.name, *rec.aliases)):
            if written and parse_name(written).key:
                c.names[display_name(written)] += 1
    return list(out.values())


def _tokens(rec: PersonRecord) -> tuple[Group, list[Token]]:
    """Return a record's group key and every blocking key its group can be compared through.

    ``("k", key)``: its name key and its aliases' (the exact pass). ``("t", pieces, position, rest, variant,
    piece)``: a typo key (``_link_typos``), with the group's own piece last, so that ``meeting_edges`` joins
    only the groups whose pieces are one typo apart. ``("p", a, b)``: an ordered pair of its pieces, which a
    shorter name may look up, and ``("q", a, b)``: the pair its own name looks up (``_link_partial``).
    """
    best, others, _ = _principal(rec)
    group = (best.key, rec.country or "")
    tokens: list[Token] = [("k", best.key)]
    tokens += [("k", o.key) for o in others]  # an alias bridges to the groups of that key
    p = best.pieces
    if not best.single and len(p) >= 2:
        for i, piece in enumerate(p):
            if len(piece) >= TYPO_MIN_PIECE - 1:
                rest = p[:i] + p[i + 1:] + best.suffix
                variants = _deletions(piece) if len(piece) >= TYPO_MIN_PIECE else {piece}
                tokens += [("t", len(p), i, rest, v, piece) for v in variants]
        pairs = {(p[i], p[j]) for i in range(len(p)) for j in range(i + 1, len(p))}
        pairs |= {(p[0][0] + ".", p[j]) for j in range(1, len(p))}
        tokens += [("p", a, b) for a, b in pairs]
        tokens.append(("q", p[0] + "." if len(p[0]) == 1 else p[0], p[-1]))
    return group, tokens


def meeting_key(token: Token) -> Token:
    """The key on which the groups holding ``token`` meet: a typo key without the group's own piece, a
    partial-name query as the pair of pieces it looks up; any other token is its own key."""
    if token[0] == "t":
        return token[:-1]
    if token[0] == "q":
        return ("p", *token[1:])
    return token


def _met(key: Token, held: Iterable[tuple[Token, Group]]) -> Iterator[tuple[Group, Group]]:
    """Edges between the groups holding tokens of one meeting key that a pass of ``link_block`` may join.

    A pair of pieces that no name looks up ("A. Lopez" for Ana Lopez and Alba Lopez, when no page wrote
    "A. Lopez") joins nobody. Of a typo key, only groups whose pieces are one typo apart (``_one_typo``):
    "Marenko" and "Marenka" share the deletion "Marenk" and are joined, "Marenko" and "Marinka" are not.
    A typo key of more than ``MAX_BLOCK`` groups, which the typo pass skips when all of them are in one
    block, keeps them all in one block, so that the pass sees the same count.
    """
    held = list(held)
    groups = sorted({group for _, group in held})
    if len(groups) < 2 or (key[0] == "p" and not any(token[0] == "q" for token, _ in held)):
        return
    if key[0] == "p":
        holders = {group for token, group in held if token[0] == "p"}
        names = {name for name, _ in holders}
        asking = {group for token, group in held if token[0] == "q"}
        ambiguous = sorted(group for group in asking if len(names - {group[0]}) > LOOKUP_MAX)
        if ambiguous:
            # they join nobody through this lookup (an edge to itself says so); the other groups as before
            yield from ((group, group) for group in ambiguous)
            asking -= set(ambiguous)
            if not asking:
                return
            groups = sorted(holders | asking)
    if key[0] == "t" and len(groups) <= MAX_BLOCK:
        pieces = sorted({(str(token[-1]), group) for token, group in held})
        for (a, group_a), (b, group_b) in combinations(pieces, 2):
            if group_a != group_b and _one_typo(a, b):
                yield group_a, group_b
        return
    yield from ((groups[0], group) for group in groups[1:])


def meeting_edges(pairs: Iterable[tuple[Token, Group]]) -> Iterator[tuple[Group, Group]]:
    """Return edges between groups (from their ``(token, group)`` pairs) that a pass of ``link_block`` may compare.

    An edge from a group to itself says its name is an ambiguous lookup (``LOOKUP_MAX``): no edge joins it
    through that lookup, and the partial pass must leave it alone (``PersonRecord.ambiguous``).

    Their components are the name blocks (``blocks_of``). A run may split the pairs by ``meeting_key`` and
    call this on each share (``resolve/plan.py``): the edges depend only on the pairs of one key. Each edge
    is a comparison the passes may make, or joins groups some such comparison joins (a name and every
    fuller name it may stand for), so a block holds every group any pass could compare with one of its
    groups and blocks resolve apart with the one-block result.
    """
    met: dict[Token, list[tuple[Token, Group]]] = defaultdict(list)
    for token, group in pairs:
        met[meeting_key(token)].append((token, group))
    for key, held in met.items():
        yield from _met(key, held)


def group_tokens(records: Sequence[PersonRecord]) -> tuple[list[Group], dict[Group, set[Token]]]:
    """Return each record's group and, per group, every blocking key its records can be compared through.

    Records written alike (one name, aliases and country) are parsed once: a famous person's many
    pages cost one parse. Groups, not records, are what ``blocks_of`` unites, so the parts of a run
    can compute this apart and merge the group tables (``resolve/plan.py``).
    """
    seen: dict[tuple[str, tuple[str, ...], str | None], tuple[Group, list[Token]]] = {}
    groups: list[Group] = []
    tokens: dict[Group, set[Token]] = {}
    for rec in records:
        written = (rec.name, rec.aliases, rec.country)
        found = seen.get(written)
        if found is None:
            found = seen[written] = _tokens(rec)
        group, toks = found
        groups.append(group)
        tokens.setdefault(group, set()).update(toks)
    return groups, tokens


def name_blocks(groups: Sequence[Group], tokens: dict[Group, set[Token]]) -> tuple[list[list[int]], set[Group]]:
    """Return the name blocks as lists of record indexes (``groups``: each record's), in order of their first record,
    and the groups whose name is an ambiguous lookup (``LOOKUP_MAX``).

    Groups are joined along ``meeting_edges``: the comparisons the passes of ``link_block`` may make.
    """
    uf = KeyUnion()
    ambiguous: set[Group] = set()
    for a, b in meeting_edges((token, group) for group, toks in tokens.items() for token in toks):
        if a == b:
            ambiguous.add(a)
        else:
            uf.union([("g", *a), ("g", *b)])
    blocks: dict[Hashable, list[int]] = {}
    for i, group in enumerate(groups):
        blocks.setdefault(uf.find(("g", *group)), []).append(i)
    LOGGER.debug("%d person records in %d name blocks", len(groups), len(blocks))
    return list(blocks.values()), ambiguous


def blocks_of(groups: Sequence[Group], tokens: dict[Group, set[Token]]) -> list[list[int]]:
    """Return the name blocks as lists of record indexes (``groups``: each record's), in order of their first record."""
    return name_blocks(groups, tokens)[0]


def marked(records: Sequence[PersonRecord], groups: Sequence[Group], ambiguous: set[Group]) -> list[PersonRecord]:
    """``records`` (of ``groups``), those whose name is an ambiguous lookup marked so (``PersonRecord.ambiguous``)."""
    return [replace(rec, ambiguous=True) if group in ambiguous and not rec.ambiguous else rec
            for rec, group in zip(records, groups, strict=True)]


def person_blocks(records: Sequence[PersonRecord]) -> list[list[int]]:
    """Return the name blocks of ``records`` as lists of record indexes, in order of their first record."""
    return blocks_of(*group_tokens(records))


def _link_single(clusters: Sequence[Cluster], uf: _Clusters) -> None:
    """Join each one-word name, in name order, to the one cluster it can stand for (``_pick``).

    A given name alone (``names.given_names``: "Charles", "Andrew") stands for a cluster it ends ("Warren"), or for
    one a document called by it, never merely for the one cluster it begins: a page that calls a prince "Charles"
    and another page's "Charles Simpson" are two people. Family names that come first (Chinese, Korean,
    Vietnamese: "Xi", "Moon") are not in that list and still join the one name they begin.
    """
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
        ends = edge.get(key, ())
        if key in given_names():
            ends = [m for m in ends if key in clusters[m].tail or key in uf.shorts[uf.find(m)]]
        target = _pick(uf, n, ends, key, titles[order])
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


def link_people(records: Sequence[PersonRecord], map_blocks: BlockMap | None = None,
                blocking: tuple[Sequence[Group], dict[Group, set[Token]]] | None = None) -> dict[str, str]:
    """Return a global entity id for every record key; records of one person share an id.

    The run is split into name blocks (``person_blocks``), each resolved alone
    (``link_block``, through ``map_blocks``: in this process by default), then one pass over the
    blocks' clusters links surname-only mentions and picks the ids (``link_across``). ``blocking``: the
    records' groups and the group tokens (``group_tokens``), when the parts of a run computed them already.
    """
    if not records:
        return {}
    groups, tokens = blocking or group_tokens(records)
    found, ambiguous = name_blocks(groups, tokens)
    records = marked(records, groups, ambiguous)
    blocks = [[records[i] for i in block] for block in found]
    clusters = [c for found in (map_blocks or in_order)(link_block, blocks) for c in found]
    ids = link_across(clusters)
    LOGGER.debug("linked %d person records into %d entities", len(records), len(set(ids.values())))
    return ids
