"""Support given "behind" someone ("rallied behind X", "threw its weight behind X's plan") is aimed at X.
All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, backer, backed", [
    ("Spain threw its weight behind Morocco's autonomy plan on Tuesday.", "ESP", "MAR"),
    ("Hungarian Prime Minister Gabor Nagy rallied behind Serbian President Milan Jovic on Saturday.", "HUN", "SRB"),
])
def test_support_behind_someone_is_aimed_at_them(annotate_text: Annotate, text: str, backer: str, backed: str) -> None:
    doc = annotate_text(text)
    support = of_type(doc, "SUPPORT")
    assert support and countries(doc, support[0].source) == {backer}, doc.events
    assert countries(doc, support[0].target) == {backed}, doc.events
