"""An outside commentator's opinion is no event (annotate/commentators.py, real-page audit class "non-events").
Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from dateline.annotate.commentators import COMMENTATOR_NOUNS, OPINION_TYPES
from event_helpers import names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_an_economist_who_calls_a_claim_absurd_accuses_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Helmut Varga, a senior economist at a Vienna think tank, said the talks had stalled. "
                        "Varga also described the claim that Austria had armed the rebels as absurd.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_an_analyst_named_by_title_asks_nothing(annotate_text: Any) -> None:
    doc = annotate_text("Analyst Petra Lind urged Sweden to lift the ban on Tuesday.")
    assert not of_type(doc, "REQUEST"), _types(doc)


def test_a_minister_still_asks(annotate_text: Any) -> None:
    doc = annotate_text("Petra Lind, Sweden's foreign minister, urged Norway to lift the ban on Tuesday.")
    assert [names(doc, e.source) for e in of_type(doc, "REQUEST")] == [{"Petra Lind"}], _types(doc)


def test_a_commentator_who_is_arrested_is_still_the_target_of_an_act(annotate_text: Any) -> None:
    doc = annotate_text("Professor Ivo Marek was arrested by Czech police on Monday.")
    assert of_type(doc, "COERCE"), _types(doc)


def test_only_verbal_types_are_vetoed() -> None:
    assert OPINION_TYPES == {"ACCUSE", "SUPPORT", "REQUEST", "REJECT"}
    assert {"analyst", "professor", "economist"} <= COMMENTATOR_NOUNS


def test_someone_placed_at_a_university_comments(annotate_text: Any) -> None:
    # an apposition that places the person at a university, a college or an institute describes a commentator
    doc = annotate_text("Marta Silva, program director for the Migrants in Cities Project at Coimbra University's "
                        "Gulbenkian Centre, told reporters the Angolan ministry's allegations are false.")
    assert not of_type(doc, "REJECT"), _types(doc)


def test_a_minister_who_was_once_a_professor_still_acts(annotate_text: Any) -> None:
    # "a former professor" is a past description: the foreign minister rejects the claims
    doc = annotate_text("Angolan Foreign Minister Joao Neto, a former professor at the University of Luanda, rejected "
                        "the Portuguese claims on Monday.")
    assert [names(doc, e.source) for e in of_type(doc, "REJECT")] == [{"Joao Neto"}], _types(doc)


def test_a_rector_arrested_is_still_acted_on(annotate_text: Any) -> None:
    doc = annotate_text("Rector Ana Costa of the University of Lisbon was arrested by Angolan police in Luanda on "
                        "Monday.")
    assert of_type(doc, "COERCE"), _types(doc)
