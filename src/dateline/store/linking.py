"""Resolve people and event occurrences across every stored document, so separate ingests connect.

People are linked by ``dateline.resolve.identity.link_people`` over all stored persons,
the rule ``extract --jsonl`` applies to one run, with the countries the texts state (a run's
guess from context, ``entities.country_guess``, is left out as resolution leaves it out). Events are grouped into occurrences by
``dateline.resolve.same_event.link_events``, the same rule ``extract --jsonl`` applies.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from anyascii import anyascii

from dateline.model import Document, Entity, Event, Evidence, Interval, Source
from dateline.resolve.identity import PersonRecord, link_people
from dateline.store.db import Store

LOGGER = logging.getLogger(__name__)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """Return a spelling-insensitive key for a name: ASCII, lower case, words joined by hyphens."""
    return _NON_ALNUM.sub("-", anyascii(name).lower()).strip("-")


def link_store_people(store: Store) -> int:
    """Give every stored person a global id from ``link_people`` over all stored persons.

    A linked person keeps the id most of its rows already carry (the id their run gave them),
    so a store loaded from ``extract --jsonl`` or from Ray shards shows the ids those outputs
    show, and a dossier's address survives later ingests. Returns the number of entity rows
    whose global id changed.
    """
    titles: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in store.iterate("SELECT doc_id, person, title FROM positions"):
        titles[(row["doc_id"], row["person"])].append(row["title"])
    records = []
    current: dict[str, str] = {}
    for row in store.iterate(
        "SELECT doc_id, local_id, name, aliases, country, country_guess, global_id FROM entities"
        " WHERE type = 'PERSON' ORDER BY doc_id, local_id"
    ):
        key = f"{row['doc_id']}\t{row['local_id']}"
        current[key] = row["global_id"]
        # a country one run only guessed from its stories' context says nothing about identity (issue 14):
        # the same person stated French elsewhere must not be split off by a guess of Niger
        stated = None if row["country_guess"] else row["country"]
        records.append(PersonRecord(
            key=key, name=row["name"], aliases=tuple(json.loads(row["aliases"])), country=stated,
            titles=tuple(titles.get((row["doc_id"], row["local_id"]), ())),
        ))
    names = {r.key: (r.name, *r.aliases) for r in records}
    mapping = _keep_run_ids(link_people(records), current, names)
    by_row = {tuple(key.split("\t", 1)): gid for key, gid in mapping.items()}
    changed = store.set_global_ids(by_row)  # type: ignore[arg-type]
    LOGGER.info("linked %s stored persons into %s people (%s changed)", len(records),
                len(set(mapping.values())), changed)
    return changed


def _slugs(names: Sequence[str]) -> set[str]:
    return {"e:" + name_key(n) for n in names if name_key(n)}


def _keep_run_ids(mapping: dict[str, str], current: dict[str, str],
                  names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Rename each linked cluster to the id most of its rows carry, unless another cluster has it.

    Only an id made from one of the cluster's names counts (a run's "e:steve-witkoff" for
    Steve / Steven Witkoff, perhaps with a country suffix), never a document's local id.
    """
    clusters: dict[str, list[str]] = defaultdict(list)
    for key, gid in mapping.items():
        clusters[gid].append(key)
    taken = set(clusters)
    renamed: dict[str, str] = {}
    for gid, keys in sorted(clusters.items()):
        slugs = _slugs([n for k in keys for n in names.get(k, ())])
        votes = Counter(current[k] for k in keys
                        if current.get(k) in slugs or current.get(k, "").rsplit("-", 1)[0] in slugs)
        best = min(votes, key=lambda i: (-votes[i], i != gid, i)) if votes else gid
        if best != gid and best not in taken:
            taken.add(best)
            renamed[gid] = best
    return {key: renamed.get(gid, gid) for key, gid in mapping.items()}


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
    """Give organisations, groups and places their country-qualified global ids; return rows changed.

    Organisations are then merged across every stored document by ``resolve.orgs.regroup``, the
    rule a run applies: "UN" from one ingest and "United Nations" from another become one.
    """
    from dateline.resolve.orgs import OrgMention, regroup

    mapping: dict[tuple[str, str], str] = {}
    mentions: list[OrgMention] = []
    for row in store.iterate(
            "SELECT doc_id, local_id, type, name, aliases, country FROM entities WHERE type IN ('ORG', 'GROUP', 'LOC')"):
        key = (row["doc_id"], row["local_id"])
        mapping[key] = qualified_id(row["local_id"], row["country"])
        if row["type"] == "ORG":
            mentions.append(OrgMention(key, row["doc_id"], mapping[key],
                                       (row["name"], *json.loads(row["aliases"])), row["country"]))
    for (doc_id, local_id), gid in regroup(mentions).items():
        mapping[(doc_id, local_id)] = gid
    return store.set_global_ids(mapping)


