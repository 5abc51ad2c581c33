"""The one way the CheckList runners call ``dateline extract``: each text the body of its own story, in order.

Imported by the runners beside it (``run.py``, ``run_dates.py``, ``run_arguments.py``, ``run_persons.py``), run as
scripts from the repository root, so this directory is on ``sys.path``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

PUBLISHED = "2024-05-15"
"""The publication day of every story that names none (a Wednesday)."""


def extract_texts(texts: list[str], published: list[str] | None = None) -> list[dict[str, Any]]:
    """The output document of each text, read as the body of a story headed "World news" and published on its day of
    ``published`` (default ``PUBLISHED``); an empty dict for a text whose document failed or came out missing."""
    days = published or [PUBLISHED] * len(texts)
    records = "\n".join(json.dumps({"doc": f"t{i}", "published": day, "text": "World news\n\n" + text})
                        for i, (text, day) in enumerate(zip(texts, days)))
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "extract", "--jsonl", "-"], input=records,
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):  # 1: some document failed (the contract); any other status is a crash
        done.check_returncode()
    docs = {doc["source"]["record"]: doc for doc in map(json.loads, done.stdout.splitlines())}  # records count from 1
    return [docs.get(i + 1, {}) for i in range(len(texts))]
