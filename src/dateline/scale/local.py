"""Clean and annotate pages on a pool of local processes (``--jobs N``), each with its own spaCy pipeline.

The data flow, with no stage logic of its own (every step calls ``dateline.pipeline``)::

    parent: read_pages -> chunks of ``Options.pages_per_task`` pages (with their slice of the site furniture)
      -> worker process: clean_page + annotate_batch, spaCy loaded once per worker
      -> parent: results back in input order -> spill -> resolve (``pipeline.extract``)

``extract_local`` is the local engine the CLI runs: ``pipeline.extract`` given a pool when ``Options.jobs``
> 1. The pipeline only declares what a pool does (``pipeline.PageAnnotator``) and never imports this layer.

Why a process pool over the stage functions and not ``nlp.pipe(n_process=...)``: annotating a page is
spaCy's parse *and* dateline's own rules over the parsed ``Doc`` (actors, posts, events, dates), which run
in Python after the parse and take about as long. ``n_process`` would parallelise only the parse and send
every ``Doc`` back to one process for the rest; the pool runs the whole per-page path in every worker.
Reading and cross-document resolution stay in the parent: both need the run in input order.

Workers are started with ``spawn`` (a fresh interpreter, the default on macOS and Windows): forking a
parent that runs threads (the progress bar's) can deadlock the child, and loading the pipeline takes
about a second per worker, once per run. Results come back pickled; chunks are submitted a few ahead
of the one awaited, so memory holds a bounded number of pages whatever the run's size.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from dateline.clean import Templates
from dateline.clean.templates import page_key
from dateline.errors import ConfigError, DatelineError
from dateline.model import Failure, RawPage, Result, Source
from dateline.pipeline import annotate_batch, clean_page, extract, load_nlp
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

LOGGER = logging.getLogger(__name__)

TASKS_AHEAD_PER_JOB = 4
"""Chunks submitted per worker beyond the one awaited: enough that a worker slowed down (by a busy
neighbour, a long page) does not leave the others idle while results wait for it in input order, few
enough that memory holds a bounded number of pages (jobs x 5 x ``pages_per_task``)."""

Page = RawPage | Failure


def jobs_for(requested: int) -> int:
    """The worker count for ``--jobs``: 0 means one per CPU of this machine."""
    return requested if requested > 0 else max(1, os.cpu_count() or 1)


WARM_UP_PAGE = ("Ministers meet in Oslo\n\nPublished: 2 June 2025\n\nNorwegian Foreign Minister Ingrid Hovland met"
                " her Colombian counterpart in Oslo on Monday and pledged aid, officials said.\n")
"""An invented page a worker annotates when it starts: the first page loads the lexicons, gazetteers and
event model lazily (about as long as loading spaCy), so every worker pays that at once, not on its first task."""


def _warm(opts: Options) -> None:
    """Load the spaCy pipeline and annotate ``WARM_UP_PAGE`` when a worker starts, so every worker warms at once.

    A pipeline that cannot be loaded (G002) is left for the first task to raise: an initializer that
    raises would break the pool and hide the reason.
    """
    try:
        clean_and_annotate([RawPage(Source("<warm-up>", None, None), WARM_UP_PAGE, "text")], opts, None)
    except DatelineError:
        LOGGER.debug("worker could not load %s", opts.model, exc_info=True)


def _started(seconds: float) -> int:
    """A task that holds its worker for a moment, so that ``LocalPool.start`` reaches every worker."""
    time.sleep(seconds)
    return os.getpid()


def clean_and_annotate(pages: Sequence[Page], opts: Options, templates: Templates | None) -> list[Result]:
    """Clean and annotate one chunk of pages in this process (the task a worker runs)."""
    cleaned = [clean_page(p, opts, templates) for p in pages]
    return annotate_batch(cleaned, load_nlp(opts), opts)


def _furniture_of(templates: Templates | None, pages: Sequence[Page]) -> Templates | None:
    """The part of the run's site furniture that a chunk's pages need (the rest stays in the parent)."""
    if templates is None:
        return None
    keys = (page_key(p.source) for p in pages if isinstance(p, RawPage))
    return Templates({k: templates.shared[k] for k in keys if k in templates.shared})


def chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    """Group pages into lists of ``size`` (the last may be shorter), in order."""
    chunk: list[Page] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class LocalPool:
    """A pool of ``jobs`` worker processes that clean and annotate chunks of pages; results keep input order.

    Use it as a context manager; one pool can serve several runs (``dateline.ingest`` passes one to every
    batch). A worker that dies (killed, out of memory) breaks the pool: its chunks and the rest of the
    run are then done in this process, so no page is lost.

    Raises:
        ConfigError: G001 when ``jobs`` is below 1.
    """

    def __init__(self, opts: Options, jobs: int | None = None) -> None:
        self.opts = opts
        self.jobs = opts.jobs if jobs is None else jobs
        if self.jobs < 1:
            raise ConfigError("G001", option="--jobs", detail=f"{self.jobs} (must be at least 1)")
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def start(self, timeout: float = 120.0) -> int:
        """Start every worker and wait until each has loaded and warmed its pipeline; return how many answered.

        Optional: a run starts the workers it needs as it goes (they warm while the parent reads).
        Benchmarks call it so that worker start-up is kept out of the time, as the single process's is.
        A worker answers a short task only once its initializer is done, so rounds of one task per
        worker go on until every worker has answered (or ``timeout`` seconds have passed).
        """
        answered: set[int] = set()
        deadline = time.monotonic() + timeout
        try:
            while not self._broken and len(answered) < self.jobs and time.monotonic() < deadline:
                futures = [self._pool().submit(_started, 0.2) for _ in range(self.jobs)]
                answered |= {f.result() for f in futures}
        except BrokenProcessPool:
            self._give_up()
        return len(answered)

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers (for benchmarks that read their CPU time)."""
        if self._executor is None:
            return []
        # ProcessPoolExecutor keeps its workers in ``_processes`` (pid -> Process) and offers no public view
        return sorted(getattr(self._executor, "_processes", None) or {})

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            LOGGER.info("starting %d worker processes", self.jobs)
            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm, initargs=(self.opts,),
            )
        return self._executor

    def _submit(self, chunk: list[Page], templates: Templates | None) -> Future[list[Result]] | None:
        if self._broken:
            return None
        try:
            return self._pool().submit(clean_and_annotate, chunk, self.opts, _furniture_of(templates, chunk))
        except BrokenProcessPool:
            self._give_up()
            return None

    def _give_up(self) -> None:
        if not self._broken:
            LOGGER.warning("a worker process died or could not start (a script that starts workers needs an"
                           " `if __name__ == '__main__':` guard); the rest of the run is done in this process")
        self._broken = True
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _collect(self, chunk: list[Page], future: Future[list[Result]] | None,
                 templates: Templates | None) -> list[Result]:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self._give_up()
        return clean_and_annotate(chunk, self.opts, _furniture_of(templates, chunk))

    def annotate(self, pages: Iterable[Page], templates: Templates | None = None) -> Iterator[Result]:
        """Clean and annotate ``pages`` on the workers; yield one result per page, in input order."""
        ahead = self.jobs * (1 + TASKS_AHEAD_PER_JOB)
        pending: deque[tuple[list[Page], Future[list[Result]] | None]] = deque()
        for chunk in chunks(pages, self.opts.pages_per_task):
            pending.append((chunk, self._submit(chunk, templates)))
            if len(pending) >= ahead:
                yield from self._collect(*pending.popleft(), templates)
        while pending:
            yield from self._collect(*pending.popleft(), templates)


class _OneRun:
    """A pool that serves one run and stops its workers once the run's pages are annotated (resolving needs none)."""

    def __init__(self, pool: LocalPool) -> None:
        self.pool = pool

    def annotate(self, pages: Iterable[Page], templates: Templates | None = None) -> Iterator[Result]:
        try:
            yield from self.pool.annotate(pages, templates)
        finally:
            self.pool.close()


def extract_local(paths: Sequence[str], opts: Options, nlp: Language | None = None,
                  on_result: Callable[[Result], None] | None = None,
                  run_dir: Path | None = None) -> Iterator[Result]:
    """Run ``pipeline.extract`` with cleaning and annotating on ``opts.jobs`` worker processes (in this one for 1).

    The output is the same whatever ``opts.jobs``; with more than one, ``nlp`` is not used (each worker
    loads its own) and the workers stop before cross-document resolution starts.
    """
    if opts.jobs <= 1:
        yield from extract(paths, opts, nlp, on_result, run_dir=run_dir)
        return
    pool = LocalPool(opts)
    try:
        yield from extract(paths, opts, on_result=on_result, pool=_OneRun(pool), run_dir=run_dir)
    finally:
        pool.close()
