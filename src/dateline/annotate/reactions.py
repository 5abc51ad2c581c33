"""Read a reaction told from the side that received it: "Governor A won praise from President B", "A received strong
backing from B", "A's plan drew sharp criticism from B", "A won the backing of B", "A came in for criticism from B",
"A drew fire from B" (said of a person: a convoy that draws fire is shot at), and an act welcomed in the passive:
"A's decision was welcomed by B".

GUIDE.md codes praise, backing and applause as SUPPORT and criticism, condemnation and rebuke as ACCUSE disapprove.
Told as something its subject wins, earns, draws, receives or faces, the reaction is the "from" (or, for backing and
support, "of") phrase's act, aimed at the subject, or at the owner of the subject when the subject is an act of
theirs ("[A's plan] drew criticism from B" judges A). The reaction must name who reacted: "the film won praise from
critics" and "the rain drew complaints from residents" name no actor and are no act here.

A welcomed act is B's SUPPORT of the act's owner ("A's decision", "the decision by A"), not the welcome of a visitor
(CONSULT) that "the visiting governor was welcomed by B" tells.

A reaction told with a manner that takes no stance ("reacted cautiously") is no act (``neutral_reaction``, one of
``non_acts.REASONS``).

``reaction_received`` and ``act_welcomed`` are read by ``constructions._constructions`` (the triggers
``construction.reaction_received`` and ``construction.act_welcomed``); ``_role_reaction_received`` and
``_role_act_welcomed`` are ``events.ROLE_PASSES``, as is ``_role_maker_by_participle``: a stance on a thing whose
participle names its maker ("the proposal, unveiled by A, was attacked by B") is aimed at the maker.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader, is_passive
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import names_person, sentence_of
from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

REACTION_NOUNS = word_map("received_reaction_nouns", "event_words")
"""Nouns of a reaction to someone, with the event type it is ("praise": SUPPORT, "rebuke": ACCUSE)."""
RECEIVING_LEMMAS = word_class("reaction_receiving_lemmas")
"""Verbs whose subject wins or undergoes the reaction they take as object ("won praise", "drew criticism")."""
RECEIVING_PARTICLES = word_map("reaction_receiving_particles", "event_words")
"""Verbs with the particle by which, with "for", their subject undergoes a reaction ("came [in] for criticism")."""
PERSON_AIMED = word_class("person_aimed_reactions")
"""Reaction nouns that are words only when aimed at a person ("drew fire from B"): said of a thing, they are shots."""
REACTOR_PREPS = frozenset({"from"})
"""The preposition of who reacted ("praise from B")."""
OWNING_PREPS = frozenset({"of"})
"""The preposition of who gives backing or support ("won the backing of B"), read for SUPPORT only: "the criticism
of the plan" names what is criticised, not the critic."""
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
HEDGES = frozenset({"would", "could", "might", "may", "will", "should"})
"""Auxiliaries that make the reaction a forecast ("would draw criticism"), no act told."""


def _receiving_verb(noun: Token) -> Token | None:
    """The verb by which its subject receives a reaction noun: its object's verb ("[won] praise"), or the verb of a
    phrasal idiom whose "for" phrase holds it ("[came] in for criticism": ``RECEIVING_PARTICLES``)."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
        particle = RECEIVING_PARTICLES.get(verb.lemma_.lower())
        if particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            return verb
    return None


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
    verb = _receiving_verb(noun) if kind is not None and noun.pos_ == "NOUN" else None
    if verb is None or kind is None:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in RECEIVING_LEMMAS and lemma not in RECEIVING_PARTICLES) or is_passive(verb):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    if noun.lemma_.lower() in PERSON_AIMED and not any(names_person(s, ("compound", "appos")) for s in subjects):
        return None  # "the convoy drew fire from the rebels" is shooting; a person who draws fire is criticised
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


WELCOMING_LEMMAS = word_class("act_welcoming_lemmas")
"""Verbs that welcome a visitor or an act ("was welcomed by B"): of an act, SUPPORT of its owner."""
WELCOMED_ACTS = word_class("act_anaphors") | word_class("welcomed_acts")
"""Nouns of an act that can be welcomed ("the decision", "the verdict", "the ceasefire"), as ``events`` reads them."""


def act_welcomed(verb: Token) -> Token | None:
    """The act noun a passive verb of welcoming says someone named welcomed: "A's decision [was welcomed] by B",
    "the move was welcomed by B" give the noun; None for a person or a place welcomed ("the governor was welcomed
    by B at the airport": a visit), an active verb (read by the lexicon) or one with no named welcomer."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WELCOMING_LEMMAS or not is_passive(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.ent_type_ or subject.lemma_.lower() not in WELCOMED_ACTS:
        return None
    welcomers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subject if any(_names_actor(w) for w in welcomers) else None


def _role_act_welcomed(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A welcomed act is the welcomer's SUPPORT of the act's owner: "A's decision was welcomed by B" (B to A), "the
    decision by A to reopen the border was welcomed by B"."""
    if trig.entry_id != "construction.act_welcomed" or (act := act_welcomed(trig.token)) is None:
        return
    welcomers = [a for c in trig.token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                 for a in reader.actor(g)]
    owners = [a for c in act.children if c.dep_ == "poss" for a in reader.actor(c)]
    owners += [a for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj" for a in reader.actor(g)]
    if not welcomers:
        return
    LOGGER.debug("act welcomed: %r by %s, of %s in %r", act.text, welcomers, owners, sentence_of(act).text)
    args.source = list(dict.fromkeys(welcomers))
    args.target = [a for a in dict.fromkeys(owners) if a not in welcomers]
    args.participants = [p for p in args.participants if p not in args.source and p not in args.target]


REACTING_LEMMAS = word_class("reacting_lemmas")
"""Verbs that tell a reaction by its manner ("reacted angrily", "responded cautiously")."""
NEUTRAL_MANNERS = word_class("neutral_manners")
"""Manners of a reaction that take no stance ("cautiously", "with caution")."""


def neutral_reaction(tok: Token) -> bool:
    """Whether a verb of reacting is told with a manner that takes no stance: "reacted cautiously to the results",
    "responded with caution" praise or blame nobody (no event), unlike "reacted angrily", which the lexicon and the
    learned decision read as criticism."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REACTING_LEMMAS:
        return False
    manners = [c for c in tok.children if c.dep_ == "advmod"]
    manners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    return any(m.lower_ in NEUTRAL_MANNERS for m in manners)


JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
"""Types of a stance on a thing whose maker is its target."""


def _judged_things(verb: Token) -> list[Token]:
    """What a verb of judging is about: its object, or its subject when passive ("the proposal was attacked")."""
    deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    return [c for c in verb.children if c.dep_ in deps and not c.ent_type_]


def maker_by_participle(verb: Token) -> list[Token]:
    """The makers a participle hung on a judged thing names: "the proposal, [unveiled by Minister A], was attacked by
    B", "B rejected the plan [drawn up by A]" give A's phrase; none when the thing has no such participle."""
    return [g for thing in _judged_things(verb) for acl in thing.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" for agent in acl.children if agent.dep_ == "agent"
            for g in agent.children if g.dep_ == "pobj"]


def _role_maker_by_participle(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A stance on a thing with no target yet is aimed at the maker its participle names ("The proposal, unveiled by
    Minister A on Tuesday, was attacked by B": B's ACCUSE of A): one judges the plan through the one who made it."""
    if trig.type not in JUDGING_TYPES or trig.nominal or args.target or not args.source:
        return
    makers = [a for g in maker_by_participle(trig.token) for a in reader.actor(g) if a not in args.source]
    if makers:
        LOGGER.debug("maker by participle: %s for %r in %r", makers, trig.token.text, sentence_of(trig.token).text)
        args.target = list(dict.fromkeys(makers))
        args.participants = [p for p in args.participants if p not in args.target]

