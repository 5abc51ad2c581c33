"""Measure pages per second of the local engine against the Ray engine with 1 and 2 workers, on one input.

The input is the dev pages plus the example inputs (text, HTML, WARC.gz, JSON Lines),
copied ``--copies`` times into a temporary folder, so every engine reads the same files
of every format. Rows: a read-only baseline (``pipeline.read_pages``, no cleaning or
annotation), the local engine (``pipeline.extract``, spaCy loaded beforehand), and the Ray
engine (``scale.ray.extract_ray``, Parquet shards written) with each worker count. Each
run's time is split by when annotated pages arrive (``on_result``): start-up until the
first page (for Ray: planning, actor start, spaCy load in each actor, the first batch),
the steady rate between first and last page, and the cross-document reduce after the
last; ``ray.init`` of the local cluster is reported apart. The machine's load average is
recorded, since other processes share its cores.
Prints one table and appends the numbers to ``bench/results.jsonl``.

Three more measurements use generated input (``bench/make_corpus.py``), each in fresh
subprocesses so that peak memory (``ru_maxrss``) is that run's alone:

``--reduce 10000,100000``: the reduce alone on that many generated annotated records, local
(``scale.reduce.reduce_spill`` in one process) and on Ray with each ``--workers`` count
(``scale.ray.reduce_on_ray``: a task whose parts and blocks run on Ray Data): seconds and milliseconds
per record of the spill and of the reduce, the peak memory of the process that drives it, and for the
local reduce the share of its CPU outside the per-part steps and blocks (what no worker count speeds up).
``--engines ray`` leaves the local reduce out (for the 1 M-record run).
``--pipeline 1000``: the whole local pipeline on that many generated pages, wall time split
into annotate (until the last page is annotated), reduce (until the first resolved result)
and write (applying the links and writing JSON Lines).
``--memory 200,2000``: peak memory of ``dateline extract --jsonl`` on that many generated pages.
``--blocks 100000,1000000``: the name blocks of that many generated records' people (``identity.blocks_of``):
the largest block's records and groups, and their share of the run's (one task links a whole block).
``--held 20000,50000``: the reduce in one process on that many generated records in ten parts, with
``tracemalloc``: the most its merges hold after a step and their own peak between steps (Ray's reduce task).

    .venv/bin/python bench/scale.py --copies 4 --workers 1,2
    .venv/bin/python bench/scale.py --reduce 10000,100000 --workers 1,2
    .venv/bin/python bench/scale.py --reduce 1000000 --workers 2 --engines ray
    .venv/bin/python bench/scale.py --pipeline 1000 --memory 200,2000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from results import record  # bench/results.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
EXAMPLES = ROOT / "examples"
EXAMPLE_INPUTS = ("news.warc.gz", "wire.jsonl", "antarctic-research-talks.html", "baltic-cable-pact.txt")


def build_input(folder: Path, copies: int, limit: int | None = None) -> list[str]:
    """Copy the dev pages and example inputs (the first ``limit`` files) ``copies`` times; return the copy folders."""
    sources = [*sorted(DEV.glob("*.txt")), *(EXAMPLES / name for name in EXAMPLE_INPUTS)][:limit]
    out = []
    for n in range(copies):
        dest = folder / f"copy{n:03d}"
        dest.mkdir(parents=True)
        for source in sources:
            shutil.copy(source, dest / source.name)
        out.append(str(dest))
    return out


BURST_SECONDS = 0.25
"""Pages arriving this close to the first one came in the same batch (both engines hand over whole batches)."""


def arrival_stats(started: float, arrived: list[float], ended: float) -> dict[str, float]:
    """Split a run's time by when annotated pages arrived: start-up, steady rate, and the final reduce.

    Start-up is the time to the first annotated batch (for Ray: planning, starting actors,
    loading spaCy in them, and that batch); the steady rate counts the pages after the first
    batch over the time from its arrival to the last page's; the reduce is what follows.
    """
    if not arrived:
        return {"startup_seconds": ended - started, "steady_pages_per_s": 0.0, "reduce_seconds": 0.0}
    first_batch = sum(1 for t in arrived if t - arrived[0] <= BURST_SECONDS)
    span = arrived[-1] - arrived[0]
    return {
        "startup_seconds": arrived[0] - started,
        "steady_pages_per_s": (len(arrived) - first_batch) / span if span > BURST_SECONDS else 0.0,
        "reduce_seconds": ended - arrived[-1],
    }


def _child(args: list[str]) -> tuple[dict[str, Any], float]:
    """Run this script (or any command) as a child; return its last stdout line as JSON and its peak RSS in MB."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(args)} failed with status {status}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), usage.ru_maxrss / 1024


