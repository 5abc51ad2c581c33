"""Test full-text search and its one quoting function."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store.db import Store
import sqlite3

from dateline.store.db import SCHEMA_VERSION, migrations
from dateline.store.search import fts_quote, plain_snippet, search_actors, search_documents, snippet_parts


def test_quote_makes_every_word_a_phrase() -> None:
    assert fts_quote('Rudenko  "visit"') == '"Rudenko" """visit"""'
    assert fts_quote("NEAR(a b) OR c*") == '"NEAR(a" "b)" "OR" "c"*'
    assert fts_quote("  ") == ""
    assert fts_quote("( ) *") == ""
    assert fts_quote("a*b **") == '"a*b"'


def test_a_trailing_star_is_the_one_syntax_kept() -> None:
    assert fts_quote("treat* minister") == '"treat"* "minister"'
    assert fts_quote('"x*') == '"""x"*'


def test_search_finds_words_in_body_and_title(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        hits = search_documents(store, "Pyongyang")
        assert [h["title"] for h in hits] == ["Russian deputy minister visits Pyongyang"]
        assert search_documents(store, "economic deal")[0]["site"] == "Example Wire"
        assert search_documents(store, "Pyongyang economic") == []


def test_hostile_title_comes_back_intact(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        hits = search_documents(store, "envoy")
    assert hits[0]["title"] == '<script>alert("title")</script> Envoy talks'
    parts = snippet_parts(hits[0]["snippet"])
    assert any(hit and text.lower() == "envoy" for text, hit in parts)
    assert "\x02" not in plain_snippet(hits[0]["snippet"])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(sample_db: Path, text: str) -> None:
    with Store.reader(sample_db) as store:
        search_documents(store, text)


def test_control_characters_do_not_break_the_query(sample_db: Path) -> None:
    assert fts_quote("a\x00b") == '"a" "b"'
    with Store.reader(sample_db) as store:
        assert search_documents(store, "Pyong\x00yang") == []


def test_words_find_their_other_forms(sample_db: Path) -> None:
    """The porter tokenizer: a plural, a verb form or the singular finds the same article."""
    with Store.reader(sample_db) as store:
        one = [h["doc_id"] for h in search_documents(store, "envoy")]
        assert one and [h["doc_id"] for h in search_documents(store, "envoys")] == one
        visits = {h["doc_id"] for h in search_documents(store, "visits")}
        assert visits and visits == {h["doc_id"] for h in search_documents(store, "visited")}


def test_prefix_query(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        assert search_documents(store, "Pyong") == []
        assert [h["title"] for h in search_documents(store, "Pyong*")] == ["Russian deputy minister visits Pyongyang"]


def test_search_actors_by_name(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        found = search_actors(store, "Rudenko")
        assert [(a["name"], a["type"]) for a in found] == [("Andrey Rudenko", "PERSON")]
        assert search_actors(store, "R") == []  # one letter would match nearly everyone
        assert search_actors(store, "no such name") == []


def test_migration_6_rebuilds_the_index_with_stemming(sample_db: Path, tmp_path: Path) -> None:
    """A store written before migration 6 finds the same articles after it, and finds plurals too."""
    old = tmp_path / "v5.db"
    shutil.copy(sample_db, old)
    conn = sqlite3.connect(old)
    # put the store back as migration 5 left it: the unstemmed index and user_version 5
    conn.executescript(
        "DROP TABLE documents_fts; CREATE VIRTUAL TABLE documents_fts USING fts5("
        "doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');"
        "INSERT INTO documents_fts (rowid, doc_id, title, body) SELECT rowid, doc_id, coalesce(title, ''), body"
        " FROM documents; ALTER TABLE entities DROP COLUMN country_guess; PRAGMA user_version=5;")
    assert conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'envoys'").fetchone()[0] == 0
    conn.close()
    assert max(n for n, _ in migrations()) == SCHEMA_VERSION >= 6
    Store.writer(old).close()
    with Store.reader(old) as store:
        assert store.execute("SELECT count(*) FROM documents_fts")[0][0] == store.counts()["documents"]
        assert search_documents(store, "envoys") and search_documents(store, "Pyongyang")


def test_a_slow_name_search_leaves_the_articles(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.errors import QueryInterrupted
    from dateline.store import search

    def too_slow(*_args: object, **_kw: object) -> list[object]:
        raise QueryInterrupted("S003", limit_ms=1)

    monkeypatch.setattr(search, "find_people", too_slow)
    with Store.reader(sample_db) as store:
        assert search_actors(store, "Rudenko") == []
        assert search_documents(store, "Rudenko")
