"""Append one benchmark run to bench/results.jsonl, stamped with the commit, machine and time.

Every bench script records its figures through ``record`` so the log has one shape.
"""

from __future__ import annotations

import json
import platform
import subprocess
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("results.jsonl")


def commit() -> str:
    """Return the short hash of HEAD, or "unknown" outside a git checkout."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True,
                              cwd=RESULTS.parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record(bench: str, **fields: Any) -> dict[str, Any]:
    """Append ``{"bench", "commit", "machine", "time", **fields}`` as one line; ``fields`` may override the stamps."""
    entry = {"bench": bench, "commit": commit(), "machine": platform.node() or "unknown",
             "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **fields}
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry
