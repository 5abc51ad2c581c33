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


@pytest.mark.parametrize("text", [
    "Asked whether Brazil would recognise the vote, the Brazilian foreign minister Ana Lima said it was too early.",
    "The Ghanaian opposition leader Kwame Boateng asked what law he had broken.",
    "The Kenyan foreign minister was asked why Nairobi had recalled its envoy to Uganda.",
])
def test_an_indirect_question_is_no_demand(annotate_text: Callable[..., Document], text: str) -> None:
    # asking whether / what / why asks for an answer, not for an act
    doc = annotate_text(text)
    assert "REQUEST" not in {e.type for e in doc.events}


@pytest.mark.parametrize("text", [
    "Nigeria's foreign minister asked Ghana to reopen the border.",
    "The Chilean president asked that Peru release the fishermen.",
])
def test_asking_for_an_act_stays_a_demand(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert "REQUEST" in {e.type for e in doc.events}


@pytest.mark.parametrize("text", [
    "Kenyan President William Mutai called off the Kampala summit on Friday to deal with a violent strike.",
    "Chilean Foreign Minister Rosa Vidal called off her trip to Caracas to deal with a violent riot in Santiago.",
    "The Ghanaian president called off the Lome leg of his tour so as to deal with a deadly flood.",
])
def test_calling_off_a_visit_is_no_accusation(annotate_text: Callable[..., Document], text: str) -> None:
    # "call off" is no verb of calling: the bad words of its purpose clause condemn nobody
    doc = annotate_text(text)
    assert "ACCUSE" not in {e.type for e in doc.events}
