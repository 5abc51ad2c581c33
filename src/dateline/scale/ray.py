"""Map the pipeline's own stage functions over Ray Data and write the run as Parquet shards.

The data flow, with no stage logic of its own (every step calls ``dateline.pipeline``)::

    input files -> site furniture, one site at a time (``scale/furniture.py``), one object per site
    input files (one row each, with its index)
      -> flat_map: read_pages([path])          one row per page, with its record index
      -> map_batches (actor pool): clean_page + annotate_batch, spaCy loaded once per actor
      -> driver: spill the annotated results to Parquet parts as they arrive (it keeps counters only)
      -> reduce task (``scale.reduce`` in ``reduce_on_ray``): resolve across documents in input order,
         its name blocks, event partitions and event components on Ray Data (``ray_blocks``),
         one shard per part

Pages travel between stages pickled; annotated results travel as the contract's JSON,
which is the very form the local engine spills and reloads before resolving, and the
reduce composes the resolve stage as ``pipeline.extract`` does, so both engines resolve
identical inputs identically. Ray retries a task whose worker died (``max_retries``
for the read tasks, ``max_restarts`` / ``max_task_retries`` for the annotating actors); a
page whose stage raises becomes a Failure inside ``pipeline.clean_page`` /
``pipeline.annotate_batch``, so it yields an error row and the job carries on.
"""

from __future__ import annotations

import json
import logging
import pickle
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dateline.errors import ConfigError
from dateline.model import Result
from dateline.pipeline import annotate_batch, clean_page, load_nlp, read_pages
from dateline.scale.furniture import SiteFurniture, furniture_on_ray
from dateline.scale.reduce import Row, Spill, reduce_spill, spill_rows
from dateline.scale.shards import DEFAULT_ROWS_PER_SHARD
from dateline.settings import Options

if TYPE_CHECKING:
    from types import ModuleType

    from spacy.language import Language

LOGGER = logging.getLogger(__name__)

TASK_RETRIES = 3
"""How often Ray reruns a read task, or restarts an annotating actor, after its process died."""

