"""Plan a run's links part by part: steps that each part runs alone (in parallel), and small merges between them.

A part is a list of (run index, light record) pairs. ``plan_links`` over one list of documents
is the one-part case; the Ray reduce runs the very same steps over the spill parts
(``scale/reduce.py``), each in a task that loads its own part, so the process that merges
holds person records, group tables, event items and per-part links, never the documents. The
steps, in order:

1. ``part_words``: the words of every person named in full (a one-word name among them is a person's);
2. ``part_entities``: kind corrections, organisation and place ids, person records and their
   blocking tokens (``identity.group_tokens``); then, merged: name blocks (``identity.blocks_of``),
   each linked alone (``map_blocks``), the cross-block pass, people read as organisations, and
   organisation merging (``orgs.regroup``);
3. ``part_facts``: per global id, counts of countries, names and types, post states and context
   guesses; merged into one country, name and type per id;
4. ``part_items``: each document renamed to global ids and its events as linking items; merged:
   ``same_event.link_items`` over all items, in document order.

Every merge is order-free or restores document order, so any split gives the one-part result.
"""

from __future__ import annotations

import itertools
import logging
import pickle
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import numpy as np

from dateline.model import Document, Evidence, Span, replace
from dateline.resolve.blocks import BlockMap, Ints, KeyUnion, array_components, in_order
from dateline.resolve.identity import (
    Cluster,
    Group,
    PersonRecord,
    Token,
    entity_id,
    group_tokens,
    link_across,
    link_block,
    link_people,
    meeting_edges,
    meeting_key,
)
from dateline.resolve.links import _TYPE_RANK, RunLinks, _rename, light_record
from dateline.resolve.same_event import (
    BUCKET_DAYS,
    CAREER_STEPS,
    ONCE_PER_PERSON,
    WINDOW_DAYS,
    _Item,
    _span,
    event_items,
    link_items,
    occurrence_id,
    partition_links,
    resolve_component,
)

if TYPE_CHECKING:
    from dateline.model import Entity
    from dateline.resolve.kinds import Kind
    from dateline.resolve.orgs import OrgTally

LOGGER = logging.getLogger(__name__)

Part = Sequence[tuple[int, Document]]
"""One part of a run: (index in the run, light record) of each of its documents, in any order."""

_Out = TypeVar("_Out")


class PartMap(Protocol):
    """How steps run: ``step(part, *args[n])`` for every part ``n``, answers in part order.

    ``in_memory`` holds the parts in this process; ``scale/reduce.py`` loads each spill part in a task.
    """

    def __call__(self, step: Callable[..., _Out], args: Sequence[tuple[Any, ...]]) -> list[_Out]: ...


def in_memory(parts: Sequence[Part]) -> PartMap:
    """Run the steps over parts held in this process, one after another."""
    def run(step: Callable[..., _Out], args: Sequence[tuple[Any, ...]]) -> list[_Out]:
        return [step(part, *a) for part, a in zip(parts, args, strict=True)]
    return run


_NO_EVIDENCE = Evidence("", 0, 0)
_NO_SPAN = Span(0, 0)


def planning_record(doc: Document) -> Document:
    """Return what the steps read of a document: its light record, each entity's mentions counted, not placed,
    and no evidence sentences (a part of such records pickles and loads in about half the time)."""
    return replace(
        light_record(doc),
        entities=tuple(replace(e, mentions=(_NO_SPAN,) * len(e.mentions)) for e in doc.entities),
        positions=tuple(replace(p, evidence=_NO_EVIDENCE) for p in doc.positions),
        events=tuple(replace(ev, evidence=_NO_EVIDENCE) for ev in doc.events),
    )


def _name_key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def part_words(part: Part) -> tuple[list[int], set[str]]:
    """Return the part's run indexes and the lower-cased words of every person it names in more than one word."""
    words: set[str] = set()
    for _, doc in part:
        for ent in doc.entities:
            if ent.type == "PERSON":
                for name in (ent.name, *ent.aliases):
                    parts = name.lower().split()
                    if len(parts) > 1:
                        words.update(parts)
    return [index for index, _ in part], words


@dataclass(slots=True)
class EntityPlan:
    """What ``part_entities`` decided for one part, and what the merge needs from it."""

    links: RunLinks
    """Ids of its organisations and places, kind corrections and dropped entities."""
    people: list[PersonRecord] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    tokens: dict[Group, set[Token]] = field(default_factory=dict)
    owners: list[tuple[str, ...]] = field(default_factory=list)
    """Per person record: the folded keys (four characters or more) of its names."""
    places: list[tuple[int, int]] = field(default_factory=list)
    """Per person record: (index, place in the document), its place in document order."""
    orgs: list[tuple[int, int, str, str, tuple[str, ...], str | None]] = field(default_factory=list)
    """Organisations left as they are: (index, place in the document, local id, name, aliases, country)."""


def _titles_by_person(doc: Document) -> dict[str, tuple[str, ...]]:
    """The titles each person holds in a document, read in one pass (not once per person: issue 16)."""
    titles: dict[str, set[str]] = defaultdict(set)
    for p in doc.positions:
        titles[p.person].add(p.title)
    return {person: tuple(sorted(held)) for person, held in titles.items()}


def part_entities(part: Part, words: frozenset[str]) -> EntityPlan:
    """Correct each entity's kind, give organisations and places their ids, and collect the part's people."""
    from dateline.resolve.kinds import correct_kind

    plan = _part_entities(part, lambda ent, post: correct_kind(ent.name, ent.type, country=ent.country,
                                                                holds_post=post, name_words=words))
    plan.groups, plan.tokens = group_tokens(plan.people)
    return plan


KindKey = tuple[str, str, "str | None", bool, bool]
"""All that ``kinds.correct_kind`` reads of an entity: name, type, country, whether it holds a post in its
document, and whether its clean name (lower-cased) is one of the run's name words (a one-word person's)."""
Written = tuple[str, tuple[str, ...], "str | None"]
"""All that ``identity.group_tokens`` reads of a person record: name, aliases and country."""


def _kind_key(ent: Entity, holds_post: bool, words: frozenset[str]) -> KindKey:
    """The entity's ``KindKey`` (``words``: the run's name words that the part's one-word persons' names are)."""
    from dateline.resolve.kinds import clean_name

    named = bool(words) and ent.type == "PERSON" and clean_name(ent.name).lower() in words
    return (ent.name, ent.type, ent.country, holds_post, named)


