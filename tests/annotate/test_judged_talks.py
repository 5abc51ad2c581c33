"""A talk with sides of its own that another verb judges is told, not only referred to: "criticised X's meeting with
Y" is a meeting of X and Y (events.own_partner, issue 13), and the judging clause's day is not its day
(dating._judged_act_noun). Invented examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names, of_type


@pytest.mark.parametrize("text", [
    "On Tuesday, opposition lawmakers criticised President Marta Ruiz's meeting with Tolvan President Aris Kade.",
    "An aide on Tuesday described President Marta Ruiz's phone call with Tolvan President Aris Kade as cordial.",
])
def test_a_judged_talk_with_its_own_sides_is_a_talk(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    talks = [e for e in of_type(doc, "CONSULT") if {"Aris Kade"} <= names(doc, e.actors())]
    assert talks, [(e.type, e.trigger, names(doc, e.actors())) for e in doc.events]
    assert all(e.date is None for e in talks), [e.date for e in talks]  # the judging day is not the talk's


def test_a_judged_talk_keeps_a_day_of_its_own(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("On Tuesday, opposition lawmakers criticised President Marta Ruiz's March 3 meeting with "
                        "Tolvan President Aris Kade.")
    talks = of_type(doc, "CONSULT")
    assert [e.date.start if e.date else None for e in talks] == ["2025-03-03"]


def test_a_talk_only_referred_to_stays_a_reference(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("On Tuesday, opposition lawmakers criticised the talks.")
    assert not of_type(doc, "CONSULT"), [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Senator Mary Okonjo spoke on Monday. Okonjo released the transcript of her call with Tolvan President Aris Kade.",
    "On Friday the ministry published the minutes of President Marta Ruiz's meeting with Tolvan President Aris Kade.",
])
def test_the_record_of_a_talk_with_its_own_sides_tells_the_talk(annotate_text: Callable[..., Document],
                                                                text: str) -> None:
    doc = annotate_text(text)
    talks = [e for e in of_type(doc, "CONSULT") if {"Aris Kade"} < names(doc, e.actors())]
    assert talks, [(e.type, e.trigger, names(doc, e.actors())) for e in doc.events]
    assert all(e.date is None for e in talks), [e.date for e in talks]  # the day of the record is not the talk's


def test_a_talk_named_in_a_phrase_of_time_keeps_its_own_reading(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("President Marta Ruiz signed the accord on Friday during her meeting with Tolvan President "
                        "Aris Kade.")
    dated = [(e.type, e.date.start if e.date else None) for e in doc.events if e.type in ("AGREE", "CONSULT")]
    assert sorted(dated) == [("AGREE", "2025-03-14"), ("CONSULT", "2025-03-14")], dated
