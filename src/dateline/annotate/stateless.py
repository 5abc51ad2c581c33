"""Drop the events whose every actor is a body with no state: a firm, a product, a festival is no actor of the record.

OUTPUT.md section 5 asks for "at least one identifiable actor" of the record: a person, a state, a body or a group
of a state, or an organisation that acts for no state. What the tagger reads as an organisation (or a place) and no
rule ties to a state is, on real pages, mostly a firm or a product ("Quorvex agreed to buy Lumina Software"), a stock
index, a festival, or a place the tagger took for a body; the learned model and the lexicon read their business as
acts. An event told only of such names is dropped.

Kept: an event with a person, a state, a body a rule gave a state (or a guess of one), a group, or a place acted on
among its actors (a place as the doer is not enough: the tagger reads firms and festivals as places too); one of a
public or political body or a bloc whose state no rule found ("the Supreme Court", "Congress", "the People's Party",
"the African Union": its last word is an institution's, a party's or a bloc's, ``BODY_HEADS``); one whose name
opens with a given name (a person the tagger misread); and one of an organisation that acts for no state, named in
``lexicons/intl_actors.tsv`` (the United Nations, the Red Cross, al-Qaeda, from PETRARCH2's actor dictionaries).
Written here because no library tells a firm from an intergovernmental body; the dictionary that does is data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dateline.annotate.countries import international_actor
from dateline.annotate.person_country import HOME_BODY_HEADS
from dateline.annotate.posts import INSTITUTIONS
from dateline.lexicons import word_class
from dateline.model import Entity, Event
from dateline.names import given_names

WORDS = "annotate_words"
BLOC_HEADS = word_class("bloc_head", WORDS)
"""Last words of blocs and political groupings that are no state's organ ("union", "league", "alliance")."""
BODY_HEADS = INSTITUTIONS | HOME_BODY_HEADS | BLOC_HEADS
"""Last words of public and political bodies ("Supreme Court", "Congress", "People Power Party"): such a body acts in
the record though no rule found its state (that is a state the actor reading missed, not a firm)."""

STATELESS_TYPES = frozenset({"ORG", "LOC"})
"""Entity types that need a state, or the dictionary, to act in the record. A place with no state known still takes
part as the one acted on ("insurgents seized the port town of X"), never as the doer."""


def acts_in_record(entity: Entity, doer: bool = True) -> bool:
    """Whether an entity can be an event's actor alone: a person, a state, a group, a body tied to a state, a place
    acted on (``doer`` false), or a listed international organisation under its name or an alias."""
    if entity.type not in STATELESS_TYPES or entity.country or entity.country_guess:
        return True
    if entity.type == "LOC" and not doer:
        return True
    words = entity.name.lower().split()
    if words and words[-1] in BODY_HEADS:
        return True
    if len(words) >= 2 and words[0] in given_names():
        return True  # a person the tagger took for a body ("Vesna Hollis")
    return any(international_actor(name) for name in (entity.name, *entity.aliases))


def with_record_actors(events: Iterable[Event], entities: Sequence[Entity]) -> list[Event]:
    """The events with at least one actor that can act in the record (``acts_in_record``); an event with no actor
    at all is left to the rules that built it."""
    by_id = {e.id: e for e in entities}
    out = []
    for ev in events:
        actors = [by_id[i] for i in ev.actors() if i in by_id]
        if not actors or any(acts_in_record(a, doer=a.id in ev.source) for a in actors):
            out.append(ev)
    return out
