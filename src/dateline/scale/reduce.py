"""Resolve a run's annotated results across documents, part by part, over a spill of Parquet parts.

This is the Ray engine's reduce step, kept apart from Ray (it needs only pyarrow). It
composes the resolve stage as ``pipeline.extract`` does for the local engine: annotated
results arrive in any order and are spilled to disk as the contract's JSON while the driver
keeps only counters; ``reduce_spill`` (a Ray task on the cluster, or this process) ranks the run's rows into
input order (``run_ranks``: one sort of the run's keys, in one task), pickles each part's planning records (``resolve.plan.planning_record``:
no text, no evidence) beside it, and runs the planning steps of ``resolve.plan.plan_stashed`` once per
part or per partition, each step in a task (through a ``map_blocks``: on Ray Data from ``scale/ray.py``);
person records and event items are shuffled into partitions by block key between the steps, and only
small results are merged in between (block numbers, clusters, linked pairs). Then each part gets
its own links applied (``resolve.apply_links``, with input-order indexes) and is written as
a shard, again one task per part.
"""

from __future__ import annotations

import gc
import json
import logging
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import Document, Result, result_from_json
from dateline.resolve import RunLinks, apply_links
from dateline.resolve.blocks import in_order
from dateline.resolve.plan import Stash, plan_stashed, planning_record, stash_words
from dateline.scale.shards import DEFAULT_ROWS_PER_SHARD, Keyed, clear_shards, write_part

if TYPE_CHECKING:
    from dateline.resolve.blocks import BlockMap

LOGGER = logging.getLogger(__name__)

_In = TypeVar("_In")
_Out = TypeVar("_Out")

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


KEY_BITS = 32
"""Bits of a row's sort key left for its record index: ``file_index << 32 | record_index`` sorts as the pair."""


def _keys(path: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Return each row's input-order key of one spill part (``KEY_BITS``), in the part's row order."""
    table = pq.read_table(path, columns=["file_index", "record_index"])
    files = table.column("file_index").to_numpy().astype(np.int64)
    records = table.column("record_index").to_numpy().astype(np.int64)
    if len(files) and (files.min() < 0 or files.max() >= 1 << (63 - KEY_BITS)
                       or records.min() < 0 or records.max() >= 1 << KEY_BITS):
        raise ValueError(f"{path}: file or record index outside the spill's key range")
    keys: np.ndarray[Any, np.dtype[np.int64]] = (files << KEY_BITS) | records
    return keys


def run_ranks(parts: Sequence[np.ndarray[Any, np.dtype[np.int64]]]) -> list[np.ndarray[Any, np.dtype[np.int64]]]:
    """Return, per part, each row's index in input order: the rank of its key over the run, ties by (part, row).

    ``parts``: every part's keys in row order. One stable sort of the run's keys, concatenated in part order
    (``numpy.argsort``, kind ``stable``: ties keep (part, row) order), in one task: 24 bytes per record while it
    runs (8 MB a million records) and O(N log N) in all. It replaces a rank that each part took by searching
    every other part's sorted keys (P x P searches and reads, quadratic in the number of parts).
    """
    keys = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    del keys
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.arange(len(order), dtype=np.int64)
    del order
    bounds = np.cumsum([0, *(len(p) for p in parts)])
    return [ranks[bounds[n]:bounds[n + 1]].copy() for n in range(len(parts))]


def _rank_run(job: tuple[Sequence[str], Stash]) -> int:
    """Rank every spill part's rows into input order (``run_ranks`` over the parts' keys, read column by column)
    and stash each part's ranks (``ranks-N``, for ``_prepare`` and ``_apply_part``); return the run's rows."""
    paths, stash = job
    ranks = run_ranks([_keys(path) for path in paths])
    for number, found in enumerate(ranks):
        stash.put(f"ranks-{number}", found)
    return sum(len(found) for found in ranks)


def _part_results(path: str) -> Iterator[tuple[tuple[int, int], Result]]:
    """Yield (keys, result) of every row of one spill part."""
    for batch in pq.ParquetFile(path).iter_batches():
        for row in batch.to_pylist():
            yield (row["file_index"], row["record_index"]), result_from_json(json.loads(row["result"]))


def _prepare(job: tuple[str, Stash, int, str]) -> int:
    """Pickle one spill part's planning records with their run indexes (its ranks, ``ranks-N``, from ``_rank_run``)
    and stash its person words and one-word names (``plan.stash_words``: ``plan_stashed`` reads them one part at a
    time); return its documents."""
    path, stash, number, light = job
    ranks = stash.get(f"ranks-{number}")
    part = [(rank, planning_record(result)) for rank, (_, result) in zip(ranks.tolist(), _part_results(path),
                                                                           strict=True)
            if isinstance(result, Document)]
    with open(light, "wb") as f:
        pickle.dump(part, f, protocol=pickle.HIGHEST_PROTOCOL)
    stash_words(part, stash, number)
    return len(part)


def _on_part(job: tuple[str, Callable[..., Any], tuple[Any, ...]]) -> Any:
    """Run one planning step (``resolve/plan.py``) on one part's planning records, loaded from its pickle."""
    light, step, args = job
    with open(light, "rb") as f:
        part = pickle.load(f)  # noqa: S301 - written by _prepare in this very run
    return step(part, *args)


