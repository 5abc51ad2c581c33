"""Resolve people and event occurrences across every stored document, so separate ingests connect.

People are linked by ``dateline.resolve.identity.link_people`` over all stored persons
(imported lazily: the store works before that module lands, falling back to linking by
the transliterated, hyphen-insensitive full name). Events are one occurrence when their
type, day and set of actors (people by global id, states by country) agree.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii

from dateline.store.db import Store

LOGGER = logging.getLogger(__name__)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """Return a spelling-insensitive key for a name: ASCII, lower case, words joined by hyphens."""
    return _NON_ALNUM.sub("-", anyascii(name).lower()).strip("-")


@dataclass(frozen=True, slots=True)
class _NameRecord:
    """The fields of resolve.identity.PersonRecord that the fallback linker reads."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    titles: tuple[str, ...] = ()


def _fallback_link(records: Sequence[Any]) -> dict[str, str]:
    """Link persons whose full names share one ``name_key`` (used until identity.py lands)."""
    return {r.key: "e:" + (name_key(r.name) or "unnamed") for r in records}


def _linker() -> tuple[Callable[[Sequence[Any]], dict[str, str]], Callable[..., Any]]:
    """Return (link_people, PersonRecord) from resolve.identity, or the fallback pair."""
    try:
        from dateline.resolve.identity import PersonRecord, link_people
    except ImportError:
        LOGGER.warning("dateline.resolve.identity is not available; linking people by name only")
        return _fallback_link, _NameRecord
    return link_people, PersonRecord


def link_store_people(store: Store) -> int:
    """Give every stored person a global id from ``link_people`` over all stored persons.

    Returns the number of entity rows whose global id changed.
    """
    link_people, person_record = _linker()
    titles: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in store.iterate("SELECT doc_id, person, title FROM positions"):
        titles[(row["doc_id"], row["person"])].append(row["title"])
    records = []
    for row in store.iterate(
        "SELECT doc_id, local_id, name, aliases, country FROM entities WHERE type = 'PERSON'"
        " ORDER BY doc_id, local_id"
    ):
        key = f"{row['doc_id']}\t{row['local_id']}"
        records.append(person_record(
            key=key, name=row["name"], aliases=tuple(json.loads(row["aliases"])), country=row["country"],
            titles=tuple(titles.get((row["doc_id"], row["local_id"]), ())),
        ))
    mapping = link_people(records)
    by_row = {tuple(key.split("\t", 1)): gid for key, gid in mapping.items()}
    changed = store.set_global_ids(by_row)  # type: ignore[arg-type]
    LOGGER.info("linked %s stored persons into %s people (%s changed)", len(records),
                len(set(mapping.values())), changed)
    return changed


def qualified_id(entity_id: str, country: str | None) -> str:
    """Return the store-wide id of an organisation, group or place: its id plus its country.

    Run-level ids of such entities are name slugs, so two countries' "Foreign Ministry"
    share one; across a store they must not.
    """
    if not country:
        return entity_id
    suffix = f"-{country.lower()}"
    return entity_id if entity_id.endswith(suffix) else entity_id + suffix


def link_store_others(store: Store) -> int:
    """Give organisations, groups and places their country-qualified global ids; return rows changed."""
    mapping = {
        (row["doc_id"], row["local_id"]): qualified_id(row["local_id"], row["country"])
        for row in store.iterate(
            "SELECT doc_id, local_id, country FROM entities WHERE type IN ('ORG', 'GROUP', 'LOC')")
    }
    return store.set_global_ids(mapping)


def occurrence_key(event_type: str, day: str | None, actors: Sequence[str]) -> str:
    """Return the occurrence id shared by events of one type, on one day, among the same actors."""
    payload = "\x1f".join([event_type, day or "", *sorted(set(actors))])
    return "o:" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]


def link_store_events(store: Store) -> int:
    """Group stored events into occurrences and rebuild the graph's edges (actor pairs per event).

    An event without a day stays its own occurrence. Returns the number of distinct occurrences.
    """
    actors: dict[tuple[str, str], list[str]] = defaultdict(list)
    graph_nodes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.iterate(
        "SELECT a.doc_id, a.event_id, e.type, e.country, e.global_id FROM event_actors a"
        " JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity"
    ):
        # a state acts as itself wherever it is named; a person by their global id
        is_state = row["type"] == "GPE" and bool(row["country"])
        anchor = f"c:{row['country']}" if is_state else row["global_id"]
        key = (row["doc_id"], row["event_id"])
        actors[key].append(anchor)
        if is_state or row["type"] == "PERSON":
            graph_nodes[key].add(anchor)
    mapping: dict[tuple[str, str], str] = {}
    links: list[tuple[str, str, str, str, str | None, str, str]] = []
    for row in store.iterate(
        "SELECT doc_id, local_id, type, date_start, date_end, granularity, sort_date FROM events"
    ):
        key = (row["doc_id"], row["local_id"])
        if row["granularity"] == "day" and row["date_start"]:
            span = f"{row['date_start']}..{row['date_end'] or row['date_start']}"
            mapping[key] = occurrence_key(row["type"], span, actors.get(key, []))
        else:
            mapping[key] = occurrence_key(row["type"], None, [f"{key[0]}/{key[1]}"])
        nodes = sorted(graph_nodes.get(key, ()))
        links.extend((key[0], key[1], row["type"], row["sort_date"], row["date_end"], x, y)
                     for i, x in enumerate(nodes) for y in nodes[i + 1:])
    store.set_occurrences(mapping)
    store.replace_event_links(links)
    return len(set(mapping.values()))
