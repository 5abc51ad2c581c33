"""Tell the trips that are a vehicle's run, not a visit: "the night train came off the tracks", "the ferry can make
the crossing between the two ports in 90 minutes", "the 600km trip between A and B".

A visit is a person or a delegation going to a place or a host (OUTPUT.md section 5: CONSULT visit). A train, a
ferry or a bus that comes, goes or makes a trip only runs its route, and a trip told "between" two places with no
traveller of its own ("the trip between A and B takes seven hours") names a route: neither is anyone's visit, whatever
the lexicon's verbs of coming and nouns of travel or the learned decision read in them. ``events.find_events`` skips a
CONSULT trigger ``vehicle_run`` names a vehicle or a route for.

A vehicle that overturns, crashes or capsizes with no object (``natural_agents.ACCIDENT_LEMMAS``: "the train came off
the tracks and overturned") has an accident: no verdict is overturned and no one is attacked, whatever type the verb
has in other senses (``vehicle_mishap``, any type).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.natural_agents import ACCIDENT_LEMMAS
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

VEHICLE_NOUNS = word_class("vehicle_nouns")
"""Heads of vehicles that run a route ("train", "ferry", "bus"), also the last word of a named one ("the Sunrise
Train")."""
TRIP_NOUNS = word_class("trip_nouns")
"""Nouns of travel that may name a route ("trip", "journey", "crossing"); "talks between A and B" are no route."""
ROUTE_PREPS = frozenset({"between"})
"""Prepositions by which a trip noun names the two ends of a route ("the trip between A and B")."""
TRAVELLER_DEPS = frozenset({"poss"})
"""Relations of a trip noun's own traveller ("her trip between the two capitals" is hers, a visit may be told)."""


def _vehicle(noun: Token) -> bool:
    """Whether ``noun`` or a word compounded with it names a vehicle."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in VEHICLE_NOUNS or w.lower_ in VEHICLE_NOUNS for w in words)


def vehicle_run(tok: Token) -> Token | None:
    """The vehicle or the route that makes a word of travel no visit (see the module docstring), or None: a verb's
    subject, or for a noun the subject of the verb that holds it, when it is a vehicle; a trip noun's "between"."""
    holder: Token | None = None
    if tok.pos_ in ("VERB", "AUX"):
        holder = tok
    elif tok.pos_ in ("NOUN", "PROPN"):
        if tok.lemma_.lower() in TRIP_NOUNS and any(c.dep_ == "prep" and c.lower_ in ROUTE_PREPS
                                                    for c in tok.children) and not any(
                c.dep_ in TRAVELLER_DEPS for c in tok.children):
            return tok
        holder = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if holder is None:
        return None
    return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and _vehicle(c)), None)


def vehicle_mishap(verb: Token) -> Token | None:
    """The vehicle that a verb of a mishap with no object befalls ("the ferry [capsized]", "came off the tracks and
    [overturned]": the subject of the verb it is coordinated with), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ACCIDENT_LEMMAS or any(
            c.dep_ == "dobj" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((c for c in subjects if _vehicle(c)), None)
