"""A relative or adverbial clause with a finite past verb keeps its own tense: "the deal, which A and B signed on
Monday, will cut tariffs" tells a signing done on the Monday before publication, not a planned one (events.modality).
Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import of_type as _of_type


@pytest.mark.parametrize(("text", "day"), [
    ("The fisheries deal, which Chile and Peru signed on Monday, will cut tariffs on frozen squid.", "2025-03-17"),
    ("Under the transit accord, which Kenya and Ethiopia signed on Friday, lorries will cross without permits.",
     "2025-03-14"),
    ("After Ghana and Togo signed the border protocol on Monday, customs posts will close.", "2025-03-17"),
])
def test_a_past_clause_under_a_future_is_asserted(annotate_text: Callable[..., Document], text: str,
                                                  day: str) -> None:
    [agree] = _of_type(annotate_text(text), "AGREE")
    assert agree.modality == "asserted"
    assert agree.date is not None and agree.date.start == day


def test_a_future_signing_stays_planned(annotate_text: Callable[..., Document]) -> None:
    [agree] = _of_type(annotate_text("Chile will sign the trade deal with Peru on Monday."), "AGREE")
    assert agree.modality == "planned"
    assert agree.date is not None and agree.date.start == "2025-03-24"
