"""Write a run's results to Parquet shards (documents, entities, positions, events) and read them back.

A shard is one numbered part in each of four tables under the output folder::

    DIR/documents/part-00000.parquet   one row per input page (Document or Failure)
    DIR/entities/part-00000.parquet    one row per entity of those documents
    DIR/positions/part-00000.parquet   one row per position
    DIR/events/part-00000.parquet      one row per event

Every row carries ``file_index`` and ``record_index`` (the input file's place in the run and
the page's place in that file); each part is sorted on them and readers merge the parts,
so input order comes back however the parts were cut. The
documents table keeps the contract's full JSON object in a ``json`` column: it is the one
lossless form (``to_json`` / ``dateline.model.result_from_json``, the model's one pair); the flat
columns are derived from it for SQL-style querying (DuckDB, Spark, pandas) and are never read
back into the model. Their layout is ``dateline.tables``, the one that ``dateline export`` also
writes. This module needs only pyarrow, not Ray, so ``dateline ingest --parquet`` works on a
core install.
"""

from __future__ import annotations

import heapq
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline import tables
from dateline.model import Document, Result, result_from_json
from dateline.tables import TABLES

LOGGER = logging.getLogger(__name__)

DEFAULT_ROWS_PER_SHARD = 10_000
"""Documents per shard: large enough for Parquet's column compression, small enough to stream."""

KEYS = pa.schema([("file_index", pa.int64()), ("record_index", pa.int64())])
"""The two columns in front of every shard table: the input file's place in the run, the page's in its file."""

SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema(list(KEYS) + list(schema)) for name, schema in tables.SCHEMAS.items()
}
"""Column layout of each shard table: ``KEYS``, then the one flat layout of ``dateline.tables``."""


@dataclass(frozen=True, slots=True)
class Keyed:
    """One result with the keys that restore input order: file's index in the run, page's index in the file."""

    file_index: int
    record_index: int
    result: Result


def _rows(item: Keyed) -> dict[str, list[dict[str, Any]]]:
    """Flatten one result into rows of the four tables (``tables.flatten``), each with the item's keys."""
    keys = {"file_index": item.file_index, "record_index": item.record_index}
    return {name: [{**keys, **row} for row in rows] for name, rows in tables.flatten(item.result).items()}


def _key(item: Keyed) -> tuple[int, int]:
    return (item.file_index, item.record_index)


def write_part(out_dir: str, part: int, items: Sequence[Keyed]) -> list[str]:
    """Write part number ``part`` of each table, rows sorted into input order; return the files written.

    Parts may cover interleaved stretches of the input (the Ray engine writes one per
    batch of results as they arrive): readers merge them back into input order.
    """
    ordered = sorted(items, key=_key)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for item in ordered:
        for name, table_rows in _rows(item).items():
            rows[name].extend(table_rows)
    written = []
    for name in TABLES:
        folder = Path(out_dir) / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{part:05d}.parquet"
        pq.write_table(pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]), path)
        written.append(str(path))
    LOGGER.debug("wrote shard %d: %d documents", part, len(ordered))
    return written


def clear_shards(out_dir: str) -> None:
    """Delete the part files of every table under ``out_dir``, so that a rerun never mixes two runs."""
    for name in TABLES:
        for stale in sorted((Path(out_dir) / name).glob("part-*.parquet")):
            stale.unlink()


def write_shards(items: Iterable[Keyed], out_dir: str, rows_per_shard: int = DEFAULT_ROWS_PER_SHARD) -> list[str]:
    """Write keyed results as Parquet shards under ``out_dir``, ``rows_per_shard`` to a part; return the files written.

    Parts already in ``out_dir`` are replaced, so that a rerun never mixes two runs' shards.

    Raises:
        ValueError: when ``rows_per_shard`` is not positive.
    """
    if rows_per_shard < 1:
        raise ValueError(f"rows_per_shard must be positive, not {rows_per_shard}")
    clear_shards(out_dir)
    written: list[str] = []
    batch: list[Keyed] = []
    part = 0
    for item in items:
        batch.append(item)
        if len(batch) >= rows_per_shard:
            written += write_part(out_dir, part, batch)
            batch, part = [], part + 1
    if batch or part == 0:
        written += write_part(out_dir, part, batch)
    return written


def shard_files(out_dir: str, table: str = "documents") -> list[str]:
    """List one table's part files under ``out_dir`` in part order.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    return [str(p) for p in sorted((Path(out_dir) / table).glob("part-*.parquet"))]


def _part_rows(path: str) -> Iterator[Keyed]:
    """Stream one documents part (already in input order) a row group at a time."""
    for batch in pq.ParquetFile(path).iter_batches(columns=["file_index", "record_index", "json"]):
        for row in batch.to_pylist():
            yield Keyed(row["file_index"], row["record_index"], result_from_json(json.loads(row["json"])))


def read_keyed(out_dir: str) -> Iterator[Keyed]:
    """Yield every result of a shard folder, Documents and Failures, in input order.

    Each part is sorted, so a k-way merge restores the run's order while memory holds
    one row group per part, not the whole run.
    """
    yield from heapq.merge(*(_part_rows(path) for path in shard_files(out_dir)), key=_key)


def read_results(out_dir: str) -> Iterator[Result]:
    """Yield every Document and Failure of a shard folder, in input order."""
    for item in read_keyed(out_dir):
        yield item.result


def read_documents(out_dir: str) -> Iterator[Document]:
    """Yield the Documents of a shard folder in input order, skipping pages that failed."""
    for result in read_results(out_dir):
        if isinstance(result, Document):
            yield result


def read_table(out_dir: str, table: str) -> pa.Table:
    """Return one of the four tables (all its parts) as a pyarrow Table, sorted into input order.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    files = shard_files(out_dir, table)
    if not files:
        return SCHEMAS[table].empty_table()
    parts = pa.concat_tables(pq.read_table(f, schema=SCHEMAS[table]) for f in files)
    return parts.sort_by([("file_index", "ascending"), ("record_index", "ascending")])
