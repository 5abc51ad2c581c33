"""Custody told from the one held: "A has been in custody since July" holds A, by the state of its place or story
(``events._held_subject``, role pass ``custody_holder``); "was held for questioning" is one detention, told on "held"
(``coerce.held_for_questioning``, ``events._reason_of_same_act``); a term set by a verb ("jailed for 11 years") is
no span the act went on over, so the act takes the story's news day (``dating.TERM_LEMMAS``). All sentences
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, names, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, holder, person", [
    ("The Belarusian journalist Ales Lutsko has been in custody since July.", "BLR", "Ales Lutsko"),
    ("The American reporter Tom Hale has been in custody in Iran since May.", "IRN", "Tom Hale"),
])
def test_the_one_in_custody_is_held(annotate_text: Annotate, text: str, holder: str, person: str) -> None:
    doc = annotate_text(text)
    held = of_type(doc, "COERCE")
    assert held and countries(doc, held[0].source) == {holder}, doc.events
    assert names(doc, held[0].target) == {person}, doc.events


def test_held_for_questioning_is_one_detention_by_the_agent(annotate_text: Annotate) -> None:
    doc = annotate_text("The former mayor, Ivan Petrov, was held for questioning by Bulgarian police on Friday.")
    held = of_type(doc, "COERCE")
    assert len(held) == 1, doc.events
    assert countries(doc, held[0].source) == {"BGR"} and names(doc, held[0].target) == {"Ivan Petrov"}, doc.events


def test_a_term_set_dates_the_act_on_the_news_day(annotate_text: Annotate) -> None:
    doc = annotate_text("A Chinese court jailed the dissident Wang Lin for 11 years.", "2024-05-15")
    jailed = [ev for ev in doc.events if names(doc, ev.target) == {"Wang Lin"}]
    assert jailed and jailed[0].date is not None and jailed[0].date.end == "2024-05-15", doc.events