def _part_entities(part: Part, kind_of: Callable[[Entity, bool], Kind | None]) -> EntityPlan:
    """``part_entities`` without the people's groups and tokens, each entity's kind from ``kind_of(entity,
    holds a post)``."""
    from dateline.resolve.kinds import clean_name

    plan = EntityPlan(RunLinks())
    links = plan.links
    for index, doc in part:
        titles = _titles_by_person(doc)
        for place, ent in enumerate(doc.entities):
            kind = kind_of(ent, bool(titles.get(ent.id)))
            if kind is not None:
                LOGGER.debug("kind rule %r: %s %r is %s", kind.rule, ent.type, ent.name, kind.type or "no entity")
                if kind.type is None:
                    links.dropped.add((index, ent.id))
                    continue
                country = ent.country or kind.country
                links.kinds[(index, ent.id)] = (kind.type, country)
                links.ids[(index, ent.id)] = entity_id(clean_name(ent.name), country, kind.type,
                                                       homonym=kind.type != "GPE" and country is not None)
            elif ent.type == "PERSON":
                rec = PersonRecord(f"{index}:{ent.id}", ent.name, ent.aliases, ent.country, titles.get(ent.id, ()))
                plan.people.append(rec)
                plan.places.append((index, place))
                plan.owners.append(tuple({k for k in map(_name_key, (rec.name, *rec.aliases)) if len(k) >= 4}))
            else:
                # "Foreign Ministry" of China and of Finland are two organisations: the state is part of the id
                links.ids[(index, ent.id)] = entity_id(ent.name, ent.country, ent.type,
                                                       homonym=ent.type != "GPE" and ent.country is not None)
                if ent.type == "ORG":
                    plan.orgs.append((index, place, ent.id, ent.name, ent.aliases, ent.country))
    return plan


def _people_read_as_orgs(plans: Sequence[EntityPlan], person_ids: dict[str, str]) -> None:
    """Make an "organisation" named exactly as one person of the run is named elsewhere that person.

    "Nahid Islam" read as an organisation on one page is the Nahid Islam another sentence names
    as a person; a name two people share decides nothing.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for plan in plans:
        for rec, keys in zip(plan.people, plan.owners, strict=True):
            for key in keys:
                owners[key].add(person_ids[rec.key])
    _orgs_named_as_people(plans, owners)


def _orgs_named_as_people(plans: Sequence[EntityPlan], owners: dict[str, set[str]]) -> None:
    """Apply ``_people_read_as_orgs`` given, per folded name key, the ids of the people it names."""
    for plan in plans:
        kept = []
        for org in plan.orgs:
            index, _, local, name, _, country = org
            found = owners.get(_name_key(name), set())
            if len(found) == 1:
                gid = next(iter(found))
                plan.links.ids[(index, local)] = gid
                plan.links.kinds[(index, local)] = ("PERSON", country)
                LOGGER.debug("person rule: organisation %r is the person %s", name, gid)
            else:
                kept.append(org)
        plan.orgs = kept


def _merge_orgs(plans: Sequence[EntityPlan]) -> None:
    """Give an organisation's acronym, misspellings and near names its one id (``resolve/orgs.py``).

    Mentions go to ``regroup`` in document order, as the names' order decides between equals.
    """
    from dateline.resolve.orgs import OrgMention, regroup

    part_of = {(org[0], org[2]): plan for plan in plans for org in plan.orgs}
    orgs = sorted((org for plan in plans for org in plan.orgs), key=lambda org: (org[0], org[1]))
    mentions = [OrgMention((index, local), index, part_of[(index, local)].links.ids[(index, local)],
                           (name, *aliases), country) for index, _, local, name, aliases, country in orgs]
    for key, gid in regroup(mentions).items():
        part_of[(key[0], key[1])].links.ids[(key[0], key[1])] = gid


class Stash:
    """A folder where steps leave what no merge should hold: person records between the steps of ``grouped_people``.

    Each value is one pickle, written by one task and read by another (shared storage on a cluster, as the
    spill parts are). Hand-written: a dozen lines over ``pickle``; the values are dateline's own records.
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder
        Path(folder).mkdir(parents=True, exist_ok=True)

    def _path(self, name: str) -> Path:
        return Path(self.folder) / f"{name}.pickle"

    def put(self, name: str, value: Any) -> None:
        with open(self._path(name), "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self, name: str) -> Any:
        with open(self._path(name), "rb") as f:
            return pickle.load(f)  # noqa: S301 - written by put in this very run

    def pop(self, name: str) -> Any:
        value = self.get(name)
        self._path(name).unlink()
        return value

    def drop(self, name: str) -> None:
        self._path(name).unlink()

    def _scattered(self, name: str) -> Path:
        return Path(self.folder) / f"{name}.scatter"

    def scatter(self, name: str, values: Sequence[Any]) -> None:
        """Write one value per destination (partition or part) into one file, ``slice`` reading one of them.

        A shuffle's source writes one file for all its destinations (not one file per destination: P x P
        small files per shuffle). The file holds the count, an offset per value and one more (int64, little
        endian), then the values pickled one after another; ``slice`` seeks to its own.
        """
        chunks = [pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) for value in values]
        offsets = np.cumsum([0, *(len(c) for c in chunks)], dtype="<i8")
        with open(self._scattered(name), "wb") as f:
            f.write(np.array([len(chunks)], dtype="<i8").tobytes())
            f.write(offsets.tobytes())
            for chunk in chunks:
                f.write(chunk)

    def slice(self, name: str, k: int) -> Any:
        """Read destination ``k``'s value of the file ``scatter`` wrote as ``name``."""
        with open(self._scattered(name), "rb") as f:
            count = int(np.frombuffer(f.read(8), dtype="<i8")[0])
            if not 0 <= k < count:
                raise IndexError(f"{name}: no destination {k} of {count}")
            f.seek(8 + 8 * k)
            start, end = np.frombuffer(f.read(16), dtype="<i8").tolist()
            f.seek(8 + 8 * (count + 1) + start)
            return pickle.loads(f.read(end - start))  # noqa: S301 - written by scatter in this very run

    def drop_scattered(self, names: Iterable[str]) -> None:
        """Remove the files ``scatter`` wrote as ``names``, once every destination has read its slice."""
        for name in names:
            self._scattered(name).unlink()


def part_single_names(part: Part) -> set[str]:
    """Return the lower-cased clean names of the part's one-word persons: all that ``kinds.correct_kind`` looks up
    in the run's name words (``part_entities``)."""
    from dateline.resolve.kinds import clean_name

    out: set[str] = set()
    for _, doc in part:
        for ent in doc.entities:
            if ent.type == "PERSON":
                clean = clean_name(ent.name)
                if len(clean.split()) == 1:
                    out.add(clean.lower())
    return out


def stash_words(part: Part, stash: Stash, number: int) -> int:
    """Stash the lower-cased words of every person the part names in more than one word (``words-N``) and its
    one-word persons' names (``singles-N``), for ``plan_stashed``; return the words."""
    words = part_words(part)[1]
    stash.put(f"words-{number}", words)
    stash.put(f"singles-{number}", part_single_names(part))
    return len(words)


