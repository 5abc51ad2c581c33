"""A post described with its state but no name refers to the nearest person holding that post."""

from __future__ import annotations

import logging

from dateline.model import Document, Entity


def _person(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.type == "PERSON" and e.name == name]
    assert len(found) == 1, [(e.type, e.name, e.country, e.country_guess) for e in doc.entities]
    return found[0]


def test_an_ambassador_described_by_state_then_named(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chile has declared Argentina's ambassador persona non grata. Foreign Minister Ana Kovac "
                        "told reporters on Tuesday that Ambassador Pablo Ferro must leave within 48 hours.")
    assert _person(doc, "Pablo Ferro").country_guess == "ARG"
    assert _person(doc, "Ana Kovac").country_guess == "CHL"


def test_a_leader_word_refers_to_the_head_of_government_named_beside_it(  # type: ignore[no-untyped-def]
        annotate_text) -> None:
    doc = annotate_text("Prime Minister Jonas Peltz said the pact was fair. Indian Prime Minister Rahul Mehta, who was "
                        "greeted on the tarmac by Peltz, held talks with the Finnish leader on Monday.")
    assert _person(doc, "Jonas Peltz").country_guess == "FIN"
    assert _person(doc, "Rahul Mehta").country == "IND"


def test_an_ambassador_to_a_state_is_not_of_it(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The ambassador to Argentina was recalled on Monday. Ambassador Pablo Ferro left on Tuesday.")
    assert "ARG" not in (_person(doc, "Pablo Ferro").country, _person(doc, "Pablo Ferro").country_guess)


def test_a_description_of_someone_with_a_state_ties_nobody_else(  # type: ignore[no-untyped-def]
        annotate_text, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="dateline.annotate.descriptions")
    annotate_text("Indian Prime Minister Rahul Mehta met Chilean President Ana Ruiz on Monday. The Indian leader "
                  "said the talks went well. Prime Minister Jonas Peltz did not comment.")
    assert not [r for r in caplog.records if r.name == "dateline.annotate.descriptions"]
