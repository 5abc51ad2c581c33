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
