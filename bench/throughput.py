"""Measure the full pipeline's throughput against plain ``nlp.pipe`` on the same texts, in one run.

usage: python bench/throughput.py [--repeat N] [--jobs N] [PATH ...]

Reads the pages (default: ../shared/seeds, ../shared/corpus/dev and examples/), repeats the set
N times with a marker line so every copy is a distinct document, then times in this process
(baseline and extract alternate for --rounds rounds; the best time of each counts):

- ``empty``: reading only (the floor);
- ``nlp.pipe``: the plain pinned spaCy pipeline over the same texts, the cleaned bodies and captions (the baseline);
- ``extract``: dateline's whole path, read -> clean -> annotate -> resolve;
- ``extract --jobs N`` (default 2): the same path with N worker processes (``scale/local.py``), checked to
  give the very output of one process. Its workers are started and warmed before the clock starts, as
  the single process's pipeline is loaded and warmed (each takes about two seconds of CPU, once per run).

Prints one table (system, docs, words, seconds, docs/s, words/s, ratio to nlp.pipe), the same ratio from the
CPU seconds of this process (all its threads; less swayed by other work on a shared machine), the learned event
component's share of the single-process extract (the seconds in ``dateline_events``: the trigger lexicon's
matches, which the event finder reuses, and the model's decision, ``eventcat.candidates``: candidates, their
features, the two linear models; the latter also apart), then the speed-up
of ``--jobs N`` over one process, measured in the same run (the runs alternate; the load average is
printed beside it), and appends the figures with the commit and machine to bench/results.jsonl.

On a machine that other work keeps busy the wall-clock ratio says little, so (on Linux) the CPU
seconds of each process are read too and give the speed-up the same work would have on N idle
cores: one process's CPU time over the longer of the busiest worker's CPU time and the whole
parallel run's CPU time (workers and parent) divided by the cores. Each round also times a pure
CPU spin, serially and on N processes: its ratio is what the machine can give at that moment (the
ceiling any --jobs figure of the same run is held to).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from results import record  # bench/results.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def _replicate(paths: list[str], repeat: int, folder: Path) -> list[str]:
    """Copy every text/HTML page ``repeat`` times, each copy made distinct by a marker paragraph."""
    from dateline.read import iter_pages
    from dateline.model import RawPage
    from dateline.settings import Options

    out: list[str] = []
    pages = [p for p in iter_pages(paths, Options()) if isinstance(p, RawPage)]
    for n in range(repeat):
        for i, page in enumerate(pages):
            suffix = ".html" if page.kind == "html" else ".txt"
            target = folder / f"{n:03d}_{i:03d}{suffix}"
            marker = f"\n\nCopy {n} of this page was made for the benchmark on its own line.\n"
            if page.kind == "html":
                content = page.content.replace("</body>", f"<p>{marker}</p></body>", 1)
            else:
                content = page.content + marker
            target.write_text(content, encoding="utf-8")
            out.append(str(target))
    return out


SPIN = 20_000_000
"""Loop turns of the calibration spin (about a second of pure Python)."""


def _spin(turns: int) -> int:
    total = 0
    for i in range(turns):
        total += i & 7
    return total


def _spin_ratio(jobs: int) -> float:
    """How much faster N spins run on N processes than one after another, now (the machine's ceiling)."""
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as ex:
        list(ex.map(_spin, [10] * jobs))
        start = time.perf_counter()
        for _ in range(jobs):
            _spin(SPIN)
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(ex.map(_spin, [SPIN] * jobs))
        return serial / (time.perf_counter() - start)


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU seconds of a process so far (Linux /proc), or -1 where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return -1.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Stopwatch:
    """Add up the wall seconds spent in a function, through ``wrapper`` (a plain function, so that
    it binds as a method when it replaces one; for the learned component's share)."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.seconds = 0.0

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        self.wrapper = wrapper


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="pages to use (default: seeds, dev pages, examples)")
    ap.add_argument("--repeat", type=int, default=8, help="copies of the page set (default 8)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; the best counts (default 3)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of the parallel row (default 2)")
    ap.add_argument("--no-record", action="store_true", help="do not append the figures to bench/results.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import spacy

    import dateline.annotate.events as events_module
    from dateline.model import Document
    from dateline.pipeline import clean_page, extract, load_nlp, read_pages
    from dateline.scale.local import LocalPool
    from dateline.settings import Options

    paths = args.paths or [str(SHARED / "seeds"), str(SHARED / "corpus" / "dev"), str(ROOT / "examples")]
    opts = Options()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        files = _replicate(paths, args.repeat, Path(tmp))

        start = time.perf_counter()
        pages = list(read_pages(files, opts))
        t_read = time.perf_counter() - start
        # the texts the pipeline annotates: every body and every caption
        docs = [d for d in (clean_page(p, opts) for p in pages) if isinstance(d, Document)]
        bodies = [text for d in docs for text in (d.body, *d.captions)]
        words = sum(len(b.split()) for b in bodies)
        rows.append(("empty (read only)", len(pages), words, t_read))

        plain = spacy.load(opts.model)
        list(plain.pipe(bodies[:8]))  # warm-up
        nlp = load_nlp(opts)
        list(extract(files[:4], opts, nlp=nlp))  # warm-up: lexicons, gazetteers
        parallel = dataclasses.replace(opts, jobs=args.jobs)
        pool = LocalPool(parallel)
        print(f"started {pool.start()} warm worker processes", file=sys.stderr)
        # the runs alternate and the best of each counts, so a busy neighbour slows them alike
        # the learned component and its model, timed in this process (the workers of --jobs are not)
        component = type(nlp.get_pipe("dateline_events"))
        learned, model = _Stopwatch(component.__call__), _Stopwatch(events_module.candidates)
        component.__call__, events_module.candidates = learned.wrapper, model.wrapper
        best_pipe = best_extract = best_jobs = float("inf")
        cpu_pipe = cpu_extract = float("inf")  # the CPU seconds of this process (all its threads), best of the rounds
        shares = (float("nan"), float("nan"))
        n_results = n_parallel = 0
        same = True
        estimates, ceilings = [], []
        for _ in range(args.rounds):
            ceilings.append(_spin_ratio(args.jobs))
            start, cpu = time.perf_counter(), time.process_time()
            for _doc in plain.pipe(bodies, batch_size=opts.batch_size):
                pass
            best_pipe = min(best_pipe, time.perf_counter() - start)
            cpu_pipe = min(cpu_pipe, time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            learned.seconds = model.seconds = 0.0
            one = [json.dumps(r.to_json(), ensure_ascii=False) for r in extract(files, opts, nlp=nlp)]
            took = time.perf_counter() - start
            if took < best_extract:
                best_extract, shares = took, (learned.seconds / took, model.seconds / took)
            cpu_one = time.process_time() - cpu
            cpu_extract = min(cpu_extract, cpu_one)
            workers = {pid: _cpu_seconds(pid) for pid in pool.worker_pids()}
            start, cpu = time.perf_counter(), time.process_time()
            many = [json.dumps(r.to_json(), ensure_ascii=False) for r in extract(files, parallel, pool=pool)]
            best_jobs = min(best_jobs, time.perf_counter() - start)
            cpu_parent = time.process_time() - cpu
            used = [_cpu_seconds(pid) - before for pid, before in workers.items()]
            if used and all(u >= 0 for u in used):
                estimates.append(cpu_one / max(max(used), (sum(used) + cpu_parent) / args.jobs))
            n_results, n_parallel, same = len(one), len(many), same and one == many
        pool.close()
        rows.append(("nlp.pipe (baseline)", len(docs), words, best_pipe))
        rows.append(("dateline extract", n_results, words, best_extract))
        rows.append((f"extract --jobs {args.jobs}", n_parallel, words, best_jobs))

    base = rows[1][2] / rows[1][3]
    print(f"{'system':22s} {'docs':>6s} {'words':>8s} {'seconds':>8s} {'docs/s':>8s} {'words/s':>9s} {'ratio':>6s}")
    for name, docs, n_words, secs in rows:
        wps = n_words / secs if secs else float("inf")
        print(f"{name:22s} {docs:6d} {n_words:8d} {secs:8.2f} {docs / secs:8.1f} {wps:9.0f} {wps / base:6.2f}")
    print(f"learned event component (dateline_events): {shares[0]:.1%} of the best single-process extract,"
          f" its model's decision (eventcat.candidates) {shares[1]:.1%}")
    ratio_cpu = cpu_pipe / cpu_extract
    print(f"the same ratio from CPU seconds (steadier on a shared machine): {ratio_cpu:.2f}"
          f" (nlp.pipe {cpu_pipe:.2f} s, extract {cpu_extract:.2f} s)")
    speedup = best_extract / best_jobs
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"speed-up of --jobs {args.jobs} over one process: {speedup:.2f}x on {os.cpu_count()} CPUs"
          f" (same output: {'yes' if same else 'NO'}; load average {load:.2f} at the end)")
    estimate = max(estimates) if estimates else float("nan")
    print(f"speed-up on {args.jobs} idle cores from the CPU seconds of every process: {estimate:.2f}x")
    ceiling = max(ceilings) if ceilings else float("nan")
    print(f"what the machine gave a pure CPU spin on {args.jobs} processes in the same rounds: {ceiling:.2f}x")
    if not args.no_record:
        record("throughput", machine=platform.machine(), python=platform.python_version(),
               rows=[{"system": n, "docs": d, "words": w, "seconds": round(s, 3)} for n, d, w, s in rows],
               ratio_extract_to_nlp_pipe=round((rows[2][2] / rows[2][3]) / base, 3),
               ratio_cpu_extract_to_nlp_pipe=round(ratio_cpu, 3),
               learned_component_share=round(shares[0], 3), learned_model_share=round(shares[1], 3),
               jobs=args.jobs, cpus=os.cpu_count(), speedup_jobs=round(speedup, 3), same_output=same,
               load_average=round(load, 2), speedup_jobs_idle_estimate=round(estimate, 3),
               spin_ceiling=round(ceiling, 3))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
