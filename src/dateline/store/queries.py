"""Answer the analyst's questions (people, dossiers, events, documents, graph) from the store.

Every function takes a ``Store`` and plain arguments and returns JSON-ready dicts, so the
CLI, the web pages and the JSON API share one implementation. Values are bound
parameters; the only SQL assembled at run time is fixed text and ``?`` placeholders.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from dateline.model import Evidence, Interval, Position, interval_from_json
from dateline.resolve.careers import Stated, Step, career
from dateline.store.db import Store

LOGGER = logging.getLogger(__name__)

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "GROUP")
"""Entity types that can have a dossier."""


def like_pattern(text: str) -> str:
    """Return a LIKE pattern matching ``text`` anywhere, its own % _ and \\ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def anchor(kind: str, ident: str | int) -> str:
    """Return the HTML id of a fact's evidence sentence in the article view (``ev-…``/``pos-…``)."""
    return f"{kind}-{ident}".replace(":", "-")


def _evidence(row: Any) -> dict[str, Any]:
    return {"text": row["ev_text"], "start": row["ev_start"], "end": row["ev_end"],
            "in": row["ev_place"], "caption": row["ev_caption"]}


def _pick_name(names: list[str]) -> str:
    """Prefer the most frequent spelling, then the longest (a full name over a bare surname)."""
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n), n))


def find_people(store: Store, name: str | None = None, types: tuple[str, ...] = ("PERSON",),
                limit: int = 50) -> list[dict[str, Any]]:
    """Return entities grouped by global id (most documents first), filtered by a name fragment."""
    types = tuple(t for t in types if t in ACTOR_TYPES) or ("PERSON",)
    params: list[Any] = list(types)
    where = f"type IN ({_marks(len(types))})"
    if name:
        where += (" AND global_id IN (SELECT global_id FROM entities WHERE name LIKE ? ESCAPE '\\'"
                  " OR aliases LIKE ? ESCAPE '\\' OR global_id = ?)")
        params += [like_pattern(name), like_pattern(name), name]
    top = store.execute(
        f"SELECT global_id FROM entities WHERE {where} GROUP BY global_id"
        " ORDER BY count(DISTINCT doc_id) DESC, global_id LIMIT ?",
        (*params, limit),
    )
    ids = [r["global_id"] for r in top]
    if not ids:
        return []
    rows = store.execute(
        "SELECT global_id, type, name, aliases, country, country_guess, doc_id FROM entities"
        f" WHERE global_id IN ({_marks(len(ids))})",
        ids,
    )
    grouped: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = grouped.setdefault(r["global_id"], {"id": r["global_id"], "type": r["type"], "names": [],
                                                "written": set(), "rows": [], "docs": set()})
        g["names"].append(r["name"])
        g["written"].update(json.loads(r["aliases"]))  # every spelling a text used, not only the run's name
        g["rows"].append(r)
        g["docs"].add(r["doc_id"])
    out = []
    for g in grouped.values():
        out.append({"id": g["id"], "type": g["type"], "name": _pick_name(g["names"]),
                    "aliases": sorted((set(g["names"]) | g["written"]) - {_pick_name(g["names"])}),
                    "country": shown_country(g["rows"]), "documents": len(g["docs"])})
    out.sort(key=lambda p: (-p["documents"], p["name"]))
    return out


