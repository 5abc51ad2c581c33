"""A place or a force that "came under fire / shelling / attack" was attacked: ASSAULT on it, by the "from" phrase's
side or the doer of the "when" clause that fired at it (annotate/under_fire.py). Criticism ("came under fire over
the budget") is no attack: one under fire, attack or criticism from a named critic is the target of an ACCUSE, never
its source. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


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


@pytest.mark.parametrize(("text", "critic", "criticised"), [
    ("Premier Lise Varga came under fire on Monday from Senator Oskar Brandt over the rail budget.",
     "Oskar Brandt", "Varga"),
    ("Mayor Ines Falk was under attack from Councillor Teo Marsh for most of last month.", "Teo Marsh", "Falk"),
    ("Defence Minister Rui Aranda has come under sharp criticism from the opposition leader Pia Lund.",
     "Pia Lund", "Aranda"),
])
def test_one_under_fire_from_a_critic_is_criticised(annotate_text: Callable[..., Document], text: str, critic: str,
                                                    criticised: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "ASSAULT")
    accusations = _of_type(doc, "ACCUSE")
    assert len(accusations) == 1
    assert any(critic in n for n in _names(doc, accusations[0].source))
    assert any(criticised in n for n in _names(doc, accusations[0].target))
    assert not any(criticised in n for n in _names(doc, accusations[0].source))


def test_criticism_with_no_critic_named_makes_the_criticised_no_attacker(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Premier Lise Varga came under fire on Monday over the rail budget.")
    assert not _of_type(doc, "ASSAULT")
