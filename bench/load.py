"""Measure the web app under load: 50 concurrent loopback clients for at most 60 s, errors and p50/p99 latency.

The store is built from the dev pages (``../shared/corpus/dev``) and ``examples/`` through
the real pipeline, padded with generated documents (``bench/ingest.py``'s generator; 2,000
by default, the size at which issue 16 measured 41% 503s) unless ``--db`` names a store.
``dateline serve`` runs in its own process, so the clients (asyncio tasks with httpx, in
this process) never share its interpreter. Each client loops over a mixed list of API
and page requests until the time is up. An error is any answer other than 200 or a
transport failure. Prints one table; ``--record`` appends it to bench/results.jsonl.

Usage: python bench/load.py [--clients 50] [--seconds 30] [--pad 2000] [--db PATH] [--no-pages] [--url PATH]... [--record]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from results import record  # bench/results.py, beside this script

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
PAGES = (HERE.parent.parent / "shared" / "corpus" / "dev", HERE.parent / "examples")
MAX_SECONDS = 60
"""The run never lasts longer than this, whatever --seconds says (a shared two-core machine)."""


def build_store(db: Path, pad: int, pages: bool = True) -> None:
    """Ingest the dev pages and examples through the pipeline (unless not ``pages``), then ``pad`` generated documents."""
    from dateline.settings import Options
    from dateline.ingest import ingest_paths
    from dateline.store.ingest import ingest_results

    folders = [str(p) for p in PAGES if p.is_dir()] if pages else []
    if folders:
        report = ingest_paths(db, folders, Options())
        print(f"store: {report.documents} documents from {', '.join(folders)}", file=sys.stderr)
    if pad:
        from ingest import generate  # bench/ingest.py, beside this script

        ingest_results(db, generate(pad))
        print(f"store: {pad} generated documents added", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """Start ``dateline serve`` on the loopback interface, its stderr into ``log``, and wait until it answers."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), os.environ.get("PYTHONPATH", "")])}
    cli = "import sys; from dateline.cli import main; main(sys.argv[1:])"
    with log.open("wb") as err:  # a file, not a pipe nobody reads: a chatty server must never block on it
        proc = subprocess.Popen([sys.executable, "-c", cli, "serve", "--db", str(db), "--port", str(port)],
                                env=env, stderr=err)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("serve did not answer within 60 s")


def request_mix(db: Path) -> list[str]:
    """Return the URLs the clients cycle through: API and pages, over ids and words taken from the store."""
    from dateline.store.db import Store

    with Store.reader(db) as store:
        people = [r[0] for r in store.execute(
            "SELECT global_id FROM entities WHERE type = 'PERSON' GROUP BY global_id ORDER BY count(*) DESC LIMIT 5")]
        docs = [r[0] for r in store.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 5")]
        types = [r[0] for r in store.execute("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 3")]
    urls = ["/api/events", "/api/events?limit=200", "/api/search?q=minister", "/api/search?q=talks+visit",
            "/api/persons", "/api/graph", "/", "/?q=minister", "/events", "/persons"]
    urls += [f"/api/events?type={t}" for t in types] + [f"/events?type={t}" for t in types]
    urls += [f"/api/persons/{quote(p, safe='')}" for p in people] + [f"/persons/{quote(p, safe='')}" for p in people]
    urls += [f"/documents/{quote(d, safe='')}" for d in docs]
    return urls


async def client(http: httpx.AsyncClient, urls: list[str], until: float, seed: int,
                 latencies: list[float], statuses: Counter[str]) -> None:
    """Send requests one after another, in a shuffled order of ``urls``, until ``until``."""
    order = urls[:]
    random.Random(seed).shuffle(order)
    i = 0
    while time.monotonic() < until:
        url = order[i % len(order)]
        i += 1
        started = time.perf_counter()
        try:
            response = await http.get(url)
            statuses[str(response.status_code)] += 1
        except httpx.HTTPError as exc:
            statuses[type(exc).__name__] += 1
        latencies.append(time.perf_counter() - started)


async def run_load(port: int, urls: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """Run ``clients`` concurrent clients for ``seconds``; return counts and latency percentiles."""
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30) as http:
        until = time.monotonic() + seconds
        started = time.monotonic()
        await asyncio.gather(*(client(http, urls, until, k, latencies, statuses) for k in range(clients)))
        elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else 0.0

    total = sum(statuses.values())
    return {"clients": clients, "seconds": round(elapsed, 1), "requests": total,
            "errors": total - statuses.get("200", 0), "statuses": dict(statuses),
            "req_per_s": round(total / elapsed, 1), "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": pct(1.0)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=30, help=f"duration, at most {MAX_SECONDS} (default 30)")
    parser.add_argument("--pad", type=int, default=2000, help="generated documents added to the store (default 2000)")
    parser.add_argument("--db", type=Path, default=None, help="an existing store to serve (default: build one)")
    parser.add_argument("--no-pages", action="store_true", help="build the store from generated documents only")
    parser.add_argument("--url", action="append", default=None,
                        help="request only this path (repeatable; default: a mix of API and page requests)")
    parser.add_argument("--record", action="store_true", help="append the numbers to bench/results.jsonl")
    args = parser.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="dateline-load-") as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.db"
            build_store(db, args.pad, pages=not args.no_pages)
        from dateline.store.db import Store

        Store.writer(db).close()  # a store of an older schema is upgraded, as `dateline serve` would
        with Store.reader(db) as store:
            documents = store.counts()["documents"]
        urls = args.url or request_mix(db)
        port = _free_port()
        server = start_server(db, port, Path(tmp) / "serve.log")
        try:
            result = asyncio.run(run_load(port, urls, args.clients, seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    result = {"documents": documents, "urls": len(urls), **result}
    print(f"{'documents':>9} {'clients':>7} {'seconds':>7} {'requests':>8} {'req/s':>7} {'errors':>6}"
          f" {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    print(f"{documents:>9} {result['clients']:>7} {result['seconds']:>7} {result['requests']:>8}"
          f" {result['req_per_s']:>7} {result['errors']:>6} {result['p50_ms']:>7} {result['p99_ms']:>7}"
          f" {result['max_ms']:>7}")
    print(f"statuses: {result['statuses']}")
    if args.record:
        record("load", **result)
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
