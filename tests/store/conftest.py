"""Build store fixtures from text: the sample documents in tests/data/store/sample.jsonl."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read_extracted
from dateline.store.ingest import ingest_results

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "store" / "sample.jsonl"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the three sample documents and one failure (read-only use only)."""
    db = tmp_path_factory.mktemp("store") / "sample.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    return db
