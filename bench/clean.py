"""Measure cleaning speed: text-mode pages per second against trafilatura on the same pages' HTML.

Both run in this process, taking turns page by page, on pages preloaded in memory (file
reading is not timed), over
the 181 pages of ../shared/bench/articles (flattened copies for dateline's text mode,
the original HTML for trafilatura with the benchmark's settings). Prints one table and
appends it to bench/results.jsonl.

Usage: python bench/clean.py [--repeat 1] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any, Callable

import trafilatura

from results import record  # bench/results.py, beside this script

from dateline.clean import clean
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench" / "articles"


def read_gz(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def timed_interleaved(systems: list[tuple[str, Callable[[Any], Any], list[Any]]], repeat: int) -> dict[str, float]:
    """Return each system's seconds over all its items, the systems taking turns page by page.

    Taking turns on every page makes a busy shared machine slow every system alike;
    with ``repeat`` > 1 the fastest pass of each system counts.
    """
    best = {name: float("inf") for name, _, _ in systems}
    n = len(systems[0][2])
    for _ in range(repeat):
        spent = {name: 0.0 for name, _, _ in systems}
        for i in range(n):
            for name, fn, items in systems:
                t0 = time.perf_counter()
                fn(items[i])
                spent[name] += time.perf_counter() - t0
        best = {name: min(best[name], spent[name]) for name in best}
    return best


def dateline_text(page: RawPage) -> str:
    try:
        return clean(page, Options()).body
    except CleanError:
        return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs per system; the fastest counts")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (0 = all)")
    args = ap.parse_args(argv)
    ids = sorted(json.loads((BENCH / "ground-truth.json").read_text("utf-8")))
    if args.limit:
        ids = ids[: args.limit]
    flat = [RawPage(Source(f"{i}.txt"), read_gz(BENCH / "flat" / f"{i}.txt.gz"), "text") for i in ids]
    html = [read_gz(BENCH / "html" / f"{i}.html.gz") for i in ids]
    dateline_text(flat[0])  # load the line model and stop lists before timing, as a long run would
    seconds = timed_interleaved([
        ("dateline clean (text mode)", dateline_text, flat),
        ("trafilatura.extract (HTML)", lambda h: trafilatura.extract(h, include_comments=False), html),
        ("baseline: str.splitlines (text)", lambda p: p.content.splitlines(), flat),
    ], args.repeat)
    systems = list(seconds.items())
    ref = systems[1][1]
    print(f"{'system':34s} {'pages':>6s} {'seconds':>8s} {'pages/s':>8s} {'vs trafilatura':>15s}")
    rows = []
    for name, secs in systems:
        rate = len(ids) / secs if secs else float("inf")
        print(f"{name:34s} {len(ids):6d} {secs:8.3f} {rate:8.1f} {ref / secs if secs else float('inf'):14.2f}x")
        rows.append({"system": name, "pages": len(ids), "seconds": round(secs, 4), "pages_per_s": round(rate, 1)})
    record("clean_speed", rows=rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