def part_names(part: Part, stash: Stash, number: int, partitions: int) -> int:
    """Scatter the part's distinct names into partitions by name (``names-N``, slice K, for ``_name_partition``):
    the ``KindKey`` of every entity and, of a person, its ``Written`` form beside it. Returns their count.

    What is decided per name (its kind, its person group and blocking tokens) is then decided once per run in
    the name's partition, not once in every part that names it: a part's share of distinct names grows with the
    run (a slice of a larger archive names more people once), the run's share does not.
    """
    words: frozenset[str] = stash.get(f"name-words-{number}")
    found: set[tuple[KindKey, Written | None]] = set()
    for _, doc in part:
        titles = _titles_by_person(doc)
        for ent in doc.entities:
            key = _kind_key(ent, bool(titles.get(ent.id)), words)
            found.add((key, (ent.name, ent.aliases, ent.country) if ent.type == "PERSON" else None))
    out: list[list[tuple[KindKey, Written | None]]] = [[] for _ in range(partitions)]
    for pair in found:  # by name: an entity's kind key and its written form go to one partition
        out[_spread(pair[0][0], partitions)].append(pair)
    stash.scatter(f"names-{number}", out)
    return len(found)


def _name_partition(job: tuple[Stash, int, int]) -> int:
    """Decide every name of one partition once for the run: its kind (``kinds.correct_kind``) and, of a person
    record's written form, its group and blocking tokens (``identity.group_tokens``). Each part gets the kinds
    (not None) and groups of its own names (``name-answers-K``, slice N, for ``part_people``); the (token, group)
    pairs of the forms some person record of the run has are scattered by meeting key (``identity.meeting_key``;
    ``tokens-K``, slice J, for ``_token_edges``). Returns the partition's distinct names.
    """
    from dateline.resolve.kinds import clean_name, correct_kind

    stash, k, parts = job
    asked = [stash.slice(f"names-{number}", k) for number in range(parts)]
    kinds: dict[KindKey, Kind | None] = {}
    people: dict[Written, PersonRecord] = {}
    for pairs in asked:
        for key, written in pairs:
            if key not in kinds:
                name, kind, country, post, named = key
                kinds[key] = correct_kind(name, kind, country=country, holds_post=post,
                                          name_words=frozenset([clean_name(name).lower()]) if named else frozenset())
            if written is not None and kinds[key] is None and written not in people:
                people[written] = PersonRecord("", *written)
    groups, tokens = group_tokens(list(people.values()))
    group_of = {written: group for written, group in zip(people, groups, strict=True)}
    scattered: list[set[tuple[Token, Group]]] = [set() for _ in range(parts)]
    for group, toks in tokens.items():
        for token in toks:
            scattered[_spread(meeting_key(token), parts)].add((token, group))
    stash.scatter(f"tokens-{k}", [list(pairs) for pairs in scattered])
    answers = []
    for pairs in asked:
        mine_kinds = {key: kinds[key] for key, _ in pairs if kinds[key] is not None}
        mine_groups = {written: group_of[written] for _, written in pairs if written in group_of}
        answers.append((mine_kinds, mine_groups))
    stash.scatter(f"name-answers-{k}", answers)
    return len(kinds)


def part_people(part: Part, stash: Stash, number: int, partitions: int) -> int:
    """``part_entities`` with each name's kind and group as the name partitions decided them (``name-answers-K``),
    and the part's person records (``people-N``), links (``links-N``) and organisations (``orgs-N``) stashed.

    Each group's first place in the part is stashed too (``firsts-N``); returns the part's person records.
    """
    words: frozenset[str] = stash.pop(f"name-words-{number}")
    kinds: dict[KindKey, Kind] = {}
    group_of: dict[Written, Group] = {}
    for k in range(partitions):
        got_kinds, got_groups = stash.slice(f"name-answers-{k}", number)
        kinds.update(got_kinds)
        group_of.update(got_groups)
    plan = _part_entities(part, lambda ent, post: kinds.get(_kind_key(ent, post, words)))
    plan.groups = [group_of[(rec.name, rec.aliases, rec.country)] for rec in plan.people]
    firsts: dict[Group, tuple[int, int]] = {}
    for place, group in zip(plan.places, plan.groups, strict=True):
        if group not in firsts or place < firsts[group]:
            firsts[group] = place
    stash.put(f"firsts-{number}", firsts)
    stash.put(f"people-{number}", (plan.people, plan.places, plan.groups, plan.owners))
    stash.put(f"links-{number}", plan.links)
    stash.put(f"orgs-{number}", plan.orgs)
    return len(plan.people)


def token_edges(pairs: Iterable[tuple[Token, Group]]) -> set[tuple[Group, Group]]:
    """Return edges that join groups one pass of ``identity.link_block`` may compare (``identity.meeting_edges``).

    The groups' components over these edges are their name blocks (``identity.blocks_of``); a token one group
    alone holds (most typo variants) gives none, so the merge never sees it. ``pairs``: every pair of one or
    more meeting keys (``identity.meeting_key``), as the name partitions scatter them.
    """
    return set(meeting_edges(pairs))


def _token_edges(job: tuple[Stash, int, int]) -> int:
    """``token_edges`` over one partition of the run's blocking tokens (every name partition's ``tokens-J``, slice K), stashed
    (``edges-K``) for the merge to read one partition at a time; returns their count."""
    stash, k, parts = job
    edges = token_edges(pair for number in range(parts) for pair in stash.slice(f"tokens-{number}", k))
    stash.put(f"edges-{k}", edges)
    return len(edges)


def number_blocks(firsts: dict[Group, tuple[int, int]], edges: Iterable[tuple[Group, Group]]) -> dict[Group, int]:
    """Number the name blocks (``identity.blocks_of``) in order of their first record; return each group's block.

    ``edges``: pairs of groups that share a blocking token (``token_edges``).
    """
    uf = KeyUnion()
    for a, b in edges:
        uf.union((("g", *a), ("g", *b)))
    first_of: dict[Any, tuple[int, int]] = {}
    for group, place in firsts.items():
        root = uf.find(("g", *group))
        if root not in first_of or place < first_of[root]:
            first_of[root] = place
    number = {root: n for n, (root, _) in enumerate(sorted(first_of.items(), key=lambda kv: kv[1]))}
    return {group: number[uf.find(("g", *group))] for group in firsts}


