"""Flatten results into four tables (documents, entities, positions, events): the one flat column layout.

The Ray engine's Parquet shards (``scale/shards.py``, which add two ordering keys in front)
and ``dateline export --format parquet|csv`` (``store/export.py``) both write these columns,
computed here from the model's own serialisation (``to_json``), so a table read from either
has the same names, types and meaning. Flat columns use the contract's field names
(``spec/OUTPUT.md``); the documents table also keeps the full contract object in ``json``,
the one lossless form. This module needs pyarrow only.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pyarrow as pa

from dateline.model import Failure, Result

LOGGER = logging.getLogger(__name__)

TABLES: tuple[str, ...] = ("documents", "entities", "positions", "events")
"""The four flat tables, one row per document (or failure), entity, position and event."""

_STR = pa.string()
_INT = pa.int64()
_STRS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _STR), ("path", _STR), ("url", _STR), ("record", _STR), ("title", _STR),
        ("site", _STR), ("published", _STR), ("published_from", _STR), ("byline", _STRS),
        ("language", _STR), ("error", _STR), ("n_entities", _INT), ("n_positions", _INT), ("n_events", _INT),
        ("json", _STR),
    ]),
    "entities": pa.schema([
        ("doc_id", _STR), ("id", _STR), ("type", _STR), ("name", _STR), ("aliases", _STRS),
        ("country", _STR), ("country_guess", _STR), ("n_mentions", _INT),
    ]),
    "positions": pa.schema([
        ("doc_id", _STR), ("person", _STR), ("title", _STR), ("title_text", _STR), ("country", _STR),
        ("org", _STR), ("start_start", _STR), ("start_end", _STR), ("end_start", _STR),
        ("end_end", _STR), ("as_of", _STR), ("evidence_text", _STR), ("evidence_start", _INT),
        ("evidence_end", _INT),
    ]),
    "events": pa.schema([
        ("doc_id", _STR), ("id", _STR), ("type", _STR), ("mode", _STR), ("source", _STRS),
        ("target", _STRS), ("participants", _STRS), ("location", _STR), ("date_start", _STR),
        ("date_end", _STR), ("date_granularity", _STR), ("modality", _STR), ("attribution", _STR),
        ("trigger", _STR), ("occurrence", _STR), ("evidence_text", _STR), ("evidence_start", _INT),
        ("evidence_end", _INT),
    ]),
}
"""Column layout of each table (all columns nullable)."""


def check_table(table: str) -> str:
    """Return ``table`` when it names one of the four tables.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    if table not in SCHEMAS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    return table


def _part(data: dict[str, Any] | None, key: str) -> Any:
    return data.get(key) if data else None


def _record(value: object) -> str | None:
    return None if value is None else str(value)


def flatten(result: Result) -> dict[str, list[dict[str, Any]]]:
    """Return one result's rows in each of the four tables, every row with all its columns.

    A Failure is one documents row carrying its ``error`` (and no rows elsewhere).
    """
    data = result.to_json()
    src = data["source"]
    if isinstance(result, Failure):
        doc_row = {**dict.fromkeys(SCHEMAS["documents"].names), "path": src["path"], "url": src["url"],
                   "record": _record(src["record"]), "error": data["error"], "byline": [],
                   "json": json.dumps(data, ensure_ascii=False)}
        return {"documents": [doc_row], "entities": [], "positions": [], "events": []}
    doc_id = data["doc_id"]
    doc_row = {
        "doc_id": doc_id, "path": src["path"], "url": src["url"], "record": _record(src["record"]),
        "title": data["title"], "site": data["site"], "published": data["published"],
        "published_from": data["published_from"], "byline": data["byline"], "language": data["language"],
        "error": None, "n_entities": len(data["entities"]), "n_positions": len(data["positions"]),
        "n_events": len(data["events"]), "json": json.dumps(data, ensure_ascii=False),
    }
    entities = [
        {"doc_id": doc_id, "id": e["id"], "type": e["type"], "name": e["name"], "aliases": e["aliases"],
         "country": e["country"], "country_guess": e.get("country_guess"), "n_mentions": len(e["mentions"])}
        for e in data["entities"]
    ]
    positions = [
        {"doc_id": doc_id, "person": p["person"], "title": p["title"], "title_text": p["title_text"],
         "country": p["country"], "org": p["org"], "start_start": _part(p["start"], "start"),
         "start_end": _part(p["start"], "end"), "end_start": _part(p["end"], "start"),
         "end_end": _part(p["end"], "end"), "as_of": p["as_of"],
         "evidence_text": p["evidence"].get("text"), "evidence_start": p["evidence"]["start"],
         "evidence_end": p["evidence"]["end"]}
        for p in data["positions"]
    ]
    events = [
        {"doc_id": doc_id, "id": v["id"], "type": v["type"], "mode": v["mode"], "source": v["source"],
         "target": v["target"], "participants": v["participants"], "location": v["location"],
         "date_start": _part(v["date"], "start"), "date_end": _part(v["date"], "end"),
         "date_granularity": _part(v["date"], "granularity"), "modality": v["modality"],
         "attribution": v["attribution"], "trigger": v["trigger"], "occurrence": v["occurrence"],
         "evidence_text": v["evidence"].get("text"), "evidence_start": v["evidence"]["start"],
         "evidence_end": v["evidence"]["end"]}
        for v in data["events"]
    ]
    return {"documents": [doc_row], "entities": entities, "positions": positions, "events": events}


def to_arrow(rows: list[dict[str, Any]], table: str) -> pa.Table:
    """Build one table's pyarrow Table from its rows, with the layout's schema (empty rows give an empty table).

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    return pa.Table.from_pylist(rows, schema=SCHEMAS[check_table(table)])


__all__ = ["SCHEMAS", "TABLES", "check_table", "flatten", "to_arrow"]