class TreePeak:
    """Sample, twice a second, the resident memory of every process this one started (the local Ray cluster).

    Reads ``/proc`` (Linux only; psutil is not a dependency). Keeps the largest RSS any one Ray worker
    process reached (its process title names the task: ``ray::_reduce_task``, ``ray::MapBatches``) and
    the largest sum over the tree. Shared pages of the object store count in each worker that maps them;
    ``worker_anon_mb`` is the largest private (anonymous) part alone, the task's own heap.
    """

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.worker_mb = 0.0
        self.worker_title = ""
        self.worker_anon_mb = 0.0
        self.tree_mb = 0.0
        self.by_title: dict[str, list[float]] = {}
        """Per process title (``ray::_reduce_task``, ``ray::MapBatches(...)``): the largest RSS and private MB."""
        self.cpu: dict[int, float] = {}
        """Per process of the tree: the most CPU seconds (user and system) it had used when sampled."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreePeak:
        self.sample()  # the tree as it is now: ``cpu_seconds`` from here on is the run's
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @staticmethod
    def _anon_mb(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("RssAnon:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    @property
    def cpu_seconds(self) -> float:
        """CPU seconds the tree's processes used (the workers, raylet and object store; not this process), as last
        sampled: a process that ended between two samples loses at most its last half second."""
        return sum(self.cpu.values())

    @staticmethod
    def _procs() -> dict[int, tuple[int, float, str, float]]:
        """pid -> (parent pid, RSS in MB, process title, CPU seconds) of every readable process."""
        out: dict[int, tuple[int, float, str, float]] = {}
        ticks = os.sysconf("SC_CLK_TCK")
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                    stat = f.read()
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    title = f.read().split(b"\0")[0].decode(errors="replace")
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            out[int(entry)] = (int(fields[1]), int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20, title,
                               (int(fields[11]) + int(fields[12])) / ticks)
        return out

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        """Read every process of the tree once: memory peaks and CPU seconds."""
        me = os.getpid()
        procs = self._procs()
        children: dict[int, list[int]] = {}
        for pid, (ppid, _, _, _) in procs.items():
            children.setdefault(ppid, []).append(pid)
        tree, todo = [], list(children.get(me, []))
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        self.tree_mb = max(self.tree_mb, sum(procs[pid][1] for pid in tree))
        for pid in tree:
            _, rss, title, cpu = procs[pid]
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
            if title.startswith("ray::"):
                if rss > self.worker_mb:
                    self.worker_mb, self.worker_title = rss, title
                anon = self._anon_mb(pid)
                self.worker_anon_mb = max(self.worker_anon_mb, anon)
                peaks = self.by_title.setdefault(title[:80], [0.0, 0.0])
                peaks[0], peaks[1] = max(peaks[0], rss), max(peaks[1], anon)


def reduce_once(records: str, engine: str, workers: int, steps_log: str | None = None) -> dict[str, Any]:
    """Spill generated records as the Ray driver does, then reduce them locally or on Ray; return the times.

    ``steps_log``: a file each reduce step appends its timing to (``scale.reduce.timed_steps``; the spill's
    seconds go first, as a step named ``spill``)."""
    from dateline.scale.reduce import reduce_spill, spill_rows

    with tempfile.TemporaryDirectory(prefix="dateline-bench-reduce-") as tmp, open(records, encoding="utf-8") as f:
        started = time.perf_counter()
        spill = spill_rows(((n // 1000, n % 1000, line) for n, line in enumerate(f)), f"{tmp}/spill")
        spill_seconds = time.perf_counter() - started
        if steps_log:
            with open(steps_log, "a", encoding="utf-8") as log:
                log.write(json.dumps({"step": "spill", "jobs": len(spill.parts), "start": round(time.time() - spill_seconds, 3),
                                      "seconds": round(spill_seconds, 3), "records": spill.pages}) + "\n")
        inside: list[float] = []

        def timed(fn: Any, blocks: Any) -> list[Any]:
            started_cpu = time.process_time()
            out = [fn(block) for block in blocks]
            inside.append(time.process_time() - started_cpu)
            return out

        if engine == "local":
            reduce_started, cpu = time.perf_counter(), time.process_time()
            reduce_spill(spill, f"{tmp}/out", timed, steps_log)  # the blocks' and parts' CPU apart from the serial rest
            cpu = time.process_time() - cpu
            ended = time.perf_counter()
            return {"records": spill.pages, "spill_seconds": spill_seconds, "reduce_seconds": ended - reduce_started,
                    "reduce_cpu_seconds": cpu, "load_at_end": round(os.getloadavg()[0], 2), "serial_cpu_seconds": cpu - sum(inside),
                    "serial_share": (cpu - sum(inside)) / cpu if cpu else 0.0}
        else:
            import ray

            from dateline.scale.ray import reduce_on_ray

            ray.init(num_cpus=workers, object_store_memory=500 * 1024 * 1024, include_dashboard=False,
                     log_to_driver=False)
            reduce_started = time.perf_counter()  # ray.init is not the reduce's
            try:
                with TreePeak() as peak:
                    tree_before = peak.cpu_seconds
                    driver_cpu = time.process_time()
                    started_load = os.getloadavg()[0]
                    reduce_on_ray(spill, f"{tmp}/out", steps_log)
                    driver_cpu = time.process_time() - driver_cpu
                    time.sleep(2 * peak.interval)  # one more sample of every worker
            finally:
                ray.shutdown()
        ended = time.perf_counter() - 2 * peak.interval
    return {"records": spill.pages, "spill_seconds": spill_seconds, "reduce_seconds": ended - reduce_started,
            "largest_task_peak_mb": round(peak.worker_mb, 1), "largest_task": peak.worker_title,
            "largest_task_anon_mb": round(peak.worker_anon_mb, 1),
            "task_peaks_mb": {title: [round(rss), round(anon)] for title, (rss, anon) in sorted(peak.by_title.items())},
            "cluster_peak_mb": round(peak.tree_mb, 1),
            "reduce_cpu_seconds": round(peak.cpu_seconds - tree_before + driver_cpu, 1),
            "load_at_start": round(started_load, 2), "load_at_end": round(os.getloadavg()[0], 2)}


HELD_PARTS = 10
"""Spill parts of a ``--held`` run, whatever its size, so the merges see as many parts at every size."""


def held_once(records: str) -> dict[str, Any]:
    """Run the reduce in this process (``tracemalloc`` on) and measure what its merges hold, apart from its steps.

    Every per-part and per-partition step goes through one ``map_blocks``: memory still allocated when a step
    returns is what the merging process keeps (``held``), and the peak between two steps is the merges' own
    (``merge_peak``): in Ray's reduce task the steps run elsewhere, so these are that task's figures, with the
    imports and caches that every process of the run holds.
    """
    import tracemalloc

    from dateline.scale.reduce import reduce_spill, spill_rows

    with open(records, encoding="utf-8") as f:
        size = sum(1 for _ in f)
    held: list[tuple[float, str]] = []
    merges: list[tuple[float, str]] = []

    def step(fn: Any, blocks: Any) -> list[Any]:
        # a planning step on the parts' records goes through scale.reduce._on_part: (pickle, step, args)
        name = blocks[0][1].__name__ if fn.__name__ == "_on_part" and blocks else fn.__name__
        merges.append((tracemalloc.get_traced_memory()[1] / 2**20, name))
        out = [fn(block) for block in blocks]
        held.append((tracemalloc.get_traced_memory()[0] / 2**20, name))
        tracemalloc.reset_peak()
        return out

    with tempfile.TemporaryDirectory(prefix="dateline-bench-held-") as tmp, open(records, encoding="utf-8") as f:
        spill = spill_rows(((n // 1000, n % 1000, line) for n, line in enumerate(f)), f"{tmp}/spill",
                           rows_per_part=-(-size // HELD_PARTS))
        tracemalloc.start()
        reduce_spill(spill, f"{tmp}/out", step)
        merges.append((tracemalloc.get_traced_memory()[1] / 2**20, "end"))
        tracemalloc.stop()
    most, after = max(held)
    peak, before = max(merges)
    return {"records": size, "parts": len(spill.parts), "held_mb": round(most, 1), "held_after": after,
            "merge_peak_mb": round(peak, 1), "merge_peak_before": before}


def bench_held(sizes: list[int]) -> list[dict[str, Any]]:
    """``held_once`` on generated records of each size, each in a fresh process."""
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-records-") as tmp:
            records = f"{tmp}/records.jsonl"
            subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "records", "--count", str(size),
                            "--out", records], check=True)
            got, _ = _child([sys.executable, __file__, "--held-once", records])
        row = {"system": "reduce merges, in process (tracemalloc)", **got}
        print(f"{row['system']:40s} {size:>9d} records in {got['parts']} parts: held at most {got['held_mb']:.0f} MB "
              f"(after {got['held_after']}), merge peak {got['merge_peak_mb']:.0f} MB "
              f"(before {got['merge_peak_before']})", flush=True)
        rows.append(row)
    return rows


def blocks_once(records: str) -> dict[str, Any]:
    """The name blocks of generated records' people (``identity.group_tokens`` and ``blocks_of``, in this process).

    The person records are the records' ``PERSON`` entities as the annotate stage wrote them (before the reduce's
    kind correction, which leaves generated names as people). A name block is linked in one task
    (``plan._link_partition``), so the largest one bounds that step's memory and its longest task: the row gives
    the largest block's records and groups and their share of the run's, and the blocks' mean size seen from a
    record (the sum of squares over the records), which stays flat while blocks stay bounded.
    """
    from dateline.model import Document, result_from_json
    from dateline.resolve.identity import PersonRecord, blocks_of, group_tokens

    people: list[PersonRecord] = []
    size = 0
    with open(records, encoding="utf-8") as f:
        for line in f:
            size += 1
            doc = result_from_json(json.loads(line))
            if isinstance(doc, Document):
                people += [PersonRecord(f"{size}:{e.id}", e.name, e.aliases, e.country)
                           for e in doc.entities if e.type == "PERSON"]
    groups, tokens = group_tokens(people)
    blocks = blocks_of(groups, tokens)
    by_groups = sorted(((len({groups[i] for i in block}), len(block)) for block in blocks), reverse=True)
    largest = max(by_groups, key=lambda sizes: sizes[1])
    return {"records": size, "person_records": len(people), "groups": len(tokens), "blocks": len(blocks),
            "largest_block_records": largest[1], "largest_block_record_share": round(largest[1] / max(1, len(people)), 4),
            "largest_block_groups": by_groups[0][0] if by_groups else 0,
            "largest_block_group_share": round(by_groups[0][0] / max(1, len(tokens)), 4) if by_groups else 0.0,
            "next_largest_groups": [g for g, _ in by_groups[1:5]],
            "records_block_mean": round(sum(n * n for _, n in by_groups) / max(1, len(people)), 1)}


def _records_of_size(tmp: str, size: int, records_file: str | None) -> str:
    """A file of ``size`` generated annotated records in ``tmp``: the first lines of ``records_file``, or fresh
    ones from ``make_corpus.py records``."""
    records = f"{tmp}/records.jsonl"
    if records_file:
        with open(records_file, encoding="utf-8") as src, open(records, "w", encoding="utf-8") as dst:
            dst.writelines(line for _, line in zip(range(size), src, strict=False))
    else:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "records", "--count", str(size),
                        "--out", records], check=True)
    return records


def bench_blocks(sizes: list[int], records_file: str | None = None) -> list[dict[str, Any]]:
    """``blocks_once`` on generated records of each size (``records_file``: its first ``size`` lines), each in a
    fresh process."""
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-records-") as tmp:
            records = _records_of_size(tmp, size, records_file)
            got, _ = _child([sys.executable, __file__, "--blocks-once", records])
        row = {"system": "name blocks, generated records", **got}
        print(f"name blocks {size:>9d} records: {got['person_records']} person records in {got['groups']} groups, "
              f"{got['blocks']} blocks; largest {got['largest_block_groups']} groups "
              f"({100 * got['largest_block_group_share']:.1f}%), {got['largest_block_records']} records "
              f"({100 * got['largest_block_record_share']:.1f}%); next {got['next_largest_groups']}; "
              f"block size seen from a record {got['records_block_mean']:.0f}", flush=True)
        rows.append(row)
    return rows


def bench_reduce(sizes: list[int], workers: list[int], engines: list[str],
                 records_file: str | None = None, steps_log: str | None = None) -> list[dict[str, Any]]:
    """The reduce alone on generated records of each size, local and on Ray with each worker count.

    ``records_file``: records ``make_corpus.py records`` wrote before (its first ``size`` lines are used),
    so that a long run need not generate them again. ``steps_log``: a path prefix; each run's step timings go
    to ``PREFIX-ENGINE-WORKERS-SIZE.jsonl``.
    """
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="dateline-bench-records-") as tmp:
            records = _records_of_size(tmp, size, records_file)
            runs = ([("local", 1)] if "local" in engines else []) + [("ray", w) for w in workers if "ray" in engines]
            for engine, n in runs:
                log = [] if not steps_log else ["--steps-log", f"{steps_log}-{engine}-{n}-{size}.jsonl"]
                got, peak = _child([sys.executable, __file__, "--reduce-once", records, "--engine", engine,
                                    "--workers", str(n), *log])
                row = {"system": f"reduce, {engine}" + (f", {n} worker{'s' if n > 1 else ''}" if engine == "ray" else ""),
                       **got, "ms_per_record": 1000 * got["reduce_seconds"] / size,
                       "cpu_ms_per_record": round(1000 * got["reduce_cpu_seconds"] / size, 3),
                       "driver_peak_mb": round(peak, 1)}
                serial = f"  serial {100 * got['serial_share']:4.1f}%" if "serial_share" in got else ""
                if "largest_task_peak_mb" in got:
                    serial += (f"  largest task {got['largest_task_peak_mb']:.0f} MB ({got['largest_task']}; "
                               f"{got['largest_task_anon_mb']:.0f} MB private), "
                               f"cluster {got['cluster_peak_mb']:.0f} MB")
                print(f"{row['system']:26s} {size:>9d} records  spill {got['spill_seconds']:8.1f}s  reduce "
                      f"{got['reduce_seconds']:8.1f}s  {row['ms_per_record']:6.3f} ms/record  CPU {row['cpu_ms_per_record']:6.3f} ms/record  "
                      f"load {got['load_at_end']:4.1f}  driver peak "
                      f"{peak:7.0f} MB{serial}", flush=True)
                rows.append(row)
    return rows


def pipeline_once(folder: str) -> dict[str, Any]:
    """The local pipeline on a folder of pages, split into annotate, reduce and write; return the times."""
    from dateline.pipeline import extract, load_nlp
    from dateline.settings import Options

    opts = Options()
    nlp = load_nlp(opts)
    annotated: list[float] = []
    started = time.perf_counter()
    first = None
    pages = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for result in extract([folder], opts, nlp, on_result=lambda _: annotated.append(time.perf_counter())):
            first = first or time.perf_counter()
            sink.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
            pages += 1
    ended = time.perf_counter()
    last = annotated[-1] if annotated else started
    return {"pages": pages, "annotate_seconds": last - started, "reduce_seconds": (first or ended) - last,
            "write_seconds": ended - (first or ended)}


def bench_pipeline(pages: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dateline-bench-pages-") as tmp:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "pages", "--count", str(pages), "--out", tmp],
                       check=True)
        got, peak = _child([sys.executable, __file__, "--pipeline-once", tmp])
    row = {"system": "local pipeline, generated pages", **got, "peak_mb": round(peak, 1)}
    print(f"{row['system']:32s} {pages:>6d} pages  annotate {got['annotate_seconds']:7.1f}s  reduce "
          f"{got['reduce_seconds']:6.2f}s  write {got['write_seconds']:6.2f}s  peak {peak:6.0f} MB", flush=True)
    return row


def bench_memory(sizes: list[int]) -> list[dict[str, Any]]:
    """Peak memory of ``dateline extract --jsonl`` on generated pages of each count (one seeded set, cut)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="dateline-bench-memory-") as tmp:
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "pages", "--count", str(max(sizes)),
                        "--out", f"{tmp}/all"], check=True)
        for size in sizes:
            folder = Path(tmp) / f"p{size}"
            folder.mkdir()
            for page in sorted((Path(tmp) / "all").glob("*/*.txt"), key=lambda p: p.name)[:size]:
                (folder / page.parent.name).mkdir(exist_ok=True)
                shutil.copy(page, folder / page.parent.name / page.name)
            started = time.perf_counter()
            _, peak = _child([sys.executable, "-m", "dateline", "extract", "-q", "--jsonl",
                              "--run-dir", f"{tmp}/run{size}", str(folder)])
            row = {"system": "dateline extract --jsonl", "pages": size, "peak_mb": round(peak, 1),
                   "seconds": round(time.perf_counter() - started, 1)}
            print(f"extract {size:>6d} pages: peak {peak:7.0f} MB in {row['seconds']:.0f}s", flush=True)
            rows.append(row)
    rows[-1]["peak_vs_smallest"] = round(rows[-1]["peak_mb"] / rows[0]["peak_mb"], 3)
    return rows


