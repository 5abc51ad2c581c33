"""Export the store as contract JSON Lines (documents) or as flat CSV / Parquet tables (pyarrow).

JSON Lines gives one contract document per line, with entity ids replaced by the
store's global ids so documents ingested on different days share ids. CSV and Parquet
give one flat table: events (default), positions, entities or documents, in the column
layout of ``dateline.tables``, the one the Ray engine's shards use.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow.parquet as pq

from dateline import tables
from dateline.model import (
    Document, Entity, Event, Evidence, Failure, Interval, Position, Removal, Source, Span, interval_from_json,
)
from dateline.store.db import Store

LOGGER = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "parquet"]
Table = Literal["events", "positions", "entities", "documents"]
TABLES: tuple[str, ...] = tables.TABLES

ROWS_PER_GROUP = 10_000
"""Rows per Parquet row group: the export holds one group in memory, not the whole table."""

_LIST_SEPARATOR = "; "
"""How CSV, which has no lists, writes a list column (aliases, actors): its items joined."""


def _record(text: str | None) -> str | int | None:
    """Return a source's record as the readers gave it: the store keeps it as text, readers number records.

    Every reader (JSON Lines line numbers, WARC record indexes) gives an int, so digits come back
    as one; anything else stays text, and an empty value (a failure's "no record") is None.
    """
    if not text:
        return None
    return int(text) if text.isdigit() else text


def _stored_failures(store: Store) -> Iterator[Failure]:
    for r in store.iterate("SELECT path, record, url, error FROM failures ORDER BY path, record"):
        yield Failure(Source(r["path"], r["url"], _record(r["record"])), r["error"])


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of one flat table in the layout of ``dateline.tables`` (the Ray shards' layout).

    Documents come in publication order, each flattened from ``stored_document`` (global
    entity ids); the documents table then lists the recorded failures, as shards do.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    tables.check_table(table)
    for r in store.iterate("SELECT doc_id FROM documents ORDER BY published, doc_id"):
        yield from tables.flatten(stored_document(store, r["doc_id"]))[table]
    if table == "documents":
        for failure in _stored_failures(store):
            yield from tables.flatten(failure)["documents"]


def _evidence(row: Any) -> Evidence:
    return Evidence(row["ev_text"], row["ev_start"], row["ev_end"], row["ev_place"], row["ev_caption"])


def _interval(text: str | None) -> Interval | None:
    return interval_from_json(json.loads(text)) if text else None


def stored_document(store: Store, doc_id: str) -> Document:
    """Rebuild one stored document as the model's Document, its entities under their global ids.

    The JSON Lines, PLOVER and flat exports all serialise what this returns with the model's
    own ``to_json``, so none of them keeps a copy of the contract's shape.

    Raises:
        KeyError: when no document has this doc_id.
    """
    found = store.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
    if not found:
        raise KeyError(doc_id)
    d = found[0]
    spans: dict[str, list[Span]] = {}
    # rows are read in the order they were written (rowid: a document's rows are rewritten whole,
    # ``Store._write_document``), which is the document's own order, so a run's output comes back as it was
    for m in store.execute('SELECT local_id, start, "end", place, caption FROM mentions WHERE doc_id = ?'
                           " ORDER BY rowid", (doc_id,)):
        spans.setdefault(m["local_id"], []).append(Span(m["start"], m["end"], m["place"], m["caption"]))
    rows = store.execute("SELECT * FROM entities WHERE doc_id = ? ORDER BY rowid", (doc_id,))
    ids = {e["local_id"]: e["global_id"] for e in rows}

    def gid(local: str | None) -> str | None:
        return ids.get(local, local) if local else None

    roles: dict[str, dict[str, list[str]]] = {}
    for a in store.execute("SELECT event_id, role, entity FROM event_actors WHERE doc_id = ? ORDER BY rowid",
                           (doc_id,)):
        roles.setdefault(a["event_id"], {"source": [], "target": [], "participant": []})[a["role"]].append(
            ids.get(a["entity"], a["entity"]))
    entities = tuple(Entity(e["global_id"], e["type"], e["name"], tuple(json.loads(e["aliases"])), e["country"],
                            tuple(spans.get(e["local_id"], ())), country_guess=e["country_guess"]) for e in rows)
    positions = tuple(
        Position(person=ids.get(p["person"], p["person"]), title=p["title"], title_text=p["title_text"],
                 country=p["country"], evidence=_evidence(p), org=p["org"], start=_interval(p["start"]),
                 end=_interval(p["end"]), as_of=p["as_of"])
        for p in store.execute("SELECT * FROM positions WHERE doc_id = ? ORDER BY seq", (doc_id,)))
    events = []
    for v in store.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY rowid", (doc_id,)):
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
        source=Source(d["path"], d["url"], _record(d["record"])), body=d["body"], title=d["title"], site=d["site"],
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
    """Write one flat table as CSV with a header row (list columns joined by "; "); return the row count.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    columns = tables.SCHEMAS[tables.check_table(table)].names
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in table_rows(store, table):
        writer.writerow({k: _LIST_SEPARATOR.join(v) if isinstance(v, list) else v for k, v in row.items()})
        n += 1
    return n


def write_parquet(store: Store, path: str | Path, table: str = "events") -> int:
    """Write one flat table as a Parquet file in the shards' layout, a row group at a time; return the row count.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    schema = tables.SCHEMAS[tables.check_table(table)]
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in table_rows(store, table):
            batch.append(row)
            if len(batch) >= ROWS_PER_GROUP:
                writer.write_table(tables.to_arrow(batch, table))
                n, batch = n + len(batch), []
        writer.write_table(tables.to_arrow(batch, table))
        n += len(batch)
    return n
