"""Export the store as contract JSON Lines (documents) or as flat CSV / Parquet tables (pyarrow).

JSON Lines gives one contract document per line, with entity ids replaced by the
store's global ids so documents ingested on different days share ids. CSV and Parquet
give one flat table: events (default), positions, entities or documents.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import (
    Document, Entity, Event, Evidence, Interval, Position, Removal, Source, Span, interval_from_json,
)
from dateline.store.db import Store

LOGGER = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "parquet"]
Table = Literal["events", "positions", "entities", "documents"]
TABLES: tuple[str, ...] = ("events", "positions", "entities", "documents")

_ACTORS = (
    "SELECT a.doc_id, a.event_id, a.role, e.global_id, e.name, e.country FROM event_actors a"
    " JOIN entities e ON e.doc_id = a.doc_id AND e.local_id = a.entity ORDER BY a.doc_id, a.event_id, a.rowid"
)

# Each flat table is one fixed query; the export never builds SQL from user input.
_TABLE_SQL: dict[str, str] = {
    "events": (
        "SELECT ev.doc_id, ev.local_id AS event_id, ev.type, ev.mode, ev.modality, ev.date_start, ev.date_end,"
        " ev.date_text, ev.granularity, ev.occurrence, ev.ev_text AS evidence, ev.ev_start AS evidence_start,"
        " ev.ev_end AS evidence_end, d.published, d.title, d.site, d.url, d.path"
        " FROM events ev JOIN documents d ON d.doc_id = ev.doc_id ORDER BY ev.doc_id, ev.local_id"
    ),
    "positions": (
        "SELECT p.doc_id, e.global_id AS person, e.name AS person_name, p.title, p.title_text, p.country, p.org,"
        " p.start, p.\"end\", p.as_of, p.ev_text AS evidence, p.ev_start AS evidence_start,"
        " p.ev_end AS evidence_end, d.published, d.url, d.path FROM positions p"
        " JOIN documents d ON d.doc_id = p.doc_id"
        " LEFT JOIN entities e ON e.doc_id = p.doc_id AND e.local_id = p.person ORDER BY p.doc_id, p.seq"
    ),
    "entities": (
        "SELECT global_id AS id, doc_id, local_id, type, name, aliases, country FROM entities"
        " ORDER BY global_id, doc_id"
    ),
    "documents": (
        "SELECT doc_id, path, url, record, title, site, published, published_from, language, byline, body,"
        " ingested_at"
        " FROM documents ORDER BY doc_id"
    ),
}

_EVENT_ACTOR_COLUMNS = ("source", "target", "participants")


def _event_actor_columns(store: Store) -> dict[tuple[str, str], dict[str, list[str]]]:
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    for r in store.iterate(_ACTORS):
        col = "participants" if r["role"] == "participant" else r["role"]
        out.setdefault((r["doc_id"], r["event_id"]), {c: [] for c in _EVENT_ACTOR_COLUMNS})[col].append(
            r["name"] if not r["country"] else f"{r['name']} ({r['country']})")
    return out


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of one flat export table as dicts (events carry their actors as '; '-joined names)."""
    if table not in _TABLE_SQL:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    actors = _event_actor_columns(store) if table == "events" else {}
    for r in store.iterate(_TABLE_SQL[table]):
        row = dict(r)
        if table == "events":
            names = actors.get((row["doc_id"], row["event_id"]), {})
            for col in _EVENT_ACTOR_COLUMNS:
                row[col] = "; ".join(names.get(col, []))
        yield row


def _evidence(row: Any) -> Evidence:
    return Evidence(row["ev_text"], row["ev_start"], row["ev_end"], row["ev_place"], row["ev_caption"])


def _interval(text: str | None) -> Interval | None:
    return interval_from_json(json.loads(text)) if text else None


