"""A court or judge ordering or ruling that someone stay held ("ordered that A remain in custody") is a detention by
the court's state, COERCE arrest, dated by the order (requirements.stay_order); being held as a standing state is no
act. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text", [
    "Slovenian prosecutors charged Matej Zupan with bribery in Ljubljana.\n\nOn Friday a judge ordered that Zupan stay "
    "in custody until his trial.",
    "Slovenian prosecutors charged Matej Zupan with bribery in Ljubljana.\n\nOn Friday the judge ordered that Zupan "
    "should remain in detention until the hearing in March.",
])
def test_an_order_to_stay_held_is_a_detention_on_the_order_day(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text, published="2019-11-20")
    [held] = [e for e in _of_type(doc, "COERCE") if e.mode == "arrest"]
    assert _names(doc, held.target) == {"Matej Zupan"}
    assert _countries(doc, held.source) == {"SVN"}
    assert held.date is not None and held.date.start == "2019-11-15"  # the Friday before publication


def test_being_held_since_a_date_is_no_new_detention(annotate_text: Annotate) -> None:
    doc = annotate_text("Matej Zupan, a Slovenian banker, has remained in custody in Ljubljana since his arrest.")
    assert not [e for e in _of_type(doc, "COERCE") if e.trigger in ("custody", "remained")]
