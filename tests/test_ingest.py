"""Test the ingest data flow: extracted JSON Lines, Ray shards and the pipeline feeding the store, resumably."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.ingest import file_stamp, ingest_parquet, ingest_paths, read_extracted
from dateline.model import Document
from dateline.settings import Options
from dateline.store.db import Store
from store_rows import count_rows

INGEST = "import sys; from dateline.cli_store import ingest_command; ingest_command(sys.argv[1:])"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


SAMPLE = Path(__file__).resolve().parent / "data" / "store" / "sample.jsonl"


def test_read_extracted_gives_documents_and_failures() -> None:
    results = list(read_extracted(str(SAMPLE)))
    assert sum(isinstance(r, Document) for r in results) == 3
    assert len(results) == 4


@pytest.mark.slow
def test_pipeline_ingest_is_resumable_by_input_file(tmp_path: Path) -> None:
    """Real pipeline over examples/: a second run skips committed files; --force redoes them."""
    if not EXAMPLES.is_dir():
        pytest.skip("no examples/ folder")
    import shutil

    inputs = tmp_path / "pages"
    shutil.copytree(EXAMPLES, inputs, ignore=shutil.ignore_patterns("*.py", "*.md", "*.csv"))
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
    if not EXAMPLES.is_dir():
        pytest.skip("no examples/ folder")
    import shutil

    inputs = tmp_path / "pages"
    shutil.copytree(EXAMPLES, inputs, ignore=shutil.ignore_patterns("*.py", "*.md", "*.csv"))
    db = tmp_path / "killed.db"
    args = [sys.executable, "-c", INGEST, str(inputs), "--db", str(db), "--batch-size", "1", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while count_rows(db, "inputs") == 0 and proc.poll() is None and time.monotonic() < deadline:
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


def test_ingest_parquet_shards_from_the_ray_engine(tmp_path: Path) -> None:
    from dateline.scale.shards import Keyed, write_shards

    results = [r for r in read_extracted(str(SAMPLE)) if isinstance(r, Document)]
    write_shards([Keyed(0, i, r) for i, r in enumerate(results)], str(tmp_path / "shards"))
    report = ingest_parquet(tmp_path / "x.db", str(tmp_path / "shards"))
    assert report.documents == len(results)
    with Store.reader(tmp_path / "x.db") as store:
        titles = {r[0] for r in store.execute("SELECT title FROM documents")}
        assert titles == {r.title for r in results}
        assert store.counts()["events"] == sum(len(r.events) for r in results)


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


def test_file_stamp_marks_regular_files_only(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Some text.\n")
    stamp = file_stamp(str(page))
    assert stamp is not None and stamp[0] == str(page.resolve()) and stamp[1] == page.stat().st_size
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert file_stamp(str(fifo)) is None  # read again on every run, never skipped as unchanged
    assert file_stamp(str(tmp_path / "missing.txt")) is None
