"""Generate annotated records with ``bench/make_corpus.py`` (run as a script: tests never import bench/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generated_lines(count: int, seed: int) -> list[str]:
    """Return ``count`` generated annotated records as the contract's JSON, one line each."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "records", "--count", str(count),
                          "--seed", str(seed), "--out", "-"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()
