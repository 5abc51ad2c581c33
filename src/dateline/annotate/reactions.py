"""Read a reaction told from the side that received it: "Governor A won praise from President B", "A received strong
backing from B", "A's plan drew sharp criticism from B", "A won the backing of B".

GUIDE.md codes praise, backing and applause as SUPPORT and criticism, condemnation and rebuke as ACCUSE disapprove.
Told as something its subject wins, earns, draws, receives or faces, the reaction is the "from" (or, for backing and
support, "of") phrase's act, aimed at the subject, or at the owner of the subject when the subject is an act of
theirs ("[A's plan] drew criticism from B" judges A). The reaction must name who reacted: "the film won praise from
critics" and "the rain drew complaints from residents" name no actor and are no act here.

``reaction_received`` is read by ``constructions._constructions`` (the trigger ``construction.reaction_received``);
``_role_reaction_received`` is one of ``events.ROLE_PASSES``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader, is_passive
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

REACTION_NOUNS = word_map("received_reaction_nouns", "event_words")
"""Nouns of a reaction to someone, with the event type it is ("praise": SUPPORT, "rebuke": ACCUSE)."""
RECEIVING_LEMMAS = word_class("reaction_receiving_lemmas")
"""Verbs whose subject wins or undergoes the reaction they take as object ("won praise", "drew criticism")."""
REACTOR_PREPS = frozenset({"from"})
"""The preposition of who reacted ("praise from B")."""
OWNING_PREPS = frozenset({"of"})
"""The preposition of who gives backing or support ("won the backing of B"), read for SUPPORT only: "the criticism
of the plan" names what is criticised, not the critic."""
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
HEDGES = frozenset({"would", "could", "might", "may", "will", "should"})
"""Auxiliaries that make the reaction a forecast ("would draw criticism"), no act told."""


def _reactors(noun: Token, verb: Token, kind: str) -> list[Token]:
    """The objects of the phrases that name who reacted, on the noun or the verb ("praise [from B]", "won praise on
    Monday [from B]"), and for SUPPORT the noun's "of" phrase ("the backing [of B]")."""
    preps = [c for t in (noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in REACTOR_PREPS]
    if kind == "SUPPORT":
        preps += [c for c in noun.children if c.dep_ == "prep" and c.lower_ in OWNING_PREPS]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _names_actor(tok: Token) -> bool:
    """Whether a noun phrase's head, or a name or nationality on it, is a named actor ("President B", "the Chinese
    government"); not "critics" or "residents"."""
    return tok.ent_type_ in ACTOR_ENTS or any(
        c.dep_ in ("compound", "amod", "appos", "poss") and c.ent_type_ in ACTOR_ENTS for c in tok.children)


def reaction_received(noun: Token) -> tuple[Token, str] | None:
    """The verb by which its subject receives a reaction noun, and the reaction's type, when a phrase names the actor
    who reacted: "A won praise from President B" gives ("won", "SUPPORT"), "A faced criticism from Senator C"
    ("faced", "ACCUSE"). None for a passive, hedged or negated verb ("would draw criticism", "did not win praise")
    and for a reaction of no named actor ("won praise from critics")."""
    kind = REACTION_NOUNS.get(noun.lemma_.lower()) or REACTION_NOUNS.get(noun.lower_)
    if kind is None or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_LEMMAS or is_passive(verb):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if not any(_names_actor(r) for r in _reactors(noun, verb, kind)):
        return None
    return verb, kind


def _role_reaction_received(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A reaction received "from" someone is theirs, aimed at the subject that received it ("A won praise from B":
    B's SUPPORT of A), or at the owner of an act the subject names ("A's plan drew criticism from B": B's ACCUSE of
    A)."""
    if trig.entry_id != "construction.reaction_received" or (found := reaction_received(trig.token)) is None:
        return
    verb, kind = found
    reactors = [a for g in _reactors(trig.token, verb, kind) for a in reader.actor(g)]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    received = [a for s in subjects for a in reader.actor(s) if a not in reactors]
    if not received:
        received = [a for s in subjects for c in s.children if c.dep_ == "poss" for a in reader.actor(c)
                    if a not in reactors]
    if not reactors:
        return
    LOGGER.debug("reaction received: %s from %s by %s in %r", trig.token.text, reactors, received,
                 sentence_of(trig.token).text)
    args.source = list(dict.fromkeys(reactors))
    args.target = list(dict.fromkeys(received))
    args.participants = [p for p in args.participants if p not in reactors and p not in received]
