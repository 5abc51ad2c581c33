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
from dateline.tables import SCHEMAS
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
        assert [e.mentions for e in back.entities] == [e.mentions for e in original.entities]
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
    assert list(rows[0]) == list(SCHEMAS[table].names)
    if table == "events":
        with Store.reader(sample_db) as store:
            named = {r[0] for r in store.execute("SELECT global_id FROM entities WHERE name = 'Andrey Rudenko'")}
        assert named and any(set(r["participants"].split("; ")) & named for r in rows)


@pytest.mark.parametrize("table", TABLES)
def test_parquet_export_has_the_shards_column_layout(sample_db: Path, sample_path: Path, tmp_path: Path,
                                                      table: str) -> None:
    """Issue 14: ``export --format parquet`` and the Ray shards write one layout (``dateline.tables``)."""
    from dateline.scale.shards import KEYS, Keyed, read_table, write_shards

    with Store.reader(sample_db) as store:
        write_parquet(store, tmp_path / "t.parquet", table)
    exported = pq.read_table(tmp_path / "t.parquet")
    write_shards([Keyed(0, i, r) for i, r in enumerate(read_extracted(str(sample_path)))], str(tmp_path / "shards"))
    sharded = read_table(str(tmp_path / "shards"), table)
    assert exported.schema.equals(SCHEMAS[table])
    assert sharded.drop_columns(KEYS.names).schema.equals(exported.schema)
    assert sharded.num_rows == exported.num_rows  # the same four pages (one failed) either way


def test_empty_store_exports_empty_tables_with_the_layout(tmp_path: Path) -> None:
    with Store.writer(tmp_path / "empty.db"):
        pass
    with Store.reader(tmp_path / "empty.db") as store:
        assert write_parquet(store, tmp_path / "e.parquet", "events") == 0
        out = io.StringIO()
        assert write_csv(store, out, "positions") == 0
    assert pq.read_table(tmp_path / "e.parquet").schema.equals(SCHEMAS["events"])
    assert out.getvalue().strip().split(",") == SCHEMAS["positions"].names


def test_unknown_table_is_refused(sample_db: Path, tmp_path: Path) -> None:
    with Store.reader(sample_db) as store, pytest.raises(ValueError, match="unknown table"):
        write_parquet(store, tmp_path / "x.parquet", "people")


def test_stored_document_rebuilds_what_was_written(tmp_path: Path) -> None:
    """The store's reader back into the model loses nothing the writer stored (records, captions, intervals, roles)."""
    from dateline.model import (
        Document, Entity, Event, Evidence, Interval, Position, Removal, Source, Span,
    )
    from dateline.store.export import stored_document

    body = 'Envoy "O\'Brien" <script>x</script> met Minister Kim in Seoul on 2 May 2025.'
    caption = "Kim and O'Brien in Seoul."
    ev = Evidence(body, 0, len(body))
    doc = Document(
        source=Source("a.warc", "https://example.org/a", 7), body=body, title="<b>Talks</b>", site="example.org",
        published="2025-05-03", published_from="html-meta", language="en", byline=("A. Writer",),
        captions=(caption,), removed=(Removal(3, 4, "share"),), warnings=(),
        entities=(Entity("e:kim", "PERSON", "Kim", ("Minister Kim",), "KOR", (Span(36, 39), Span(0, 3, "caption", 0))),
                  Entity("e:obrien", "PERSON", "O'Brien", (), "IRL", (Span(7, 14),)),
                  Entity("e:seoul-kor", "GPE", "Seoul", (), "KOR", (Span(43, 48),))),
        positions=(Position("e:kim", "minister", "Minister", "KOR", ev, start=Interval("2024-01-01", "2024-12-31",
                                                                                        "2024", "year")),),
        events=(Event("v:1", "CONSULT", ev, participants=("e:obrien", "e:kim"), location="e:seoul-kor",
                      date=Interval("2025-05-02", "2025-05-02", "2 May 2025", "day"), attribution="e:kim",
                      trigger="met", occurrence="o:1"),
                Event("v:2", "AGREE", Evidence(caption, 0, len(caption), "caption", 0), source=("e:kim",),
                      target=("e:obrien",), modality="planned")),
    )
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([doc])
    with Store.reader(tmp_path / "x.db") as store:
        back = stored_document(store, doc.doc_id)
    assert back == doc
