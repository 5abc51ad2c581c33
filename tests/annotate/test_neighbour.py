"""A neighbour owned by "its" or "their" is the story's other state, not nobody (issue 12: an act found without
its target does not count). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, source, target", [
    ("Chile has long accused Peru of overfishing. On Friday Lima cut diplomatic ties with its southern neighbour.",
     "PER", "CHL"),
    ("Chilean fishermen blocked a border crossing for a week. Lima then froze its aid to their neighbour.",
     "PER", "CHL"),
    ("Bolivia recalled its ambassador from Paraguay on Monday. La Paz also froze trade with its neighbor.",
     "BOL", "PRY"),
])
def test_its_neighbour_is_the_other_state(annotate_text: Annotate, text: str, source: str, target: str) -> None:
    doc = annotate_text(text)
    sanction = _of_type(doc, "SANCTION")[-1]
    assert _countries(doc, sanction.source) == {source}
    assert _countries(doc, sanction.target) == {target}
