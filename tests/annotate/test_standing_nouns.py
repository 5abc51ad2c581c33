"""Event nouns that tell no occurrence: an act guarded against, a description of a name (annotate/standing_nouns.py,
real-page audit class "non-events"). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from dateline.annotate.standing_nouns import describes_a_name, guarded_against
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_protection_against_shelling_is_no_shelling(annotate_text: Any) -> None:
    doc = annotate_text("The camp offers little protection against Russian shelling, residents said.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_a_measure_of_protection_to_villagers_against_shelling(annotate_text: Any) -> None:
    doc = annotate_text("The checkpoints and drone patrols offer a small degree of protection to the villagers "
                        "against Russian shelling and other attacks in the area, the priest said.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_an_operation_described_in_apposition_is_no_attack(annotate_text: Any) -> None:
    doc = annotate_text("Colonel Ana Diop, a spokeswoman for Barkhane, the French military operation against "
                        "jihadists in the Sahel, said the base would stay.")
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_shelling_told_as_done_stays(annotate_text: Any) -> None:
    doc = annotate_text("Russian troops shelled Kharkiv on Monday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_the_parse_readers(nlp: Any) -> None:
    doc = nlp("Refugees sought immunity from arrest. Police arrested the refugees.")
    arrest = next(t for t in doc if t.text == "arrest")
    assert guarded_against(arrest)
    assert not guarded_against(next(t for t in doc if t.text == "arrested"))
    dated = nlp("Desert Hawk, the 2011 Chadian offensive against the rebels, ended in May.")
    assert not describes_a_name(next(t for t in dated if t.text == "offensive"))
    dated = nlp("Desert Hawk, the Chadian offensive against the rebels in March 2011, ended in May.")
    assert not describes_a_name(next(t for t in dated if t.text == "offensive"))
    assert describes_a_name(next(t for t in nlp("Desert Hawk, the Chadian offensive against the rebels, ended.")
                                 if t.text == "offensive"))
