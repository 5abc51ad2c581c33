"""Tell a trip named as the occasion of another act: "During a state visit to Peru, Kowalski signed three
accords", "Kowalski, on a visit to Peru, signed three accords", "angered Beijing during a secret trip to Taipei".

A visit noun that is the object of another event's verb is a reference to a visit told elsewhere
(``events._subordinate`` skips it). A trip with a destination of its own, told as the time within which the act was
done ("during", "on a visit to"), or brought in as new ("during a secret visit"), is the visit itself: the act was done
on it, and the trip happened (GUIDE.md: a trip to a country is CONSULT visit). "After the visit" only dates another act
(``anchors.time_anchor``); "commented on the visit to Peru" names the visit as a topic (a definite "on" phrase stays a
reference); "was detained during a holiday trip to Chile" tells what befell the traveller, with the trip only its
setting (a passive verb keeps the trip a reference).

``_role_occasion_traveller`` and ``_role_occasion_place`` (passes of ``events.ROLE_PASSES``) give such a trip its
traveller (the one the phrase hangs on, "Kowalski, on a visit to Peru, ...", or the subject of the act done on it) and,
with no destination, the act's own place.

A host who "played host to" a visitor received a visit as one who "hosted" it (GUIDE.md: the visitor the source, the
host the target); "played host to talks between A and B" is mediation, left to the learned decision's third-party
reading (``played_host_to``, ``construction.played_host``, ``_role_guest_visits``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import (DEFINITE_DETERMINERS, MEETING_NOUNS, PLACE_PREPS, ArgumentReader, Arguments,
                                         is_passive)
from dateline.annotate.event_records import Trigger
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

OCCASION_TRIP_NOUNS = word_class("occasion_trip_nouns")
"""Nouns of a journey that an act may be done on ("visit", "trip", "tour", "mission")."""
WITHIN_PREPS = frozenset({"during"})
"""Prepositions that place an act within a trip, whatever its determiner ("during the visit to Peru")."""
ON_PREPS = frozenset({"on"})
"""Prepositions that place an act on a trip only with an indefinite or possessive determiner ("on a visit to Peru",
"on his first trip to Peru"); "on the visit to Peru" is as often a topic ("commented on the visit")."""
DESTINATION_PREPS = frozenset({"to"})
INDEFINITE_DETERMINERS = frozenset({"a", "an"})
"""Articles of a trip brought in as new: "during a secret visit" tells the trip even with no destination (the act's
own place tells where it went: "signed the deal in Vilnius during an unannounced visit")."""
"""Prepositions of a trip's own destination."""


def _destination(noun: Token) -> Token | None:
    """The place a trip noun goes to ("a visit to Peru"): the object of its "to" phrase."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)


def _new_trip(noun: Token) -> bool:
    """Whether a trip noun is brought in as new ("during a secret visit"), not one told before ("during the visit",
    "during his visit"): an indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children)


def trip_as_occasion(noun: Token) -> bool:
    """Whether a trip noun with a destination of its own is the occasion another act was done on ("signed the accords
    during a state visit to Peru", "on a visit to Peru"), so that it tells the trip rather than refers to it."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in OCCASION_TRIP_NOUNS:
        return False
    if _destination(noun) is None and not (noun.head.lower_ in WITHIN_PREPS and _new_trip(noun)):
        return False
    if noun.head.head.pos_ in ("VERB", "AUX") and is_passive(noun.head.head):
        return False
    prep = noun.head.lower_
    if prep in WITHIN_PREPS:
        return True
    return prep in ON_PREPS and not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _role_occasion_traveller(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The traveller of a trip told as the occasion of an act, when the reader found none: the actor the phrase hangs
    on ("Diallo, on a state visit to Turkey, signed ...") or else the subject of the verb it hangs on ("signed the
    accords during a visit to Turkey")."""
    if trig.type != "CONSULT" or not trig.nominal or args.source or not trip_as_occasion(trig.token):
        return
    holder = trig.token.head.head
    if holder.pos_ in ("VERB", "AUX"):
        holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
    if holder.pos_ in ("VERB", "AUX"):
        return
    found = [a for a in reader.actor(holder) if a not in args.target]
    if found:
        LOGGER.debug("traveller of a trip told as an occasion: %s for %r", found, trig.token.text)
        args.source = found


def _role_occasion_place(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The place of a trip told with no destination as the occasion of an act is the act's own place: "signed the
    deal with Lithuania in Vilnius during an unannounced visit" went to Vilnius (``_role_visited_state`` then makes
    its state the host)."""
    if trig.type != "CONSULT" or not trig.nominal or args.location or args.target or _destination(trig.token) \
            or not trip_as_occasion(trig.token):
        return
    verb = trig.token.head.head
    trip = {t.i for t in trig.token.subtree}
    place = next((a for t in verb.subtree if t.i not in trip and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS
                  for a in reader.actor(t) if actors.type_of(a) in ("GPE", "LOC")), None)
    if place is not None:
        LOGGER.debug("place of a trip told as an occasion: %s for %r", place, trig.token.text)
        args.location = place


HOSTING_NOUNS = frozenset({"host"})
"""The noun of "played host to", whose "to" phrase names the guest."""


def played_host_to(verb: Token) -> Token | None:
    """The guest of "played / plays host to X" when X is a visitor, not talks or a gathering ("played host to her
    Danish counterpart": the counterpart; "played host to talks between A and B": None)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "play" or not any(
            c.dep_ in ("dobj", "attr") and c.lower_ in HOSTING_NOUNS for c in verb.children):
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr") and c.lower_ in HOSTING_NOUNS)]
    guest = next((g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"), None)
    if guest is None or guest.lemma_.lower() in MEETING_NOUNS or guest.lower_ in MEETING_NOUNS:
        return None
    return guest


def _role_guest_visits(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The guest of "played host to X" made the visit (the source), the host received it (the target), as for "hosted"
    (``roles_meetings._role_host_receives_visitor``)."""
    if trig.entry_id != "construction.played_host" or (guest := played_host_to(trig.token)) is None:
        return
    guests = reader.actor(guest)
    hosts = [a for c in trig.token.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    if guests and hosts:
        LOGGER.debug("guest %s visits host %s", guests, hosts)
        args.source = [a for a in guests if a not in hosts]
        args.target = hosts
