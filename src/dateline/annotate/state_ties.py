"""Carry a state from one person to another: list members share it, whom a leader appoints serves the leader's.

``person_country.context_pass`` decides each person from the cues around them; a person no cue
decides may still be tied to one it did: a member of the same list ("the province's governor, X,
and Y") or the leader who appointed, succeeded or toppled them ("Tokayev ... appointed Y as acting
prime minister": ``SAME_STATE_VERBS``). The tie gives a guess only when every decided tie agrees.

The other way round, the one a person acts on in their own clause ("X handed him a note", "X
summoned Y") is the other party: Y's state is not X's (``other_party_states``), unless the verb is
one of those whose object serves the subject's state; and a state the clause acts on ("X threatened action
against Borduria", "X accused Borduria") is not X's either (``state_cues.acted_on_states``, which reads the word
classes below), unless the verb is one of those whose object is the subject's own state ("X leads Borduria").

Why hand-written: these are small syntactic rules over spaCy's parse; each has an invented
example in ``tests/annotate/test_person_country.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.posts import PRONOUNS
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
"""A phrase in one of these relations is the one who acts in its clause."""
SAME_STATE_VERBS = word_class("same_state_verb", WORDS)
"""Verbs whose object serves the subject's state ("the president appointed X", "X succeeded Y")."""


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's subject, or of the verb it is coordinated with ("X accepted ... and appointed Y")."""
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return [t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]


SUCCESSION_PHRASES = frozenset({("take", "over", "from")})
"""(verb, particle, preposition) of phrasal verbs whose prepositional object the subject succeeds in a post ("X took
over the embassy from Y", "X took over from Y as minister"): Y served the state X serves, as with "succeeded"."""


def same_state_object(head: Token) -> bool:
    """Whether a phrase is the object of a verb whose object serves the subject's state ("appointed X"), or the one
    the subject took over from ("took over from X")."""
    if head.dep_ in ("dobj", "oprd"):
        return head.head.lemma_.lower() in SAME_STATE_VERBS
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    verb = head.head.head
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any((verb.lemma_.lower(), particle, head.head.lower_) in SUCCESSION_PHRASES for particle in particles)


OTHER_PARTY_DEPS = frozenset({"dobj", "dative"})
"""Relations of the one a clause's subject acts on."""
OWN_STATE_VERBS = word_class("own_state_verb", WORDS)
"""Verbs whose object is the subject's own state ("X leads Borduria", "X represents Borduria")."""
AGAINST_PREPOSITIONS = word_class("against_preposition", WORDS)
"""Prepositions that name whom an act is aimed at ("action against Borduria")."""


def other_party_states(actors: Actors, ui: int, head: Token) -> set[str]:
    """The states of the people the phrase headed by ``head`` acts on as its clause's subject ("X handed him a
    note": him, named before); none for a verb whose object serves the subject's state ("appointed Y")."""
    if head.dep_ not in SUBJECT_DEPS or head.head.lemma_.lower() in SAME_STATE_VERBS:
        return set()
    found: set[str] = set()
    for child in head.head.children:
        if child.dep_ not in OTHER_PARTY_DEPS:
            continue
        ent = actors.entity_at(ui, child)
        if ent is None and child.lower_ in PRONOUNS:
            ent = _named_before(actors, ui, child, head)
        code = actors.country_of(ent) if ent is not None and actors.type_of(ent) == "PERSON" else None
        if code:
            LOGGER.debug("other-party rule: %s is acted on in %r", code, head.head.sent.text)
            found.add(code)
    return found


def _named_before(actors: Actors, ui: int, pronoun: Token, subject: Token) -> str | None:
    """The person an object pronoun stands for when its sentence names one before it, other than the clause's
    subject ("summoned the ambassador, Y, ... and X handed him a note": Y); else None (no guess across sentences)."""
    own = {e for t in subject.subtree if (e := actors.entity_at(ui, t))}
    for tok in reversed(pronoun.doc[pronoun.sent.start: pronoun.i]):
        ent = actors.entity_at(ui, tok)
        if ent is not None and ent not in own and actors.type_of(ent) == "PERSON":
            return ent
    return None


def share_with_peers(actors: Actors, peers: Mapping[str, set[str]], decided: Mapping[str, str],
                     refused: Mapping[str, set[str]]) -> None:
    """Give a person still without a state the one state the context gave every decided member of their list
    ("the province's governor, X, and Y": Y is of X's state), or the one who appointed them."""
    for person, members in sorted(peers.items()):
        codes = {decided[m] for m in members if m in decided}
        if person in decided or len(codes) != 1 or codes & refused.get(person, set()):
            continue
        code = next(iter(codes))
        LOGGER.debug("list rule: %s shares %s with %s", actors.get(person).name, code, sorted(members))
        if actors.type_of(person) == "PERSON":
            actors.note_guess(person, code)
