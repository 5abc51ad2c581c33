"""A scheduled act told in the simple present with its day is a planned event; a habit is none
(annotate/timetable.py)."""

from __future__ import annotations

import pytest

from dateline.annotate.timetable import timetable_present


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("text", "word", "told"), [
    ("The Serbian envoy, who takes over the embassy on Thursday, met the press.", "takes", True),
    ("Dr Petra Lind succeeds the rector on Monday, the university said.", "succeeds", True),
    ("The Czech minister meets the envoys every Monday.", "meets", False),  # a habit
    ("The ferry usually leaves on Fridays.", "leaves", False),
    ("The envoy does not arrive on Monday.", "arrive", False),  # a negation, an auxiliary
    ("The ministry oversees the ports.", "oversees", False),  # no day: a standing state
])
def test_a_present_with_its_own_day_is_a_timetable(nlp, text: str, word: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert timetable_present(_word(nlp(text), word)) is told


def test_a_scheduled_takeover_in_the_present_is_planned_on_the_coming_day(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Milan Petrovic, who takes over as ambassador on Thursday, met the Norwegian press.")
    [takes] = [e for e in doc.events if e.trigger == "takes"]
    assert takes.type == "APPOINT" and takes.modality == "planned"
    assert takes.date is not None and takes.date.start == "2025-03-20"
