"""A death toll that singles out named dead ("were killed, among them A") tells each named person's death, DIE
(annotate/casualties.py, GUIDE.md), not the attack. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "dead"), [
    ("Bandits raided a mining camp in Zamfara, and eleven guards were killed, among them the camp chief, Musa Bello, "
     "and a cook, Ibrahim Sani.", {"Musa Bello", "Ibrahim Sani"}),
    ("Militants shelled the garrison at Kidal overnight, and six soldiers were killed, among them its commander, "
     "Amadou Keita.", {"Amadou Keita"}),
    ("Two of the party's organisers were killed in the bombing, among them Nadia Haddad, its treasurer.",
     {"Nadia Haddad"}),
])
def test_named_dead_of_a_toll_each_die(annotate_text: Callable[..., Document], text: str, dead: set[str]) -> None:
    doc = annotate_text(text)
    died = [_names(doc, e.target) for e in _of_type(doc, "DIE")]
    assert set().union(*died) >= dead
    assert not any(e.trigger == "killed" for e in _of_type(doc, "ASSAULT"))  # the toll is no second attack


def test_a_toll_naming_no_one_or_told_by_its_killers_is_left_alone(nlp) -> None:
    from dateline.annotate.casualties import named_dead  # noqa: PLC0415

    for text in ("Twelve villagers were killed in the raid, including four children.",
                 "The militia killed nine guards, among them the camp chief, Musa Bello.",
                 "Nine guards were killed by the militia, among them the camp chief, Musa Bello."):
        assert not any(named_dead(t) for t in nlp(text)), text