def _scatter_people(job: tuple[Stash, int, int]) -> int:
    """Split one part's stashed person records into partitions by name block (``person-rows-N``, slice K); return their count."""
    stash, number, partitions = job
    people, places, groups, owners = stash.pop(f"people-{number}")
    block_of: dict[Group, int]
    block_of, ambiguous = stash.pop(f"person-blocks-{number}")  # its own groups' blocks, not the run's
    out: list[list[tuple[int, tuple[int, int], int, PersonRecord]]] = [[] for _ in range(partitions)]
    for rec, place, group in zip(people, places, groups, strict=True):
        block = block_of[group]
        if group in ambiguous:
            rec = dc_replace(rec, ambiguous=True)
        out[block % partitions].append((block, place, number, rec))
    stash.scatter(f"person-rows-{number}", out)
    stash.put(f"owners-{number}", [(rec.key, keys) for rec, keys in zip(people, owners, strict=True)])
    return len(people)


def _link_partition(job: tuple[Stash, int, int]) -> list[tuple[int, Cluster]]:
    """Link every name block of one partition (``identity.link_block``); return its clusters with their block.

    The clusters' record keys are stashed (``members-K``, per cluster: (part, key) of each record) and
    left out of the answer, so the merge holds clusters, not records.
    """
    stash, k, parts = job
    rows = [row for number in range(parts) for row in stash.slice(f"person-rows-{number}", k)]
    rows.sort(key=lambda row: (row[0], row[1]))  # block, then document order: as one pass would meet them
    found: list[tuple[int, Cluster]] = []
    members: list[list[tuple[int, str]]] = []
    for block, group in itertools.groupby(rows, key=lambda row: row[0]):
        records = list(group)
        part_of = {rec.key: number for _, _, number, rec in records}
        for cluster in link_block([rec for _, _, _, rec in records]):
            members.append([(part_of[key], key) for key in cluster.records])
            found.append((block, dc_replace(cluster, records=[])))
    stash.put(f"members-{k}", members)
    return found


def _partition_ids(job: tuple[Stash, int, int, list[str]]) -> int:
    """Give the records of one partition their cluster's global id; stash them per part (``ids-K``, slice N)."""
    stash, k, parts, ids = job
    per_part: list[dict[str, str]] = [{} for _ in range(parts)]
    for gid, members in zip(ids, stash.pop(f"members-{k}"), strict=True):
        for number, key in members:
            per_part[number][key] = gid
    stash.scatter(f"ids-{k}", per_part)
    return sum(len(found) for found in per_part)


def _part_person_ids(job: tuple[Stash, int, int]) -> int:
    """Gather one part's person ids from every partition into its stashed links; scatter, by folded name key, the
    ids of the people it names (``named-N``, slice K: for ``_name_owners``) beside the name keys of its own
    organisations (the names ``_part_orgs`` asks about); return the part's person records."""
    stash, number, partitions = job
    ids: dict[str, str] = {}
    for k in range(partitions):
        ids.update(stash.slice(f"ids-{k}", number))
    links: RunLinks = stash.get(f"links-{number}")
    for key, gid in ids.items():
        index_s, local = key.split(":", 1)
        links.ids[(int(index_s), local)] = gid
    stash.put(f"links-{number}", links)
    out: list[tuple[dict[str, set[str]], set[str]]] = [({}, set()) for _ in range(partitions)]
    for key, names in stash.pop(f"owners-{number}"):
        for name in names:
            out[_spread(name, partitions)][0].setdefault(name, set()).add(ids[key])
    for org in stash.get(f"orgs-{number}"):
        name = _name_key(org[3])
        out[_spread(name, partitions)][1].add(name)
    stash.scatter(f"named-{number}", out)
    return len(ids)


def _name_owners(job: tuple[Stash, int, int]) -> int:
    """Add up the people per folded name of one partition of names (every part's ``named-N``, slice K) and give each
    part the people its own organisations' names name (``person-names-K``, slice N, for ``_part_orgs``).

    The run's people per name are held a partition at a time here, not by the reduce task: that table grows
    with the run's distinct names. Returns the partition's names.
    """
    stash, k, parts = job
    owners: dict[str, set[str]] = defaultdict(set)
    asked: list[set[str]] = []
    for number in range(parts):
        named, keys = stash.slice(f"named-{number}", k)
        for name, gids in named.items():
            owners[name] |= gids
        asked.append(keys)
    stash.scatter(f"person-names-{k}", [{key: owners[key] for key in keys if key in owners} for keys in asked])
    return len(owners)


def grouped_people(count: int, stash: Stash, map_blocks: BlockMap | None) -> None:
    """Link the people of a run whose records ``part_people`` stashed, grouped by name block; set their ids.

    Hash-partitioned shuffles: each partition finds which groups share a blocking token (``_token_edges``),
    the merge numbers the name blocks from those edges and each group's first place (``number_blocks``), each part splits its records into one partition per part by block number
    (``block % partitions``), each partition links its own blocks (``identity.link_block``), the merge runs
    the cross-block pass over the clusters alone (``identity.link_across``), and the ids travel back to the
    parts. No task holds more person records than one part's or one partition's. The result equals
    ``identity.link_people`` over the whole run. Each part then gets, per folded name key of its organisations,
    the ids of the people that name names (``_name_owners``: partitioned by name, ``person-names-K``, slice N).
    """
    run = map_blocks or in_order
    parts = partitions = max(1, count)
    # the merges read what the steps stashed one part or partition at a time: never every part's answer at once
    firsts: dict[Group, tuple[int, int]] = {}
    for number in range(parts):
        for group, place in stash.get(f"firsts-{number}").items():
            if group not in firsts or place < firsts[group]:
                firsts[group] = place
    run(_token_edges, [(stash, k, parts) for k in range(partitions)])
    stash.drop_scattered(f"tokens-{n}" for n in range(parts))
    ambiguous: set[Group] = set()  # names that are ambiguous lookups (``identity.LOOKUP_MAX``): edges to themselves

    def edges() -> Iterator[tuple[Group, Group]]:
        for k in range(partitions):
            for a, b in stash.pop(f"edges-{k}"):
                if a == b:
                    ambiguous.add(a)
                else:
                    yield a, b

    block_of = number_blocks(firsts, edges())
    del firsts
    # each part gets the blocks of its own groups and which of them are ambiguous lookups (``person-blocks-N``):
    # a part that read the run's whole table would cost every part a read that grows with the run (quadratic)
    for number in range(parts):
        own = stash.pop(f"firsts-{number}")
        stash.put(f"person-blocks-{number}", ({group: block_of[group] for group in own}, ambiguous & own.keys()))
    del block_of, ambiguous
    records = sum(run(_scatter_people, [(stash, n, partitions) for n in range(parts)]))
    found = run(_link_partition, [(stash, k, parts) for k in range(partitions)])
    stash.drop_scattered(f"person-rows-{n}" for n in range(parts))
    # the clusters in block order, each block's as link_block returned them: the order link_people gives link_across
    order = sorted((block, k, j) for k, got in enumerate(found) for j, (block, _) in enumerate(got))
    ids = link_across([dc_replace(found[k][j][1], records=[f"{k}:{j}"]) for _, k, j in order])
    del order
    per_partition = [[ids[f"{k}:{j}"] for j in range(len(got))] for k, got in enumerate(found)]
    del found, ids
    run(_partition_ids, [(stash, k, parts, per_partition[k]) for k in range(partitions)])
    run(_part_person_ids, [(stash, n, partitions) for n in range(parts)])
    stash.drop_scattered(f"ids-{k}" for k in range(partitions))
    run(_name_owners, [(stash, k, parts) for k in range(partitions)])
    stash.drop_scattered(f"named-{n}" for n in range(parts))
    LOGGER.debug("linked %d person records in %d partitions", records, partitions)


