"""A demand noun set after a comma sums up the clause before it: whom that clause's "that" complement names is asked
(issue 13: a demand with no addressee). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize("text", [
    "At the talks in Geneva on Monday, Serbian envoys insisted that Kosovo disband its special police units, a demand "
    "Pristina rejected on Tuesday.",
    "Serbia's envoys insisted on Monday that Kosovo pull its police out of three northern towns, demands a European "
    "diplomat called unrealistic.",
])
def test_a_demand_summing_up_a_clause_asks_its_complement_s_subject(annotate_text: Callable[..., Document],
                                                                    text: str) -> None:
    doc = annotate_text(text)
    asked = {c for e in _of_type(doc, "REQUEST") for c in _countries(doc, e.target)}
    assert "XKX" in asked
