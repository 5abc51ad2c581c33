"""Gather the six-word runs of the measured texts (dev pages, seed pages, PLOVER gold sentences) for the tests that
keep shipped wording (training sentences, lexicon examples) apart from what the figures are measured on."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The read-only project material beside the work tree; absent in a bare checkout (the tests using it skip)."""

RUN = 6
"""Words in a row that count as shared wording: longer than a stock phrase ("at the end of the"), shorter than a clause."""


def word_runs(text: str, n: int = RUN) -> set[str]:
    """Every run of ``n`` words (lower-cased letters and digits, punctuation dropped) in one text."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def have_measured() -> bool:
    """Whether the dev pages are beside the work tree."""
    return (SHARED / "corpus" / "dev").is_dir()


@lru_cache(maxsize=1)
def measured_runs() -> frozenset[str]:
    """The six-word runs of every dev page, every seed page and the ``text`` of every PLOVER gold sentence."""
    runs: set[str] = set()
    for page in [*(SHARED / "corpus" / "dev").glob("*.txt"), *(SHARED / "seeds").glob("*.txt")]:
        runs |= word_runs(page.read_text(encoding="utf8"))
    for line in (SHARED / "bench" / "plover_gsr" / "input.jsonl").read_text(encoding="utf8").splitlines():
        runs |= word_runs(json.loads(line).get("text") or "")
    return frozenset(runs)
