"""A name a common noun of a kind of thing classes is that thing, not a person (``nlp.NameRepair._names_a_thing``):
the noun before it, heading its apposition or, for a place or a product, after it; a storm's or a ship's word
opening it, a prize's, a firm's, a club's or a unit's word ending it. Invented texts."""

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


@pytest.mark.parametrize(("text", "thing"), [
    ("Shoppers queued outside Halvorsen Grand stores on Saturday for the winter sale.", "Halvorsen"),
    ("Striker Tomas Lind scored twice as Rothmund United beat Eilenburg Athletic on Saturday.", "Rothmund"),
    ("The goalkeeper left Borussia Kelling for a club in Porto.", "Kelling"),
    ("Trovix Europe will cut 200 jobs in Lyon, the firm said on Monday.", "Trovix Europe"),
    ("Soldiers of the 412th Aldric Brigade guarded the depot.", "Aldric"),
])
def test_a_club_a_store_a_unit_or_a_firm_s_regional_arm_is_no_person(nlp, text, thing):  # type: ignore[no-untyped-def]
    found = persons(nlp, text)
    assert not any(thing in name for name in found), found


@pytest.mark.parametrize(("text", "person"), [
    ("Tomas Lind, who plays for a club in Bergen, scored twice on Saturday.", "Tomas Lind"),
    ("Store manager Ines Marlow said the shop would open on Sunday.", "Ines Marlow"),
    ("Coach Pedro Alves said his club would appeal the ban.", "Pedro Alves"),
])
def test_a_person_beside_a_club_or_store_noun_stays_a_person(nlp, text, person):  # type: ignore[no-untyped-def]
    assert person in persons(nlp, text), persons(nlp, text)


def test_a_unit_s_name_before_a_post_word_stays_the_unit_s(nlp):  # type: ignore[no-untyped-def]
    # "MP" (a military police unit here) is also a post; the list is no apposition naming a person
    text = ("On Friday, troops from the 31st Coastal Police Brigade, 5th MP Brigade, 40th MP Brigade and two others "
            "moved north.")
    assert persons(nlp, text) == []
