"""Test full-text search and its one quoting function."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store.db import Store
from dateline.store.search import fts_quote, plain_snippet, search_documents, snippet_parts


def test_quote_makes_every_word_a_phrase() -> None:
    assert fts_quote('Rudenko  "visit"') == '"Rudenko" """visit"""'
    assert fts_quote("NEAR(a b) OR c*") == '"NEAR(a" "b)" "OR" "c*"'
    assert fts_quote("  ") == ""
    assert fts_quote("( ) *") == ""


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
