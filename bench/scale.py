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

    .venv/bin/python bench/scale.py --copies 4 --workers 1,2
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=3, help="copies of the 16-page input set (default 3)")
    ap.add_argument("--workers", default="1,2", help="comma-separated Ray worker counts (default 1,2)")
    ap.add_argument("--batch-size", type=int, default=8, help="pages per annotate call (default 8)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N input files of the set (smoke test)")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args(argv)

    from dateline.pipeline import extract, load_nlp, read_pages
    from dateline.settings import Options

    opts = Options(batch_size=args.batch_size)
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    load_before = os.getloadavg()[0]
    rows: list[dict[str, object]] = []
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
