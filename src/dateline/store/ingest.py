"""Receive resolved results into the store, a batch per transaction, and link them across the whole store.

The store is a sink: whatever produced the results (``dateline.ingest`` runs the pipeline
over files or loads extract output and Ray shards) hands them here already resolved as a
run. Each batch is one transaction, optionally with the stamps of the input files it came
from (so a resumed run skips them). After the batches, people and event occurrences are
linked across the whole store (``store/linking.py``, with ``resolve/``'s rules), so pages
ingested on different days connect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from dateline.model import Document, Failure, Result
from dateline.store.db import Store
from dateline.store.linking import link_store_events, link_store_others, link_store_people

LOGGER = logging.getLogger(__name__)

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

    def note_warnings(self, results: Iterable[Result]) -> None:
        """Record the warnings of a batch's documents."""
        self.warnings += [(r.source.path, w) for r in results if isinstance(r, Document) for w in r.warnings]




def write_results(store: Store, results: Sequence[Result], report: IngestReport,
                  inputs: Sequence[tuple[str, int, int]] = (),
                  on_batch: Callable[[int, int], None] | None = None) -> None:
    """Store one batch of results in one transaction and add it to ``report``.

    ``inputs``: the (path, size, mtime_ns) stamps of the complete files the batch came from
    (``Store.write_batch``). ``on_batch(documents, failures)`` is called once it is committed.

    Raises:
        StoreError: S007 when the disk is full or the store read-only, S008 when it is damaged.
    """
    batch = store.write_batch(results, inputs)
    report.note_warnings(results)
    report.documents += batch.documents
    report.failures += batch.failures
    if on_batch is not None:
        on_batch(batch.documents, len(batch.failures))


def link_store(store: Store, report: IngestReport) -> IngestReport:
    """Link people, other entities and event occurrences across the whole store; count people and occurrences."""
    link_store_people(store)
    link_store_others(store)
    report.occurrences = link_store_events(store)
    report.people = store.execute(
        "SELECT count(DISTINCT global_id) FROM entities WHERE type = 'PERSON'")[0][0]
    return report


def ingest_results(db_path: str | Path, results: Iterable[Result], *,
                   batch_size: int = DOCUMENTS_PER_BATCH, link: bool = True,
                   on_batch: Callable[[int, int], None] | None = None) -> IngestReport:
    """Store resolved documents (and failures), ``batch_size`` per transaction, then link the store.

    Idempotent by doc_id, so loading the same documents again (or resuming) stores each once.

    Raises:
        StoreError: when the store cannot be opened or written (S001, S002, S007, S008).
    """
    report = IngestReport()
    with Store.writer(db_path) as store:
        rows = iter(results)
        while chunk := list(islice(rows, batch_size)):
            write_results(store, chunk, report, on_batch=on_batch)
        return link_store(store, report) if link else report
