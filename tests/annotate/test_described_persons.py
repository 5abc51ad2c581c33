"""A run of capitalised name parts a person noun describes is a person where the tagger saw nothing or an
organisation (``nlp.NameRepair._add_described_persons``): a person noun heading its apposition or standing right
before it, or an age between commas after it. Invented texts."""

from __future__ import annotations

import pytest


def persons(nlp, text):  # type: ignore[no-untyped-def]
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(("text", "person"), [
    ("Patience Wambui, a nurse in Nyeri, said the ward had had no water since June.", "Patience Wambui"),
    ("Hope Tembo, Zambia's deputy mines minister, opened the smelter.", "Hope Tembo"),
    ("Marisol Quispe, 45, was pulled from the river near Cusco.", "Marisol Quispe"),
    ("The verdict was read out by her lawyer Somchai Wongsakul outside the court.", "Somchai Wongsakul"),
])
def test_a_name_a_person_noun_describes_is_a_person(nlp, text, person):  # type: ignore[no-untyped-def]
    assert person in persons(nlp, text), nlp(text).ents


@pytest.mark.parametrize("text", [
    "Tembo Holdings, a firm owned by a farmer, bought the mill.",
    "Kasai Star Lines, the shipping group, said the port was closed.",
    "Talks moved to Port Harcourt, a city of oil workers, on Friday.",
])
def test_a_name_no_person_noun_describes_stays_what_it_was(nlp, text):  # type: ignore[no-untyped-def]
    assert not persons(nlp, text), nlp(text).ents
