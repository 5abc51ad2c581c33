"""A demonym before a given name and a family name ("Chilean Marta Rojas") introduces a person of that state
(``nlp.NameRepair._add_demonym_named_persons``); invented texts."""

from __future__ import annotations

from event_helpers import countries, names, of_type


def test_two_people_each_introduced_by_a_demonym_are_persons_of_their_states(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean Marta Rojas and Peruvian Luis Vega, both engineers at a mining firm, were freed by "
                        "rebels in Colombia on Sunday.\n\nRojas and Vega were kidnapped by armed men near the border "
                        "in March 2023.")
    people = {e.name: e.country for e in doc.entities if e.type == "PERSON"}
    assert people == {"Marta Rojas": "CHL", "Luis Vega": "PER"}, people
    kidnappings = of_type(doc, "ASSAULT")
    assert kidnappings and names(doc, kidnappings[0].target) == {"Marta Rojas", "Luis Vega"}, doc.events
    assert countries(doc, kidnappings[0].target) == {"CHL", "PER"}


def test_a_demonym_before_a_name_the_tagger_already_reads_keeps_one_person(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The French journalist Anne Roche was released by her captors in Mali on Friday.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Anne Roche"]
