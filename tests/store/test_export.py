"""Test exports: contract JSON Lines round-trip, CSV and Parquet tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.model import document_from_json
from dateline.store.db import Store
from dateline.store.export import TABLES, write_csv, write_jsonl, write_parquet
from dateline.ingest import read_extracted


def test_jsonl_round_trips_the_contract(sample_db: Path, sample_path: Path) -> None:
    out = io.StringIO()
    with Store.reader(sample_db) as store:
        assert write_jsonl(store, out) == 3
    exported = {d["doc_id"]: d for d in map(json.loads, out.getvalue().splitlines())}
    for original in read_extracted(str(sample_path)):
        if not hasattr(original, "body"):
            continue
        back = document_from_json(exported[original.doc_id])
        assert back.body == original.body and back.title == original.title
        assert [e.mentions for e in back.entities] == [e.mentions for e in sorted(original.entities, key=lambda e: e.id)]
        assert [(v.type, v.date, v.evidence) for v in back.events] == [(v.type, v.date, v.evidence) for v in original.events]
        assert [p.evidence for p in back.positions] == [p.evidence for p in original.positions]


@pytest.mark.parametrize("table", TABLES)
def test_csv_and_parquet_tables(sample_db: Path, tmp_path: Path, table: str) -> None:
    out = io.StringIO()
    with Store.reader(sample_db) as store:
        n = write_csv(store, out, table)
        m = write_parquet(store, tmp_path / "t.parquet", table)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == n == m == pq.read_table(tmp_path / "t.parquet").num_rows > 0
    if table == "events":
        assert any("Andrey Rudenko" in r["participants"] for r in rows)
