"""Test that places, states, documents and fragments read as people or organisations get their real kind."""

from __future__ import annotations

from dateline.lexicons import load_table
from dateline.resolve.kinds import Kind, clean_name, correct_kind


def test_the_word_list_has_known_kinds() -> None:
    rows = load_table("entity_kinds")
    assert rows and {row[1] for row in rows} == {"place", "document", "fragment"}
    words = [row[0] for row in rows]
    assert len(words) == len(set(words))


def test_places_and_states_read_as_organisations_or_people() -> None:
    assert clean_name("OSLO -") == "OSLO"
    assert correct_kind("OSLO -", "ORG") == Kind("LOC", "NOR", "city")
    assert correct_kind("Dhaka", "ORG") == Kind("LOC", "BGD", "city")
    assert correct_kind("Vilnius", "PERSON") == Kind("LOC", "LTU", "city")
    assert correct_kind("Dolmabahce Palace", "PERSON") == Kind("LOC", None, "place word")
    assert correct_kind("Burkina Faso", "ORG", country="BFA") == Kind("GPE", "BFA", "state")
    assert correct_kind("Georgia", "PERSON") == Kind("GPE", "GEO", "state")


def test_documents_and_fragments_are_no_entity() -> None:
    assert correct_kind("UN Charter", "ORG") == Kind(None, rule="document")
    assert correct_kind("Simla Agreement", "PERSON") == Kind(None, rule="document")
    assert correct_kind("Trade", "ORG") == Kind(None, rule="fragment")


def test_real_people_and_organisations_stand() -> None:
    assert correct_kind("Korean Central News Agency", "ORG") is None
    assert correct_kind("Foreign Ministry", "ORG") is None
    assert correct_kind("Aleksandr Matsegora", "PERSON") is None
    assert correct_kind("Trade Ministry", "ORG") is None
    assert correct_kind("Moscow", "LOC") is None  # only people and organisations are corrected
    # a person who holds a post is a person, whatever place shares the name
    assert correct_kind("Vilnius", "PERSON", holds_post=True) is None
