"""Test the analyst's queries: people, dossiers, filtered events, documents, graph."""

from __future__ import annotations

from pathlib import Path

from dateline.model import Document
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


def _report(path: str, published: str, sentence: str, *, post_start: str | None = None) -> Document:
    """A page stating Ekdahl's post and reporting his Monday meeting with Otieno, praised by Sandell."""
    from dateline.model import Entity, Event, Evidence, Interval, Position, Source

    body = sentence + " Sandell praised Ekdahl."
    praise = body.index("Sandell")
    start = Interval(post_start, post_start[:4] + "-12-31", post_start[:4], "year") if post_start else None
    return Document(
        source=Source(path), body=body, published=published,
        entities=(Entity("e:lars-ekdahl", "PERSON", "Lars Ekdahl", (), "SWE"),
                  Entity("e:peter-otieno", "PERSON", "Peter Otieno", (), "KEN"),
                  Entity("e:britt-sandell", "PERSON", "Britt Sandell", (), "SWE")),
        positions=(Position("e:lars-ekdahl", "ambassador to kenya", "ambassador to Kenya",
                            "SWE", Evidence(sentence, 0, len(sentence)), start=start, as_of=published),),
        events=(Event("v:1", "CONSULT", Evidence(sentence, 0, len(sentence)), source=("e:lars-ekdahl",),
                      target=("e:peter-otieno",), date=Interval("2025-03-17", "2025-03-17", "Monday", "day")),
                Event("v:2", "SUPPORT", Evidence(body[praise:], praise, len(body)), source=("e:britt-sandell",),
                      target=("e:lars-ekdahl",))),
    )


def test_dossier_lists_one_row_per_post_one_entry_per_occurrence_and_met_means_a_meeting(tmp_path: Path) -> None:
    from dateline.store.ingest import ingest_results

    db = tmp_path / "x.db"
    ingest_results(db, [
        _report("a.txt", "2025-03-18", "Lars Ekdahl, ambassador to Kenya, held talks with Peter Otieno on Monday."),
        _report("b.txt", "2025-03-19", "Ekdahl, Sweden's envoy in Nairobi since 2014, saw Otieno on Monday.",
                post_start="2014-01-01"),
    ])
    with Store.reader(db) as store:
        d = dossier(store, "e:lars-ekdahl")
    assert d is not None
    (post,) = d["positions"]
    assert post["title"] == "ambassador to kenya" and len(post["sources"]) == 2
    assert post["start"]["start"] == "2014-01-01" and not post["ended"]
    meetings = [v for v in d["events"] if v["type"] == "CONSULT"]
    assert len(meetings) == 1 and meetings[0]["sources"] == 2 and len(meetings[0]["reports"]) == 2
    assert [m["name"] for m in d["met"]] == ["Peter Otieno"]  # Sandell only praised him
    assert "Britt Sandell" in [c["name"] for c in d["co_actors"]]


def test_timeline_lists_occurrences_once_even_across_pages(tmp_path: Path) -> None:
    from dateline.store.ingest import ingest_results

    db = tmp_path / "x.db"
    ingest_results(db, [
        _report("a.txt", "2025-03-18", "Lars Ekdahl, ambassador to Kenya, held talks with Peter Otieno on Monday."),
        _report("b.txt", "2025-03-19", "Ekdahl and Otieno talked on Monday, a second paper wrote."),
    ])
    with Store.reader(db) as store:
        (meeting,) = find_events(store, type="CONSULT")
        assert meeting["sources"] == 2 and {r["doc_id"] for r in meeting["reports"]} == {
            r["doc_id"] for r in find_events(store, type="CONSULT", fold=False)}
        assert len(find_events(store, type="CONSULT", fold=False)) == 2
        # one mention per page: the meeting is listed on the first page only, with both reports
        first, second = (find_events(store, type="CONSULT", limit=1, offset=n) for n in (0, 1))
        assert len(first) == 1 and first[0]["sources"] == 2 and second == []


def test_graph_counts_an_occurrence_once_however_many_pages_report_it(tmp_path: Path) -> None:
    from dateline.store.ingest import ingest_results

    db = tmp_path / "x.db"
    ingest_results(db, [
        _report("a.txt", "2025-03-18", "Lars Ekdahl, ambassador to Kenya, held talks with Peter Otieno on Monday."),
        _report("b.txt", "2025-03-19", "Ekdahl and Otieno talked on Monday, a second paper wrote."),
    ])
    with Store.reader(db) as store:
        edges = {(e["source"], e["target"]): e for e in graph(store, type="CONSULT")["edges"]}
    assert edges[("e:lars-ekdahl", "e:peter-otieno")]["count"] == 1


