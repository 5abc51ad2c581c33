"""Feed the store: run the pipeline over input files (or load extracted results) and hand each batch to the store.

The store is a sink (``store/ingest.py``): it writes what it is given and links it across
everything stored. This module owns the data flow in front of it::

    input files -> (skip those committed unchanged) -> pipeline.extract, a batch of files per run
      -> store.write_batch (one transaction per batch, with the files' stamps) -> link the whole store

and the two loaders of results produced elsewhere: ``dateline extract --jsonl`` output
(``read_extracted``) and the Ray engine's Parquet shards (``scale/shards.py``). Each batch is
one transaction that also records which input files it came from, so a run killed at any
moment and started again skips exactly the committed files and stores every page once.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from dateline.model import Result, result_from_json
from dateline.pipeline import extract, load_nlp
from dateline.read.files import expand_paths, printable_path
from dateline.scale.local import LocalPool
from dateline.scale.shards import read_documents
from dateline.settings import Options
from dateline.store.db import Store
from dateline.store.ingest import IngestReport, ingest_results, link_store, write_results

LOGGER = logging.getLogger(__name__)

FILES_PER_BATCH = 16
"""Input files per pipeline batch (one transaction each)."""

Stamp = tuple[str, int, int]
"""What marks an input file as committed: its printable absolute path, size and mtime (ns)."""



def file_stamp(path: str) -> Stamp | None:
    """Return the (printable path, size, mtime) that marks a regular file as committed, or None.

    None for anything else (a FIFO, ``<(...)``, a folder that could not be listed): those
    are read again on the next run rather than skipped as unchanged.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return printable_path(str(Path(path).resolve())), st.st_size, st.st_mtime_ns




def _todo(store: Store, paths: Sequence[str], force: bool, report: IngestReport) -> list[tuple[str, Stamp | None]]:
    """List the input files to process with their stamps, counting those already committed unchanged."""
    todo: list[tuple[str, Stamp | None]] = []
    for path in expand_paths(list(paths)):
        stamp = file_stamp(path)
        if stamp is not None and not force and store.input_seen(*stamp):
            report.skipped_inputs += 1
            continue
        todo.append((path, stamp))
    return todo


def ingest_paths(db_path: str | Path, paths: Sequence[str], opts: Options, *, force: bool = False,
                 files_per_batch: int = FILES_PER_BATCH,
                 on_batch: Callable[[int, int], None] | None = None) -> IngestReport:
    """Run the pipeline over files and folders and store the results, a batch of files per transaction.

    Files already committed unchanged (same path, size, mtime) are skipped unless ``force``.
    ``on_batch(documents, failures)`` is called after each committed batch (progress). With
    ``opts.jobs`` > 1 one pool of worker processes (``scale/local.py``) serves every batch.
    Each batch is resolved as a run (``pipeline.extract``); the store then links it with
    everything stored before.

    Raises:
        StoreError: when the store cannot be opened or written (S001, S002, S007, S008).
    """
    report = IngestReport()
    with Store.writer(db_path) as store:
        todo = _todo(store, paths, force, report)
        LOGGER.info("ingesting %s input files (%s already stored)", len(todo), report.skipped_inputs)
        parallel = opts.jobs > 1 and len(todo) > 0
        nlp = load_nlp(opts) if todo and not parallel else None
        with LocalPool(opts) as pool:
            files = iter(todo)
            while chunk := list(islice(files, files_per_batch)):
                results = list(extract([p for p, _ in chunk], opts, nlp, pool=pool if parallel else None))
                write_results(store, results, report, [s for _, s in chunk if s is not None], on_batch)
        return link_store(store, report)


def read_extracted(path: str) -> Iterator[Result]:
    """Yield the documents and failures of a ``dateline extract --jsonl`` output file ("-" for stdin)."""
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        for line in stream:
            if not line.strip():
                continue
            yield result_from_json(json.loads(line))
    finally:
        if stream is not sys.stdin:
            stream.close()


def ingest_jsonl(db_path: str | Path, path: str, **kwargs: Any) -> IngestReport:
    """Store the documents of a ``dateline extract --jsonl`` output file ("-" for stdin)."""
    return ingest_results(db_path, read_extracted(path), **kwargs)


def ingest_parquet(db_path: str | Path, shard_dir: str, **kwargs: Any) -> IngestReport:
    """Store the documents of Parquet shards written by the Ray engine (``scale/shards.py``)."""
    return ingest_results(db_path, read_documents(shard_dir), **kwargs)


__all__ = ["FILES_PER_BATCH", "file_stamp", "ingest_jsonl", "ingest_parquet", "ingest_paths", "read_extracted"]
