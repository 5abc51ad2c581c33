"""A lead's unnamed subject ("A Lisbon man", "Two county jail guards") is the person(s) the next sentences bring in
(``arguments.ArgumentReader._by_named_later``); invented texts."""

from __future__ import annotations

import pytest

from event_helpers import names, of_type


def test_a_described_man_is_the_person_named_after_the_lead(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A Lisbon man was charged on Monday with threatening to kill a judge, prosecutors said.\n\n"
                        "Rui Vaz, 41, of Almada, was arrested in May after a call to the court.")
    threats = of_type(doc, "THREATEN")
    assert threats and all(names(doc, ev.source) == {"Rui Vaz"} for ev in threats), doc.events
    assert not any("Lisbon" in names(doc, ev.actors()) for ev in doc.events), doc.events


def test_counted_guards_are_the_people_named_after_the_lead(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Two county jail guards were charged Friday with falsifying logs in the death of inmate "
                        "Omar Ruiz.\n\nProsecutors said Dana Holt and Lee Marsh, who worked the night shift, slept "
                        "through their rounds.")
    charges = of_type(doc, "ACCUSE")
    assert charges and names(doc, charges[0].target) == {"Dana Holt", "Lee Marsh"}, doc.events


@pytest.mark.parametrize("text", [
    # the first person brought in only speaks of the man: he is a witness, not the man
    "A Lisbon man was charged on Monday with threatening to kill a judge.\n\nRui Vaz, a court clerk, said the "
    "calls had lasted for weeks.",
    # the lead counts two, the next sentence names one
    "Two county jail guards were charged Friday with falsifying logs in the death of inmate Omar Ruiz.\n\nDana "
    "Holt, the warden, was placed on leave.",
])
def test_no_one_named_later_who_does_not_fit_the_lead(annotate_text, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    lead = [ev for ev in doc.events if ev.evidence.start < text.index("\n")]
    assert lead and not any(names(doc, ev.actors()) & {"Rui Vaz", "Dana Holt"} for ev in lead), doc.events


def test_someone_the_lead_names_is_not_its_unnamed_subject(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A Lisbon man pleaded guilty on Monday to sending death threats to Judge Ana Costa.\n\n"
                        "Ana Costa was given police protection in March.")
    lead = [ev for ev in doc.events if ev.evidence.start < doc.body.index("\n")]
    assert lead and not any("Ana Costa" in names(doc, ev.source) for ev in lead), doc.events


def test_a_surname_alone_after_the_lead_is_not_its_unnamed_subject(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A Lisbon man was charged on Monday with threatening to kill a judge.\n\n"
                        "Costa was given police protection in March.")
    lead = [ev for ev in doc.events if ev.evidence.start < doc.body.index("\n")]
    assert lead and not any("Costa" in names(doc, ev.actors()) for ev in lead), doc.events