def test_a_post_whose_state_a_run_only_guessed_joins_the_post_the_texts_give_a_state(tmp_path: Path) -> None:
    """One run guesses the holder's state from a story about another state ("President X" in a Bordurian story): the
    post it stored with that guess is the same presidency another run states as Syldavian, one row, the stated state."""
    from dateline.model import Entity, Evidence, Position, Source
    from dateline.store.ingest import ingest_results

    def page(path: str, sentence: str, country: str, guess: str | None) -> Document:
        person = Entity("e:ottokar-vey", "PERSON", "Ottokar Vey", (), country, country_guess=guess)
        post = Position("e:ottokar-vey", "president", "President", country, Evidence(sentence, 0, len(sentence)),
                        as_of="2031-05-02")
        return Document(source=Source(path), body=sentence, published="2031-05-02", title=path,
                        entities=(person,), positions=(post,))

    db = tmp_path / "x.db"
    ingest_results(db, [page("a.txt", "Syldavian President Ottokar Vey arrived.", "SYL", None)])
    ingest_results(db, [page("b.txt", "President Ottokar Vey recalled his envoy to Borduria.", "BRD", "BRD")])
    with Store.reader(db) as store:
        d = dossier(store, "e:ottokar-vey")
    assert d is not None
    (post,) = d["positions"]
    assert post["country"] == "SYL" and len(post["sources"]) == 2


def test_a_dossier_ends_the_posts_its_person_held_at_their_death(tmp_path: Path) -> None:
    from dateline.model import Entity, Event, Evidence, Interval, Modality, Position, Source
    from dateline.store.ingest import ingest_results

    def page(path: str, modality: Modality) -> Document:
        sentence = "Ambassador Ottokar Vey, who died on Saturday, was mourned in Klow."
        person = Entity("e:ottokar-vey", "PERSON", "Ottokar Vey", (), "SYL")
        post = Position("e:ottokar-vey", "ambassador", "Ambassador", "SYL", Evidence(sentence, 0, len(sentence)),
                        as_of="2031-05-05")
        death = Event("v:1", "DIE", Evidence(sentence, 0, len(sentence)), target=("e:ottokar-vey",),
                      date=Interval("2031-05-03", "2031-05-03", "Saturday", "day"), modality=modality)
        return Document(source=Source(path), body=sentence, published="2031-05-05", title=path, entities=(person,),
                        positions=(post,), events=(death,))

    cases: list[tuple[Modality, str | None]] = [("asserted", "2031-05-03"), ("negated", None)]
    for modality, end in cases:
        db = tmp_path / f"{modality}.db"
        ingest_results(db, [page("a.txt", modality)])
        with Store.reader(db) as store:
            d = dossier(store, "e:ottokar-vey")
        assert d is not None
        (post,) = d["positions"]
        assert (post["end"] or {}).get("start") == end



def test_a_dossier_keeps_the_countries_its_sources_contradict() -> None:
    """Two pages state Syldavia, one Borduria, one only guesses Borduria: Syldavia is shown, both are listed."""
    from dateline.cli_store import dossier_text
    from dateline.store.queries import country_sources, shown_country

    rows = [{"doc_id": doc, "country": country, "country_guess": guess}
            for doc, country, guess in (("a", "SYL", None), ("b", "SYL", None), ("c", "BRD", None), ("d", "BRD", "BRD"))]
    assert shown_country(rows) == "SYL"
    given = country_sources(rows)
    assert given == [{"country": "SYL", "stated": 2, "guessed": 0}, {"country": "BRD", "stated": 1, "guessed": 1}]
    info = {"name": "Ottokar Vey", "type": "PERSON", "country": "SYL", "countries": given, "id": "e:ottokar-vey",
            "aliases": [], "positions": [], "events": [], "met": [], "co_actors": [], "sources": []}
    assert "countries given: SYL (2 pages state); BRD (1 page states, 1 page guesses)" in dossier_text(info, 160, 10)
    assert "countries given" not in dossier_text({**info, "countries": given[:1]}, 160, 10)
