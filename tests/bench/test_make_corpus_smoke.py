"""Run bench/make_corpus.py (as a script: tests never import bench/) and check the spread of what it generates."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from dateline.model import document_from_json

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "make_corpus.py"


def _records(count: int, seed: int) -> list[str]:
    out = subprocess.run([sys.executable, str(SCRIPT), "records", "--count", str(count), "--seed", str(seed),
                          "--out", "-"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def test_records_are_seeded_documents_with_a_realistic_spread():
    lines = _records(400, 3)
    assert lines == _records(400, 3) and lines != _records(400, 4)
    docs = [document_from_json(json.loads(line)) for line in lines]
    assert len({d.doc_id for d in docs}) == 400 and all(not d.body for d in docs)
    surnames: dict[str, set[str]] = {}
    for d in docs:
        for e in d.entities:
            if e.type == "PERSON":
                surnames.setdefault(e.name.split()[-1], set()).add(e.name)
    assert max(len(names) for names in surnames.values()) >= 3  # one person under several spellings
    assert any(" " not in a for d in docs for e in d.entities for a in e.aliases)  # surname-only mentions
    sites = {d.site for d in docs}
    assert len(sites) >= 5
    reports = Counter((ev.type, ev.date.start if ev.date else None, ev.source) for d in docs for ev in d.events)
    assert sum(reports.values()) > 300


def test_pages_are_recombined_with_fresh_names(tmp_path):
    if not (ROOT.parent / "shared" / "corpus" / "dev").is_dir():
        pytest.skip("shared dev corpus not found")
    subprocess.run([sys.executable, str(SCRIPT), "pages", "--count", "5", "--seed", "2", "--out", str(tmp_path)],
                   capture_output=True, text=True, check=True)
    pages = sorted(tmp_path.glob("*/*.txt"), key=lambda p: p.name)
    assert len(pages) == 5
    assert all(p.read_text(encoding="utf-8").startswith(p.parent.name) for p in pages)  # one folder per site
    source = (ROOT.parent / "shared" / "corpus" / "dev" / "d01.txt").read_text(encoding="utf-8")
    first = pages[0].read_text(encoding="utf-8")
    assert first != source and "Published" in first
