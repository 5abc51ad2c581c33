"""Test cross-document resolution over the store: people and event occurrences."""

from __future__ import annotations

from pathlib import Path

from dateline.model import Document, Entity, Evidence, Event, Interval, Source, Span
from dateline.store.db import Store
from dateline.store.ingest import ingest_results
from dateline.store.linking import name_key


def _meeting(path: str, person: str, body_extra: str) -> Document:
    body = f"{person} met officials of North Korea on Monday. {body_extra}"
    sentence = body.split(". ")[0] + "."
    return Document(
        source=Source(path), body=body, published="2025-03-18",
        entities=(Entity("e:x", "PERSON", person, (), "RUS"), Entity("e:prk", "GPE", "North Korea", (), "PRK"),
                  Entity("e:rus", "GPE", "Russia", (), "RUS")),
        events=(Event("v:1", "CONSULT", Evidence(sentence, 0, len(sentence)), source=("e:rus",), target=("e:prk",),
                      participants=("e:x",), date=Interval("2025-03-17", "2025-03-17", "on Monday", "day")),),
    )


def test_name_key_ignores_spelling_of_spaces_hyphens_and_accents() -> None:
    assert name_key("Kim Jong-un") == name_key("kim jong un") == "kim-jong-un"
    assert name_key("Sergueï Lavrov") == "serguei-lavrov"


def test_documents_ingested_on_different_days_connect(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    ingest_results(db, [_meeting("a.txt", "Andrey Rudenko", "First report.")])
    ingest_results(db, [_meeting("b.txt", "Andrey Rudenko", "Second report, another outlet.")])
    with Store.reader(db) as store:
        people = store.execute("SELECT DISTINCT global_id FROM entities WHERE type = 'PERSON'")
        assert len(people) == 1
        occurrences = store.execute("SELECT DISTINCT occurrence FROM events")
        assert len(occurrences) == 1


def test_different_people_stay_apart(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    ingest_results(db, [_meeting("a.txt", "Kim Jong Un", "One."), _meeting("b.txt", "Kim Jong-gyu", "Two.")])
    with Store.reader(db) as store:
        assert len(store.execute("SELECT DISTINCT global_id FROM entities WHERE type = 'PERSON'")) == 2
        assert len(store.execute("SELECT DISTINCT occurrence FROM events")) == 2


def test_organisations_of_different_states_stay_apart(tmp_path: Path) -> None:
    from dateline.store.linking import qualified_id

    assert qualified_id("e:foreign-ministry", "CHN") == "e:foreign-ministry-chn"
    assert qualified_id("e:foreign-ministry-chn", "CHN") == "e:foreign-ministry-chn"
    assert qualified_id("e:un", None) == "e:un"
    a = Document(source=Source("a.txt"), body="The Foreign Ministry said so.",
                 entities=(Entity("e:foreign-ministry", "ORG", "Foreign Ministry", (), "FIN"),))
    b = Document(source=Source("b.txt"), body="The Foreign Ministry said otherwise.",
                 entities=(Entity("e:foreign-ministry", "ORG", "Foreign Ministry", (), "CHN"),))
    c = Document(source=Source("c.txt"), body="The Foreign Ministry said it again.",
                 entities=(Entity("e:foreign-ministry", "ORG", "Foreign Ministry", (), "CHN"),))
    db = tmp_path / "x.db"
    ingest_results(db, [a, b])
    ingest_results(db, [c])
    with Store.reader(db) as store:
        ids = sorted(r[0] for r in store.execute("SELECT global_id FROM entities"))
    assert ids == ["e:foreign-ministry-chn", "e:foreign-ministry-chn", "e:foreign-ministry-fin"]


def test_an_organisation_ingested_under_two_names_on_two_days_is_one(tmp_path: Path) -> None:
    a = Document(source=Source("a.txt"), body="The United Nations said so.",
                 entities=(Entity("e:united-nations", "ORG", "United Nations"),))
    b = Document(source=Source("b.txt"), body="The UN said it again.", entities=(Entity("e:un", "ORG", "UN"),))
    db = tmp_path / "x.db"
    ingest_results(db, [a])
    ingest_results(db, [b])
    with Store.reader(db) as store:
        ids = {r[0] for r in store.execute("SELECT DISTINCT global_id FROM entities WHERE type = 'ORG'")}
    assert ids == {"e:united-nations"}


def _person_page(path: str, country: str | None, guess: str | None) -> Document:
    """A one-person page, resolved as its own run (as ``dateline ingest`` resolves each batch)."""
    from dateline.pipeline import resolve_run

    body = f"Marc Vidal spoke ({path})."
    (doc,) = resolve_run([Document(Source(path), body, published="2025-03-18", entities=(
        Entity("p1", "PERSON", "Marc Vidal", (), country, (Span(0, 10),), guess),))])
    return doc


def _people(db: Path) -> list[tuple[str, str | None]]:
    from dateline.store.queries import find_people

    with Store.reader(db) as store:
        return [(p["id"], p["country"]) for p in find_people(store, limit=10)]


def test_a_country_one_run_only_guessed_does_not_split_a_person_stated_elsewhere(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    ingest_results(db, [_person_page("a.txt", "FRA", None)])
    ingest_results(db, [_person_page("b.txt", None, "NER")])
    with Store.reader(db) as store:
        rows = store.execute("SELECT country, country_guess, global_id FROM entities ORDER BY doc_id")
    assert [(r["country"], r["country_guess"]) for r in rows] == [("FRA", None), ("NER", "NER")]
    assert len({r["global_id"] for r in rows}) == 1
    assert [country for _, country in _people(db)] == ["FRA"]  # the stated country is shown, not the guess


def test_two_stated_countries_still_split_a_name(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    ingest_results(db, [_person_page("a.txt", "FRA", None)])
    ingest_results(db, [_person_page("b.txt", "NER", None)])
    assert sorted(country for _, country in _people(db)) == ["FRA", "NER"]


def test_a_guess_is_shown_when_nothing_states_the_country(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    ingest_results(db, [_person_page("b.txt", None, "NER")])
    (person,) = _people(db)
    assert person[1] == "NER"
    with Store.reader(db) as store:
        from dateline.store.queries import dossier

        shown = dossier(store, person[0])
    assert shown is not None and shown["country"] == "NER"
