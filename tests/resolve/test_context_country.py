"""Test that the state a story's context suggests for a person counts only when no document of the run states one."""

from __future__ import annotations

from dateline.model import Document, Entity, Source, Span, document_from_json
from dateline.pipeline import resolve_run


def _doc(path: str, country: str | None, guess: str | None) -> Document:
    return Document(Source(path), "Ana Ruiz spoke.", entities=(
        Entity("p1", "PERSON", "Ana Ruiz", (), country, (Span(0, 8),), guess),))


def test_a_stated_country_wins_over_a_guess_and_keeps_one_person() -> None:
    stated, guessed = resolve_run([_doc("a.txt", "CHL", None), _doc("b.txt", None, "PER")])
    a, b = stated.entities[0], guessed.entities[0]
    assert a.id == b.id
    assert (a.country, b.country) == ("CHL", "CHL")
    assert b.country_guess is None and b.stated_country == "CHL"


def test_a_guess_fills_a_person_no_document_places_and_stays_marked_as_a_guess() -> None:
    (doc,) = resolve_run([_doc("a.txt", None, "PER")])
    person = doc.entities[0]
    assert person.country == "PER" and person.country_guess == "PER"
    assert person.stated_country is None


def test_a_resolved_guess_round_trips_through_json_as_a_guess() -> None:
    (doc,) = resolve_run([_doc("a.txt", None, "PER")])
    data = doc.to_json()["entities"][0]
    assert (data["country"], data["country_guess"]) == ("PER", "PER")
    back = document_from_json(doc.to_json()).entities[0]
    assert back == doc.entities[0] and back.stated_country is None


def test_a_stated_country_is_not_a_guess() -> None:
    (doc,) = resolve_run([_doc("a.txt", "CHL", None)])
    assert doc.entities[0].stated_country == "CHL" and doc.entities[0].country_guess is None


def test_guesses_that_disagree_evenly_give_no_country() -> None:
    one, two = resolve_run([_doc("a.txt", None, "PER"), _doc("b.txt", None, "CHL")])
    assert one.entities[0].country is None and two.entities[0].country is None


def test_the_guess_survives_a_json_round_trip_and_is_not_printed_when_absent() -> None:
    doc = _doc("a.txt", None, "PER")
    assert document_from_json(doc.to_json()).entities[0].country_guess == "PER"
    assert "country_guess" not in _doc("a.txt", "CHL", None).to_json()["entities"][0]
