"""Resolve a run's annotated results across documents in two passes over a spill of Parquet parts.

This is the Ray engine's reduce step, kept apart from Ray (it needs only pyarrow). It
composes the resolve stage exactly as ``pipeline.extract`` does for the local engine:
annotated results arrive in any order and are spilled to disk as the contract's JSON
while the driver keeps only counters; ``reduce_spill`` (a Ray task on the cluster, or this
process) reads the parts back for their light records (``resolve.light_record``: no text),
``resolve.plan_links`` decides the global ids over them in input order, its name and event
blocks resolved through a ``map_blocks`` (on Ray Data from ``scale/ray.py``); then each
spilled part is read again, every document gets ``resolve.apply_links`` with its
input-order index, and the part is written as a shard.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import Document, Result, result_from_json
from dateline.resolve import apply_links, light_record, plan_links
from dateline.scale.shards import DEFAULT_ROWS_PER_SHARD, Keyed, clear_shards, write_part

if TYPE_CHECKING:
    from dateline.resolve.blocks import BlockMap

LOGGER = logging.getLogger(__name__)

SPILL_SCHEMA = pa.schema([("file_index", pa.int64()), ("record_index", pa.int64()), ("result", pa.string())])
"""One annotated result per row: its keys and the contract's JSON object."""

Row = tuple[int, int, str]
"""An annotated result as it comes off the cluster: file index, record index, JSON."""


@dataclass(slots=True)
class Spill:
    """Annotated results on disk (``parts``) and counters: all the caller (the Ray driver) keeps of a run."""

    parts: list[str] = field(default_factory=list)
    pages: int = 0
    failures: int = 0


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
    """Write annotated rows to Parquet parts under ``folder`` as they come; keep only counters.

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
        spill.pages += 1
        spill.failures += not isinstance(result, Document)
        batch.append(row)
        if len(batch) >= rows_per_part:
            _write_spill_part(out, batch, spill)
            batch = []
    if batch:
        _write_spill_part(out, batch, spill)
    LOGGER.debug("spilled %d results in %d parts", spill.pages, len(spill.parts))
    return spill


def _spilled(spill: Spill) -> Iterator[tuple[int, tuple[int, int], Result]]:
    """Yield (part number, keys, result) of every spilled row, part after part."""
    for part, path in enumerate(spill.parts):
        for batch in pq.ParquetFile(path).iter_batches():
            for row in batch.to_pylist():
                yield part, (row["file_index"], row["record_index"]), result_from_json(json.loads(row["result"]))


def reduce_spill(spill: Spill, out_dir: str, map_blocks: BlockMap | None = None) -> list[str]:
    """Resolve the spilled run across documents and write one shard per spill part; return the files written.

    A first pass reads the parts for the keys and light records (``resolve.light_record``),
    ``resolve.plan_links`` decides the links over them in input order (its blocks run through
    ``map_blocks``: in this process by default), and a second pass applies them part by part.
    """
    keys: list[tuple[int, int]] = []
    lights: list[Document | None] = []
    for _, key, result in _spilled(spill):
        keys.append(key)
        lights.append(light_record(result) if isinstance(result, Document) else None)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    index_of = {keys[i]: rank for rank, i in enumerate(order)}
    links = plan_links([lights[i] for i in order], map_blocks)
    del lights, keys, order
    clear_shards(out_dir)
    written: list[str] = []
    items: list[Keyed] = []
    current = 0
    for part, key, result in _spilled(spill):
        if part != current:
            written += write_part(out_dir, current, items)
            items, current = [], part
        if isinstance(result, Document):
            result = apply_links(index_of[key], result, links)
        items.append(Keyed(key[0], key[1], result))
    if spill.parts:
        written += write_part(out_dir, current, items)
    else:
        written += write_part(out_dir, 0, [])
    return written
