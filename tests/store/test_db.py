"""Test the Store: migrations, the one writer, read-only readers, idempotence, failures, time limits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.errors import QueryInterrupted, StoreError
from dateline.model import Document, Failure, Source
from dateline.store.db import SCHEMA_VERSION, Store, migrations
from dateline.ingest import read_extracted


def test_migrations_are_numbered_in_order() -> None:
    numbers = [n for n, _ in migrations()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert SCHEMA_VERSION == numbers[-1]


def test_writer_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    with Store.writer(tmp_path / "a" / "x.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # opening again applies nothing and keeps the version
    with Store.writer(tmp_path / "a" / "x.db") as store:
        assert store.migrate() == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    Store.writer(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as err:
        Store.writer(db)
    assert err.value.code == "S002"
    with pytest.raises(StoreError) as err:
        Store.reader(db)
    assert err.value.code == "S002"


def test_reader_of_missing_store_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store.reader(tmp_path / "none.db")
    assert err.value.code == "S004"


def test_reader_cannot_write(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM documents")
        with pytest.raises(StoreError):
            store.write_batch([])


def test_counts_of_sample(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        assert store.counts()["documents"] == 3
        assert store.counts()["failures"] == 1


def test_storing_twice_is_idempotent_by_doc_id(tmp_path: Path, sample_path: Path) -> None:
    results = list(read_extracted(str(sample_path)))
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch(results)
        first = store.counts()
        store.write_batch(results)
        assert store.counts() == first
        assert store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == first["documents"]


def test_failure_is_cleared_when_the_source_later_succeeds(tmp_path: Path) -> None:
    src = Source("late.txt")
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([Failure(src, "R002: empty input: late.txt")])
        assert store.counts()["failures"] == 1
        store.write_batch([Document(source=src, body="Now there is text.")])
        assert store.counts() == {**store.counts(), "failures": 0, "documents": 1}


def test_batch_is_all_or_nothing(tmp_path: Path) -> None:
    good = Document(source=Source("a.txt"), body="first body")

    with Store.writer(tmp_path / "x.db") as store:
        bad = Document(source=Source("b.txt"), body="second body")
        object.__setattr__(bad, "entities", (object(),))  # not an Entity: the insert fails
        with pytest.raises(AttributeError):
            store.write_batch([good, bad])
        assert store.counts()["documents"] == 0


def test_slow_query_is_interrupted(sample_db: Path) -> None:
    with Store.reader(sample_db, time_limit_ms=20) as store:
        with pytest.raises(QueryInterrupted) as err:
            store.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        assert err.value.code == "S003"
        # the connection stays usable after an interrupt
        assert store.execute("SELECT count(*) FROM documents")[0][0] == 3


def test_later_migrations_upgrade_a_store_with_data(tmp_path: Path) -> None:
    """A store made by migration 1 only is upgraded in place, its events given a sort key."""
    db = tmp_path / "old.db"
    first = migrations()[0][1]
    conn = sqlite3.connect(db)
    conn.executescript(first + "\nPRAGMA user_version=1;")
    conn.execute("INSERT INTO documents (doc_id, path, body, published, ingested_at)"
                 " VALUES ('d1', 'a.txt', 'b', '2025-02-02', 'now')")
    conn.execute("INSERT INTO events (doc_id, local_id, type, modality, ev_text, ev_start, ev_end)"
                 " VALUES ('d1', 'v:1', 'AGREE', 'asserted', 'b', 0, 1)")
    conn.commit()
    conn.close()
    with Store.writer(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("SELECT sort_date FROM events").fetchone()[0] == "2025-02-02"


def test_language_and_warnings_are_stored_and_read_back(tmp_path: Path) -> None:
    from dateline.errors import warning
    from dateline.store.export import stored_document
    from dateline.store.queries import get_document

    note = warning("W001", name="French", language="fr")
    doc = Document(source=Source("fr.txt"), body="Le ministre a rencontré son homologue.", language="fr",
                   warnings=(note,))
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([doc, Document(source=Source("en.txt"), body="The minister met his counterpart.")])
    with Store.reader(tmp_path / "x.db") as store:
        stored = get_document(store, doc.doc_id)
        assert stored is not None and (stored["language"], stored["warnings"]) == ("fr", [note])
        exported = stored_document(store, doc.doc_id)
        assert (exported.language, exported.warnings) == ("fr", (note,))
        assert store.execute("SELECT language, warnings FROM documents WHERE path = 'en.txt'")[0][:] == (None, "[]")


def _page(path: str, body: str, record: int | None = None) -> Document:
    from dateline.model import Event, Evidence

    return Document(source=Source(path, None, record), body=body,
                    events=(Event("v:1", "AGREE", Evidence(body, 0, len(body))),))


def test_edited_page_retires_its_older_document(tmp_path: Path) -> None:
    """Issue 16, item 8: the same source stored again with a new body (a new doc_id) is stored once."""
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([_page("a.txt", "First version of the page.")])
        store.write_batch([_page("a.txt", "Edited version of the page.")])
        assert store.counts()["documents"] == 1 and store.counts()["events"] == 1
        assert store.execute("SELECT body FROM documents")[0][0] == "Edited version of the page."
        assert store.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'first'")[0][0] == 0


def test_reprocessed_file_retires_records_it_no_longer_yields(tmp_path: Path) -> None:
    """A whole file stored again (``inputs`` given) keeps only the documents it yields now."""
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([_page("a.warc", "Record zero.", 0), _page("a.warc", "Record one.", 1),
                           _page("b.txt", "Another file.")], inputs=[("/abs/a.warc", 10, 1)])
        store.write_batch([_page("a.warc", "Record zero, edited.", 0)], inputs=[("/abs/a.warc", 9, 2)])
        bodies = sorted(r[0] for r in store.execute("SELECT body FROM documents"))
        assert bodies == ["Another file.", "Record zero, edited."]
        assert store.counts()["events"] == 2


def test_records_of_one_file_across_batches_are_all_kept(tmp_path: Path) -> None:
    """Without ``inputs`` (documents loaded in batches of any size) a batch retires only its own sources."""
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([_page("a.jsonl", "Line one.", 1)])
        store.write_batch([_page("a.jsonl", "Line two.", 2)])
        store.write_batch([_page("a.jsonl", "Line two.", 2)])
        assert store.counts()["documents"] == 2


def test_same_text_at_two_paths_is_one_document(tmp_path: Path) -> None:
    with Store.writer(tmp_path / "x.db") as store:
        store.write_batch([_page("a.txt", "Same text.")], inputs=[("/a.txt", 1, 1)])
        store.write_batch([_page("b.txt", "Same text.")], inputs=[("/b.txt", 1, 1)])
        store.write_batch([_page("a.txt", "Same text.")], inputs=[("/a.txt", 1, 2)])
        assert store.counts()["documents"] == 1
