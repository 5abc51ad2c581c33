"""Tell a legislature's approval of a government as the appointment of its head: "Parliament approved the new
government of Prime Minister Juraj Benko", "the assembly endorsed Benko's cabinet", "lawmakers gave their approval to
the reshuffled commission under Jan Kowalczyk".

A vote that approves a cabinet puts its head (and the team) in office (GUIDE.md: taking office, being appointed, is
APPOINT, the appointer the source when named): the legislature is the source, the head named in the cabinet's phrase
(its "of", "under", "led by" or possessive) the one appointed. No trigger word carries it ("approved" is as often a
budget or a law, and the learned decision reads it so), so ``constructions`` finds it here
(``construction.cabinet_approved``) and ``_role_cabinet_head`` (a pass of ``events.ROLE_PASSES``) makes the head the
target of any appointment told by such a verb or noun. A cabinet with no head named ("approved the new cabinet"), a
cabinet's act approved ("approved the commission's budget") and a body that is no government ("approved the
committee") tell no one's appointment.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.event_records import Trigger
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

APPROVING_LEMMAS = word_class("cabinet_approving_lemmas")
"""Verbs by which a legislature puts a government in office ("approved", "endorsed", "confirmed")."""
APPROVAL_NOUNS = word_class("cabinet_approval_nouns")
"""Nouns of such an approval ("gave its approval to the new cabinet")."""
CABINET_NOUNS = word_class("cabinet_nouns")
"""Nouns of a government a legislature approves as a whole ("government", "cabinet", "commission")."""
HEAD_PREPS = frozenset({"of", "under"})
"""Prepositions that name a cabinet's head ("the government of X", "the commission under X")."""
LEADING_LEMMAS = frozenset({"lead", "head"})
"""Participles that name a cabinet's head by their agent ("the cabinet led by X")."""
APPROVED_PREPS = frozenset({"to", "of", "for"})
"""Prepositions of an approval noun's object ("approval to / of / for the cabinet")."""


def _head_of(cabinet: Token) -> Token | None:
    """The person a cabinet noun names as its head: "of X", "under X", "X's", "led / headed by X"."""
    for c in cabinet.children:
        if c.dep_ == "poss" and c.ent_type_ == "PERSON":
            return c
        if c.dep_ == "prep" and c.lower_ in HEAD_PREPS:
            named = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
            if named is not None:
                return named
        if c.dep_ == "acl" and c.lemma_.lower() in LEADING_LEMMAS:
            named = next((g for a in c.children if a.dep_ == "agent" for g in a.children
                          if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
            if named is not None:
                return named
    return None


def _approved(word: Token) -> Token | None:
    """The cabinet noun a verb or noun of approval takes as its object."""
    if word.pos_ == "VERB" and word.lemma_.lower() in APPROVING_LEMMAS:
        objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    elif word.pos_ == "NOUN" and word.lower_ in APPROVAL_NOUNS:
        # "gave their approval to the cabinet": the parser may hang the "to" phrase on the verb that gives it
        holders = [word, word.head] if word.dep_ == "dobj" else [word]
        objects = [g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in APPROVED_PREPS
                   for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    return next((o for o in objects if o.lemma_.lower() in CABINET_NOUNS), None)


def approved_cabinet_head(word: Token) -> Token | None:
    """The head of the government a verb or noun of approval puts in office ("approved the new government of X": X);
    None when the word approves no cabinet or the cabinet names no head."""
    cabinet = _approved(word)
    if cabinet is None:
        return None
    # "approved the new commission under X", "gave its approval to the executive under X": the parser may hang the
    # "under" phrase on the clause's verb
    verb = word if word.pos_ == "VERB" else word.head
    return _head_of(cabinet) or next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)


def _role_cabinet_head(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The head of a government a legislature approves is the one appointed, the legislature the appointer: "the
    European Parliament approved the new commission under X" has X for target, never for source."""
    if trig.type != "APPOINT" or (head := approved_cabinet_head(trig.token)) is None:
        return
    named = [a for a in reader.actor(head) if actors.type_of(a) == "PERSON"]
    if not named:
        return
    LOGGER.debug("head of an approved government: %s for %r", named, trig.token.text)
    args.target = named
    args.source = [a for a in args.source if a not in named]
    args.participants = [a for a in args.participants if a not in named]
