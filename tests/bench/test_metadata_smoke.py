"""Run bench/metadata.py on three pages, as a smoke test (the script is not imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "bench" / "articles" / "flat").exists(), reason="shared benchmark absent")
def test_metadata_bench_runs_on_three_pages():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "metadata.py"), "--shipped-model", "--limit", "3",
                           "--shipped-rankers", "--no-record"], capture_output=True, text=True, timeout=120, check=False,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    rows = {line[:58].strip() for line in done.stdout.splitlines()}
    assert "empty output" in rows and "baseline: first lines" in rows


@pytest.mark.skipif(not (SHARED / "bench" / "articles" / "flat").exists(), reason="shared benchmark absent")
def test_metadata_bench_holds_the_rankers_out_by_site():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "metadata.py"), "--shipped-model", "--limit", "6",
                           "--no-record"], capture_output=True, text=True, timeout=300, check=False,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "rankers held out by site" in done.stdout
