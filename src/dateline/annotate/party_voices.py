"""Give a party's, a union's or a group's act the person who voices it in the next sentence: "The Conservatives accused
the minister of hiding the figures. Their health spokesman, Ian Roe, said she had misled parliament."

A body named only as a body ("the Conservatives", "the nurses' union") acts through the people who speak for it, and
stories name them right after the act: "Their health spokesman, A, said ...", "A, its general secretary, said ...",
"A, the shadow health secretary, said ..." (a "shadow" post is an opposition party's spokesman's). OUTPUT.md 5: the
named people who took part are ``participants``; the dev gold's convention names that person in the body's
accusation. The next sentence must open with (or be built on) a verb of saying whose subject names the person and
describes them as the body's own ("its", "their", "shadow", or a spokesman "for" the body); a person described
otherwise ("A, a professor, said") or a person who is no voice of the body speaks for nobody.

``_role_body_voice`` is one of ``events.ROLE_PASSES``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

VOICED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})
"""Types of act a body performs in words, which its spokesman voices."""
SAYING_LEMMAS = word_class("reporting_lemmas")
"""Verbs of saying whose subject is the voice of the act told before."""
BODY_TYPES = frozenset({"ORG", "GROUP"})
"""Entity types of a body that acts through its people."""
OWN_POSSESSIVES = frozenset({"its", "their"})
"""Possessives that make a description the body's own ("[its] general secretary", "[their] health spokesman")."""
VOICE_MODIFIERS = word_class("body_voice_modifiers")
"""Words before a post that make its holder a party's voice ("the [shadow] health secretary")."""
SPEAKING_FOR_NOUNS = word_class("speaking_for_nouns")


def _descriptions(subject: Token) -> list[Token]:
    """The nouns that describe a saying verb's subject: the subject itself and its appositions ("Their health
    spokesman, [A]", "[A], its general secretary")."""
    return [subject, *(c for c in subject.children if c.dep_ == "appos")]


def _own_voice(noun: Token) -> bool:
    """Whether a description makes its holder the voice of a body told before: "[its] general secretary", "[their]
    spokesman", "the [shadow] health secretary", "a spokesman [for] the party"."""
    return any((c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES)
               or (c.dep_ in ("amod", "compound") and c.lower_ in VOICE_MODIFIERS) for c in noun.children) or (
        noun.lemma_.lower() in SPEAKING_FOR_NOUNS and any(c.dep_ == "prep" and c.lower_ == "for"
                                                          for c in noun.children))


def body_voice(tok: Token) -> list[Token]:
    """The descriptions of the person who speaks, in the sentence after a trigger's, as the voice of a body: the
    subject and appositions of that sentence's verb of saying, when one of them is the body's own (``_own_voice``);
    none otherwise."""
    sent = sentence_of(tok)
    doc = tok.doc
    if sent.end >= len(doc):
        return []
    verb = sentence_of(doc[sent.end]).root
    if verb.lemma_.lower() not in SAYING_LEMMAS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    described = _descriptions(subject)
    return described if any(_own_voice(d) for d in described) else []


def _role_body_voice(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A body's act in words whose source names no person takes as participant the person the next sentence makes its
    voice ("The Conservatives accused A of ... Their health spokesman, B, said ...": B takes part in the
    Conservatives' accusation of A)."""
    if trig.type not in VOICED_TYPES or not args.source or any(
            actors.type_of(a) not in BODY_TYPES for a in args.source):
        return
    people = [a for d in body_voice(trig.token) for a in reader.actor(d) if actors.type_of(a) == "PERSON"
              and a not in args.target and a not in args.participants]
    if people:
        LOGGER.debug("voice of the body: %s for %s in %r", people, args.source, sentence_of(trig.token).text)
        args.participants = [*args.participants, *dict.fromkeys(people)]
