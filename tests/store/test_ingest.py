"""Test ingest: JSON Lines and pipeline input, skipping committed inputs, and resuming after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.model import Document, Entity, Source, Span
from dateline.store.db import Store
from dateline.store.ingest import ingest_paths, ingest_results, read_extracted
from dateline.settings import Options

INGEST = "import sys; from dateline.cli_store import ingest_command; ingest_command(sys.argv[1:])"


SURNAMES = (
    "Abernathy Blackwood Castellano Dragomirov Esposito Fairbanks Gustafsson Halloran Ivanova Jablonski "
    "Kowalczyk Lindqvist Montgomery Nakamura Oyelaran Petrakis Quintero Rasmussen Szabo Thorvaldsen "
    "Umarov Vasquez Whitcombe Xenakis Yamamoto Zielinski Albrecht Bergstrom Chatterjee Delacroix "
    "Engelbrecht Fitzgerald Grigoryan Hakimi Ishikawa Jovanovic Kurosawa Lombardi Mbeki Novak "
    "Ostrowski Pellegrini Quarshie Rostova Sandoval Takahashi Uchenna Valdivia Wojcik Yilmaz"
).split()


def _documents(n: int) -> list[Document]:
    """Make n distinct documents, each naming one of 50 people (generated, not from any page)."""
    docs = []
    for i in range(n):
        name = f"Marek {SURNAMES[i % 50]}"
        body = f"Story {i}: {name} spoke in the capital. " + "Filler sentence for size. " * 60
        docs.append(Document(source=Source(f"gen/{i:05d}.txt"), body=body, title=f"Story {i}",
                             published="2025-01-01",
                             entities=(Entity("e:p", "PERSON", name, (), "RUS", (Span(len(f"Story {i}: "),
                                                                                      len(f"Story {i}: ") + len(name)),)),)))
    return docs


def _write_jsonl(path: Path, docs: list[Document]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.to_json()) + "\n")


def _count(db: Path, table: str = "documents") -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_read_extracted_gives_documents_and_failures(sample_path: Path) -> None:
    results = list(read_extracted(str(sample_path)))
    assert sum(isinstance(r, Document) for r in results) == 3
    assert len(results) == 4


def test_ingest_results_links_people_across_batches(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    docs = _documents(120)
    report = ingest_results(db, docs[:60], batch_size=7)
    ingest_results(db, docs[60:], batch_size=7)  # a second day's ingest
    assert report.documents == 60
    with Store.reader(db) as store:
        assert store.counts()["documents"] == 120
        # every mention of one name, from either ingest, is one person
        assert store.execute("SELECT count(DISTINCT global_id) FROM entities")[0][0] == 50


def test_resume_after_sigkill_stores_every_page_once(tmp_path: Path) -> None:
    """A run killed with SIGKILL in mid-ingest and started again ends with each document once."""
    n = 4000
    source = tmp_path / "docs.jsonl"
    _write_jsonl(source, _documents(n))
    db = tmp_path / "resume.db"
    args = [sys.executable, "-c", INGEST, "--jsonl", str(source), "--db", str(db), "--batch-size", "20", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    stored = _count(db)
    assert 0 < stored < n, "the kill must land in mid-ingest"
    done = subprocess.run(args, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _count(db) == n
    assert _count(db, "documents_fts") == n
    with Store.reader(db) as store:
        assert store.execute("SELECT count(*) FROM entities")[0][0] == n


@pytest.mark.slow
def test_pipeline_ingest_is_resumable_by_input_file(tmp_path: Path) -> None:
    """Real pipeline over examples/: a second run skips committed files; --force redoes them."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    if not examples.is_dir():
        pytest.skip("no examples/ folder")
    import shutil

    inputs = tmp_path / "pages"
    shutil.copytree(examples, inputs, ignore=shutil.ignore_patterns("*.py", "*.md", "*.csv"))
    n_files = len([p for p in inputs.rglob("*") if p.is_file()])
    db = tmp_path / "p.db"
    first = ingest_paths(db, [str(inputs)], Options(), files_per_batch=1)
    assert first.documents + len(first.failures) >= n_files
    again = ingest_paths(db, [str(inputs)], Options())
    assert again.documents == 0 and again.skipped_inputs == n_files
    forced = ingest_paths(db, [str(inputs)], Options(), force=True)
    assert forced.documents == first.documents
    with Store.reader(db) as store:
        assert store.counts()["documents"] == first.documents
        assert store.counts()["failures"] == len(first.failures)


