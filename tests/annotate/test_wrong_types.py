"""Wrong event types: the rule or model gives a type where the sentence tells another (invented examples).
Publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document


@pytest.mark.parametrize("text", [
    "Former Bolivian president Evo Morales was arrested at La Paz airport on Monday on a warrant from a court in Sucre.",
    "Police detained the Kenyan opposition leader Daniel Otieno at Mombasa port on Sunday.",
    "The Ghanaian journalist Kofi Mensah was arrested in the border town of Aflao on Friday.",
])
def test_an_arrest_where_a_town_or_airport_is_the_place_stays_an_arrest(
        annotate_text: Callable[..., Document], text: str) -> None:
    # the airport or town named by "at" / "in" is where the arrest happened, not ground taken by force
    doc = annotate_text(text)
    assert {e.type for e in doc.events} == {"COERCE"}


def test_a_town_seized_is_still_an_assault(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Militants seized the border town of Mandera on Sunday.")
    assert {e.type for e in doc.events} == {"ASSAULT"}
