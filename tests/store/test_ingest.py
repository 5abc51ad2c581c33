"""Test ingest: JSON Lines and pipeline input, skipping committed inputs, and resuming after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.model import Document, Entity, Source, Span
from dateline.store.db import Store
from dateline.store.ingest import ingest_results
from store_rows import count_rows

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
    while count_rows(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    stored = count_rows(db)
    assert 0 < stored < n, "the kill must land in mid-ingest"
    done = subprocess.run(args, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert count_rows(db) == n
    assert count_rows(db, "documents_fts") == n
    with Store.reader(db) as store:
        assert store.execute("SELECT count(*) FROM entities")[0][0] == n


def test_ingest_reports_each_documents_warnings(tmp_path: Path) -> None:
    from dateline.errors import warning

    note = warning("W001", name="Russian", language="ru")
    docs = [Document(source=Source("ru.txt"), body="Министр встретился с послом.", language="ru", warnings=(note,)),
            Document(source=Source("en.txt"), body="The minister met the ambassador.", language="en")]
    report = ingest_results(tmp_path / "w.db", docs)
    assert report.warnings == [("ru.txt", note)]
    assert report.to_json()["warnings"] == [["ru.txt", note]]


STAGES = ("dateline.pipeline", "dateline.read", "dateline.scale", "dateline.ingest", "dateline.annotate",
          "dateline.clean")
"""What the store must never import: it is a sink for resolved results, not a runner of stages."""


def _imports(path: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_store_is_a_sink_that_imports_no_stage() -> None:
    """Issue 14: ``store/`` opens, writes, links (with ``resolve/``) and queries; it never runs the pipeline."""
    import dateline.store

    folder = Path(dateline.store.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert len(modules) >= 5
    for module in modules:
        bad = {m for m in _imports(module) for stage in STAGES if m == stage or m.startswith(stage + ".")}
        assert not bad, f"{module.name} imports {sorted(bad)}"
