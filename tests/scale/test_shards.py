"""Test that Parquet shards round-trip Documents and Failures and keep input order."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from dateline.model import Document, Entity, Event, Evidence, Failure, Interval, Position, Removal, Source, Span
from dateline.scale.shards import (
    Keyed,
    read_documents,
    read_keyed,
    read_results,
    read_table,
    shard_files,
    write_part,
    write_shards,
)
from dateline.tables import TABLES


def _document(n: int) -> Document:
    body = f"Envoy \"O'Brien\" <script>x</script> met Minister Kim in Seoul on Monday ({n})."
    return Document(
        source=Source("archive.warc.gz", f"https://example.org/{n}", n),
        body=body,
        title=f"Title <b>{n}</b>",
        site="Example News",
        published="2025-03-18",
        published_from="warc",
        byline=("Reporter A",),
        captions=("Kim in Seoul.",),
        removed=(Removal(3, 4, "newsletter"),),
        entities=(
            Entity("e:kim", "PERSON", "Kim", ("Minister Kim",), "KOR",
                   (Span(30, 33), Span(0, 3, "caption", 0))),
            Entity("e:seoul", "LOC", "Seoul", (), "KOR", (Span(37, 42),)),
        ),
        positions=(
            Position("e:kim", "minister", "Minister", "KOR", Evidence(body, 0, len(body)),
                     start=Interval("2024-01-01", "2024-12-31", "last year", "year"), as_of="2025-03-18"),
        ),
        events=(
            Event("v:1", "CONSULT", Evidence(body, 0, len(body)), mode="visit", source=("e:obrien",),
                  target=("e:kim",), location="e:seoul",
                  date=Interval("2025-03-17", "2025-03-17", "Monday", "day"), trigger="met"),
        ),
    )


def _keyed() -> list[Keyed]:
    """Return results in input order: five documents, a failure, then a second file's document."""
    items = [Keyed(0, i, _document(i)) for i in range(5)]
    items.append(Keyed(0, 5, Failure(Source("bad.html"), "R003: binary content, not text or HTML: bad.html")))
    items.append(Keyed(1, 0, _document(9)))
    return items


def test_round_trip_is_exact(tmp_path):
    items = _keyed()
    write_shards(items, str(tmp_path), rows_per_shard=3)
    back = list(read_results(str(tmp_path)))
    assert [r.to_json() for r in back] == [k.result.to_json() for k in items]
    assert back[0] == items[0].result


def test_read_documents_skips_failures(tmp_path):
    write_shards(_keyed(), str(tmp_path))
    docs = list(read_documents(str(tmp_path)))
    assert len(docs) == 6
    assert all(isinstance(d, Document) for d in docs)


def test_every_table_gets_one_part_per_shard(tmp_path):
    written = write_shards(_keyed(), str(tmp_path), rows_per_shard=3)
    assert len(written) == 3 * len(TABLES)
    for table in TABLES:
        assert len(shard_files(str(tmp_path), table)) == 3


def test_flat_tables_hold_contract_fields(tmp_path):
    write_shards(_keyed(), str(tmp_path), rows_per_shard=4)
    docs = read_table(str(tmp_path), "documents")
    assert docs.num_rows == 7
    errors = [e for e in docs.column("error").to_pylist() if e]
    assert errors == ["R003: binary content, not text or HTML: bad.html"]
    entities = read_table(str(tmp_path), "entities")
    assert entities.num_rows == 12
    assert set(entities.column("id").to_pylist()) == {"e:kim", "e:seoul"}
    events = read_table(str(tmp_path), "events").to_pylist()
    assert events[0]["date_start"] == "2025-03-17" and events[0]["target"] == ["e:kim"]
    positions = read_table(str(tmp_path), "positions").to_pylist()
    assert positions[0]["start_end"] == "2024-12-31" and positions[0]["end_start"] is None


def test_hostile_text_survives(tmp_path):
    write_shards(_keyed(), str(tmp_path))
    doc = next(read_documents(str(tmp_path)))
    assert "<script>x</script>" in doc.body and "\"O'Brien\"" in doc.body
    assert doc.title == "Title <b>0</b>"


def test_rerun_replaces_stale_parts(tmp_path):
    write_shards(_keyed(), str(tmp_path), rows_per_shard=1)
    write_shards(_keyed()[:2], str(tmp_path), rows_per_shard=1)
    assert len(shard_files(str(tmp_path))) == 2
    assert len(list(read_results(str(tmp_path)))) == 2


def test_order_restored_within_part(tmp_path):
    items = list(reversed(_keyed()))
    write_shards(items, str(tmp_path))
    keys = [(k.file_index, k.record_index) for k in read_keyed(str(tmp_path))]
    assert keys == sorted(keys)


def test_empty_run_writes_empty_tables(tmp_path):
    write_shards([], str(tmp_path))
    assert list(read_results(str(tmp_path))) == []
    assert pq.read_table(shard_files(str(tmp_path), "events")[0]).num_rows == 0


def test_bad_shard_size_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_shards(_keyed(), str(tmp_path), rows_per_shard=0)


def test_interleaved_parts_merge_into_input_order(tmp_path):
    items = _keyed()
    odd, even = items[1::2], items[0::2]
    write_part(str(tmp_path), 0, list(reversed(odd)))
    write_part(str(tmp_path), 1, even)
    back = [(k.file_index, k.record_index) for k in read_keyed(str(tmp_path))]
    assert back == sorted((k.file_index, k.record_index) for k in items)


def test_one_reader_rebuilds_documents_and_failures_from_the_contract() -> None:
    from dateline.model import Document, Failure, Source, result_from_json

    doc = Document(Source("a.txt"), "Body text.", title="T")
    failure = Failure(Source("b.txt", "http://x", 3), "R001: unreadable")
    assert result_from_json(doc.to_json()) == doc
    assert result_from_json(failure.to_json()) == failure