def plan_entities(run: PartMap, count: int, map_blocks: BlockMap | None,
                  found: Sequence[tuple[list[int], set[str]]] | None = None) -> tuple[list[RunLinks], list[list[int]]]:
    """Steps 1 and 2: each part's entity ids (people linked across the whole run); return its links and indexes.

    ``found``: each part's ``part_words``, when the caller read them while preparing the parts.
    """
    found = found if found is not None else run(part_words, [()] * count)
    words = frozenset().union(*(w for _, w in found))
    plans = run(part_entities, [(words,)] * count)
    # person records in document order, as one pass over the run would meet them
    order = sorted(((place, n, k) for n, plan in enumerate(plans) for k, place in enumerate(plan.places)))
    people = [plans[n].people[k] for _, n, k in order]
    groups = [plans[n].groups[k] for _, n, k in order]
    del order
    tokens: dict[Group, set[Token]] = {}
    for plan in plans:
        for group, toks in plan.tokens.items():
            tokens.setdefault(group, set()).update(toks)
        plan.tokens, plan.groups, plan.places = {}, [], []
    person_ids = link_people(people, map_blocks, (groups, tokens))
    del people, groups, tokens
    for plan in plans:
        for rec in plan.people:
            index_s, local = rec.key.split(":", 1)
            plan.links.ids[(int(index_s), local)] = person_ids[rec.key]
    _people_read_as_orgs(plans, person_ids)
    _merge_orgs(plans)
    return [plan.links for plan in plans], [indexes for indexes, _ in found]


@dataclass(slots=True)
class Facts:
    """Per global id, what one part says of it: countries and names (counted), best type, post states, guesses."""

    countries: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    types: dict[str, str] = field(default_factory=dict)
    posts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    guesses: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add_type(self, gid: str, kind: str) -> None:
        old = self.types.get(gid)
        if old is None or _TYPE_RANK.index(kind) < _TYPE_RANK.index(old):
            self.types[gid] = kind

    def update(self, other: Facts) -> None:
        """Add another part's facts (every merge is a sum, a union or the best rank: order-free)."""
        for gid, counter in other.countries.items():
            self.countries[gid].update(counter)
        for gid, counter in other.names.items():
            self.names[gid].update(counter)
        for gid, kind in other.types.items():
            self.add_type(gid, kind)
        for gid, codes in other.posts.items():
            self.posts[gid] |= codes
        for gid, counter in other.guesses.items():
            self.guesses[gid].update(counter)


def part_facts(part: Part, links: RunLinks) -> Facts:
    """Collect what the part's mentions say of each global id (``links``: the part's entity ids)."""
    from dateline.resolve.careers import post_state
    from dateline.resolve.kinds import clean_name

    facts = Facts()
    states: dict[str, str | None] = {}
    for index, doc in part:
        for ent in doc.entities:
            if (index, ent.id) in links.dropped:
                continue
            gid = links.ids.get((index, ent.id), ent.id)
            kind, country = links.kinds.get((index, ent.id), (ent.type, ent.country))
            if country:
                facts.countries[gid][country] += len(ent.mentions) or 1
            facts.names[gid][clean_name(ent.name) if (index, ent.id) in links.kinds else ent.name] += 1
            facts.add_type(gid, kind)
            if ent.country_guess:
                facts.guesses[gid][ent.country_guess] += len(ent.mentions) or 1
        for pos in doc.positions:
            if pos.title_text not in states:
                states[pos.title_text] = post_state(pos.title_text)
            code = states[pos.title_text]
            if code:
                facts.posts[links.ids.get((index, pos.person), pos.person)].add(code)
    return facts


def settle_facts(facts: Facts, links: RunLinks) -> None:
    """Pick, per global id, the country most mentions agree on, the most common name and the best type."""
    links.types.update(facts.types)
    for gid, counter in facts.countries.items():
        links.countries[gid] = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    # a person no document gives a state: the one state their posts name ("mayor of Davao City")
    for gid, found in facts.posts.items():
        if len(found) == 1 and gid not in links.countries and links.types.get(gid) == "PERSON":
            links.countries[gid] = next(iter(found))
            LOGGER.debug("post rule: %s belongs to %s", gid, links.countries[gid])
    # nor their posts: the state their stories' context suggests (``Entity.country_guess``), when one leads
    for gid, counter in facts.guesses.items():
        if gid in links.countries or links.types.get(gid) != "PERSON":
            continue
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            links.countries[gid] = ranked[0][0]
            links.guessed.add(gid)
            LOGGER.debug("context rule: %s belongs to %s", gid, links.countries[gid])
    for gid, counter in facts.names.items():
        # the most frequent full form; ties go to the longer, then alphabetically first name
        links.names[gid] = sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _restricted(links: RunLinks, facts: RunLinks) -> None:
    """Give one part's links the facts of the global ids it uses (and no others)."""
    _restricted_ids(links, facts, set(links.ids.values()))


def _restricted_ids(links: RunLinks, facts: RunLinks, gids: Iterable[str]) -> None:
    """Give ``links`` the settled facts (``facts``) of ``gids``."""
    for gid in gids:
        if gid in facts.countries:
            links.countries[gid] = facts.countries[gid]
        if gid in facts.names:
            links.names[gid] = facts.names[gid]
        if gid in facts.types:
            links.types[gid] = facts.types[gid]
        if gid in facts.guessed:
            links.guessed.add(gid)


def part_items(part: Part, links: RunLinks) -> list[_Item]:
    """Rename the part's documents to global ids and return their events as linking items."""
    ordered = sorted(part, key=lambda pair: pair[0])
    return event_items([_rename(index, doc, links) for index, doc in ordered], [index for index, _ in ordered])


