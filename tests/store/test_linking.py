"""Test cross-document resolution over the store: people and event occurrences."""

from __future__ import annotations

from pathlib import Path

from dateline.model import Document, Entity, Evidence, Event, Interval, Source
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
