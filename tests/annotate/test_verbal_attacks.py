"""An attack made with words is criticism: ACCUSE disapprove, not ASSAULT (annotate/verbal_attacks.py, GUIDE.md).
What is attacked tells the sense: a policy, a plan or a person's character is attacked with words, a convoy with arms.
Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document


@pytest.mark.parametrize("text", [
    "During a radio interview on Monday, Chilean senator Ines Prado attacked the pension reform of President Luis "
    "Silva.",
    "Senator Ines Prado attacked the governor's budget plan on Monday.",
])
def test_attacking_an_idea_is_criticism(annotate_text: Callable[..., Document], text: str) -> None:
    types = [e.type for e in annotate_text(text).events]
    assert "ACCUSE" in types
    assert "ASSAULT" not in types


def test_attacking_a_convoy_stays_an_assault(annotate_text: Callable[..., Document]) -> None:
    types = [e.type for e in annotate_text("Rebels attacked the convoy of Governor Omar Farouk on Monday.").events]
    assert types == ["ASSAULT"]


@pytest.mark.parametrize(("text", "word", "verbal"), [
    ("The senator attacked the governor's budget plan.", "attacked", True),
    ("The two candidates attacked each other's records.", "attacked", True),
    ("The judge shrugged off partisan attacks on her integrity.", "attacks", True),
    ("She shrugged off personal attacks from the tabloids.", "attacks", True),
    ("Rebels attacked the convoy near the border.", "attacked", False),
    ("The attacks on the capital killed nine people.", "attacks", False),
])
def test_the_sense_read_from_what_is_attacked(nlp, text: str, word: str, verbal: bool) -> None:
    from dateline.annotate.verbal_attacks import verbal_attack  # noqa: PLC0415

    [tok] = [t for t in nlp(text) if t.text == word]
    assert verbal_attack(tok) is verbal


@pytest.mark.parametrize(
    "text",
    [
        "The Polish President Marek Nowicki hit out at Germany on Friday over its energy policy.",
        "The Polish President Marek Nowicki took a swipe at Germany on Friday over its energy policy.",
        "The Polish President Marek Nowicki assailed Germany on Friday over its energy policy.",
    ],
)
def test_a_persons_verbal_attack_on_a_state_accuses_it(annotate_text, text):
    doc = annotate_text(text, "2024-05-15")
    countries = {e.id: e.country for e in doc.entities}
    assert any(ev.type == "ACCUSE" and {countries[i] for i in ev.target} == {"DEU"} for ev in doc.events), doc.events