EVENT_SLOTS = 20
"""Bits of an event's number left for its place in its document: (document index << 20) | place sorts as
document order, each document's events in order, as ``same_event.link_items`` numbers them."""
_ONCE = -1
"""The bucket of an event type compared whatever the dates (``same_event.ONCE_PER_PERSON``): one block per actor."""
_CAREER = -2
"""The bucket of a person's career steps of one kind (``same_event.CAREER_STEPS``), whatever the dates: one block per
person, where an undated step finds the dated ones it may be (``same_event._career_partitions``)."""

Block = tuple[str, int, str]
"""A comparison block: (type, date bucket, ""), (type, ``_ONCE``, actor key) for ``ONCE_PER_PERSON`` types, or
(type, ``_CAREER``, person) for career steps."""
EventRow = tuple[Block, int, int, _Item]
"""An event in its comparison block: (block, its number, its first bucket, the item)."""


def _spread(key: object, partitions: int) -> int:
    """The partition of a block key: a hash that every process computes alike (``hash`` is salted per process)."""
    return zlib.crc32(repr(key).encode()) % partitions


def part_event_rows(part: Part, stash: Stash, number: int, partitions: int) -> int:
    """Give the part's stashed links the settled facts of their ids, number the part's events, stash them
    (``items-N``) and scatter them by comparison block (``events-N``, slice K).

    An event goes to every block of ``same_event.event_partitions`` it belongs to: its type and each
    date bucket its span touches. ``same_event.event_partitions`` puts every event of a ``ONCE_PER_PERSON`` type
    (a death) in one block, whatever the dates, where events are compared only within (type, actor key); here
    such an event goes to one block per actor key (``_ONCE``), so that no one partition holds every death of the
    run: each pair the one block compares shares a key, and so meets in that key's block, and a pair that
    meets in a key's block is one the one block compares too (each test is of the pair alone; deaths give no
    vague-date candidates: ``same_event.RARE_TYPES``). A career step (``same_event.CAREER_STEPS``) also goes to
    one block per person (``_CAREER``), where an undated step finds the dated ones it may be, as in
    ``same_event._career_partitions``. Returns the part's events.
    """
    links: RunLinks = stash.get(f"links-{number}")
    settled = RunLinks()
    for k in range(partitions):  # the settled facts of the ids this part spoke of, one partition of ids each
        mine: RunLinks = stash.slice(f"settled-{k}", number)
        settled.countries.update(mine.countries)
        settled.names.update(mine.names)
        settled.types.update(mine.types)
        settled.guessed |= mine.guessed
    _restricted(links, settled)
    del settled
    stash.put(f"links-{number}", links)
    window = timedelta(days=WINDOW_DAYS)
    kept: list[tuple[int, _Item]] = []
    out: list[list[EventRow]] = [[] for _ in range(partitions)]
    place, last = 0, -1
    for it in part_items(part, links):
        place, last = (place + 1 if it.doc == last else 0), it.doc
        ident = (it.doc << EVENT_SLOTS) | place
        kept.append((ident, it))
        rows: list[EventRow] = []
        if it.event.type in ONCE_PER_PERSON:
            rows = [((it.event.type, _ONCE, key), ident, _ONCE, it) for key in sorted(it.keys)]
        elif (span := _span(it, window)) is not None:
            first = span[0].toordinal() // BUCKET_DAYS
            rows = [((it.event.type, bucket, ""), ident, first, it)
                    for bucket in range(first, span[1].toordinal() // BUCKET_DAYS + 1)]
        if it.event.type in CAREER_STEPS:
            rows += [((it.event.type, _CAREER, person), ident, _CAREER, it) for person in sorted(it.persons)]
        for row in rows:
            out[_spread(row[0], partitions)].append(row)
    stash.put(f"items-{number}", kept)
    stash.scatter(f"events-{number}", out)
    return len(kept)


def _event_partition(job: tuple[Stash, int, int]) -> Ints:
    """Compare the events of every comparison block of one partition (``same_event.partition_links``).

    The linked pairs, vague-date candidates and the linked events' items (with their part) are stashed
    (``pairs-K``); the answer is a spanning forest of the links, one edge (event, its local root) per
    linked event that is not a root, as an (m, 2) array: what the merge needs to join the partitions'
    links into components (``blocks.array_components``), a sixteen bytes per linked event.
    """
    stash, k, parts = job
    rows: list[EventRow] = []
    part_of: dict[int, int] = {}
    for number in range(parts):
        for row in stash.slice(f"events-{number}", k):
            rows.append(row)
            part_of[row[1]] = number
    rows.sort(key=lambda row: (row[0], row[1]))
    pairs: set[tuple[int, int]] = set()
    vague: dict[int, set[int]] = defaultdict(set)
    items: dict[int, tuple[int, _Item]] = {}
    for (_, bucket, _), group in itertools.groupby(rows, key=lambda row: row[0]):
        block = list(group)
        if len({it.doc for _, _, _, it in block}) < 2:  # events of one document never link with each other
            continue
        idents = [ident for _, ident, _, _ in block]
        whenever = bucket in (_ONCE, _CAREER)
        found, candidates = partition_links([it for _, _, _, it in block], WINDOW_DAYS,
                                            None if whenever else bucket,
                                            [] if whenever else [first for _, _, first, _ in block],
                                            career=bucket == _CAREER)
        linked = {n for pair in found for n in pair} | set(candidates) | {m for ms in candidates.values() for m in ms}
        items.update((idents[n], (part_of[idents[n]], block[n][3])) for n in linked)
        pairs |= {(idents[a], idents[b]) for a, b in found}
        for n, ms in candidates.items():
            vague[idents[n]] |= {idents[m] for m in ms}
    del rows, part_of
    uf = KeyUnion()
    for a, b in pairs:
        uf.union((a, b))
    for n, ms in vague.items():
        uf.union((n, *ms))
    stash.put(f"pairs-{k}", (sorted(pairs), dict(vague), items))
    forest = [(n, root) for n in items if (root := uf.find(n)) != n]
    return np.array(forest, dtype=np.int64).reshape(-1, 2)


def _route_linked(job: tuple[Stash, int, int]) -> int:
    """Send one partition's linked pairs, vague-date candidates and items (``pairs-K``) to their component's
    partition (``linked-K``, slice J), by the component numbers the merge stashed for its events (``event-labels-K``)."""
    stash, k, partitions = job
    pairs, vague, items = stash.pop(f"pairs-{k}")
    nodes, labels = stash.pop(f"event-labels-{k}")
    component = dict(zip(nodes.tolist(), labels.tolist(), strict=True))
    out: list[tuple[list[tuple[int, int, int, _Item]], list[tuple[int, int, int]], list[tuple[int, int, set[int]]]]] \
        = [([], [], []) for _ in range(partitions)]
    for ident, (part, it) in items.items():
        c = component[ident]  # a linked event is in a local component of two or more: in the forest
        out[c % partitions][0].append((c, ident, part, it))
    for a, b in pairs:
        c = component[a]
        out[c % partitions][1].append((c, a, b))
    for n, ms in vague.items():
        c = component[n]
        out[c % partitions][2].append((c, n, ms))
    stash.scatter(f"linked-{k}", out)
    return len(items)


def _resolve_components(job: tuple[Stash, int, int]) -> int:
    """Resolve every component of one partition (``same_event.resolve_component``); stash ids per part.

    Each component's pairs are sorted and its vague-date candidates ordered by event, as
    ``blocks.event_components`` gives them to ``same_event.link_items``.
    """
    stash, j, parts = job
    items: dict[int, tuple[int, _Item]] = {}
    pairs: dict[int, set[tuple[int, int]]] = defaultdict(set)
    vague: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for k in range(parts):
        found, linked, candidates = stash.slice(f"linked-{k}", j)
        for _, ident, part, it in found:
            items[ident] = (part, it)
        for c, a, b in linked:
            pairs[c].add((a, b))
        for c, n, ms in candidates:
            vague[c][n] |= ms
    per_part: list[dict[int, str]] = [{} for _ in range(parts)]
    for c in sorted(set(pairs) | set(vague)):
        comp_pairs = sorted(pairs.get(c, ()))
        comp_vague = {n: set(ms) for n, ms in sorted(vague[c].items())} if c in vague else {}
        members = sorted({n for pair in comp_pairs for n in pair} | set(comp_vague)
                         | {m for ms in comp_vague.values() for m in ms})
        local = {n: i for i, n in enumerate(members)}
        ids = resolve_component([items[n][1] for n in members], [(local[a], local[b]) for a, b in comp_pairs],
                                {local[n]: {local[m] for m in ms} for n, ms in comp_vague.items()})
        for i, oid in ids.items():
            per_part[items[members[i]][0]][members[i]] = oid
    stash.scatter(f"occurrences-{j}", per_part)
    return len(items)


def _part_occurrences(job: tuple[Stash, int, int]) -> int:
    """Give each event of one part its occurrence id in its stashed links: its component's, else its own."""
    stash, number, partitions = job
    found: dict[int, str] = {}
    for k in range(partitions):
        found.update(stash.slice(f"occurrences-{k}", number))
    links: RunLinks = stash.get(f"links-{number}")
    items = stash.pop(f"items-{number}")
    links.occurrences.update({(it.doc, it.event.id): found.get(ident) or occurrence_id([it.member])
                              for ident, it in items})
    stash.put(f"links-{number}", links)
    return len(items)


def grouped_events(run: PartMap, count: int, stash: Stash, map_blocks: BlockMap | None) -> None:
    """Link the events of a run grouped by comparison block, then by component; set each part's occurrences.

    Hash-partitioned shuffles, as ``grouped_people``: each part scatters its events by (type, date bucket)
    block into one partition per part, each partition compares its blocks and keeps its links and linked
    events, the merge joins the partitions' spanning forests into components (``blocks.array_components``:
    two arrays of event numbers, not the links), each partition sends its links and linked events to their
    component's partition, and each partition resolves its components. Equals ``same_event.link_items``
    over the run.
    Each part's links (``links-N``, with the settled facts of its ids in ``settled-K``, slice N) get their occurrences.
    """
    blocks = map_blocks or in_order
    parts = partitions = max(1, count)
    events = sum(run(part_event_rows, [(stash, n, partitions) for n in range(count)]))
    stash.drop_scattered(f"settled-{k}" for k in range(partitions))
    forests = blocks(_event_partition, [(stash, k, parts) for k in range(partitions)])
    stash.drop_scattered(f"events-{n}" for n in range(count))
    nodes, labels = array_components(np.concatenate(forests))
    for k, forest in enumerate(forests):
        mine = np.unique(forest.reshape(-1))
        stash.put(f"event-labels-{k}", (mine, labels[np.searchsorted(nodes, mine)]))
    del forests, nodes, labels
    linked = sum(blocks(_route_linked, [(stash, k, partitions) for k in range(partitions)]))
    blocks(_resolve_components, [(stash, k, parts) for k in range(partitions)])
    stash.drop_scattered(f"linked-{k}" for k in range(partitions))
    blocks(_part_occurrences, [(stash, n, partitions) for n in range(count)])
    stash.drop_scattered(f"occurrences-{k}" for k in range(partitions))
    LOGGER.debug("linked %d events (%d in components) in %d partitions", events, linked, partitions)


def _part_orgs(job: tuple[Stash, int, int]) -> OrgTally:
    """Make one part's organisations named as exactly one person that person (``_orgs_named_as_people``, with
    the people its organisations' names name: every name partition's ``person-names-K``, slice N) and tally the rest
    for ``orgs.merged_ids``; the part's links and organisations go back to the stash, and the ids of the
    organisations it kept (``org-gids-N``: the merge answers each part for its own ids)."""
    from dateline.resolve.orgs import OrgMention, tally

    stash, number, partitions = job
    named: dict[str, set[str]] = {}
    for k in range(partitions):
        named.update(stash.slice(f"person-names-{k}", number))
    plan = EntityPlan(stash.get(f"links-{number}"), orgs=stash.get(f"orgs-{number}"))
    _orgs_named_as_people([plan], named)
    stash.put(f"links-{number}", plan.links)
    stash.put(f"orgs-{number}", plan.orgs)
    stash.put(f"org-gids-{number}", {plan.links.ids[(index, local)] for index, _, local, _, _, _ in plan.orgs})
    return tally(((index, place), OrgMention((index, local), index, plan.links.ids[(index, local)], (name, *aliases),
                                             country))
                 for index, place, local, name, aliases, country in sorted(plan.orgs, key=lambda org: org[:2]))


def split_facts(facts: Facts, partitions: int) -> list[Facts]:
    """Split one part's facts into partitions by global id (``_spread``): every fact of one id in one partition."""
    out = [Facts() for _ in range(partitions)]
    for gid, counter in facts.countries.items():
        out[_spread(gid, partitions)].countries[gid] = counter
    for gid, counter in facts.names.items():
        out[_spread(gid, partitions)].names[gid] = counter
    for gid, kind in facts.types.items():
        out[_spread(gid, partitions)].types[gid] = kind
    for gid, codes in facts.posts.items():
        out[_spread(gid, partitions)].posts[gid] = codes
    for gid, counter in facts.guesses.items():
        out[_spread(gid, partitions)].guesses[gid] = counter
    return out


def _facts_ids(facts: Facts) -> set[str]:
    """Every global id one part's facts speak of (each entity it keeps gives its name: all its ids)."""
    return set(facts.names) | set(facts.types) | set(facts.countries) | set(facts.posts) | set(facts.guesses)


def _settle_partition(job: tuple[Stash, int, int]) -> int:
    """Add up every part's facts of one partition of global ids (``facts-N``, slice K), settle them (``settle_facts``:
    each id alone) and hand each part the settled facts of the ids it spoke of (``settled-K``, slice N).

    The facts are settled per partition, so no process holds the facts of every id of the run, and a part
    reads only its own ids' facts. Returns the partition's ids.
    """
    stash, k, parts = job
    facts = Facts()
    used: list[set[str]] = []
    for number in range(parts):
        got: Facts = stash.slice(f"facts-{number}", k)
        used.append(_facts_ids(got))
        facts.update(got)
    settled = RunLinks()
    settle_facts(facts, settled)
    del facts
    mine: list[RunLinks] = []
    for gids in used:
        mine.append(RunLinks())
        _restricted_ids(mine[-1], settled, gids)
    stash.scatter(f"settled-{k}", mine)
    return len(settled.types)


def _part_facts_stashed(part: Part, stash: Stash, number: int, partitions: int = 1) -> int:
    """``part_facts`` over the part's stashed links, once the organisations' merged ids (``org-ids-N``) are in them;
    the facts are split by global id into partitions (``facts-N``, slice K, for ``_settle_partition``). Returns the
    part's ids."""
    links: RunLinks = stash.get(f"links-{number}")
    merged: dict[str, str] = stash.pop(f"org-ids-{number}")  # its own organisations' merged ids, not the run's
    for index, _, local, _, _, _ in stash.pop(f"orgs-{number}"):
        gid = merged.get(links.ids[(index, local)])
        if gid is not None:
            links.ids[(index, local)] = gid
    stash.put(f"links-{number}", links)
    facts = part_facts(part, links)
    stash.scatter(f"facts-{number}", split_facts(facts, partitions))
    return len(facts.types)


def grouped_orgs(count: int, stash: Stash, map_blocks: BlockMap | None) -> None:
    """Decide the run's organisation ids part by part: people read as organisations, then merged organisations.

    Each part applies the people its organisations' names name (``_name_owners``) to its own organisations and
    tallies the rest (``_part_orgs``); the merge adds the tallies (one entry per organisation id, not per mention)
    and decides the merged ids (``orgs.merged_ids``), and each part gets those of its own organisations
    (``org-ids-N``), which ``_part_facts_stashed`` writes into its links. Equals ``_people_read_as_orgs`` and
    ``_merge_orgs`` over the whole run.
    """
    from dateline.resolve.orgs import OrgTally, merged_ids

    run = map_blocks or in_order
    partitions = max(1, count)
    found = OrgTally()
    for got in run(_part_orgs, [(stash, n, partitions) for n in range(count)]):
        found.add(got)
    stash.drop_scattered(f"person-names-{k}" for k in range(partitions))
    merged = merged_ids(found)
    del found
    # each part reads the merged ids of its own organisations: a read of the run's whole table in every part
    # would grow with the run (quadratic over it)
    for n in range(count):
        stash.put(f"org-ids-{n}", {gid: merged[gid] for gid in stash.pop(f"org-gids-{n}") if gid in merged})


def plan_stashed(run: PartMap, count: int, stash: Stash, map_blocks: BlockMap | None = None,
                 words_stashed: bool = False) -> None:
    """``plan_parts``, leaving each part's links in ``stash`` (``links-N``) and no records in this process.

    People are linked grouped by name block (``grouped_people``) and events by comparison block and
    component (``grouped_events``), one partition per task; the links travel between the steps in the
    stash; the steps' answers that the merges read (each group's first place, edges between groups, people
    per name, facts per id) are stashed too and read one part or partition at a time. This process holds
    what grows with distinct names (group tables, clusters, people per name, an organisation tally, facts
    per global id) and two int64 arrays of linked events, never person records, event items, organisation
    mentions, linked pairs or a part's links.
    """
    if not words_stashed:
        run(stash_words, [(stash, n) for n in range(count)])
    name_words: set[str] = set()
    for n in range(count):
        name_words |= stash.pop(f"words-{n}")
    # each part reads the name words its one-word persons' names are (``name-words-N``), not the run's whole set:
    # a read that grows with the run in every part would make the step quadratic over the run
    for n in range(count):
        stash.put(f"name-words-{n}", frozenset(stash.pop(f"singles-{n}") & name_words))
    del name_words
    partitions = max(1, count)
    run(part_names, [(stash, n, partitions) for n in range(count)])
    (map_blocks or in_order)(_name_partition, [(stash, k, count) for k in range(partitions)])
    stash.drop_scattered(f"names-{n}" for n in range(count))
    run(part_people, [(stash, n, partitions) for n in range(count)])
    stash.drop_scattered(f"name-answers-{k}" for k in range(partitions))
    grouped_people(count, stash, map_blocks)
    grouped_orgs(count, stash, map_blocks)
    run(_part_facts_stashed, [(stash, n, partitions) for n in range(count)])
    (map_blocks or in_order)(_settle_partition, [(stash, k, count) for k in range(partitions)])
    stash.drop_scattered(f"facts-{n}" for n in range(count))
    grouped_events(run, count, stash, map_blocks)


def plan_parts(run: PartMap, count: int, map_blocks: BlockMap | None = None,
               words: Sequence[tuple[list[int], set[str]]] | None = None, stash: Stash | None = None) -> list[RunLinks]:
    """Decide global entity ids and event occurrences for a run in ``count`` parts; return each part's links.

    Each part's links hold its own documents' ids and occurrences and the facts of the ids they use,
    all that ``resolve.apply_links`` needs for them. ``words``: each part's ``part_words``, if known.
    ``stash``: a folder the steps share, so that records are linked grouped by block (``plan_stashed``)
    and never gathered in the calling process.
    """
    if stash is not None:  # the parts stash their own words (``stash_words``)
        plan_stashed(run, count, stash, map_blocks)
        return [stash.pop(f"links-{n}") for n in range(count)]
    part_links, indexes = plan_entities(run, count, map_blocks, words)
    facts = Facts()
    for found in run(part_facts, [(links,) for links in part_links]):
        facts.update(found)
    settled = RunLinks()
    settle_facts(facts, settled)
    del facts
    for links in part_links:
        _restricted(links, settled)
    del settled
    items = sorted((it for found in run(part_items, [(links,) for links in part_links]) for it in found),
                   key=lambda it: it.doc)  # a stable sort: document order, each document's events in order
    occurrences = link_items(items, WINDOW_DAYS, map_blocks)
    part_of = {index: links for links, held in zip(part_links, indexes, strict=True) for index in held}
    for it, oid in zip(items, occurrences, strict=True):
        part_of[it.doc].occurrences[(it.doc, it.event.id)] = oid
    return part_links
