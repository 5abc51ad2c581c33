"""A denial that takes up a charge told before ("Venezuela denied the charge") answers whoever made it, named in the
accusing clause (``answered_charges``). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, names, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text", [
    "Colombia accused Venezuela on Monday of sheltering rebels. Venezuela denied the charge.",
    "Colombia accused Venezuela on Monday of sheltering rebels, but Caracas rejected the accusation on Tuesday.",
    "Colombia blamed Venezuela on Monday for the border raid. Officials in Caracas said nothing for a day. "
    "On Tuesday Venezuela denied the allegations.",
])
def test_a_denial_of_the_charge_answers_its_maker(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    denials = of_type(doc, "REJECT")
    assert denials and countries(doc, denials[-1].source) == {"VEN"}, doc.events
    assert countries(doc, denials[-1].target) == {"COL"}, doc.events


def test_a_person_who_made_the_charge_is_answered(annotate_text: Annotate) -> None:
    doc = annotate_text("Colombian President Ivan Marquez accused Venezuela of sheltering rebels. Venezuelan Foreign "
                        "Minister Ana Rojas denied the allegations on Tuesday.")
    denials = of_type(doc, "REJECT")
    assert denials and names(doc, denials[0].target) == {"Ivan Marquez"}, doc.events


def test_a_charge_against_another_is_not_answered(annotate_text: Annotate) -> None:
    doc = annotate_text("Colombia accused Panama on Monday of sheltering rebels. Venezuela denied the charge.")
    assert not any(countries(doc, ev.target) == {"COL"} for ev in of_type(doc, "REJECT")), doc.events
