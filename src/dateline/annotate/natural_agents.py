"""Tell the acts whose doer is a storm, a flood, a fire or a disease: harm without an actor is no event.

"Floods killed 30 people", "the typhoon battered the coast", "cholera has killed 40" read like assaults to the
event lexicon and the learned model, but nobody acted (issue 12: real pages' disaster and health news). The doer is
the trigger's subject, the agent of its passive ("was burned by a wildfire"), or for a participle or infinitive
that hangs on another verb ("the earthquake hit the city, killing 12") that verb's subject; it is natural when its
head word or a word compounded with it is in ``natural_agent`` (``annotate_words.tsv``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

NATURAL_AGENTS = word_class("natural_agent", "annotate_words")

SUBJECT_DEPS = frozenset({"nsubj"})
HANGING_DEPS = frozenset({"advcl", "xcomp", "conj"})
"""Relations of a verb that takes its doer from the verb it hangs on ("hit the city, [killing] 12")."""


def _doers(verb: Token) -> list[Token]:
    """The words that name who did ``verb``: its subject, its passive agent, else the subject of the verb it hangs on."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ in HANGING_DEPS and verb.head.i != verb.i:
        found = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return found


def natural_doer(tok: Token) -> Token | None:
    """The natural force or disease that did ``tok`` (a verb), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for doer in _doers(tok):
        words = [doer, *(c for c in doer.children if c.dep_ == "compound")]
        if any(w.lemma_.lower() in NATURAL_AGENTS or w.lower_ in NATURAL_AGENTS for w in words):
            return doer
    return None
