"""Tell an event noun that only dates another event ("since the invasion") from an event told anew.

GUIDE.md (data/events): "after the shelling of X", "ten years after the bombing", "since the invasion" name the
attack as a time anchor (``not_event``); an event told with its own verb in the same place ("after the troops
left") is told, and so are talks with a partner of their own ("after talks with X"). A noun measured out by a
span of time ("after a week of unrest", "since months of talks") anchors the same way.

``time_anchor`` is read by ``events.find_events``, which skips such triggers.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.arguments import MEASURE_NOUNS
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

ANCHOR_PREPS = word_class("anchor_preps")
"""Prepositions whose bare event noun only places another event in time ("after", "since")."""
PARTNER_PREPS = frozenset({"with", "between"})
"""Prepositions that give an event noun a partner of its own: "after talks with X" tells the talks."""


def time_anchor(noun: Token) -> bool:
    """Whether an event noun is the bare object of a time preposition, directly or through a measure noun ("since
    the invasion", "after a week of unrest"), with no partner of its own ("after talks with X" is told)."""
    # the parser reads "following" as a verb now and then: its noun is then a dobj, the word still a preposition
    if noun.dep_ not in ("pobj", "dobj") or any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in MEASURE_NOUNS:
        prep = prep.head.head  # "after [a week of] unrest": the span of time is the anchor's
    return prep.dep_ == "prep" and prep.lower_ in ANCHOR_PREPS