@pytest.mark.slow
def test_pipeline_ingest_killed_and_resumed_matches_one_clean_run(tmp_path: Path) -> None:
    """Real pipeline, real subprocess: SIGKILL after the first committed file, run again, compare."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    if not examples.is_dir():
        pytest.skip("no examples/ folder")
    import shutil

    inputs = tmp_path / "pages"
    shutil.copytree(examples, inputs, ignore=shutil.ignore_patterns("*.py", "*.md", "*.csv"))
    db = tmp_path / "killed.db"
    args = [sys.executable, "-c", INGEST, str(inputs), "--db", str(db), "--batch-size", "1", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(db, "inputs") == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    killed = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    subprocess.run(args, capture_output=True, timeout=600)
    reference = tmp_path / "clean.db"
    subprocess.run([sys.executable, "-c", INGEST, str(inputs), "--db", str(reference), "-q"],
                   capture_output=True, timeout=600)
    with Store.reader(db) as a, Store.reader(reference) as b:
        ids_a = [r[0] for r in a.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
        ids_b = [r[0] for r in b.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
        assert ids_a == ids_b and ids_a
        assert a.counts() == b.counts()
        assert a.execute("SELECT count(*) FROM inputs")[0][0] == len([p for p in inputs.rglob("*") if p.is_file()])
    assert killed, "the first run finished before it could be killed"


def test_ingest_parquet_shards_from_the_ray_engine(tmp_path: Path, sample_path: Path) -> None:
    from dateline.scale.shards import Keyed, write_shards
    from dateline.store.ingest import ingest_parquet

    results = [r for r in read_extracted(str(sample_path)) if isinstance(r, Document)]
    write_shards([Keyed(0, i, r) for i, r in enumerate(results)], str(tmp_path / "shards"))
    report = ingest_parquet(tmp_path / "x.db", str(tmp_path / "shards"))
    assert report.documents == len(results)
    with Store.reader(tmp_path / "x.db") as store:
        titles = {r[0] for r in store.execute("SELECT title FROM documents")}
        assert titles == {r.title for r in results}
        assert store.counts()["events"] == sum(len(r.events) for r in results)


def test_ingest_reports_each_documents_warnings(tmp_path: Path) -> None:
    from dateline.errors import warning

    note = warning("W001", name="Russian", language="ru")
    docs = [Document(source=Source("ru.txt"), body="Министр встретился с послом.", language="ru", warnings=(note,)),
            Document(source=Source("en.txt"), body="The minister met the ambassador.", language="en")]
    report = ingest_results(tmp_path / "w.db", docs)
    assert report.warnings == [("ru.txt", note)]
    assert report.to_json()["warnings"] == [["ru.txt", note]]


@pytest.mark.slow
def test_edited_page_is_stored_once(tmp_path: Path) -> None:
    """Issue 16, item 8: a page edited after its ingest replaces its older version (events not doubled)."""
    page = tmp_path / "pages" / "visit.txt"
    page.parent.mkdir()
    page.write_text("Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing"
                    " on Monday.\n\nThe two ministers discussed trade.\n")
    db = tmp_path / "e.db"
    first = ingest_paths(db, [str(page.parent)], Options())
    assert first.documents == 1
    with Store.reader(db) as store:
        events_before = store.counts()["events"]
    page.write_text(page.read_text() + "\nThey signed an agreement on energy.\n")
    os.utime(page, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    again = ingest_paths(db, [str(page.parent)], Options())
    assert again.documents == 1
    with Store.reader(db) as store:
        assert store.counts()["documents"] == 1
        assert "energy" in store.execute("SELECT body FROM documents")[0][0]
        assert store.counts()["events"] <= events_before + 2
