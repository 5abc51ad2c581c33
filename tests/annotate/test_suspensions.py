"""An official taken off duty ("placed on administrative leave", "reassigned") leaves the post: DISMISS of the one
removed, the remover the source (annotate/suspensions.py, GUIDE.md: suspended from duty is DISMISS). Invented
examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "removed"), [
    ("Kenya's health ministry placed two hospital directors, Omar Farouk and Lena Okafor, on administrative leave "
     "on Monday.", "Omar Farouk"),
    ("Customs officer Luis Silva was put on paid leave on Monday.", "Luis Silva"),
])
def test_put_on_leave_is_a_dismissal(annotate_text: Callable[..., Document], text: str, removed: str) -> None:
    doc = annotate_text(text)
    assert removed in {n for e in _of_type(doc, "DISMISS") for n in _names(doc, e.target)}
    assert _of_type(doc, "MOBILIZE") == []


def test_the_one_who_reassigns_removes(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Interior Minister Ana Ramos reassigned the police chief of Cusco on Monday.")
    assert [_names(doc, e.source) for e in _of_type(doc, "DISMISS")] == [{"Ana Ramos"}]


@pytest.mark.parametrize(("text", "off"), [
    ("The ministry placed two nurses on administrative leave.", True),
    ("The officer was put on paid leave.", True),
    ("The minister reassigned the police chief.", True),
    ("Chile placed troops on the border.", False),
    ("Chile put the trade deal on hold.", False),
    ("The nurse went on leave.", False),
])
def test_taken_off_duty_read_from_the_leave(nlp, text: str, off: bool) -> None:
    from dateline.annotate.suspensions import taken_off_duty  # noqa: PLC0415

    assert any(taken_off_duty(t) for t in nlp(text)) is off
