"""Measure the store: ingest speed and size for 10,000 generated pages, and CLI query latency on that store.

Generated Documents (entities, mentions, posts, events; no NLP) are written in
transactions of 500; cross-document linking over the whole store is timed apart. A
small real-pipeline run over ``examples/`` gives the end-to-end rate. Each CLI query
runs in this process through click (parse, query, render; the target is < 200 ms) and
once as a subprocess (adds interpreter start-up). Prints one table and, with
``--record``, appends the numbers to bench/results.jsonl.

Usage: python bench/ingest.py [--pages 10000] [--db PATH] [--no-pipeline] [--record]
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from results import record  # bench/results.py, beside this script

from dateline.cli_store import events_command, people_command, search_command
from dateline.model import Document, Entity, Event, Evidence, Interval, Position, Source, Span
from dateline.store.db import Store
from dateline.store.ingest import ingest_results
from dateline.store.linking import link_store_events, link_store_others, link_store_people

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"

FIRST = ("Andrey Sergei Kim Yun Choe Park Lee Maria Olga Ivan Pak Ri Jang Dmitry Anna Viktor Elena Mikhail "
         "Tatiana Boris Hyun Min Jae Soo Nikolai Pavel Irina Yuri Oleg Natalia").split()
LAST = ("Rudenko Matsegora Lavrov Shoigu Kozlov Volkov Sokolov Popov Lebedev Novikov Morozov Petrov Orlov "
        "Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobiev Fedorov Mikhailov Belyaev Tarasov "
        "Belov Komarov Kiselev Makarov Andreev Kovalev Ilyin Gusev Titov Kuzmin Kudryavtsev Baranov "
        "Kulikov Alekseev Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Gerasimov").split()
STATES = (("Russia", "RUS"), ("North Korea", "PRK"), ("South Korea", "KOR"), ("United States", "USA"),
          ("China", "CHN"), ("Japan", "JPN"), ("Ukraine", "UKR"), ("Iran", "IRN"))
TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "SANCTION", "APPOINT", "MOBILIZE")
TITLES = ("foreign minister", "deputy foreign minister", "ambassador to north korea", "defence minister",
          "prime minister", "trade minister")
FILLER = ("Officials said the talks covered trade, energy and transport links between the two sides. "
          "The statement did not give further details about the schedule of the delegation. ")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def generate(n: int, seed: int = 7) -> list[Document]:
    """Make ``n`` article-sized documents with people, states, posts and events at known offsets."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (s_name, s_cc), (t_name, t_cc) = rng.sample(STATES, 2)
        people = [(_person(rng), rng.choice((s_cc, t_cc))) for _ in range(3)]
        sentences: list[str] = []
        entities: dict[str, tuple[str, str, str, list[Span]]] = {}
        positions: list[Position] = []
        events: list[Event] = []
        body = ""

        def add(sentence: str) -> tuple[int, int]:
            nonlocal body
            start = len(body)
            body += sentence + " "
            sentences.append(sentence)
            return start, start + len(sentence)

        def mention(eid: str, etype: str, name: str, cc: str, where: tuple[int, int], text: str) -> None:
            offset = text.find(name)
            if offset >= 0:
                entities.setdefault(eid, (etype, name, cc, []))[3].append(
                    Span(where[0] + offset, where[0] + offset + len(name)))

        for k, (name, cc) in enumerate(people):
            title = rng.choice(TITLES)
            text = f"{title.capitalize()} {name} of {s_name if cc == s_cc else t_name} met officials from {t_name}."
            where = add(text)
            pid = f"e:p{k}"
            mention(pid, "PERSON", name, cc, where, text)
            mention("e:s", "GPE", s_name, s_cc, where, text)
            mention("e:t", "GPE", t_name, t_cc, where, text)
            positions.append(Position(pid, title, title.title(), cc, Evidence(text, *where), as_of=day))
            events.append(Event(f"v:{k + 1}", rng.choice(TYPES), Evidence(text, *where), source=("e:s",),
                                target=("e:t",), participants=(pid,),
                                date=Interval(day, day, "on Monday", "day")))
            add(FILLER * rng.randint(3, 8))
        ents = tuple(Entity(eid, etype, name, (), cc, tuple(spans)) for eid, (etype, name, cc, spans)
                     in entities.items())
        docs.append(Document(source=Source(f"gen/{i:05d}.html", f"https://example.org/{i}"), body=body.strip(),
                             title=f"{s_name} and {t_name} hold talks ({i})", site="Generated Wire",
                             published=day, published_from="html-meta", entities=ents,
                             positions=tuple(positions), events=tuple(events)))
    return docs


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists())


