"""Tell the events whose only doers are outside commentators: an analyst's or a professor's opinion is no act.

Stories quote people whom they introduce as analysts, economists, professors or researchers ("Ana Ruiz, a senior
analyst at a Lima think tank, described the plan as reckless"). What they call, back, ask for or dismiss is an
opinion the story cites, not a political act; the guide (OUTPUT.md section 5) codes no event for it, where the
trigger lexicon and the learned model read an ACCUSE, a SUPPORT, a REQUEST or a REJECT (real-page audit, class
"non-events": commentators' opinions). A person is a commentator when any mention of theirs in the text carries a
description whose head is in ``commentator_noun`` (``annotate_words.tsv``): an apposition ("Ruiz, a professor of
law", "a Lima economist, Ana Ruiz") or a title word before the name ("analyst Ana Ruiz"); an apposition that places
the person at a university, a college or an institute ("Ruiz, program director at Lima University's migration
centre") counts as well, and one of the past ("a former professor") does not. Only verbal types are
vetoed, and only when every doer is such a person: a commentator who is arrested or who joins a protest still acts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.annotate.actors import Actors
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

COMMENTATOR_NOUNS = word_class("commentator_noun", "annotate_words")
ACADEMIC_WORDS = word_class("academic_institution", "annotate_words")
"""Words of a university's, a college's or an institute's name: a person described as working there comments."""
PAST_WORDS = word_class("past_word", "annotate_words")
"""Words that make a description a past one ("a former professor"): the person may act in a post held now."""

OPINION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})
"""Event types that a quoted opinion can look like: calling, backing, asking, dismissing."""

TITLE_DEPS = frozenset({"compound", "nmod", "amod"})
"""Relations of a title word written before a name ("analyst Ana Ruiz", "Professor Ana Ruiz")."""


def _is_commentator_word(tok: Token) -> bool:
    return tok.lemma_.lower() in COMMENTATOR_NOUNS or tok.lower_ in COMMENTATOR_NOUNS


def _academic(noun: Token) -> bool:
    """Whether a description places its person at a university, a college or an institute ("program director at
    Lima University's migration centre"): the words of its phrases name one."""
    return any(t.ent_type_ in ("ORG", "FAC") and (t.lower_ in ACADEMIC_WORDS or t.lemma_.lower() in ACADEMIC_WORDS)
               for c in noun.children if c.dep_ == "prep" for t in c.subtree)


def _commentator_description(noun: Token) -> bool:
    """Whether an apposition describes a commentator now: a commentator's noun or an academic post (``_academic``),
    not a past one ("Foreign Minister Neto, a former professor at ...", ``past_word``)."""
    if any(c.dep_ == "amod" and c.lower_ in PAST_WORDS for c in noun.children):
        return False
    return _is_commentator_word(noun) or _academic(noun)


def _described(name: Token) -> bool:
    """Whether the name word ``name`` carries a commentator's description: its apposition, the noun it is in
    apposition to, or a title word before it."""
    if any(c.dep_ == "appos" and _commentator_description(c) for c in name.children):
        return True
    if name.dep_ == "appos" and _commentator_description(name.head):
        return True
    return any(c.dep_ in TITLE_DEPS and c.i < name.i and _is_commentator_word(c) for c in name.children)


def commentator_ids(doc: Doc, ui: int, actors: Actors) -> frozenset[str]:
    """The people that ``doc`` introduces, somewhere, as outside commentators (one pass over the text)."""
    found = set()
    for tok in doc:
        local_id = actors.entity_at_index(ui, tok.i)
        if local_id is None or local_id in found or actors.type_of(local_id) != "PERSON":
            continue
        if (tok.head.i == tok.i or actors.entity_at_index(ui, tok.head.i) != local_id) and _described(tok):
            found.add(local_id)
    return frozenset(found)


def commentators_only(event_type: str, doers: Sequence[str], commentators: frozenset[str]) -> bool:
    """Whether an event of ``event_type`` is an opinion: a verbal type whose doers are all outside commentators
    (``commentator_ids``)."""
    return event_type in OPINION_TYPES and bool(doers) and all(d in commentators for d in doers)
