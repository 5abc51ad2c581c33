"""Test that places, states, documents and fragments read as people or organisations get their real kind."""

from __future__ import annotations

from dateline.lexicons import load_table
from dateline.resolve.kinds import Kind, clean_name, correct_kind


def test_the_word_list_has_known_kinds() -> None:
    rows = load_table("entity_kinds")
    assert rows and {row[1] for row in rows} == {"place", "document", "fragment", "title"}
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
    assert correct_kind("REUTERS/Gleb Garanich", "ORG") == Kind(None, rule="cut")
    assert correct_kind("Tchiani, Goïta and", "ORG") == Kind(None, rule="cut")
    assert correct_kind("X. Earlier", "ORG") == Kind(None, rule="cut")
    assert correct_kind("Lt Col", "PERSON") == Kind(None, rule="no name")
    assert correct_kind("Holcomb's 2016", "PERSON") == Kind(None, rule="no name")
    assert correct_kind("Gen Waqar-uz-Zaman", "PERSON") is None


def test_real_people_and_organisations_stand() -> None:
    assert correct_kind("Korean Central News Agency", "ORG") is None
    assert correct_kind("Foreign Ministry", "ORG") is None
    assert correct_kind("Aleksandr Matsegora", "PERSON") is None
    assert correct_kind("George W. Bush", "PERSON") is None
    assert correct_kind("Mandela Corridor for Regional Trade and Development", "ORG") is None
    assert correct_kind("Trade Ministry", "ORG") is None
    assert correct_kind("Moscow", "LOC") is None  # only people and organisations are corrected
    # a person who holds a post is a person, whatever place shares the name
    assert correct_kind("Vilnius", "PERSON", holds_post=True) is None


def test_resolution_retypes_drops_and_rejoins_entities_across_the_run() -> None:
    from dateline.model import Document, Entity, Event, Evidence, Source, Span
    from dateline.pipeline import resolve_run

    a = Document(Source("a.txt"), "Nahid Islam spoke.", entities=(
        Entity("p1", "PERSON", "Nahid Islam", (), "BGD", (Span(0, 11),)),))
    body = "Nahid Islam cited the UN Charter in Dhaka."
    b = Document(Source("b.txt"), body, entities=(
        Entity("o1", "ORG", "Nahid Islam", (), None, (Span(0, 11),)),
        Entity("o2", "ORG", "UN Charter", (), None, (Span(22, 32),)),
        Entity("o3", "ORG", "Dhaka", (), None, (Span(36, 41),)),
    ), events=(Event("v:1", "REQUEST", Evidence(body, 0, len(body)), source=("o1",), target=("o2",),
                     location="o3"),))
    out_a, out_b = resolve_run([a, b])
    person = out_a.entities[0]
    kinds = {e.name: (e.type, e.country, e.id) for e in out_b.entities}
    assert kinds["Nahid Islam"] == ("PERSON", "BGD", person.id)
    assert kinds["Dhaka"][:2] == ("LOC", "BGD")
    assert "UN Charter" not in kinds
    (ev,) = out_b.events
    assert ev.source == (person.id,) and ev.target == () and ev.location == kinds["Dhaka"][2]


def test_an_event_whose_only_actors_are_dropped_is_no_event() -> None:
    """OUTPUT.md section 5: an event has at least one identifiable actor; one whose sides were only a document and a
    fragment is dropped with them, and an event with a real actor beside them stays."""
    from dateline.model import Document, Entity, Event, Evidence, Source, Span
    from dateline.pipeline import resolve_run

    body = "The Water Charter barred Trade in May. Lena Ostrova cited the Water Charter."
    doc = Document(Source("c.txt"), body, entities=(
        Entity("o1", "ORG", "Water Charter", (), None, (Span(4, 17),)),
        Entity("o2", "ORG", "Trade", (), None, (Span(25, 30),)),
        Entity("p1", "PERSON", "Lena Ostrova", (), "NOR", (Span(39, 51),)),
    ), events=(Event("v:1", "COERCE", Evidence(body, 0, 38), source=("o1",), target=("o2",)),
               Event("v:2", "ACCUSE", Evidence(body, 39, len(body)), source=("p1",), target=("o1",))))
    (out,) = resolve_run([doc])
    assert [ev.id for ev in out.events] == ["v:2"]
    assert out.events[0].target == ()


def test_a_town_read_as_a_person_is_a_place_unless_a_person_bears_the_name() -> None:
    from dateline.resolve.kinds import town_code

    assert town_code("Bucha") == "UKR"  # a town below the city threshold
    assert correct_kind("Bucha", "PERSON") == Kind("LOC", "UKR", "town")
    # "Machado" of "Maria Corina Machado" elsewhere in the run is her name, though a Brazilian town has it
    assert town_code("Machado") is not None
    assert correct_kind("Machado", "PERSON", name_words=frozenset({"maria", "corina", "machado"})) is None
    assert correct_kind("Bucha", "PERSON", holds_post=True) is None


def test_a_waterfall_a_drive_or_a_venue_read_as_a_person_is_a_place() -> None:
    # a town's falls, a residential drive, a concert venue: the last word names a place, not a family
    assert correct_kind("Kalambo Falls", "PERSON") == Kind("LOC", None, "place word")
    assert correct_kind("Marula Drive", "PERSON") == Kind("LOC", None, "place word")
    assert correct_kind("Harbourfront Amphitheatre", "PERSON") == Kind("LOC", None, "place word")
    assert correct_kind("Ruth Tembo", "PERSON") is None