def stored_document(store: Store, doc_id: str) -> Document:
    """Rebuild one stored document as the model's Document, its entities under their global ids.

    The one way out of the store's tables into the model: the JSON Lines, PLOVER and flat
    exports all serialise what this returns with the model's own ``to_json``.

    Raises:
        KeyError: when no document has this doc_id.
    """
    found = store.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
    if not found:
        raise KeyError(doc_id)
    d = found[0]
    spans: dict[str, list[Span]] = {}
    for m in store.execute('SELECT local_id, start, "end", place, caption FROM mentions WHERE doc_id = ?'
                           " ORDER BY start", (doc_id,)):
        spans.setdefault(m["local_id"], []).append(Span(m["start"], m["end"], m["place"], m["caption"]))
    rows = store.execute("SELECT * FROM entities WHERE doc_id = ? ORDER BY local_id", (doc_id,))
    ids = {e["local_id"]: e["global_id"] for e in rows}

    def gid(local: str | None) -> str | None:
        return ids.get(local, local) if local else None

    roles: dict[str, dict[str, list[str]]] = {}
    for a in store.execute("SELECT event_id, role, entity FROM event_actors WHERE doc_id = ? ORDER BY rowid",
                           (doc_id,)):
        roles.setdefault(a["event_id"], {"source": [], "target": [], "participant": []})[a["role"]].append(
            ids.get(a["entity"], a["entity"]))
    entities = tuple(Entity(e["global_id"], e["type"], e["name"], tuple(json.loads(e["aliases"])), e["country"],
                            tuple(spans.get(e["local_id"], ()))) for e in rows)
    positions = tuple(
        Position(person=ids.get(p["person"], p["person"]), title=p["title"], title_text=p["title_text"],
                 country=p["country"], evidence=_evidence(p), org=p["org"], start=_interval(p["start"]),
                 end=_interval(p["end"]), as_of=p["as_of"])
        for p in store.execute("SELECT * FROM positions WHERE doc_id = ? ORDER BY seq", (doc_id,)))
    events = []
    for v in store.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY local_id", (doc_id,)):
        sides = roles.get(v["local_id"], {})
        when = (Interval(v["date_start"], v["date_end"], v["date_text"], v["granularity"])
                if v["date_text"] or v["date_start"] else None)
        events.append(Event(
            id=v["local_id"], type=v["type"], evidence=_evidence(v), mode=v["mode"],
            source=tuple(sides.get("source", ())), target=tuple(sides.get("target", ())),
            participants=tuple(sides.get("participant", ())), location=gid(v["location"]), date=when,
            modality=v["modality"], attribution=gid(v["attribution"]), trigger=v["trigger"],
            occurrence=v["occurrence"]))
    return Document(
        source=Source(d["path"], d["url"], d["record"]), body=d["body"], title=d["title"], site=d["site"],
        published=d["published"], published_from=d["published_from"], language=d["language"],
        byline=tuple(json.loads(d["byline"])), captions=tuple(json.loads(d["captions"])),
        removed=tuple(Removal(int(r[0]), int(r[1]), r[2]) for r in json.loads(d["removed"])),
        warnings=tuple(json.loads(d["warnings"])), entities=entities, positions=positions, events=tuple(events),
        doc_id=d["doc_id"])


def write_jsonl(store: Store, out: IO[str]) -> int:
    """Write every stored document as one contract JSON object per line; return the count."""
    n = 0
    for r in store.iterate("SELECT doc_id FROM documents ORDER BY published, doc_id"):
        out.write(json.dumps(stored_document(store, r["doc_id"]).to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, out: IO[str], table: str = "events") -> int:
    """Write one flat table as CSV with a header row; return the row count."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in table_rows(store, table):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def write_parquet(store: Store, path: str | Path, table: str = "events") -> int:
    """Write one flat table as a Parquet file (all columns nullable); return the row count."""
    rows = list(table_rows(store, table))
    if rows:
        arrow = pa.Table.from_pylist(rows)
    else:
        names = [d[0] for d in store.conn.execute(_TABLE_SQL[table] + " LIMIT 0").description]
        if table == "events":
            names += list(_EVENT_ACTOR_COLUMNS)
        arrow = pa.table({n: pa.array([], pa.string()) for n in names})
    pq.write_table(arrow, str(path))
    return len(rows)
