"""Resolve a run's annotated results across documents, part by part, over a spill of Parquet parts.

This is the Ray engine's reduce step, kept apart from Ray (it needs only pyarrow). It
composes the resolve stage as ``pipeline.extract`` does for the local engine: annotated
results arrive in any order and are spilled to disk as the contract's JSON while the driver
keeps only counters; ``reduce_spill`` (a Ray task on the cluster, or this process) ranks the
parts' keys into input order, pickles each part's planning records (``resolve.plan.planning_record``:
no text, no evidence) beside it, and runs the planning steps of ``resolve.plan.plan_stashed`` once per
part or per partition, each step in a task (through a ``map_blocks``: on Ray Data from ``scale/ray.py``);
person records and event items are shuffled into partitions by block key between the steps, and only
small results are merged in between (block numbers, clusters, linked pairs). Then each part gets
its own links applied (``resolve.apply_links``, with input-order indexes) and is written as
a shard, again one task per part.
"""

from __future__ import annotations

import json
import logging
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import Document, Result, result_from_json
from dateline.resolve import RunLinks, apply_links
from dateline.resolve.blocks import in_order
from dateline.resolve.plan import Stash, part_words, plan_stashed, planning_record
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


def _ranks(spill: Spill) -> list[list[int]]:
    """Return, per spill part, each row's index in input order (the rank of its file and record keys)."""
    keyed: list[tuple[int, int, int, int]] = []
    for part, path in enumerate(spill.parts):
        table = pq.read_table(path, columns=["file_index", "record_index"])
        files, records = table.column("file_index").to_pylist(), table.column("record_index").to_pylist()
        keyed.extend((f, r, part, row) for row, (f, r) in enumerate(zip(files, records, strict=True)))
    keyed.sort()
    ranks: list[list[int]] = [[0] * pq.ParquetFile(path).metadata.num_rows for path in spill.parts]
    for rank, (_, _, part, row) in enumerate(keyed):
        ranks[part][row] = rank
    return ranks


def _part_results(path: str) -> Iterator[tuple[tuple[int, int], Result]]:
    """Yield (keys, result) of every row of one spill part."""
    for batch in pq.ParquetFile(path).iter_batches():
        for row in batch.to_pylist():
            yield (row["file_index"], row["record_index"]), result_from_json(json.loads(row["result"]))


def _prepare(job: tuple[str, list[int], str]) -> tuple[list[int], set[str]]:
    """Read one spill part, pickle its planning records with their run indexes, and return its ``part_words``
    without the indexes (``plan_stashed`` needs the words alone; a million indexes would wait in the reduce task)."""
    path, ranks, light = job
    part = [(rank, planning_record(result)) for rank, (_, result) in zip(ranks, _part_results(path), strict=True)
            if isinstance(result, Document)]
    with open(light, "wb") as f:
        pickle.dump(part, f, protocol=pickle.HIGHEST_PROTOCOL)
    return [], part_words(part)[1]


def _on_part(job: tuple[str, Callable[..., Any], tuple[Any, ...]]) -> Any:
    """Run one planning step (``resolve/plan.py``) on one part's planning records, loaded from its pickle."""
    light, step, args = job
    with open(light, "rb") as f:
        part = pickle.load(f)  # noqa: S301 - written by _prepare in this very run
    return step(part, *args)


def _apply_part(job: tuple[str, list[int], Stash, str, int]) -> list[str]:
    """Apply one part's links (stashed by ``plan_stashed``) to its spilled documents and write the part as a
    shard; return the files written."""
    path, ranks, stash, out_dir, part = job
    links: RunLinks = stash.pop(f"links-{part}")
    items = [Keyed(key[0], key[1], apply_links(rank, result, links) if isinstance(result, Document) else result)
             for rank, (key, result) in zip(ranks, _part_results(path), strict=True)]
    return write_part(out_dir, part, items)


def reduce_spill(spill: Spill, out_dir: str, map_blocks: BlockMap | None = None) -> list[str]:
    """Resolve the spilled run across documents and write one shard per spill part; return the files written.

    Every step that reads documents runs once per spill part through ``map_blocks`` (in this process
    by default; on Ray Data from ``scale/ray.py``): each part's planning records are pickled beside it,
    ``resolve.plan.plan_stashed`` plans the run over them, and each part gets its own links applied
    and is written as a shard. Person records and event items are linked grouped by block, one
    partition per task, and each part's links wait in a stash folder beside the parts, so the caller
    holds the parts' ranks, group tables, clusters, organisation mentions, facts per global id and event
    numbers, never the documents, records or links.
    """
    run = map_blocks or in_order
    clear_shards(out_dir)
    if not spill.parts:
        return write_part(out_dir, 0, [])
    ranks = _ranks(spill)
    plans = [str(Path(path).with_suffix(".plan.pickle")) for path in spill.parts]
    words = run(_prepare, list(zip(spill.parts, ranks, plans, strict=True)))

    def on_parts(step: Callable[..., Any], args: Sequence[tuple[Any, ...]]) -> list[Any]:
        return run(_on_part, [(light, step, a) for light, a in zip(plans, args, strict=True)])

    # records and links wait between steps in a folder beside the parts, grouped by block (plan.plan_stashed)
    stash = Stash(tempfile.mkdtemp(prefix="stash-", dir=Path(spill.parts[0]).parent))
    try:
        plan_stashed(on_parts, len(plans), stash, map_blocks, words)
        del words
        for light in plans:
            Path(light).unlink()
        jobs = [(path, part_ranks, stash, out_dir, part)
                for part, (path, part_ranks) in enumerate(zip(spill.parts, ranks, strict=True))]
        del ranks
        return [path for written in run(_apply_part, jobs) for path in written]
    finally:
        shutil.rmtree(stash.folder, ignore_errors=True)
