"""Find every mention of a state in a sentence (a name, a demonym, a body or a person of that state) and its role.

A cue is read once per noun phrase ("Sweden's Foreign Ministry spokeswoman X" is one), with the role
the phrase plays in its clause: the one who acts (``main_subject`` of the sentence's main verb, or
``subject`` of another), the other party (``object``: "summoned Russia's ambassador", "sanctions on
Niger"), or neither (``other``). ``person_country.context_pass`` weighs the cues around a person by
these roles; ``home_state`` weighs a story's states by them.

Why hand-written: spaCy gives the parse and the entities; which state a phrase stands for, and what
it is to its clause, are small rules over them, each tested in ``tests/annotate/test_person_country.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from spacy.attrs import ENT_TYPE
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dateline.annotate.actors import Actors
from dateline.annotate.countries import org_code, state_code
from dateline.annotate.nationality import specialism_field
from dateline.annotate.nlp import column
from dateline.annotate.state_ties import (AGAINST_PREPOSITIONS, OTHER_PARTY_DEPS, OWN_STATE_VERBS, SAME_STATE_VERBS,
                                          SUBJECT_DEPS)
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

Role = Literal["main_subject", "subject", "own", "other", "object"]

PHRASE_DEPS = word_class("phrase_dep", "grammar")
"""Relations inside one noun phrase (or a list of them): a cue takes the role of the phrase it is in."""
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "iobj"})
"""Relations of the other party of a clause ("summoned Russia's ambassador")."""
THROUGH_PREPOSITIONS = frozenset({"of", "by"})
"""Prepositions whose object belongs to the phrase it hangs on ("the office of President X")."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A mention of a state (by name, demonym, or a body or person of that state) in one sentence."""

    token: int
    code: str
    role: Role
    entity: str | None
    person: bool = False
    """Whether the cue names or describes a person ("Estonian Prime Minister X", "X"), not a state or its body."""


STATE_ENT_IDS = frozenset({get_string_id("NORP"), get_string_id("GPE")})
"""The string ids of the entity labels a token outside any actor may name a state by."""


def state_cues(actors: Actors, ui: int, sent: Span) -> Iterable[Cue]:
    """Every mention of a state in a sentence, once per phrase, with the role it plays there.

    Only a token of an actor or one the tagger labels NORP or GPE can be one: the others are passed over by index,
    with no Token built for them.
    """
    seen: set[tuple[str, int]] = set()
    doc = sent.doc
    labels = column(doc, ENT_TYPE)
    for i in range(sent.start, sent.end):
        if labels[i] not in STATE_ENT_IDS and actors.entity_at_index(ui, i) is None:
            continue
        tok = doc[i]
        ent = misread = actors.entity_at(ui, tok)
        code: str | None = None
        if ent is not None and state_named_as_person(actors, ui, tok, ent):
            ent, code = None, state_code(tok.text)
        elif ent is not None:
            misread = None
            if actors.type_of(ent) != "LOC":
                code = actors.country_of(ent) or listed_part_state(actors, ent)
        elif tok.ent_type_ in ("NORP", "GPE"):
            code = state_code(tok.text)
        if not code or specialism_field(tok):
            continue  # "a Korea specialist": the state is a field of knowledge, not the person's or a side
        head = phrase_head(tok)
        if (code, head.i) in seen:
            continue  # "Sweden's Foreign Ministry spokeswoman Karin Lindqvist" is one cue
        seen.add((code, head.i))
        owner = actors.entity_at(ui, head)
        if owner is not None and owner == misread:
            owner = None
        owner = owner or _named_in_apposition(actors, ui, head)
        person = (ent is not None and actors.type_of(ent) == "PERSON") or (
            owner is not None and actors.type_of(owner) == "PERSON")
        yield Cue(tok.i, code, role(head, sent), ent, person)


def state_named_as_person(actors: Actors, ui: int, tok: Token, ent: str) -> bool:
    """Whether a lone word the tagger read as (part of) a person's name is a state's name ("Ruritania has expelled",
    tagged PERSON and joined to some "X Ruritania"): a state acting, not that person."""
    doc = tok.doc
    alone = all(actors.entity_at(ui, doc[i]) != ent for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc))
    return alone and actors.type_of(ent) == "PERSON" and state_code(tok.text) is not None


def listed_part_state(actors: Actors, ent: str) -> str | None:
    """The state of a listed organisation an organisation's name ends with: "the International Department of the
    Ruritanian Workers' Party" is a part of that party (``countries.org_code``), so of its state."""
    if actors.type_of(ent) != "ORG":
        return None
    words = actors.get(ent).name.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() == "of":
            tail = words[i + 1:]
            if tail and tail[0].lower() == "the":
                tail = tail[1:]
            code = org_code(" ".join(tail))
            if code:
                return code
    return None


def phrase_head(tok: Token) -> Token:
    """The token that carries the relation of the noun phrase (or list) a token is in."""
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def role(head: Token, sent: Span) -> Role:
    """What the phrase whose head is ``head`` is to its clause: the one who acts, the other party, or else."""
    while head.dep_ == "pobj" and head.head.lower_ in THROUGH_PREPOSITIONS and head.head.head.i != head.head.i:
        head = phrase_head(head.head.head)
    if head.dep_ in SUBJECT_DEPS:
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return "main_subject" if verb == sent.root else "subject"
    if head.dep_ in OBJECT_DEPS:
        return "object"
    if head.dep_ == "pobj":
        prep = head.head
        if prep.head.lower_ == "according":
            return "other"
        return "object"
    return "other"


def _named_in_apposition(actors: Actors, ui: int, head: Token) -> str | None:
    """The person a phrase names in apposition ("Ruritania's ambassador, X,"): the cue is that person, not the state
    acting."""
    for child in head.children:
        if child.dep_ == "appos":
            ent = actors.entity_at(ui, child)
            if ent is not None and actors.type_of(ent) == "PERSON":
                return ent
    return None


def acted_on_states(actors: Actors, cues: Iterable[Cue], head: Token) -> set[str]:
    """The states a clause whose subject is the phrase headed by ``head`` acts on, named as states in its object
    ("accused Borduria", "summoned Borduria's envoy") or in an "against" phrase of the verb or of its object
    ("threatened action against Borduria"). Not a state's people ("charged 28 Bordurian officials" may be the
    subject's own); none when the verb's object is the subject's own state ("leads Borduria") or serves it
    ("appointed X")."""
    verb = head.head
    if head.dep_ not in ("nsubj", "agent") or verb.lemma_.lower() in SAME_STATE_VERBS | OWN_STATE_VERBS:
        return set()
    aimed: list[Token] = []
    for child in verb.children:
        if child.dep_ in OTHER_PARTY_DEPS:
            aimed.append(child)
            aimed += [p for p in child.children if p.dep_ == "prep" and p.lower_ in AGAINST_PREPOSITIONS]
        elif child.dep_ == "prep" and child.lower_ in AGAINST_PREPOSITIONS:
            aimed.append(child)
    spans = [(t.left_edge.i, t.right_edge.i) for t in aimed]
    found = {cue.code for cue in cues if cue.entity is not None and actors.type_of(cue.entity) == "GPE"
             and any(lo <= cue.token <= hi for lo, hi in spans)}
    if found:
        LOGGER.debug("acted-on rule: %s is acted on in %r", sorted(found), verb.sent.text)
    return found
