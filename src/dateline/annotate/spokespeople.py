"""Read the side a spokesperson speaks for: "a spokesman for the Chinese foreign ministry accused Japan" is the
ministry's accusation, and "a spokeswoman for President X said" speaks for X's state.

OUTPUT.md 5 codes the act of the one who voices it for a state: a spokesperson named by post alone ("a spokesman for
...") names no actor of its own; the body or state the "for" phrase names is the actor (a body with its state as it is;
a person served, as with a leader's aide, for that person's state). A spokesperson with a name of their own ("a
spokesman for the ministry, Li Wen, said") is that person, read before this.

``by_spokesperson`` is one of ``arguments.READINGS``.
"""

from __future__ import annotations

import logging
from typing import Protocol

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

SPEAKING_FOR_NOUNS = word_class("speaking_for_nouns")
"""Nouns of one who speaks for a body or a person, whose "for" phrase names whom ("a spokesman for the ministry")."""
SPOKEN_FOR_PREPS = frozenset({"for"})
"""The preposition of the side a spokesperson speaks for."""


class ActorReader(Protocol):
    """What a reading needs of ``arguments.ArgumentReader`` (named by its shape, so this module imports none of it)."""

    actors: Actors

    def actor(self, tok: Token, depth: int = 0) -> list[str]:
        """Every actor a noun phrase headed by ``tok`` names."""


def by_spokesperson(reader: ActorReader, tok: Token, depth: int) -> list[str] | None:
    """The actors a spokesperson's "for" phrase names: a body or a state as named, a person as that person's state
    ("a spokeswoman for President X": X's state, as a leader's aide acts for the leader's state); None for any other
    noun, or one whose phrase names no actor."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEAKING_FOR_NOUNS:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in SPOKEN_FOR_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            sides = []
            for actor in reader.actor(pobj, depth + 1):
                if reader.actors.type_of(actor) != "PERSON":
                    sides.append(actor)
                elif (code := reader.actors.country_of(actor)) is not None:
                    sides.append(reader.actors.state_id(code))
            if sides:
                LOGGER.debug("spokesperson for %s: %r in %r", sides, tok.text, sentence_of(tok).text)
                return list(dict.fromkeys(sides))
    return None
