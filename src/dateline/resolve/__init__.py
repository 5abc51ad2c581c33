"""Link the documents of one run: one global id per real entity, one occurrence per real event.

Resolution runs in two steps so that a run of any size keeps only small records in
memory: ``plan_links`` reads light records (documents without their text) and decides
the global ids; ``apply_links`` rewrites one document at a time.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.model import Document, Entity, Event, Position, replace

if TYPE_CHECKING:
    from dateline.resolve.blocks import BlockMap

LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class RunLinks:
    """What plan_links decided: global ids per (document index, local id), and facts per global id."""

    ids: dict[tuple[int, str], str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    occurrences: dict[tuple[int, str], str] = field(default_factory=dict)
    kinds: dict[tuple[int, str], tuple[str, str | None]] = field(default_factory=dict)
    """Entities read as the wrong kind (a city read as an organisation): their type and country."""
    dropped: set[tuple[int, str]] = field(default_factory=set)
    """Entities that are no entity at all (a document's name, a fragment of a title)."""
    guessed: set[str] = field(default_factory=set)
    """Global ids whose country no document states: it is their stories' guess (``Entity.country_guess``)."""


def light_record(doc: Document) -> Document:
    """Return the document without its text: all that cross-document resolution reads."""
    return replace(doc, body="", captions=(), removed=())


def _titles_by_person(doc: Document) -> dict[str, tuple[str, ...]]:
    """The titles each person holds in a document, read in one pass (not once per person: issue 16)."""
    titles: dict[str, set[str]] = defaultdict(set)
    for p in doc.positions:
        titles[p.person].add(p.title)
    return {person: tuple(sorted(held)) for person, held in titles.items()}


def _full_name_words(docs: Sequence[Document | None]) -> frozenset[str]:
    """The lower-cased words of every person the run names in more than one word ("Machado" of "Maria Corina
    Machado"): a one-word name among them is that person's, not a town's."""
    words: set[str] = set()
    for doc in docs:
        for ent in doc.entities if doc is not None else ():
            if ent.type == "PERSON":
                for name in (ent.name, *ent.aliases):
                    parts = name.lower().split()
                    if len(parts) > 1:
                        words.update(parts)
    return frozenset(words)


def plan_links(docs: Sequence[Document | None], map_blocks: BlockMap | None = None) -> RunLinks:
    """Decide global entity ids and event occurrences for the documents of a run (None = a failure).

    People are resolved in name blocks and events in type and date blocks (``resolve/blocks.py``);
    ``map_blocks`` runs the blocks (in this process by default, on Ray Data from ``scale/ray.py``).
    """
    from dateline.resolve.identity import PersonRecord, entity_id, link_people
    from dateline.resolve.kinds import clean_name, correct_kind

    links = RunLinks()
    records: list[PersonRecord] = []
    words = _full_name_words(docs)
    for index, doc in enumerate(docs):
        if doc is None:
            continue
        titles = _titles_by_person(doc)
        for ent in doc.entities:
            key = f"{index}:{ent.id}"
            kind = correct_kind(ent.name, ent.type, country=ent.country, holds_post=bool(titles.get(ent.id)),
                                name_words=words)
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
                records.append(PersonRecord(key, ent.name, ent.aliases, ent.country, titles.get(ent.id, ())))
            else:
                # "Foreign Ministry" of China and of Finland are two organisations: the state is part of the id
                links.ids[(index, ent.id)] = entity_id(ent.name, ent.country, ent.type,
                                                       homonym=ent.type != "GPE" and ent.country is not None)
    person_ids = link_people(records, map_blocks)
    for rec in records:
        index_s, local = rec.key.split(":", 1)
        links.ids[(int(index_s), local)] = person_ids[rec.key]
    _people_read_as_orgs(docs, records, person_ids, links)
    _merge_orgs(docs, links)
    _plan_entity_facts(docs, links)
    _plan_occurrences(docs, links, map_blocks)
    return links


def _people_read_as_orgs(docs: Sequence[Document | None], records: Sequence[Any], person_ids: dict[str, str],
                         links: RunLinks) -> None:
    """Make an "organisation" named exactly as one person of the run is named elsewhere that person.

    "Nahid Islam" read as an organisation on one page is the Nahid Islam another sentence names
    as a person; a name two people share decides nothing.
    """
    def key(name: str) -> str:
        return "".join(ch for ch in name.lower() if ch.isalnum())

    owners: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for name in (rec.name, *rec.aliases):
            if len(key(name)) >= 4:
                owners[key(name)].add(person_ids[rec.key])
    for index, doc in enumerate(docs):
        if doc is None:
            continue
        for ent in doc.entities:
            if ent.type != "ORG" or (index, ent.id) in links.kinds or (index, ent.id) in links.dropped:
                continue
            found = owners.get(key(ent.name), set())
            if len(found) == 1:
                gid = next(iter(found))
                links.ids[(index, ent.id)] = gid
                links.kinds[(index, ent.id)] = ("PERSON", ent.country)
                LOGGER.debug("person rule: organisation %r is the person %s", ent.name, gid)


def _merge_orgs(docs: Sequence[Document | None], links: RunLinks) -> None:
    """Give an organisation's acronym, misspellings and near names its one id (``resolve/orgs.py``)."""
    from dateline.resolve.orgs import OrgMention, regroup

    mentions = [
        OrgMention((index, ent.id), index, links.ids.get((index, ent.id), ent.id), (ent.name, *ent.aliases),
                   ent.country)
        for index, doc in enumerate(docs) if doc is not None for ent in doc.entities
        if ent.type == "ORG" and (index, ent.id) not in links.kinds and (index, ent.id) not in links.dropped
    ]
    for key, gid in regroup(mentions).items():
        links.ids[(key[0], key[1])] = gid


def _plan_entity_facts(docs: Sequence[Document | None], links: RunLinks) -> None:
    """Pick, per global id, the country most mentions agree on and the longest common name."""
    from dateline.resolve.kinds import clean_name

    countries: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for index, doc in enumerate(docs):
        if doc is None:
            continue
        for ent in doc.entities:
            if (index, ent.id) in links.dropped:
                continue
            gid = links.ids.get((index, ent.id), ent.id)
            kind, country = links.kinds.get((index, ent.id), (ent.type, ent.country))
            if country:
                countries[gid][country] += len(ent.mentions) or 1
            names[gid][clean_name(ent.name) if (index, ent.id) in links.kinds else ent.name] += 1
            old = links.types.get(gid)
            if old is None or _TYPE_RANK.index(kind) < _TYPE_RANK.index(old):
                links.types[gid] = kind
    for gid, counter in countries.items():
        links.countries[gid] = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    _countries_from_posts(docs, links)
    _countries_from_context(docs, links)
    for gid, counter in names.items():
        # the most frequent full form; ties go to the longer, then alphabetically first name
        links.names[gid] = sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _countries_from_posts(docs: Sequence[Document | None], links: RunLinks) -> None:
    """Give a person no document gives a state the one state their posts name ("mayor of Davao City")."""
    from dateline.resolve.careers import post_state

    states: dict[str, set[str]] = defaultdict(set)
    for index, doc in enumerate(docs):
        if doc is None:
            continue
        for pos in doc.positions:
            gid = links.ids.get((index, pos.person), pos.person)
            if gid not in links.countries and links.types.get(gid) == "PERSON":
                code = post_state(pos.title_text)
                if code:
                    states[gid].add(code)
    for gid, found in states.items():
        if len(found) == 1:
            links.countries[gid] = next(iter(found))
            LOGGER.debug("post rule: %s belongs to %s", gid, links.countries[gid])


def _countries_from_context(docs: Sequence[Document | None], links: RunLinks) -> None:
    """Give a person no document ties to a state, nor their posts, the state their stories' context suggests
    (``Entity.country_guess``): the one most of their mentions' documents suggest, when one leads."""
    guesses: dict[str, Counter[str]] = defaultdict(Counter)
    for index, doc in enumerate(docs):
        if doc is None:
            continue
        for ent in doc.entities:
            if ent.country_guess and (index, ent.id) not in links.dropped:
                gid = links.ids.get((index, ent.id), ent.id)
                if gid not in links.countries and links.types.get(gid) == "PERSON":
                    guesses[gid][ent.country_guess] += len(ent.mentions) or 1
    for gid, counter in guesses.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            links.countries[gid] = ranked[0][0]
            links.guessed.add(gid)
            LOGGER.debug("context rule: %s belongs to %s", gid, links.countries[gid])


def _plan_occurrences(docs: Sequence[Document | None], links: RunLinks, map_blocks: BlockMap | None) -> None:
    from dateline.resolve.same_event import link_events

    renamed: list[Document] = []
    positions: list[int] = []
    for index, doc in enumerate(docs):
        if doc is not None:
            renamed.append(_rename(index, doc, links))
            positions.append(index)
    for index, doc in zip(positions, link_events(renamed, map_blocks=map_blocks)):
        for ev in doc.events:
            if ev.occurrence:
                links.occurrences[(index, ev.id)] = ev.occurrence


def _rename(index: int, doc: Document, links: RunLinks) -> Document:
    """Rewrite a document's local entity ids to global ones, merging entities that became one."""
    def gid(local: str | None) -> str | None:
        return None if local is None else links.ids.get((index, local), local)

    def gids(locals_: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for local in locals_:
            if (index, local) in links.dropped:
                continue
            g = gid(local)
            if g is not None and g not in out:
                out.append(g)
        return tuple(out)

    def kept(local: str | None) -> str | None:
        return None if local is None or (index, local) in links.dropped else gid(local)

    merged: dict[str, Entity] = {}
    for ent in doc.entities:
        if (index, ent.id) in links.dropped:
            continue
        if (index, ent.id) in links.kinds:
            kind, country = links.kinds[(index, ent.id)]
            ent = replace(ent, type=kind, country=ent.country or country)
        g = gid(ent.id) or ent.id
        country = ent.country or links.countries.get(g)
        # a country only the stories' context suggests stays marked as a guess, so a store linking
        # this run with others ignores it (issue 14); it is still the country shown when none is stated
        guess = country if ent.country is None and g in links.guessed else None
        name = links.names.get(g, ent.name)
        if g in merged:
            # one name, one thing: a person the NER also called an organisation stays a person
            old = merged[g]
            aliases = tuple(a for a in dict.fromkeys(old.aliases + (ent.name,) + ent.aliases) if a != old.name)
            # the end too: two mentions starting at one offset must not be ordered by hash (it varies per process)
            mentions = tuple(sorted(set(old.mentions + ent.mentions),
                                    key=lambda m: (m.where, m.caption or 0, m.start, m.end)))
            kind = min(old.type, ent.type, key=_TYPE_RANK.index)
            merged[g] = replace(old, type=kind, aliases=aliases, mentions=mentions, country=old.country or country,
                                country_guess=old.country_guess if old.country else guess)
        else:
            aliases = ent.aliases if ent.name == name else (ent.name,) + ent.aliases
            merged[g] = replace(ent, id=g, name=name, country=country, type=links.types.get(g, ent.type),
                                aliases=tuple(a for a in dict.fromkeys(aliases) if a != name), country_guess=guess)
    positions: list[Position] = []
    for pos in doc.positions:
        if (index, pos.person) in links.dropped:
            continue
        positions.append(replace(pos, person=gid(pos.person) or pos.person,
                                 country=pos.country or links.countries.get(gid(pos.person) or "")))
    events: list[Event] = []
    for ev in doc.events:
        events.append(replace(
            ev, source=gids(ev.source), target=gids(ev.target), participants=gids(ev.participants),
            location=kept(ev.location), attribution=kept(ev.attribution),
        ))
    return replace(doc, entities=tuple(merged.values()), positions=tuple(positions), events=tuple(events))


_TYPE_RANK = ["PERSON", "GPE", "ORG", "GROUP", "LOC"]


def apply_links(index: int, doc: Document, links: RunLinks) -> Document:
    """Return document ``index`` with global entity ids and event occurrences filled in."""
    renamed = _rename(index, doc, links)
    events = tuple(replace(ev, occurrence=links.occurrences.get((index, ev.id), ev.occurrence)) for ev in renamed.events)
    return replace(renamed, events=events)
