"""Forces brought home, pulled out or taken out of a place are withdrawn: RETREAT withdraw (annotate/withdrawals.py,
GUIDE.md). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "state"), [
    ("Belgium brought home its 120 peacekeepers from Lebanon in February.", "BEL"),
    ("Uganda brought back its last battalion from the Central African Republic on Sunday.", "UGA"),
    ("Portugal took its marines out of the port city of Pemba on Monday.", "PRT"),
    ("The Dutch government said on Monday that it had pulled its troops out of Mali.", "NLD"),
])
def test_forces_brought_home_are_withdrawn(annotate_text: Callable[..., Document], text: str, state: str) -> None:
    doc = annotate_text(text)
    retreats = [e for e in _of_type(doc, "RETREAT") if state in _countries(doc, e.source)]
    assert [e.mode for e in retreats] == ["withdraw"]


@pytest.mark.parametrize("text", [
    "The junta brought out troops onto the streets of Conakry on Monday.",
    "Peru flew 200 soldiers to its northern border on Sunday.",
    "Ghana brought home its gold medallists from the games.",
])
def test_forces_sent_out_or_people_brought_home_are_no_withdrawal(nlp, text: str) -> None:
    from dateline.annotate.withdrawals import forces_brought_home  # noqa: PLC0415

    assert not any(forces_brought_home(t) for t in nlp(text))