QUERIES: tuple[tuple[str, Any, list[str]], ...] = (
    ("search (words in every page)", search_command, ["talks delegation", "--json"]),
    ("search NAME", search_command, ["Lavrov", "--json"]),
    ("people", people_command, ["--json"]),
    ("people ID (dossier)", people_command, ["{top_person}", "--json"]),
    ("events --type --country --with", events_command,
     ["--type", "CONSULT", "--country", "RUS", "--with", "PRK", "--json"]),
    ("events --since --until", events_command, ["--since", "2025-03-01", "--until", "2025-03-31", "--json"]),
    ("events --actor", events_command, ["--actor", "Lavrov", "--json"]),
)


def time_queries(db: Path, repeat: int = 5) -> list[dict[str, Any]]:
    """Time each CLI query in-process (best of ``repeat``) and once as a subprocess."""
    from dateline.store.queries import find_people

    with Store.reader(db) as store:
        top_person = find_people(store, limit=1)[0]["id"]
    runner = CliRunner()
    rows = []
    for label, command, template in QUERIES:
        args = [a.format(top_person=top_person) for a in template]
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = runner.invoke(command, [*args, "--db", str(db)])
            best = min(best, time.perf_counter() - t0)
            assert result.exit_code == 0, result.output
        lines = result.output.count("\n")
        name = {"search": "search", "people": "people", "events": "events"}[command.name]
        code = f"import sys; from dateline.cli_store import {name}_command as c; c(sys.argv[1:])"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args, "--db", str(db)], check=True, capture_output=True)
        wall = time.perf_counter() - t0
        rows.append({"query": label, "ms": round(best * 1000, 1), "subprocess_ms": round(wall * 1000), "lines": lines})
    return rows


def pipeline_run(tmp: Path) -> dict[str, Any] | None:
    """Ingest ``examples/`` through the real pipeline (model load timed apart); None when absent."""
    if not EXAMPLES.is_dir():
        return None
    from dateline.pipeline import load_nlp
    from dateline.settings import Options
    from dateline.ingest import ingest_paths

    opts = Options()
    t0 = time.perf_counter()
    load_nlp(opts)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = ingest_paths(tmp / "pipeline.db", [str(EXAMPLES)], opts)
    secs = time.perf_counter() - t0
    pages = report.documents + len(report.failures)
    return {"pages": pages, "documents": report.documents, "seconds": round(secs, 2),
            "pages_per_s": round(pages / secs, 2), "model_load_s": round(load, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None, help="store to create (default: a temporary file)")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the real-pipeline run")
    parser.add_argument("--record", action="store_true", help="append the numbers to bench/results.jsonl")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    db = args.db or tmp / "bench.db"
    if db.exists():
        sys.exit(f"{db} exists; give a new path")

    t0 = time.perf_counter()
    docs = generate(args.pages)
    gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = ingest_results(db, docs, link=False)
    write = time.perf_counter() - t0
    with Store.writer(db) as store:
        t0 = time.perf_counter()
        link_store_people(store)
        link_store_others(store)
        people = time.perf_counter() - t0
        t0 = time.perf_counter()
        occurrences = link_store_events(store)
        events = time.perf_counter() - t0
        counts = store.counts()
    size = _size(db)
    queries = time_queries(db)
    pipeline = None if args.no_pipeline else pipeline_run(tmp)

    out = io.StringIO()
    with redirect_stdout(out):
        print(f"store ingest, {args.pages} generated pages ({counts['entities']} entities, "
              f"{counts['positions']} posts, {counts['events']} events); generation {gen:.1f} s not counted")
        print(f"{'step':34} {'seconds':>8} {'pages/s':>9}")
        print(f"{'empty (generate only)':34} {gen:8.2f} {args.pages / gen:9.0f}")
        print(f"{'write (500 per transaction)':34} {write:8.2f} {report.documents / write:9.0f}")
        print(f"{'link people (and orgs) over store':34} {people:8.2f}")
        print(f"{'link occurrences, graph edges':34} {events:8.2f} ({occurrences} occurrences)")
        total = write + people + events
        print(f"{'ingest total':34} {total:8.2f} {report.documents / total:9.0f}")
        print(f"store size: {size / 1e6:.1f} MB ({size / args.pages / 1024:.1f} KiB per page)")
        if pipeline:
            print(f"real pipeline over examples/: {pipeline['pages']} pages in {pipeline['seconds']} s "
                  f"= {pipeline['pages_per_s']} pages/s (model load {pipeline['model_load_s']} s apart)")
        print(f"{'CLI query':34} {'in-process ms':>13} {'subprocess ms':>14} {'lines':>6}")
        for q in queries:
            flag = "" if q["ms"] < 200 else "  (over 200 ms target)"
            print(f"{q['query']:34} {q['ms']:13.1f} {q['subprocess_ms']:14d} {q['lines']:6d}{flag}")
    sys.stdout.write(out.getvalue())
    if args.record:
        record("ingest", machine=platform.platform(), cpus=os.cpu_count(),
               pages=args.pages, write_s=round(write, 2), link_people_s=round(people, 2),
               link_events_s=round(events, 2), pages_per_s=round(report.documents / total, 1),
               store_bytes=size, queries=queries, pipeline=pipeline)


if __name__ == "__main__":
    main()
