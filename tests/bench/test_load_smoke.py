"""bench/load.py builds a store, serves it, runs its clients and prints its table (three documents, two seconds)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_load_bench_runs_on_three_documents(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "bench" / "load.py"), "--no-pages", "--pad", "3", "--clients", "3",
               "--seconds", "2"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    header, row = done.stdout.splitlines()[:2]
    assert "p99 ms" in header and "errors" in header
    figures = dict(zip(header.replace(" ms", "_ms").replace("req/s", "req_s").split(), row.split()))
    assert figures["documents"] == "3" and figures["errors"] == "0" and int(figures["requests"]) > 0