def _stored_events(store: Store) -> list[Document]:
    """Rebuild every stored document as a light record: global entity ids, events, publication date.

    Only what ``resolve.same_event.link_events`` reads is loaded (no text), so linking the
    whole store keeps small records in memory.
    """
    published = {r["doc_id"]: r["published"] for r in store.iterate("SELECT doc_id, published FROM documents")}
    entities: dict[str, dict[str, Entity]] = defaultdict(dict)
    global_of: dict[tuple[str, str], str] = {}
    for row in store.iterate("SELECT doc_id, local_id, type, name, country, global_id FROM entities"):
        global_of[(row["doc_id"], row["local_id"])] = row["global_id"]
        entities[row["doc_id"]].setdefault(
            row["global_id"], Entity(row["global_id"], row["type"], row["name"], country=row["country"]))
    roles: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.iterate("SELECT doc_id, event_id, role, entity FROM event_actors ORDER BY rowid"):
        gid = global_of.get((row["doc_id"], row["entity"]), row["entity"])
        side = roles[(row["doc_id"], row["event_id"])][row["role"]]
        if gid not in side:
            side.append(gid)
    events: dict[str, list[Event]] = defaultdict(list)
    nowhere = Evidence("", 0, 0)
    for row in store.iterate(
        "SELECT doc_id, local_id, type, mode, modality, date_start, date_end, date_text, granularity, location"
        " FROM events ORDER BY doc_id, local_id"
    ):
        key = (row["doc_id"], row["local_id"])
        when = None
        if row["date_start"] or row["date_text"]:
            when = Interval(row["date_start"], row["date_end"], row["date_text"], row["granularity"])
        location = global_of.get((row["doc_id"], row["location"])) if row["location"] else None
        events[row["doc_id"]].append(Event(
            row["local_id"], row["type"], nowhere, mode=row["mode"], modality=row["modality"], date=when,
            source=tuple(roles[key]["source"]), target=tuple(roles[key]["target"]),
            participants=tuple(roles[key]["participant"]), location=location))
    return [Document(Source(""), "", published=published.get(doc_id), doc_id=doc_id,
                     entities=tuple(entities[doc_id].values()), events=tuple(evs))
            for doc_id, evs in sorted(events.items())]


def link_store_events(store: Store) -> int:
    """Group stored events into occurrences and rebuild the graph's edges (actor pairs per occurrence).

    Occurrences are decided by ``resolve.same_event.link_events``, the one rule that
    ``extract --jsonl`` and the Ray engine also apply, over every stored document; occurrence
    ids hash their members (document id, event id), so the same pages give the same ids in
    all three. Returns the number of distinct occurrences.
    """
    from dateline.resolve.same_event import link_events

    mapping = {(doc.doc_id, ev.id): ev.occurrence or "" for doc in link_events(_stored_events(store))
               for ev in doc.events}
    graph_nodes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.iterate(
        "SELECT a.doc_id, a.event_id, e.type, e.country, e.global_id FROM event_actors a"
        " JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity"
    ):
        # a state acts as itself wherever it is named; a person by their global id
        if row["type"] == "GPE" and row["country"]:
            graph_nodes[(row["doc_id"], row["event_id"])].add(f"c:{row['country']}")
        elif row["type"] == "PERSON":
            graph_nodes[(row["doc_id"], row["event_id"])].add(row["global_id"])
    # the graph counts occurrences, not reports: one edge set per occurrence, on its first report,
    # joining every actor any report names
    first: dict[str, tuple[str, str, str, str, str | None]] = {}
    nodes_of: dict[str, set[str]] = defaultdict(set)
    for row in store.iterate("SELECT doc_id, local_id, type, date_end, sort_date FROM events"
                             " ORDER BY sort_date, doc_id, local_id"):
        key = (row["doc_id"], row["local_id"])
        occ = mapping.get(key) or f"{key[0]}/{key[1]}"
        first.setdefault(occ, (key[0], key[1], row["type"], row["sort_date"], row["date_end"]))
        nodes_of[occ] |= graph_nodes.get(key, set())
    links: list[tuple[str, str, str, str, str | None, str, str]] = []
    for occ, head in first.items():
        nodes = sorted(nodes_of[occ])
        links.extend((*head, x, y) for i, x in enumerate(nodes) for y in nodes[i + 1:])
    store.set_occurrences(mapping)
    store.replace_event_links(links)
    return len(set(mapping.values()))
