"""An event told only of bodies with no state (a firm, a product, a festival) is no event of the record; public
bodies and international organisations still act (annotate/stateless.py, issue 13). Every name here is invented,
except those of international organisations, which the dictionary must know."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.countries import international_actor
from dateline.annotate.stateless import acts_in_record, with_record_actors
from dateline.model import Entity, Event, Evidence
from event_helpers import of_type


def _org(name: str, country: str | None = None, type_: Any = "ORG") -> Entity:
    return Entity(id=f"e:{name.lower().replace(' ', '-')}", type=type_, name=name, country=country)


@pytest.mark.parametrize(("entity", "acts"), [
    (_org("Quorvex"), False),                      # a firm no rule ties to a state
    (_org("Harvest Lantern"), False),               # a festival or a product
    (_org("Telmari Gorge", type_="LOC"), False),    # a place with no state known does not act (it may be acted on)
    (_org("Sahel Ulmari Union"), True),              # a bloc
    (_org("Quorvex", "USA"), True),                 # a firm a rule tied to a state
    (_org("Supreme Court"), True),                  # a state's organ whose state was missed
    (_org("Ulmaran People's Party"), True),         # a party
    (_org("Red Cross"), True),                      # an organisation that acts for no state
    (_org("United Nations"), True),
    (_org("Vesna Hollis", type_="PERSON"), True),
    (_org("Vesna Hollis"), True),                   # a person the tagger took for a body
    (_org("Ulmaran students", type_="GROUP"), True),
])
def test_who_can_act_alone(entity: Entity, acts: bool) -> None:
    assert acts_in_record(entity) is acts


def test_an_alias_in_the_dictionary_is_enough() -> None:
    assert acts_in_record(Entity(id="e:x", type="ORG", name="ECOWAS bloc", aliases=("ECOWAS",)))
    assert all(map(international_actor, ["the United Nations", "Red Cross", "ECOWAS"]))


def test_an_event_needs_one_actor_that_can_act_alone() -> None:
    firm, other, state = _org("Quorvex"), _org("Lumina Software"), _org("Ulmara", "FRA", "GPE")
    said = Evidence("A sentence.", 0, 11)
    deal = Event(id="v:1", type="AGREE", evidence=said, source=(firm.id,), target=(other.id,))
    sale = Event(id="v:2", type="AGREE", evidence=said, source=(firm.id,), target=(state.id,))
    bare = Event(id="v:3", type="DIE", evidence=said)
    town = _org("Telmari", type_="LOC")
    seized = Event(id="v:4", type="ASSAULT", evidence=said, target=(town.id,))
    by_town = Event(id="v:5", type="REQUEST", evidence=said, source=(town.id,))
    assert with_record_actors([deal, sale, bare, seized, by_town], [firm, other, state, town]) == [sale, bare, seized]


def test_a_firm_buying_a_firm_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text("Quorvex agreed to buy Lumina Software for $2 billion on Monday.")
    assert not of_type(doc, "AGREE"), [(e.type, e.trigger) for e in doc.events]


def test_public_bodies_and_the_united_nations_still_act(annotate_text: Any) -> None:
    doc = annotate_text("The United Nations rejected the request on Monday. The Supreme Court rejected the appeal "
                        "on Tuesday.")
    assert len(of_type(doc, "REJECT")) == 2, [(e.type, e.trigger) for e in doc.events]


def test_armed_groups_coded_with_dated_codes_are_listed() -> None:
    # PETRARCH2 dates the Islamic State's code (from 2013): the table keeps it all the same
    assert all(map(international_actor, ["ISIS", "Islamic State", "al-Qaeda"]))


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a foreign name after a person noun, which the tagger may read as a body, is a person's
    ("A Riga court convicted the banker Ivars Ozols of bribery in 2018.", "Ivars Ozols", "PERSON"),
    # a name given by an "of" phrase on a place noun, or a "with" phrase on a border, is a place's
    ("Insurgents seized the port town of Lamu on Saturday.", "Lamu", "LOC"),
    ("The defence minister ordered more troops to the border with Arborg on Friday.", "Arborg", "LOC"),
    # a name after a capitalised title is a person's, unless it is one word of the title itself
    ("President Okafor of Nigeria escaped an attack on his convoy near Kano on Sunday.", "Okafor of Nigeria", "PERSON"),
    ("Speaking in Osaka on Monday, Chief Cabinet Secretary Aris Kade denounced the launch.", "Cabinet", "ORG"),
])
def test_persons_and_places_the_tagger_reads_as_bodies(annotate_text: Any, text: str, name: str, kind: str) -> None:
    doc = annotate_text(text)
    assert [e.type for e in doc.entities if e.name == name] == [kind], [(e.name, e.type) for e in doc.entities]
