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


def document_json(store: Store, doc_id: str) -> dict[str, Any]:
    """Rebuild one stored document as the contract's JSON object, with global entity ids."""
    from dateline.store.queries import get_document

    doc = get_document(store, doc_id)
    if doc is None:
        raise KeyError(doc_id)
    ids = {e["local_id"]: e["id"] for e in doc["entities"]}
    d = store.execute("SELECT removed, record FROM documents WHERE doc_id = ?", (doc_id,))[0]
    posts = store.execute("SELECT * FROM positions WHERE doc_id = ? ORDER BY seq", (doc_id,))
    events = store.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY local_id", (doc_id,))
    roles: dict[str, dict[str, list[str]]] = {}
    for a in store.execute("SELECT event_id, role, entity FROM event_actors WHERE doc_id = ? ORDER BY rowid",
                           (doc_id,)):
        roles.setdefault(a["event_id"], {"source": [], "target": [], "participant": []})[a["role"]].append(
            ids.get(a["entity"], a["entity"]))

    def ev(r: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"text": r["ev_text"], "start": r["ev_start"], "end": r["ev_end"]}
        if r["ev_place"] == "caption":
            out = {"in": "caption", "caption": r["ev_caption"], **out}
        return out

    def mention(m: dict[str, Any]) -> dict[str, Any]:
        if m["in"] == "caption":
            return {"in": "caption", "caption": m["caption"], "start": m["start"], "end": m["end"]}
        return {"start": m["start"], "end": m["end"]}

    return {
        "doc_id": doc["doc_id"], "source": doc["source"], "title": doc["title"], "site": doc["site"],
        "published": doc["published"], "published_from": doc["published_from"], "language": doc["language"],
        "byline": doc["byline"], "body": doc["body"], "captions": doc["captions"], "removed": json.loads(d["removed"]),
        "warnings": doc["warnings"],
        "entities": [{"id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"],
                      "country": e["country"], "mentions": [mention(m) for m in e["mentions"]]}
                     for e in doc["entities"]],
        "positions": [{"person": ids.get(p["person"], p["person"]), "title": p["title"],
                       "title_text": p["title_text"], "country": p["country"], "org": p["org"],
                       "start": json.loads(p["start"]) if p["start"] else None,
                       "end": json.loads(p["end"]) if p["end"] else None, "as_of": p["as_of"],
                       "evidence": ev(p)} for p in posts],
        "events": [{"id": v["local_id"], "type": v["type"], "mode": v["mode"],
                    "source": roles.get(v["local_id"], {}).get("source", []),
                    "target": roles.get(v["local_id"], {}).get("target", []),
                    "participants": roles.get(v["local_id"], {}).get("participant", []),
                    "location": ids.get(v["location"], v["location"]) if v["location"] else None,
                    "date": ({"start": v["date_start"], "end": v["date_end"], "text": v["date_text"],
                              "granularity": v["granularity"]} if v["date_text"] or v["date_start"] else None),
                    "modality": v["modality"],
                    "attribution": ids.get(v["attribution"], v["attribution"]) if v["attribution"] else None,
                    "trigger": v["trigger"], "occurrence": v["occurrence"], "evidence": ev(v)}
                   for v in events],
    }


def write_jsonl(store: Store, out: IO[str]) -> int:
    """Write every stored document as one contract JSON object per line; return the count."""
    n = 0
    for r in store.iterate("SELECT doc_id FROM documents ORDER BY published, doc_id"):
        out.write(json.dumps(document_json(store, r["doc_id"]), ensure_ascii=False) + "\n")
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