def _apply_part(job: tuple[str, Stash, str, int]) -> list[str]:
    """Apply one part's links (stashed by ``plan_stashed``) to its spilled documents, at their input-order
    indexes (``ranks-N``), and write the part as a shard; return the files written."""
    path, stash, out_dir, part = job
    links: RunLinks = stash.pop(f"links-{part}")
    ranks: list[int] = stash.pop(f"ranks-{part}").tolist()
    items = [Keyed(key[0], key[1], apply_links(rank, result, links) if isinstance(result, Document) else result)
             for rank, (key, result) in zip(ranks, _part_results(path), strict=True)]
    return write_part(out_dir, part, items)


def step_name(fn: Callable[[Any], Any], jobs: Sequence[Any]) -> str:
    """The name of a step as the reduce runs it: a planning step on the parts goes through ``_on_part``."""
    if fn is _on_part and jobs:
        return str(getattr(jobs[0][1], "__name__", "_on_part"))
    return str(getattr(fn, "__name__", "step"))


@contextmanager
def cycles_deferred() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off while the block runs, as it was before after it.

    The reduce's records, tables and merges make no reference cycles (plain dataclasses, dicts and lists, freed by
    reference counting), but every collection of the oldest generation walks all the objects alive, so its cost per
    record grows with what a step or the reduce task holds: measured in one process on generated records, 1.873 and
    2.167 CPU-ms per record at 10k and 100k with the collector on (+15.7 %), 1.188 and 1.215 with it off
    (``bench/results.jsonl``, issue 17).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass(frozen=True, slots=True)
class _Deferring:
    """A step's function run with the cyclic collector off (``cycles_deferred``), in whatever process runs it."""

    fn: Callable[[Any], Any]

    def __call__(self, job: Any) -> Any:
        with cycles_deferred():
            return self.fn(job)


def _deferring(run: BlockMap) -> BlockMap:
    """``run`` with each job of each step under ``cycles_deferred`` (on Ray, in the worker that runs it)."""
    def deferred(fn: Callable[[Any], Any], blocks: Sequence[Any]) -> list[Any]:
        return run(_Deferring(fn), blocks)
    return deferred


class timed_steps:  # noqa: N801 - used as a function: timed_steps(run, log) is a BlockMap
    """Wrap ``run`` so that every step appends one JSON line to ``log``: its name, jobs, start (Unix time), seconds,
    and this process's CPU seconds at its start and during it (``time.process_time``).

    The gaps between one step's end and the next one's start are the reduce task's own merges; a stage's
    cost per record is read off these lines at two sizes (``bench/scale.py --steps-log``). In one process
    (the local engine) ``cpu`` is the step's own CPU, whatever else shares the machine; in Ray's reduce
    task it is the merges' alone (the steps run in other processes).
    """

    def __init__(self, run: BlockMap, log: str) -> None:
        self.run = run
        self.log = log

    def __call__(self, fn: Callable[[_In], _Out], blocks: Sequence[_In]) -> list[_Out]:
        started, cpu = time.time(), time.process_time()
        out = self.run(fn, blocks)
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"step": step_name(fn, blocks), "jobs": len(blocks), "start": round(started, 3),
                                "seconds": round(time.time() - started, 3), "cpu_at": round(cpu, 3),
                                "cpu": round(time.process_time() - cpu, 3)}) + "\n")
        return out


def reduce_spill(spill: Spill, out_dir: str, map_blocks: BlockMap | None = None,
                 steps_log: str | None = None) -> list[str]:
    """Resolve the spilled run across documents and write one shard per spill part; return the files written.

    Every step that reads documents runs once per spill part through ``map_blocks`` (in this process
    by default; on Ray Data from ``scale/ray.py``): each part's planning records are pickled beside it,
    ``resolve.plan.plan_stashed`` plans the run over them, and each part gets its own links applied
    and is written as a shard. Person records and event items are linked grouped by block, one
    partition per task, and each part's ranks and links wait in a stash folder beside the parts, so the
    caller holds group tables, clusters, an organisation tally, facts per global id and linked event numbers,
    never the documents, records, ranks, organisation mentions or links.
    ``steps_log``: a file each step appends its timing to (``timed_steps``).
    """
    with cycles_deferred():
        return _reduce_spill(spill, out_dir, map_blocks, steps_log)


def _reduce_spill(spill: Spill, out_dir: str, map_blocks: BlockMap | None, steps_log: str | None) -> list[str]:
    run = _deferring(map_blocks or in_order)
    if steps_log is not None:
        run = timed_steps(run, steps_log)
    clear_shards(out_dir)
    if not spill.parts:
        return write_part(out_dir, 0, [])
    count = len(spill.parts)
    plans = [str(Path(path).with_suffix(".plan.pickle")) for path in spill.parts]

    def on_parts(step: Callable[..., Any], args: Sequence[tuple[Any, ...]]) -> list[Any]:
        return run(_on_part, [(light, step, a) for light, a in zip(plans, args, strict=True)])

    # keys, records and links wait between steps in a folder beside the parts, grouped by block (plan.plan_stashed)
    stash = Stash(tempfile.mkdtemp(prefix="stash-", dir=Path(spill.parts[0]).parent))
    try:
        run(_rank_run, [(spill.parts, stash)])  # one task: one sort of the run's keys
        run(_prepare, [(path, stash, n, light) for n, (path, light) in enumerate(zip(spill.parts, plans, strict=True))])
        plan_stashed(on_parts, count, stash, run, words_stashed=True)
        for light in plans:
            Path(light).unlink()
        return [path for written in run(_apply_part, [(path, stash, out_dir, n) for n, path in enumerate(spill.parts)])
                for path in written]
    finally:
        shutil.rmtree(stash.folder, ignore_errors=True)
