"""Sealing a place in by force ("besieged the campus", "laid siege to the seminary") is COERCE restrict (CAMEO 191,
PETRARCH2's "besiege"), not an assault; a crowd of fans or a flood of letters besieges no one. All sentences
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, state", [
    ("Uruguayan riot police besieged a technical college in Salto on Thursday, letting none of its 300 pupils out.",
     "URY"),
    ("Guatemalan soldiers laid siege to a seminary outside Coban on Saturday, trapping 40 novices inside.", "GTM"),
])
def test_a_siege_by_police_or_troops_restricts(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [siege] = _of_type(doc, "COERCE")
    assert siege.mode == "restrict"
    assert _countries(doc, siege.source) == {state}
    assert not _of_type(doc, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The Uruguayan tenor was besieged by admirers outside the opera house in Salto.",
    "The Guatemalan consulate was besieged with requests for passports after the storm.",
])
def test_fans_or_letters_besiege_no_one(annotate_text: Annotate, text: str) -> None:
    assert not _of_type(annotate_text(text), "COERCE")
