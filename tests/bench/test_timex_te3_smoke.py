"""Run bench/timex_te3.py on three TempEval-3 documents, as a smoke test (the script is not imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "bench" / "tempeval3" / "platinum.jsonl").exists(), reason="shared benchmark absent")
def test_timex_bench_runs_on_three_documents():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "timex_te3.py"), "--shared", str(SHARED), "--limit", "3"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    rows = {line.split("  ")[0] for line in done.stdout.splitlines()}
    assert {"dateline timex", "empty output"} <= rows
