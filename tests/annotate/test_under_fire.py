"""A place or a force that "came under fire / shelling / attack" was attacked: ASSAULT on it, by the "from" phrase's
side or the doer of the "when" clause that fired at it (annotate/under_fire.py). Criticism ("came under fire over
the budget") is no attack. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "doer", "hit"), [
    ("Yerevan came under intense shelling overnight, when Azerbaijan fired dozens of rockets at the city.",
     "AZE", "ARM"),
    ("A Kenyan patrol came under attack from Somali militants near Mandera on Friday.", "SOM", "KEN"),
    ("Tbilisi came under heavy bombardment on Monday night, when Russia launched 30 drones and four missiles at the "
     "city, injuring nine people.", "RUS", "GEO"),
])
def test_coming_under_fire_is_an_attack_on_the_subject(annotate_text: Callable[..., Document], text: str, doer: str,
                                                      hit: str) -> None:
    doc = annotate_text(text)
    attacks = _of_type(doc, "ASSAULT")
    assert len(attacks) == 1
    assert doer in _countries(doc, attacks[0].source) and hit in _countries(doc, attacks[0].target)


@pytest.mark.parametrize("text", [
    "The Chilean government came under fire over its pension reform on Monday.",
    "The budget plan came under attack from opposition lawmakers in Lima.",
    "Finance Minister Ana Soto came under fire for her remarks on Monday.",
])
def test_criticism_is_no_attack_undergone(nlp, text: str) -> None:
    from dateline.annotate.under_fire import attack_undergone  # noqa: PLC0415

    assert not any(attack_undergone(t) for t in nlp(text))
