"""Hold what resolution decided for a run (``RunLinks``) and apply it to one document at a time."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from dateline.model import Document, Entity, Event, Position, replace

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
        source, target, participants = gids(ev.source), gids(ev.target), gids(ev.participants)
        if not (source or target or participants) and (ev.source or ev.target or ev.participants):
            # its only actors were fragments or places dropped here: no identifiable actor is left, so no event
            # (OUTPUT.md section 5)
            continue
        events.append(replace(ev, source=source, target=target, participants=participants,
                              location=kept(ev.location), attribution=kept(ev.attribution)))
    return replace(doc, entities=tuple(merged.values()), positions=tuple(positions), events=tuple(events))


_TYPE_RANK = ["PERSON", "GPE", "ORG", "GROUP", "LOC"]


def apply_links(index: int, doc: Document, links: RunLinks) -> Document:
    """Return document ``index`` with global entity ids and event occurrences filled in."""
    renamed = _rename(index, doc, links)
    events = tuple(replace(ev, occurrence=links.occurrences.get((index, ev.id), ev.occurrence)) for ev in renamed.events)
    return replace(renamed, events=events)
