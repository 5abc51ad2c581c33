"""Give relief that arrives its giver: "A shipment of tents from Turkey arrived in Kabul", "the first planeload of
medicine sent by the Emirates landed in Khartoum".

``relief.relief_arrival`` reads a verb of arriving whose subject is relief goods or crews as AID to the host state
(``construction.relief_arrival``). Told by the goods, the giver is no subject: it is the state the goods come "from",
or the agent of the participle that sent, donated or flew them. ``_role_relief_giver`` (a pass of
``events.ROLE_PASSES``) makes it the source when the reader found none. Goods "from" a place of the host's own ("tents
from the capital's stores") come from no giver the event can name: only a state or an organisation counts.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.event_records import Trigger
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

GIVING_PARTICIPLES = word_class("relief_giving_participles")
"""Participles whose agent gave the goods they describe ("sent by", "donated by", "provided by")."""
GIVER_TYPES = frozenset({"GPE", "ORG"})
"""Kinds of actor that give relief from abroad: states and organisations (a city is the goods' road, not a giver)."""


def _givers(goods: Token) -> list[Token]:
    """The words that name who gave the goods: "from X" on the goods, or the agent of "sent / donated by X"."""
    out = [g for c in goods.children if c.dep_ == "prep" and c.lower_ == "from"
           for g in c.children if g.dep_ == "pobj"]
    out += [g for c in goods.children if c.dep_ == "acl" and c.lemma_.lower() in GIVING_PARTICIPLES
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return out


def _role_relief_giver(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The giver of relief that arrives, told on the goods: the state or body they come from or were sent by."""
    if trig.entry_id != "construction.relief_arrival" or args.source:
        return
    goods = [c for c in trig.token.children if c.dep_ == "nsubj"]
    # "the first planeload of medicine sent by X": the participle may hang on the goods inside the measure noun
    goods += [g for n in goods for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    givers = [a for n in goods for w in _givers(n) for a in reader.actor(w)
              if actors.type_of(a) in GIVER_TYPES and a not in args.target]
    if givers:
        LOGGER.debug("giver of arriving relief: %s for %r", givers, trig.token.text)
        args.source = list(dict.fromkeys(givers))
