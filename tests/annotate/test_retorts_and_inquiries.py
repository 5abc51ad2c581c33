"""Accusations told by a retort, an inquiry into wrongdoing or a lawsuit, and a medium that is no side (issue 12:
events found nowhere). All sentences invented; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, speaker", [
    # a clause says what the retort was
    ("Senator Paulo Reis hit back that the finance minister had misled parliament for months.", "Paulo Reis"),
    # a verb of saying goes with it
    ("Angolan Foreign Minister Ines Duarte hit back on Friday, insisting that the envoy had broken no rule.",
     "Ines Duarte"),
    # made in a message
    ("Chilean Interior Minister Tomas Vial hit out at the ruling in a statement on Friday.", "Tomas Vial"),
])
def test_a_retort_in_words_is_an_accusation(annotate_text: Annotate, text: str, speaker: str) -> None:
    doc = annotate_text(text)
    [accuse] = _of_type(doc, "ACCUSE")
    assert _names(doc, accuse.source) == {speaker}
    assert accuse.mode == "disapprove"


@pytest.mark.parametrize("text", [
    "The Georgian army hit back with artillery fire on Sunday.",
    "Rebel units struck back at army positions near the river crossing.",
])
def test_a_retort_in_force_accuses_nobody(annotate_text: Annotate, text: str) -> None:
    assert not _of_type(annotate_text(text), "ACCUSE")


def test_a_verb_of_calling_beside_a_retort_keeps_its_target(annotate_text: Annotate) -> None:
    doc = annotate_text("Foreign Minister Ines Duarte hit back on Friday, calling the report a slander against Angola.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert _countries(doc, accuse.target) == {"AGO"}


@pytest.mark.parametrize("text, state", [
    ("Uruguay's interior ministry is investigating alleged fraud in a lottery tender.", "URY"),
    ("Police in Lima are investigating the murder of a Peruvian radio reporter.", "PER"),
])
def test_an_inquiry_into_wrongdoing_is_an_accusation(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [accuse] = _of_type(doc, "ACCUSE")
    assert accuse.mode == "investigate"
    assert _countries(doc, accuse.source) == {state}


def test_an_inquiry_into_a_cause_is_no_accusation(annotate_text: Annotate) -> None:
    assert not _of_type(annotate_text("Geologists in Iceland are investigating the cause of the landslide."), "ACCUSE")


def test_a_lawsuit_is_an_accusation(annotate_text: Annotate) -> None:
    doc = annotate_text("The Ecuadorian government sued the Danish shipping firm Nordhav Lines for damages on Monday.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert _countries(doc, accuse.source) == {"ECU"}
    assert _names(doc, accuse.target) == {"Nordhav Lines"}


@pytest.mark.parametrize("text", [
    "Chilean Interior Minister Tomas Vial criticised the expulsion on Twitter late on Monday.",
    "Chilean Interior Minister Tomas Vial condemned the verdict on state television on Monday.",
])
def test_the_medium_of_a_statement_is_no_target(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    [accuse] = _of_type(doc, "ACCUSE")
    assert _names(doc, accuse.source) == {"Tomas Vial"}
    assert not accuse.target
