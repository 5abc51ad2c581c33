"""bench/throughput.py runs end to end on a few pages and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_throughput_bench_runs_on_three_pages(tmp_path: Path) -> None:
    pages = sorted((ROOT / "examples").glob("*.txt"))[:1] + sorted((ROOT / "examples").glob("*.html"))[:1]
    command = [sys.executable, str(ROOT / "bench" / "throughput.py"), "--repeat", "1", "--rounds", "1", "--no-record"]
    done = subprocess.run([*command, *map(str, pages)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "nlp.pipe (baseline)" in done.stdout and "dateline extract" in done.stdout
    assert "extract --jobs 2" in done.stdout and "same output: yes" in done.stdout
    assert "idle cores from the CPU seconds" in done.stdout
    assert "the same ratio from CPU seconds" in done.stdout
    assert "learned event component (dateline_events): " in done.stdout  # its share was measured, not nan
    assert "nan%" not in done.stdout