BLOCKS_PER_WORKER = 8
"""Input blocks (groups of files, one read task each) per annotating actor.

Enough blocks to balance the load, few enough that a run over millions of small files
does not pay Ray's per-task overhead millions of times (measured: ~0.1 s per read task,
which made one read task per file the bottleneck of a two-worker run)."""


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a Ray run produced: counts of documents and failures, and the shard files written."""

    documents: int
    failures: int
    shards: tuple[str, ...]
    out_dir: str
    workers: int
    seconds: float

    @property
    def pages(self) -> int:
        return self.documents + self.failures

    def __str__(self) -> str:
        return (f"{self.documents} documents, {self.failures} failures -> {self.out_dir} "
                f"({len(self.shards)} shard files, {self.workers} workers, {self.seconds:.1f}s)")

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "failures": self.failures, "pages": self.pages,
            "out_dir": self.out_dir, "shards": list(self.shards), "workers": self.workers,
            "seconds": round(self.seconds, 3),
        }


def import_ray() -> ModuleType:
    """Import Ray (an optional extra) or say how to install it.

    Raises:
        ConfigError: G003 when Ray is not installed.
    """
    try:
        import ray
        import ray.data  # noqa: F401 - the extra must include Ray Data, not only Ray Core
    except ImportError as exc:
        raise ConfigError("G003", detail=str(exc)) from exc
    return ray


def connect(address: str | None = None, num_cpus: int | None = None, **init_args: Any) -> bool:
    """Join the Ray cluster at ``address``, or start a local one; return True when this call started it.

    A process already connected to Ray keeps its connection (tests and benchmarks start
    their own small cluster first). ``init_args`` go to ``ray.init`` (e.g. ``object_store_memory``).

    Raises:
        ConfigError: G003 when Ray is not installed.
    """
    ray = import_ray()
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, **init_args)
    else:
        init_args.setdefault("include_dashboard", False)
        ray.init(num_cpus=num_cpus, **init_args)
    return True


def input_files(paths: Sequence[str]) -> list[str]:
    """Expand folders into their files, in the local engine's order (one Ray row per file).

    A folder with nothing to read stays as it is, so that its reader reports it (R002)
    exactly as the local engine does.

    Raises:
        ConfigError: G004 for stdin ("-"), which workers on other processes cannot read.
    """
    from dateline.read.files import expand_paths

    files: list[str] = []
    for given in paths:
        if given == "-":
            raise ConfigError("G004", path="stdin ('-')")
        found = list(expand_paths((given,)))
        files.extend(found or [given])
    return files


def read_file(row: dict[str, Any], opts: Options) -> Iterator[dict[str, Any]]:
    """Read one input file into rows of pickled pages (RawPage or Failure), keyed by file and record."""
    for record_index, page in enumerate(read_pages([row["path"]], opts)):
        yield {"file_index": row["file_index"], "record_index": record_index, "page": pickle.dumps(page)}


class PageAnnotator:
    """Clean and annotate batches of pages in one Ray actor, which keeps its spaCy pipeline between batches.

    The options come with each batch (``fn_kwargs``) rather than to the constructor: Ray
    keeps constructor arguments in the object store, where a restarted actor could lose them.
    """

    def __init__(self) -> None:
        self.nlp: Language | None = None
        self._furniture: SiteFurniture | None = None

    def __call__(self, batch: pa.Table, opts: Options, furniture: dict[str, Any] | None = None) -> pa.Table:
        """Clean and annotate one batch; ``furniture``: an object-store reference per site with furniture."""
        if self.nlp is None:
            self.nlp = load_nlp(opts)
        if self._furniture is None:
            self._furniture = SiteFurniture(furniture)  # a site's index is fetched on its first page, not shipped
        pages: list[Any] = [pickle.loads(p) for p in batch.column("page").to_pylist()]
        cleaned = [clean_page(page, opts, self._furniture.of(page.source)) for page in pages]
        done = annotate_batch(cleaned, self.nlp, opts)
        return pa.table({
            "file_index": batch.column("file_index"),
            "record_index": batch.column("record_index"),
            "result": [json.dumps(r.to_json(), ensure_ascii=False) for r in done],
        })


def annotate_on_ray(files: Sequence[str], opts: Options, workers: int, batch_size: int,
                    furniture: dict[str, Any] | None = None) -> Iterator[Row]:
    """Read, clean and annotate every file on the connected Ray cluster; yield rows as they finish, in any order.

    ``furniture`` (``scale.furniture.furniture_on_ray``): an object-store reference per site; each
    actor fetches a site's index on its first page of that site.
    """
    import ray.data

    items = [{"file_index": i, "path": path} for i, path in enumerate(files)]
    if not items:
        return
    # Any: Ray Data's annotations cannot express UDFs that take extra keyword arguments (fn_kwargs).
    ds: Any = ray.data.from_items(items, override_num_blocks=min(len(items), workers * BLOCKS_PER_WORKER))
    # Reading is light next to spaCy: zero-CPU read tasks leave every CPU to the actors and
    # cannot be starved by them; one read process per actor keeps Ray from starting one per file.
    # Ray Core reruns a task whose worker died (max_retries=3 by default).
    ds = ds.flat_map(read_file, fn_kwargs={"opts": opts}, num_cpus=0,
                     compute=ray.data.TaskPoolStrategy(size=workers))
    with warnings.catch_warnings():
        # Ray 2.60 has no named parameter for actor restarts yet; the generic one works until 2.64.
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = ds.map_batches(
            PageAnnotator,
            fn_kwargs={"opts": opts, "furniture": furniture},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
            num_cpus=1,
            max_restarts=TASK_RETRIES,
            max_task_retries=TASK_RETRIES,
        )
    for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        yield from zip(batch.column("file_index").to_pylist(), batch.column("record_index").to_pylist(),
                       batch.column("result").to_pylist(), strict=True)


BLOCKS_PER_TASK = 64
"""Resolution blocks (name blocks, event partitions or components) per Ray Data batch: most blocks are tiny,
so one task per block would cost more in scheduling than in resolving."""
TASKS_PER_CPU = 4
"""At least this many tasks per CPU of the cluster when there are enough blocks (spill parts are few and heavy)."""
MAX_TASKS = 200
"""At most this many tasks per map (Ray Data's scheduling cost grows with them)."""


def _resolve_blocks(batch: pa.Table, fn: Callable[[Any], Any]) -> pa.Table:
    """Resolve one batch of pickled blocks with ``fn`` on a Ray worker; answers stay pickled, keyed by block."""
    answers = [pickle.dumps(fn(pickle.loads(b))) for b in batch.column("block").to_pylist()]
    return pa.table({"n": batch.column("n"), "answer": pa.array(answers, type=pa.binary())})


def ray_blocks(fn: Callable[[Any], Any], blocks: Sequence[Any]) -> list[Any]:
    """Resolve blocks in parallel on Ray Data (``resolve.blocks.BlockMap``); answers come back in block order.

    Blocks travel pickled; ``fn`` must be a module-level function (``identity.link_block`` and the like).
    """
    import ray.data

    if len(blocks) < 2:  # nothing to spread: a Ray Data run would cost seconds of start-up for no gain
        return [fn(block) for block in blocks]
    rows = [{"n": n, "block": pickle.dumps(block)} for n, block in enumerate(blocks)]
    # a few spill parts are as many tasks, thousands of name blocks are batched: every CPU gets work either way
    per_task = max(1, min(BLOCKS_PER_TASK, -(-len(rows) // (TASKS_PER_CPU * cluster_cpus()))))
    ds: Any = ray.data.from_items(rows, override_num_blocks=min(-(-len(rows) // per_task), MAX_TASKS))
    ds = ds.map_batches(_resolve_blocks, fn_kwargs={"fn": fn}, batch_size=per_task, batch_format="pyarrow")
    answers: list[Any] = [None] * len(blocks)
    for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        for n, answer in zip(batch.column("n").to_pylist(), batch.column("answer").to_pylist(), strict=True):
            answers[n] = pickle.loads(answer)
    return answers


def _reduce_task(spill: Spill, out_dir: str, steps_log: str | None = None) -> list[str]:
    """The reduce as it runs in a Ray task (not the driver): plan on Ray Data blocks, then write the shards."""
    return reduce_spill(spill, out_dir, ray_blocks, steps_log)


def reduce_on_ray(spill: Spill, out_dir: str, steps_log: str | None = None) -> list[str]:
    """Run ``reduce_spill`` as one Ray task whose name and event blocks run on Ray Data; the driver only waits.

    The task reads the spill parts itself, so the driver holds the run's counters and part names only.
    ``steps_log``: a file (readable by the task) each step appends its timing to (``scale.reduce.timed_steps``).
    """
    ray = import_ray()
    task = ray.remote(num_cpus=0, max_retries=TASK_RETRIES)(_reduce_task)
    written: list[str] = ray.get(task.remote(spill, out_dir, steps_log))
    return written


def cluster_cpus() -> int:
    """Return the CPUs of the connected Ray cluster (at least 1)."""
    ray = import_ray()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def extract_ray(
    paths: Sequence[str],
    opts: Options,
    out_dir: str,
    address: str | None = None,
    num_workers: int | None = None,
    *,
    batch_size: int | None = None,
    rows_per_shard: int = DEFAULT_ROWS_PER_SHARD,
    on_result: Callable[[Result], None] | None = None,
) -> RunSummary:
    """Run read -> clean -> annotate on Ray, resolve across documents, and write Parquet shards to ``out_dir``.

    ``num_workers`` is the number of annotating actors (one spaCy pipeline and one CPU
    each; default: every CPU of the cluster). ``batch_size`` is pages per actor call
    (default ``opts.batch_size``). ``on_result`` is called with each page's annotated result
    as it arrives, before resolution (progress). A local cluster started here is shut down at the end.

    Raises:
        ConfigError: G003 when Ray is not installed, G004 for stdin input, G001 for a bad worker count.
    """
    if num_workers is not None and num_workers < 1:
        raise ConfigError("G001", option="num_workers", detail=f"{num_workers} (must be at least 1)")
    started = time.perf_counter()
    files = input_files(paths)
    ray = import_ray()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".spill-", dir=out_dir) as spill_dir:
        started_here = connect(address, num_cpus=None if address else num_workers)
        try:
            workers = num_workers or cluster_cpus()
            size = batch_size or opts.batch_size
            LOGGER.info("ray: %d files, %d workers, %d pages per batch", len(files), workers, size)
            # the site furniture is found on the cluster, one site at a time, as the local engine finds it
            furniture = furniture_on_ray(files, opts, workers)
            spill = spill_rows(annotate_on_ray(files, opts, workers, size, furniture), spill_dir, rows_per_shard,
                               on_result)
            shards = reduce_on_ray(spill, out_dir)
        finally:
            if started_here:
                ray.shutdown()
    seconds = time.perf_counter() - started
    documents = spill.pages - spill.failures
    LOGGER.info("ray: %d documents, %d failures in %.1fs -> %s", documents, spill.failures, seconds, out_dir)
    return RunSummary(documents, spill.failures, tuple(shards), out_dir, workers, seconds)
