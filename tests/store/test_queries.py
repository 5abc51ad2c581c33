"""Test the analyst's queries: people, dossiers, filtered events, documents, graph."""

from __future__ import annotations

from pathlib import Path

from dateline.store.db import Store
from dateline.store.queries import dossier, find_events, find_people, get_document, graph, like_pattern


def test_like_pattern_takes_wildcards_literally() -> None:
    assert like_pattern("50%_a\\") == "%50\\%\\_a\\\\%"


def test_find_people_by_name_fragment(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        assert [p["name"] for p in find_people(store, "rudenko")] == ["Andrey Rudenko"]
        assert find_people(store, "%") == []
        orgs = find_people(store, None, ("ORG",))
        assert [o["name"] for o in orgs] == ["KCNA"]


def test_dossier_has_posts_events_met_and_sources(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        pid = find_people(store, "Rudenko")[0]["id"]
        d = dossier(store, pid)
        assert d is not None
        assert [p["title"] for p in d["positions"]] == ["deputy foreign minister"]
        assert [v["type"] for v in d["events"]] == ["CONSULT", "CONSULT", "AGREE"]
        assert [m["name"] for m in d["met"]] == ["Choe Son Hui"]
        assert len(d["sources"]) == 2
        assert dossier(store, "e:nobody") is None


def test_event_filters(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        assert len(find_events(store)) == 4
        assert {v["type"] for v in find_events(store, type="agree")} == {"AGREE"}
        assert len(find_events(store, country="RUS", with_="PRK")) == 3
        assert len(find_events(store, country="KOR", with_="PRK")) == 0
        assert [v["date"]["start"] for v in find_events(store, since="2025-03-16", until="2025-04-30")] == \
            ["2025-03-14", "2025-04-02"]
        assert len(find_events(store, actor="Choe")) == 1


def test_document_and_graph(sample_db: Path) -> None:
    with Store.reader(sample_db) as store:
        hostile = [r["doc_id"] for r in store.execute("SELECT doc_id FROM documents WHERE site LIKE 'Site%'")][0]
        doc = get_document(store, hostile)
        assert doc is not None and doc["title"].startswith("<script>")
        names = {e["name"] for e in doc["entities"]}
        assert 'Jean "Johnny" O\'Neil' in names
        g = graph(store)
        ids = {n["id"] for n in g["nodes"]}
        assert {"c:RUS", "c:PRK", "c:KOR", "c:USA"} <= ids
        assert all(e["count"] >= 1 for e in g["edges"])
