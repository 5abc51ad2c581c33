"""A prisoner who walks out of prison, leaves jail or is let out of custody is released: RETREAT release of that person
(annotate/prison_exits.py, GUIDE.md). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "freed"), [
    ("The appeals court upheld the ruling, and former governor Ruben Salas walked out of Lurigancho prison on Friday.",
     "Ruben Salas"),
    ("Two weeks after the vote, opposition leader Omar Farouk left prison in a convoy of supporters.", "Omar Farouk"),
    ("Blogger Lina Haddad was let out of jail on Sunday after paying a fine.", "Lina Haddad"),
])
def test_leaving_prison_is_a_release(annotate_text: Callable[..., Document], text: str, freed: str) -> None:
    doc = annotate_text(text)
    releases = [e for e in _of_type(doc, "RETREAT") if freed in _names(doc, e.target)]
    assert [e.mode for e in releases] == ["release"]


@pytest.mark.parametrize("text", [
    "The Chilean delegation walked out of the meeting on Monday.",
    "The governor left the capital on Friday for talks in Lima.",
    "Guards walked the prisoners to the courthouse.",
])
def test_leaving_another_place_is_no_release(nlp, text: str) -> None:
    from dateline.annotate.prison_exits import prison_exit  # noqa: PLC0415

    assert not any(prison_exit(t) for t in nlp(text))
