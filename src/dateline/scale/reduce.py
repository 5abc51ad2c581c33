"""Resolve a run's annotated results across documents in two passes over a spill of Parquet parts.

This is the Ray engine's reduce step, kept apart from Ray (it needs only pyarrow). It
composes the resolve stage exactly as ``pipeline.extract`` does for the local engine:
annotated results arrive in any order and are spilled to disk as the contract's JSON,
while memory keeps only their light records (``resolve.light_record``: no text);
``resolve.plan_links`` decides the global ids over the light records in input order;
then each spilled part is read back, every document gets ``resolve.apply_links`` with its
input-order index, and the part is written as a shard. The driver thus holds the small
records that cross-document resolution needs, never the run's text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import Document, Result, result_from_json
from dateline.resolve import apply_links, light_record, plan_links
from dateline.scale.shards import DEFAULT_ROWS_PER_SHARD, Keyed, clear_shards, write_part

LOGGER = logging.getLogger(__name__)

SPILL_SCHEMA = pa.schema([("file_index", pa.int64()), ("record_index", pa.int64()), ("result", pa.string())])
"""One annotated result per row: its keys and the contract's JSON object."""

Row = tuple[int, int, str]
"""An annotated result as it comes off the cluster: file index, record index, JSON."""


@dataclass(slots=True)
class Spill:
    """Annotated results on disk (``parts``) plus, in memory, the keys and light record of each."""

    parts: list[str] = field(default_factory=list)
    keys: list[tuple[int, int]] = field(default_factory=list)
    lights: list[Document | None] = field(default_factory=list)
    failures: int = 0

    @property
    def pages(self) -> int:
        return len(self.keys)


def _write_spill_part(folder: Path, rows: list[Row], spill: Spill) -> None:
    path = folder / f"spill-{len(spill.parts):05d}.parquet"
    columns = list(zip(*rows, strict=True)) if rows else [(), (), ()]
    table = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, SPILL_SCHEMA, strict=True)],
                                 schema=SPILL_SCHEMA)
    pq.write_table(table, path)
    spill.parts.append(str(path))


def spill_rows(
    rows: Iterable[Row],
    folder: str,
    rows_per_part: int = DEFAULT_ROWS_PER_SHARD,
    on_result: Callable[[Result], None] | None = None,
) -> Spill:
    """Write annotated rows to Parquet parts under ``folder`` as they come; keep their keys and light records.

    ``on_result`` is called with each annotated (not yet resolved) result as it arrives (progress reporting).
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    spill = Spill()
    batch: list[Row] = []
    for row in rows:
        result = result_from_json(json.loads(row[2]))
        if on_result is not None:
            on_result(result)
        spill.keys.append((row[0], row[1]))
        if isinstance(result, Document):
            spill.lights.append(light_record(result))
        else:
            spill.lights.append(None)
            spill.failures += 1
        batch.append(row)
        if len(batch) >= rows_per_part:
            _write_spill_part(out, batch, spill)
            batch = []
    if batch:
        _write_spill_part(out, batch, spill)
    LOGGER.debug("spilled %d results in %d parts", spill.pages, len(spill.parts))
    return spill


def reduce_spill(spill: Spill, out_dir: str) -> list[str]:
    """Resolve the spilled run across documents and write one shard per spill part; return the files written."""
    order = sorted(range(spill.pages), key=spill.keys.__getitem__)
    index_of = {spill.keys[i]: rank for rank, i in enumerate(order)}
    links = plan_links([spill.lights[i] for i in order])
    clear_shards(out_dir)
    written: list[str] = []
    for part, path in enumerate(spill.parts):
        items: list[Keyed] = []
        for row in pq.read_table(path).to_pylist():
            key = (row["file_index"], row["record_index"])
            result: Result = result_from_json(json.loads(row["result"]))
            if isinstance(result, Document):
                result = apply_links(index_of[key], result, links)
            items.append(Keyed(key[0], key[1], result))
        written += write_part(out_dir, part, items)
    if not spill.parts:
        written += write_part(out_dir, 0, [])
    return written
