"""bench/long_page.py runs end to end on two small pages and prints its table, and --write saves a page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = str(ROOT / "bench" / "long_page.py")


@pytest.mark.slow
def test_long_page_bench_runs_on_two_sizes(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, SCRIPT, "--sizes", "40,80", "--no-record"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line.split() for line in done.stdout.splitlines() if line.split()[:1] in (["40"], ["80"])]
    assert len(rows) == 2 and all(int(row[3]) > 0 for row in rows)  # events found on both pages


def test_long_page_writes_a_page_of_the_names_asked(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    subprocess.run([sys.executable, SCRIPT, "--write", str(page), "--names", "300"], check=True, timeout=120)
    text = page.read_text(encoding="utf-8")
    assert text.startswith("Leaders trade visits") and "\n\n" in text
    assert 300 * 30 < len(text) < 300 * 80  # about 50 characters of news per name
