"""A judgement told by a saying participle is aimed at whom the verb it explains acts on (issue 13: an accusation
with no target). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize("text", [
    "Moroccan King Hassan turned on Algerian President Said Bouteflika in a speech on Sunday, saying his policies were "
    "a disaster.",
    "Moroccan King Hassan turned on Algeria in a speech on Sunday, saying its policies were a disaster.",
])
def test_a_saying_participle_judges_the_object_of_its_verb(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    judged = {c for e in _of_type(doc, "ACCUSE") for c in _countries(doc, e.target)}
    assert "DZA" in judged
