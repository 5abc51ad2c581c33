"""Test the one flat layout: every flattened row has exactly its table's columns, and Failures are error rows."""

from __future__ import annotations

import json

import pytest

from dateline.model import Document, Entity, Event, Evidence, Failure, Interval, Position, Source, Span
from dateline.tables import SCHEMAS, TABLES, check_table, flatten, to_arrow


def _document() -> Document:
    body = "Ambassador Ann Lee met Foreign Minister Bo Park in Seoul on 2 May 2025."
    ev = Evidence(body, 0, len(body))
    return Document(
        source=Source("a.warc", "https://example.org/a", 3), body=body, published="2025-05-03",
        entities=(Entity("e:ann-lee", "PERSON", "Ann Lee", ("A. Lee",), "USA", (Span(11, 18),)),
                  Entity("e:bo-park", "PERSON", "Bo Park", (), "KOR", (Span(40, 47),))),
        positions=(Position("e:ann-lee", "ambassador", "Ambassador", "USA", ev,
                            start=Interval("2024-01-01", "2024-12-31", "2024", "year")),),
        events=(Event("v:1", "CONSULT", ev, participants=("e:ann-lee", "e:bo-park"),
                      date=Interval("2025-05-02", "2025-05-02", "2 May 2025", "day"), occurrence="o:1"),),
    )


def test_every_row_has_exactly_its_tables_columns() -> None:
    rows = flatten(_document())
    assert set(rows) == set(TABLES)
    for table, table_rows in rows.items():
        assert table_rows, table
        for row in table_rows:
            assert list(row) == SCHEMAS[table].names, table
        assert to_arrow(table_rows, table).num_rows == len(table_rows)
    event = rows["events"][0]
    assert (event["participants"], event["date_start"], event["occurrence"]) == (["e:ann-lee", "e:bo-park"],
                                                                                "2025-05-02", "o:1")
    assert rows["positions"][0]["start_start"] == "2024-01-01" and rows["positions"][0]["end_start"] is None
    assert rows["documents"][0]["record"] == "3"
    assert json.loads(rows["documents"][0]["json"]) == _document().to_json()


def test_an_entity_row_tells_a_guessed_country_from_a_stated_one() -> None:
    doc = _document()
    guessed = Entity("e:cy-han", "PERSON", "Cy Han", (), "KOR", (Span(0, 6),), country_guess="KOR")
    rows = flatten(Document(doc.source, doc.body, published=doc.published, entities=(*doc.entities, guessed)))
    assert [(r["country"], r["country_guess"]) for r in rows["entities"]] == [
        ("USA", None), ("KOR", None), ("KOR", "KOR")]


def test_a_failure_is_one_documents_row_with_its_error() -> None:
    rows = flatten(Failure(Source("bad.html"), "R002: empty input: bad.html"))
    assert [len(rows[t]) for t in TABLES] == [1, 0, 0, 0]
    row = rows["documents"][0]
    assert list(row) == SCHEMAS["documents"].names
    assert row["error"].startswith("R002") and row["doc_id"] is None and row["path"] == "bad.html"


def test_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown table 'people'"):
        check_table("people")
