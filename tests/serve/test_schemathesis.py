"""Fuzz the JSON API from its OpenAPI schema with schemathesis: no input may cause a 500."""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402

from schemathesis.python import asgi  # noqa: E402

from dateline.serve.app import create_app  # noqa: E402
from dateline.serve.hosts import LOOPBACK_NAMES  # noqa: E402
from dateline.ingest import read_extracted  # noqa: E402
from dateline.store.ingest import ingest_results

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "store" / "sample.jsonl"


def _app() -> object:
    import tempfile

    db = Path(tempfile.mkdtemp(prefix="dateline-schemathesis-")) / "s.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    # schemathesis's ASGI client sends Host "testserver"; answer it as well as the loopback names
    return create_app(db, allowed_hosts=(*LOOPBACK_NAMES, asgi.HOST))


schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_with_500(case: object) -> None:
    case.call_and_validate(checks=[schemathesis.checks.not_a_server_error])  # type: ignore[attr-defined]
