"""A past or past-perfect act on a calendar date of its own is one occurrence told, not background, whatever the
learned factuality reads (perfect.calendar_dated_past; issue 12: events found nowhere). All sentences invented."""

from __future__ import annotations

import pytest

from dateline.annotate.eventcat import Candidate
from dateline.annotate.events import _factuality
from dateline.annotate.perfect import calendar_dated_past


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("Chile's and Bolivia's foreign ministers had held talks in La Paz on 4 May 2022.", "held"),
    ("Peru recalled its ambassador to Bolivia in March 2019.", "recalled"),
    ("The border accord was signed in Arusha on 12 June 2018.", "signed"),
])
def test_a_dated_past_act_is_one_occurrence(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert calendar_dated_past(_word(nlp(text), word))


@pytest.mark.parametrize("text, word", [
    ("Chile's and Bolivia's foreign ministers had not held talks since 4 May 2022.", "held"),  # negated, a span
    ("Chile's and Bolivia's foreign ministers would have held talks on 4 May 2022.", "held"),  # a modal
    ("Chile's and Bolivia's foreign ministers had planned to hold talks on 4 May 2022.", "hold"),  # an infinitive
    ("The accord signed in Arusha in June 2018 remains in force.", "signed"),    # a participle on a noun
    ("Chile's and Bolivia's foreign ministers had held talks in La Paz on Monday.", "held"),  # no year
    ("Chile's and Bolivia's foreign ministers had held talks several times in 2022.", "held"),  # a repetition
])
def test_other_pasts_are_left_to_the_model(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not calendar_dated_past(_word(nlp(text), word))


def test_a_dated_past_perfect_read_as_background_is_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile's and Bolivia's foreign ministers had held talks in La Paz on 4 May 2022.")
    held = _word(doc, "held")
    assert _factuality(Candidate(held.i, "CONSULT", 1.0, "not_event", 0.95), held) == "asserted"
