"""Harm done by a storm, a flood or a disease has no actor and is no event (annotate/natural_agents.py, issue 12).
Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.natural_agents import natural_doer
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_floods_storms_and_cholera_assault_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Floods killed 30 people in western Kenya on Monday. Cholera has killed 40 people in Malawi "
                        "since January. Typhoon Hagibis battered Japan on Saturday.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_troops_that_open_fire_still_assault(annotate_text: Any) -> None:
    doc = annotate_text("Russian troops opened fire on Ukrainian positions on Monday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_the_doer_of_a_hanging_participle_is_its_verbs_subject(nlp: Any) -> None:
    doc = nlp("The earthquake hit southern Turkey on Monday, killing 12 people.")
    killing = next(t for t in doc if t.text == "killing")
    assert natural_doer(killing).text == "earthquake"
    assert natural_doer(next(t for t in nlp("Rebels killed 12 people.") if t.text == "killed")) is None


@pytest.mark.parametrize("text", [
    "Covid-19 has killed more than 2,000 people in Peru, the health ministry said on Monday.",
    "Six centuries ago the Black Death swept across Europe and Asia, killing a third of their people.",
    "Famine killed thousands in Somalia in 2011.",
])
def test_an_epidemic_or_a_famine_attacks_no_one(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_troops_that_kill_still_assault(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan troops killed 12 militants near Kismayo on Monday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_waves_assault_no_one(annotate_text: Any) -> None:
    doc = annotate_text("Giant waves smashed into the coasts of Sri Lanka and Thailand on Sunday, destroying homes.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_a_wave_of_strikes_is_no_force_of_nature(nlp: Any) -> None:
    doc = nlp("A wave of air strikes killed 30 people in Vesk on Sunday.")
    assert natural_doer(next(t for t in doc if t.text == "killed")) is None


@pytest.mark.parametrize("text", [
    "In Borduria, the collapsing roofs killed several fishermen when huge waves hit the harbour.",
    "More than 50 people were injured when five carriages of a passenger train derailed in northern Kenya.",
])
def test_harm_when_a_force_strikes_or_a_vehicle_fails_is_no_assault(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_harm_when_a_bomb_goes_off_stays_an_assault(annotate_text: Any) -> None:
    doc = annotate_text("Three Kenyan soldiers were wounded when a buried bomb exploded near Mandera on Monday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_a_warning_that_a_disease_may_kill_threatens_no_one(annotate_text: Any) -> None:
    doc = annotate_text("Kenya's health ministry warned on Monday that disease in the flooded areas could kill more "
                        "people than the floods.")
    assert not of_type(doc, "THREATEN"), _types(doc)


def test_a_warning_of_ones_own_strike_stays_a_threat(annotate_text: Any) -> None:
    doc = annotate_text("Russia warned Ukraine on Tuesday that it would strike any ship entering the zone.")
    assert of_type(doc, "THREATEN"), _types(doc)


def test_a_warning_of_floods_threatens_no_one(nlp: Any) -> None:
    from dateline.annotate.natural_agents import warns_of_nature

    doc = nlp("Kenya's weather service warned of floods in the west on Monday.")
    assert warns_of_nature(next(t for t in doc if t.text == "warned")).text == "floods"
    threat = nlp("Russia warned of a strike on any ship entering the zone.")
    assert warns_of_nature(next(t for t in threat if t.text == "warned")) is None