def steps_table(paths: list[str]) -> str:
    """Tabulate ``--steps-log`` files side by side: per step, wall and CPU µs per record (each file's records are
    its ``spill`` line's). A gap between two steps is the reduce task's own merge before the second (``gap before``).
    In one process (the local engine) the CPU column is the step's own; on Ray it is the reduce task's alone."""
    tables: list[tuple[int, dict[str, list[float]]]] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            steps = [json.loads(line) for line in f if line.strip()]
        records = next(s["records"] for s in steps if s["step"] == "spill")
        rows: dict[str, list[float]] = {}
        end: tuple[float, float] | None = None
        for s in steps:
            if s["step"] == "spill":
                continue
            if end is not None:
                gap = rows.setdefault(f"  gap before {s['step']}", [0.0, 0.0])
                gap[0] += s["start"] - end[0]
                gap[1] += s["cpu_at"] - end[1]
            row = rows.setdefault(s["step"], [0.0, 0.0])
            row[0] += s["seconds"]
            row[1] += s["cpu"]
            end = (s["start"] + s["seconds"], s["cpu_at"] + s["cpu"])
        tables.append((records, rows))
    names = list(dict.fromkeys(name for _, rows in tables for name in rows))
    out = ["step".ljust(34) + "".join(f"{records:>16,d} records" for records, _ in tables),
           "".ljust(34) + "".join(f"{'wall µs':>12s}{'CPU µs':>12s}" for _ in tables)]
    totals = [[0.0, 0.0] for _ in tables]
    for name in names:
        cells = [rows.get(name, [0.0, 0.0]) for _, rows in tables]
        per = [(1e6 * wall / records, 1e6 * cpu / records) for (wall, cpu), (records, _) in zip(cells, tables)]
        for total, (wall, cpu) in zip(totals, per, strict=True):
            total[0] += wall
            total[1] += cpu
        if name.startswith("  gap") and all(wall < 2 and cpu < 1 for wall, cpu in per):
            continue  # a merge too small to show (still in the totals)
        out.append(name[:34].ljust(34) + "".join(f"{wall:12.0f}{cpu:12.0f}" for wall, cpu in per))
    out.append("total".ljust(34) + "".join(f"{wall:12.0f}{cpu:12.0f}" for wall, cpu in totals))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reduce", default=None, help="comma-separated record counts: measure the reduce alone")
    ap.add_argument("--pipeline", type=int, default=None, help="generated pages for the split pipeline timing")
    ap.add_argument("--memory", default=None, help="comma-separated page counts: peak memory of extract")
    ap.add_argument("--held", default=None,
                    help="comma-separated record counts: what the reduce's merges hold (tracemalloc, in process)")
    ap.add_argument("--blocks", default=None,
                    help="comma-separated record counts: the name blocks' sizes (what one linking task holds)")
    ap.add_argument("--held-once", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--blocks-once", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--reduce-once", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--pipeline-once", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    ap.add_argument("--copies", type=int, default=3, help="copies of the 16-page input set (default 3)")
    ap.add_argument("--workers", default="1,2", help="comma-separated Ray worker counts (default 1,2)")
    ap.add_argument("--engines", default="local,ray", help="reduce engines to measure (default local,ray)")
    ap.add_argument("--records-file", default=None, help="records generated before (make_corpus.py records)")
    ap.add_argument("--batch-size", type=int, default=8, help="pages per annotate call (default 8)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N input files of the set (smoke test)")
    ap.add_argument("--steps-log", default=None,
                    help="path prefix: each reduce run appends its steps' timings to PREFIX-ENGINE-WORKERS-SIZE.jsonl")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    ap.add_argument("--steps-table", nargs="+", default=None, metavar="LOG",
                    help="print --steps-log files side by side: wall and CPU µs per record per step")
    args = ap.parse_args(argv)
    if args.steps_table:
        print(steps_table(args.steps_table))
        return 0
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    if args.reduce_once:
        print(json.dumps(reduce_once(args.reduce_once, args.engine, workers[0], args.steps_log)))
        return 0
    if args.pipeline_once:
        print(json.dumps(pipeline_once(args.pipeline_once)))
        return 0
    if args.held_once:
        print(json.dumps(held_once(args.held_once)))
        return 0
    if args.blocks_once:
        print(json.dumps(blocks_once(args.blocks_once)))
        return 0
    if args.reduce or args.pipeline or args.memory or args.held or args.blocks:
        load = round(os.getloadavg()[0], 2)
        rows: list[dict[str, Any]] = []
        if args.reduce:
            rows += bench_reduce([int(n) for n in args.reduce.split(",")], workers, args.engines.split(","),
                                 args.records_file, args.steps_log)
        if args.pipeline:
            rows.append(bench_pipeline(args.pipeline))
        if args.memory:
            rows += bench_memory([int(n) for n in args.memory.split(",")])
        if args.held:
            rows += bench_held([int(n) for n in args.held.split(",")])
        if args.blocks:
            rows += bench_blocks([int(n) for n in args.blocks.split(",")], args.records_file)
        for row in rows:
            for key, value in row.items():
                if isinstance(value, float):
                    row[key] = round(value, 4)
        if not args.no_record:
            record("scale-generated", cores=os.cpu_count(), load_average=load, rows=rows)
        return 0

    from dateline.pipeline import extract, load_nlp, read_pages
    from dateline.settings import Options

    opts = Options(batch_size=args.batch_size)
    load_before = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory(prefix="dateline-bench-scale-") as tmp:
        paths = build_input(Path(tmp) / "in", args.copies, args.limit)

        started = time.perf_counter()
        pages = sum(1 for _ in read_pages(paths, opts))
        rows.append({"system": "baseline: read only", "pages": pages, "seconds": time.perf_counter() - started})

        nlp = load_nlp(opts)
        annotated_at: list[float] = []
        started, cpu = time.perf_counter(), time.process_time()
        results = list(extract(paths, opts, nlp, on_result=lambda _: annotated_at.append(time.perf_counter())))
        ended, cpu = time.perf_counter(), time.process_time() - cpu
        # CPU seconds per page measure the per-core cost apart from other processes sharing the cores
        rows.append({"system": "local engine (1 process)", "pages": len(results), "seconds": ended - started,
                     "cpu_seconds": cpu, "pages_per_cpu_s": len(results) / cpu,
                     **arrival_stats(started, annotated_at, ended)})

        import ray

        from dateline.scale.ray import extract_ray

        started = time.perf_counter()
        ray.init(num_cpus=max(workers), object_store_memory=200 * 1024 * 1024, include_dashboard=False,
                 log_to_driver=False)
        init_seconds = time.perf_counter() - started
        try:
            for n in workers:
                arrived: list[float] = []
                started = time.perf_counter()
                summary = extract_ray(paths, opts, str(Path(tmp) / f"out{n}"), num_workers=n,
                                      batch_size=args.batch_size, on_result=lambda _: arrived.append(time.perf_counter()))
                seconds = time.perf_counter() - started
                rows.append({"system": f"ray engine, {n} worker{'s' if n > 1 else ''}", "pages": summary.pages,
                             "seconds": seconds, **arrival_stats(started, arrived, time.perf_counter())})
        finally:
            ray.shutdown()

    local = next(r for r in rows if r["system"].startswith("local"))
    local_rate = float(local["pages"]) / float(local["seconds"])
    print(f"input: {pages} pages ({args.copies} copies of dev + examples); load average before: {load_before:.1f} "
          f"on {os.cpu_count()} cores; ray.init: {init_seconds:.1f}s; local engine: "
          f"{local['pages_per_cpu_s']:.2f} pages per CPU-second", file=sys.stderr)
    print(f"{'system':28s} {'pages':>6s} {'seconds':>8s} {'pages/s':>8s} {'vs local':>9s} {'start-up s':>10s} "
          f"{'steady p/s':>10s} {'reduce s':>8s}")
    for row in rows:
        rate = float(row["pages"]) / float(row["seconds"])
        row["pages_per_s"] = round(rate, 2)
        row["seconds"] = round(float(row["seconds"]), 3)
        extra = [row.get(k) for k in ("startup_seconds", "steady_pages_per_s", "reduce_seconds")]
        cells = ["" if v is None else f"{float(v):.2f}" for v in extra]
        print(f"{row['system']:28s} {row['pages']:6d} {row['seconds']:8.2f} {rate:8.2f} {rate / local_rate:8.2f}x "
              f"{cells[0]:>10s} {cells[1]:>10s} {cells[2]:>8s}")
        for key in ("startup_seconds", "steady_pages_per_s", "reduce_seconds", "cpu_seconds", "pages_per_cpu_s"):
            if key in row:
                row[key] = round(float(row[key]), 3)
    if not args.no_record:
        record("scale", cores=os.cpu_count(), load_average=round(load_before, 2),
               ray_init_seconds=round(init_seconds, 3), batch_size=args.batch_size, rows=rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
