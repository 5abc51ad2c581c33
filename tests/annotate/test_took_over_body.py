"""A named person who takes over an embassy, a ministry or a mission takes up its post: APPOINT of that person
(construction_cues._takes_over_body, GUIDE.md); armed men or a crowd taking one over do not. Invented examples;
publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "person", "day"), [
    ("Carl Holm takes over the Swedish embassy in Oslo on Thursday.", "Carl Holm", "2025-03-20"),
    ("Career diplomat Lidia Moreno took over the Chilean consulate in Mendoza on Friday.", "Lidia Moreno",
     "2025-03-14"),
    ("Former general Tomas Rios took over the defence ministry on Monday after a cabinet reshuffle.", "Tomas Rios",
     "2025-03-17"),
])
def test_a_person_taking_over_a_body_takes_up_its_post(annotate_text: Callable[..., Document], text: str,
                                                       person: str, day: str) -> None:
    doc = annotate_text(text)
    appointed = [e for e in _of_type(doc, "APPOINT") if person in _names(doc, e.target)]
    assert appointed and appointed[0].date is not None and appointed[0].date.start == day


@pytest.mark.parametrize("text", [
    "Gunmen took over the Swedish embassy in Kabul on Monday.",
    "Hundreds of students took over the education ministry in Quito on Friday.",
])
def test_a_body_seized_is_no_appointment(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "APPOINT")


def test_the_body_taken_over_is_not_appointed(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan diplomat Amina Wekesa took over the UN mission in Juba last week.")
    [appointed] = _of_type(doc, "APPOINT")
    assert _names(doc, appointed.target) == {"Amina Wekesa"}