def country_sources(rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Every country an entity's rows give, with the documents that state it and those that only guess it (the
    story's context, ``Entity.country_guess``): the shown country first (``shown_country``), then the others by
    documents, so a contradiction between sources stays visible instead of being merged away (issue 14)."""
    stated: dict[str, set[str]] = defaultdict(set)
    guessed: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["country_guess"]:
            guessed[r["country_guess"]].add(r["doc_id"])
        elif r["country"]:
            stated[r["country"]].add(r["doc_id"])
    shown = shown_country(rows)
    out = [{"country": code, "stated": len(stated.get(code, ())), "guessed": len(guessed.get(code, ()))}
           for code in set(stated) | set(guessed)]
    return sorted(out, key=lambda c: (c["country"] != shown, -c["stated"], -c["guessed"], c["country"]))


def shown_country(rows: Sequence[Any]) -> str | None:
    """Return the country most of an entity's rows state; only when none states one, the one most guess."""
    stated: Counter[str] = Counter(r["country"] for r in rows if r["country"] and not r["country_guess"])
    guessed: Counter[str] = Counter(r["country_guess"] for r in rows if r["country_guess"])
    for counter in (stated, guessed):
        if counter:
            return counter.most_common(1)[0][0]
    return None


def _event_actors(store: Store, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Return the actors (role, id, name, type, country) of each (doc_id, event_id)."""
    wanted = set(keys)
    doc_ids = sorted({k[0] for k in keys})
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        for r in store.execute(
            "SELECT a.doc_id, a.event_id, a.role, e.global_id, e.name, e.type, e.country FROM event_actors a"
            " JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity"
            f" WHERE a.doc_id IN ({_marks(len(chunk))}) ORDER BY a.rowid",
            chunk,
        ):
            key = (r["doc_id"], r["event_id"])
            if key in wanted:
                out[key].append({"role": r["role"], "id": r["global_id"], "name": r["name"],
                                 "type": r["type"], "country": r["country"]})
    return out


def _event_dict(r: Any, actors: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "doc_id": r["doc_id"], "id": r["local_id"], "type": r["type"], "mode": r["mode"],
        "modality": r["modality"],
        "date": {"start": r["date_start"], "end": r["date_end"], "text": r["date_text"],
                 "granularity": r["granularity"]},
        "occurrence": r["occurrence"], "actors": actors, "evidence": _evidence(r),
        "anchor": anchor("ev", r["local_id"]),
        "document": {"doc_id": r["doc_id"], "title": r["doc_title"], "published": r["published"],
                     "site": r["site"]},
    }


# The actor subquery runs once (row-value IN), not once per event as a correlated EXISTS would;
# CROSS JOIN makes SQLite filter entities first and then look up their roles by index.
_ACTOR_IN = (
    "(ev.doc_id, ev.local_id) IN (SELECT a.doc_id, a.event_id FROM entities e CROSS JOIN event_actors a"
    " ON a.doc_id = e.doc_id AND a.entity = e.local_id WHERE {cond})"
)


# Country filters match many actors, so they are checked per event while the timeline index is walked.
_ACTOR_EXISTS = (
    "EXISTS (SELECT 1 FROM event_actors a JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity"
    " WHERE a.doc_id = ev.doc_id AND a.event_id = ev.local_id AND ({cond}))"
)


def find_events(store: Store, *, actor: str | None = None, type: str | None = None,
                country: str | None = None, with_: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 100, offset: int = 0,
                fold: bool = True) -> list[dict[str, Any]]:
    """Return events in date order, filtered by actor (id or name), type, actor countries and dates.

    With ``fold`` (the default) the mentions of one page of ``limit`` are folded into occurrences
    (``occurrences``): one entry per real event, with ``sources`` and every report of it.

    ``country`` and ``with_`` each require an actor of that ISO3 country (``with_`` also
    accepts an actor id or name); ``since``/``until`` compare ISO dates with the event's
    interval, or the article's publication date when the event has none.
    """
    conds: list[str] = []
    params: list[Any] = []
    if type:
        conds.append("ev.type = ?")
        params.append(type.upper())
    if actor:
        conds.append(_ACTOR_IN.format(cond="e.global_id = ? OR e.name LIKE ? ESCAPE '\\'"))
        params += [actor, like_pattern(actor)]
    if country:
        conds.append(_ACTOR_EXISTS.format(cond="e.country = ?"))
        params.append(country.upper())
    if with_:
        conds.append(_ACTOR_EXISTS.format(cond="e.country = ? OR e.global_id = ? OR e.name LIKE ? ESCAPE '\\'"))
        params += [with_.upper(), with_, like_pattern(with_)]
    if since:
        conds.append("coalesce(ev.date_end, ev.sort_date) >= ?")
        params.append(since)
    if until:
        conds.append("ev.sort_date <= ?")
        params.append(until)
    where = " AND ".join(conds) or "1"
    # walks the (type,) sort_date index in order and stops at the limit
    rows = store.execute(
        "SELECT ev.*, d.title AS doc_title, d.published, d.site FROM events ev"
        f" JOIN documents d ON d.doc_id = ev.doc_id WHERE {where}"
        " ORDER BY ev.sort_date, ev.doc_id, ev.local_id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    if not fold:
        actors = _event_actors(store, [(r["doc_id"], r["local_id"]) for r in rows])
        return [_event_dict(r, actors.get((r["doc_id"], r["local_id"]), [])) for r in rows]
    return _fold_page(store, rows, where, params)


def _fold_page(store: Store, rows: list[Any], where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Turn one page of event mentions into occurrences, each with every report of it.

    An occurrence is listed where its first mention matching the filters falls, so one that
    spans two pages is listed once; its other reports come along whatever their dates.
    """
    if not rows:
        return []
    occ = sorted({r["occurrence"] for r in rows if r["occurrence"]})
    first_key = (rows[0]["sort_date"], rows[0]["doc_id"], rows[0]["local_id"])
    earlier: set[str] = set()
    members: list[Any] = list(rows)
    seen = {(r["doc_id"], r["local_id"]) for r in rows}
    for i in range(0, len(occ), 500):
        chunk = occ[i:i + 500]
        for r in store.execute(
            f"SELECT ev.occurrence, min(ev.sort_date || char(31) || ev.doc_id || char(31) || ev.local_id) AS first"
            f" FROM events ev WHERE ({where}) AND ev.occurrence IN ({_marks(len(chunk))}) GROUP BY ev.occurrence",
            (*params, *chunk),
        ):
            if tuple(r["first"].split("\x1f")) < first_key:
                earlier.add(r["occurrence"])
        for r in store.execute(
            "SELECT ev.*, d.title AS doc_title, d.published, d.site FROM events ev JOIN documents d"
            f" ON d.doc_id = ev.doc_id WHERE ev.occurrence IN ({_marks(len(chunk))})"
            " ORDER BY ev.sort_date, ev.doc_id, ev.local_id",
            chunk,
        ):
            if (r["doc_id"], r["local_id"]) not in seen:
                seen.add((r["doc_id"], r["local_id"]))
                members.append(r)
    members = [r for r in members if r["occurrence"] not in earlier]
    actors = _event_actors(store, [(r["doc_id"], r["local_id"]) for r in members])
    return occurrences([_event_dict(r, actors.get((r["doc_id"], r["local_id"]), [])) for r in members])


def dossier(store: Store, entity_id: str) -> dict[str, Any] | None:
    """Return one entity's dossier: names, posts with dates and sources, events, co-actors, sources."""
    rows = store.execute(
        "SELECT e.doc_id, e.local_id, e.type, e.name, e.aliases, e.country, e.country_guess, d.title,"
        " d.published, d.site,"
        " d.path, d.url FROM entities e JOIN documents d ON d.doc_id = e.doc_id WHERE e.global_id = ?"
        " ORDER BY d.published, e.doc_id",
        (entity_id,),
    )
    if not rows:
        return None
    names = [r["name"] for r in rows]
    aliases = {a for r in rows for a in json.loads(r["aliases"])} | set(names)
    sources = {r["doc_id"]: {"doc_id": r["doc_id"], "title": r["title"], "published": r["published"],
                             "site": r["site"], "path": r["path"], "url": r["url"]} for r in rows}
    locals_by_doc = defaultdict(list)
    for r in rows:
        locals_by_doc[r["doc_id"]].append(r["local_id"])
    posts = _career(store, entity_id, shown_country(rows))
    event_rows = store.execute(
        "SELECT DISTINCT ev.*, d.title AS doc_title, d.published, d.site FROM events ev"
        " JOIN documents d ON d.doc_id = ev.doc_id JOIN event_actors a ON a.doc_id = ev.doc_id"
        " AND a.event_id = ev.local_id JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity"
        " WHERE e.global_id = ? ORDER BY ev.sort_date, ev.doc_id, ev.local_id",
        (entity_id,),
    )
    actors = _event_actors(store, [(r["doc_id"], r["local_id"]) for r in event_rows])
    events = occurrences([_event_dict(r, actors.get((r["doc_id"], r["local_id"]), [])) for r in event_rows])
    co: dict[str, dict[str, Any]] = {}
    met: dict[str, dict[str, Any]] = {}
    for v in events:
        for a in v["actors"]:
            if a["id"] == entity_id:
                continue
            c = co.setdefault(a["id"], {"id": a["id"], "name": a["name"], "type": a["type"],
                                        "country": a["country"], "events": 0})
            c["events"] += 1
            if v["type"] == "CONSULT" and a["type"] == "PERSON":
                # "met" means a meeting, visit or call with that person, not any shared event
                m = met.setdefault(a["id"], {**c, "events": 0})
                m["events"] += 1
    name = _pick_name(names)
    return {
        "id": entity_id, "type": Counter(r["type"] for r in rows).most_common(1)[0][0], "name": name,
        "aliases": sorted(aliases - {name}),
        "country": shown_country(rows), "countries": country_sources(rows),
        "positions": posts, "events": events,
        "met": sorted(met.values(), key=lambda c: (-c["events"], c["name"])),
        "co_actors": sorted(co.values(), key=lambda c: (-c["events"], c["name"])),
        "sources": sorted(sources.values(), key=lambda s: (s["published"] or "", s["doc_id"])),
    }


def _date_width(v: dict[str, Any]) -> int:
    start, end = v["date"]["start"], v["date"]["end"] or v["date"]["start"]
    if not start:
        return 1_000_000
    try:
        return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days
    except ValueError:
        return 1_000_000


def occurrences(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold event mentions into occurrences: one entry per real event, with every report of it.

    Each entry is the report with the most precise date (then the earliest published), its
    actors the union of all reports' actors, ``reports`` every mention (sentence and source
    one click away) and ``sources`` the number of documents. Entries keep the input's order.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for v in events:
        groups.setdefault(v["occurrence"] or f"{v['doc_id']}/{v['id']}", []).append(v)
    out: list[dict[str, Any]] = []
    for members in groups.values():
        best = min(members, key=lambda v: (_date_width(v), v["document"]["published"] or "~", v["doc_id"]))
        seen = {(a["role"], a["id"]) for a in best["actors"]}
        actors = list(best["actors"])
        for v in members:
            for a in v["actors"]:
                if not any(a["id"] == i for _, i in seen):
                    seen.add((a["role"], a["id"]))
                    actors.append(a)
        out.append({**best, "actors": actors, "reports": members,
                    "sources": len({v["doc_id"] for v in members})})
    out.sort(key=lambda v: (v["date"]["start"] or v["document"]["published"] or "~", v["doc_id"], v["id"]))
    return out


def _interval(text: str | None) -> Interval | None:
    return interval_from_json(json.loads(text)) if text else None


def _interval_json(iv: Interval | None) -> dict[str, Any] | None:
    return iv.to_json() if iv is not None else None


def _career(store: Store, entity_id: str, person_country: str | None = None) -> list[dict[str, Any]]:
    """Return a person's career: one row per real post (``resolve.careers``), each with all its sources; a post no
    statement gives a state shows the person's (``person_country``)."""
    stated: list[Stated] = []
    for p in store.execute(
        "SELECT p.*, d.title AS doc_title, d.published, e.country_guess AS person_guess FROM positions p"
        " JOIN documents d ON d.doc_id = p.doc_id"
        " JOIN entities e ON e.doc_id = p.doc_id AND e.local_id = p.person WHERE e.global_id = ?"
        " ORDER BY coalesce(p.as_of, d.published), p.doc_id, p.seq",
        (entity_id,),
    ):
        ev = _evidence(p)
        # a post whose state its run took from the holder's guessed state (the story's context, not the text)
        # states none: it joins the post its other statements give a state (issue 14: "President X" of a story
        # about another state, ingested in a batch where no text states X's own)
        country = None if p["country"] and p["country"] == p["person_guess"] else p["country"]
        position = Position(
            person=entity_id, title=p["title"], title_text=p["title_text"], country=country,
            evidence=Evidence(ev["text"], ev["start"], ev["end"]), org=p["org"], start=_interval(p["start"]),
            end=_interval(p["end"]), as_of=p["as_of"])
        source = {"doc_id": p["doc_id"], "title_text": p["title_text"], "as_of": p["as_of"], "evidence": ev,
                  "start": json.loads(p["start"]) if p["start"] else None,
                  "end": json.loads(p["end"]) if p["end"] else None,
                  "anchor": anchor("pos", p["seq"]),
                  "document": {"doc_id": p["doc_id"], "title": p["doc_title"], "published": p["published"]}}
        stated.append(Stated(position, p["doc_id"], p["published"], source))
    steps = [
        Step(entity_id, r["doc_id"], r["ev_start"], r["type"],
             Interval(r["date_start"], r["date_end"], r["date_text"], r["granularity"]), r["trigger"])
        for r in store.execute(
            "SELECT DISTINCT ev.doc_id, ev.ev_start, ev.type, ev.date_start, ev.date_end, ev.date_text, ev.granularity,"
            " ev.trigger FROM events ev JOIN event_actors a ON a.doc_id = ev.doc_id AND a.event_id = ev.local_id"
            " JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity WHERE e.global_id = ?"
            " AND a.role IN ('target', 'participant') AND ev.date_start IS NOT NULL"
            " AND (ev.type IN ('APPOINT', 'DISMISS') AND ev.modality != 'negated'"
            " OR ev.type = 'DIE' AND ev.modality IN ('asserted', 'reported'))",
            (entity_id,),
        )
    ]
    out = []
    for post in career(stated, steps):
        sources = [s.ref for s in post.sources]
        first = sources[-1]  # the latest statement stands for the post where one sentence is shown
        out.append({
            "title": post.title, "title_text": post.title_text, "country": post.country or person_country,
            "org": post.org,
            "start": _interval_json(post.start), "end": _interval_json(post.end), "ended": post.ended,
            "as_of": post.as_of, "conflicts": [c.to_json() for c in post.conflicts], "sources": sources,
            "evidence": first["evidence"], "doc_id": first["doc_id"], "anchor": first["anchor"],
            "document": first["document"],
        })
    return out


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """Return one stored document with its entities (global ids), mentions, positions and events."""
    rows = store.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
    if not rows:
        return None
    d = rows[0]
    entities: dict[str, dict[str, Any]] = {}
    for e in store.execute("SELECT * FROM entities WHERE doc_id = ? ORDER BY local_id", (doc_id,)):
        entities[e["local_id"]] = {"local_id": e["local_id"], "id": e["global_id"], "type": e["type"],
                                   "name": e["name"], "aliases": json.loads(e["aliases"]),
                                   "country": e["country"], "mentions": []}
    for m in store.execute('SELECT local_id, start, "end", place, caption FROM mentions WHERE doc_id = ?'
                           " ORDER BY start", (doc_id,)):
        if m["local_id"] in entities:
            entities[m["local_id"]]["mentions"].append(
                {"start": m["start"], "end": m["end"], "in": m["place"], "caption": m["caption"]})
    positions = []
    for p in store.execute("SELECT * FROM positions WHERE doc_id = ? ORDER BY seq", (doc_id,)):
        person = entities.get(p["person"])
        positions.append({"person": person["id"] if person else p["person"],
                          "person_name": person["name"] if person else p["person"],
                          "title": p["title"], "title_text": p["title_text"], "country": p["country"],
                          "as_of": p["as_of"], "evidence": _evidence(p), "anchor": anchor("pos", p["seq"])})
    ev_rows = store.execute(
        "SELECT ev.*, d.title AS doc_title, d.published, d.site FROM events ev JOIN documents d"
        " ON d.doc_id = ev.doc_id WHERE ev.doc_id = ? ORDER BY ev.ev_start, ev.local_id", (doc_id,))
    actors = _event_actors(store, [(r["doc_id"], r["local_id"]) for r in ev_rows])
    return {
        "doc_id": d["doc_id"], "title": d["title"], "site": d["site"], "published": d["published"],
        "published_from": d["published_from"], "language": d["language"], "warnings": json.loads(d["warnings"]),
        "byline": json.loads(d["byline"]), "body": d["body"],
        "captions": json.loads(d["captions"]),
        "source": {"path": d["path"], "url": d["url"], "record": d["record"]},
        "entities": list(entities.values()), "positions": positions,
        "events": [_event_dict(r, actors.get((r["doc_id"], r["local_id"]), [])) for r in ev_rows],
    }


def graph(store: Store, *, type: str | None = None, since: str | None = None, until: str | None = None,
          limit: int = 400) -> dict[str, Any]:
    """Return states and people as nodes and the events linking them as weighted edges.

    A state node is its ISO3 country (``c:RUS``); people keep their global id. Each event
    links every pair of its actors (``event_links``, rebuilt at ingest); an edge carries
    its count and the event types seen, a node the number of links it takes part in.
    """
    conds, params = ["1"], []
    if type:
        conds.append("type = ?")
        params.append(type.upper())
    if since:
        conds.append("coalesce(date_end, sort_date) >= ?")
        params.append(since)
    if until:
        conds.append("sort_date <= ?")
        params.append(until)
    rows = store.execute(
        "SELECT source, target, type, count(*) AS n FROM event_links"
        f" WHERE {' AND '.join(conds)} GROUP BY source, target, type",
        params,
    )
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    weights: Counter[str] = Counter()
    for r in rows:
        e = edges.setdefault((r["source"], r["target"]),
                             {"source": r["source"], "target": r["target"], "count": 0, "types": {}})
        e["count"] += r["n"]
        e["types"][r["type"]] = r["n"]
        weights[r["source"]] += r["n"]
        weights[r["target"]] += r["n"]
    kept = sorted(edges.values(), key=lambda e: (-e["count"], e["source"], e["target"]))[:limit]
    used = sorted({e["source"] for e in kept} | {e["target"] for e in kept})
    people = [n for n in used if not n.startswith("c:")]
    names: dict[str, list[str]] = defaultdict(list)
    for i in range(0, len(people), 500):
        chunk = people[i:i + 500]
        for r in store.execute(
            f"SELECT global_id, name FROM entities WHERE type = 'PERSON' AND global_id IN ({_marks(len(chunk))})",
            chunk,
        ):
            names[r["global_id"]].append(r["name"])
    nodes = [
        {"id": n, "label": n[2:], "kind": "state", "href": None, "links": weights[n]}
        if n.startswith("c:") else
        {"id": n, "label": _pick_name(names[n]) if names[n] else n, "kind": "person", "href": n,
         "links": weights[n]}
        for n in used
    ]
    return {"nodes": nodes, "edges": [{"id": f"{e['source']}|{e['target']}", **e} for e in kept]}
