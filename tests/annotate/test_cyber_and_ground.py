"""Computer intrusion has its own trigger entries (lexicons/event_triggers.jsonl: coerce.hack, coerce.deface); ground
taken through a partitive object is an assault (clauses._taken)."""

from __future__ import annotations

from event_helpers import countries, of_type


def test_breaking_into_computers_is_cyber_coercion(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Hackers working for Belarus hacked into the email accounts of Lithuanian ministers on Friday.")
    [coerce] = of_type(doc, "COERCE")
    assert coerce.mode == "cyber" and "BLR" in countries(doc, coerce.source)
    doc = annotate_text("Activists from Chile defaced dozens of Bolivian government websites on Sunday.")
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "cyber")]


def test_hacked_to_death_is_no_cyber_attack(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Gunmen hacked a Kenyan farmer to death with machetes on Sunday.")
    assert not [e for e in doc.events if e.mode == "cyber"]


def test_part_of_a_stronghold_taken_is_an_assault(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Bolivian troops captured part of a Paraguayan rebel stronghold near the border on Friday.")
    assert of_type(doc, "ASSAULT") and not of_type(doc, "COERCE"), [(e.type, e.trigger) for e in doc.events]
