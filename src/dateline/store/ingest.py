"""Load pages (through the pipeline), extracted JSON Lines or Parquet shards into the store, resumably.

Each batch is one transaction that also records which input files it came from, so a
run killed at any moment and started again skips exactly the committed files and stores
every page once. After the batches, people and event occurrences are linked across the
whole store (``store/linking.py``), so pages ingested on different days connect.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.model import Document, Failure, result_from_json
from dateline.settings import Options
from dateline.store.db import Store
from dateline.store.linking import link_store_events, link_store_others, link_store_people

LOGGER = logging.getLogger(__name__)

FILES_PER_BATCH = 16
"""Input files per pipeline batch (one transaction each)."""

DOCUMENTS_PER_BATCH = 500
"""Documents per transaction when loading already extracted documents."""


@dataclass
class IngestReport:
    """What an ingest run did: documents stored, inputs skipped as already stored, failures."""

    documents: int = 0
    skipped_inputs: int = 0
    failures: list[Failure] = field(default_factory=list)
    people: int = 0
    occurrences: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(path, coded warning) for each stored document that carries one (W001: not in English)."""

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "skipped_inputs": self.skipped_inputs,
                "failures": [f.to_json() for f in self.failures], "people": self.people,
                "occurrences": self.occurrences, "warnings": [list(w) for w in self.warnings]}

    def note_warnings(self, results: Iterable[Document | Failure]) -> None:
        """Record the warnings of a batch's documents."""
        self.warnings += [(r.source.path, w) for r in results if isinstance(r, Document) for w in r.warnings]


def _stat(path: str) -> tuple[str, int, int] | None:
    """Return the (printable path, size, mtime) that marks a regular file as committed, or None.

    None for anything else (a FIFO, ``<(...)``, a folder that could not be listed): those
    are read again on the next run rather than skipped as unchanged.
    """
    from dateline.read.files import printable_path

    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return printable_path(str(Path(path).resolve())), st.st_size, st.st_mtime_ns


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _link(store: Store, report: IngestReport) -> IngestReport:
    link_store_people(store)
    link_store_others(store)
    report.occurrences = link_store_events(store)
    report.people = store.execute(
        "SELECT count(DISTINCT global_id) FROM entities WHERE type = 'PERSON'")[0][0]
    return report


def ingest_paths(db_path: str | Path, paths: Sequence[str], opts: Options, *, force: bool = False,
                 files_per_batch: int = FILES_PER_BATCH,
                 on_batch: Callable[[int, int], None] | None = None) -> IngestReport:
    """Run the pipeline over files and folders and store the results, a batch of files per transaction.

    Files already committed unchanged (same path, size, mtime) are skipped unless ``force``.
    ``on_batch(documents, failures)`` is called after each committed batch (progress). With
    ``opts.jobs`` > 1 one pool of worker processes (``scale/local.py``) serves every batch.
    """
    from dateline.pipeline import extract, load_nlp
    from dateline.read.files import expand_paths
    from dateline.scale.local import LocalPool

    report = IngestReport()
    with Store.writer(db_path) as store:
        todo: list[tuple[str, tuple[str, int, int] | None]] = []
        for path in expand_paths(list(paths)):
            stat = _stat(path)
            if stat is not None and not force and store.input_seen(*stat):
                report.skipped_inputs += 1
                continue
            todo.append((path, stat))
        LOGGER.info("ingesting %s input files (%s already stored)", len(todo), report.skipped_inputs)
        parallel = opts.jobs > 1 and len(todo) > 0
        nlp = load_nlp(opts) if todo and not parallel else None
        with LocalPool(opts) as pool:
            for chunk in _chunks(todo, files_per_batch):
                results = list(extract([p for p, _ in chunk], opts, nlp, pool=pool if parallel else None))
                batch = store.write_batch(results, [s for _, s in chunk if s is not None])
                report.note_warnings(results)
                report.documents += batch.documents
                report.failures += batch.failures
                if on_batch is not None:
                    on_batch(batch.documents, len(batch.failures))
        return _link(store, report)


def ingest_results(db_path: str | Path, results: Iterable[Document | Failure], *,
                   batch_size: int = DOCUMENTS_PER_BATCH, link: bool = True,
                   on_batch: Callable[[int, int], None] | None = None) -> IngestReport:
    """Store already extracted documents (and failures), ``batch_size`` per transaction.

    Idempotent by doc_id, so loading the same documents again (or resuming) stores each once.
    """
    report = IngestReport()
    with Store.writer(db_path) as store:
        for chunk in _chunks(results, batch_size):
            batch = store.write_batch(chunk)
            report.note_warnings(chunk)
            report.documents += batch.documents
            report.failures += batch.failures
            if on_batch is not None:
                on_batch(batch.documents, len(batch.failures))
        return _link(store, report) if link else report


def read_extracted(path: str) -> Iterator[Document | Failure]:
    """Yield the documents and failures of a ``dateline extract --jsonl`` output file ("-" for stdin)."""
    import sys

    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        for line in stream:
            if not line.strip():
                continue
            yield result_from_json(json.loads(line))
    finally:
        if stream is not sys.stdin:
            stream.close()


def ingest_parquet(db_path: str | Path, shard_dir: str, **kwargs: Any) -> IngestReport:
    """Store the documents of Parquet shards written by the Ray engine (``scale/shards.py``)."""
    from dateline.scale.shards import read_documents

    return ingest_results(db_path, read_documents(shard_dir), **kwargs)
