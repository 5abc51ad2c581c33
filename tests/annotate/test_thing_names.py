"""A name a common noun of a kind of thing classes is that thing, not a person (``nlp.NameRepair._names_a_thing``):
the noun before it, heading its apposition or, for a place or a product, after it; a storm's or a ship's word
opening it, a prize's or a firm's word ending it. Invented texts."""

from __future__ import annotations

import pytest


def persons(nlp, text):  # type: ignore[no-untyped-def]
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(("text", "thing"), [
    ("Coastguards boarded the cargo vessel Lady Imelda off Durres on Sunday.", "Imelda"),
    ("Downloads of the dating app Selina doubled in Manila after the ban was lifted.", "Selina"),
    ("Cyclone Farida made landfall near Beira overnight, cutting roads to the north.", "Farida"),
    ("Ruth Amadi was given this year's Tobias Lund Medal for her reporting from Goma.", "Tobias Lund"),
    ("Tickets for Harriet Vale, the synth-pop band from Cork, sold out within minutes.", "Harriet Vale"),
    ("He drove his battered Lucia sedan to the border.", "Lucia"),
    ("Doctors in Lima prescribed Marivel, a blood-pressure drug sold in India.", "Marivel"),
    ("Fans streamed Ruben Cole, the hip-hop band formed in Accra in 2015.", "Ruben Cole"),
    ("The Greta Holm supercomputer in Umea ran the model overnight.", "Greta Holm"),
])
def test_a_name_a_thing_noun_classes_is_no_person(nlp, text, thing):  # type: ignore[no-untyped-def]
    found = persons(nlp, text)
    assert not any(thing in name for name in found), found


@pytest.mark.parametrize(("text", "person"), [
    ("A spokesman for the airline, Grace Adomako, said flights would resume on Monday.", "Grace Adomako"),
    ("Talks stalled, said the head of Ghana's largest insurer, Kojo Asamoah, on Tuesday.", "Kojo Asamoah"),
    ("The board has hired Pavel Horak, the company said on Monday.", "Pavel Horak"),
    ("Noor Haddad, the band's lead singer, left the tour in Oslo.", "Noor Haddad"),
    ("Ruth Amadi, a drug company chemist, won the prize.", "Ruth Amadi"),
])
def test_a_person_near_a_thing_noun_stays_a_person(nlp, text, person):  # type: ignore[no-untyped-def]
    assert person in persons(nlp, text), persons(nlp, text)
