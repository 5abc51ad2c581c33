"""Run bench/consolidate.py on three dev pages' extract output, as a smoke test (the script is not imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "dev").exists(), reason="shared gold absent")
def test_consolidate_bench_runs_on_three_pages(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    pages = sorted((SHARED / "corpus" / "dev").glob("*.txt"))[:3]
    pred = tmp_path / "three.jsonl"
    with open(pred, "w", encoding="utf8") as out:
        subprocess.run([sys.executable, "-m", "dateline", "extract", "--jsonl", *map(str, pages)], stdout=out,
                       stderr=subprocess.DEVNULL, timeout=300, check=False, env=env)
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "consolidate.py"), "--pred", str(pred), "--no-record",
                           "--verbose"], capture_output=True, text=True, timeout=300, check=False, env=env)
    assert done.returncode == 0, done.stderr
    rows = {line[:34].strip() for line in done.stdout.splitlines()}
    assert {"empty", "baseline: same type and actor ids", "extract --jsonl", "store after ingest"} <= rows
    assert "gold pairs missed as an event was not found" in done.stdout
