"""Build the web app over a store made from text (tests/data/store/sample.jsonl), as Datasette's fixtures do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.serve.app import create_app
from dateline.ingest import read_extracted
from dateline.store.ingest import ingest_results

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "store" / "sample.jsonl"
LOCAL = "http://127.0.0.1:8000"
"""Base URL of every test client: a loopback Host header, as a browser on this machine sends."""


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serve") / "sample.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    return db


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[TestClient]:
    # a loopback name: the app answers only the Host names it was bound for (see test_hosts.py)
    with TestClient(create_app(sample_db), base_url=LOCAL) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_doc_id(client: TestClient) -> str:
    hits = client.get("/api/search", params={"q": "envoy"}).json()
    return str(hits[0]["doc_id"])
